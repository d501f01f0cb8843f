#include "ErrorBody.h"

#include "RemoteText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace dexdesk {

namespace {

constexpr int kMaxItems = 20;

QString text(const QJsonValue &v, int maxLength = 500)
{
    if (v.isString())
        return RemoteText::escape(v.toString().trimmed(), maxLength);
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

// Keys matched case-insensitively: .NET servers write "Message" and "ModelState".
QJsonValue member(const QJsonObject &o, const char *key)
{
    const QLatin1String k(key);
    const auto exact = o.constFind(k);
    if (exact != o.constEnd())
        return exact.value();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.key().compare(k, Qt::CaseInsensitive) == 0)
            return it.value();
    }
    return {};
}

QString fieldName(const QString &key)
{
    QString f = key;
    if (f.startsWith(QLatin1String("$.")))
        f = f.mid(2);
    if (f.startsWith(QLatin1String("request.")))
        f = f.mid(8);
    return RemoteText::escape(f, 100);
}

// {"field": ["message", …]} or ["message" | {"message", "path"|"field"|"propertyName"}, …].
void collectMessages(const QJsonValue &v, QStringList *out, QString *firstField)
{
    const auto add = [&](const QString &field, const QString &msg) {
        if (out->size() >= kMaxItems || (field.isEmpty() && msg.isEmpty()))
            return;
        if (firstField->isEmpty())
            *firstField = field;
        *out << (field.isEmpty() ? msg : msg.isEmpty() ? field : field + QStringLiteral(": ") + msg);
    };
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.constBegin(); it != o.constEnd() && out->size() < kMaxItems; ++it) {
            QStringList messages;
            if (it.value().isArray()) {
                for (const QJsonValue &m : it.value().toArray()) {
                    if (messages.size() >= 5)
                        break;
                    messages << (m.isObject() ? text(member(m.toObject(), "message")) : text(m));
                }
            } else {
                messages << text(it.value());
            }
            messages.removeAll(QString());
            add(fieldName(it.key()), messages.join(QStringLiteral(", ")));
        }
    } else if (v.isArray()) {
        for (const QJsonValue &m : v.toArray()) {
            if (out->size() >= kMaxItems)
                break;
            if (!m.isObject()) {
                add({}, text(m));
                continue;
            }
            const QJsonObject mo = m.toObject();
            QString path = text(member(mo, "path"), 100);
            if (path.isEmpty())
                path = text(member(mo, "field"), 100);
            if (path.isEmpty())
                path = text(member(mo, "propertyName"), 100);
            add(path.isEmpty() ? QString() : fieldName(path), text(member(mo, "message")));
        }
    }
}

bool namesDescriptor(const QString &s)
{
    return s.contains(QLatin1String("descriptor"), Qt::CaseInsensitive);
}

ReferenceFailure referenceOf(const QJsonObject &f)
{
    ReferenceFailure r;
    r.resource = text(member(f, "resourceName"), 100);
    if (r.resource.isEmpty())
        r.resource = text(member(f, "resource"), 100);
    r.descriptor = r.resource.endsWith(QLatin1String("Descriptor"), Qt::CaseInsensitive);
    const auto addPairs = [&r](const QJsonObject &o) {
        for (auto it = o.constBegin(); it != o.constEnd() && r.values.size() < 10; ++it) {
            const QString value = text(it.value(), 200);
            if (namesDescriptor(it.key())) {
                r.descriptor = true;
                r.values << value;
            } else {
                r.values << RemoteText::escape(it.key(), 60) + QStringLiteral(" = ") + value;
            }
        }
    };
    const QJsonValue identity = member(f, "identity");
    if (identity.isArray()) {
        for (const QJsonValue &i : identity.toArray()) {
            if (i.isObject())
                addPairs(i.toObject());
            else if (r.values.size() < 10)
                r.values << text(i, 200);
        }
    } else if (identity.isObject()) {
        addPairs(identity.toObject());
    } else if (!identity.isUndefined() && !identity.isNull()) {
        r.values << text(identity, 200);
    }
    return r;
}

