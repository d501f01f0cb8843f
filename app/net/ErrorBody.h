#pragma once

// An agency's error answer parsed, whatever its shape (SPEC §8, issue 11): RFC 9457 problem
// details (type, title, detail, errors, validationErrors, correlationId), {"message"} with or
// without "modelState", {"error": "text"} (OAuth's error and error_description too),
// {"error": {"message", "failures": [{"resourceName", "identity"}]}}, {"error": [{"message",
// "path", "suggestion"}]}, and empty or non-JSON bodies. Gives a short cause, the failing field or
// reference, and a fix where one is known. Everything taken from the body is escaped.

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace dexdesk {

// A reference the server could not resolve: the resource it names and the identity values.
struct ReferenceFailure {
    QString resource; // "GradeLevelDescriptor", "student", … (may be empty)
    QStringList values; // "uri://ed-fi.org/GradeLevelDescriptor#Ninth grade", "schoolId = 255901001"
    bool descriptor = false; // the resource or an identity key names a descriptor

    QString text() const; // "GradeLevelDescriptor uri://…#Ninth grade"
};

struct ErrorBody {
    Q_DECLARE_TR_FUNCTIONS(ErrorBody)

public:
    static constexpr qsizetype kMaxParsedBytes = 1024 * 1024; // larger bodies are shown raw

    int status = 0; // the HTTP status, when the caller gave it
    QString type;
    QString title;
    QString detail;
    QString message; // {"message"}, error.message, error_description
    QString oauthError; // {"error": "invalid_client"} or any {"error": "text"}
    QStringList validationErrors; // "field: message", from errors, validationErrors, modelState, error[]
    QList<ReferenceFailure> references;
    QString correlationId;
    QString raw; // escaped and truncated when nothing was recognised
    bool empty = false; // no body at all

    QString cause; // one short line: what went wrong
    QString field; // the failing field or reference, when one is named
    QString fix; // what to do, when it is known

    static ErrorBody parse(const QByteArray &body, int status = 0);
    QString summary() const; // one line for users and logs, already escaped

    // A reference failure names only descriptors (or nothing else): a value the agency lacks.
    bool namesOnlyDescriptors() const;
};

} // namespace dexdesk
