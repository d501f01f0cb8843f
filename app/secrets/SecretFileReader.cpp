#include "SecretFileReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#ifndef Q_OS_WIN
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace dexdesk {

#ifdef Q_OS_WIN

bool SecretFileReader::read(const QString &path, Rule, QByteArray *, QString *error)
{
    *error = tr("%1: secrets files are not supported on Windows, where file permissions cannot be checked the "
                "same way. Keep the LEA secrets in the Windows Credential Manager (the default).")
                 .arg(QDir::toNativeSeparators(path));
    return false;
}

#else

namespace {

struct Fd {
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

QString octal(mode_t mode)
{
    return QStringLiteral("%1").arg(uint(mode & 07777), 4, 8, QLatin1Char('0'));
}

} // namespace

bool SecretFileReader::read(const QString &path, Rule rule, QByteArray *content, QString *error)
{
    const QString shown = QDir::toNativeSeparators(path);
    // What the name is, for the message: a symbolic link is named together with its target.
    const QFileInfo link(path);
    const QString what = link.isSymLink()
        ? tr("%1 (a symbolic link to %2)").arg(shown, QDir::toNativeSeparators(link.symLinkTarget()))
        : shown;

    Fd file;
    file.fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (file.fd < 0) {
        const int err = errno;
        *error = err == ENOENT
            ? tr("%1 does not exist. Create it (readable by its owner only), or give the right path.").arg(what)
            : tr("%1 cannot be opened: %2. Check that the user running DEX Desk may read it.")
                  .arg(what, QString::fromLocal8Bit(std::strerror(err)));
        return false;
    }
    struct stat st {
    };
    if (::fstat(file.fd, &st) != 0) {
        *error = tr("%1 cannot be examined: %2.").arg(what, QString::fromLocal8Bit(std::strerror(errno)));
        return false;
    }
    if (!S_ISREG(st.st_mode)) {
        *error = tr("%1 is not a regular file. Give the path of the file that holds the secrets.").arg(what);
        return false;
    }
    if (rule == Rule::OwnerOnly) {
        if (st.st_uid != ::geteuid()) {
            *error = tr("%1 is owned by user id %2, not by the user running DEX Desk (id %3), so someone else "
                        "controls what it says. Refused: make it owned by the user that runs DEX Desk "
                        "(chown) with mode 0600.")
                         .arg(what)
                         .arg(uint(st.st_uid))
                         .arg(uint(::geteuid()));
            return false;
        }
        if ((st.st_mode & 077) != 0) {
            *error = tr("%1 has mode %2, so users other than its owner may read or change it. Refused: run "
                        "\"chmod 600 %3\" and try again.")
                         .arg(what, octal(st.st_mode), shown);
            return false;
        }
    } else if ((st.st_mode & 007) != 0) {
        *error = tr("%1 has mode %2, so every user may read or change it. Refused: credentials passed by systemd "
                    "are readable by the service's user only; check what $CREDENTIALS_DIRECTORY points at.")
                     .arg(what, octal(st.st_mode));
        return false;
    }
    if (st.st_size > kMaxBytes) {
        *error = tr("%1 is larger than %2 KiB, too large for a secrets file. Give the right file.")
                     .arg(what)
                     .arg(kMaxBytes / 1024);
        return false;
    }
    QByteArray data;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(file.fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *error = tr("%1 cannot be read: %2.").arg(what, QString::fromLocal8Bit(std::strerror(errno)));
            return false;
        }
        if (n == 0)
            break;
        data.append(buffer, n);
        if (data.size() > kMaxBytes) {
            *error = tr("%1 is larger than %2 KiB, too large for a secrets file. Give the right file.")
                         .arg(what)
                         .arg(kMaxBytes / 1024);
            return false;
        }
    }
    *content = data;
    return true;
}

#endif

} // namespace dexdesk
