#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// Valid Ed-Fi bodies for the simulator's tests; each test breaks one thing at a time.
namespace SimFixtures {

inline QString descriptor(const QString &name, const QString &code)
{
    return QStringLiteral("uri://ed-fi.org/") + name + QLatin1Char('#') + code;
}

inline QJsonObject student(const QString &id, const QString &firstName = QStringLiteral("Ada"))
{
    return {{QStringLiteral("studentUniqueId"), id},
            {QStringLiteral("firstName"), firstName},
            {QStringLiteral("lastSurname"), QStringLiteral("Lovelace")},
            {QStringLiteral("birthDate"), QStringLiteral("2010-12-10")}};
}

inline QJsonObject staff(const QString &id)
{
    return {{QStringLiteral("staffUniqueId"), id},
            {QStringLiteral("firstName"), QStringLiteral("Grace")},
            {QStringLiteral("lastSurname"), QStringLiteral("Hopper")}};
}

inline QJsonObject enrollment(const QString &studentId, qint64 schoolId = 255901001,
                              const QString &grade = QStringLiteral("Ninth grade"))
{
    return {{QStringLiteral("studentReference"), QJsonObject {{QStringLiteral("studentUniqueId"), studentId}}},
            {QStringLiteral("schoolReference"), QJsonObject {{QStringLiteral("schoolId"), schoolId}}},
            {QStringLiteral("entryDate"), QStringLiteral("2026-08-20")},
            {QStringLiteral("entryGradeLevelDescriptor"), descriptor(QStringLiteral("GradeLevelDescriptor"), grade)}};
}

} // namespace SimFixtures
