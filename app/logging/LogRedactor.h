#pragma once

// The sinks' last line of defence: whatever reaches a log is masked and escaped here. Secrets are
// not supposed to be logged at all; this catches the ones that slip through (a header dump, a
// server echoing a request body). Control characters are escaped so a message stays one line.

#include <QString>

namespace dexdesk {

class LogRedactor
{
public:
    static inline const QString kMask = QStringLiteral("***");

    // Masks Authorization/Proxy-Authorization/Cookie/Set-Cookie header values, Bearer and Basic
    // credentials, access_token/refresh_token/id_token/client_secret/password values in JSON,
    // form or query text; then escapes control characters and caps the length.
    static QString redact(const QString &message, int maxLength);
};

} // namespace dexdesk
