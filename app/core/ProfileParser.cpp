#include "ProfileParser.h"

#include "SettingsValidator.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace dexdesk {

namespace {

int lineAtOffset(const QByteArray &data, qsizetype offset)
{
    offset = qBound<qsizetype>(0, offset, data.size());
    return int(data.left(offset).count('\n')) + 1;
}

// The line where `"key"` first appears at or after `from`; 1 when not found. JSON objects carry
// no positions, so semantic errors are placed at the key they are about.
int lineOfKey(const QByteArray &data, const QString &key, qsizetype from = 0)
{
    const QByteArray needle = QByteArray('"' + key.toUtf8() + '"');
    const qsizetype at = data.indexOf(needle, from);
    return at < 0 ? 1 : lineAtOffset(data, at);
}

class Reader
{
public:
    Reader(const QByteArray &data, const QString &file)
        : m_data(data)
        , m_file(file)
    { }

    bool fail(const QString &key, const QString &message, qsizetype from = 0)
    {
        m_error = {m_file, key.isEmpty() ? 1 : lineOfKey(m_data, key, from), message};
        return false;
    }

    bool requireString(const QJsonObject &o, const QString &key, QString *out, bool allowEmpty = false)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fail({}, ProfileParser::tr("required field \"%1\" is missing").arg(key));
        if (!v.isString())
            return fail(key, ProfileParser::tr("\"%1\" must be a string").arg(key));
        *out = v.toString().trimmed();
        if (!allowEmpty && out->isEmpty())
            return fail(key, ProfileParser::tr("\"%1\" must not be empty").arg(key));
        return true;
    }

    bool optionalString(const QJsonObject &o, const QString &key, QString *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return fail(key, ProfileParser::tr("\"%1\" must be a string").arg(key));
        *out = v.toString().trimmed();
        return true;
    }

    bool stringList(const QJsonObject &o, const QString &key, QStringList *out, bool required)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined()) {
            if (required)
                return fail({}, ProfileParser::tr("required field \"%1\" is missing").arg(key));
            return true;
        }
        if (!v.isArray())
            return fail(key, ProfileParser::tr("\"%1\" must be a list of strings").arg(key));
        for (const QJsonValue &item : v.toArray()) {
            if (!item.isString() || item.toString().trimmed().isEmpty())
                return fail(key, ProfileParser::tr("\"%1\" must be a list of non-empty strings").arg(key));
            out->append(item.toString().trimmed());
        }
        return true;
    }

    bool yearList(const QJsonObject &o, const QString &key, QList<int> *out)
    {
        const QJsonValue v = o.value(key);
        if (v.isUndefined())
            return fail({}, ProfileParser::tr("required field \"%1\" is missing").arg(key));
        if (!v.isArray() || v.toArray().isEmpty())
            return fail(key, ProfileParser::tr("\"%1\" must be a non-empty list of years").arg(key));
        for (const QJsonValue &item : v.toArray()) {
            // Range first: converting a double such as 1e300 to int is undefined (found by fuzzing).
            const double d = item.toDouble(-1);
            if (!item.isDouble() || !(d >= 1990 && d <= 2100) || d != std::floor(d))
                return fail(
                    key,
                    ProfileParser::tr("\"%1\" must hold school years such as 2027 (the year the school year ends)")
                        .arg(key));
            const int year = int(d);
            if (out->contains(year))
                return fail(key, ProfileParser::tr("school year %1 is listed twice in \"%2\"").arg(year).arg(key));
            out->append(year);
        }
        std::sort(out->begin(), out->end());
        return true;
    }

    bool services(const QJsonObject &o, const QString &key, Services *out)
    {
        QStringList names;
        if (!stringList(o, key, &names, true))
            return false;
        for (const QString &n : names) {
            Service s = Service::None;
            if (!serviceFromName(n, &s))
                return fail(
                    key,
                    ProfileParser::tr("unknown service \"%1\" (expected dataChanges, download, publish or uniqueId)")
                        .arg(n));
            *out |= s;
        }
        return true;
    }

    bool url(const QString &key, const QString &value)
    {
        const UrlCheck check = SettingsValidator::checkUrl(value);
        if (check.severity == UrlCheck::Severity::Error)
            return fail(key, ProfileParser::tr("\"%1\": %2").arg(key, check.message));
        return true;
    }

    ProfileError error() const { return m_error; }
    const QByteArray &data() const { return m_data; }

