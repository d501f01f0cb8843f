// P2 (SPEC §13): change-capture overhead. 100,000 inserts into rec_students (transactions of
// 1,000 rows, one prepared statement) and then 100,000 updates of those rows, with capture on
// and off (capture_control.enabled), each on a fresh database file; median of R runs each.
//
//   dexdesk-bench-capture [--rows 100000] [--batch 1000] [--runs 3] [--variants]
//
// --variants also times other shapes of the capture trigger, created in the benchmark's own
// database files (migration 4 is not touched), to show where the overhead goes.

#include "BenchSupport.h"
#include "Database.h"
#include "RecordSchema.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>
#include <functional>

using namespace dexdesk;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

struct Times {
    double insertMs = 0;
    double updateMs = 0;
    qint64 queued = 0; // change_queue rows afterwards
};

bool execAll(QSqlDatabase db, const QStringList &statements, QString *error)
{
    QSqlQuery q(db);
    for (const QString &s : statements) {
        if (!q.exec(s)) {
            *error = s.left(80) + QStringLiteral(": ") + q.lastError().text();
            return false;
        }
    }
    return true;
}

bool updateStudents(QSqlDatabase db, int count, int batch, QString *error)
{
    QSqlQuery q(db);
    if (!q.prepare(QStringLiteral("UPDATE rec_students SET first_name = ?, birth_city = ? WHERE id = ?"))) {
        *error = q.lastError().text();
        return false;
    }
    for (int done = 0; done < count;) {
        if (!db.transaction()) {
            *error = db.lastError().text();
            return false;
        }
        const int end = qMin(count, done + batch);
        for (; done < end; ++done) {
            q.bindValue(0, QStringLiteral("Renamed%1").arg(done % 97));
            q.bindValue(1, QStringLiteral("Lakeside"));
            q.bindValue(2, done + 1);
            if (!q.exec()) {
                *error = q.lastError().text();
                db.rollback();
                return false;
            }
        }
        if (!db.commit()) {
            *error = db.lastError().text();
            return false;
        }
    }
    return true;
}

// One run on a fresh file: `setup` may replace the capture triggers before the timed part.
bool runOnce(const QString &path, bool capture, int rows, int batch, const QStringList &setup, Times *t, QString *error)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    const std::unique_ptr<Database> db = Database::open(path, error);
    if (!db)
        return false;
    QSqlDatabase c = db->connection();
    if (!execAll(c, setup, error)
        || !execAll(c, {QStringLiteral("UPDATE capture_control SET enabled = %1").arg(capture ? 1 : 0)}, error))
        return false;
    QElapsedTimer clock;
    clock.start();
    if (!bench::insertStudents(c, 1, rows, batch, error))
        return false;
    t->insertMs = double(clock.nsecsElapsed()) / 1e6;
    clock.restart();
    if (!updateStudents(c, rows, batch, error))
        return false;
    t->updateMs = double(clock.nsecsElapsed()) / 1e6;
    QSqlQuery q(c);
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM change_queue")) && q.next())
        t->queued = q.value(0).toLongLong();
    return true;
}

struct Summary {
    double insertMs = 0, updateMs = 0;
    QList<double> inserts, updates;
    qint64 queued = 0;
};

