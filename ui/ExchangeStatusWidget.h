#pragma once

// The status bar's view of the exchange engine (SPEC §11): its state, the queue depth and the
// requests in flight, with the latest problem (a paused LEA, a keychain failure) beside it.

#include "EngineConfig.h"

#include <QWidget>

class QLabel;

namespace dexdesk {

class ExchangeStatusWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ExchangeStatusWidget(QWidget *parent = nullptr);

    void setStatus(const EngineStatus &status);
    QString text() const; // what the engine label shows (for tests and accessibility)

private:
    QLabel *m_engineLabel;
    QLabel *m_problemLabel;
};

} // namespace dexdesk