private:
    const QByteArray &m_data;
    QString m_file;
    ProfileError m_error;
};

// "propertyNames": {"categories": "educationOrganizationCategories"}: a top-level property of the
// resource under this server's name (the Data Standard it speaks) instead of Data Standard 5's.
bool propertyNames(Reader &r, const QJsonObject &o, const QString &resource, qsizetype searchFrom,
                   QMap<QString, QString> *out)
{
    const QJsonValue v = o.value(QStringLiteral("propertyNames"));
    if (v.isUndefined())
        return true;
    static const QRegularExpression identifier(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,99}$"));
    const auto bad = [&r, &resource, searchFrom] {
        return r.fail(QStringLiteral("propertyNames"),
                      ProfileParser::tr("resource \"%1\": \"propertyNames\" must map property names to other "
                                        "property names, such as {\"categories\": \"educationOrganizationCategories\"}")
                          .arg(resource),
                      searchFrom);
    };
    if (!v.isObject())
        return bad();
    const QJsonObject map = v.toObject();
    QSet<QString> targets;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const QString to = it.value().toString();
        if (!it.value().isString() || !identifier.match(it.key()).hasMatch() || !identifier.match(to).hasMatch()
            || to == it.key())
            return bad();
        if (targets.contains(to) || map.contains(to))
            return r.fail(QStringLiteral("propertyNames"),
                          ProfileParser::tr("resource \"%1\": \"propertyNames\" gives two properties the name \"%2\"")
                              .arg(resource, to),
                          searchFrom);
        targets.insert(to);
        out->insert(it.key(), to);
    }
    return true;
}

bool parseResources(Reader &r, const QJsonObject &root, QList<ResourceDef> *out)
{
    const QJsonValue v = root.value(QStringLiteral("resources"));
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return r.fail(QStringLiteral("resources"), ProfileParser::tr("\"resources\" must be a list"));
    QSet<QString> names;
    qsizetype searchFrom = 0;
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject())
            return r.fail(QStringLiteral("resources"),
                          ProfileParser::tr("each entry of \"resources\" must be an object"));
        const QJsonObject o = item.toObject();
        ResourceDef def;
        if (!r.requireString(o, QStringLiteral("name"), &def.name))
            return false;
        // Point later messages at this resource's own entry (past the previous entry's name, so that a
        // duplicate name is found at its second listing).
        const qsizetype at
            = r.data().indexOf(QByteArray('"' + def.name.toUtf8() + '"'), names.isEmpty() ? 0 : searchFrom + 1);
        if (at >= 0)
            searchFrom = at;
        if (names.contains(def.name))
            return r.fail(def.name, ProfileParser::tr("resource \"%1\" is listed twice").arg(def.name), searchFrom);
        def.path = def.name;
        if (!r.optionalString(o, QStringLiteral("path"), &def.path))
            return false;
        if (def.path.startsWith(QLatin1Char('/')) || def.path.contains(QLatin1String("..")))
            return r.fail(QStringLiteral("path"),
                          ProfileParser::tr("resource \"%1\": path must be relative").arg(def.name), searchFrom);
        if (!r.stringList(o, QStringLiteral("naturalKey"), &def.naturalKey, true))
            return false;
        if (def.naturalKey.isEmpty())
            return r.fail(QStringLiteral("naturalKey"),
                          ProfileParser::tr("resource \"%1\" needs a natural key").arg(def.name), searchFrom);
        if (!r.stringList(o, QStringLiteral("dependsOn"), &def.dependsOn, false))
            return false;
        for (const QString &dep : std::as_const(def.dependsOn)) {
            if (!names.contains(dep))
                return r.fail(QStringLiteral("dependsOn"),
                              ProfileParser::tr("resource \"%1\" depends on \"%2\", which is not listed before it")
                                  .arg(def.name, dep),
                              searchFrom);
        }
        QString direction = QStringLiteral("publish");
        if (!r.optionalString(o, QStringLiteral("direction"), &direction))
            return false;
        if (direction == QLatin1String("publish"))
            def.direction = ResourceDef::Direction::Publish;
        else if (direction == QLatin1String("download"))
            def.direction = ResourceDef::Direction::Download;
        else
            return r.fail(
                QStringLiteral("direction"),
                ProfileParser::tr("resource \"%1\": direction must be \"publish\" or \"download\"").arg(def.name),
                searchFrom);
        if (!propertyNames(r, o, def.name, searchFrom, &def.propertyNames))
            return false;
        names.insert(def.name);
        out->append(def);
    }
    return true;
}

