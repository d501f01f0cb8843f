// The settings audit trail (SPEC §6): every saved change, one row per field with old and new
// values; a secret only as "changed"; written in the settings' own transaction.

#include "AuditTrail.h"
#include "LoggingTestSupport.h"
#include "SettingsExchange.h"

#include <QTest>

using namespace dexdesk;

namespace {

const QString kSim = QStringLiteral("local-simulator");
const QString kCanary = QStringLiteral("CANARY-audit-secret-51d0c2");

QList<AuditEntry> readAll(test::EditorFixture &f)
{
    QList<AuditEntry> rows;
    QString error;
    if (!AuditTrail::read(f.db->connection(), 1000, 0, &rows, &error))
        qWarning("%s", qPrintable(error));
    return rows;
}

const AuditEntry *find(const QList<AuditEntry> &rows, const QString &field, const QString &profileId = {})
{
    for (const AuditEntry &e : rows) {
        if (e.field == field && e.profileId == profileId)
            return &e;
    }
    return nullptr;
}

#define CHECK_ROW(rows, profile, field, oldV, newV)                                                                    \
    do {                                                                                                               \
        const AuditEntry *e = find(rows, field, profile);                                                              \
        QVERIFY2(e, qPrintable(QStringLiteral("no audit row for ") + field));                                          \
        QCOMPARE(e->oldValue, QString(oldV));                                                                          \
        QCOMPARE(e->newValue, QString(newV));                                                                          \
    } while (false)

// Selects the simulator profile and saves, so the tests start from a known saved state.
bool selectSimulator(test::EditorFixture &f)
{
    GeneralSettings g = f.editor->working().general;
    g.profileId = kSim;
    f.editor->setGeneral(g);
    return test::saveAndWait(*f.editor).ok;
}

} // namespace

class TestAuditTrail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void generalFields();
    void communicationFields();
    void leaAddedRemovedChanged();
    void secretOnlyAsChanged();
    void restoreDefaultsAndImportAreRecorded();
    void nothingChangedNothingRecorded();
    void atomicWithTheSettings_data();
    void atomicWithTheSettings();
    void newestFirstWithLimit();
};

