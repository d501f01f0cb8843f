#include "StoreSeeder.h"

#include "DescriptorSeed.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace {

bool put(int year, const QString &resource, const QJsonObject &body, RecordStore *store, QString *error)
{
    const ResourceSpec *spec = ResourceCatalog::find(resource);
    RecordValidator validator(
        [store, year](const QString &d, const QString &uri) { return store->descriptorExists(year, d, uri); });
    const ValidationResult v = validator.validate(*spec, body);
    QList<QPair<QString, QString>> refs;
    for (const RecordReference &r : v.references) {
        const QString found = store->resolve(year, r.targets, r.key);
        if (found.isEmpty()) {
            *error = QStringLiteral("seed %1 refers to a missing %2 %3").arg(resource, r.label, r.key);
            return false;
        }
        refs.append({found, r.key});
    }
    if (!v.ok()) {
        *error = QStringLiteral("seed %1 does not validate: %2")
                     .arg(resource, QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
        return false;
    }
    const StoredRecord *out = nullptr;
    store->upsert(year, *spec, v, refs, &out);
    return true;
}

QString descriptorUri(const QString &name, const QString &code)
{
    return DescriptorSeed::standardNamespace(name) + QLatin1Char('#') + code;
}

} // namespace

bool StoreSeeder::seed(const SimConfig &config, RecordStore *store, QString *error)
{
    for (int year : store->years()) {
        if (config.seedDescriptors) {
            for (const QString &d : ResourceCatalog::descriptorNames()) {
                for (const QJsonObject &rec : DescriptorSeed::records(d)) {
                    if (!put(year, ResourceCatalog::descriptorResource(d), rec, store, error))
                        return false;
                }
            }
        }
        const QString edOrgCat = QStringLiteral("EducationOrganizationCategoryDescriptor");
        for (const SimSeedOrg &lea : config.seedLeas) {
            const QJsonObject body {
                {QStringLiteral("localEducationAgencyId"), lea.id},
                {QStringLiteral("nameOfInstitution"), lea.name},
                {QStringLiteral("localEducationAgencyCategoryDescriptor"),
                 descriptorUri(QStringLiteral("LocalEducationAgencyCategoryDescriptor"),
                               QStringLiteral("Independent"))},
                {QStringLiteral("categories"),
                 QJsonArray {QJsonObject {{QStringLiteral("educationOrganizationCategoryDescriptor"),
                                           descriptorUri(edOrgCat, QStringLiteral("Local Education Agency"))}}}}};
            if (!put(year, QStringLiteral("localEducationAgencies"), body, store, error))
                return false;
        }
        for (const SimSeedOrg &school : config.seedSchools) {
            QJsonArray grades;
            for (const QString &g : school.gradeLevels)
                grades.append(QJsonObject {{QStringLiteral("gradeLevelDescriptor"),
                                            descriptorUri(QStringLiteral("GradeLevelDescriptor"), g)}});
            QJsonObject body {{QStringLiteral("schoolId"), school.id},
                              {QStringLiteral("nameOfInstitution"), school.name},
                              {QStringLiteral("educationOrganizationCategories"),
                               QJsonArray {QJsonObject {{QStringLiteral("educationOrganizationCategoryDescriptor"),
                                                         descriptorUri(edOrgCat, QStringLiteral("School"))}}}},
                              {QStringLiteral("gradeLevels"), grades}};
            // A school belongs to the seeded LEA whose id its own id starts with (255901001 -> 255901).
            for (const SimSeedOrg &lea : config.seedLeas) {
                if (QString::number(school.id).startsWith(QString::number(lea.id)))
                    body.insert(QStringLiteral("localEducationAgencyReference"),
                                QJsonObject {{QStringLiteral("localEducationAgencyId"), lea.id}});
            }
            if (!put(year, QStringLiteral("schools"), body, store, error))
                return false;
        }
        static const QStringList grades {QStringLiteral("Ninth grade"), QStringLiteral("Tenth grade"),
                                         QStringLiteral("Eleventh grade"), QStringLiteral("Twelfth grade")};
        for (int i = 0; i < config.seedBulkSchools; ++i) {
            QJsonObject body {{QStringLiteral("schoolId"), 800000000 + i},
                              {QStringLiteral("nameOfInstitution"), QStringLiteral("Bulk School %1").arg(i)},
                              {QStringLiteral("educationOrganizationCategories"),
                               QJsonArray {QJsonObject {{QStringLiteral("educationOrganizationCategoryDescriptor"),
                                                         descriptorUri(edOrgCat, QStringLiteral("School"))}}}},
                              {QStringLiteral("gradeLevels"),
                               QJsonArray {QJsonObject {{QStringLiteral("gradeLevelDescriptor"),
                                                         descriptorUri(QStringLiteral("GradeLevelDescriptor"),
                                                                       grades.at(i % grades.size()))}}}}};
            if (!config.seedLeas.isEmpty())
                body.insert(QStringLiteral("localEducationAgencyReference"),
                            QJsonObject {{QStringLiteral("localEducationAgencyId"), config.seedLeas.first().id}});
            if (!put(year, QStringLiteral("schools"), body, store, error))
                return false;
        }
    }
    return true;
}
