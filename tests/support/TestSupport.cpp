#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

namespace dexdesk::test {

TestEnvironment::TestEnvironment()
{
    m_dir.setAutoRemove(true);
}

QString TestEnvironment::path(const QString &name) const
{
    return QDir(m_dir.path()).filePath(name);
}

std::unique_ptr<Database> TestEnvironment::openDatabase() const
{
    QString error;
    auto db = Database::openSqlite(databasePath(), &error);
    if (!db)
        qWarning("cannot open test database: %s", qPrintable(error));
    return db;
}

ProfileRepository TestEnvironment::shippedProfiles()
{
    ProfileRepository repo;
    repo.load({});
    return repo;
}

namespace {
EditorResult waitFor(SettingsEditor &editor, bool restoring, int timeoutMs)
{
    EditorResult result;
    auto connection
        = QObject::connect(&editor, restoring ? &SettingsEditor::restoreFinished : &SettingsEditor::saveFinished,
                           &editor, [&](bool ok, const QString &message) {
                               result.finished = true;
                               result.ok = ok;
                               result.message = message;
                           });
    if (restoring)
        editor.restoreDefaults();
    else
        editor.save();
    if (!QTest::qWaitFor([&] { return result.finished; }, timeoutMs))
        result.message = QStringLiteral("timed out waiting for the editor");
    QObject::disconnect(connection);
    return result;
}
} // namespace

EditorResult saveAndWait(SettingsEditor &editor, int timeoutMs)
{
    return waitFor(editor, false, timeoutMs);
}

EditorResult restoreAndWait(SettingsEditor &editor, int timeoutMs)
{
    return waitFor(editor, true, timeoutMs);
}

QByteArray databaseBytes(const QString &databasePath)
{
    QByteArray all;
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-journal")}) {
        QFile f(databasePath + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

} // namespace dexdesk::test
