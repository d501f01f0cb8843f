// The application icon: compiled in at every hicolor size, used as the window icon (as dexdesk's
// main() sets it), replaced by the desktop theme's "dexdesk" when one is installed, and shown in
// the About box.

#include "GuiTestSupport.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace dexdesk;
using namespace dexdesk::test;

namespace {

const QList<int> kSizes {16, 22, 24, 32, 48, 64, 128, 256, 512};

// A hicolor-like theme in `dir` whose 48 px "dexdesk" is plain red, so a test can tell it apart.
bool writeRedTheme(const QString &dir)
{
    if (!QDir(dir).mkpath(QStringLiteral("hicolor/48x48/apps")))
        return false;
    QFile index(dir + QStringLiteral("/hicolor/index.theme"));
    if (!index.open(QIODevice::WriteOnly))
        return false;
    index.write("[Icon Theme]\nName=Hicolor\nDirectories=48x48/apps\n\n[48x48/apps]\nSize=48\nType=Fixed\n");
    index.close();
    QImage red(48, 48, QImage::Format_ARGB32);
    red.fill(Qt::red);
    return red.save(dir + QStringLiteral("/hicolor/48x48/apps/dexdesk.png"));
}

} // namespace

class TestGuiWindowIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void everySizeIsCompiledIn();
    void windowIconIsTheCompiledIconWithoutATheme();
    void themeIconWinsWhenInstalled();
    void aboutBoxShowsTheIcon();

private:
    QTemporaryDir m_emptyThemes;
    QStringList m_savedSearchPaths;
    QString m_savedThemeName;
};

void TestGuiWindowIcon::init()
{
    // No icon theme of this machine may answer for "dexdesk" (an installed package would).
    m_savedSearchPaths = QIcon::themeSearchPaths();
    m_savedThemeName = QIcon::themeName();
    QIcon::setThemeSearchPaths({m_emptyThemes.path()});
    QIcon::setFallbackSearchPaths({});
    QApplication::setWindowIcon(QIcon());
}

void TestGuiWindowIcon::cleanup()
{
    QIcon::setThemeSearchPaths(m_savedSearchPaths);
    QIcon::setThemeName(m_savedThemeName);
    QApplication::setWindowIcon(QIcon());
}

void TestGuiWindowIcon::everySizeIsCompiledIn()
{
    for (const int size : kSizes) {
        const QImage image(QStringLiteral(":/icons/dexdesk-%1.png").arg(size));
        QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("no compiled icon of %1 px").arg(size)));
        QCOMPARE(image.size(), QSize(size, size));
        QVERIFY(image.hasAlphaChannel()); // the rounded corners are transparent
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }
}

void TestGuiWindowIcon::windowIconIsTheCompiledIconWithoutATheme()
{
    QVERIFY(QApplication::windowIcon().isNull());
    QApplication::setWindowIcon(Prompt::applicationIcon()); // what dexdesk's main() does
    const QIcon icon = QApplication::windowIcon();
    QVERIFY(!icon.isNull());
    for (const int size : kSizes)
        QVERIFY2(icon.availableSizes().contains(QSize(size, size)), qPrintable(QString::number(size)));
    const QImage small = icon.pixmap(QSize(16, 16), 1.0).toImage();
    QCOMPARE(small.size(), QSize(16, 16));
    QCOMPARE(small, QImage(QStringLiteral(":/icons/dexdesk-16.png")).convertToFormat(small.format()));

    // Every window without an icon of its own shows the application's.
    const TestEnvironment env;
    ProfileRepository profiles = TestEnvironment::shippedProfiles();
    MemorySecretStore secrets;
    GuiSession session(env, &profiles, &secrets);
    QVERIFY(session.isValid());
    QVERIFY(!session.window().windowIcon().isNull());
    QCOMPARE(session.window().windowIcon().cacheKey(), icon.cacheKey());
}

void TestGuiWindowIcon::themeIconWinsWhenInstalled()
{
    QTemporaryDir themes;
    QVERIFY(writeRedTheme(themes.path()));
    QIcon::setThemeSearchPaths({themes.path()});
    QIcon::setThemeName(QStringLiteral("hicolor"));
    const QImage image = Prompt::applicationIcon().pixmap(QSize(48, 48), 1.0).toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(QColor(image.pixel(24, 24)), QColor(Qt::red));
}

void TestGuiWindowIcon::aboutBoxShowsTheIcon()
{
    QApplication::setWindowIcon(Prompt::applicationIcon());
    const TestEnvironment env;
    ProfileRepository profiles = TestEnvironment::shippedProfiles();
    MemorySecretStore secrets;
    GuiSession session(env, &profiles, &secrets);
    QVERIFY(session.isValid());
    auto *about = session.find<QAction>(QStringLiteral("aboutAction"));
    QVERIFY(about);

    // No Prompt handler: the real box opens, modal; look at it from inside its event loop.
    QString title;
    QString text;
    QPixmap shown;
    bool seen = false;
    QTimer poll;
    poll.setInterval(20);
    connect(&poll, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || box->objectName() != QLatin1String("promptAboutBox"))
            return;
        seen = true;
        title = box->windowTitle();
        text = box->text();
        shown = box->iconPixmap();
        box->accept();
    });
    poll.start();
    about->trigger();
    poll.stop();

    QVERIFY(seen);
    QCOMPARE(title, QStringLiteral("About DEX Desk"));
    QVERIFY(text.contains(QStringLiteral(DEXDESK_VERSION)));
    QVERIFY(!shown.isNull());
    QCOMPARE(shown.size(), QSize(64, 64)); // the offscreen platform has a device pixel ratio of 1
    // The application's icon, not the "information" symbol of the other boxes.
    const QImage image = shown.toImage();
    QCOMPARE(image, QImage(QStringLiteral(":/icons/dexdesk-64.png")).convertToFormat(image.format()));
}

QTEST_MAIN(TestGuiWindowIcon)
#include "test_gui_window_icon.moc"
