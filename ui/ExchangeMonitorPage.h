#pragma once

// The Exchange Monitor section (SPEC §11): per published resource the records queued, in flight,
// sent, failed and waiting, the records sent per second over the last minutes as a chart, the
// latest job runs, and Run Now buttons. The counts are read every few seconds on the page's own
// database thread; the in-flight figure is the engine's own.

#include "EngineConfig.h"
#include "ExchangeCounts.h"

#include <QDateTime>
#include <QList>
#include <QTimer>
#include <QWidget>

class QChart;
class QDateTimeAxis;
class QHBoxLayout;
class QLabel;
class QLineSeries;
class QPushButton;
class QTableWidget;
class QValueAxis;

namespace dexdesk {

class EngineSupervisor;
class DatabaseWorker;

class ExchangeMonitorPage : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kRefreshMs = 2000;
    static constexpr int kHistorySeconds = 600; // the chart's longest window
    static constexpr int kMinWindowSeconds = 60;

    explicit ExchangeMonitorPage(QWidget *parent = nullptr);

    void setDatabasePath(const QString &path);
    void setEngineSupervisor(EngineSupervisor *supervisor);
    void setRefreshInterval(int ms); // tests; kRefreshMs otherwise
    // Adds a button to the Run Now row (Download, Request Unique IDs); it is enabled with the others.
    void addRunNowButton(QPushButton *button);

    QLineSeries *throughputSeries() const { return m_series; }
    const ExchangeCounts &counts() const { return m_counts; }
    int refreshCount() const { return m_refreshes; }

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    void statusMessage(const QString &text);

private:
    void showCounts(const ExchangeCounts &counts, const QString &error);
    void addThroughputPoint(const QDateTime &at, int sent);
    void showResources();
    void showRuns();
    void showInstances();
    void updateEngine(const EngineStatus &status);
    void updateButtons();

    DatabaseWorker *m_worker = nullptr;
    EngineSupervisor *m_engine = nullptr;
    QTimer m_timer;
    bool m_reading = false;
    int m_refreshes = 0;
    ExchangeCounts m_counts;
    EngineStatus m_status;
    int m_lastSent = -1;
    QDateTime m_lastAt;
    QDateTime m_firstAt;

    QLabel *m_summaryLabel;
    QLabel *m_errorLabel;
    QTableWidget *m_resourceTable;
    QTableWidget *m_runsTable;
    QWidget *m_instancesBox; // PostgreSQL only: the engine instances sharing the database
    QTableWidget *m_instancesTable;
    QChart *m_chart;
    QLineSeries *m_series;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_rateAxis;
    QHBoxLayout *m_runNowLayout;
    QList<QPushButton *> m_runNowButtons;
};

} // namespace dexdesk
