// LeaListModel: the LEA dialog's table. Adding, editing and removing LEAs with the same rules as
// Save, the one-line summary on the form, and secrets that never show in any cell.

#include "LeaListModel.h"
#include "UnitTestSupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace dexdesk;
using dexdesk::test::makeLea;

namespace {

const QString kSecret = QStringLiteral("S3cr3t-Value-9f2c");

QList<Lea> twoLeas()
{
    return {makeLea(QStringLiteral("100"), QStringLiteral("North ISD"), true, QStringLiteral("key-100")),
            makeLea(QStringLiteral("200"), QStringLiteral("South ISD"), false, QString())};
}

} // namespace

class TestLeaListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsLeas();
    void addLea();
    void addRefusesInvalid_data();
    void addRefusesInvalid();
    void updateLea();
    void updateCannotChangeId();
    void updateRefusesInvalid();
    void removeLea();
    void summaryText_data();
    void summaryText();
    void secretNeverInAnyRole();
    void secretColumnSaysWhetherANewSecretWaits();
    void secretColumnSaysWhatTheKeychainHolds();
};

void TestLeaListModel::showsLeas()
{
    LeaListModel model;
    model.setLeas(twoLeas(), {});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(LeaListModel::ColumnCount));
    QCOMPARE(model.data(model.index(0, LeaListModel::IdColumn)).toString(), QStringLiteral("100"));
    QCOMPARE(model.data(model.index(0, LeaListModel::NameColumn)).toString(), QStringLiteral("North ISD"));
    QCOMPARE(model.data(model.index(0, LeaListModel::EnabledColumn)).toString(), QStringLiteral("Yes"));
    QCOMPARE(model.data(model.index(1, LeaListModel::EnabledColumn)).toString(), QStringLiteral("No"));
    QCOMPARE(model.data(model.index(0, LeaListModel::KeyColumn)).toString(), QStringLiteral("key-100"));
    QCOMPARE(model.headerData(LeaListModel::IdColumn, Qt::Horizontal).toString(), QStringLiteral("LEA ID"));
    QCOMPARE(model.headerData(LeaListModel::SecretColumn, Qt::Horizontal).toString(),
             QStringLiteral("Authentication Secret"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0); // a flat table
    QVERIFY(!model.data(model.index(5, 0)).isValid());
}

void TestLeaListModel::addLea()
{
    LeaListModel model;
    model.setLeas(twoLeas(), {});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const Lea lea = makeLea(QStringLiteral("300"), QStringLiteral("East ISD"), true, QStringLiteral("key-300"));
    QCOMPARE(model.addLea(lea, kSecret), QString());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 2);
    QCOMPARE(model.leas().last(), lea);
    QCOMPARE(model.newSecrets(), (QHash<QString, QString> {{QStringLiteral("300"), kSecret}}));
    // A disabled LEA may wait for its key.
    QCOMPARE(model.addLea(makeLea(QStringLiteral("400"), {}, false, {}), QString()), QString());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.newSecrets().size(), 1);
}

void TestLeaListModel::addRefusesInvalid_data()
{
    QTest::addColumn<Lea>("lea");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("duplicate") << makeLea(QStringLiteral("100"), QStringLiteral("Again"), true, QStringLiteral("k"))
                               << QStringLiteral("already in the list");
    QTest::newRow("empty id") << makeLea(QString(), QStringLiteral("X"), true, QStringLiteral("k"))
                              << QStringLiteral("identifier");
    QTest::newRow("letters in id") << makeLea(QStringLiteral("ISD-7"), {}, true, QStringLiteral("k"))
                                   << QStringLiteral("number");
    QTest::newRow("enabled without key") << makeLea(QStringLiteral("300"), {}, true, QStringLiteral(" "))
                                         << QStringLiteral("authentication key");
    QTest::newRow("name too long") << makeLea(QStringLiteral("300"), QString(76, QLatin1Char('x')), true,
                                              QStringLiteral("k"))
                                   << QStringLiteral("75");
}

void TestLeaListModel::addRefusesInvalid()
{
    QFETCH(Lea, lea);
    QFETCH(QString, messagePart);
    LeaListModel model;
    model.setLeas(twoLeas(), {});
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const QString problem = model.addLea(lea, kSecret);
    QVERIFY2(problem.contains(messagePart), qPrintable(problem));
    QCOMPARE(model.leas(), twoLeas()); // nothing changed
    QVERIFY(inserted.isEmpty());
    QVERIFY(model.newSecrets().isEmpty());
}

