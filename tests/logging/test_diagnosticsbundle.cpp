// The support bundle: a .tar.gz (read back here with libarchive) with the expected parts, and a
// canary secret entered through the editor is nowhere in it.

#include "DiagnosticsBundle.h"
#include "LogCategories.h"
#include "Logging.h"
#include "LoggingTestSupport.h"

#include <archive.h>
#include <archive_entry.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace dexdesk;

namespace {

const QString kSim = QStringLiteral("local-simulator");
const QString kCanary = QStringLiteral("CANARY-bundle-secret-9e41b7");
const QString kCanaryToken = QStringLiteral("CANARYTOKEN0d7c55aa");

// Name → content of every entry; false when the archive cannot be read.
bool readArchive(const QString &path, QMap<QString, QByteArray> *entries)
{
    struct archive *a = archive_read_new();
    archive_read_support_filter_all(a);
    archive_read_support_format_all(a);
    if (archive_read_open_filename(a, QFile::encodeName(path).constData(), 10240) != ARCHIVE_OK) {
        archive_read_free(a);
        return false;
    }
    struct archive_entry *e = nullptr;
    while (archive_read_next_header(a, &e) == ARCHIVE_OK) {
        QByteArray data;
        char buffer[8192];
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buffer, sizeof buffer)) > 0)
            data.append(buffer, qsizetype(n));
        entries->insert(QString::fromUtf8(archive_entry_pathname(e)), data);
    }
    archive_read_free(a);
    return true;
}

} // namespace

class TestDiagnosticsBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Logging::shutdown(); }
    void bundleHasThePartsAndNoSecret();
    void aKnownSecretRefusesTheBundle();
};

