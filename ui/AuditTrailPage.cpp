#include "AuditTrailPage.h"

#include "AuditTrail.h"
#include "DatabaseWorker.h"
#include "SettingsEditor.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dexdesk {

AuditTrailPage::AuditTrailPage(SettingsEditor *editor, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("auditTrailPage"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("Audit trail"), this);
    title->setObjectName(QStringLiteral("auditTitleLabel"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    layout->addWidget(title);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Saved settings changes"));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Action"), tr("Profile"), tr("Field"), tr("Change (old → new)"), tr("User")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(ChangeColumn, QHeaderView::Stretch);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    m_table->setColumnWidth(WhenColumn, digit * 20);
    m_table->setColumnWidth(ActionColumn, digit * 16);
    m_table->setColumnWidth(ProfileColumn, digit * 18);
    m_table->setColumnWidth(FieldColumn, digit * 28);
    m_table->setColumnWidth(UserColumn, digit * 12);
    layout->addWidget(m_table, 1);

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("auditStatusLabel"));
    layout->addWidget(m_statusLabel);

    auto refreshAfter = [this](bool ok, const QString &) {
        if (ok)
            refresh();
    };
    connect(editor, &SettingsEditor::saveFinished, this, refreshAfter);
    connect(editor, &SettingsEditor::restoreFinished, this, refreshAfter);
}

AuditTrailPage::~AuditTrailPage() = default;

void AuditTrailPage::setDatabasePath(const QString &path)
{
    delete m_worker;
    m_worker = new DatabaseWorker(path, QStringLiteral("dexdesk-audit-trail"), this);
    m_loaded = false;
    if (isVisible())
        refresh();
}

void AuditTrailPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        refresh();
}

void AuditTrailPage::refresh()
{
    if (!m_worker) {
        m_statusLabel->setText(tr("No database is open."));
        return;
    }
    m_loaded = true;
    const quint64 ticket = ++m_ticket;
    m_worker->supersede(ticket); // an older read still queued is not worth running
    m_worker->run<QList<AuditEntry>>(
        ticket,
        [](Database &database, QString *error) {
            QList<AuditEntry> entries;
            AuditTrail::read(database.connection(), kMaxRows, 0, &entries, error);
            return entries;
        },
        [this, ticket](const QList<AuditEntry> &entries, const QString &error) {
            onAuditReady(ticket, entries, error);
        });
}

QString AuditTrailPage::changeText(const AuditEntry &entry)
{
    if (entry.newValue == AuditEntry::kSecretChanged && entry.field.endsWith(QLatin1String(".secret")))
        return tr("changed");
    const QString none = tr("(empty)");
    return (entry.oldValue.isEmpty() ? none : entry.oldValue) + QStringLiteral(" → ")
        + (entry.newValue.isEmpty() ? none : entry.newValue);
}

void AuditTrailPage::onAuditReady(quint64 ticket, const QList<AuditEntry> &entries, const QString &error)
{
    if (ticket != m_ticket)
        return;
    if (!error.isEmpty()) {
        m_statusLabel->setText(error);
        return;
    }
    m_table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const AuditEntry &e = entries.at(row);
        const QString cells[ColumnCount] = {e.at().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                            e.action,
                                            e.profileId.isEmpty() ? tr("(general)") : e.profileId,
                                            e.field,
                                            changeText(e),
                                            e.user};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == WhenColumn)
                item->setToolTip(e.at().toString(Qt::ISODate));
            else if (column == ChangeColumn)
                item->setToolTip(cells[column]);
            m_table->setItem(row, column, item);
        }
    }
    m_statusLabel->setText(entries.isEmpty() ? tr("No settings changes have been saved yet.")
                                             : tr("%n saved change(s), newest first.", nullptr, int(entries.size())));
}

} // namespace dexdesk