// Problem details and {"message"} from ODS/API name the reference only in words.
void referencesInWords(const QString &words, QList<ReferenceFailure> *out)
{
    static const QRegularExpression re(QStringLiteral("(?:related|referenced) '([A-Za-z]+)' resource"));
    auto it = re.globalMatch(words);
    while (it.hasNext() && out->size() < kMaxItems) {
        ReferenceFailure r;
        r.resource = it.next().captured(1);
        r.descriptor = r.resource.endsWith(QLatin1String("Descriptor"), Qt::CaseInsensitive);
        out->append(r);
    }
}

QString emptyCause(int status)
{
    switch (status) {
    case 0:
        return {};
    case 400:
        return ErrorBody::tr("The agency refused the request as malformed (HTTP 400) without saying why");
    case 401:
        return ErrorBody::tr("Not authorised (HTTP 401, empty answer)");
    case 403:
        return ErrorBody::tr("Access denied (HTTP 403, empty answer)");
    case 404:
        return ErrorBody::tr("Not found (HTTP 404, empty answer)");
    case 500:
        return ErrorBody::tr("The agency's server failed (HTTP 500) without saying why");
    default:
        return ErrorBody::tr("HTTP %1 with an empty answer").arg(status);
    }
}

QString statusFix(int status)
{
    switch (status) {
    case 400:
        return ErrorBody::tr("Correct the record (or the URL) as the agency says, then retry.");
    case 401:
        return ErrorBody::tr("Check the LEA's key and secret.");
    case 403:
        return ErrorBody::tr("The key may not change this: the record may belong to another API client, or the key "
                             "lacks access to this resource or school year. Ask the agency.");
    case 404:
        return ErrorBody::tr("Check the path of the Data Exchange URL.");
    case 500:
    case 502:
    case 503:
    case 504:
        return ErrorBody::tr("A problem on the agency's side; DEX Desk retries. If it lasts, tell the agency (quote "
                             "the correlation id when there is one).");
    default:
        return {};
    }
}

} // namespace

QString ReferenceFailure::text() const
{
    const QString v = values.join(QStringLiteral(", "));
    if (resource.isEmpty())
        return v;
    return v.isEmpty() ? resource : resource + QLatin1Char(' ') + v;
}

