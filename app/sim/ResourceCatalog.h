#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The shape of one property of an Ed-Fi resource: its type, limits, and for references and
// collections the members inside it.
struct FieldSpec {
    enum class Kind { String, Integer, Number, Boolean, Date, Descriptor, Reference, Collection };
    QString name;
    Kind kind = Kind::String;
    bool required = false;
    int maxLength = 0; // strings; 0 = no limit
    QString descriptor; // Descriptor: e.g. "GradeLevelDescriptor"
    QStringList targets; // Reference: resources that may hold the referenced record
    QString label; // Reference: what the error message calls it, e.g. "Student"
    int minItems = 0; // Collection
    QList<FieldSpec> members; // Reference and Collection
};

// The Ed-Fi resources dexdesk-sim serves (EDFI-RESOURCES.md): properties, natural key and the
// dependency order, plus the descriptor resources. Static data, looked up by resource name.
struct ResourceSpec {
    QString name; // plural camelCase as in the URL
    QList<FieldSpec> fields;
    QStringList naturalKey; // dotted paths into the body
    QString descriptorName; // non-empty for descriptor resources, e.g. "GradeLevelDescriptor"
    int order = 0; // dependency order (lower first)

    bool isDescriptor() const { return !descriptorName.isEmpty(); }
    const FieldSpec *field(const QString &n) const;
};

class ResourceCatalog
{
public:
    static const QList<ResourceSpec> &all();
    static const ResourceSpec *find(const QString &name);
    static QString
    descriptorResource(const QString &descriptorName); // "GradeLevelDescriptor" -> "gradeLevelDescriptors"
    static QStringList descriptorNames();
};