void TestDiagnosticsBundle::bundleHasThePartsAndNoSecret()
{
    test::EditorFixture f;
    QVERIFY(f.loaded);
    const QString logDir = f.env.path(QStringLiteral("logs"));
    Logging::install({f.env.databasePath(), logDir, LogLevels::all(), false});
    GeneralSettings g = f.editor->working().general;
    g.profileId = kSim;
    g.logWarnings = true;
    g.logInfo = true;
    g.logDiagnostic = true;
    f.editor->setGeneral(g);
    f.editor->setLeaSecret(kSim, QStringLiteral("255901"), kCanary);
    QVERIFY(test::saveAndWait(*f.editor).ok);
    qCDebug(lcNetHttp).noquote() << "send POST /oauth/token [Authorization: Basic" << kCanaryToken << "]";
    qCWarning(lcPublish).noquote() << LogCategories::leaTag(QStringLiteral("255901")) + QStringLiteral("a warning");

    QJsonObject report;
    report.insert(QStringLiteral("passed"), true);
    report.insert(QStringLiteral("verdict"), QStringLiteral("All checks passed"));
    DiagnosticsBundle::Input input;
    input.database = f.db.get();
    input.profiles = &f.profiles;
    input.settings = f.editor->saved();
    input.logDirectory = logDir;
    input.testReport = report;
    input.knownSecrets = {kCanary, kCanaryToken};
    const QString path = f.env.path(QStringLiteral("bundle.tar.gz"));
    QString error;
    // One record the agency rejected, so the bundle's error counts have something to show.
    QSqlQuery seed(f.db->connection());
    QVERIFY(seed.exec(QStringLiteral("INSERT INTO publish_status (resource, school_year, key_text, lea_id, local_id, "
                                     "op, tier, pending_seq, sent_seq, state, updated_at) VALUES ('students', 2027, "
                                     "'{\"studentUniqueId\":\"S1\"}', '255901', 1, 'U', 12, 3, 0, 'rejected', 0)")));
    QVERIFY2(DiagnosticsBundle::write(path, input, &error), qPrintable(error));

    QMap<QString, QByteArray> entries;
    QVERIFY(readArchive(path, &entries));
    const QString top = DiagnosticsBundle::topFolder() + QLatin1Char('/');
    for (const QString &name :
         {QStringLiteral("README.txt"), QStringLiteral("versions.json"), QStringLiteral("settings.json"),
          QStringLiteral("counts.json"), QStringLiteral("logs/recent.txt"), QStringLiteral("logs/dexdesk.log"),
          QStringLiteral("test-connection.json")})
        QVERIFY2(entries.contains(top + name), qPrintable(name));

    const QJsonObject versions = QJsonDocument::fromJson(entries.value(top + QStringLiteral("versions.json"))).object();
    QCOMPARE(versions.value(QStringLiteral("program")).toString(), QStringLiteral(DEXDESK_VERSION));
    QCOMPARE(versions.value(QStringLiteral("qtRuntime")).toString(), QString::fromLatin1(qVersion()));
    if (test::TestEnvironment::onPostgreSQL()) {
        QCOMPARE(versions.value(QStringLiteral("database")).toString(), QStringLiteral("postgresql"));
        QVERIFY(versions.value(QStringLiteral("postgresql")).toString().startsWith(QLatin1String("15")));
    } else {
        QVERIFY(versions.value(QStringLiteral("sqlite")).toString().startsWith(QLatin1Char('3')));
    }
    QCOMPARE(versions.value(QStringLiteral("databaseSchema")).toInt(), f.db->schemaVersion());
    QVERIFY(!versions.value(QStringLiteral("os")).toString().isEmpty());

    const QJsonObject counts = QJsonDocument::fromJson(entries.value(top + QStringLiteral("counts.json"))).object();
    const QJsonArray resources
        = counts.value(QStringLiteral("exchange")).toObject().value(QStringLiteral("resources")).toArray();
    QCOMPARE(resources.size(), 6);
    QCOMPARE(resources.at(0).toObject().value(QStringLiteral("resource")).toString(), QStringLiteral("students"));
    QCOMPARE(resources.at(0).toObject().value(QStringLiteral("rejected")).toInt(), 1);
    QVERIFY(counts.value(QStringLiteral("auditTrailRows")).toInt() > 0);

    QVERIFY(entries.value(top + QStringLiteral("settings.json")).contains("255901"));
    QVERIFY(entries.value(top + QStringLiteral("logs/recent.txt")).contains("[lea:255901] a warning"));
    QVERIFY(entries.value(top + QStringLiteral("logs/recent.txt")).contains("Authorization: ***"));
    QCOMPARE(QJsonDocument::fromJson(entries.value(top + QStringLiteral("test-connection.json")))
                 .object()
                 .value(QStringLiteral("verdict"))
                 .toString(),
             QStringLiteral("All checks passed"));

    QFile raw(path);
    QVERIFY(raw.open(QIODevice::ReadOnly));
    const QByteArray archiveBytes = raw.readAll();
    for (const QString &secret : {kCanary, kCanaryToken}) {
        QVERIFY(!archiveBytes.contains(secret.toUtf8()));
        for (auto it = entries.cbegin(); it != entries.cend(); ++it)
            QVERIFY2(!it.value().contains(secret.toUtf8()), qPrintable(it.key()));
    }
}

void TestDiagnosticsBundle::aKnownSecretRefusesTheBundle()
{
    test::EditorFixture f;
    QVERIFY(f.loaded);
    const QString logDir = f.env.path(QStringLiteral("logs"));
    Logging::install({f.env.databasePath(), logDir, LogLevels::all(), false});
    // A value the redactor cannot know is a secret slips into a message.
    qCInfo(lcEngine) << "unexpected value"
                     << "plain-looking-secret-42";
    DiagnosticsBundle::Input input;
    input.database = f.db.get();
    input.profiles = &f.profiles;
    input.settings = f.editor->saved();
    input.logDirectory = logDir;
    input.knownSecrets = {QStringLiteral("plain-looking-secret-42")};
    const QString path = f.env.path(QStringLiteral("bundle.tar.gz"));
    QString error;
    QVERIFY(!DiagnosticsBundle::write(path, input, &error));
    QVERIFY(error.contains(QStringLiteral("secret")));
    QVERIFY(!QFile::exists(path));
}

QTEST_GUILESS_MAIN(TestDiagnosticsBundle)
#include "test_diagnosticsbundle.moc"
