#pragma once

#include "SimHttp.h"

#include <QMap>
#include <QStringList>

// Builds the simulator's error bodies: Ed-Fi problem details (application/problem+json), or the
// older {"message": ...} shape when that switch is on.
class ProblemResponse
{
public:
    static SimResponse make(bool messageShape, int status, const QString &type, const QString &title,
                            const QString &detail, const QMap<QString, QStringList> &validationErrors = {});
    static SimResponse validation(bool messageShape, const QMap<QString, QStringList> &errors);
    static SimResponse notFound(bool messageShape, const QString &detail);
    static SimResponse badRequest(bool messageShape, const QString &detail);
    // Rewrites a problem-details answer into another shape real servers use (SimFaults::errorShape);
    // "problem" and "message" answers, and anything not problem details, stay as they are.
    static SimResponse reshape(SimResponse response, const QString &shape);
};
