#include "FileSecretStore.h"

#include "SecretFileReader.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>

namespace dexdesk {

namespace {

bool validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.%-]+$"));
    return pattern.match(name).hasMatch();
}

QString credentialsHowTo(const QString &name)
{
    return FileSecretStore::tr("Pass it to the service, e.g. \"LoadCredential=%1:/etc/dexdesk/%1\" in a drop-in made "
                               "with \"systemctl edit dexdesk\", then restart the service.")
        .arg(name);
}

} // namespace

FileSecretStore::FileSecretStore(SecretSource source, QObject *parent)
    : SecretStore(parent)
    , m_source(std::move(source))
{ }

bool FileSecretStore::check(QString *error) const
{
    if (m_source.kind() == SecretSource::Kind::SystemdCredentials) {
        if (m_source.path().isEmpty()) {
            *error = tr("The secrets are to come from systemd credentials, but $CREDENTIALS_DIRECTORY is not set: this "
                        "program was not started by systemd with any credential. %1")
                         .arg(credentialsHowTo(
                             SecretSource::credentialName(QStringLiteral("PROFILE"), QStringLiteral("LEA"))));
            return false;
        }
        if (!QFileInfo(m_source.path()).isDir()) {
            *error = tr("$CREDENTIALS_DIRECTORY names %1, which is not a directory. Start the program through "
                        "systemd, which sets it.")
                         .arg(QDir::toNativeSeparators(m_source.path()));
            return false;
        }
        return true;
    }
    QByteArray text;
    QHash<QString, QString> entries;
    QString problem;
    if (!SecretFileReader::read(m_source.path(), SecretFileReader::Rule::OwnerOnly, &text, &problem)
        || !parseSecretsFile(text, &entries, &problem)) {
        *error = tr("The secrets file cannot be used: %1").arg(problem);
        return false;
    }
    return true;
}

bool FileSecretStore::parseSecretsFile(const QByteArray &text, QHash<QString, QString> *entries, QString *error)
{
    QHash<QString, QString> parsed;
    QHash<QString, int> lineOf;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        const qsizetype equals = line.indexOf('=');
        if (equals < 0) {
            *error = tr("line %1 is not of the form NAME=SECRET. Write one LEA per line, for example "
                        "%2=the-secret.")
                         .arg(number)
                         .arg(SecretSource::credentialName(QStringLiteral("PROFILE"), QStringLiteral("LEA")));
            return false;
        }
        const QString name = QString::fromUtf8(line.left(equals).trimmed());
        const QString secret = QString::fromUtf8(line.mid(equals + 1).trimmed());
        if (!validName(name) || !name.startsWith(QLatin1String("dexdesk."))) {
            *error
                = tr("line %1 does not start with an LEA's credential name (dexdesk.PROFILE.LEA, e.g. %2).")
                      .arg(number)
                      .arg(SecretSource::credentialName(QStringLiteral("local-simulator"), QStringLiteral("255901")));
            return false;
        }
        if (secret.isEmpty()) {
            *error = tr("line %1 gives no secret for %2. Write the secret after the \"=\".").arg(number).arg(name);
            return false;
        }
        if (lineOf.contains(name)) {
            *error = tr("line %1 gives %2 again (first on line %3). Keep one line per LEA.")
                         .arg(number)
                         .arg(name)
                         .arg(lineOf.value(name));
            return false;
        }
        lineOf.insert(name, number);
        parsed.insert(name, secret);
    }
    *entries = parsed;
    return true;
}

SecretResult FileSecretStore::readNow(const QString &account, QString *secret) const
{
    const QString name = SecretSource::credentialNameForAccount(account);
    if (name.isEmpty())
        return {SecretResult::Code::NotFound, {}, {}};
    QString problem;
    if (!check(&problem))
        return {SecretResult::Code::Failed, QStringLiteral("secrets source unusable"), problem};

    if (m_source.kind() == SecretSource::Kind::SystemdCredentials) {
        const QString path = QDir(m_source.path()).filePath(name);
        if (!QFileInfo::exists(path))
            return {SecretResult::Code::Failed, QStringLiteral("no such credential"),
                    tr("No systemd credential %1 was passed to this program (looked in %2). %3")
                        .arg(name, QDir::toNativeSeparators(m_source.path()), credentialsHowTo(name))};
        QByteArray text;
        if (!SecretFileReader::read(path, SecretFileReader::Rule::NotWorldAccessible, &text, &problem))
            return {SecretResult::Code::Failed, QStringLiteral("credential unreadable"),
                    tr("The systemd credential cannot be used: %1").arg(problem)};
        // The file holds the secret alone; a final line break (echo, an editor) is not part of it.
        *secret = QString::fromUtf8(text.trimmed());
        if (secret->isEmpty())
            return {SecretResult::Code::Failed, QStringLiteral("empty credential"),
                    tr("The systemd credential %1 is empty. Put the LEA's secret in the file it is loaded from.")
                        .arg(name)};
        return {};
    }

    QByteArray text;
    QHash<QString, QString> entries;
    SecretFileReader::read(m_source.path(), SecretFileReader::Rule::OwnerOnly, &text, &problem);
    parseSecretsFile(text, &entries, &problem); // both passed check() just now
    if (!entries.contains(name))
        return {SecretResult::Code::Failed, QStringLiteral("no such entry"),
                tr("The secrets file %1 has no line for %2. Add \"%2=THE-SECRET\" to it.")
                    .arg(QDir::toNativeSeparators(m_source.path()), name)};
    *secret = entries.value(name);
    return {};
}

SecretResult FileSecretStore::refuseChange() const
{
    return {SecretResult::Code::Failed, QStringLiteral("read-only secrets source"),
            tr("The LEA secrets come from %1, which DEX Desk only reads and never writes. Change the secret "
               "there (or run without --secrets to use the system keychain).")
                .arg(m_source.describe())};
}

// Answers are delivered from the event loop, as the keychain's are.
void FileSecretStore::read(const QString &account, ReadDone done)
{
    QString secret;
    const SecretResult result = readNow(account, &secret);
    QTimer::singleShot(0, this, [=] { done(result, result.ok() ? secret : QString()); });
}

void FileSecretStore::write(const QString &, const QString &, Done done)
{
    const SecretResult result = refuseChange();
    QTimer::singleShot(0, this, [=] { done(result); });
}

void FileSecretStore::remove(const QString &, Done done)
{
    const SecretResult result = refuseChange();
    QTimer::singleShot(0, this, [=] { done(result); });
}

} // namespace dexdesk
