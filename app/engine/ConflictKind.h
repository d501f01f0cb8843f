#pragma once

// What a 409 on an upsert means for the record (issue 11): a reference to something the district
// publishes itself waits for it (it may still be on its way); a reference to a descriptor value or
// to a resource the district does not publish (a school, an LEA) will not arrive by waiting, so
// the record is a data exception, held with the value named until it changes or the next download.

#include <QStringList>

namespace dexdesk {

struct ErrorBody;

enum class ConflictKind { DependencyWait, DataException };

// `published`: the resource names the engine publishes ("students", "staffs", …).
ConflictKind classifyConflict(const ErrorBody &body, const QStringList &published);

// Whether a name from an error body ("Student", "student", "StudentSchoolAssociation") is one of
// the published resources ("students", "studentSchoolAssociations").
bool namesPublishedResource(const QString &name, const QStringList &published);

} // namespace dexdesk
