#pragma once

// The LEA Settings dialog of one profile: a table of its LEAs with Add, Edit and Remove. It
// edits a LeaListModel; the page takes the LEAs and any new secrets when the dialog is accepted.

#include "LeaListModel.h"

#include <QDialog>

class QPushButton;
class QTableView;

namespace dexdesk {

class SecretStore;

class LeaDialog : public QDialog
{
    Q_OBJECT
public:
    LeaDialog(const QString &profileName, const QList<Lea> &leas, const QSet<QString> &leasWithPendingSecret,
              QWidget *parent = nullptr);

    const LeaListModel &model() const { return m_model; }
    // Asks the keychain whether each listed LEA of `profileId` has a secret, so the table can say
    // "Stored" or "Not set". Only the outcome is kept; the secret read is dropped at once.
    void checkStoredSecrets(SecretStore *store, const QString &profileId);

private:
    void addLea();
    void editLea();
    void removeLea();
    int currentRow() const;
    void updateButtons();

    LeaListModel m_model;
    QTableView *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_removeButton = nullptr;
};

} // namespace dexdesk
