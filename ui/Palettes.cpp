#include "Palettes.h"

#include <QApplication>
#include <QStyleFactory>

namespace dexdesk::Palettes {

QPalette dark()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x30);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe8, 0xe8, 0xe8);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x33, 0x35, 0x39));
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x6b));
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xb8));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x4a, 0x4c, 0x50));
    p.setColor(QPalette::Midlight, QColor(0x40, 0x42, 0x46));
    p.setColor(QPalette::Mid, QColor(0x25, 0x26, 0x29));
    p.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    p.setColor(QPalette::Shadow, Qt::black);
    const QColor disabled(0x80, 0x80, 0x80);
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

QPalette highContrast()
{
    // White on black with yellow selection and cyan links, after the common "High Contrast Black".
    QPalette p;
    p.setColor(QPalette::Window, Qt::black);
    p.setColor(QPalette::WindowText, Qt::white);
    p.setColor(QPalette::Base, Qt::black);
    p.setColor(QPalette::AlternateBase, QColor(0x1a, 0x1a, 0x1a));
    p.setColor(QPalette::ToolTipBase, Qt::black);
    p.setColor(QPalette::ToolTipText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Text, Qt::white);
    p.setColor(QPalette::Button, Qt::black);
    p.setColor(QPalette::ButtonText, Qt::white);
    p.setColor(QPalette::BrightText, Qt::yellow);
    p.setColor(QPalette::Link, Qt::cyan);
    p.setColor(QPalette::Highlight, Qt::yellow);
    p.setColor(QPalette::HighlightedText, Qt::black);
    p.setColor(QPalette::Light, Qt::white);
    p.setColor(QPalette::Midlight, QColor(0xc0, 0xc0, 0xc0));
    p.setColor(QPalette::Mid, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Dark, Qt::white);
    p.setColor(QPalette::Shadow, Qt::white);
    const QColor disabled(0x00, 0xd0, 0x00); // "greyed out" in green, as high-contrast themes do
    p.setColor(QPalette::Disabled, QPalette::WindowText, disabled);
    p.setColor(QPalette::Disabled, QPalette::Text, disabled);
    p.setColor(QPalette::Disabled, QPalette::ButtonText, disabled);
    return p;
}

namespace {

// Fusion draws frames and check boxes a little darker than the window, which on a black or dark
// window is nothing at all: an unchecked box or an empty field would be invisible. These rules
// draw them with a visible border, and a checked box or radio filled with the selection colour.
QString visibleControls(const QColor &border, const QColor &fill, const QColor &checked, const QColor &disabled)
{
    // (A spin box keeps its own frame and arrows; its text field inside gets the border.)
    return QStringLiteral("QLineEdit { border: 1px solid %1; padding: 1px; }"
                          "QCheckBox::indicator, QRadioButton::indicator { width: 11px; height: 11px;"
                          " border: 1px solid %1; background: %2; }"
                          "QRadioButton::indicator { border-radius: 6px; }"
                          "QCheckBox::indicator:checked, QRadioButton::indicator:checked { background: %3; }"
                          "QCheckBox::indicator:disabled, QRadioButton::indicator:disabled { border-color: %4; }"
                          "QCheckBox::indicator:checked:disabled { background: %4; }")
        .arg(border.name(), fill.name(), checked.name(), disabled.name());
}

} // namespace

bool apply(const QString &name)
{
    QPalette palette;
    QString style;
    if (name == QLatin1String("dark")) {
        palette = dark();
        style = visibleControls(QColor(0x8a, 0x8d, 0x93), palette.color(QPalette::Base),
                                palette.color(QPalette::Highlight), QColor(0x60, 0x60, 0x60));
    } else if (name == QLatin1String("high-contrast")) {
        palette = highContrast();
        style = visibleControls(Qt::white, Qt::black, Qt::yellow, palette.color(QPalette::Disabled, QPalette::Text));
    } else {
        return false;
    }
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QApplication::setPalette(palette);
    qApp->setStyleSheet(style);
    return true;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor errorColor()
{
    return isDark(QApplication::palette()) ? QColor(0xff, 0x8a, 0x8a) : QColor(0xb0, 0x00, 0x20);
}

QColor warningColor()
{
    return isDark(QApplication::palette()) ? QColor(0xff, 0xd0, 0x60) : QColor(0x8a, 0x5a, 0x00);
}

QColor successColor()
{
    return isDark(QApplication::palette()) ? QColor(0x8c, 0xe0, 0x8c) : QColor(0x1b, 0x6e, 0x20);
}

QString textStyle(const QColor &color)
{
    return QStringLiteral("color: %1;").arg(color.name());
}

} // namespace dexdesk::Palettes
