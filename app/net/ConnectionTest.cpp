#include "ConnectionTest.h"

#include "LogCategories.h"

#include "ConnectionTestRunner.h"
#include "HostResolver.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QThread>

namespace dexdesk {

QString TestStep::outcomeName(Outcome o)
{
    switch (o) {
    case Outcome::Pass:
        return QStringLiteral("pass");
    case Outcome::Warn:
        return QStringLiteral("warn");
    case Outcome::Fail:
        return QStringLiteral("fail");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QJsonObject TestStep::toJson() const
{
    QJsonObject o {{QStringLiteral("step"), id},
                   {QStringLiteral("title"), title},
                   {QStringLiteral("outcome"), outcomeName(outcome)},
                   {QStringLiteral("detail"), detail},
                   {QStringLiteral("elapsedMs"), elapsedMs}};
    if (!lea.isEmpty())
        o.insert(QStringLiteral("lea"), lea);
    return o;
}

QJsonObject TestReport::toJson() const
{
    QJsonArray list;
    for (const TestStep &s : steps)
        list.append(s.toJson());
    return {{QStringLiteral("passed"), passed},
            {QStringLiteral("cancelled"), cancelled},
            {QStringLiteral("verdict"), verdict},
            {QStringLiteral("steps"), list}};
}

bool TestReport::save(const QString &path) const
{
    QSaveFile file(path);
    return QDir().mkpath(QFileInfo(path).absolutePath()) && file.open(QIODevice::WriteOnly)
        && file.write(QJsonDocument(toJson()).toJson(QJsonDocument::Indented)) >= 0 && file.commit();
}

std::optional<QJsonObject> TestReport::loadJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    // A report is a few kilobytes; anything far larger is not ours.
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

ConnectionTest::ConnectionTest(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<dexdesk::TestStep>();
    qRegisterMetaType<dexdesk::TestReport>();
}

ConnectionTest::~ConnectionTest()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &ConnectionTestRunner::cancel, Qt::BlockingQueuedConnection);
    if (m_thread) {
        m_thread->quit();
        m_thread->wait();
    }
}

void ConnectionTest::start(const TestConnectionInput &input, HostResolver *resolver)
{
    if (m_running)
        return;
    if (!resolver) {
        if (!m_ownResolver)
            m_ownResolver = std::make_unique<SystemHostResolver>();
        resolver = m_ownResolver.get();
    }
    if (!m_thread) {
        m_thread = new QThread(this);
        m_thread->setObjectName(QStringLiteral("dexdesk-test-connection"));
        m_thread->start();
    }
    m_running = true;
    auto *runner = new ConnectionTestRunner(input, resolver);
    runner->moveToThread(m_thread);
    m_runner = runner;
    connect(runner, &ConnectionTestRunner::stepFinished, this, &ConnectionTest::stepFinished);
    connect(runner, &ConnectionTestRunner::finished, this, [this, runner](const TestReport &report) {
        runner->deleteLater();
        m_running = false;
        // Logged at Info, without secrets: the steps carry no keys, secrets or tokens.
        qCInfo(lcNetTest).noquote() << "test connection:"
                                    << (report.passed          ? "passed"
                                            : report.cancelled ? "cancelled"
                                                               : "failed")
                                    << "-" << report.verdict;
        Q_EMIT finished(report);
    });
    QMetaObject::invokeMethod(runner, &ConnectionTestRunner::run, Qt::QueuedConnection);
}

void ConnectionTest::cancel()
{
    if (m_runner)
        QMetaObject::invokeMethod(m_runner, &ConnectionTestRunner::cancel, Qt::QueuedConnection);
}

} // namespace dexdesk
