#include "SupportActions.h"

#include "ConnectionTest.h"
#include "Database.h"
#include "DatabaseWorker.h"
#include "DiagnosticsBundle.h"
#include "Paths.h"
#include "ProfileRepository.h"
#include "Prompt.h"
#include "Purger.h"
#include "SecretStore.h"
#include "SettingsEditor.h"

#include <QDateTime>
#include <QDir>
#include <QLocale>
#include <QWidget>

namespace dexdesk {

struct SupportActions::WorkResult {
    bool ok = false;
    QString error;
    QList<PurgeCount> counts;
};

namespace {

QString describeCounts(const QList<PurgeCount> &counts)
{
    QStringList lines;
    for (const PurgeCount &c : counts)
        lines << SupportActions::tr("%1: %2 (kept %3 days; older than %4)")
                     .arg(c.label, QLocale().toString(c.count))
                     .arg(c.keptDays)
                     .arg(QLocale().toString(c.cutoff.toLocalTime(), QLocale::ShortFormat));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

SupportActions::SupportActions(SettingsEditor *editor, SecretStore *secrets, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_secrets(secrets)
    , m_window(window)
    , m_databasePath(Paths::databaseFile())
    , m_logDirectory(Paths::logDirectory())
{ }

void SupportActions::inBackground(std::function<void(Database *, WorkResult *)> work,
                                  std::function<void(const WorkResult &)> done)
{
    if (m_worker && m_worker->databasePath() != m_databasePath) {
        delete m_worker; // idle: m_busy keeps a second action from starting while one runs
        m_worker = nullptr;
    }
    if (!m_worker)
        m_worker = new DatabaseWorker(m_databasePath, QStringLiteral("dexdesk-support"), this);
    m_worker->run<WorkResult>(
        [work = std::move(work)](Database &database, QString *) {
            WorkResult r;
            work(&database, &r);
            return r;
        },
        [done = std::move(done)](WorkResult r, const QString &openError) {
            if (!openError.isEmpty())
                r.error = openError; // not opened: r.ok is false
            done(r);
        });
}

void SupportActions::report(bool ok, const QString &message)
{
    m_busy = false;
    if (ok)
        Q_EMIT statusMessage(message);
    else
        Prompt::warning(m_window, tr("Support"), message);
    Q_EMIT finished(ok, message);
}

void SupportActions::saveDiagnostics()
{
    if (m_busy)
        return;
    const QString suggested
        = QDir(QDir::homePath())
              .filePath(QStringLiteral("dexdesk-diagnostics-%1.tar.gz")
                            .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"))));
    const QString path
        = Prompt::getSaveFileName(m_window, tr("Save Support Bundle"), suggested, tr("Support bundles (*.tar.gz)"));
    if (path.isEmpty())
        return;
    m_busy = true;
    Q_EMIT statusMessage(tr("Collecting the support bundle…"));
    // The bundle checks itself against every LEA secret before it is written, so read them first.
    QList<QPair<QString, QString>> accounts;
    // Every installed profile: one never changed still has its default LEAs, and their secrets.
    for (const Profile &p : m_editor->profiles().profiles()) {
        for (const Lea &lea : m_editor->savedCommunication(p.id).leas)
            accounts.append({p.id, lea.id});
    }
    readSecrets(accounts, {},
                [this, path](const QStringList &secrets, bool complete) { writeBundle(path, secrets, complete); });
}

void SupportActions::readSecrets(const QList<QPair<QString, QString>> &accounts, QStringList found,
                                 const std::function<void(const QStringList &, bool)> &done)
{
    if (accounts.isEmpty() || !m_secrets) {
        done(found, m_secrets != nullptr);
        return;
    }
    const auto account = accounts.first();
    m_secrets->read(SecretStore::leaAccount(account.first, account.second),
                    [this, rest = accounts.mid(1), found, done](const SecretResult &r, const QString &secret) mutable {
                        if (r.ok() && !secret.isEmpty())
                            found << secret;
                        if (!r.ok() && r.code != SecretResult::Code::NotFound) {
                            done(found, false); // one keychain failure is enough; do not wait again
                            return;
                        }
                        readSecrets(rest, found, done);
                    });
}

void SupportActions::writeBundle(const QString &path, const QStringList &knownSecrets, bool complete)
{
    const ProfileRepository *profiles = &m_editor->profiles();
    const Settings settings = m_editor->saved();
    const QString logDirectory = m_logDirectory;
    inBackground(
        [=](Database *db, WorkResult *r) {
            DiagnosticsBundle::Input input;
            input.database = db;
            input.profiles = profiles;
            input.settings = settings;
            input.logDirectory = logDirectory;
            input.testReport = TestReport::loadJson(Paths::lastTestReportFile());
            input.knownSecrets = knownSecrets;
            r->ok = DiagnosticsBundle::write(path, input, &r->error);
        },
        [this, path, complete](const WorkResult &r) {
            if (!r.ok) {
                report(false, r.error);
                return;
            }
            QString message = tr("Saved the support bundle %1. It holds no secrets; attach it to the support ticket "
                                 "as it is.")
                                  .arg(QDir::toNativeSeparators(path));
            if (!complete)
                message += QLatin1Char(' ')
                    + tr("(The keychain could not be read, so the bundle was checked only against the secrets "
                         "read before that.)");
            report(true, message);
        });
}

void SupportActions::purgeNow()
{
    if (m_busy)
        return;
    m_busy = true;
    const PurgePolicy policy = m_editor->saved().general.purgePolicy;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString logDirectory = m_logDirectory;
    Q_EMIT statusMessage(tr("Counting what the purge policy would remove…"));
    inBackground(
        [=](Database *db, WorkResult *r) {
            r->ok = Purger(db->connection(), logDirectory).plan(policy, now, &r->counts, &r->error);
        },
        [=, this](const WorkResult &plan) {
            if (!plan.ok) {
                report(false, plan.error);
                return;
            }
            qint64 total = 0;
            for (const PurgeCount &c : plan.counts)
                total += c.count;
            if (total == 0) {
                report(true, tr("Nothing is old enough to purge under the current purge policy."));
                return;
            }
            const Prompt::Choice choice = Prompt::question(
                m_window, tr("Purge Now"),
                tr("These obsolete items will be removed under the current purge policy. Pending or failed work is "
                   "never removed."),
                {Prompt::Choice::Remove, Prompt::Choice::Cancel}, Prompt::Choice::Cancel, Prompt::Choice::Cancel,
                describeCounts(plan.counts));
            if (choice != Prompt::Choice::Remove) {
                m_busy = false;
                Q_EMIT finished(true, tr("Purge cancelled; nothing was removed."));
                return;
            }
            inBackground(
                [=](Database *db, WorkResult *r) {
                    r->ok = Purger(db->connection(), logDirectory).run(policy, now, &r->counts, &r->error);
                },
                [this](const WorkResult &done) {
                    if (!done.ok)
                        report(false, done.error);
                    else
                        report(true,
                               tr("Purged: %1")
                                   .arg(describeCounts(done.counts).replace(QLatin1Char('\n'), QStringLiteral("; "))));
                });
        });
}

} // namespace dexdesk
