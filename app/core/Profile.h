#pragma once

// A data exchange profile: one agency endpoint with its default URLs, school years, services,
// resource catalogue and default LEAs. Parsed from JSON by ProfileParser.

#include "Settings.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace dexdesk {

struct ResourceDef {
    enum class Direction { Publish, Download };

    QString name; // "students"
    QString path; // "ed-fi/students", relative to the data URL (and school year)
    QStringList naturalKey; // JSON field paths, e.g. "studentReference.studentUniqueId"
    QStringList dependsOn; // resource names that must be upserted first
    Direction direction = Direction::Publish;
    // Top-level properties this server names differently from Data Standard 5 (the names
    // RecordSchema uses): DS 5 name -> the server's name ("categories" ->
    // "educationOrganizationCategories" on an older standard). From the profile's "propertyNames".
    QMap<QString, QString> propertyNames;

    // A record in Data Standard 5 names -> in this server's names (what is sent).
    QJsonObject toServerNames(QJsonObject record) const;
    // A record as the server sent it -> Data Standard 5 names. Tolerant: either name is read, so a
    // server that already speaks Data Standard 5 is read correctly too.
    QJsonObject fromServerNames(QJsonObject record) const;

    friend bool operator==(const ResourceDef &, const ResourceDef &) = default;
};

struct Profile {
    QString id;
    QString name;
    QString description;
    QString sourceFile; // where it was loaded from (for messages)
    int order = 0; // position in the dropdown; ties sort by name
    QString dataUrl;
    QString authUrl;
    QString apiRootUrl; // discovery document; empty when the profile has none
    bool yearSpecific = false;
    QList<int> schoolYears; // offered, ascending
    QList<int> defaultSchoolYears;
    Services supportedServices;
    Services defaultServices;
    QString uniqueIdPath;
    QString extraCaFile; // a state's private CA (PEM), trusted for this profile's hosts only
    // The Ed-Fi Data Standard the profile's resource catalogue is written for ("5", "3.3"); Test
    // Connection warns when the server's discovery document names another major version.
    QString dataStandard = QStringLiteral("5");
    int dataStandardMajor() const { return dataStandard.section(QLatin1Char('.'), 0, 0).toInt(); }
    QList<ResourceDef> resources;
    QList<Lea> defaultLeas;

    // The communication settings this profile starts with (and Restore Defaults returns to).
    CommunicationSettings defaults() const;
    // This profile's settings in `settings`: the stored ones, or the defaults when never changed.
    CommunicationSettings in(const Settings &settings) const;
};

} // namespace dexdesk