void TestLeaListModel::updateLea()
{
    LeaListModel model;
    model.setLeas(twoLeas(), {});
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Lea lea = model.leas().at(1);
    lea.name = QStringLiteral("South Independent School District");
    lea.enabled = true;
    lea.authKey = QStringLiteral("key-200");
    QCOMPARE(model.updateLea(1, lea, kSecret), QString());
    QCOMPARE(model.leas().at(1), lea);
    QCOMPARE(model.data(model.index(1, LeaListModel::NameColumn)).toString(), lea.name);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.newSecrets().value(QStringLiteral("200")), kSecret);
    // An empty secret keeps the one typed before.
    lea.name = QStringLiteral("South ISD");
    QCOMPARE(model.updateLea(1, lea, QString()), QString());
    QCOMPARE(model.newSecrets().value(QStringLiteral("200")), kSecret);
    // Its own id is not a duplicate of itself.
    QCOMPARE(model.updateLea(0, model.leas().at(0), QString()), QString());
}

void TestLeaListModel::updateCannotChangeId()
{
    LeaListModel model;
    model.setLeas(twoLeas(), {});
    Lea lea = model.leas().at(0);
    lea.id = QStringLiteral("101");
    const QString problem = model.updateLea(0, lea, QString());
    QVERIFY2(problem.contains(QStringLiteral("cannot be changed")), qPrintable(problem));
    QCOMPARE(model.leas(), twoLeas());
    lea.id = QStringLiteral("200"); // not even to another LEA's id
    QVERIFY(!model.updateLea(0, lea, QString()).isEmpty());
    QCOMPARE(model.leas(), twoLeas());
}

void TestLeaListModel::updateRefusesInvalid()
{
    LeaListModel model;
    model.setLeas(twoLeas(), {});
    Lea lea = model.leas().at(0);
    lea.authKey.clear(); // enabled without key
    QVERIFY(!model.updateLea(0, lea, kSecret).isEmpty());
    QCOMPARE(model.leas(), twoLeas());
    QVERIFY(model.newSecrets().isEmpty());
    QVERIFY(!model.updateLea(7, twoLeas().at(0), QString()).isEmpty()); // no such row
    QVERIFY(!model.updateLea(-1, twoLeas().at(0), QString()).isEmpty());
}

void TestLeaListModel::removeLea()
{
    LeaListModel model;
    model.setLeas(twoLeas(), {});
    QCOMPARE(model.addLea(makeLea(QStringLiteral("300"), {}, true, QStringLiteral("k")), kSecret), QString());
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.removeLea(2);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(removed.size(), 1);
    QVERIFY(model.newSecrets().isEmpty()); // the secret typed for it goes with it
    model.removeLea(0);
    QCOMPARE(model.leas().size(), 1);
    QCOMPARE(model.leas().first().id, QStringLiteral("200"));
    model.removeLea(5); // out of range: nothing happens
    QCOMPARE(model.rowCount(), 1);
    // Re-adding a removed id is allowed.
    QCOMPARE(model.addLea(twoLeas().at(0), QString()), QString());
}

void TestLeaListModel::summaryText_data()
{
    QTest::addColumn<QList<Lea>>("leas");
    QTest::addColumn<QString>("summary");
    const Lea on = makeLea(QStringLiteral("1"), {}, true, QStringLiteral("k"));
    const Lea off = makeLea(QStringLiteral("2"), {}, false, {});
    const Lea on3 = makeLea(QStringLiteral("3"), {}, true, QStringLiteral("k"));
    QTest::newRow("none") << QList<Lea> {} << QStringLiteral("No LEAs configured");
    QTest::newRow("one enabled") << QList<Lea> {on} << QStringLiteral("1 LEA, 1 enabled");
    QTest::newRow("one disabled") << QList<Lea> {off} << QStringLiteral("1 LEA, 0 enabled");
    QTest::newRow("two, one enabled") << QList<Lea> {on, off} << QStringLiteral("2 LEAs, 1 enabled");
    QTest::newRow("three, two enabled") << QList<Lea> {on, off, on3} << QStringLiteral("3 LEAs, 2 enabled");
}

void TestLeaListModel::summaryText()
{
    QFETCH(QList<Lea>, leas);
    QFETCH(QString, summary);
    QCOMPARE(LeaListModel::summary(leas), summary);
}

