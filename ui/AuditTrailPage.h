#pragma once

// The Audit trail section: every saved settings change, newest first — when, what kind of save,
// which profile and field, old → new, and who. Secrets appear only as "changed" (all the core
// stores). Read on a worker thread, again after every Save and Restore Defaults.

#include "AuditEntry.h"

#include <QList>
#include <QWidget>

class QLabel;
class QTableWidget;

namespace dexdesk {

class DatabaseWorker;
class SettingsEditor;

class AuditTrailPage : public QWidget
{
    Q_OBJECT
public:
    enum Column { WhenColumn, ActionColumn, ProfileColumn, FieldColumn, ChangeColumn, UserColumn, ColumnCount };
    static constexpr int kMaxRows = 2000;

    explicit AuditTrailPage(SettingsEditor *editor, QWidget *parent = nullptr);
    ~AuditTrailPage() override;

    void setDatabasePath(const QString &path);
    void refresh();
    static QString changeText(const AuditEntry &entry);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void onAuditReady(quint64 ticket, const QList<AuditEntry> &entries, const QString &error);

    DatabaseWorker *m_worker = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_statusLabel = nullptr;
    quint64 m_ticket = 0;
    bool m_loaded = false;
};

} // namespace dexdesk
