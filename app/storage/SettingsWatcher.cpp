#include "SettingsWatcher.h"

#include "LogCategories.h"

namespace dexdesk {

namespace {

// The process-wide "a save was committed" signal. Watchers follow it with an automatic
// connection: one on the saving thread checks at once, before save() returns (so the log levels
// and a running engine follow a save before anyone hears it finished), one on another thread
// checks on its own thread.
class SaveNotifier : public QObject
{
    Q_OBJECT
public:
    static SaveNotifier *instance()
    {
        static SaveNotifier notifier;
        return &notifier;
    }
Q_SIGNALS:
    void saved();
};

} // namespace

SettingsWatcher::SettingsWatcher(QSqlDatabase db, QObject *parent)
    : QObject(parent)
    , m_db(std::move(db))
{
    connect(&m_timer, &QTimer::timeout, this, &SettingsWatcher::check);
    connect(SaveNotifier::instance(), &SaveNotifier::saved, this, &SettingsWatcher::check);
}

bool SettingsWatcher::start(QString *error, int pollMs)
{
    // The revision first: a save between the two reads is seen again at the next check.
    if (!SettingsStore::revision(m_db, &m_revision, error) || !SettingsStore(m_db).load(&m_settings, error)) {
        m_revision = {};
        return false;
    }
    m_timer.start(pollMs);
    return true;
}

void SettingsWatcher::check()
{
    if (m_revision.settings < 0)
        return; // not started
    SettingsRevision now;
    QString error;
    if (!SettingsStore::revision(m_db, &now, &error)) {
        if (!m_failing)
            qCWarning(lcSettings).noquote() << "the settings revision cannot be read:" << error;
        m_failing = true;
        Q_EMIT readFailed(error);
        return;
    }
    if (now == m_revision)
        return;
    Settings settings;
    if (!SettingsStore(m_db).load(&settings, &error)) {
        if (!m_failing)
            qCWarning(lcSettings).noquote() << "the changed settings cannot be read:" << error;
        m_failing = true;
        Q_EMIT readFailed(error);
        return;
    }
    m_failing = false;
    const bool secretsChanged = now.secrets != m_revision.secrets;
    m_revision = now;
    m_settings = settings;
    Q_EMIT changed(m_settings, secretsChanged);
}

void SettingsWatcher::notifySaved()
{
    Q_EMIT SaveNotifier::instance()->saved();
}

} // namespace dexdesk

#include "SettingsWatcher.moc"
