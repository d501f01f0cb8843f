// Unique ID answers: the identity service's `find` answer (candidates, a bare array or
// {"candidates": [...]}) and `identities` answer (a new uniqueId), read by UniqueIdProcessor, and
// the candidates as stored for the review list, read back by UniqueIdReview. No crash; a
// candidate kept has an ID; what is kept is escaped and short; storing and reading back keeps it.

#include "FuzzSupport.h"
#include "UniqueIdProcessor.h"
#include "UniqueIdReview.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace dexdesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = fuzz::input(data, size);
    UniqueIdProcessor::createdId(body);

    QJsonArray candidates;
    if (UniqueIdProcessor::parseCandidates(body, &candidates)) {
        for (const QJsonValue &v : std::as_const(candidates)) {
            const QJsonObject c = v.toObject();
            const QString id = c.value(QStringLiteral("uniqueId")).toString();
            FUZZ_CHECK(!id.isEmpty() && id.size() <= 60 + 6 && !fuzz::hasControlCharacters(id));
            const QJsonObject person = c.value(QStringLiteral("person")).toObject();
            for (auto it = person.constBegin(); it != person.constEnd(); ++it)
                FUZZ_CHECK(it.value().toString().size() <= 75 + 6
                           && !fuzz::hasControlCharacters(it.value().toString()));
        }
        // What the review list stores (UniqueIdRequest::candidates) and reads back.
        const QString stored = QString::fromUtf8(QJsonDocument(candidates).toJson(QJsonDocument::Compact));
        const QList<UniqueIdCandidate> review = UniqueIdReview::parseCandidates(stored);
        FUZZ_CHECK(review.size() == candidates.size());
        for (const UniqueIdCandidate &c : review)
            FUZZ_CHECK(!c.uniqueId.isEmpty() && !fuzz::hasControlCharacters(c.displayName()));
    }
    // A stored list that is not what we wrote (an older version, an edited database).
    for (const UniqueIdCandidate &c : UniqueIdReview::parseCandidates(QString::fromUtf8(body)))
        FUZZ_CHECK(!c.uniqueId.isEmpty());
    return 0;
}
