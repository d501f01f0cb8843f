// A Secret Service that never answers: it owns org.freedesktop.secrets on the session bus and
// swallows every call, as a keyring stuck behind an unanswerable unlock prompt does. Used by
// test_keychain_stuck to prove our own deadline reports the problem in time.

#include <cstdio>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QList>

class SilentObject : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        message.setDelayedReply(true); // and never send it
        m_held.append(message);
        return true;
    }

private:
    QList<QDBusMessage> m_held;
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QDBusConnection bus = QDBusConnection::sessionBus();
    SilentObject object;
    if (!bus.isConnected() || !bus.registerVirtualObject(QStringLiteral("/"), &object, QDBusConnection::SubPath)
        || !bus.registerService(QStringLiteral("org.freedesktop.secrets"))) {
        std::fprintf(stderr, "fake secret service: cannot register on the session bus\n");
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}
