<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>dexdesk-cli [--database PATH] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option --database needs a file path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1

DEX Desk without windows, for technicians and servers. It works on the same database and
keychain as the DEX Desk application.

Commands:
%2%3%4%5%6%7%8help [COMMAND]
    Shows this help, or the help of one command.

Options (before the command):
  --database PATH   use this database file instead of the one in the application data folder
  --verbose         also print the program&apos;s log messages on standard error
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>No data exchange profile could be loaded, so there are no settings to work with. Check the warnings above and reinstall DEX Desk if the shipped profiles are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Installed profiles: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile file was skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings are already being saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no profile to restore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>the option %1 does not take a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the option %1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this command takes no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many arguments (expected %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionTestInput</name>
    <message>
        <source>The profile &quot;%1&quot; is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate file %1 named by the profile cannot be read, or holds no PEM certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no LEA %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;dexdesk-cli --help&quot; for the commands and options.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check the file&apos;s permissions, or choose another file with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file %1 is not a usable DEX Desk database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of DEX Desk (schema %2; this program knows schema %3). Use the newer version of DEX Desk, or choose another database with --database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2. Another program may be holding the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 failed: %3. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsBundle</name>
    <message>
        <source>The diagnostics bundle was not written: a secret was found in its part %1. This is a defect; please report it without attaching the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the diagnostics bundle %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] diagnostics FILE [--force]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostics FILE [--force]
    Writes a support bundle (a .tar.gz) to FILE for a support ticket: the settings without
    secrets, the recent log rows and the log files, row counts, the last test-connection report
    and the versions of the program, Qt, the system and the database. Before writing, the
    bundle is checked against the LEA secrets in the keychain. An existing FILE is kept unless
    --force is given.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diagnostics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; name the bundle file to write, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose another file name, or add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not be read, so the bundle is checked only against the secrets read before the failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the diagnostics bundle %1. It holds no secrets; attach it to the support ticket as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBody</name>
    <message>
        <source>(correlation id %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>settings history [--limit N] [--profile ID] [--json]
    Shows the audit trail of saved settings changes, newest first, at most N (default %1): when,
    by whom, how (save, import, restore-defaults), which field, old → new. A secret change shows
    only as &quot;changed&quot;. --profile ID keeps the changes of that profile. --json prints a JSON
    array instead.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings history: --limit needs a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings history: --profile needs a profile id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings changes are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogQuery</name>
    <message>
        <source>Cannot read the log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the log rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] logs [--level error|warning|info|diagnostic] [--since WHEN] [--category NAME] [--lea ID] [--search TEXT] [--limit N] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs [--level LEVEL] [--since WHEN] [--category NAME] [--lea ID] [--search TEXT] [--limit N] [--json]
    Shows the rows of the log table, newest first, at most N (default %1). --level error, warning,
    info or diagnostic shows that level and the more severe ones. --since takes an ISO date or
    date and time (local time unless it has an offset or Z) or a time ago: 30m, 2h, 7d.
    --category takes a category such as dexdesk.net and includes its children (several may be
    given separated by commas); --lea shows the messages about one LEA; --search keeps the
    messages that contain TEXT (case-insensitive). --json prints a JSON array instead.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: unknown level &quot;%1&quot; (error, warning, info or diagnostic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: --since &quot;%1&quot; is neither a date and time (2026-03-01T08:00) nor a time ago (30m, 2h, 7d)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: --category needs a category name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs: --limit needs a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the log table: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log rows match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NetError</name>
    <message>
        <source>Unknown host: the server name could not be found. Check the spelling of the URL and that this computer can reach the agency&apos;s network (DNS, VPN, proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections at that address and port. Check the URL&apos;s port, and that the agency&apos;s service is running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time. Check the network, firewall or proxy; the agency&apos;s service may be overloaded or down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server closed the connection without answering. This is usually temporary; try again. If it persists, check proxies and firewalls on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate expired (or not yet valid): the server&apos;s TLS certificate is outside its validity dates. The connection was refused. Ask the agency to renew it; also check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate untrusted: the server&apos;s TLS certificate is self-signed or issued by an authority this computer does not trust. The connection was refused. If your state uses a private certificate authority, name its CA file in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate for the wrong host: the server&apos;s TLS certificate does not match the host name in the URL. The connection was refused. Check the URL&apos;s host name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed and was refused. Check the URL, the certificate and any proxy that intercepts TLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server redirected to another address (another host, port or http instead of https). DEX Desk does not follow such redirects, so credentials never leave the agency&apos;s address. Use the final address as the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than DEX Desk accepts and was cut off. Check that the URL points at the agency&apos;s API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PasswordReader</name>
    <message>
        <source>The secret is longer than %1 bytes; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret was given (the input ended); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two entries are different; nothing was stored. Run the command again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileParser</name>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty list of years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold school years such as 2027 (the year the school year ends)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>school year %1 is listed twice in &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot; (expected dataChanges, download, publish or uniqueId)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;resources&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &quot;resources&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; is listed twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource &quot;%1&quot;: path must be relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; needs a natural key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; depends on &quot;%2&quot;, which is not listed before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource &quot;%1&quot;: direction must be &quot;publish&quot; or &quot;download&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;leas&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>each entry of &quot;leas&quot; must be an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a profile must not contain secrets; remove &quot;secret&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1; this file was made for another version of DEX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;id&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;yearSpecific&quot; must be true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>default school year %1 is not one of &quot;schoolYears&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;services&quot; must be an object with &quot;supported&quot; and &quot;defaults&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a default service is not among the supported services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Unique ID service needs &quot;uniqueIdPath&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a profile is a small JSON file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>profile id &quot;%1&quot; is already used by %2; this file was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; belongs to a profile shipped with DEX Desk. Give the imported profile another id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export First…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] purge [--dry-run] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge [--dry-run] [--json]
    Removes what the saved Purge Policy (aggressive, typical or seldom) says is obsolete: old log
    rows and rotated log files, and the engine&apos;s finished work. Pending, in-flight and failed
    work, publish status and unique-ID results are never touched. Prints how many items of each
    kind went. --dry-run only counts what would go and removes nothing. --json prints one JSON
    object instead.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The purge did not finish: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge policy %1: these items would be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge policy %1: removed these items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 (kept %3 days, older than %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Purger</name>
    <message>
        <source>Log rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot count the obsolete %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start purging %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging %1 failed: %2. What was removed before stays removed; run the purge again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purging %1 failed: %2. Run the purge again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDefaultsCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] restore-defaults [--profile ID] [--yes]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore-defaults [--profile ID] [--yes]
    Turns System Enabled Off and replaces the communication settings of the selected profile
    (URLs, school years, services, LEAs with their keys) with the profile&apos;s defaults, and
    removes the profile&apos;s LEA secrets from the keychain. Other profiles and the other general
    settings are kept. It first lists what will change and asks you to type &quot;yes&quot;;
    without a terminal it refuses unless --yes is given.
    --profile ID restores that profile instead and makes it the selected profile, as
    choosing it in the Data Exchange Profile list and pressing Restore Defaults would.
    Keep a copy first with &quot;dexdesk-cli settings export FILE&quot;.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore-defaults: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to restore: the profile %1 (%2) already has its defaults and System Enabled is Off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults for the profile %1 (%2) will:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  keep the settings (they are already the defaults)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  remove the keychain secrets of the LEAs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: there is no terminal to ask in. Run the command again with --yes to restore the defaults. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To keep a copy of the current settings first, cancel and run &quot;dexdesk-cli settings export FILE&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type yes to continue: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults restored for the profile %1 (%2). System Enabled is Off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>dexdesk-cli [--database PATH] secret set [--profile ID] --lea LEAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret set [--profile ID] --lea LEAID
    Stores the authentication secret of an LEA in the system keychain. The LEA must already be
    in the profile&apos;s settings (the selected profile unless --profile ID is given). In a
    terminal the secret is asked for twice and not shown; otherwise it is read as one line
    from standard input, for example: dexdesk-cli secret set --lea 255901 &lt; secret.txt
    The secret is never accepted on the command line, where other users and the shell
    history could see it.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: missing subcommand (set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret: unknown subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret set: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secret set: missing option --lea LEAID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile %1 (%2) has no LEA &quot;%3&quot; (its LEAs: %4). Add the LEA first, with its name and key: in DEX Desk under General Setup ▸ LEA Settings ▸ Configure…, or in a settings file imported with &quot;dexdesk-cli settings import FILE&quot;. Then set its secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret for LEA %1 of %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the secret again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is empty; nothing was stored. Enter the secret the agency gave you for this LEA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of LEA %1 (profile %2) is stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be assigned to LEA %1; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretProbe</name>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set (use &quot;dexdesk-cli secret set&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown (keychain unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings show [--json] [--profile ID] [--no-keychain]
    Shows the saved general settings, the communication settings of the selected profile (or of
    --profile ID) with its LEAs, and the installed profiles. For each LEA it says whether the
    keychain holds its secret (never the secret itself); --no-keychain skips that check.
    --json prints one JSON object with stable keys instead.
settings export FILE
    Writes the saved settings of every profile to FILE (&quot;-&quot; for standard output) as JSON.
    LEA secrets are never exported.
settings import FILE [--dry-run]
    Checks the whole of FILE (&quot;-&quot; for standard input); if anything is wrong it says what and
    changes nothing. Otherwise it saves the settings and lists the changes. LEAs that the file
    removes also lose their secrets in the keychain. --dry-run lists the changes and saves
    nothing.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings: unknown subcommand &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings show: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings export: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the settings of %1 profiles to %2. LEA secrets are not in the file; on another computer, set them with &quot;dexdesk-cli secret set&quot; after importing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1 would make these changes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1. Changes saved:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new LEAs have no secret yet. Set each one with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] settings show [--json] [--profile ID] [--no-keychain] | export FILE | import FILE [--dry-run] | history [--limit N] [--profile ID] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>settings: missing subcommand (show, export, import or history)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsExchange</name>
    <message>
        <source>%1 contains &quot;%2&quot;. Settings files never hold secrets; remove it and set the secret with the LEA settings or &quot;dexdesk-cli secret set&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;schoolYears&quot; must be a list of years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;schoolYears&quot; must hold each year once, as a number such as 2027.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;services&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown service &quot;%2&quot; (expected dataChanges, download, publish or uniqueId).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;leas&quot; must be a list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, LEA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs &quot;id&quot; (text), &quot;enabled&quot; (true or false) and optionally &quot;name&quot; and &quot;key&quot; (text).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;, enabled %3, key &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than 4 MiB; a settings file is much smaller. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a DEX Desk settings file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has format version %1; this version of DEX Desk reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;general&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;general&quot; has an unknown field &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has the wrong type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has settings for the profile &quot;%1&quot;, which is not installed here. Import that profile first (File ▸ Import Profile…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings in the file are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; a settings file is much smaller. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsReport</name>
    <message>
        <source>On (always on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication settings of the selected profile, %1 (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication settings of the profile %1 (%2), which is not the selected one:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (the profile&apos;s defaults: these settings were never changed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    LEA %1 &quot;%2&quot;: enabled %3, key &quot;%4&quot;, secret: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed profiles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 (selected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>System Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On runs the data exchange. Off halts every processor at once and stops collecting changes; changes made while Off are not sent later unless you run Publish All.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors are always recorded, in the database and in the log files. This option cannot be turned off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records warnings: problems less severe than errors that may still keep data from reaching the agency. Leave off unless asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records detail about what led to errors and warnings. Useful while you investigate a problem; leave off otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records very detailed technical information, mostly for support staff. It can produce a large volume of log data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job Processing Frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the processors run. Standard publishes queued changes every 30 seconds; High every 5 seconds; Low every 5 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purge Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long finished work and logs are kept before they are removed. Typical keeps delivered changes 30 days and logs 30 days. Pending or failed work is never purged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most requests sent to the agency at the same time, for all processors and LEAs together (1 to 32). 5 is recommended; raise it only if the agency allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Exchange Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency endpoint to exchange data with. Most districts have one profile. The communication settings below belong to this profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Exchange URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The base address of the agency&apos;s data API, for example https://api.state.example.gov/data/v3. It must start with https:// (http:// is accepted only for this computer, for testing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address where DEX Desk asks for an access token with each LEA&apos;s key and secret, for example https://api.state.example.gov/oauth/token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The school years to exchange. At least one must be checked before the system can be turned On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The services to run for this profile. Only the services the profile supports can be selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local education agencies that exchange data through this profile, each with its own authentication key and secret.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the communication settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the LEA settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start saving: %1. Another program may be writing to the database; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be written to the database (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings could not be committed to the database (%1). Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <source>DEX Desk settings (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were exported to %1. LEA secrets are not included; enter them again after an import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file %1 cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the same settings as the saved ones; there is nothing to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds the same settings as the saved ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These saved settings will change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes on the form will be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the settings from %1 and save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data exchange profiles (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was imported. Choose it under Data Exchange Profile to use it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsValidator</name>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a valid address: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a complete address such as https://api.example.org/data/v3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must start with https:// (not %1://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; credentials belong in the LEA settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the part after &apos;#&apos; from the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https:// for an agency endpoint. Unencrypted http:// is accepted only for this computer (localhost), for testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unencrypted connection: acceptable for a local simulator on this computer, never for a real agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the LEA identifier (the agency&apos;s number for the LEA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LEA identifier &quot;%1&quot; must be a number of up to 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simultaneous Connections must be from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data exchange profile is installed. Import the profile file your state provides.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not installed. Choose another profile or import its file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile does not offer the school year %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check at least one school year before turning the system On.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile does not support the %1 service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LEA %1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name of LEA %1 is longer than 75 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA %1 is enabled but has no authentication key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LEA is enabled, so nothing will be exchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings refer to the profile &quot;%1&quot;, which is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data Exchange URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestConnectionCommand</name>
    <message>
        <source>the report could not be kept for &quot;dexdesk-cli diagnostics&quot; in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] test-connection [--profile ID] [--lea ID] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection [--profile ID] [--lea ID] [--json]
    Checks the agency endpoint of the selected (or given) profile with the saved settings, step
    by step for each enabled LEA (or only --lea ID): URLs, host name, TCP and TLS, token,
    discovery document, a read for each checked school year, and the clock. Ends with a
    verdict and the likely fix. Exit status 0 when every step passes, 1 otherwise.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>test-connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <source>Key or secret rejected: the agency did not accept this LEA&apos;s authentication key and secret. Check both in the LEA settings (a secret is easy to mistype; paste it again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Authentication URL was not found (404). Check the URL&apos;s path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token answer was not understood (no access_token). Check that the Authentication URL points at the agency&apos;s token endpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token request failed with HTTP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::AuditTrailPage</name>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved settings changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change (old → new)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(general)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No settings changes have been saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s), newest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dexdesk::CommunicationSettingsBox</name>
    <message>
        <source>Communication Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure LEAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the list of LEAs, where you add, edit or remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Important:&lt;/b&gt; all communication settings below, including the LEA settings, belong to the profile &lt;b&gt;%1&lt;/b&gt;. Check that this is the right profile before you change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School year %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not support the %2 service, so it cannot be selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not supported by this profile</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::ConnectionTestRunner</name>
    <message>
        <source>Token request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LEA is enabled, so there is no key to test. Add or enable an LEA in LEA Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No school year is checked. Check at least one school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed for LEA %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection works: the endpoint answered, every enabled LEA received a token and could read data for the checked school years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the %1 warning(s) above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URLs well formed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both URLs are complete https addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host name resolves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown host &quot;%1&quot;: the name could not be found (%2). Check the spelling of the URL and that this computer can reach the agency&apos;s network (DNS, VPN, proxy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TCP and TLS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: TLS is valid; the certificate expires in %2 day(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask the agency to renew it soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: connected (unencrypted; acceptable only on this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is stored for this LEA. Enter it in the LEA settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifetime not stated by the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token granted in %1 ms (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This profile names no discovery document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Data Exchange URL does not end the way the profile&apos;s does, so the API root (and its discovery document) cannot be derived from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API discovery document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the discovery document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API version %1; data model %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read data for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: this LEA has no token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 in %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key lacks access to this resource or year (403): the agency has not granted this LEA&apos;s key access to %1 for %2. Ask the agency to grant it, or uncheck that school year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL path wrong (404): %1 does not exist on the server. Check the path part of the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the token (401) for %1. Check the LEA&apos;s key and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-JSON reply for %1: the URL probably points at a web page rather than the API. Check the URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1 for %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent no Date header to compare with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s off the server&apos;s. Tokens and certificates may fail; set the clock (enable automatic time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Within %1 s of the server&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::GeneralOptionsBox</name>
    <message>
        <source>General Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logging Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kinds of messages are recorded in the database and the log files. Keep the defaults unless support asks you to record more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::GeneralSetupPage</name>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the real-time data exchange with the state education agency. Changes take effect when you save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the agency endpoint with the values on screen (saved or not), step by step for each enabled LEA, and says what to fix. It runs in the background; you can cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turns the system Off and puts the selected profile&apos;s communication settings, LEAs and secrets back to the profile&apos;s defaults. You are asked to confirm first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks the form and saves all settings at once; LEA secrets go to the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form has unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them before switching to the profile &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication settings belong to a profile, so the form will show the settings of &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults Not Restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defaults restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secrets of the LEAs of &quot;%1&quot; are deleted from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved settings already match the defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your unsaved changes on the form will be dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the defaults? The system is turned Off, and the communication settings of the profile &quot;%1&quot; — URLs, school years, services, the LEAs and their keys and secrets — go back to the profile&apos;s defaults.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::LeaDialog</name>
    <message>
        <source>LEA Settings — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local education agencies that exchange data through the profile &lt;b&gt;%1&lt;/b&gt;. Secrets are kept in the system keychain and are written when you save the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an LEA to edit it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an LEA with its key and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the selected LEA, or enter a new secret for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected LEA. Its secret is deleted from the keychain when you save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove LEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the LEA %1? Its data exchange stops, and its secret is deleted from the keychain when you save the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::LeaEditDialog</name>
    <message>
        <source>Edit LEA %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add LEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA identifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency&apos;s number for the local education agency (localEducationAgencyId), up to 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name that helps you recognise the LEA (optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes exchanges data for this LEA; No keeps it in the list but skips it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA Enabled: Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA Enabled: No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA Enabled:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key (client id) the agency issued to this LEA. It is not secret and is stored with the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication &amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret the agency issued with the key. It is stored only in the system keychain when you save, never in the database or a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the secret you typed, to check it for mistakes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication &amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The identifier of an existing LEA cannot be changed, because its secret and its records are filed under it. Remove the LEA and add it again to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::LeaListModel</name>
    <message>
        <source>The LEA %1 is already in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name must be at most 75 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the authentication key, or set LEA Enabled to No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LEA is selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The LEA identifier cannot be changed. Remove the LEA and add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No LEAs configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 LEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 LEAs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New — stored on Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain and are never shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication Secret</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::LogTableModel</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::LogViewerPage</name>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the selected log lines to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Log &amp;Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the folder with the log files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The least severe level shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A category includes its sub-categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n row(s)… loading more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n row(s); narrow the filters to see older ones.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n row(s)… scroll for more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No log messages match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n matching row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dexdesk::MainWindow</name>
    <message>
        <source>General Setup[*]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General Setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the data exchange runs, as saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load settings exported from DEX Desk, after showing what would change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the settings, without secrets, to a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;Profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a data exchange profile file provided by your state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About DEX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System: Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) could not be loaded</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles Not Loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other profiles are available. Fix or replace these files, then restart DEX Desk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DEX Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEX Desk %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real-time data exchange between the district&apos;s student records and the state education agency.
Built with Qt %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving… the window closes when the save has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them before closing?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::SecretStore</name>
    <message>
        <source>No secret is stored for this LEA. Enter it in the LEA settings and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available, so LEA secrets cannot be stored. DEX Desk keeps secrets only in the system keychain (the Secret Service) and never in a file. Install and start a keyring, for example with &quot;sudo apt install gnome-keyring&quot;, and sign in to a desktop session; then save again. Your other settings are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so LEA secrets cannot be stored. DEX Desk never writes secrets to a file. Check that the keychain service is running, then save again. Your other settings are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your keychain (or allow DEX Desk when it asks), then save again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer within a few seconds. It may be locked and waiting for a password prompt that cannot be shown, or not running. Unlock or start it, then try again. Your other settings are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). DEX Desk keeps LEA secrets only there and never in a file. Check that a keyring service (such as gnome-keyring or KWallet) is installed, running and unlocked in your session, then try again. Your other settings are not affected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::SettingsEditor</name>
    <message>
        <source>Nothing was saved. Correct these fields first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: the LEA secrets could not be stored in the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Putting the previous secrets back in the keychain also failed: %1 Enter the LEA secrets again and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A save is already in progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data exchange profile is installed, so there are no defaults to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings were not saved: the LEA secrets could not be stored in the keychain. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dexdesk::TestConnectionDialog</name>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test Connection steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stops the test; nothing is changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing &lt;b&gt;%1&lt;/b&gt; with the values on screen (saved or not)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test finished: the connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test finished: there is a problem to fix.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DEX Desk: configure and run the real-time data exchange with the state education agency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the database file PATH instead of the default one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the program in language CODE (en, es, fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window into FILE (PNG) and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the LEA dialog of the selected profile into FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: show SECTION (general, logs, audit) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --screenshot: select and save profile ID first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dexdesk: no display was found (DISPLAY and WAYLAND_DISPLAY are not set, or name a display that is not running), so the window cannot be shown.
Run it inside a desktop session, or under a virtual display with &quot;xvfb-run -a dexdesk&quot;, or use the terminal program instead, for example &quot;dexdesk-cli settings show&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEX Desk Cannot Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved settings cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dexdesk: no profile has the id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dexdesk: no section is called %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dexdesk: cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
