#include "Backoff.h"

#include "HttpJob.h"

#include <QRandomGenerator>

namespace dexdesk {

qint64 Backoff::delayMs(int attempts, QRandomGenerator *random)
{
    const int exponent = qBound(0, attempts - 1, 20);
    const qint64 ceiling = qMin(kCapMs, kBaseMs << exponent);
    // Full jitter, but never less than the base: a zero delay would turn a retry into a hot loop.
    return qMax(kBaseMs, qint64(random->bounded(double(ceiling))));
}

qint64 Backoff::retryAfterMs(const HttpResult &result, qint64 nowMs)
{
    const QByteArray value = result.header("Retry-After").trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : qMin(seconds * 1000, kCapMs);
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(value), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return qBound(qint64(0), when.toMSecsSinceEpoch() - nowMs, kCapMs);
}

bool Backoff::isRetryable(const HttpResult &result)
{
    if (result.error.kind != NetError::Kind::None)
        return result.error.kind != NetError::Kind::Cancelled;
    switch (result.status) {
    case 408:
    case 429:
    case 500:
    case 502:
    case 503:
    case 504:
        return true;
    default:
        return false;
    }
}

} // namespace dexdesk
