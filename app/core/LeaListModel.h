#pragma once

// The LEAs of one profile while the LEA dialog edits them, with any new secrets typed in. The
// secrets stay in memory until the dialog is accepted and the settings are saved.

#include "Settings.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>

namespace dexdesk {

class LeaListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, NameColumn, EnabledColumn, KeyColumn, SecretColumn, ColumnCount };
    // What the keychain holds for a listed LEA, as far as the dialog has found out.
    enum class StoredSecret { NotChecked, Checking, Stored, Missing, Unavailable };

    using QAbstractTableModel::QAbstractTableModel;

    void setLeas(const QList<Lea> &leas, const QSet<QString> &leasWithPendingSecret);
    const QList<Lea> &leas() const { return m_leas; }
    QHash<QString, QString> newSecrets() const { return m_secrets; } // by LEA id

    // Each returns an empty string on success, otherwise what is wrong (nothing is changed).
    QString addLea(const Lea &lea, const QString &secret);
    QString updateLea(int row, const Lea &lea, const QString &secret); // empty secret keeps the old one
    void removeLea(int row);
    // The keychain's answer for an LEA (the dialog asks it; the model never sees a stored secret).
    void setStoredSecret(const QString &leaId, StoredSecret state);
    StoredSecret storedSecret(const QString &leaId) const { return m_stored.value(leaId, StoredSecret::NotChecked); }

    static QString summary(const QList<Lea> &leas); // "2 LEAs, 1 enabled"

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString check(const Lea &lea, int ignoreRow) const;
    QString secretText(const QString &leaId) const;

    QList<Lea> m_leas;
    QHash<QString, QString> m_secrets;
    QSet<QString> m_pendingBefore; // LEAs that already had an unsaved secret when the dialog opened
    QHash<QString, StoredSecret> m_stored;
};

} // namespace dexdesk
