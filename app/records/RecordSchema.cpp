#include "RecordSchema.h"

#include <QJsonArray>

namespace dexdesk {

namespace {

using K = ColumnDef::Kind;

ColumnDef col(const QString &column, const QString &jsonPath, K kind, bool required = false, int maxLength = 0)
{
    ColumnDef c;
    c.column = column;
    c.jsonPath = jsonPath;
    c.kind = kind;
    c.required = required;
    c.maxLength = maxLength;
    return c;
}

ColumnDef desc(const QString &column, const QString &jsonPath, const QString &descriptor, bool required = false)
{
    ColumnDef c = col(column, jsonPath, K::Descriptor, required, 306);
    c.descriptor = descriptor;
    return c;
}

ColumnDef descList(const QString &column, const QString &jsonPath, const QString &descriptor, bool required = false)
{
    ColumnDef c = desc(column, jsonPath, descriptor, required);
    c.kind = K::DescriptorList;
    c.maxLength = 0;
    return c;
}

QList<ColumnDef> personColumns()
{
    return {
        col(QStringLiteral("first_name"), QStringLiteral("firstName"), K::String, true, 75),
        col(QStringLiteral("middle_name"), QStringLiteral("middleName"), K::String, false, 75),
        col(QStringLiteral("last_surname"), QStringLiteral("lastSurname"), K::String, true, 75),
        col(QStringLiteral("generation_code_suffix"), QStringLiteral("generationCodeSuffix"), K::String, false, 10)};
}

// Set for a person who has no state unique ID yet: the ID in the key column is the district's
// own, and where the profile has the Unique ID service the person waits for one (SPEC §7.1).
ColumnDef stateIdFlag()
{
    ColumnDef c = col(QStringLiteral("needs_state_id"), QString(), K::Boolean);
    c.since = 5;
    return c;
}

QList<RecordTable> build()
{
    QList<RecordTable> list;

    RecordTable lea;
    lea.resource = QStringLiteral("localEducationAgencies");
    lea.table = QStringLiteral("rec_local_education_agencies");
    lea.tier = 1;
    lea.published = false;
    lea.columns = {
        col(QStringLiteral("local_education_agency_id"), QStringLiteral("localEducationAgencyId"), K::Integer, true),
        col(QStringLiteral("name_of_institution"), QStringLiteral("nameOfInstitution"), K::String, true, 75),
        desc(QStringLiteral("local_education_agency_category"),
             QStringLiteral("localEducationAgencyCategoryDescriptor"),
             QStringLiteral("LocalEducationAgencyCategoryDescriptor"), true),
        descList(QStringLiteral("categories"), QStringLiteral("categories.educationOrganizationCategoryDescriptor"),
                 QStringLiteral("EducationOrganizationCategoryDescriptor"), true),
    };
    lea.keyColumns = {QStringLiteral("local_education_agency_id")};
    list << lea;

    RecordTable school;
    school.resource = QStringLiteral("schools");
    school.table = QStringLiteral("rec_schools");
    school.tier = 1;
    school.published = false;
    school.columns = {
        col(QStringLiteral("school_id"), QStringLiteral("schoolId"), K::Integer, true),
        col(QStringLiteral("name_of_institution"), QStringLiteral("nameOfInstitution"), K::String, true, 75),
        descList(QStringLiteral("categories"),
                 QStringLiteral("educationOrganizationCategories.educationOrganizationCategoryDescriptor"),
                 QStringLiteral("EducationOrganizationCategoryDescriptor"), true),
        descList(QStringLiteral("grade_levels"), QStringLiteral("gradeLevels.gradeLevelDescriptor"),
                 QStringLiteral("GradeLevelDescriptor"), true),
        col(QStringLiteral("local_education_agency_id"),
            QStringLiteral("localEducationAgencyReference.localEducationAgencyId"), K::Integer),
    };
    school.keyColumns = {QStringLiteral("school_id")};
    list << school;

    RecordTable student;
    student.resource = QStringLiteral("students");
    student.table = QStringLiteral("rec_students");
    student.tier = 2;
    student.columns
        = {col(QStringLiteral("student_unique_id"), QStringLiteral("studentUniqueId"), K::String, true, 32)};
    student.columns += personColumns();
    student.columns += {col(QStringLiteral("birth_date"), QStringLiteral("birthDate"), K::Date, true),
                        col(QStringLiteral("birth_city"), QStringLiteral("birthCity"), K::String, false, 30)};
    student.columns += stateIdFlag();
    student.keyColumns = {QStringLiteral("student_unique_id")};
    list << student;

    RecordTable staff;
    staff.resource = QStringLiteral("staffs");
    staff.table = QStringLiteral("rec_staffs");
    staff.tier = 2;
    staff.columns = {col(QStringLiteral("staff_unique_id"), QStringLiteral("staffUniqueId"), K::String, true, 32)};
    staff.columns += personColumns();
    staff.columns += {col(QStringLiteral("birth_date"), QStringLiteral("birthDate"), K::Date),
                      desc(QStringLiteral("sex"), QStringLiteral("sexDescriptor"), QStringLiteral("SexDescriptor")),
                      col(QStringLiteral("login_id"), QStringLiteral("loginId"), K::String, false, 60)};
    staff.columns += stateIdFlag();
    staff.keyColumns = {QStringLiteral("staff_unique_id")};
    list << staff;

    RecordTable ssa;
    ssa.resource = QStringLiteral("studentSchoolAssociations");
    ssa.table = QStringLiteral("rec_student_school_associations");
    ssa.tier = 3;
    ssa.columns = {
        col(QStringLiteral("student_unique_id"), QStringLiteral("studentReference.studentUniqueId"), K::String, true,
            32),
        col(QStringLiteral("school_id"), QStringLiteral("schoolReference.schoolId"), K::Integer, true),
        col(QStringLiteral("entry_date"), QStringLiteral("entryDate"), K::Date, true),
        desc(QStringLiteral("entry_grade_level"), QStringLiteral("entryGradeLevelDescriptor"),
             QStringLiteral("GradeLevelDescriptor"), true),
        desc(QStringLiteral("entry_type"), QStringLiteral("entryTypeDescriptor"),
             QStringLiteral("EntryTypeDescriptor")),
        col(QStringLiteral("exit_withdraw_date"), QStringLiteral("exitWithdrawDate"), K::Date),
        desc(QStringLiteral("exit_withdraw_type"), QStringLiteral("exitWithdrawTypeDescriptor"),
             QStringLiteral("ExitWithdrawTypeDescriptor")),
        col(QStringLiteral("primary_school"), QStringLiteral("primarySchool"), K::Boolean),
    };
    ssa.keyColumns = {QStringLiteral("student_unique_id"), QStringLiteral("school_id"), QStringLiteral("entry_date")};
    list << ssa;

    RecordTable seoa;
    seoa.resource = QStringLiteral("studentEducationOrganizationAssociations");
    seoa.table = QStringLiteral("rec_student_education_organization_associations");
    seoa.tier = 3;
    seoa.columns = {
        col(QStringLiteral("student_unique_id"), QStringLiteral("studentReference.studentUniqueId"), K::String, true,
            32),
        col(QStringLiteral("education_organization_id"),
            QStringLiteral("educationOrganizationReference.educationOrganizationId"), K::Integer, true),
        desc(QStringLiteral("sex"), QStringLiteral("sexDescriptor"), QStringLiteral("SexDescriptor"), true),
        col(QStringLiteral("hispanic_latino_ethnicity"), QStringLiteral("hispanicLatinoEthnicity"), K::Boolean),
        col(QStringLiteral("login_id"), QStringLiteral("loginId"), K::String, false, 60),
    };
    seoa.keyColumns = {QStringLiteral("student_unique_id"), QStringLiteral("education_organization_id")};
    list << seoa;

    RecordTable stsa;
    stsa.resource = QStringLiteral("staffSchoolAssociations");
    stsa.table = QStringLiteral("rec_staff_school_associations");
    stsa.tier = 3;
    stsa.columns = {
        col(QStringLiteral("staff_unique_id"), QStringLiteral("staffReference.staffUniqueId"), K::String, true, 32),
        col(QStringLiteral("school_id"), QStringLiteral("schoolReference.schoolId"), K::Integer, true),
        desc(QStringLiteral("program_assignment"), QStringLiteral("programAssignmentDescriptor"),
             QStringLiteral("ProgramAssignmentDescriptor"), true),
        descList(QStringLiteral("grade_levels"), QStringLiteral("gradeLevels.gradeLevelDescriptor"),
                 QStringLiteral("GradeLevelDescriptor")),
    };
    stsa.keyColumns
        = {QStringLiteral("staff_unique_id"), QStringLiteral("school_id"), QStringLiteral("program_assignment")};
    list << stsa;

    RecordTable seaa;
    seaa.resource = QStringLiteral("staffEducationOrganizationAssignmentAssociations");
    seaa.table = QStringLiteral("rec_staff_education_organization_assignment_associations");
    seaa.tier = 3;
    seaa.columns = {
        col(QStringLiteral("staff_unique_id"), QStringLiteral("staffReference.staffUniqueId"), K::String, true, 32),
        col(QStringLiteral("education_organization_id"),
            QStringLiteral("educationOrganizationReference.educationOrganizationId"), K::Integer, true),
        desc(QStringLiteral("staff_classification"), QStringLiteral("staffClassificationDescriptor"),
             QStringLiteral("StaffClassificationDescriptor"), true),
        col(QStringLiteral("begin_date"), QStringLiteral("beginDate"), K::Date, true),
        col(QStringLiteral("end_date"), QStringLiteral("endDate"), K::Date),
        col(QStringLiteral("position_title"), QStringLiteral("positionTitle"), K::String, false, 100),
    };
    seaa.keyColumns = {QStringLiteral("staff_unique_id"), QStringLiteral("education_organization_id"),
                       QStringLiteral("staff_classification"), QStringLiteral("begin_date")};
    list << seaa;
    return list;
}

QJsonValue scalar(const ColumnDef &c, const QVariant &v)
{
    switch (c.kind) {
    case K::Integer:
        return QJsonValue(v.toLongLong());
    case K::Boolean:
        return QJsonValue(v.toLongLong() != 0);
    case K::Descriptor:
        return QJsonValue(RecordSchema::descriptorUri(c.descriptor, v.toString()));
    case K::String:
    case K::Date:
    case K::DescriptorList:
        break;
    }
    return QJsonValue(v.toString());
}

bool isEmpty(const QVariant &v)
{
    return v.isNull() || !v.isValid() || v.toString().isEmpty();
}

// Puts `value` at a dotted path: "a.b" -> {"a": {"b": value}}.
void put(QJsonObject *obj, const QStringList &path, const QJsonValue &value)
{
    if (path.size() == 1) {
        obj->insert(path.first(), value);
        return;
    }
    QJsonObject inner = obj->value(path.first()).toObject();
    put(&inner, path.mid(1), value);
    obj->insert(path.first(), inner);
}

QString queueInsert(const RecordTable &t, const QString &row, const QString &op, SqlDialect d)
{
    return QStringLiteral("INSERT INTO change_queue (resource, school_year, lea_id, key_text, local_id, op, "
                          "created_at) VALUES ('%1', %2.school_year, %2.lea_id, %3, %2.id, '%4', %5);")
        .arg(t.resource, row, t.keyJsonSql(row, d), op, sql::nowMs(d));
}

// PostgreSQL: one PL/pgSQL function per table does what SQLite's four triggers do, under the
// same switch; a changed key (or year) queues the old record's delete before the new upsert.
QStringList postgresqlCapture(const RecordTable &t)
{
    const SqlDialect d = SqlDialect::PostgreSQL;
    QStringList changed {sql::differs(d, QStringLiteral("OLD.school_year"), QStringLiteral("NEW.school_year"))};
    for (const QString &k : t.keyColumns)
        changed << sql::differs(d, QStringLiteral("OLD.") + k, QStringLiteral("NEW.") + k);
    const QString body
        = QStringLiteral("BEGIN "
                         "IF COALESCE((SELECT enabled FROM capture_control WHERE id = 1), 0) <> 1 THEN RETURN NULL; "
                         "END IF; "
                         "IF TG_OP = 'INSERT' THEN %1 "
                         "ELSIF TG_OP = 'DELETE' THEN %2 "
                         "ELSE IF %3 THEN %2 END IF; %1 END IF; "
                         "RETURN NULL; END")
              .arg(queueInsert(t, QStringLiteral("NEW"), QStringLiteral("U"), d),
                   queueInsert(t, QStringLiteral("OLD"), QStringLiteral("D"), d), changed.join(QStringLiteral(" OR ")));
    return {QStringLiteral("CREATE FUNCTION %1_capture() RETURNS trigger LANGUAGE plpgsql AS $capture$ %2 $capture$")
                .arg(t.table, body),
            QStringLiteral("CREATE TRIGGER %1_capture AFTER INSERT OR UPDATE OR DELETE ON %1 FOR EACH ROW "
                           "EXECUTE FUNCTION %1_capture()")
                .arg(t.table)};
}

} // namespace

const ColumnDef *RecordTable::column(const QString &name) const
{
    for (const ColumnDef &c : columns) {
        if (c.column == name)
            return &c;
    }
    return nullptr;
}

QJsonObject RecordTable::toJson(const QVariantMap &row) const
{
    QJsonObject out;
    for (const ColumnDef &c : columns) {
        const QVariant v = row.value(c.column);
        if (isEmpty(v) || c.isLocal())
            continue;
        const QStringList path = c.jsonPath.split(QLatin1Char('.'));
        if (c.kind == K::DescriptorList) {
            QJsonArray items;
            for (const QString &part : v.toString().split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                QJsonObject item;
                item.insert(path.last(), RecordSchema::descriptorUri(c.descriptor, part.trimmed()));
                items.append(item);
            }
            out.insert(path.first(), items);
            continue;
        }
        put(&out, path, scalar(c, v));
    }
    return out;
}

QJsonObject RecordTable::keyOf(const QVariantMap &row) const
{
    QJsonObject key;
    for (const QString &k : keyColumns) {
        const ColumnDef *c = column(k);
        const QVariant v = row.value(k);
        key.insert(c->jsonName(), c->kind == K::Integer ? QJsonValue(v.toLongLong()) : QJsonValue(v.toString()));
    }
    return key;
}

const QList<RecordTable> &RecordSchema::tables()
{
    static const QList<RecordTable> list = build();
    return list;
}

QString RecordTable::keyJsonSql(const QString &row, SqlDialect dialect) const
{
    const QString prefix = row.isEmpty() ? QString() : row + QLatin1Char('.');
    QList<QPair<QString, QString>> parts;
    for (const QString &k : keyColumns)
        parts.append({column(k)->jsonName(), prefix + k});
    return sql::jsonObject(dialect, parts);
}

const RecordTable *RecordSchema::find(const QString &resource)
{
    for (const RecordTable &t : tables()) {
        if (t.resource == resource)
            return &t;
    }
    return nullptr;
}

QStringList RecordSchema::publishedResources()
{
    QStringList names;
    for (const RecordTable &t : tables()) {
        if (t.published)
            names << t.resource;
    }
    return names;
}

QString RecordSchema::defaultNamespace(const QString &descriptor)
{
    return QStringLiteral("uri://ed-fi.org/") + descriptor;
}

QString RecordSchema::descriptorUri(const QString &descriptor, const QString &value)
{
    if (value.contains(QLatin1Char('#')))
        return value;
    return defaultNamespace(descriptor) + QLatin1Char('#') + value;
}

QStringList RecordSchema::createStatements(SqlDialect dialect)
{
    QStringList s;
    // Capture is switched by the settings save (System On and Data Changes), in the same
    // transaction, so a change made while it is off is never queued.
    s << QStringLiteral("CREATE TABLE capture_control (id INTEGER PRIMARY KEY CHECK (id = 1), "
                        "enabled INTEGER NOT NULL)")
      << QStringLiteral("INSERT INTO capture_control (id, enabled) VALUES (1, 0)");
    // The transactional outbox: one row per captured change, written by the triggers below.
    s << QStringLiteral("CREATE TABLE change_queue (seq INTEGER PRIMARY KEY AUTOINCREMENT, resource TEXT NOT NULL, "
                        "school_year INTEGER NOT NULL, lea_id TEXT NOT NULL, key_text TEXT NOT NULL, "
                        "local_id INTEGER NOT NULL, op TEXT NOT NULL, created_at INTEGER NOT NULL)");
    // Per record (resource, year, natural key): what is pending, what was confirmed, and why not.
    s << QStringLiteral("CREATE TABLE publish_status (resource TEXT NOT NULL, school_year INTEGER NOT NULL, "
                        "key_text TEXT NOT NULL, lea_id TEXT NOT NULL, local_id INTEGER NOT NULL, "
                        "op TEXT NOT NULL, tier INTEGER NOT NULL, pending_seq INTEGER NOT NULL, "
                        "sent_seq INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, "
                        "attempts INTEGER NOT NULL DEFAULT 0, next_attempt_at INTEGER NOT NULL DEFAULT 0, "
                        "resource_id TEXT, last_status INTEGER, last_error TEXT, last_request_id TEXT, "
                        "last_attempt_at INTEGER, sent_at INTEGER, updated_at INTEGER NOT NULL, "
                        "PRIMARY KEY (resource, school_year, key_text))")
      << QStringLiteral("CREATE INDEX publish_status_work ON publish_status (tier, next_attempt_at) "
                        "WHERE pending_seq > sent_seq")
      << QStringLiteral("CREATE INDEX publish_status_state ON publish_status (state, resource)");
    s << QStringLiteral("CREATE TABLE engine_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
    s << QStringLiteral("CREATE TABLE job_runs (id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, "
                        "started_at INTEGER NOT NULL, finished_at INTEGER, outcome TEXT, "
                        "sent INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0, message TEXT)")
      << QStringLiteral("CREATE INDEX job_runs_started ON job_runs (started_at)");

    for (const RecordTable &t : tables()) {
        QStringList defs {QStringLiteral("id INTEGER PRIMARY KEY AUTOINCREMENT"),
                          QStringLiteral("school_year INTEGER NOT NULL"), QStringLiteral("lea_id TEXT NOT NULL")};
        for (const ColumnDef &c : t.columns) {
            if (c.since != 4)
                continue; // added by a later step
            const bool integer = c.kind == K::Integer || c.kind == K::Boolean;
            defs << QStringLiteral("%1 %2%3").arg(c.column,
                                                  integer ? QStringLiteral("INTEGER") : QStringLiteral("TEXT"),
                                                  c.required ? QStringLiteral(" NOT NULL") : QString());
        }
        defs << QStringLiteral("UNIQUE (school_year, %1)").arg(t.keyColumns.join(QStringLiteral(", ")));
        s << QStringLiteral("CREATE TABLE %1 (%2)").arg(t.table, defs.join(QStringLiteral(", ")));
        if (!t.published)
            continue;
        if (dialect == SqlDialect::PostgreSQL) {
            s << postgresqlCapture(t);
            continue;
        }
        const SqlDialect d = dialect;

        const QString when = QStringLiteral("WHEN (SELECT enabled FROM capture_control WHERE id = 1) = 1");
        s << QStringLiteral("CREATE TRIGGER %1_capture_insert AFTER INSERT ON %1 %2 BEGIN %3 END")
                 .arg(t.table, when, queueInsert(t, QStringLiteral("NEW"), QStringLiteral("U"), d));
        s << QStringLiteral("CREATE TRIGGER %1_capture_delete AFTER DELETE ON %1 %2 BEGIN %3 END")
                 .arg(t.table, when, queueInsert(t, QStringLiteral("OLD"), QStringLiteral("D"), d));
        // A changed natural key (or year) is a different record: the old one is deleted.
        QStringList changed {QStringLiteral("OLD.school_year IS NOT NEW.school_year")};
        for (const QString &k : t.keyColumns)
            changed << QStringLiteral("OLD.%1 IS NOT NEW.%1").arg(k);
        s << QStringLiteral("CREATE TRIGGER %1_capture_rekey AFTER UPDATE ON %1 %2 AND (%3) BEGIN %4 END")
                 .arg(t.table, when, changed.join(QStringLiteral(" OR ")),
                      queueInsert(t, QStringLiteral("OLD"), QStringLiteral("D"), d));
        s << QStringLiteral("CREATE TRIGGER %1_capture_update AFTER UPDATE ON %1 %2 BEGIN %3 END")
                 .arg(t.table, when, queueInsert(t, QStringLiteral("NEW"), QStringLiteral("U"), d));
    }
    // The tables are written in SQLite's types; PostgreSQL's function and trigger pass unchanged.
    return sql::ddl(dialect, s);
}

QStringList RecordSchema::addedColumns(int step, SqlDialect dialect)
{
    QStringList s;
    for (const RecordTable &t : tables()) {
        for (const ColumnDef &c : t.columns) {
            if (c.since != step)
                continue;
            const bool integer = c.kind == K::Integer || c.kind == K::Boolean;
            // Existing rows get the default; NULL (a file without the column) reads as false too.
            s << QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3%4")
                     .arg(t.table, c.column, integer ? QStringLiteral("INTEGER") : QStringLiteral("TEXT"),
                          c.kind == K::Boolean ? QStringLiteral(" DEFAULT 0") : QString());
        }
    }
    return sql::ddl(dialect, s);
}

} // namespace dexdesk
