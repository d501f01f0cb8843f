#pragma once

// The district records DEX Desk keeps and exchanges: one table per Ed-Fi resource, and the one
// place that maps a table row to the agency's JSON shape (EDFI-RESOURCES.md). A payload carries
// only the fields listed here, so a strict server never meets an unknown property.

#include "SqlDialect.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace dexdesk {

struct ColumnDef {
    enum class Kind {
        String,
        Integer,
        Date, // YYYY-MM-DD
        Boolean,
        Descriptor, // a code value ("Ninth grade") or a full URI ("uri://…#Ninth grade")
        DescriptorList, // code values or URIs separated by ';'
    };

    QString column; // SQL column and CSV header, e.g. "student_unique_id"
    QString jsonPath; // "studentReference.studentUniqueId"; for a list: "gradeLevels.gradeLevelDescriptor"
    Kind kind = Kind::String;
    bool required = false;
    int maxLength = 0; // strings: 0 = no limit
    QString descriptor; // descriptors: "GradeLevelDescriptor"
    int since = 4; // the schema step that added the column (4: the tables' creation)

    bool isLocal() const { return jsonPath.isEmpty(); } // kept here, never sent

    QString jsonName() const { return jsonPath.section(QLatin1Char('.'), -1); }
};

struct RecordTable {
    QString resource; // "students" (the Ed-Fi resource name)
    QString table; // "rec_students"
    QList<ColumnDef> columns; // without the common id, school_year and lea_id
    QStringList keyColumns; // the natural key, as column names
    int tier = 0; // dependency order: 1 agency organisations, 2 people, 3 associations
    bool published = true; // false: downloaded from the agency (or seeded), never sent

    const ColumnDef *column(const QString &name) const;
    // The payload for a row (by column name, as read from the table): only known fields.
    QJsonObject toJson(const QVariantMap &row) const;
    // The natural key as {jsonName: value}, e.g. {"studentUniqueId":"S1"}; also the lookup query.
    QJsonObject keyOf(const QVariantMap &row) const;
    // SQL for the natural key as JSON text (what the capture triggers store), over the columns
    // of `row` ("NEW", "OLD", or empty for the table's own columns).
    QString keyJsonSql(const QString &row, SqlDialect dialect) const;
};

class RecordSchema
{
public:
    // Common columns of every record table.
    static inline const QString kId = QStringLiteral("id");
    static inline const QString kSchoolYear = QStringLiteral("school_year");
    static inline const QString kLeaId = QStringLiteral("lea_id");

    static const QList<RecordTable> &tables(); // in dependency order
    static const RecordTable *find(const QString &resource);
    static QStringList publishedResources(); // in dependency order

    // "Ninth grade" -> "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade"; a URI stays as it is.
    static QString descriptorUri(const QString &descriptor, const QString &value);
    static QString defaultNamespace(const QString &descriptor);

    // The statements of the schema step that creates the record tables, the change queue and its
    // capture triggers (migration 4): SQLite triggers, or a PL/pgSQL function per table.
    static QStringList createStatements(SqlDialect dialect);
    // The statements of a later step that adds columns (ALTER TABLE … ADD COLUMN).
    static QStringList addedColumns(int step, SqlDialect dialect);
};

} // namespace dexdesk
