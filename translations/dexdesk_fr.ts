<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>CliApp</name>
    <message>
        <source>dexdesk-cli [--database PATH] COMMAND [OPTIONS]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1

DEX Desk without windows, for technicians and servers. It works on the same database and
keychain as the DEX Desk application.

Commands:
%2%3%4help [COMMAND]
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
        <source>dexdesk-cli [--database PATH] settings show [--json] [--profile ID] [--no-keychain] | export FILE | import FILE [--dry-run]</source>
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
        <source>settings: missing subcommand (show, export or import)</source>
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
        <source>1 LEA, %1 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 LEAs, %2 enabled</source>
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
</context>
</TS>
