// dexdesk-sim: a local agency endpoint (a strict Ed-Fi ODS/API look-alike) for tests, demos and
// training. Prints exactly one line when listening, so scripts can read the port.
#include "SimCommandLine.h"
#include "SimServer.h"

#include <cstdio>
#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("dexdesk-sim"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DEXDESK_VERSION));

    SimCommandLine commandLine;
    switch (commandLine.parse(QCoreApplication::arguments())) {
    case SimCommandLine::Outcome::Help:
    case SimCommandLine::Outcome::Version:
        std::fputs(qPrintable(commandLine.message() + QLatin1Char('\n')), stdout);
        return 0;
    case SimCommandLine::Outcome::Error:
        std::fprintf(stderr, "dexdesk-sim: %s\nRun dexdesk-sim --help for the options.\n",
                     qPrintable(commandLine.message()));
        return 2;
    case SimCommandLine::Outcome::Run:
        break;
    }

    SimServer server(commandLine.config());
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "dexdesk-sim: %s\n", qPrintable(error));
        return 2;
    }
    std::printf("dexdesk-sim listening on %s\n", qPrintable(server.baseUrl().toString()));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
