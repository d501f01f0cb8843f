#include "ProblemResponse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

SimResponse ProblemResponse::make(bool messageShape, int status, const QString &type, const QString &title,
                                  const QString &detail, const QMap<QString, QStringList> &validationErrors)
{
    QJsonObject errors;
    for (auto it = validationErrors.cbegin(); it != validationErrors.cend(); ++it)
        errors.insert(it.key(), QJsonArray::fromStringList(it.value()));
    QJsonObject body;
    if (messageShape) {
        body.insert(QStringLiteral("message"), detail);
        if (!errors.isEmpty())
            body.insert(QStringLiteral("modelState"), errors);
        return SimResponse::json(status, QJsonDocument(body));
    }
    body = QJsonObject {{QStringLiteral("type"), type},
                        {QStringLiteral("title"), title},
                        {QStringLiteral("status"), status},
                        {QStringLiteral("detail"), detail},
                        {QStringLiteral("correlationId"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    if (!errors.isEmpty())
        body.insert(QStringLiteral("validationErrors"), errors);
    SimResponse r = SimResponse::json(status, QJsonDocument(body));
    r.setHeader("Content-Type", "application/problem+json");
    return r;
}

SimResponse ProblemResponse::validation(bool messageShape, const QMap<QString, QStringList> &errors)
{
    return make(messageShape, 400, QStringLiteral("urn:ed-fi:api:bad-request:data-validation-failed"),
                QStringLiteral("Data Validation Failed"),
                QStringLiteral("Data validation failed. See 'validationErrors' for details."), errors);
}

SimResponse ProblemResponse::notFound(bool messageShape, const QString &detail)
{
    return make(messageShape, 404, QStringLiteral("urn:ed-fi:api:not-found"), QStringLiteral("Not Found"), detail);
}

SimResponse ProblemResponse::badRequest(bool messageShape, const QString &detail)
{
    return make(messageShape, 400, QStringLiteral("urn:ed-fi:api:bad-request"), QStringLiteral("Bad Request"), detail);
}
