// Error bodies: ErrorBody::parse reads whatever an agency answers with a failure (every shape of
// docs/compatibility.md, "Error bodies", and garbage). The first byte picks the HTTP status; the
// rest is the body. No crash; the cause, field, fix and summary are escaped (no control
// characters reach a dialog or a log line) and short; lists are capped.

#include "ErrorBody.h"
#include "FuzzSupport.h"

using namespace dexdesk;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    fuzz::initApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    static const int kStatuses[] = {0, 400, 401, 403, 404, 409, 415, 418, 500, 502, 503};
    const int status = kStatuses[data[0] % std::size(kStatuses)];
    const ErrorBody e = ErrorBody::parse(fuzz::input(data + 1, size - 1), status);
    const QString summary = e.summary();

    FUZZ_CHECK(!summary.isEmpty());
    for (const QString &text : {summary, e.cause, e.field, e.fix, e.raw, e.correlationId})
        FUZZ_CHECK(!fuzz::hasControlCharacters(text));
    // RemoteText::escape caps at a length and may end with one escape (\u0000, 6 characters) or "…".
    FUZZ_CHECK(e.cause.size() <= 300 + 6 && e.raw.size() <= 300 + 6);
    FUZZ_CHECK(summary.size() <= 1200);
    FUZZ_CHECK(e.validationErrors.size() <= 20 && e.references.size() <= 20);
    for (const ReferenceFailure &r : e.references) {
        FUZZ_CHECK(r.values.size() <= 10);
        FUZZ_CHECK(!fuzz::hasControlCharacters(r.text()));
    }
    for (const QString &v : e.validationErrors)
        FUZZ_CHECK(!fuzz::hasControlCharacters(v));
    if (e.namesOnlyDescriptors())
        FUZZ_CHECK(!e.references.isEmpty());
    return 0;
}
