#pragma once

// What every libFuzzer target of tests/fuzz shares: one QCoreApplication for the parsers that use
// Qt's resources or translations, Qt's own messages kept off the fuzzer's output, the input as a
// QByteArray, and an invariant check that stops the run with a message (a finding, like a crash).

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace dexdesk::fuzz {

inline void quietMessages(QtMsgType, const QMessageLogContext &, const QString &)
{ }

// Call from LLVMFuzzerInitialize. The application lives until the process ends.
inline void initApplication()
{
    static int argc = 1;
    static char name[] = "dexdesk-fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app)
    qInstallMessageHandler(quietMessages);
}

inline QByteArray input(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Text from a server or a file as the program shows it: no control characters but \n never
// reaches a dialog or a log line unescaped.
inline bool hasControlCharacters(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u == 0x7f)
            return true;
    }
    return false;
}

[[noreturn]] inline void invariantFailed(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "==dexdesk-fuzz== invariant failed: %s (%s:%d)\n", what, file, line);
    std::abort();
}

} // namespace dexdesk::fuzz

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::dexdesk::fuzz::invariantFailed(#condition, __FILE__, __LINE__);                                          \
    } while (false)
