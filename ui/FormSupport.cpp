#include "FormSupport.h"

#include "Palettes.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QWidget>

namespace dexdesk {

void MnemonicAllocator::reserve(const QString &letters)
{
    for (QChar c : letters)
        m_used.insert(c.toLower());
}

QString MnemonicAllocator::take(const QString &text)
{
    const qsizetype existing = text.indexOf(QLatin1Char('&'));
    if (existing >= 0 && existing + 1 < text.size() && text.at(existing + 1) != QLatin1Char('&')) {
        m_used.insert(text.at(existing + 1).toLower());
        return text;
    }
    auto usable = [&](qsizetype i) { return text.at(i).isLetterOrNumber() && !m_used.contains(text.at(i).toLower()); };
    qsizetype pick = -1;
    for (qsizetype i = 0; i < text.size() && pick < 0; ++i) {
        const bool wordStart = i == 0 || !text.at(i - 1).isLetterOrNumber();
        if (wordStart && usable(i))
            pick = i;
    }
    for (qsizetype i = 0; i < text.size() && pick < 0; ++i) {
        if (usable(i))
            pick = i;
    }
    if (pick < 0)
        return text; // every letter taken: better no mnemonic than a clashing one
    m_used.insert(text.at(pick).toLower());
    QString result = text;
    result.insert(pick, QLatin1Char('&'));
    return result;
}

namespace FormSupport {

namespace {

QLabel *createMessageLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Wide enough to read in one or two lines next to a field, never as wide as the window.
    label->setMinimumWidth(460);
    label->setMaximumWidth(640);
    label->hide();
    return label;
}

void setMessage(QLabel *label, const QString &marker, const QString &message, const QString &style)
{
    if (message.isEmpty()) {
        label->hide();
        label->clear();
        label->setAccessibleName(QString());
        return;
    }
    // The marker keeps the message readable without colour; the colour helps at a glance.
    label->setText(marker + message);
    label->setAccessibleName(message);
    label->setStyleSheet(style);
    label->show();
}

template<typename Key>
void showIssuesFor(const FieldMessages &labels, QWidget *field, const QList<ValidationIssue> &issues, Key key)
{
    QString error;
    QString warning;
    for (const ValidationIssue &issue : issues) {
        if (!issue.concerns(key))
            continue;
        if (issue.isError() && error.isEmpty())
            error = issue.message;
        else if (!issue.isError() && warning.isEmpty())
            warning = issue.message;
    }
    setMessage(labels.error, QStringLiteral("✖ "), error, Palettes::textStyle(Palettes::errorColor()));
    setMessage(labels.warning, QStringLiteral("⚠ "), warning, Palettes::textStyle(Palettes::warningColor()));
    if (!field)
        return;
    field->setAccessibleDescription(error.isEmpty() ? warning : error);
    field->setProperty("invalid", !error.isEmpty());
    // Only line edits get a red frame; styling checkbox rows would lose the native look.
    if (field->inherits("QLineEdit"))
        field->setStyleSheet(error.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 1px solid #b00020; }"));
}

} // namespace

FieldMessages createMessageLabels(const QString &name, QWidget *parent)
{
    return {createMessageLabel(name + QStringLiteral("ErrorLabel"), parent),
            createMessageLabel(name + QStringLiteral("WarningLabel"), parent)};
}

void showIssues(const FieldMessages &labels, QWidget *field, const QList<ValidationIssue> &issues, GeneralKey key)
{
    showIssuesFor(labels, field, issues, key);
}

void showIssues(const FieldMessages &labels, QWidget *field, const QList<ValidationIssue> &issues, CommunicationKey key)
{
    showIssuesFor(labels, field, issues, key);
}

void alignLabelColumns(const QList<QFormLayout *> &forms)
{
    int width = 0;
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            if (QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole); item && item->widget())
                width = std::max(width, item->widget()->sizeHint().width());
        }
    }
    for (QFormLayout *form : forms) {
        for (int row = 0; row < form->rowCount(); ++row) {
            QLayoutItem *item = form->itemAt(row, QFormLayout::LabelRole);
            if (!item || !item->widget())
                continue;
            item->widget()->setMinimumWidth(width);
            // The label is now wider than its text: keep the text against the field.
            if (auto *label = qobject_cast<QLabel *>(item->widget()))
                label->setAlignment(form->labelAlignment());
        }
    }
}

void enableClearButton(QLineEdit *edit, const QString &fieldName)
{
    edit->setClearButtonEnabled(true);
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly))
        button->setAccessibleName(QCoreApplication::translate("FormSupport", "Clear %1").arg(fieldName));
}

void describe(QWidget *control, const QString &name, const QString &help)
{
    control->setAccessibleName(name);
    control->setToolTip(help);
    control->setWhatsThis(help);
}

} // namespace FormSupport

} // namespace dexdesk
