#pragma once

// File ▸ Open Database…: an SQLite file (typed or browsed for) or a postgresql:// URL, checked by
// DatabaseLocation as --database is, so a URL with a password is refused with the same words as on
// the command line and the dialog stays open until the input is valid or the user cancels.

#include "DatabaseLocation.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dexdesk {

class OpenDatabaseDialog : public QDialog
{
    Q_OBJECT
public:
    // `current` is the database the window has open (a file path or a URL), shown and suggested.
    explicit OpenDatabaseDialog(const QString &current, QWidget *parent = nullptr);

    // After accepted(): the database chosen (never the current one).
    DatabaseLocation location() const { return m_location; }

private:
    void browse();
    void tryAccept();
    void showProblem(const QString &text);

    QString m_current;
    QLineEdit *m_edit = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_open = nullptr;
    DatabaseLocation m_location;
};

} // namespace dexdesk
