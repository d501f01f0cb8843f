#include "LogRedactor.h"

#include "RemoteText.h"

#include <QRegularExpression>

namespace dexdesk {

namespace {

struct Rule {
    QRegularExpression pattern;
    QString replacement;
};

const QList<Rule> &rules()
{
    using RE = QRegularExpression;
    const auto ci = RE::CaseInsensitiveOption;
    // Sensitive field names as they appear in JSON ("name": "value"), forms and queries
    // (name=value) or prose (name: value).
    const QString names = QStringLiteral(
        "access_token|refresh_token|id_token|client_secret|clientSecret|password|passwd|secret|api_key|apikey|token");
    static const QList<Rule> list = {
        // Header lines, up to the end of the header value (a comma or bracket ends a header list
        // printed on one line, as describeRequest() does).
        {RE(QStringLiteral(R"re(\b((?:proxy-)?authorization|cookie|set-cookie)(\s*[:=]\s*)[^\r\n,\]]*)re"), ci),
         QStringLiteral("\\1\\2***")},
        {RE(QStringLiteral(R"re(\b(bearer|basic)(\s+)[A-Za-z0-9._~+/=\-]+)re"), ci), QStringLiteral("\\1\\2***")},
        // "name": "value" in JSON (escaped quotes inside the value are handled)
        {RE(QStringLiteral(R"re(("(?:%1)"\s*:\s*")(?:[^"\\]|\\.)*("))re").arg(names), ci), QStringLiteral("\\1***\\2")},
        // name=value in forms and queries, name: value in prose
        {RE(QStringLiteral(R"re(\b(%1)(\s*[=:]\s*)(?!\*\*\*)[^\s&,;"'\]\)]+)re").arg(names), ci),
         QStringLiteral("\\1\\2***")},
    };
    return list;
}

} // namespace

QString LogRedactor::redact(const QString &message, int maxLength)
{
    QString text = message;
    for (const Rule &r : rules())
        text.replace(r.pattern, r.replacement);
    return RemoteText::escape(text, maxLength);
}

} // namespace dexdesk
