#include "DemoSession.h"

#include "Database.h"
#include "MainWindow.h"
#include "ProfileRepository.h"
#include "SampleDataGenerator.h"
#include "SettingsEditor.h"
#include "SettingsStore.h"
#include "SimServer.h"

#include <QDir>
#include <QEventLoop>
#include <QTimer>

namespace dexdesk {

namespace {
constexpr int kSaveTimeoutMs = 10000;
} // namespace

DemoSession::DemoSession(QObject *parent)
    : DemoSession(Options {}, parent)
{ }

DemoSession::DemoSession(Options options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_dir(QDir::temp().filePath(QStringLiteral("dexdesk-demo-XXXXXX")))
{
    m_simThread.setObjectName(QStringLiteral("dexdesk-demo-sim"));
}

DemoSession::~DemoSession()
{
    if (m_simThread.isRunning()) {
        // The server's sockets belong to its thread: delete it there.
        QMetaObject::invokeMethod(
            m_simContext, [this] { delete std::exchange(m_sim, nullptr); }, Qt::BlockingQueuedConnection);
        m_simThread.quit();
        m_simThread.wait();
    }
    delete m_simContext;
}

QString DemoSession::databasePath() const
{
    return m_dir.filePath(QStringLiteral("demo.sqlite"));
}

QString DemoSession::logDirectory() const
{
    return m_dir.filePath(QStringLiteral("logs"));
}

QString DemoSession::bannerText()
{
    return tr("Demo: the agency is a simulator inside this program and the records are generated samples in a "
              "throwaway database, removed when you quit. Press Test Connection, turn the system On and Save, then "
              "watch the records flow in the Exchange Monitor.");
}

void DemoSession::decorate(MainWindow &window) const
{
    window.setWindowTitle(tr("Demo with throwaway data[*]"));
    window.setBanner(bannerText());
}

bool DemoSession::start(const ProfileRepository *profiles, QString *error)
{
    if (!m_dir.isValid()) {
        *error = tr("No temporary folder could be created for the demo (%1).").arg(m_dir.errorString());
        return false;
    }
    if (!profiles->find(kProfile)) {
        *error = tr("The training profile \"%1\" is not installed, so the demo cannot run.").arg(kProfile);
        return false;
    }
    return startSimulator(error) && prepareDatabase(profiles, error);
}

QStringList DemoSession::errorShapes()
{
    return SimFaults::errorShapes();
}

bool DemoSession::startSimulator(QString *error)
{
    SimConfig config;
    config.port = 0; // any free port
    config.faults.latencyMs = m_options.latencyMs;
    config.faults.errorShape = m_options.errorShape;
    m_simContext = new QObject;
    m_simContext->moveToThread(&m_simThread);
    m_simThread.start();
    bool ok = false;
    QString why;
    // Built and started on its own thread, so serving never waits for the window and back.
    QMetaObject::invokeMethod(
        m_simContext,
        [&] {
            m_sim = new SimServer(config);
            ok = m_sim->start(&why);
            if (ok)
                m_simUrl = m_sim->baseUrl();
        },
        Qt::BlockingQueuedConnection);
    if (!ok) {
        *error = tr("The demo's agency simulator could not start: %1").arg(why);
        return false;
    }
    return true;
}

bool DemoSession::prepareDatabase(const ProfileRepository *profiles, QString *error)
{
    std::unique_ptr<Database> db = Database::open(databasePath(), error);
    if (!db)
        return false;
    SettingsStore store(db->connection());
    SettingsEditor editor(profiles, &store, &m_secrets);
    if (!editor.load(error))
        return false;

    GeneralSettings general = editor.working().general;
    general.profileId = kProfile;
    general.systemEnabled = false;
    general.frequency = Frequency::High; // the demo shows records moving, not waiting
    editor.setGeneral(general);
    CommunicationSettings comm = editor.communication(kProfile);
    const QString root = m_simUrl.toString(QUrl::StripTrailingSlash);
    comm.dataUrl = root + QStringLiteral("/data/v3");
    comm.authUrl = root + QStringLiteral("/oauth/token");
    comm.schoolYears = {kSchoolYear};
    editor.setCommunication(kProfile, comm);
    editor.setLeaSecret(kProfile, kLea, kSecret);

    bool finished = false;
    bool saved = false;
    QString message;
    QEventLoop loop;
    connect(&editor, &SettingsEditor::saveFinished, &loop, [&](bool ok, const QString &text) {
        finished = true;
        saved = ok;
        message = text;
        loop.quit();
    });
    QTimer::singleShot(kSaveTimeoutMs, &loop, &QEventLoop::quit);
    editor.save();
    if (!finished)
        loop.exec();
    if (!saved) {
        *error = tr("The demo settings could not be saved: %1").arg(finished ? message : tr("no answer in time"));
        return false;
    }

    // The samples are written with capture on, so they wait in the queue for System On.
    QSqlDatabase conn = db->connection();
    if (!SettingsStore::setCapture(conn, true, error))
        return false;
    SampleDataOptions options;
    options.students = m_options.students;
    options.schoolYear = kSchoolYear;
    options.leaId = kLea;
    GeneratedCounts counts;
    const bool written = SampleDataGenerator(options).write(conn, &counts, error);
    const bool broken
        = written && SampleDataGenerator::addBrokenEnrolments(conn, kMissingSchool, m_options.brokenEnrolments, error);
    QString captureError;
    if (!SettingsStore::setCapture(conn, editor.captureWanted(editor.saved()), &captureError) && error->isEmpty())
        *error = captureError;
    if (!written || !broken || !error->isEmpty())
        return false;
    for (const auto &[resource, c] : std::as_const(counts))
        m_generated.insert(resource, int(c.inserted + c.updated));
    return true;
}

} // namespace dexdesk
