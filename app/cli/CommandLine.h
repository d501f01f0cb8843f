#pragma once

// The arguments of one command: flags, options that take a value, and positional arguments.
// Anything not declared is a usage error, so a secret can never sneak in through argv.

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QStringList>

namespace dexdesk::cli {

class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
public:
    struct Spec {
        QStringList flags; // "--json"
        QStringList valueOptions; // "--profile" (given as "--profile ID" or "--profile=ID")
        QStringList positionalNames; // required positionals, for messages ("FILE")
    };

    // Returns false with a message on an unknown option, a missing value or a wrong number of
    // positionals. "--help" and "-h" are always accepted; "-" is a positional; "--" ends options.
    bool parse(const QStringList &args, const Spec &spec, QString *error);

    bool helpRequested() const { return m_help; }
    bool isSet(const QString &flag) const { return m_flags.contains(flag); }
    QString value(const QString &option) const { return m_values.value(option); }
    bool hasValue(const QString &option) const { return m_values.contains(option); }
    QStringList positionals() const { return m_positionals; }

private:
    bool m_help = false;
    QSet<QString> m_flags;
    QHash<QString, QString> m_values;
    QStringList m_positionals;
};

} // namespace dexdesk::cli
