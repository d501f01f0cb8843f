#include "RecordValidator.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

RecordValidator::RecordValidator(DescriptorLookup lookup)
    : m_lookup(std::move(lookup))
{ }

QString RecordValidator::keyString(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(static_cast<qint64>(v.toDouble()));
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return v.toString();
}

bool RecordValidator::isDate(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    return re.match(s).hasMatch() && QDate::fromString(s, Qt::ISODate).isValid();
}

QString RecordValidator::naturalKeyOf(const ResourceSpec &spec, const QJsonObject &body, QJsonObject *keyValues)
{
    QStringList parts;
    for (const QString &path : spec.naturalKey) {
        const QStringList steps = path.split(QLatin1Char('.'));
        QJsonValue v = body;
        for (const QString &s : steps)
            v = v.toObject().value(s);
        parts.append(keyString(v));
        if (keyValues)
            keyValues->insert(steps.last(), v);
    }
    QString key = parts.join(QLatin1Char('|'));
    // Descriptor values resolve case-insensitively, as on the SQL Server ODS.
    return spec.isDescriptor() ? key.toLower() : key;
}

ValidationResult RecordValidator::validate(const ResourceSpec &spec, const QJsonObject &body) const
{
    ValidationResult r;
    r.body = body;
    // Server-owned fields a client may echo back from a GET; never stored from the client.
    r.body.remove(QStringLiteral("_etag"));
    r.body.remove(QStringLiteral("_lastModifiedDate"));
    if (r.body.contains(QStringLiteral("id"))) {
        r.errors[QStringLiteral("$.id")].append(
            QStringLiteral("Resource identifiers cannot be assigned by the client. The 'id' property should not be "
                           "included in the request body."));
        r.body.remove(QStringLiteral("id"));
    }
    checkObject(spec.fields, r.body, QStringLiteral("$"), false, &r);
    if (r.ok())
        r.naturalKey = naturalKeyOf(spec, r.body, &r.keyValues);
    return r;
}

void RecordValidator::checkObject(const QList<FieldSpec> &fields, const QJsonObject &obj, const QString &path,
                                  bool allowLink, ValidationResult *r) const
{
    for (auto it = obj.begin(); it != obj.end(); ++it) {
        bool known = allowLink && it.key() == QLatin1String("link");
        for (const FieldSpec &f : fields)
            known = known || f.name == it.key();
        if (!known)
            r->errors[path + QLatin1Char('.') + it.key()].append(
                QStringLiteral("'%1' is not a property of this resource.").arg(it.key()));
    }
    for (const FieldSpec &f : fields) {
        const QString p = path + QLatin1Char('.') + f.name;
        const QJsonValue v = obj.value(f.name);
        if (v.isUndefined() || v.isNull()) {
            if (f.required)
                r->errors[p].append(QStringLiteral("%1 is required.").arg(f.name));
            continue;
        }
        checkValue(f, v, p, r);
    }
}

void RecordValidator::checkValue(const FieldSpec &f, const QJsonValue &v, const QString &p, ValidationResult *r) const
{
    using K = FieldSpec::Kind;
    auto fail = [&](const QString &msg) { r->errors[p].append(msg); };
    switch (f.kind) {
    case K::String:
        if (!v.isString())
            fail(QStringLiteral("%1 must be a string.").arg(f.name));
        else if (f.required && v.toString().trimmed().isEmpty())
            fail(QStringLiteral("%1 is required and should not be left empty.").arg(f.name));
        else if (f.maxLength > 0 && v.toString().size() > f.maxLength)
            fail(QStringLiteral("%1 must be a string with a maximum length of %2.").arg(f.name).arg(f.maxLength));
        break;
    case K::Integer:
        if (!v.isDouble() || v.toDouble() != static_cast<double>(static_cast<qint64>(v.toDouble())))
            fail(QStringLiteral("%1 must be an integer.").arg(f.name));
        break;
    case K::Number:
        if (!v.isDouble())
            fail(QStringLiteral("%1 must be a number.").arg(f.name));
        break;
    case K::Boolean:
        if (!v.isBool())
            fail(QStringLiteral("%1 must be a boolean.").arg(f.name));
        break;
    case K::Date:
        if (!v.isString() || !isDate(v.toString()))
            fail(QStringLiteral("%1 must be a date in the form yyyy-mm-dd.").arg(f.name));
        break;
    case K::Descriptor:
        if (!v.isString() || v.toString().isEmpty())
            fail(QStringLiteral("%1 must be a descriptor URI string.").arg(f.name));
        else if (v.toString().size() > f.maxLength)
            fail(QStringLiteral("%1 must be a string with a maximum length of %2.").arg(f.name).arg(f.maxLength));
        else if (!v.toString().contains(QLatin1Char('#')) || !m_lookup(f.descriptor, v.toString())) {
            fail(QStringLiteral("%1 value '%2' does not exist.").arg(f.descriptor, v.toString()));
            r->unknownDescriptors.append({f.descriptor, v.toString()});
        }
        break;
    case K::Reference:
        if (!v.isObject()) {
            fail(QStringLiteral("%1 must be an object.").arg(f.name));
        } else {
            const qsizetype before = r->errors.size();
            checkObject(f.members, v.toObject(), p, true, r);
            if (r->errors.size() == before) {
                QStringList parts;
                QJsonObject identity;
                for (const FieldSpec &m : f.members) {
                    parts.append(keyString(v.toObject().value(m.name)));
                    identity.insert(m.name, v.toObject().value(m.name));
                }
                r->references.append({f.label, f.targets, parts.join(QLatin1Char('|')), p, identity});
            }
        }
        break;
    case K::Collection:
        if (!v.isArray()) {
            fail(QStringLiteral("%1 must be an array.").arg(f.name));
        } else if (v.toArray().size() < f.minItems) {
            fail(QStringLiteral("%1 must have at least %2 item(s).").arg(f.name).arg(f.minItems));
        } else {
            const QJsonArray a = v.toArray();
            for (int i = 0; i < a.size(); ++i) {
                const QString ip = p + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
                if (!a.at(i).isObject())
                    r->errors[ip].append(QStringLiteral("Each item of %1 must be an object.").arg(f.name));
                else
                    checkObject(f.members, a.at(i).toObject(), ip, false, r);
            }
        }
        break;
    }
}
