// Downloaded pages: what Downloader does with one page of a GET listing or of /deletes before it
// is applied — the body must be a JSON list, and each item passes DownloadStore::checkRecord (or
// checkDelete) for its resource. A page that passes is staged and applied to a scratch database
// as Downloader does (DownloadStore::stageRows for LEAs and schools, stage for descriptors, then
// apply), so the conversion into the local tables is fuzzed too. The first byte picks the resource and the phase; the
// rest is the page. No crash; a page either applies or is refused with a reason.

#include "Database.h"
#include "DownloadStore.h"
#include "FuzzSupport.h"
#include "RecordSchema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace dexdesk;

namespace {

Database *g_database = nullptr;
QStringList g_resources;
qint64 g_runId = 0;

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    static QTemporaryDir dir;
    QString error;
    g_database = Database::open(dir.filePath(QStringLiteral("fuzz.sqlite")), &error).release();
    if (!g_database) {
        std::fprintf(stderr, "cannot open the scratch database: %s\n", qPrintable(error));
        std::abort();
    }
    QSqlQuery(g_database->connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    DownloadStore store(g_database->connection());
    if (!store.beginRun(&g_runId, &error))
        std::abort();
    // What profiles download: descriptors and the tables that are not published, and, to reach
    // the "not downloaded" answers, the published ones.
    g_resources << QStringLiteral("gradeLevelDescriptors") << QStringLiteral("sexDescriptors")
                << QStringLiteral("Descriptors");
    for (const RecordTable &t : RecordSchema::tables())
        g_resources << t.resource;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QString resource = g_resources.at((data[0] & 0x3f) % g_resources.size());
    const bool deletes = data[0] & 0x40;
    const bool full = data[0] & 0x80;
    const QByteArray body = fuzz::input(data + 1, size - 1);

    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray())
        return 0;
    const QJsonArray items = doc.array();
    const bool typed = DownloadStore::stagesRows(resource);
    QByteArrayList bodies;
    QList<QVariantList> rows;
    for (const QJsonValue &v : items) {
        if (!v.isObject())
            return 0;
        QVariantList row;
        const QString why = deletes ? DownloadStore::checkDelete(resource, v.toObject(), typed ? &row : nullptr)
                                    : DownloadStore::checkRecord(resource, v.toObject(), typed ? &row : nullptr);
        if (!why.isEmpty())
            return 0;
        if (typed)
            rows.append(row);
        else
            bodies << QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    }

    DownloadStore store(g_database->connection());
    QString error;
    const auto kind = deletes ? DownloadStore::Kind::Delete : DownloadStore::Kind::Upsert;
    FUZZ_CHECK(typed ? store.stageRows(g_runId, resource, 0, kind, rows, &error)
                     : store.stage(g_runId, resource, 0, kind, bodies, &error));
    ApplyCounts counts;
    if (store.apply(g_runId, resource, 0, QStringLiteral("255901"), full && !deletes, -1, &counts, &error)) {
        FUZZ_CHECK(counts.inserted + counts.updated + counts.unchanged <= items.size() || deletes);
        FUZZ_CHECK(counts.records >= 0);
    } else {
        FUZZ_CHECK(!error.isEmpty());
    }
    store.discard(g_runId, resource, 0, &error);
    return 0;
}
