// The discovery document (GET {apiRoot}) and the availableChangeVersions answer: what
// ServerCapabilities makes of them decides whether Download uses change queries. No crash; an
// answer is either understood or has a reason; the texts shown are escaped and short; a change
// version is -1 or a whole number a JSON double holds exactly.

#include "FuzzSupport.h"
#include "HttpJob.h"
#include "ServerCapabilities.h"

#include <QJsonDocument>

using namespace dexdesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    HttpResult http;
    http.status = 200;
    http.body = fuzz::input(data, size);
    const ServerCapabilities c = ServerCapabilities::fromDiscovery(http);
    FUZZ_CHECK(c.known == c.problem.isEmpty());
    FUZZ_CHECK(c.dataModels.size() <= 10);
    FUZZ_CHECK(c.apiVersion.size() <= 40 + 6);
    for (const QString &text : {c.apiVersion, c.changeQueriesUrl, c.identityUrl, c.dependenciesUrl})
        FUZZ_CHECK(!fuzz::hasControlCharacters(text) && text.size() <= 300 + 6);
    for (const QString &model : c.dataModels)
        FUZZ_CHECK(!fuzz::hasControlCharacters(model) && !model.isEmpty());
    FUZZ_CHECK(c.changeQueries == !c.changeQueriesUrl.isEmpty());
    FUZZ_CHECK(!c.changeQueriesText().isEmpty() && !c.dataModelText().isEmpty());
    FUZZ_CHECK(!QJsonDocument(c.toJson()).toJson().isEmpty());

    const qint64 version = ServerCapabilities::newestChangeVersion(http.body);
    FUZZ_CHECK(version >= -1 && version < (qint64(1) << 53));
    return 0;
}
