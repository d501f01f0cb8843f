// The typed setting keys (SettingKeys.h): each key has one stable name that reads back as the
// same key, and the schema has exactly one field for every key and no field without one.

#include "SettingKeys.h"
#include "SettingsSchema.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace dexdesk;

class TestSettingKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesAreTheStoredText();
    void namesAreDistinctAndRoundTrip();
    void parseIsExact();
    void everyGeneralFieldHasOneKey();
    void everyCommunicationFieldHasOneKey();
};

void TestSettingKeys::namesAreTheStoredText()
{
    // Databases, settings files and scripts hold these names: they must never change.
    const QStringList general = {
        QStringLiteral("systemEnabled"), QStringLiteral("logging.errors"),          QStringLiteral("logging.warnings"),
        QStringLiteral("logging.info"),  QStringLiteral("logging.diagnostic"),      QStringLiteral("jobFrequency"),
        QStringLiteral("purgePolicy"),   QStringLiteral("simultaneousConnections"), QStringLiteral("profile"),
    };
    QCOMPARE(qsizetype(kGeneralKeys.size()), general.size());
    for (std::size_t i = 0; i < kGeneralKeys.size(); ++i)
        QCOMPARE(QString(keyName(kGeneralKeys[i])), general.at(qsizetype(i)));

    const QStringList communication
        = {QStringLiteral("dataUrl"), QStringLiteral("authUrl"), QStringLiteral("schoolYears"),
           QStringLiteral("services"), QStringLiteral("leas")};
    QCOMPARE(qsizetype(kCommunicationKeys.size()), communication.size());
    for (std::size_t i = 0; i < kCommunicationKeys.size(); ++i)
        QCOMPARE(QString(keyName(kCommunicationKeys[i])), communication.at(qsizetype(i)));
    QCOMPARE(communicationKeyNames(), communication);
}

void TestSettingKeys::namesAreDistinctAndRoundTrip()
{
    // One set for both kinds: a validation issue names its field by either kind's name.
    QSet<QString> seen;
    for (GeneralKey key : kGeneralKeys) {
        const QString name = keyName(key);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(int(key))));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        GeneralKey parsed = key == GeneralKey::Profile ? GeneralKey::SystemEnabled : GeneralKey::Profile;
        QVERIFY2(generalKeyFromName(name, &parsed), qPrintable(name));
        QCOMPARE(parsed, key);
        CommunicationKey other = CommunicationKey::Leas;
        QVERIFY2(!communicationKeyFromName(name, &other), qPrintable(name));
    }
    for (CommunicationKey key : kCommunicationKeys) {
        const QString name = keyName(key);
        QVERIFY2(!name.isEmpty(), qPrintable(QString::number(int(key))));
        QVERIFY2(!seen.contains(name), qPrintable(name));
        seen.insert(name);
        CommunicationKey parsed = key == CommunicationKey::Leas ? CommunicationKey::DataUrl : CommunicationKey::Leas;
        QVERIFY2(communicationKeyFromName(name, &parsed), qPrintable(name));
        QCOMPARE(parsed, key);
        GeneralKey other = GeneralKey::Profile;
        QVERIFY2(!generalKeyFromName(name, &other), qPrintable(name));
    }
    QCOMPARE(seen.size(), qsizetype(kGeneralKeys.size() + kCommunicationKeys.size()));
}

void TestSettingKeys::parseIsExact()
{
    for (const QString &text :
         {QString(), QStringLiteral("SystemEnabled"), QStringLiteral(" profile"), QStringLiteral("profile "),
          QStringLiteral("logging"), QStringLiteral("errors"), QStringLiteral("dataurl"), QStringLiteral("lea")}) {
        GeneralKey general = GeneralKey::JobFrequency;
        QVERIFY2(!generalKeyFromName(text, &general), qPrintable(text));
        QCOMPARE(general, GeneralKey::JobFrequency); // left untouched
        CommunicationKey communication = CommunicationKey::ServiceOptions;
        QVERIFY2(!communicationKeyFromName(text, &communication), qPrintable(text));
        QCOMPARE(communication, CommunicationKey::ServiceOptions);
    }
}

void TestSettingKeys::everyGeneralFieldHasOneKey()
{
    const QList<SettingField> &fields = SettingsSchema::generalFields();
    QCOMPARE(fields.size(), qsizetype(kGeneralKeys.size()));
    for (GeneralKey key : kGeneralKeys) {
        const auto count
            = std::count_if(fields.cbegin(), fields.cend(), [&](const SettingField &f) { return f.id == key; });
        QVERIFY2(count == 1, qPrintable(QString(keyName(key))));
        const SettingField &f = SettingsSchema::field(key);
        QCOMPARE(f.id, key);
        QCOMPARE(f.key, QString(keyName(key)));
        QCOMPARE(SettingsSchema::field(f.key), &f); // text and typed look-ups find the same entry
    }
    // The enum's order is the form's order.
    for (qsizetype i = 0; i < fields.size(); ++i)
        QCOMPARE(fields.at(i).id, kGeneralKeys[std::size_t(i)]);
}

void TestSettingKeys::everyCommunicationFieldHasOneKey()
{
    const QList<CommunicationField> &fields = SettingsSchema::communicationFields();
    QCOMPARE(fields.size(), qsizetype(kCommunicationKeys.size()));
    for (CommunicationKey key : kCommunicationKeys) {
        const auto count
            = std::count_if(fields.cbegin(), fields.cend(), [&](const CommunicationField &f) { return f.id == key; });
        QVERIFY2(count == 1, qPrintable(QString(keyName(key))));
        const CommunicationField &f = SettingsSchema::communicationField(key);
        QCOMPARE(f.id, key);
        QCOMPARE(f.key, QString(keyName(key)));
        QCOMPARE(SettingsSchema::communicationField(f.key), &f);
    }
    for (qsizetype i = 0; i < fields.size(); ++i)
        QCOMPARE(fields.at(i).id, kCommunicationKeys[std::size_t(i)]);
}

QTEST_GUILESS_MAIN(TestSettingKeys)
#include "test_settingkeys.moc"