bool parseLeas(Reader &r, const QJsonObject &root, QList<Lea> *out)
{
    const QJsonValue v = root.value(QStringLiteral("leas"));
    if (v.isUndefined())
        return true;
    if (!v.isArray())
        return r.fail(QStringLiteral("leas"), ProfileParser::tr("\"leas\" must be a list"));
    for (const QJsonValue &item : v.toArray()) {
        if (!item.isObject())
            return r.fail(QStringLiteral("leas"), ProfileParser::tr("each entry of \"leas\" must be an object"));
        const QJsonObject o = item.toObject();
        if (o.contains(QStringLiteral("secret")))
            return r.fail(QStringLiteral("secret"),
                          ProfileParser::tr("a profile must not contain secrets; remove \"secret\""));
        Lea lea;
        if (!r.requireString(o, QStringLiteral("id"), &lea.id)
            || !r.optionalString(o, QStringLiteral("name"), &lea.name)
            || !r.optionalString(o, QStringLiteral("key"), &lea.authKey))
            return false;
        const QString leaProblem = SettingsValidator::checkLeaId(lea.id);
        if (!leaProblem.isEmpty())
            return r.fail(QStringLiteral("leas"), leaProblem);
        lea.enabled = o.value(QStringLiteral("enabled")).toBool(true);
        out->append(lea);
    }
    return true;
}

} // namespace

QString ProfileError::toString() const
{
    return QStringLiteral("%1:%2: %3").arg(file).arg(line).arg(message);
}