void TestAuditTrail::generalFields()
{
    test::EditorFixture f;
    QVERIFY(f.loaded);
    const QString firstProfile = f.editor->saved().general.profileId;
    GeneralSettings g = f.editor->working().general;
    g.systemEnabled = true;
    g.logInfo = true;
    g.frequency = Frequency::High;
    g.purgePolicy = PurgePolicy::Seldom;
    g.simultaneousConnections = 12;
    g.profileId = kSim;
    f.editor->setGeneral(g);
    QVERIFY(test::saveAndWait(*f.editor).ok);
    const QList<AuditEntry> rows = readAll(f);
    CHECK_ROW(rows, QString(), QStringLiteral("systemEnabled"), QStringLiteral("false"), QStringLiteral("true"));
    CHECK_ROW(rows, QString(), QStringLiteral("logging.info"), QStringLiteral("false"), QStringLiteral("true"));
    CHECK_ROW(rows, QString(), QStringLiteral("jobFrequency"), QStringLiteral("standard"), QStringLiteral("high"));
    CHECK_ROW(rows, QString(), QStringLiteral("purgePolicy"), QStringLiteral("typical"), QStringLiteral("seldom"));
    CHECK_ROW(rows, QString(), QStringLiteral("simultaneousConnections"), QStringLiteral("5"), QStringLiteral("12"));
    CHECK_ROW(rows, QString(), QStringLiteral("profile"), firstProfile, kSim);
    QVERIFY(!find(rows, QStringLiteral("logging.warnings")));
    for (const AuditEntry &e : rows) {
        QCOMPARE(e.action, QStringLiteral("save"));
        QVERIFY(e.atMs > 0);
        QVERIFY(qAbs(e.at().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    }
    QCOMPARE(AuditTrail::describe(*find(rows, QStringLiteral("jobFrequency"))),
             QStringLiteral("jobFrequency: standard → high"));
}

void TestAuditTrail::communicationFields()
{
    test::EditorFixture f;
    QVERIFY(f.loaded);
    QVERIFY(selectSimulator(f));
    CommunicationSettings c = f.editor->communication(kSim);
    c.dataUrl = QStringLiteral("http://127.0.0.1:9000/data/v3");
    c.authUrl = QStringLiteral("http://127.0.0.1:9000/oauth/token");
    c.schoolYears = {2026, 2027};
    c.services = Service::Publish | Service::DataChanges;
    f.editor->setCommunication(kSim, c);
    QVERIFY(test::saveAndWait(*f.editor).ok);
    const QList<AuditEntry> rows = readAll(f);
    CHECK_ROW(rows, kSim, QStringLiteral("dataUrl"), QStringLiteral("http://127.0.0.1:8765/data/v3"),
              QStringLiteral("http://127.0.0.1:9000/data/v3"));
    CHECK_ROW(rows, kSim, QStringLiteral("authUrl"), QStringLiteral("http://127.0.0.1:8765/oauth/token"),
              QStringLiteral("http://127.0.0.1:9000/oauth/token"));
    CHECK_ROW(rows, kSim, QStringLiteral("schoolYears"), QStringLiteral("2027"), QStringLiteral("2026,2027"));
    CHECK_ROW(rows, kSim, QStringLiteral("services"), QStringLiteral("dataChanges,download,publish,uniqueId"),
              QStringLiteral("dataChanges,publish"));
}

void TestAuditTrail::leaAddedRemovedChanged()
{
    test::EditorFixture f;
    QVERIFY(f.loaded);
    QVERIFY(selectSimulator(f));
    CommunicationSettings c = f.editor->communication(kSim);
    c.leas = {test::lea(QStringLiteral("255901"), QStringLiteral("Grand Bend ISD"), false, QStringLiteral("new-key")),
              test::lea(QStringLiteral("255902"), QStringLiteral("Lakeside ISD"), true, QStringLiteral("key-2"))};
    f.editor->setCommunication(kSim, c);
    QVERIFY(test::saveAndWait(*f.editor).ok);
    QList<AuditEntry> rows = readAll(f);
    CHECK_ROW(rows, kSim, QStringLiteral("lea.255901.name"), QStringLiteral("Grand Bend ISD (training)"),
              QStringLiteral("Grand Bend ISD"));
    CHECK_ROW(rows, kSim, QStringLiteral("lea.255901.enabled"), QStringLiteral("true"), QStringLiteral("false"));
    CHECK_ROW(rows, kSim, QStringLiteral("lea.255901.key"), QStringLiteral("training-key"), QStringLiteral("new-key"));
    CHECK_ROW(rows, kSim, QStringLiteral("lea.255902"), QString(),
              QStringLiteral("name=Lakeside ISD, enabled=true, key=key-2"));

    c.leas.removeFirst();
    f.editor->setCommunication(kSim, c);
    QVERIFY(test::saveAndWait(*f.editor).ok);
    rows = readAll(f);
    CHECK_ROW(rows, kSim, QStringLiteral("lea.255901"),
              QStringLiteral("name=Grand Bend ISD, enabled=false, key=new-key"), QStringLiteral("removed"));
}

void TestAuditTrail::secretOnlyAsChanged()
{
    test::EditorFixture f;
    QVERIFY(f.loaded);
    QVERIFY(selectSimulator(f));
    f.editor->setLeaSecret(kSim, QStringLiteral("255901"), kCanary);
    QVERIFY(test::saveAndWait(*f.editor).ok);
    const QList<AuditEntry> rows = readAll(f);
    CHECK_ROW(rows, kSim, QStringLiteral("lea.255901.secret"), QString(), AuditEntry::kSecretChanged);
    QCOMPARE(AuditTrail::describe(*find(rows, QStringLiteral("lea.255901.secret"), kSim)),
             QStringLiteral("local-simulator/lea.255901.secret: changed"));
    QCOMPARE(f.secrets.entries().value(SecretStore::leaAccount(kSim, QStringLiteral("255901"))), kCanary);
    f.store.reset();
    f.editor.reset();
    f.db.reset();
    QVERIFY(!test::databaseBytes(f.env.databasePath()).contains(kCanary.toUtf8()));
}

void TestAuditTrail::restoreDefaultsAndImportAreRecorded()
{
    test::EditorFixture f;
    QVERIFY(f.loaded);
    QVERIFY(selectSimulator(f));
    GeneralSettings g = f.editor->working().general;
    g.systemEnabled = true;
    f.editor->setGeneral(g);
    CommunicationSettings c = f.editor->communication(kSim);
    c.dataUrl = QStringLiteral("http://127.0.0.1:9000/data/v3");
    f.editor->setCommunication(kSim, c);
    f.editor->setLeaSecret(kSim, QStringLiteral("255901"), kCanary);
    QVERIFY(test::saveAndWait(*f.editor).ok);

    QVERIFY(test::restoreAndWait(*f.editor).ok);
    QList<AuditEntry> rows = readAll(f);
    QList<AuditEntry> restore;
    for (const AuditEntry &e : rows) {
        if (e.action == QLatin1String("restore-defaults"))
            restore << e;
    }
    CHECK_ROW(restore, QString(), QStringLiteral("systemEnabled"), QStringLiteral("true"), QStringLiteral("false"));
    CHECK_ROW(restore, kSim, QStringLiteral("dataUrl"), QStringLiteral("http://127.0.0.1:9000/data/v3"),
              QStringLiteral("http://127.0.0.1:8765/data/v3"));
    CHECK_ROW(restore, kSim, QStringLiteral("lea.255901.secret"), QString(), AuditEntry::kSecretChanged);

    // An import goes through setWorking() and Save: recorded as "import".
    Settings imported;
    QString error;
    const QByteArray exported = SettingsExchange::exportJson(f.editor->saved(), f.profiles);
    QVERIFY(SettingsExchange::importJson(
        QByteArray(exported).replace("http://127.0.0.1:8765/data/v3", "http://127.0.0.1:9100/data/v3"),
        f.editor->saved(), f.profiles, &imported, &error));
    f.editor->setWorking(imported);
    QVERIFY(test::saveAndWait(*f.editor).ok);
    rows = readAll(f);
    QCOMPARE(rows.first().action, QStringLiteral("import"));
    CHECK_ROW(rows, kSim, QStringLiteral("dataUrl"), QStringLiteral("http://127.0.0.1:8765/data/v3"),
              QStringLiteral("http://127.0.0.1:9100/data/v3"));
}

void TestAuditTrail::nothingChangedNothingRecorded()
{
    test::EditorFixture f;
    QVERIFY(f.loaded);
    QVERIFY(selectSimulator(f));
    const qint64 before = test::scalar(f.db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_trail"));
    QVERIFY(test::saveAndWait(*f.editor).ok);
    QCOMPARE(test::scalar(f.db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_trail")), before);
}

void TestAuditTrail::atomicWithTheSettings_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("condition");
    QTest::newRow("audit insert fails") << QStringLiteral("audit_trail") << QString();
    QTest::newRow("settings insert fails") << QStringLiteral("settings") << QStringLiteral("NEW.key = 'jobFrequency'");
}

void TestAuditTrail::atomicWithTheSettings()
{
    QFETCH(QString, table);
    QFETCH(QString, condition);
    test::EditorFixture f;
    QVERIFY(f.loaded);
    QVERIFY(selectSimulator(f));
    const qint64 auditBefore = test::scalar(f.db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_trail"));
    QVERIFY(test::failInserts(f.db->connection(), table, condition));

    GeneralSettings g = f.editor->working().general;
    g.frequency = Frequency::High;
    f.editor->setGeneral(g);
    const test::EditorResult result = test::saveAndWait(*f.editor);
    QVERIFY(result.finished);
    QVERIFY(!result.ok);
    QCOMPARE(test::scalar(f.db->connection(), QStringLiteral("SELECT COUNT(*) FROM audit_trail")), auditBefore);
    Settings stored;
    QString error;
    QVERIFY(SettingsStore(f.db->connection()).load(&stored, &error));
    QCOMPARE(stored.general.frequency, Frequency::Standard);
    QCOMPARE(stored.general.profileId, kSim);
}

void TestAuditTrail::newestFirstWithLimit()
{
    test::EditorFixture f;
    QVERIFY(f.loaded);
    QVERIFY(selectSimulator(f));
    for (int n : {7, 8, 9}) {
        GeneralSettings g = f.editor->working().general;
        g.simultaneousConnections = n;
        f.editor->setGeneral(g);
        QVERIFY(test::saveAndWait(*f.editor).ok);
    }
    QList<AuditEntry> rows;
    QString error;
    QVERIFY(AuditTrail::read(f.db->connection(), 2, 0, &rows, &error));
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).newValue, QStringLiteral("9"));
    QCOMPARE(rows.at(1).newValue, QStringLiteral("8"));
    QVERIFY(rows.at(0).id > rows.at(1).id);
    QVERIFY(AuditTrail::read(f.db->connection(), 10, 0, &rows, &error, kSim));
    QVERIFY(rows.isEmpty()); // only general fields changed
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "test_audittrail.moc"
