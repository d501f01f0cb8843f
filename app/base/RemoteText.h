#pragma once

// Text that came from a server, made safe to log and show: control characters escaped, length
// capped. Error bodies are parsed by ErrorBody (ErrorBody.h).

#include <QByteArray>
#include <QString>

namespace dexdesk {

class RemoteText
{
public:
    static QString escape(const QString &text, int maxLength = 500);
    static QString escape(const QByteArray &utf8, int maxLength = 500);
};

} // namespace dexdesk
