#include "LeaDialog.h"

#include "LeaEditDialog.h"
#include "Prompt.h"
#include "SecretStore.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dexdesk {

LeaDialog::LeaDialog(const QString &profileName, const QList<Lea> &leas, const QSet<QString> &leasWithPendingSecret,
                     QWidget *parent)
    : QDialog(parent)
    , m_model(this)
{
    setObjectName(QStringLiteral("leaDialog"));
    setWindowTitle(tr("LEA Settings — %1").arg(profileName));
    resize(820, 420);
    m_model.setLeas(leas, leasWithPendingSecret);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The local education agencies that exchange data through the profile <b>%1</b>. "
                                "Secrets are kept in the system keychain and are written when you save the "
                                "settings.")
                                 .arg(profileName.toHtmlEscaped()),
                             this);
    intro->setObjectName(QStringLiteral("leaIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *body = new QHBoxLayout;
    layout->addLayout(body, 1);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("leaTable"));
    m_table->setModel(&m_model);
    m_table->setAccessibleName(tr("LEAs"));
    m_table->setToolTip(tr("Double-click an LEA to edit it."));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab goes on to the buttons; the arrows move in the table
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(LeaListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(LeaListModel::SecretColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(LeaListModel::IdColumn, 100);
    m_table->setColumnWidth(LeaListModel::EnabledColumn, 100);
    m_table->setColumnWidth(LeaListModel::KeyColumn, 160);
    body->addWidget(m_table, 1);

    auto *side = new QVBoxLayout;
    body->addLayout(side);
    m_addButton = new QPushButton(tr("&Add…"), this);
    m_addButton->setObjectName(QStringLiteral("leaAddButton"));
    m_addButton->setToolTip(tr("Add an LEA with its key and secret."));
    m_editButton = new QPushButton(tr("&Edit…"), this);
    m_editButton->setObjectName(QStringLiteral("leaEditButton"));
    m_editButton->setToolTip(tr("Change the selected LEA, or enter a new secret for it."));
    m_removeButton = new QPushButton(tr("&Remove"), this);
    m_removeButton->setObjectName(QStringLiteral("leaRemoveButton"));
    m_removeButton->setToolTip(tr("Remove the selected LEA. Its secret is deleted from the keychain when you save."));
    side->addWidget(m_addButton);
    side->addWidget(m_editButton);
    side->addWidget(m_removeButton);
    side->addStretch();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("leaDialogButtons"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("leaOkButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("leaCancelButton"));
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &LeaDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LeaDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &LeaDialog::addLea);
    connect(m_editButton, &QPushButton::clicked, this, &LeaDialog::editLea);
    connect(m_removeButton, &QPushButton::clicked, this, &LeaDialog::removeLea);
    connect(m_table, &QTableView::doubleClicked, this, &LeaDialog::editLea);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &LeaDialog::updateButtons);
    connect(&m_model, &QAbstractItemModel::modelReset, this, &LeaDialog::updateButtons);
    connect(&m_model, &QAbstractItemModel::rowsRemoved, this, &LeaDialog::updateButtons);
    if (m_model.rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void LeaDialog::checkStoredSecrets(SecretStore *store, const QString &profileId)
{
    using State = LeaListModel::StoredSecret;
    for (const Lea &lea : m_model.leas()) {
        if (!store) {
            m_model.setStoredSecret(lea.id, State::Unavailable);
            continue;
        }
        m_model.setStoredSecret(lea.id, State::Checking);
        const QString leaId = lea.id;
        store->read(SecretStore::leaAccount(profileId, leaId),
                    [dialog = QPointer<LeaDialog>(this), leaId](const SecretResult &result, const QString &) {
                        if (!dialog || dialog->m_model.storedSecret(leaId) != State::Checking)
                            return; // closed, or the LEA was removed or re-added meanwhile
                        State state = State::Unavailable;
                        if (result.ok())
                            state = State::Stored;
                        else if (result.code == SecretResult::Code::NotFound)
                            state = State::Missing;
                        dialog->m_model.setStoredSecret(leaId, state);
                    });
    }
}

int LeaDialog::currentRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void LeaDialog::updateButtons()
{
    const bool selected = currentRow() >= 0;
    m_editButton->setEnabled(selected);
    m_removeButton->setEnabled(selected);
}

void LeaDialog::addLea()
{
    // open(), not exec(): the dialog is window-modal without a nested event loop.
    auto *dialog = new LeaEditDialog(
        nullptr,
        [this](const Lea &lea, const QString &secret) {
            const QString problem = m_model.addLea(lea, secret);
            if (problem.isEmpty())
                m_table->selectRow(m_model.rowCount() - 1);
            return problem;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LeaDialog::editLea()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Lea existing = m_model.leas().at(row);
    auto *dialog = new LeaEditDialog(
        &existing, [this, row](const Lea &lea, const QString &secret) { return m_model.updateLea(row, lea, secret); },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LeaDialog::removeLea()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const Lea lea = m_model.leas().at(row);
    const QString name = lea.name.isEmpty() ? lea.id : tr("%1 (%2)").arg(lea.name, lea.id);
    const Prompt::Choice choice = Prompt::question(
        this, tr("Remove LEA"),
        tr("Remove the LEA %1? Its data exchange stops, and its secret is deleted from the keychain "
           "when you save the settings.")
            .arg(name),
        {Prompt::Choice::Remove, Prompt::Choice::Cancel}, Prompt::Choice::Cancel, Prompt::Choice::Cancel);
    if (choice == Prompt::Choice::Remove)
        m_model.removeLea(row);
}

} // namespace dexdesk
