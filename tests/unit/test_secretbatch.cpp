// SecretBatch: several keychain changes as one unit. A failed change or a later rollback puts
// every entry back as it was, including entries that existed before with another value.

#include "MemorySecretStore.h"
#include "SecretBatch.h"
#include "UnitTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace dexdesk;
using Entries = QHash<QString, QString>;

namespace {

SecretResult applyAndWait(SecretBatch &batch)
{
    QSignalSpy spy(&batch, &SecretBatch::applied);
    batch.apply();
    if (spy.isEmpty() && !spy.wait(5000))
        return {SecretResult::Code::Timeout, QStringLiteral("test timed out")};
    return spy.first().first().value<SecretResult>();
}

SecretResult rollbackAndWait(SecretBatch &batch)
{
    QSignalSpy spy(&batch, &SecretBatch::rolledBack);
    batch.rollback();
    if (spy.isEmpty() && !spy.wait(5000))
        return {SecretResult::Code::Timeout, QStringLiteral("test timed out")};
    return spy.first().first().value<SecretResult>();
}

bool seed(MemorySecretStore &store, const Entries &entries)
{
    int pending = 0;
    for (auto it = entries.cbegin(); it != entries.cend(); ++it) {
        ++pending;
        store.write(it.key(), it.value(), [&](const SecretResult &) { --pending; });
    }
    return QTest::qWaitFor([&] { return pending == 0; }, 5000);
}

const QString kA = QStringLiteral("p/lea/1");
const QString kB = QStringLiteral("p/lea/2");
const QString kC = QStringLiteral("p/lea/3");

} // namespace

class TestSecretBatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void applyWritesAndRemoves();
    void emptyBatchSucceeds();
    void rollbackRestoresPreviousValues();
    void failedWriteRestoresEarlierChanges();
    void failedRemoveRestoresEarlierChanges();
    void unreadableKeychainChangesNothing();
    void keychainThatStaysBroken();
};

void TestSecretBatch::initTestCase()
{
    qRegisterMetaType<SecretResult>();
}

void TestSecretBatch::applyWritesAndRemoves()
{
    MemorySecretStore store;
    QVERIFY(seed(store, {{kA, QStringLiteral("old-a")}, {kC, QStringLiteral("old-c")}}));
    SecretBatch batch(&store, {{kA, QStringLiteral("new-a")}, {kB, QStringLiteral("new-b")}, {kC, std::nullopt}});
    const SecretResult r = applyAndWait(batch);
    QVERIFY2(r.ok(), qPrintable(r.userMessage()));
    QCOMPARE(store.entries(), (Entries {{kA, QStringLiteral("new-a")}, {kB, QStringLiteral("new-b")}}));
}

void TestSecretBatch::emptyBatchSucceeds()
{
    MemorySecretStore store;
    SecretBatch batch(&store, {});
    QVERIFY(applyAndWait(batch).ok());
    QVERIFY(rollbackAndWait(batch).ok());
    QVERIFY(store.entries().isEmpty());
}

void TestSecretBatch::rollbackRestoresPreviousValues()
{
    MemorySecretStore store;
    const Entries before {{kA, QStringLiteral("old-a")}, {kC, QStringLiteral("old-c")}};
    QVERIFY(seed(store, before));
    // Changes an existing entry, adds one and removes one.
    SecretBatch batch(&store, {{kA, QStringLiteral("new-a")}, {kB, QStringLiteral("new-b")}, {kC, std::nullopt}});
    QVERIFY(applyAndWait(batch).ok());
    QVERIFY(store.entries() != before);
    const SecretResult r = rollbackAndWait(batch);
    QVERIFY2(r.ok(), qPrintable(r.userMessage()));
    QCOMPARE(store.entries(), before);
}

void TestSecretBatch::failedWriteRestoresEarlierChanges()
{
    test::FlakySecretStore store;
    const Entries before {{kA, QStringLiteral("old-a")}};
    QVERIFY(seed(store, before));
    store.failCallNumber(2, SecretResult::Code::AccessDenied); // the write of kB fails once
    SecretBatch batch(&store,
                      {{kA, QStringLiteral("new-a")}, {kB, QStringLiteral("new-b")}, {kC, QStringLiteral("c")}});
    const SecretResult r = applyAndWait(batch);
    QVERIFY(!r.ok());
    QCOMPARE(r.code, SecretResult::Code::AccessDenied); // the cause, not a rollback detail
    QVERIFY(batch.restoreError().ok());
    QCOMPARE(store.entries(), before); // kA back to its old value, kC never written
    QCOMPARE(store.calls(), 3); // write A, write B (fails), restore A
}

void TestSecretBatch::failedRemoveRestoresEarlierChanges()
{
    test::FlakySecretStore store;
    const Entries before {{kA, QStringLiteral("old-a")}, {kB, QStringLiteral("old-b")}};
    QVERIFY(seed(store, before));
    store.failCallNumber(3);
    SecretBatch batch(&store, {{kA, std::nullopt}, {kC, QStringLiteral("new-c")}, {kB, std::nullopt}});
    QVERIFY(!applyAndWait(batch).ok());
    QCOMPARE(store.entries(), before);
}

void TestSecretBatch::unreadableKeychainChangesNothing()
{
    MemorySecretStore store;
    const Entries before {{kA, QStringLiteral("old-a")}};
    QVERIFY(seed(store, before));
    store.failAfter(0, SecretResult::Code::NoBackend);
    SecretBatch batch(&store, {{kA, QStringLiteral("new-a")}, {kB, QStringLiteral("new-b")}});
    const SecretResult r = applyAndWait(batch);
    QCOMPARE(r.code, SecretResult::Code::NoBackend);
    QVERIFY(!r.userMessage().isEmpty());
    QCOMPARE(store.entries(), before);
}

void TestSecretBatch::keychainThatStaysBroken()
{
    // The first write succeeds, then the keychain fails for good: the restore of that first write
    // fails too. The batch must still report failure (never success) and not hang.
    MemorySecretStore store;
    store.failAfter(1, SecretResult::Code::Failed);
    SecretBatch batch(&store, {{kA, QStringLiteral("new-a")}, {kB, QStringLiteral("new-b")}});
    const SecretResult r = applyAndWait(batch);
    QVERIFY(!r.ok());
    QCOMPARE(r.code, SecretResult::Code::Failed);
    QVERIFY(!store.entries().contains(kB));
    // The first write could not be undone, and the batch says so.
    QCOMPARE(store.entries(), (Entries {{kA, QStringLiteral("new-a")}}));
    QCOMPARE(batch.restoreError().code, SecretResult::Code::Failed);
}

QTEST_GUILESS_MAIN(TestSecretBatch)
#include "test_secretbatch.moc"
