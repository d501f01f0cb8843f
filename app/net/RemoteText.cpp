#include "RemoteText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dexdesk {

QString RemoteText::escape(const QString &text, int maxLength)
{
    QString out;
    out.reserve(qMin<qsizetype>(text.size(), maxLength) + 8);
    for (const QChar c : text) {
        if (out.size() >= maxLength) {
            out += QStringLiteral("…");
            break;
        }
        const char16_t u = c.unicode();
        if (u == u'\n')
            out += QStringLiteral("\\n");
        else if (u == u'\r')
            out += QStringLiteral("\\r");
        else if (u == u'\t')
            out += QStringLiteral("\\t");
        else if (u < 0x20 || u == 0x7f || (u >= 0x80 && u < 0xa0) || u == 0x2028 || u == 0x2029 || u == 0x202e)
            out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out;
}

QString RemoteText::escape(const QByteArray &utf8, int maxLength)
{
    return escape(QString::fromUtf8(utf8.left(maxLength * 4)), maxLength);
}

namespace {

QString text(const QJsonValue &v)
{
    if (v.isString())
        return RemoteText::escape(v.toString());
    if (v.isDouble())
        return QString::number(v.toDouble());
    return {};
}

void collectValidationErrors(const QJsonValue &v, QStringList *out)
{
    // {"validationErrors": {"$.firstName": ["is required"]}} or a list of strings/objects.
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd() && out->size() < 20; ++it) {
            QStringList messages;
            if (it.value().isArray()) {
                for (const QJsonValue &m : it.value().toArray())
                    messages << text(m);
            } else {
                messages << text(it.value());
            }
            *out << RemoteText::escape(it.key(), 100) + QStringLiteral(": ") + messages.join(QStringLiteral(", "));
        }
    } else if (v.isArray()) {
        for (const QJsonValue &m : v.toArray()) {
            if (out->size() >= 20)
                break;
            if (m.isObject())
                *out << text(m.toObject().value(QStringLiteral("message")));
            else
                *out << text(m);
        }
    }
}

} // namespace

ErrorBody ErrorBody::parse(const QByteArray &body)
{
    ErrorBody e;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        e.raw = RemoteText::escape(body.trimmed(), 300);
        return e;
    }
    const QJsonObject o = doc.object();
    e.type = text(o.value(QStringLiteral("type")));
    e.title = text(o.value(QStringLiteral("title")));
    e.detail = text(o.value(QStringLiteral("detail")));
    e.message = text(o.value(QStringLiteral("message")));
    e.correlationId = text(o.value(QStringLiteral("correlationId")));
    if (o.value(QStringLiteral("error")).isString()) {
        e.oauthError = text(o.value(QStringLiteral("error")));
        if (e.message.isEmpty())
            e.message = text(o.value(QStringLiteral("error_description")));
    }
    collectValidationErrors(o.value(QStringLiteral("validationErrors")), &e.validationErrors);
    collectValidationErrors(o.value(QStringLiteral("errors")), &e.validationErrors);
    if (e.title.isEmpty() && e.detail.isEmpty() && e.message.isEmpty() && e.oauthError.isEmpty()
        && e.validationErrors.isEmpty())
        e.raw = RemoteText::escape(body.trimmed(), 300);
    return e;
}

QString ErrorBody::summary() const
{
    QStringList parts;
    for (const QString &p : {title, detail, message, oauthError}) {
        if (!p.isEmpty() && !parts.contains(p))
            parts << p;
    }
    if (!validationErrors.isEmpty())
        parts << validationErrors.join(QStringLiteral("; "));
    if (parts.isEmpty() && !raw.isEmpty())
        parts << raw;
    QString s = parts.join(QStringLiteral(" — "));
    if (!correlationId.isEmpty())
        s += QLatin1Char(' ') + tr("(correlation id %1)").arg(correlationId);
    return s.isEmpty() ? tr("(empty answer)") : s;
}

} // namespace dexdesk