ErrorBody ErrorBody::parse(const QByteArray &body, int status)
{
    ErrorBody e;
    e.status = status;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.isEmpty()) {
        e.empty = true;
        e.cause = emptyCause(status);
        e.fix = statusFix(status);
        return e;
    }
    QJsonDocument doc;
    QJsonParseError parseError {};
    if (trimmed.size() <= kMaxParsedBytes)
        doc = QJsonDocument::fromJson(trimmed, &parseError);
    if (trimmed.size() > kMaxParsedBytes || parseError.error != QJsonParseError::NoError
        || (!doc.isObject() && !doc.isArray())) {
        e.raw = RemoteText::escape(trimmed, 300);
        e.cause = trimmed.startsWith('<') ? tr("HTTP %1 with a web page instead of an API answer").arg(status)
                                          : RemoteText::escape(trimmed, 200);
        if (status == 0 && trimmed.startsWith('<'))
            e.cause = tr("A web page instead of an API answer");
        e.fix = statusFix(status);
        return e;
    }
    // A bare list of errors reads like {"error": [...]}.
    const QJsonObject o = doc.isObject() ? doc.object() : QJsonObject {{QStringLiteral("error"), doc.array()}};
    e.type = text(member(o, "type"));
    e.title = text(member(o, "title"));
    e.detail = text(member(o, "detail"));
    e.message = text(member(o, "message"));
    e.correlationId = text(member(o, "correlationId"), 100);
    if (e.correlationId.isEmpty())
        e.correlationId = text(member(o, "traceId"), 100);
    QString firstField;
    collectMessages(member(o, "validationErrors"), &e.validationErrors, &firstField);
    collectMessages(member(o, "errors"), &e.validationErrors, &firstField);
    collectMessages(member(o, "modelState"), &e.validationErrors, &firstField);
    QString suggestion;
    const QJsonValue error = member(o, "error");
    if (error.isString()) {
        e.oauthError = text(error);
        if (e.message.isEmpty())
            e.message = text(member(o, "error_description"));
    } else if (error.isObject()) {
        const QJsonObject eo = error.toObject();
        if (e.message.isEmpty())
            e.message = text(member(eo, "message"));
        for (const QJsonValue &f : member(eo, "failures").toArray()) {
            if (e.references.size() >= kMaxItems)
                break;
            if (f.isObject())
                e.references << referenceOf(f.toObject());
        }
        collectMessages(member(eo, "errors"), &e.validationErrors, &firstField);
    } else if (error.isArray()) {
        collectMessages(error, &e.validationErrors, &firstField);
        for (const QJsonValue &m : error.toArray()) {
            suggestion = text(member(m.toObject(), "suggestion"));
            if (!suggestion.isEmpty())
                break;
        }
    }
    // Named only in words: in the detail or message, but also in an {"error": "text"} or in the
    // messages of an error list (the same 409 arrives in every shape).
    if (e.references.isEmpty())
        referencesInWords(e.detail + QLatin1Char(' ') + e.message + QLatin1Char(' ') + e.oauthError + QLatin1Char(' ')
                              + e.validationErrors.join(QLatin1Char(' ')),
                          &e.references);

    // The cause: the most specific words the server gave.
    QString base;
    for (const QString &p : {e.detail, e.message, e.title, e.oauthError}) {
        if (!p.isEmpty()) {
            base = p;
            break;
        }
    }
    QStringList refs;
    for (const ReferenceFailure &r : std::as_const(e.references)) {
        if (!r.values.isEmpty() && refs.size() < 3)
            refs << r.text();
    }
    if (!refs.isEmpty())
        e.cause = (base.isEmpty() ? tr("Reference not found") : base) + QStringLiteral(": ")
            + refs.join(QStringLiteral("; "));
    else if (!e.validationErrors.isEmpty()
             && ((e.detail.isEmpty() && e.message.isEmpty()) || base.contains(QLatin1String("validationErrors"))))
        e.cause = (e.title.isEmpty() ? QString() : e.title + QStringLiteral(": ")) + e.validationErrors.first();
    else
        e.cause = base;
    if (e.cause.isEmpty() && !e.validationErrors.isEmpty())
        e.cause = e.validationErrors.first();
    if (e.cause.isEmpty()) {
        e.raw = RemoteText::escape(trimmed, 300);
        e.cause = status > 0 ? tr("HTTP %1 with an answer that was not understood").arg(status)
                             : tr("An answer that was not understood");
    }
    e.cause = RemoteText::escape(e.cause, 300);

    if (!e.references.isEmpty())
        e.field = e.references.first().resource;
    else
        e.field = firstField;

    if (!suggestion.isEmpty()) {
        e.fix = suggestion;
    } else if (!e.references.isEmpty()) {
        const ReferenceFailure &r = e.references.first();
        e.fix = r.descriptor
            ? tr("The agency does not have the value %1. Correct it in the district's records, or ask the agency to "
                 "add it; the record is tried again after the next download or when it changes.")
                  .arg(r.values.isEmpty() ? r.resource : r.values.join(QStringLiteral(", ")))
            : tr("The referenced %1 is not at the agency. Publish it first, or correct the reference.")
                  .arg(r.resource.isEmpty() ? tr("record") : r.resource);
    } else {
        e.fix = statusFix(status);
    }
    return e;
}

bool ErrorBody::namesOnlyDescriptors() const
{
    if (references.isEmpty())
        return false;
    return std::all_of(references.cbegin(), references.cend(), [](const ReferenceFailure &r) { return r.descriptor; });
}

QString ErrorBody::summary() const
{
    if (empty)
        return cause.isEmpty() ? tr("(empty answer)") : cause;
    QStringList parts;
    for (const QString &p : {title, detail, message, oauthError}) {
        if (!p.isEmpty() && !parts.contains(p))
            parts << p;
    }
    QStringList refs;
    for (const ReferenceFailure &r : references) {
        if (!r.values.isEmpty() && refs.size() < 5)
            refs << r.text();
    }
    if (!refs.isEmpty())
        parts << refs.join(QStringLiteral("; "));
    if (!validationErrors.isEmpty())
        parts << validationErrors.join(QStringLiteral("; "));
    if (parts.isEmpty() && !raw.isEmpty())
        parts << raw;
    if (parts.isEmpty() && !cause.isEmpty())
        parts << cause;
    QString s = RemoteText::escape(parts.join(QStringLiteral(" — ")), 1000);
    if (!correlationId.isEmpty())
        s += QLatin1Char(' ') + tr("(correlation id %1)").arg(correlationId);
    return s.isEmpty() ? tr("(empty answer)") : s;
}

} // namespace dexdesk
