#include "ExchangeStatusWidget.h"

#include "Palettes.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>

namespace dexdesk {

ExchangeStatusWidget::ExchangeStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_engineLabel(new QLabel(this))
    , m_problemLabel(new QLabel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_problemLabel);
    layout->addWidget(m_engineLabel);
    m_engineLabel->setObjectName(QStringLiteral("engineStatusLabel"));
    m_problemLabel->setObjectName(QStringLiteral("engineProblemLabel"));
    m_problemLabel->setStyleSheet(Palettes::textStyle(Palettes::errorColor()));
    m_problemLabel->hide();
    setStatus({});
}

QString ExchangeStatusWidget::text() const
{
    return m_engineLabel->text();
}

void ExchangeStatusWidget::setStatus(const EngineStatus &status)
{
    const QLocale locale;
    QString text = tr("Engine: %1").arg(status.stateText());
    if (status.state != EngineStatus::State::Stopped || status.queueDepth > 0)
        text += QStringLiteral(" · ") + tr("%1 queued").arg(locale.toString(status.queueDepth));
    if (status.inFlight > 0)
        text += QStringLiteral(" · ") + tr("%1 in flight").arg(locale.toString(status.inFlight));
    m_engineLabel->setText(text);
    m_engineLabel->setAccessibleName(text);
    m_engineLabel->setToolTip(
        status.sentThisRun > 0
            ? tr("%1 records sent since the engine started.").arg(locale.toString(status.sentThisRun))
            : tr("The exchange engine's state and the records waiting to be sent."));
    if (status.problem.isEmpty()) {
        m_problemLabel->hide();
        return;
    }
    // The full message is in the tooltip and the log; the bar keeps its first sentence.
    const QString first = status.problem.section(QStringLiteral(". "), 0, 0);
    m_problemLabel->setText(first.endsWith(QLatin1Char('.')) ? first : first + QLatin1Char('.'));
    m_problemLabel->setToolTip(status.problem);
    m_problemLabel->setAccessibleName(status.problem);
    m_problemLabel->show();
}

} // namespace dexdesk
