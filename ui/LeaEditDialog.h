#pragma once

// Add or edit one LEA: identifier, name, LEA Enabled, authentication key and secret. The secret
// is masked unless the user reveals it, and never shown back once stored. The caller decides
// whether the LEA is acceptable (LeaListModel); its message is shown inline.

#include "Settings.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QToolButton;

namespace dexdesk {

class LeaEditDialog : public QDialog
{
    Q_OBJECT
public:
    // Returns an empty string when `lea` and `secret` were taken, otherwise what is wrong.
    using Apply = std::function<QString(const Lea &lea, const QString &secret)>;

    // `existing` null: a new LEA. Otherwise the identifier is fixed and an empty secret keeps the stored one.
    LeaEditDialog(const Lea *existing, Apply apply, QWidget *parent = nullptr);
    ~LeaEditDialog() override;

    Lea lea() const;

    void accept() override;

private:
    void setRevealed(bool revealed);

    Apply m_apply;
    QLineEdit *m_idEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QRadioButton *m_enabledYesRadio = nullptr;
    QRadioButton *m_enabledNoRadio = nullptr;
    QLineEdit *m_keyEdit = nullptr;
    QLineEdit *m_secretEdit = nullptr;
    QToolButton *m_revealButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace dexdesk
