#include "LeaListModel.h"

#include "SettingsValidator.h"

#include <QCoreApplication>
#include <QSet>

namespace dexdesk {

void LeaListModel::setLeas(const QList<Lea> &leas, const QSet<QString> &leasWithPendingSecret)
{
    beginResetModel();
    m_leas = leas;
    m_secrets.clear();
    m_stored.clear();
    m_pendingBefore = leasWithPendingSecret;
    endResetModel();
}

QString LeaListModel::check(const Lea &lea, int ignoreRow) const
{
    const QString idProblem = SettingsValidator::checkLeaId(lea.id);
    if (!idProblem.isEmpty())
        return idProblem;
    for (int i = 0; i < m_leas.size(); ++i) {
        if (i != ignoreRow && m_leas.at(i).id == lea.id)
            return tr("The LEA %1 is already in the list.").arg(lea.id);
    }
    if (lea.name.size() > 75)
        return tr("The name must be at most 75 characters.");
    if (lea.enabled && lea.authKey.trimmed().isEmpty())
        return tr("Enter the authentication key, or set LEA Enabled to No.");
    return {};
}

QString LeaListModel::addLea(const Lea &lea, const QString &secret)
{
    const QString problem = check(lea, -1);
    if (!problem.isEmpty())
        return problem;
    beginInsertRows({}, int(m_leas.size()), int(m_leas.size()));
    m_leas.append(lea);
    if (!secret.isEmpty())
        m_secrets.insert(lea.id, secret);
    // An LEA added here has no secret in the keychain until one is typed and saved.
    m_stored.insert(lea.id, StoredSecret::Missing);
    endInsertRows();
    return {};
}

QString LeaListModel::updateLea(int row, const Lea &lea, const QString &secret)
{
    if (row < 0 || row >= m_leas.size())
        return tr("No LEA is selected.");
    if (lea.id != m_leas.at(row).id)
        return tr("The LEA identifier cannot be changed. Remove the LEA and add it again.");
    const QString problem = check(lea, row);
    if (!problem.isEmpty())
        return problem;
    m_leas[row] = lea;
    if (!secret.isEmpty())
        m_secrets.insert(lea.id, secret);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return {};
}

void LeaListModel::removeLea(int row)
{
    if (row < 0 || row >= m_leas.size())
        return;
    beginRemoveRows({}, row, row);
    m_secrets.remove(m_leas.at(row).id);
    m_pendingBefore.remove(m_leas.at(row).id);
    m_stored.remove(m_leas.at(row).id);
    m_leas.removeAt(row);
    endRemoveRows();
}

void LeaListModel::setStoredSecret(const QString &leaId, StoredSecret state)
{
    for (int row = 0; row < m_leas.size(); ++row) {
        if (m_leas.at(row).id != leaId)
            continue;
        m_stored.insert(leaId, state);
        Q_EMIT dataChanged(index(row, SecretColumn), index(row, SecretColumn));
        return;
    }
}

QString LeaListModel::secretText(const QString &leaId) const
{
    // Never the secret itself, not even masked to its length.
    if (m_secrets.contains(leaId) || m_pendingBefore.contains(leaId))
        return tr("New — stored on Save");
    switch (storedSecret(leaId)) {
    case StoredSecret::Checking:
        return tr("Checking the keychain…");
    case StoredSecret::Stored:
        return tr("Stored in the keychain");
    case StoredSecret::Missing:
        return tr("Not set");
    case StoredSecret::Unavailable:
        return tr("Unknown (keychain unavailable)");
    case StoredSecret::NotChecked:
        break;
    }
    return tr("Not checked");
}

QString LeaListModel::summary(const QList<Lea> &leas)
{
    // Spelled out rather than %n plurals: English has no translation file to supply the forms.
    const int count = int(leas.size());
    const int enabled = int(std::count_if(leas.cbegin(), leas.cend(), [](const Lea &l) { return l.enabled; }));
    if (count == 0)
        return tr("No LEAs configured");
    const QString leaText = count == 1 ? tr("1 LEA") : tr("%1 LEAs").arg(count);
    return tr("%1, %2 enabled").arg(leaText).arg(enabled);
}

int LeaListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_leas.size());
}

int LeaListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LeaListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_leas.size())
        return {};
    const Lea &lea = m_leas.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        switch (index.column()) {
        case IdColumn:
            return lea.id;
        case NameColumn:
            return lea.name;
        case EnabledColumn:
            return lea.enabled ? tr("Yes") : tr("No");
        case KeyColumn:
            return lea.authKey;
        case SecretColumn:
            return secretText(lea.id);
        default:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == SecretColumn)
        return tr("Secrets are kept in the system keychain and are never shown here.");
    return {};
}

QVariant LeaListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("LEA ID");
    case NameColumn:
        return tr("Name");
    case EnabledColumn:
        return tr("LEA Enabled");
    case KeyColumn:
        return tr("Authentication Key");
    case SecretColumn:
        return tr("Authentication Secret");
    default:
        return {};
    }
}

} // namespace dexdesk