// Replacement capture triggers for rec_students, for the variants.
QStringList studentTriggers(const QString &when, const QString &keySql, const QString &nowSql)
{
    const auto insert = [&](const QString &row, const QString &op) {
        return QStringLiteral("INSERT INTO change_queue (resource, school_year, lea_id, key_text, local_id, op, "
                              "created_at) VALUES ('students', %1.school_year, %1.lea_id, %2, %1.id, '%3', %4);")
            .arg(row, QString(keySql).replace(QStringLiteral("ROW"), row), op, nowSql);
    };
    const QString t = QStringLiteral("rec_students");
    return {QStringLiteral("DROP TRIGGER %1_capture_insert").arg(t),
            QStringLiteral("DROP TRIGGER %1_capture_delete").arg(t),
            QStringLiteral("DROP TRIGGER %1_capture_rekey").arg(t),
            QStringLiteral("DROP TRIGGER %1_capture_update").arg(t),
            QStringLiteral("CREATE TRIGGER %1_capture_insert AFTER INSERT ON %1 %2 BEGIN %3 END")
                .arg(t, when, insert(QStringLiteral("NEW"), QStringLiteral("U"))),
            QStringLiteral("CREATE TRIGGER %1_capture_delete AFTER DELETE ON %1 %2 BEGIN %3 END")
                .arg(t, when, insert(QStringLiteral("OLD"), QStringLiteral("D"))),
            QStringLiteral("CREATE TRIGGER %1_capture_rekey AFTER UPDATE ON %1 %2 %3 (OLD.school_year IS NOT "
                           "NEW.school_year OR OLD.student_unique_id IS NOT NEW.student_unique_id) BEGIN %4 END")
                .arg(t, when, when.isEmpty() ? QStringLiteral("WHEN") : QStringLiteral("AND"),
                     insert(QStringLiteral("OLD"), QStringLiteral("D"))),
            QStringLiteral("CREATE TRIGGER %1_capture_update AFTER UPDATE ON %1 %2 BEGIN %3 END")
                .arg(t, when, insert(QStringLiteral("NEW"), QStringLiteral("U")))};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("P2: change-capture overhead"));
    parser.addHelpOption();
    const QCommandLineOption rowsOpt(QStringLiteral("rows"), QStringLiteral("Rows inserted, then updated."),
                                     QStringLiteral("n"), QStringLiteral("100000"));
    const QCommandLineOption batchOpt(QStringLiteral("batch"), QStringLiteral("Rows per transaction."),
                                      QStringLiteral("n"), QStringLiteral("1000"));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Runs per case (median)."),
                                     QStringLiteral("n"), QStringLiteral("3"));
    const QCommandLineOption variantsOpt(QStringLiteral("variants"),
                                         QStringLiteral("Also time other trigger shapes (not the shipped ones)."));
    parser.addOptions({rowsOpt, batchOpt, runsOpt, variantsOpt});
    parser.process(app);
    const int rows = qBound(1, parser.value(rowsOpt).toInt(), 10000000);
    const int batch = qBound(1, parser.value(batchOpt).toInt(), 1000000);
    const int runs = qBound(1, parser.value(runsOpt).toInt(), 99);

    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "dexdesk-bench-capture: no temporary directory\n");
        return 1;
    }
    const QString path = dir.filePath(QStringLiteral("capture.sqlite"));

    const QString when = QStringLiteral("WHEN (SELECT enabled FROM capture_control WHERE id = 1) = 1");
    const QString jsonKey = QStringLiteral("json_object('studentUniqueId', ROW.student_unique_id)");
    const QString julian = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
    struct Case {
        QString name;
        bool capture;
        QStringList setup;
    };
    QList<Case> cases {{QStringLiteral("capture off"), false, {}}, {QStringLiteral("capture on"), true, {}}};
    if (parser.isSet(variantsOpt)) {
        cases.append({QStringLiteral("on, no WHEN subquery"), true, studentTriggers(QString(), jsonKey, julian)});
        cases.append({QStringLiteral("on, key by concatenation"), true,
                      studentTriggers(when,
                                      QStringLiteral("'{\"studentUniqueId\":' || json_quote(ROW.student_unique_id) "
                                                     "|| '}'"),
                                      julian)});
        cases.append({QStringLiteral("on, created_at = 0"), true, studentTriggers(when, jsonKey, QStringLiteral("0"))});
        cases.append({QStringLiteral("on, created_at from strftime('%s') (1 s)"), true,
                      studentTriggers(when, jsonKey, QStringLiteral("CAST(strftime('%s', 'now') AS INTEGER) * 1000"))});
        // The update path fires two triggers (rekey and update), each with the WHEN subquery;
        // here one trigger writes the delete of an old key and the upsert.
        QStringList folded = studentTriggers(when, jsonKey, julian);
        folded << QStringLiteral("DROP TRIGGER rec_students_capture_rekey")
               << QStringLiteral("DROP TRIGGER rec_students_capture_update")
               << QStringLiteral("CREATE TRIGGER rec_students_capture_update AFTER UPDATE ON rec_students %1 BEGIN "
                                 "INSERT INTO change_queue (resource, school_year, lea_id, key_text, local_id, op, "
                                 "created_at) SELECT 'students', OLD.school_year, OLD.lea_id, "
                                 "json_object('studentUniqueId', OLD.student_unique_id), OLD.id, 'D', %2 WHERE "
                                 "OLD.school_year IS NOT NEW.school_year OR OLD.student_unique_id IS NOT "
                                 "NEW.student_unique_id; INSERT INTO change_queue (resource, school_year, lea_id, "
                                 "key_text, local_id, op, created_at) VALUES ('students', NEW.school_year, "
                                 "NEW.lea_id, json_object('studentUniqueId', NEW.student_unique_id), NEW.id, 'U', "
                                 "%2); END")
                      .arg(when, julian);
        cases.append({QStringLiteral("on, rekey folded into the update trigger"), true, folded});
        cases.append({QStringLiteral("floor: no capture triggers at all"),
                      false,
                      {QStringLiteral("DROP TRIGGER rec_students_capture_insert"),
                       QStringLiteral("DROP TRIGGER rec_students_capture_update"),
                       QStringLiteral("DROP TRIGGER rec_students_capture_rekey"),
                       QStringLiteral("DROP TRIGGER rec_students_capture_delete")}});
    }

    out() << "P2 change-capture overhead: " << rows << " inserts then " << rows << " updates of rec_students, " << batch
          << " rows per transaction, prepared statements, Qt SQL (QSQLITE), WAL, synchronous=NORMAL; "
          << "fresh file per run; median of " << runs << "\n";
    out().flush();

    QList<Summary> results(cases.size());
    // Interleaved (off, on, off, on, …) so drift on a shared machine hits every case alike.
    for (int r = 0; r < runs; ++r) {
        for (int c = 0; c < cases.size(); ++c) {
            Times t;
            QString error;
            if (!runOnce(path, cases.at(c).capture, rows, batch, cases.at(c).setup, &t, &error)) {
                std::fprintf(stderr, "dexdesk-bench-capture: %s: %s\n", qPrintable(cases.at(c).name),
                             qPrintable(error));
                return 1;
            }
            results[c].inserts << t.insertMs;
            results[c].updates << t.updateMs;
            results[c].queued = t.queued;
        }
    }
    const double offInsert = bench::median(results.at(0).inserts);
    const double offUpdate = bench::median(results.at(0).updates);
    out() << QStringLiteral("\n%1 %2 %3 %4 %5 %6 %7\n")
                 .arg(QStringLiteral("case"), -46)
                 .arg(QStringLiteral("insert ms"), 10)
                 .arg(QStringLiteral("update ms"), 10)
                 .arg(QStringLiteral("total ms"), 10)
                 .arg(QStringLiteral("ratio ins/upd/total"), 22)
                 .arg(QStringLiteral("queued"), 8)
                 .arg(QStringLiteral("runs (insert+update ms)"));
    for (int c = 0; c < cases.size(); ++c) {
        const Summary &s = results.at(c);
        const double ins = bench::median(s.inserts), upd = bench::median(s.updates);
        QStringList each;
        for (int r = 0; r < s.inserts.size(); ++r)
            each << QStringLiteral("%1+%2").arg(s.inserts.at(r), 0, 'f', 0).arg(s.updates.at(r), 0, 'f', 0);
        out() << QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                     .arg(cases.at(c).name, -46)
                     .arg(ins, 10, 'f', 0)
                     .arg(upd, 10, 'f', 0)
                     .arg(ins + upd, 10, 'f', 0)
                     .arg(QStringLiteral("%1/%2/%3")
                              .arg(ins / offInsert, 0, 'f', 2)
                              .arg(upd / offUpdate, 0, 'f', 2)
                              .arg((ins + upd) / (offInsert + offUpdate), 0, 'f', 2),
                          22)
                     .arg(s.queued, 8)
                     .arg(each.join(QLatin1Char(' ')));
    }
    out() << "\nTarget: ratio (capture on / off) <= 1.3.\n";
    out().flush();
    return 0;
}
