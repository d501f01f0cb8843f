#pragma once

#include "ResourceCatalog.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

#include <functional>

// A record this one points at, to be checked against the store (409 when missing).
struct RecordReference {
    QString label; // "Student"
    QStringList targets; // resources that may hold it
    QString key; // the referenced record's natural key string
    QString path; // "$.studentReference"
    QJsonObject identity; // the reference's fields, as sent ({"studentUniqueId": "…"})
};

// A descriptor value the server does not have: which descriptor and the value sent.
struct UnknownDescriptor {
    QString descriptor; // "GradeLevelDescriptor"
    QString value; // "uri://ed-fi.org/GradeLevelDescriptor#Grade Thirteen"
};

// What validating a POST body found: errors by JSON path (400), the references to resolve (409),
// the body to store, and the natural key.
struct ValidationResult {
    QMap<QString, QStringList> errors;
    QList<RecordReference> references;
    QList<UnknownDescriptor> unknownDescriptors; // also in errors
    QJsonObject body;
    QString naturalKey;
    QJsonObject keyValues;

    bool ok() const { return errors.isEmpty(); }
};

// Checks a resource body like a strict Ed-Fi server: required fields, types, maximum lengths,
// unknown properties and descriptor values; collects references and the natural key.
class RecordValidator
{
public:
    using DescriptorLookup = std::function<bool(const QString &descriptorName, const QString &value)>;

    explicit RecordValidator(DescriptorLookup lookup);
    ValidationResult validate(const ResourceSpec &spec, const QJsonObject &body) const;

    static QString naturalKeyOf(const ResourceSpec &spec, const QJsonObject &body, QJsonObject *keyValues = nullptr);
    static QString keyString(const QJsonValue &v);
    static bool isDate(const QString &s);

private:
    void checkObject(const QList<FieldSpec> &fields, const QJsonObject &obj, const QString &path, bool allowLink,
                     ValidationResult *r) const;
    void checkValue(const FieldSpec &f, const QJsonValue &v, const QString &path, ValidationResult *r) const;

    DescriptorLookup m_lookup;
};
