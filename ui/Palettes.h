#pragma once

// The dark and high-contrast palettes `dexdesk --palette` applies (with the Fusion style, which
// follows a palette fully), so the window can be checked and shown in both without changing the
// desktop's theme. Coloured hints in the UI pick their colours with isDark() to stay legible.

#include <QPalette>
#include <QString>

namespace dexdesk::Palettes {

// "dark" or "high-contrast"; false for another name.
bool apply(const QString &name);
QPalette dark();
QPalette highContrast();
// Whether `palette` draws light text on a dark window (a dark or high-contrast theme).
bool isDark(const QPalette &palette);
// Text colours for what blocks, what warns and what passed, readable on the application palette's
// window colour (the UI always says it in words too: colour only helps at a glance).
QColor errorColor();
QColor warningColor();
QColor successColor();
// "color: #rrggbb;" for a label's style sheet.
QString textStyle(const QColor &color);

} // namespace dexdesk::Palettes
