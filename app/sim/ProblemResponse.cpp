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

SimResponse ProblemResponse::reshape(SimResponse r, const QString &shape)
{
    if (r.drop || r.status < 400 || shape == QLatin1String("problem") || shape == QLatin1String("message"))
        return r;
    const QJsonObject problem = QJsonDocument::fromJson(r.body).object();
    if (!problem.contains(QStringLiteral("title")))
        return r;
    const QString detail = problem.value(QStringLiteral("detail")).toString();
    const QJsonObject errors = problem.value(QStringLiteral("validationErrors")).toObject();
    QJsonObject body;
    if (shape == QLatin1String("empty")) {
        SimResponse out;
        out.status = r.status;
        for (const auto &h : std::as_const(r.headers)) {
            if (h.first.compare("Content-Type", Qt::CaseInsensitive) != 0)
                out.headers.append(h);
        }
        return out;
    } else if (shape == QLatin1String("errorText")) {
        body.insert(QStringLiteral("error"), detail);
    } else if (shape == QLatin1String("errorObject")) {
        QJsonObject error {
            {QStringLiteral("message"), r.failures.isEmpty() ? detail : QStringLiteral("Reference validation failed")}};
        if (!r.failures.isEmpty())
            error.insert(QStringLiteral("failures"), r.failures);
        body.insert(QStringLiteral("error"), error);
    } else { // errorList
        QJsonArray list;
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            for (const QJsonValue &m : it.value().toArray())
                list.append(QJsonObject {
                    {QStringLiteral("message"), m.toString()},
                    {QStringLiteral("path"), it.key()},
                    {QStringLiteral("suggestion"), QStringLiteral("Check the value of %1.").arg(it.key())}});
        }
        if (list.isEmpty())
            list.append(QJsonObject {{QStringLiteral("message"), detail}});
        body.insert(QStringLiteral("error"), list);
    }
    SimResponse out = SimResponse::json(r.status, QJsonDocument(body));
    for (const auto &h : std::as_const(r.headers)) {
        if (h.first.compare("Content-Type", Qt::CaseInsensitive) != 0)
            out.headers.append(h);
    }
    return out;
}
