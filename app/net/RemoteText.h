#pragma once

// Text that came from a server, made safe to log and show: control characters escaped, length
// capped. Also the parser for error bodies in every shape agencies send (SPEC §8).

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace dexdesk {

class RemoteText
{
public:
    static QString escape(const QString &text, int maxLength = 500);
    static QString escape(const QByteArray &utf8, int maxLength = 500);
};

// An error answer parsed: problem details (type, title, detail, validationErrors,
// correlationId), the older {"message"}, OAuth's {"error","error_description"}, or raw text.
struct ErrorBody {
    Q_DECLARE_TR_FUNCTIONS(ErrorBody)

public:
    QString type;
    QString title;
    QString detail;
    QString message; // {"message"} or error_description
    QString oauthError; // {"error": "invalid_client"}
    QStringList validationErrors;
    QString correlationId;
    QString raw; // escaped and truncated when nothing was recognised

    static ErrorBody parse(const QByteArray &body);
    QString summary() const; // one line for users and logs, already escaped
};

} // namespace dexdesk
