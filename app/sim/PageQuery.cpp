#include "PageQuery.h"

namespace {

bool readNumber(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

bool PageQuery::parse(const QUrlQuery &query, const ResourceSpec &spec, QString *error)
{
    for (const auto &[name, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString value = rawValue;
        qint64 n = 0;
        if (name == QLatin1String("offset")) {
            if (!readNumber(value, 0, 1000000000, &n)) {
                *error = QStringLiteral("Offset must be a whole number of 0 or more.");
                return false;
            }
            offset = int(n);
        } else if (name == QLatin1String("limit")) {
            if (!readNumber(value, 1, 500, &n)) {
                *error = QStringLiteral("Limit must be omitted or set to a numeric value between 1 and 500.");
                return false;
            }
            limit = int(n);
        } else if (name == QLatin1String("totalCount")) {
            if (value != QLatin1String("true") && value != QLatin1String("false")) {
                *error = QStringLiteral("totalCount must be true or false.");
                return false;
            }
            totalCount = value == QLatin1String("true");
        } else if (name == QLatin1String("minChangeVersion") || name == QLatin1String("maxChangeVersion")) {
            if (!readNumber(value, 0, std::numeric_limits<qint64>::max(), &n)) {
                *error = QStringLiteral("%1 must be a whole number of 0 or more.").arg(name);
                return false;
            }
            (name == QLatin1String("minChangeVersion") ? minChangeVersion : maxChangeVersion) = n;
        } else {
            const FieldSpec *f = spec.field(name);
            const bool scalar = f && f->kind != FieldSpec::Kind::Reference && f->kind != FieldSpec::Kind::Collection;
            bool keyField = false;
            for (const QString &k : spec.naturalKey)
                keyField = keyField || k.section(QLatin1Char('.'), -1) == name;
            if (scalar || keyField)
                filters.append({name, value});
            // Other parameters are ignored, as the ODS/API does.
        }
    }
    return true;
}

bool PageQuery::inChangeRange(qint64 changeVersion) const
{
    return (minChangeVersion < 0 || changeVersion >= minChangeVersion)
        && (maxChangeVersion < 0 || changeVersion <= maxChangeVersion);
}

bool PageQuery::matches(const StoredRecord &record) const
{
    if (!inChangeRange(record.changeVersion))
        return false;
    for (const auto &[name, value] : filters) {
        const QJsonValue v = record.body.contains(name) ? record.body.value(name) : record.keyValues.value(name);
        if (RecordValidator::keyString(v).compare(value, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}
