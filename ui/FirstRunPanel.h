#pragma once

// The General Setup page's "what next" panel while no LEA is configured in any profile: what to
// do first (LEAs, Test Connection, Save and turn the system On) and the demo for a first look.
// The page shows and hides it; the buttons only ask, the page and the window act.

#include <QFrame>

class QPushButton;

namespace dexdesk {

class FirstRunPanel : public QFrame
{
    Q_OBJECT
public:
    explicit FirstRunPanel(QWidget *parent = nullptr);

    QPushButton *configureLeasButton() const { return m_configureButton; }

Q_SIGNALS:
    void configureLeasRequested();
    void testConnectionRequested();
    void demoRequested(); // the window starts "dexdesk --demo" beside this one

private:
    QPushButton *m_configureButton = nullptr;
};

} // namespace dexdesk
