#pragma once

#include "RecordValidator.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <memory>

// One stored record: its server id, change version and the body the client sent.
struct StoredRecord {
    QString id;
    QString naturalKey;
    QJsonObject keyValues;
    QJsonObject body;
    qint64 changeVersion = 0;
    qint64 createSeq = 0;
    QDateTime lastModified;
    QList<QPair<QString, QString>> references; // (resource, key) this record points at
    QString owner; // the API client (key) that created it; empty for seeded records

    QJsonObject toJson() const; // body + id, _etag, _lastModifiedDate
};

// A deleted record, as /deletes reports it.
struct DeletedRecord {
    QString id;
    qint64 changeVersion = 0;
    QJsonObject keyValues;
};

// The simulator's data: records per school year (0 = the shared, year-less instance) and
// resource, with natural-key upsert, change versions, tombstones and reference counts.
class RecordStore
{
public:
    enum class Upsert { Created, Updated, Unchanged };
    enum class Removal { Removed, NotFound, Referenced };

    void setYears(const QList<int> &years);
    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    void clear();

    Upsert upsert(int year, const ResourceSpec &spec, const ValidationResult &v,
                  const QList<QPair<QString, QString>> &resolvedRefs, const StoredRecord **out,
                  const QString &owner = {});
    const StoredRecord *findByKey(int year, const QString &resource, const QString &naturalKey) const;
    // The resource among targets holding a record with this natural key, or empty.
    QString resolve(int year, const QStringList &targets, const QString &key) const;
    bool descriptorExists(int year, const QString &descriptorName, const QString &uri) const;
    const StoredRecord *get(int year, const QString &resource, const QString &id) const;
    // In creation order; a shallow copy of the store's own list (no work per record).
    QList<const StoredRecord *> list(int year, const QString &resource) const;
    Removal remove(int year, const QString &resource, const QString &id, QString *naturalKey);
    QList<DeletedRecord> deletes(int year, const QString &resource) const;
    qint64 newestChangeVersion(int year) const;
    int count(int year, const QString &resource) const;
    QJsonObject counts() const; // {"2027": {"students": 3, ...}, ...}

private:
    struct Table {
        // Records are held by pointer so `order` can point at them: a page of a listing then
        // walks `order` without a hash lookup per record (a real ODS pages from an index).
        QHash<QString, std::shared_ptr<StoredRecord>> byId;
        QHash<QString, QString> idByKey;
        QList<const StoredRecord *> order; // by createSeq (records are created in that order)
        QList<DeletedRecord> deletes;
    };
    struct Year {
        qint64 changeVersion = 0;
        qint64 createSeq = 0;
        QHash<QString, Table> tables;
        QHash<QString, int> refCounts; // resource + '\x1f' + key
    };
    static QString refKey(const QString &resource, const QString &key);
    const Table *table(int year, const QString &resource) const; // nullptr when there is none

    QMap<int, Year> m_years;
};
