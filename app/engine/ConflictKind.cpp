#include "ConflictKind.h"

#include "ErrorBody.h"

namespace dexdesk {

bool namesPublishedResource(const QString &name, const QStringList &published)
{
    const QString n = name.trimmed().toLower();
    if (n.isEmpty())
        return false;
    for (const QString &p : published) {
        const QString r = p.toLower();
        if (r == n || r == n + QLatin1Char('s') || r == n + QStringLiteral("es"))
            return true;
    }
    return false;
}

ConflictKind classifyConflict(const ErrorBody &body, const QStringList &published)
{
    // Nothing named (an older server's words, a delete still referenced): keep waiting, as before.
    if (body.references.isEmpty())
        return ConflictKind::DependencyWait;
    for (const ReferenceFailure &r : body.references) {
        if (!r.descriptor && (r.resource.isEmpty() || namesPublishedResource(r.resource, published)))
            return ConflictKind::DependencyWait;
    }
    return ConflictKind::DataException;
}

} // namespace dexdesk
