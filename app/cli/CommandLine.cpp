#include "CommandLine.h"

#include <QRegularExpression>

namespace dexdesk::cli {

bool CommandLine::parse(const QStringList &args, const Spec &spec, QString *error)
{
    m_help = false;
    m_flags.clear();
    m_values.clear();
    m_positionals.clear();
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(QLatin1Char('-'))) {
            m_positionals << arg;
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        if (arg == QLatin1String("--help") || arg == QLatin1String("-h")) {
            m_help = true;
            continue;
        }
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        const QString name = eq < 0 ? arg : arg.left(eq);
        if (spec.flags.contains(name)) {
            if (eq >= 0) {
                *error = tr("the option %1 does not take a value").arg(name);
                return false;
            }
            m_flags.insert(name);
            continue;
        }
        if (spec.valueOptions.contains(name)) {
            QString value;
            if (eq >= 0) {
                value = arg.mid(eq + 1);
            } else if (i + 1 < args.size()) {
                value = args.at(++i);
            } else {
                *error = tr("the option %1 needs a value").arg(name);
                return false;
            }
            if (value.isEmpty()) {
                *error = tr("the option %1 needs a value").arg(name);
                return false;
            }
            m_values.insert(name, value);
            continue;
        }
        // Named only when it looks like an option name: it might be a mistyped secret.
        static const QRegularExpression optionName(QStringLiteral("^--[A-Za-z][A-Za-z0-9-]{0,30}$"));
        *error = optionName.match(name).hasMatch() ? tr("unknown option %1").arg(name) : tr("unknown option");
        return false;
    }
    if (m_help)
        return true;
    if (m_positionals.size() < spec.positionalNames.size()) {
        *error = tr("missing argument %1").arg(spec.positionalNames.at(m_positionals.size()));
        return false;
    }
    if (m_positionals.size() > spec.positionalNames.size()) {
        // The extra argument is not repeated: it might be a secret typed in the wrong place.
        *error = spec.positionalNames.isEmpty()
            ? tr("this command takes no arguments")
            : tr("too many arguments (expected %1)").arg(spec.positionalNames.join(QLatin1Char(' ')));
        return false;
    }
    return true;
}

} // namespace dexdesk::cli
