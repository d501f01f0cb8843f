#pragma once

#include "RecordStore.h"

#include <QUrlQuery>

// The query string of a collection GET: offset/limit paging (limit 1..500), totalCount,
// the change version window and equality filters on key or top-level properties.
struct PageQuery {
    int offset = 0;
    int limit = 25;
    bool totalCount = false;
    qint64 minChangeVersion = -1;
    qint64 maxChangeVersion = -1;
    QList<QPair<QString, QString>> filters;

    bool parse(const QUrlQuery &query, const ResourceSpec &spec, QString *error);
    bool inChangeRange(qint64 changeVersion) const;
    bool matches(const StoredRecord &record) const;
};