void TestLeaListModel::secretNeverInAnyRole()
{
    LeaListModel model;
    model.setLeas(twoLeas(), {QStringLiteral("200")});
    QCOMPARE(model.addLea(makeLea(QStringLiteral("300"), QStringLiteral("East"), true, QStringLiteral("k")), kSecret),
             QString());
    Lea lea = model.leas().at(0);
    QCOMPARE(model.updateLea(0, lea, kSecret + QStringLiteral("-2")), QString());
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            for (int role = 0; role <= Qt::UserRole + 32; ++role) {
                const QVariant v = model.data(model.index(row, column), role);
                QVERIFY2(!v.toString().contains(QStringLiteral("S3cr3t")),
                         qPrintable(QStringLiteral("row %1 column %2 role %3").arg(row).arg(column).arg(role)));
                // Not even its length, as a mask of the same size would reveal.
                QVERIFY(!v.toString().contains(QString(kSecret.size(), QChar(0x2022))));
                QVERIFY(!v.toString().contains(QString(kSecret.size(), QLatin1Char('*'))));
            }
        }
    }
    for (int column = 0; column < model.columnCount(); ++column) {
        for (int role = 0; role <= Qt::UserRole + 32; ++role)
            QVERIFY(!model.headerData(column, Qt::Horizontal, role).toString().contains(QStringLiteral("S3cr3t")));
    }
}

void TestLeaListModel::secretColumnSaysWhetherANewSecretWaits()
{
    LeaListModel model;
    model.setLeas(twoLeas(), {QStringLiteral("200")}); // 200 already has an unsaved secret
    const QModelIndex first = model.index(0, LeaListModel::SecretColumn);
    const QModelIndex second = model.index(1, LeaListModel::SecretColumn);
    QCOMPARE(model.data(first).toString(), QStringLiteral("Not checked"));
    QCOMPARE(model.data(second).toString(), QStringLiteral("New — stored on Save"));
    QCOMPARE(model.updateLea(0, model.leas().at(0), kSecret), QString());
    QCOMPARE(model.data(first).toString(), QStringLiteral("New — stored on Save"));
    QVERIFY(model.data(first, Qt::ToolTipRole).toString().contains(QStringLiteral("keychain")));
    QCOMPARE(model.data(first, Qt::AccessibleTextRole), model.data(first));
    // A fresh list forgets secrets typed for the previous one.
    model.setLeas(twoLeas(), {});
    QVERIFY(model.newSecrets().isEmpty());
    QCOMPARE(model.data(second).toString(), QStringLiteral("Not checked"));
}

void TestLeaListModel::secretColumnSaysWhatTheKeychainHolds()
{
    LeaListModel model;
    model.setLeas(twoLeas(), {});
    const QModelIndex first = model.index(0, LeaListModel::SecretColumn);
    const QModelIndex second = model.index(1, LeaListModel::SecretColumn);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setStoredSecret(QStringLiteral("100"), LeaListModel::StoredSecret::Checking);
    QCOMPARE(model.data(first).toString(), QStringLiteral("Checking the keychain…"));
    model.setStoredSecret(QStringLiteral("100"), LeaListModel::StoredSecret::Stored);
    model.setStoredSecret(QStringLiteral("200"), LeaListModel::StoredSecret::Missing);
    QCOMPARE(changed.size(), 3);
    QCOMPARE(changed.last().at(0).value<QModelIndex>(), second);
    QCOMPARE(model.data(first).toString(), QStringLiteral("Stored in the keychain"));
    QCOMPARE(model.data(second).toString(), QStringLiteral("Not set")); // never "Unchanged"
    model.setStoredSecret(QStringLiteral("200"), LeaListModel::StoredSecret::Unavailable);
    QCOMPARE(model.data(second).toString(), QStringLiteral("Unknown (keychain unavailable)"));
    model.setStoredSecret(QStringLiteral("999"), LeaListModel::StoredSecret::Stored); // not listed: ignored
    QCOMPARE(changed.size(), 4);
    // A typed secret wins over what the keychain holds; an LEA added without one has none.
    QCOMPARE(model.updateLea(1, model.leas().at(1), kSecret), QString());
    QCOMPARE(model.data(second).toString(), QStringLiteral("New — stored on Save"));
    QCOMPARE(model.addLea(makeLea(QStringLiteral("300"), {}, false, {}), QString()), QString());
    QCOMPARE(model.data(model.index(2, LeaListModel::SecretColumn)).toString(), QStringLiteral("Not set"));
}

QTEST_GUILESS_MAIN(TestLeaListModel)
#include "test_lealistmodel.moc"
