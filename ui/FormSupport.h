#pragma once

// Small pieces the settings forms share: keyboard mnemonics handed out without clashes (labels
// come translated from SettingsSchema, so they cannot carry a fixed '&'), and the inline
// message label shown under a field when the validator has something to say about it.

#include "SettingsValidator.h"

#include <QList>
#include <QSet>
#include <QString>

class QFormLayout;
class QLabel;
class QLineEdit;
class QWidget;

namespace dexdesk {

class MnemonicAllocator
{
public:
    // Letters already taken elsewhere in the window (menus, buttons with fixed mnemonics).
    void reserve(const QString &letters);
    // `text` with '&' before the first free letter, preferring the start of a word. Text that
    // already has a mnemonic keeps it.
    QString take(const QString &text);

private:
    QSet<QChar> m_used;
};

namespace FormSupport {

// The two hidden, word-wrapped labels under a field: "<name>ErrorLabel" for what blocks Save and
// "<name>WarningLabel" for what is allowed but worth knowing (http:// on this computer).
struct FieldMessages {
    QLabel *error = nullptr;
    QLabel *warning = nullptr;
};
FieldMessages createMessageLabels(const QString &name, QWidget *parent);

// Shows the first error and the first warning the validator reported for `key`, marks `field`
// and puts the message in its accessible description; hides the labels when all is well.
void showIssues(const FieldMessages &labels, QWidget *field, const QList<ValidationIssue> &issues, GeneralKey key);
void showIssues(const FieldMessages &labels, QWidget *field, const QList<ValidationIssue> &issues,
                CommunicationKey key);

// Gives the label columns of several forms one width, so stacked group boxes line up.
void alignLabelColumns(const QList<QFormLayout *> &forms);

// Turns on a line edit's clear button and names it for screen readers ("Clear Search"): Qt leaves
// the button it adds without a name.
void enableClearButton(QLineEdit *edit, const QString &fieldName);

// Sets the tooltip, accessible name and "what's this" of a control in one go.
void describe(QWidget *control, const QString &name, const QString &help);

} // namespace FormSupport

} // namespace dexdesk