bool ProfileParser::parse(const QByteArray &data, const QString &fileName, Profile *out, ProfileError *error)
{
    Reader r(data, fileName);
    auto failed = [&] {
        *error = r.error();
        return false;
    };

    QJsonParseError jsonError;
    const QJsonDocument doc = QJsonDocument::fromJson(data, &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        *error = {fileName, lineAtOffset(data, jsonError.offset),
                  ProfileParser::tr("not valid JSON: %1").arg(jsonError.errorString())};
        return false;
    }
    if (!doc.isObject()) {
        r.fail({}, ProfileParser::tr("the file must hold one JSON object"));
        return failed();
    }
    const QJsonObject root = doc.object();

    const QJsonValue version = root.value(QStringLiteral("formatVersion"));
    if (!version.isDouble() || version.toInt() != kFormatVersion) {
        r.fail(QStringLiteral("formatVersion"),
               ProfileParser::tr("\"formatVersion\" must be %1; this file was made for another version of DEX Desk")
                   .arg(kFormatVersion));
        return failed();
    }

    Profile p;
    p.sourceFile = fileName;
    if (!r.requireString(root, QStringLiteral("id"), &p.id) || !r.requireString(root, QStringLiteral("name"), &p.name)
        || !r.optionalString(root, QStringLiteral("description"), &p.description)
        || !r.requireString(root, QStringLiteral("dataUrl"), &p.dataUrl)
        || !r.requireString(root, QStringLiteral("authUrl"), &p.authUrl)
        || !r.optionalString(root, QStringLiteral("apiRootUrl"), &p.apiRootUrl)
        || !r.optionalString(root, QStringLiteral("uniqueIdPath"), &p.uniqueIdPath)
        || !r.optionalString(root, QStringLiteral("extraCaFile"), &p.extraCaFile)
        || !r.optionalString(root, QStringLiteral("dataStandard"), &p.dataStandard))
        return failed();
    static const QRegularExpression standardPattern(QStringLiteral("^[1-9][0-9]?(\\.[0-9]{1,3}){0,2}(-[a-z])?$"));
    if (!standardPattern.match(p.dataStandard).hasMatch()) {
        r.fail(QStringLiteral("dataStandard"),
               ProfileParser::tr("\"dataStandard\" must be an Ed-Fi Data Standard version such as \"5\" or \"3.3\""));
        return failed();
    }
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$"));
    if (!idPattern.match(p.id).hasMatch()) {
        r.fail(QStringLiteral("id"),
               ProfileParser::tr("\"id\" may hold only letters, digits, '.', '_' and '-' (at most 64)"));
        return failed();
    }
    if (!r.url(QStringLiteral("dataUrl"), p.dataUrl) || !r.url(QStringLiteral("authUrl"), p.authUrl)
        || (!p.apiRootUrl.isEmpty() && !r.url(QStringLiteral("apiRootUrl"), p.apiRootUrl)))
        return failed();

    const QJsonValue order = root.value(QStringLiteral("order"));
    if (!order.isUndefined() && !order.isDouble()) {
        r.fail(QStringLiteral("order"), ProfileParser::tr("\"order\" must be a number"));
        return failed();
    }
    p.order = order.toInt(1000);
    const QJsonValue yearSpecific = root.value(QStringLiteral("yearSpecific"));
    if (!yearSpecific.isBool()) {
        r.fail(yearSpecific.isUndefined() ? QString() : QStringLiteral("yearSpecific"),
               ProfileParser::tr("\"yearSpecific\" must be true or false"));
        return failed();
    }
    p.yearSpecific = yearSpecific.toBool();

    if (!r.yearList(root, QStringLiteral("schoolYears"), &p.schoolYears)
        || !r.yearList(root, QStringLiteral("defaultSchoolYears"), &p.defaultSchoolYears))
        return failed();
    for (int year : std::as_const(p.defaultSchoolYears)) {
        if (!p.schoolYears.contains(year)) {
            r.fail(QStringLiteral("defaultSchoolYears"),
                   ProfileParser::tr("default school year %1 is not one of \"schoolYears\"").arg(year));
            return failed();
        }
    }

    const QJsonValue services = root.value(QStringLiteral("services"));
    if (!services.isObject()) {
        r.fail(services.isUndefined() ? QString() : QStringLiteral("services"),
               ProfileParser::tr("\"services\" must be an object with \"supported\" and \"defaults\""));
        return failed();
    }
    if (!r.services(services.toObject(), QStringLiteral("supported"), &p.supportedServices)
        || !r.services(services.toObject(), QStringLiteral("defaults"), &p.defaultServices))
        return failed();
    if ((p.defaultServices & ~p.supportedServices) != Services()) {
        r.fail(QStringLiteral("defaults"), ProfileParser::tr("a default service is not among the supported services"));
        return failed();
    }
    if (p.supportedServices.testFlag(Service::UniqueId) && p.uniqueIdPath.isEmpty()) {
        r.fail(QStringLiteral("supported"), ProfileParser::tr("the Unique ID service needs \"uniqueIdPath\""));
        return failed();
    }

    if (!parseResources(r, root, &p.resources) || !parseLeas(r, root, &p.defaultLeas))
        return failed();

    *out = p;
    return true;
}

bool ProfileParser::parseFile(const QString &path, Profile *out, ProfileError *error)
{
    const QString name = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = {name, 0, ProfileParser::tr("cannot be read: %1").arg(file.errorString())};
        return false;
    }
    if (file.size() > kMaxFileSize) {
        *error = {name, 0, ProfileParser::tr("is larger than 1 MiB; a profile is a small JSON file")};
        return false;
    }
    return parse(file.readAll(), name, out, error);
}

} // namespace dexdesk
