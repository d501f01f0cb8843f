#pragma once

// The key table of the general settings: machine key, label, help text, default, range and the
// accessors that move a value in and out of GeneralSettings. Everyone reads defaults from here.

#include "SettingKeys.h"
#include "Settings.h"

#include <QVariant>

#include <functional>

namespace dexdesk {

struct SettingField {
    enum class Kind { Bool, Int, Choice, Text };

    GeneralKey id;
    const char *label; // untranslated; translate with SettingsSchema::label()
    const char *help; // untranslated; translate with SettingsSchema::help()
    Kind kind;
    QVariant defaultValue;
    int minimum = 0;
    int maximum = 0;
    QStringList choices; // machine names for Kind::Choice, in display order
    bool locked = false; // shown but never editable (Errors logging)
    std::function<QVariant(const GeneralSettings &)> get;
    std::function<void(GeneralSettings &, const QVariant &)> set; // value already checked
    QString key = keyName(id); // stable: database, exports, CLI ("simultaneousConnections")
};

// Help for the per-profile communication fields; their defaults come from the profile.
struct CommunicationField {
    CommunicationKey id;
    const char *label;
    const char *help;
    QString key = keyName(id);
};

class SettingsSchema
{
public:
    static const QList<SettingField> &generalFields();
    static const QList<CommunicationField> &communicationFields();
    // Every typed key has its field (tests/unit/test_settingkeys checks it).
    static const SettingField &field(GeneralKey key);
    static const CommunicationField &communicationField(CommunicationKey key);
    // For keys read as text; null when `key` names no field.
    static const SettingField *field(const QString &key);
    static const CommunicationField *communicationField(const QString &key);

    static GeneralSettings defaults();

    // Converts and range-checks a value for a field. Returns an empty string when valid,
    // otherwise a translated message saying what is wrong.
    static QString checkValue(const SettingField &field, const QVariant &in, QVariant *out);

    // Text form used by the CLI and the database ("true", "5", "standard").
    static QString toText(const QVariant &value);

    static QString label(const char *text);
    static QString help(const char *text);
    static QString choiceLabel(GeneralKey key, const QString &choice);
    static QString serviceLabel(Service s);
    static QString serviceHelp(Service s);
};

} // namespace dexdesk
