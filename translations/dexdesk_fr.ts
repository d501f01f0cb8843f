<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Impossible de lire la piste d&apos;audit : %1</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1 : modifié</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>commande manquante</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation>help accepte au plus une commande</translation>
    </message>
    <message>
        <source>the option --database needs a file path or a postgresql:// URL</source>
        <translation>l&apos;option --database nécessite un chemin de fichier ou une URL postgresql://</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] [--secrets SOURCE] COMMAND [OPTIONS]</source>
        <translation>dexdesk-cli [--database CHEMIN] [--secrets SOURCE] COMMANDE [OPTIONS]</translation>
    </message>
    <message>
        <source>Usage: %1

DEX Desk without windows, for technicians and servers. It works on the same database and
keychain as the DEX Desk application.

Commands:
%2
Options (before the command):
  --database PATH   use this database file instead of the one in the application data folder;
                    or a PostgreSQL server: postgresql://user@host:port/database (the
                    password comes from ~/.pgpass, PGPASSFILE or a libpq service, never the URL)
  --secrets SOURCE  where LEA secrets are read from: keychain (the default), credentials
                    (systemd credentials in $CREDENTIALS_DIRECTORY, one file per LEA named
                    dexdesk.PROFILE.LEA) or file:PATH (lines dexdesk.PROFILE.LEA=SECRET in a
                    file owned by you with mode 0600); read only. Default: $DEXDESK_SECRETS,
                    else keychain
  --verbose         also print the program&apos;s log messages on standard error
  -h, --help        show this help
  -v, --version     show the version

Exit status: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Utilisation : %1

DEX Desk sans fenêtres, pour les techniciens et les serveurs. Il utilise la même base de données et
le même trousseau du système que l&apos;application DEX Desk.

Commandes :
%2
Options (avant la commande) :
  --database CHEMIN utiliser ce fichier de base de données au lieu de celui du dossier de données de l&apos;application ;
                    ou un serveur PostgreSQL : postgresql://utilisateur@hôte:port/base (le mot de
                    passe vient de ~/.pgpass, de PGPASSFILE ou d&apos;un service libpq, jamais de l&apos;URL)
  --secrets SOURCE  d&apos;où les secrets des LEA sont lus : keychain (le trousseau, par défaut),
                    credentials (identifiants systemd dans $CREDENTIALS_DIRECTORY, un fichier par
                    LEA nommé dexdesk.PROFILE.LEA) ou file:CHEMIN (lignes dexdesk.PROFILE.LEA=SECRET
                    dans un fichier à vous, en mode 0600) ; lecture seule. Par défaut : $DEXDESK_SECRETS,
                    sinon keychain
  --verbose         afficher aussi les messages du journal du programme sur la sortie d&apos;erreur standard
  -h, --help        afficher cette aide
  -v, --version     afficher la version

Code de sortie : 0 succès, 1 échec, 2 erreur d&apos;utilisation.
</translation>
    </message>
    <message>
        <source>the option --secrets needs a source: keychain, credentials or file:PATH</source>
        <translation>l&apos;option --secrets nécessite une source : keychain, credentials ou file:CHEMIN</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>No data exchange profile could be loaded, so there are no settings to work with. Check the warnings above and reinstall DEX Desk if the shipped profiles are missing.</source>
        <translation>Aucun profil d&apos;échange de données n&apos;a pu être chargé ; il n&apos;y a donc aucun paramètre à utiliser. Vérifiez les avertissements ci-dessus et réinstallez DEX Desk si les profils fournis sont manquants.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Installed profiles: %2.</source>
        <translation>Il n&apos;existe aucun profil « %1 ». Profils installés : %2.</translation>
    </message>
    <message>
        <source>a profile file was skipped: %1</source>
        <translation>un fichier de profil a été ignoré : %1</translation>
    </message>
    <message>
        <source>The settings are already being saved.</source>
        <translation>Les paramètres sont déjà en cours d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>There is no profile to restore.</source>
        <translation>Il n&apos;y a aucun profil à restaurer.</translation>
    </message>
</context>
<context>
    <name>CommandCall</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>the option %1 does not take a value</source>
        <translation>l&apos;option %1 n&apos;accepte pas de valeur</translation>
    </message>
    <message>
        <source>the option %1 needs a value</source>
        <translation>l&apos;option %1 nécessite une valeur</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>option inconnue %1</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>option inconnue</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>argument %1 manquant</translation>
    </message>
    <message>
        <source>this command takes no arguments</source>
        <translation>cette commande n&apos;accepte aucun argument</translation>
    </message>
    <message>
        <source>too many arguments (expected %1)</source>
        <translation>trop d&apos;arguments (%1 attendus)</translation>
    </message>
</context>
<context>
    <name>ConnectionTestInput</name>
    <message>
        <source>The profile &quot;%1&quot; is not installed.</source>
        <translation>Le profil « %1 » n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 named by the profile cannot be read, or holds no PEM certificate.</source>
        <translation>Le fichier de certificat d&apos;autorité (CA) %1 indiqué par le profil est illisible ou ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>The profile has no LEA %1.</source>
        <translation>Le profil n&apos;a pas de LEA %1.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Run &quot;dexdesk-cli --help&quot; for the commands and options.</source>
        <translation>Exécutez « dexdesk-cli --help » pour connaître les commandes et les options.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1 is %2 characters long, more than a descriptor value may have (%3); write the code value, e.g. &quot;Ninth grade&quot;, or its full URI</source>
        <translation>%1 compte %2 caractères, plus que ce qu&apos;une valeur de descripteur peut contenir (%3) ; écrivez la valeur de code, p. ex. « Ninth grade », ou son URI complet</translation>
    </message>
    <message>
        <source>%1 has no code value after &quot;#&quot;; write the code value, e.g. %2#Ninth grade</source>
        <translation>%1 n&apos;a pas de valeur de code après « # » ; écrivez la valeur de code, p. ex. %2#Ninth grade</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>ligne %1 : %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>ligne %1, %2 : %3</translation>
    </message>
    <message>
        <source>Problems not listed: %1 more.</source>
        <translation>Problèmes non affichés : %1 de plus.</translation>
    </message>
    <message>
        <source>Rows in the file: %1. New: %2, changed: %3, unchanged: %4, deleted: %5.</source>
        <translation>Lignes du fichier : %1. Nouvelles : %2, modifiées : %3, inchangées : %4, supprimées : %5.</translation>
    </message>
    <message>
        <source>%1 is not a school year; write the year in which the school year ends, e.g. 2027</source>
        <translation>%1 n&apos;est pas une année scolaire ; écrivez l&apos;année où se termine l&apos;année scolaire, p. ex. 2027</translation>
    </message>
    <message>
        <source>the value is missing; every record needs one</source>
        <translation>la valeur est manquante ; chaque enregistrement en a besoin</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; shorten it to at most %3</source>
        <translation>%1 compte %2 caractères ; raccourcissez-le à %3 au maximum</translation>
    </message>
    <message>
        <source>%1 is not a whole number; write digits only, e.g. 255901001</source>
        <translation>%1 n&apos;est pas un nombre entier ; écrivez uniquement des chiffres, p. ex. 255901001</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD</source>
        <translation>%1 n&apos;est pas une date ; écrivez-la au format AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>%1 is not true or false; write true, false, yes, no, 1 or 0</source>
        <translation>%1 n&apos;est ni true ni false ; écrivez true, false, yes, no, 1 ou 0</translation>
    </message>
    <message>
        <source>the list is empty; write at least one value (separate values with &quot;;&quot;)</source>
        <translation>la liste est vide ; écrivez au moins une valeur (séparez les valeurs par « ; »)</translation>
    </message>
    <message>
        <source>The default school year: %1.</source>
        <translation>L&apos;année scolaire par défaut : %1.</translation>
    </message>
    <message>
        <source>The default LEA: %1</source>
        <translation>La LEA par défaut : %1</translation>
    </message>
    <message>
        <source>The file is empty. Its first line must name the columns, e.g. %1.</source>
        <translation>Le fichier est vide. Sa première ligne doit nommer les colonnes, p. ex. %1.</translation>
    </message>
    <message>
        <source>column %1 of the header has no name; name it or remove the column</source>
        <translation>la colonne %1 de l&apos;en-tête n&apos;a pas de nom ; nommez-la ou supprimez la colonne</translation>
    </message>
    <message>
        <source>%1 (columns %2 and %3)</source>
        <translation>%1 (colonnes %2 et %3)</translation>
    </message>
    <message>
        <source>the header names columns that %1 records do not have: %2. Rename or remove them; the columns are %3</source>
        <translation>l&apos;en-tête nomme des colonnes que les enregistrements %1 n&apos;ont pas : %2. Renommez-les ou supprimez-les ; les colonnes sont %3</translation>
    </message>
    <message>
        <source>the header names a column twice: %1. Keep one of each</source>
        <translation>l&apos;en-tête nomme une colonne deux fois : %1. N&apos;en gardez qu&apos;une de chaque</translation>
    </message>
    <message>
        <source>the header lacks the required column(s) %1 of %2 records; add them</source>
        <translation>il manque à l&apos;en-tête la ou les colonnes obligatoires %1 des enregistrements %2 ; ajoutez-les</translation>
    </message>
    <message>
        <source>there is no school_year column; add one, or give the school year the rows belong to</source>
        <translation>il n&apos;y a pas de colonne school_year ; ajoutez-en une, ou indiquez l&apos;année scolaire à laquelle appartiennent les lignes</translation>
    </message>
    <message>
        <source>there is no lea_id column; add one, or give the LEA the rows belong to</source>
        <translation>il n&apos;y a pas de colonne lea_id ; ajoutez-en une, ou indiquez la LEA à laquelle appartiennent les lignes</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Split it into smaller files and import them one by one.</source>
        <translation>Le fichier compte plus de %1 lignes. Divisez-le en fichiers plus petits et importez-les un par un.</translation>
    </message>
    <message>
        <source>%1 field(s) but the header has %2; check this line&apos;s commas and quotes</source>
        <translation>%1 champ(s), mais l&apos;en-tête en a %2 ; vérifiez les virgules et les guillemets de cette ligne</translation>
    </message>
    <message>
        <source>the same %1 record (%2) is also on line %3; keep one of the two lines</source>
        <translation>le même enregistrement %1 (%2) figure aussi à la ligne %3 ; gardez une des deux lignes</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2. Check the path and that you may read the file.</source>
        <translation>Impossible de lire le fichier %1 : %2. Vérifiez le chemin et que vous avez le droit de lire le fichier.</translation>
    </message>
    <message>
        <source>There are no &quot;%1&quot; records. Choose one of: %2.</source>
        <translation>Il n&apos;existe pas d&apos;enregistrements « %1 ». Choisissez parmi : %2.</translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1. Another program may be holding it; try again.</source>
        <translation>Impossible de commencer à écrire dans la base de données : %1. Un autre programme la bloque peut-être ; réessayez.</translation>
    </message>
    <message>
        <source>Saving the records failed: %1.</source>
        <translation>La sauvegarde des enregistrements a échoué : %1.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the record has more than %2 fields. Check that the file is a CSV file separated by commas.</source>
        <translation>ligne %1 : l&apos;enregistrement compte plus de %2 champs. Vérifiez que le fichier est un fichier CSV séparé par des virgules.</translation>
    </message>
    <message>
        <source>line %1, field %2: the text is not UTF-8. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>ligne %1, champ %2 : le texte n&apos;est pas en UTF-8. Enregistrez le fichier au format « CSV UTF-8 » et importez-le de nouveau.</translation>
    </message>
    <message>
        <source>line %1: the record is longer than %2 bytes. Check that every quoted field has its closing quote.</source>
        <translation>ligne %1 : l&apos;enregistrement dépasse %2 octets. Vérifiez que chaque champ entre guillemets a son guillemet fermant.</translation>
    </message>
    <message>
        <source>line %1, field %2: a quote inside a field that does not start with a quote. Put the whole field in quotes and write the quote twice (&quot;&quot;).</source>
        <translation>ligne %1, champ %2 : un guillemet figure dans un champ qui ne commence pas par un guillemet. Mettez tout le champ entre guillemets et doublez le guillemet (&quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1, field %2: the quoted field is never closed. Add the closing quote (&quot;), and write a quote inside a field twice (&quot;&quot;).</source>
        <translation>ligne %1, champ %2 : le champ entre guillemets n&apos;est jamais fermé. Ajoutez le guillemet fermant (&quot;), et doublez tout guillemet à l&apos;intérieur d&apos;un champ (&quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1, field %2: there is text after the closing quote of a quoted field. A quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>ligne %1, champ %2 : du texte suit le guillemet fermant d&apos;un champ entre guillemets. Un guillemet à l&apos;intérieur d&apos;un champ entre guillemets s&apos;écrit deux fois (&quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1, field %2: the field is longer than %3 bytes. Check that every quoted field has its closing quote.</source>
        <translation>ligne %1, champ %2 : le champ dépasse %3 octets. Vérifiez que chaque champ entre guillemets a son guillemet fermant.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Le pilote SQLite pour Qt est absent. Installez le paquet libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another file with --database.</source>
        <translation>Impossible de créer le dossier %1 pour la base de données. Vérifiez que vous avez le droit d&apos;y écrire, ou choisissez un autre fichier avec --database.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check the file&apos;s permissions, or choose another file with --database.</source>
        <translation>Impossible d&apos;ouvrir la base de données %1 : %2. Vérifiez les permissions du fichier, ou choisissez un autre fichier avec --database.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of DEX Desk (schema %2; this program knows schema %3). Use the newer version of DEX Desk, or choose another database with --database.</source>
        <translation>La base de données %1 a été écrite par une version plus récente de DEX Desk (schéma %2 ; ce programme connaît le schéma %3). Utilisez la version plus récente de DEX Desk, ou choisissez une autre base de données avec --database.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2. Another program may be holding the database.</source>
        <translation>Impossible de démarrer une transaction sur %1 : %2. Un autre programme bloque peut-être la base de données.</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 failed: %3. Nothing was changed.</source>
        <translation>La mise à jour de la base de données %1 vers le schéma %2 a échoué : %3. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>DEX Desk left the file unchanged. Restore it from a backup, or choose another file with --database (a file that does not exist yet starts an empty database).</source>
        <translation>DEX Desk n&apos;a pas modifié le fichier. Restaurez-le depuis une sauvegarde, ou choisissez un autre fichier avec --database (un fichier qui n&apos;existe pas encore démarre une base de données vide).</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing, so DEX Desk cannot open %1. Install the package libqt6sql6-psql (Debian, Ubuntu) or your system&apos;s Qt 6 PostgreSQL driver.</source>
        <translation>Le pilote PostgreSQL de Qt est absent : DEX Desk ne peut donc pas ouvrir %1. Installez le paquet libqt6sql6-psql (Debian, Ubuntu) ou le pilote PostgreSQL de Qt 6 de votre système.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2. Check that the server runs and accepts connections from this machine, that the user and database exist, and that the password is in ~/.pgpass (or the file PGPASSFILE names).</source>
        <translation>Impossible de se connecter à la base de données PostgreSQL %1 : %2. Vérifiez que le serveur fonctionne et accepte les connexions de cette machine, que l&apos;utilisateur et la base existent, et que le mot de passe se trouve dans ~/.pgpass (ou dans le fichier que désigne PGPASSFILE).</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 does not accept DEX Desk&apos;s session settings: %2</source>
        <translation>La base de données PostgreSQL %1 n&apos;accepte pas les paramètres de session de DEX Desk : %2</translation>
    </message>
    <message>
        <source>The database %1 is read-only (its permissions allow no writing), and DEX Desk must write to it. DEX Desk left it unchanged. Make it writable (for example &quot;chmod u+w %1&quot;), or choose another file with --database.</source>
        <translation>La base de données %1 est en lecture seule (ses droits n&apos;autorisent pas l&apos;écriture), et DEX Desk doit y écrire. DEX Desk ne l&apos;a pas modifiée. Rendez-la accessible en écriture (par exemple « chmod u+w %1 »), ou choisissez un autre fichier avec --database.</translation>
    </message>
    <message>
        <source>The file %1 is not a usable DEX Desk database: %2. %3</source>
        <translation>Le fichier %1 n&apos;est pas une base de données DEX Desk utilisable : %2. %3</translation>
    </message>
    <message>
        <source>%1 is not a usable DEX Desk database: %2. %3</source>
        <translation>%1 n&apos;est pas une base de données DEX Desk utilisable : %2. %3</translation>
    </message>
    <message>
        <source>Check that this database belongs to DEX Desk and that your user may create tables in it.</source>
        <translation>Vérifiez que cette base de données appartient à DEX Desk et que votre utilisateur peut y créer des tables.</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] database copy --to postgresql://user@host:port/database [--json]</source>
        <translation>dexdesk-cli [--database CHEMIN] database copy --to postgresql://utilisateur@hôte:port/base [--json]</translation>
    </message>
    <message>
        <source>database copy --to URL [--json]
    Copies this SQLite database (settings, records, change queue and publish status, downloads,
    logs, job runs, audit trail) into the empty PostgreSQL database URL, in one transaction, and
    checks the row count of every table. A target that holds anything is refused. The password
    comes from ~/.pgpass, PGPASSFILE or a libpq service, never from the URL. The engine must not
    run on the source meanwhile. Afterwards use --database URL.
</source>
        <translation>database copy --to URL [--json]
    Copie cette base SQLite (paramètres, enregistrements, file des modifications et état de
    publication, téléchargements, journaux, exécutions des tâches, piste d&apos;audit) dans la base
    PostgreSQL vide URL, en une seule transaction, et vérifie le nombre de lignes de chaque table.
    Une cible qui contient quoi que ce soit est refusée. Le mot de passe vient de ~/.pgpass, de
    PGPASSFILE ou d&apos;un service libpq, jamais de l&apos;URL. Le moteur ne doit pas tourner sur la source
    pendant ce temps. Ensuite, utilisez --database URL.
</translation>
    </message>
    <message>
        <source>database: missing subcommand (copy)</source>
        <translation>database : sous-commande manquante (copy)</translation>
    </message>
    <message>
        <source>database: unknown subcommand &quot;%1&quot;</source>
        <translation>database : sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>database copy needs --to postgresql://user@host:port/database</source>
        <translation>database copy nécessite --to postgresql://utilisateur@hôte:port/base</translation>
    </message>
    <message>
        <source>--to takes a PostgreSQL URL (postgresql://user@host:port/database)</source>
        <translation>--to attend une URL PostgreSQL (postgresql://utilisateur@hôte:port/base)</translation>
    </message>
    <message>
        <source>The database to copy from is PostgreSQL already (%1). The copy moves an SQLite database; name its file with --database.</source>
        <translation>La base de données source est déjà PostgreSQL (%1). La copie déplace une base SQLite ; indiquez son fichier avec --database.</translation>
    </message>
    <message>
        <source>The engine is running on %1 (%2). Stop it, then copy.</source>
        <translation>Le moteur tourne sur %1 (%2). Arrêtez-le, puis copiez.</translation>
    </message>
    <message>
        <source>The copy did not happen: %1</source>
        <translation>La copie n&apos;a pas eu lieu : %1</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table&apos;s row count matches:</source>
        <translation>%1 lignes copiées dans %2 tables de %3 vers %4 ; le nombre de lignes de chaque table correspond :</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
    <message>
        <source>Use it with: dexdesk-cli --database %1 status</source>
        <translation>Utilisez-la avec : dexdesk-cli --database %1 status</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>The copy goes into a PostgreSQL database; %1 is not one. Give --to postgresql://user@host:port/database.</source>
        <translation>La copie va dans une base PostgreSQL ; %1 n&apos;en est pas une. Indiquez --to postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>The two databases have different schemas (%1 and %2). Open both with this version of DEX Desk first.</source>
        <translation>Les deux bases de données ont des schémas différents (%1 et %2). Ouvrez d&apos;abord les deux avec cette version de DEX Desk.</translation>
    </message>
    <message>
        <source>The target database has no table %1. Copy into a database made by this version of DEX Desk.</source>
        <translation>La base de données cible n&apos;a pas de table %1. Copiez dans une base créée par cette version de DEX Desk.</translation>
    </message>
    <message>
        <source>Cannot start the copy: %1</source>
        <translation>Impossible de commencer la copie : %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lecture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>Table %1: %2 rows read, but the source has %3 and the target %4. Nothing was copied.</source>
        <translation>Table %1 : %2 lignes lues, mais la source en a %3 et la cible %4. Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>Saving the copy failed: %1. Nothing was copied.</source>
        <translation>L&apos;enregistrement de la copie a échoué : %1. Rien n&apos;a été copié.</translation>
    </message>
    <message numerus="yes">
        <source>The target database %1 is not empty (table %2 holds %n row(s)). Copy into a new, empty database: nothing was changed.</source>
        <translation>
            <numerusform>La base de données cible %1 n&apos;est pas vide (la table %2 contient %n ligne). Copiez dans une base neuve et vide : rien n&apos;a été modifié.</numerusform>
            <numerusform>La base de données cible %1 n&apos;est pas vide (la table %2 contient %n lignes). Copiez dans une base neuve et vide : rien n&apos;a été modifié.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Remove the password from the URL and give it to PostgreSQL&apos;s own client library instead: a line in ~/.pgpass (or the file named by PGPASSFILE), or a service in ~/.pg_service.conf used with ?service=NAME.</source>
        <translation>Retirez le mot de passe de l&apos;URL et confiez-le à la bibliothèque cliente de PostgreSQL : une ligne dans ~/.pgpass (ou dans le fichier désigné par PGPASSFILE), ou un service dans ~/.pg_service.conf utilisé avec ?service=NOM.</translation>
    </message>
    <message>
        <source>The database is empty. Give a file path or a postgresql://user@host:port/database URL.</source>
        <translation>Aucune base de données n&apos;est indiquée. Donnez un chemin de fichier ou une URL postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>The database %1 is neither a file path nor a postgresql:// URL. DEX Desk works with an SQLite file or a PostgreSQL server (postgresql://user@host:port/database).</source>
        <translation>La base de données %1 n&apos;est ni un chemin de fichier ni une URL postgresql://. DEX Desk fonctionne avec un fichier SQLite ou un serveur PostgreSQL (postgresql://utilisateur@hôte:port/base).</translation>
    </message>
    <message>
        <source>The database URL contains a password, which DEX Desk does not store or show. %1</source>
        <translation>L&apos;URL de la base de données contient un mot de passe, que DEX Desk ne conserve ni n&apos;affiche. %1</translation>
    </message>
    <message>
        <source>The database URL is malformed (%1). Write it as postgresql://user@host:port/database, for example postgresql://dexdesk@db.example.org:5432/dexdesk.</source>
        <translation>L&apos;URL de la base de données est mal formée (%1). Écrivez-la sous la forme postgresql://utilisateur@hôte:port/base, par exemple postgresql://dexdesk@db.example.org:5432/dexdesk.</translation>
    </message>
    <message>
        <source>The database URL names no database: write it as postgresql://user@host:port/database.</source>
        <translation>L&apos;URL ne nomme aucune base de données : écrivez-la sous la forme postgresql://utilisateur@hôte:port/base.</translation>
    </message>
    <message>
        <source>The database URL&apos;s port 0 is not a port: give the server&apos;s port (PostgreSQL&apos;s default is 5432) or leave it out.</source>
        <translation>Le port 0 de l&apos;URL n&apos;est pas un port : indiquez le port du serveur (5432 par défaut pour PostgreSQL) ou omettez-le.</translation>
    </message>
    <message>
        <source>The database URL&apos;s parameter %1 is not one DEX Desk passes on. Use only %2.</source>
        <translation>Le paramètre %1 de l&apos;URL n&apos;est pas de ceux que DEX Desk transmet. Utilisez uniquement %2.</translation>
    </message>
    <message>
        <source>The database URL&apos;s parameter %1 has a value with spaces or signs libpq cannot take here. Put such settings in a service file and use ?service=NAME.</source>
        <translation>Le paramètre %1 de l&apos;URL a une valeur avec des espaces ou des signes que libpq ne peut pas accepter ici. Mettez ces réglages dans un fichier de service et utilisez ?service=NOM.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsBundle</name>
    <message>
        <source>The diagnostics bundle was not written: a secret was found in its part %1. This is a defect; please report it without attaching the bundle.</source>
        <translation>Le paquet de diagnostic n&apos;a pas été écrit : un secret a été trouvé dans sa partie %1. Il s&apos;agit d&apos;un défaut ; veuillez le signaler sans joindre le paquet.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write the diagnostics bundle %1: %2</source>
        <translation>Impossible d&apos;écrire le paquet de diagnostic %1 : %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] diagnostics FILE [--force]</source>
        <translation>dexdesk-cli [--database CHEMIN] diagnostics FICHIER [--force]</translation>
    </message>
    <message>
        <source>diagnostics FILE [--force]
    Writes a support bundle (a .tar.gz) to FILE for a support ticket: the settings without
    secrets, the recent log rows and the log files, row counts, the last test-connection report
    and the versions of the program, Qt, the system and the database. Before writing, the
    bundle is checked against the LEA secrets in the keychain. An existing FILE is kept unless
    --force is given.
</source>
        <translation>diagnostics FICHIER [--force]
    Écrit dans FICHIER un paquet d&apos;assistance (un .tar.gz) pour un ticket d&apos;assistance : les paramètres sans
    les secrets, les lignes récentes du journal et les fichiers journaux, le nombre de lignes, le dernier rapport
    de test de connexion et les versions du programme, de Qt, du système et de la base de données. Avant l&apos;écriture,
    le paquet est vérifié par rapport aux secrets des LEA du trousseau du système. Un FICHIER existant est conservé,
    sauf si --force est indiqué.
</translation>
    </message>
    <message>
        <source>%1 is a folder; name the bundle file to write, such as %2.</source>
        <translation>%1 est un dossier ; indiquez le nom du fichier de paquet à écrire, par exemple %2.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose another file name, or add --force to replace it.</source>
        <translation>%1 existe déjà et n&apos;a pas été modifié. Choisissez un autre nom de fichier, ou ajoutez --force pour le remplacer.</translation>
    </message>
    <message>
        <source>the keychain could not be read, so the bundle is checked only against the secrets read before the failure.</source>
        <translation>le trousseau du système n&apos;a pas pu être lu ; le paquet n&apos;est donc vérifié que par rapport aux secrets lus avant l&apos;échec.</translation>
    </message>
    <message>
        <source>Wrote the diagnostics bundle %1. It holds no secrets; attach it to the support ticket as it is.</source>
        <translation>Le paquet de diagnostic %1 a été écrit. Il ne contient aucun secret ; joignez-le tel quel au ticket d&apos;assistance.</translation>
    </message>
</context>
<context>
    <name>DownloadCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] download [--json]</source>
        <translation>dexdesk-cli [--database CHEMIN] download [--json]</translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>modifications seules</translation>
    </message>
    <message>
        <source>full</source>
        <translation>complet</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Resource (year)</source>
        <translation>Ressource (année)</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Insérés</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Modifiés</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Supprimés</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>dexdesk-cli: %1</source>
        <translation>dexdesk-cli : %1</translation>
    </message>
    <message>
        <source>No data exchange profile is installed, so there is nothing to download from.</source>
        <translation>Aucun profil d&apos;échange de données n&apos;est installé ; il n&apos;y a donc aucune source de téléchargement.</translation>
    </message>
    <message>
        <source>Download is off in the service options of profile &quot;%1&quot;. Turn it on in General Setup and save.</source>
        <translation>Le service Téléchargement est désactivé dans les options de service du profil « %1 ». Activez-le dans Configuration générale et enregistrez.</translation>
    </message>
    <message>
        <source>Another DEX Desk engine (%1) is running on this database and downloads on its own schedule. Stop it first to download by hand.</source>
        <translation>Un autre moteur DEX Desk (%1) s&apos;exécute sur cette base de données et télécharge selon son propre calendrier. Arrêtez-le d&apos;abord pour télécharger manuellement.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>download [--json]
    Downloads the agency&apos;s descriptors, local education agencies and schools of the selected
    profile&apos;s school years into the database, once, for the first enabled LEA (its secret comes
    from the keychain). Where the agency offers change queries only what changed since the last
    download is fetched. Needs the Download service on. A resource whose answer is malformed is
    left as it was. When the agency keeps failing the download stops and lists what it did
    not download. --json prints the per-resource counts as JSON. Exit code 0 when every
    resource was downloaded, 1 otherwise.
</source>
        <translation>download [--json]
    Télécharge une fois dans la base de données les descripteurs, les agences locales d&apos;éducation et
    les écoles de l&apos;agence pour les années scolaires du profil sélectionné, pour la première LEA
    activée (son secret provient du trousseau du système). Si l&apos;agence propose des requêtes de
    modifications, seul ce qui a changé depuis le dernier téléchargement est récupéré. Nécessite le
    service Téléchargement activé. Une ressource dont la réponse est mal formée reste inchangée. Si
    l&apos;agence échoue sans cesse, le téléchargement s&apos;arrête et liste ce qu&apos;il n&apos;a pas téléchargé. --json
    affiche les nombres par ressource en JSON. Code de sortie 0 si tout a été téléchargé, 1 sinon.
</translation>
    </message>
</context>
<context>
    <name>DownloadStore</name>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>« %1 » n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>an item of &quot;%1&quot; has no text &quot;%2&quot;</source>
        <translation>un élément de « %1 » n&apos;a pas de texte « %2 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>« %1 » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>« %1 » n&apos;est ni true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>« %1 » n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>« %1 » est manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not text</source>
        <translation>« %1 » est manquant ou n&apos;est pas du texte</translation>
    </message>
    <message>
        <source>the resource %1 is not one DEX Desk downloads</source>
        <translation>la ressource %1 ne fait pas partie de celles que DEX Desk télécharge</translation>
    </message>
    <message>
        <source>&quot;keyValues&quot; has no namespace and codeValue</source>
        <translation>« keyValues » n&apos;a pas de namespace ni de codeValue</translation>
    </message>
    <message>
        <source>&quot;keyValues&quot; has no usable &quot;%1&quot;</source>
        <translation>« keyValues » n&apos;a pas de « %1 » utilisable</translation>
    </message>
    <message>
        <source>a %1 record has %2 values for %3 columns</source>
        <translation>un enregistrement %1 a %2 valeurs pour %3 colonnes</translation>
    </message>
</context>
<context>
    <name>EngineCommands</name>
    <message>
        <source>dexdesk-cli [--database PATH] run [--once]</source>
        <translation>dexdesk-cli [--database CHEMIN] run [--once]</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] publish --all|--changes</source>
        <translation>dexdesk-cli [--database CHEMIN] publish --all|--changes</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] status [--json]</source>
        <translation>dexdesk-cli [--database CHEMIN] status [--json]</translation>
    </message>
    <message>
        <source>dexdesk-cli: %1</source>
        <translation>dexdesk-cli : %1</translation>
    </message>
    <message>
        <source>Sent %1 records; %2 rejected by the agency; %3 sends to retry.</source>
        <translation>%1 enregistrements envoyés ; %2 rejetés par l&apos;agence ; %3 envois à réessayer.</translation>
    </message>
    <message>
        <source>dexdesk-cli: not everything was sent. %1 Run &quot;dexdesk-cli status&quot; to see what is left.</source>
        <translation>dexdesk-cli : tout n&apos;a pas été envoyé. %1 Exécutez « dexdesk-cli status » pour voir ce qui reste.</translation>
    </message>
    <message>
        <source>Stopping: requests in flight are abandoned and stay queued.</source>
        <translation>Arrêt : les requêtes en cours sont abandonnées et restent dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>The engine runs while the system is On; stop it with Ctrl+C.</source>
        <translation>Le moteur s&apos;exécute tant que le système est Activé ; arrêtez-le avec Ctrl+C.</translation>
    </message>
    <message>
        <source>run [--once]
    Runs the exchange engine without a window while the system is On: publishes captured
    changes on the Job Processing Frequency&apos;s schedule, retries failures and follows saved
    settings (turning the system Off stops it within a second). Only one engine runs per
    database. --once sends what is queued and exits: 0 when everything was sent, 1 when some
    records were rejected or are still failing.
publish --all|--changes
    Publishes by hand, once, whether or not the system is On: --changes sends the queued
    changes, --all every record of the selected school years. Exit code 0 when everything
    was sent, 1 otherwise.
status [--json]
    Per resource: records queued, retrying, waiting on a dependency, stuck, rejected, held back
    (a value the agency lacks, or no state unique ID yet) and sent;
    whether an engine runs on this database; the latest runs.
</source>
        <translation>run [--once]
    Exécute le moteur d&apos;échange sans fenêtre tant que le système est Activé : publie les
    modifications capturées selon le calendrier de la Fréquence de traitement des tâches, réessaie
    les échecs et suit les paramètres enregistrés (désactiver le système l&apos;arrête en moins d&apos;une
    seconde). Un seul moteur s&apos;exécute par base de données. --once envoie ce qui est en file
    d&apos;attente puis s&apos;arrête : 0 si tout a été envoyé, 1 si des enregistrements ont été rejetés ou
    échouent encore.
publish --all|--changes
    Publie manuellement, une fois, que le système soit Activé ou non : --changes envoie les
    modifications en file d&apos;attente, --all tous les enregistrements des années scolaires
    sélectionnées. Code de sortie 0 si tout a été envoyé, 1 sinon.
status [--json]
    Par ressource : enregistrements en file d&apos;attente, en nouvel essai, en attente d&apos;une dépendance,
    bloqués, rejetés, retenus (une valeur que l&apos;agence n&apos;a pas, ou pas encore d&apos;identifiant unique
    de l&apos;État) et envoyés ; si un moteur s&apos;exécute sur cette base de données ; les dernières
    exécutions.
</translation>
    </message>
    <message>
        <source>publish: give exactly one of --all and --changes</source>
        <translation>publish : indiquez exactement une des options --all et --changes</translation>
    </message>
    <message>
        <source>Cannot read the exchange status: %1</source>
        <translation>Impossible de lire l&apos;état de l&apos;échange : %1</translation>
    </message>
    <message>
        <source>Engine: not running on this database.</source>
        <translation>Moteur : ne s&apos;exécute pas sur cette base de données.</translation>
    </message>
    <message>
        <source>Engine: running (%1).</source>
        <translation>Moteur : en cours d&apos;exécution (%1).</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6 %7 %8</source>
        <translation>%1 %2 %3 %4 %5 %6 %7 %8</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réess.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Attente</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Bloqué</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n captured change(s) not yet taken in by the engine.</source>
        <translation>
            <numerusform>%n modification capturée pas encore prise en charge par le moteur.</numerusform>
            <numerusform>%n modifications capturées pas encore prises en charge par le moteur.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest runs:</source>
        <translation>Dernières exécutions :</translation>
    </message>
    <message>
        <source>  %1 %2: %3, %4 sent, %5 failed</source>
        <translation>  %1 %2 : %3, %4 envoyés, %5 en échec</translation>
    </message>
    <message>
        <source>No changes were waiting: changes are captured only while the system is On and the profile&apos;s Data Changes service is on. &quot;dexdesk-cli publish --all&quot; sends every record.</source>
        <translation>Aucune modification n&apos;était en attente : les modifications ne sont capturées que lorsque le système est Activé et que le service Modifications de données du profil est activé. « dexdesk-cli publish --all » envoie tous les enregistrements.</translation>
    </message>
    <message>
        <source>LEA %1: %2</source>
        <translation>LEA %1 : %2</translation>
    </message>
    <message>
        <source>Not started: an LEA&apos;s secret is missing from %1.
%2</source>
        <translation>Non démarré : le secret d&apos;une LEA manque dans %1.
%2</translation>
    </message>
    <message>
        <source>  Instance %1: process %2 on %3, version %4, started %5, last heartbeat %6, %7 in flight, %8 connection slots%9</source>
        <translation>  Instance %1 : processus %2 sur %3, version %4, démarrée %5, dernier signal %6, %7 en cours, %8 emplacements de connexion%9</translation>
    </message>
    <message>
        <source> (not answering: stopped without leaving; its leases ran out, so the others took over its work. It is forgotten after an hour.)</source>
        <translation> (ne répond pas : arrêtée sans se retirer ; ses baux ont expiré, les autres ont donc repris son travail. Elle est oubliée au bout d&apos;une heure.)</translation>
    </message>
</context>
<context>
    <name>EngineController</name>
    <message>
        <source>No data exchange profile is installed, so there is nothing to send to.</source>
        <translation>Aucun profil d&apos;échange de données n&apos;est installé ; il n&apos;y a donc aucune destination d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>EngineStatus</name>
    <message>
        <source>Downloading from the agency</source>
        <translation>Téléchargement depuis l&apos;agence</translation>
    </message>
    <message>
        <source>Requesting unique IDs</source>
        <translation>Demande des identifiants uniques</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publication en cours</translation>
    </message>
    <message>
        <source>Waiting for the agency to recover</source>
        <translation>En attente du rétablissement de l&apos;agence</translation>
    </message>
    <message>
        <source>Monitoring (another DEX Desk engine sends)</source>
        <translation>Surveillance (un autre moteur DEX Desk envoie)</translation>
    </message>
</context>
<context>
    <name>ErrorBody</name>
    <message>
        <source>(correlation id %1)</source>
        <translation>(identifiant de corrélation %1)</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(réponse vide)</translation>
    </message>
    <message>
        <source>The agency refused the request as malformed (HTTP 400) without saying why</source>
        <translation>L&apos;agence a refusé la requête comme mal formée (HTTP 400) sans en indiquer la raison</translation>
    </message>
    <message>
        <source>Not authorised (HTTP 401, empty answer)</source>
        <translation>Non autorisé (HTTP 401, réponse vide)</translation>
    </message>
    <message>
        <source>Access denied (HTTP 403, empty answer)</source>
        <translation>Accès refusé (HTTP 403, réponse vide)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404, empty answer)</source>
        <translation>Introuvable (HTTP 404, réponse vide)</translation>
    </message>
    <message>
        <source>The agency&apos;s server failed (HTTP 500) without saying why</source>
        <translation>Le serveur de l&apos;agence a échoué (HTTP 500) sans en indiquer la raison</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty answer</source>
        <translation>HTTP %1 avec une réponse vide</translation>
    </message>
    <message>
        <source>Correct the record (or the URL) as the agency says, then retry.</source>
        <translation>Corrigez l&apos;enregistrement (ou l&apos;URL) comme l&apos;indique l&apos;agence, puis réessayez.</translation>
    </message>
    <message>
        <source>Check the LEA&apos;s key and secret.</source>
        <translation>Vérifiez la clé et le secret de la LEA.</translation>
    </message>
    <message>
        <source>The key may not change this: the record may belong to another API client, or the key lacks access to this resource or school year. Ask the agency.</source>
        <translation>La clé n&apos;a peut-être pas le droit de modifier ceci : l&apos;enregistrement appartient peut-être à un autre client de l&apos;API, ou la clé n&apos;a pas accès à cette ressource ou à cette année scolaire. Renseignez-vous auprès de l&apos;agence.</translation>
    </message>
    <message>
        <source>Check the path of the Data Exchange URL.</source>
        <translation>Vérifiez le chemin de l&apos;URL d&apos;échange de données.</translation>
    </message>
    <message>
        <source>A problem on the agency&apos;s side; DEX Desk retries. If it lasts, tell the agency (quote the correlation id when there is one).</source>
        <translation>Un problème du côté de l&apos;agence ; DEX Desk réessaie. S&apos;il persiste, signalez-le à l&apos;agence (en citant l&apos;identifiant de corrélation s&apos;il y en a un).</translation>
    </message>
    <message>
        <source>HTTP %1 with a web page instead of an API answer</source>
        <translation>HTTP %1 avec une page web au lieu d&apos;une réponse de l&apos;API</translation>
    </message>
    <message>
        <source>A web page instead of an API answer</source>
        <translation>Une page web au lieu d&apos;une réponse de l&apos;API</translation>
    </message>
    <message>
        <source>Reference not found</source>
        <translation>Référence introuvable</translation>
    </message>
    <message>
        <source>HTTP %1 with an answer that was not understood</source>
        <translation>HTTP %1 avec une réponse qui n&apos;a pas été comprise</translation>
    </message>
    <message>
        <source>An answer that was not understood</source>
        <translation>Une réponse qui n&apos;a pas été comprise</translation>
    </message>
    <message>
        <source>The agency does not have the value %1. Correct it in the district&apos;s records, or ask the agency to add it; the record is tried again after the next download or when it changes.</source>
        <translation>L&apos;agence n&apos;a pas la valeur %1. Corrigez-la dans les enregistrements du district, ou demandez à l&apos;agence de l&apos;ajouter ; l&apos;enregistrement est réessayé après le prochain téléchargement ou lorsqu&apos;il change.</translation>
    </message>
    <message>
        <source>The referenced %1 is not at the agency. Publish it first, or correct the reference.</source>
        <translation>L&apos;élément référencé (%1) n&apos;existe pas chez l&apos;agence. Publiez-le d&apos;abord, ou corrigez la référence.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
</context>
<context>
    <name>ExchangeCounts</name>
    <message>
        <source>All resources</source>
        <translation>Toutes les ressources</translation>
    </message>
</context>
<context>
    <name>FailureGroups</name>
    <message>
        <source>Rejected</source>
        <translation>Rejeté</translation>
    </message>
    <message>
        <source>Stuck (still retried)</source>
        <translation>Bloqué (toujours réessayé)</translation>
    </message>
    <message>
        <source>Waiting on a dependency</source>
        <translation>En attente d&apos;une dépendance</translation>
    </message>
    <message>
        <source>Value the agency lacks</source>
        <translation>Valeur que l&apos;agence n&apos;a pas</translation>
    </message>
    <message>
        <source>Waiting for a state ID</source>
        <translation>En attente d&apos;un identifiant de l&apos;État</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Écarté</translation>
    </message>
    <message>
        <source>The record is no longer in the queue.</source>
        <translation>L&apos;enregistrement n&apos;est plus dans la file d&apos;attente.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>La base de données est occupée ; réessayez.</translation>
    </message>
    <message>
        <source>The change could not be written; nothing was changed.</source>
        <translation>La modification n&apos;a pas pu être écrite ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1 : %2</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Identifiant de corrélation : %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Missing at the agency: %1</source>
        <translation>Absent chez l&apos;agence : %1</translation>
    </message>
    <message>
        <source>Field or reference: %1</source>
        <translation>Champ ou référence : %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Que faire : %1</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>Clear %1</source>
        <translation>Effacer %1</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>help [COMMAND]
    Shows this help, or the help of one command.
</source>
        <translation>help [COMMANDE]
    Affiche cette aide, ou l&apos;aide d&apos;une commande.
</translation>
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
        <translation>settings history [--limit N] [--profile ID] [--json]
    Affiche la piste d&apos;audit des modifications de paramètres enregistrées, des plus récentes aux plus anciennes, au plus N (%1 par défaut) :
    quand, par qui, comment (save, import, restore-defaults), quel champ, ancien → nouveau. La modification d&apos;un secret
    apparaît seulement comme « modifié ». --profile ID conserve les modifications de ce profil. --json affiche
    un tableau JSON à la place.
</translation>
    </message>
    <message>
        <source>settings history: --limit needs a whole number from 1 to %1</source>
        <translation>settings history: --limit nécessite un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>settings history: --profile needs a profile id</source>
        <translation>settings history: --profile nécessite un identifiant de profil</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>Impossible de lire la piste d&apos;audit : %1</translation>
    </message>
    <message>
        <source>No settings changes are recorded.</source>
        <translation>Aucune modification de paramètres n&apos;est enregistrée.</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>utilisateur inconnu</translation>
    </message>
</context>
<context>
    <name>InstanceRegistry</name>
    <message>
        <source>The database did not return the new instance&apos;s number.</source>
        <translation>La base de données n&apos;a pas renvoyé le numéro de la nouvelle instance.</translation>
    </message>
</context>
<context>
    <name>LogQuery</name>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>Impossible de lire le journal : %1</translation>
    </message>
    <message>
        <source>Cannot count the log rows: %1</source>
        <translation>Impossible de compter les lignes du journal : %1</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>La recherche a été annulée.</translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] logs [--level error|warning|info|diagnostic] [--since WHEN] [--category NAME] [--lea ID] [--search TEXT] [--limit N] [--json]</source>
        <translation>dexdesk-cli [--database CHEMIN] logs [--level error|warning|info|diagnostic] [--since QUAND] [--category NOM] [--lea ID] [--search TEXTE] [--limit N] [--json]</translation>
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
        <translation>logs [--level NIVEAU] [--since QUAND] [--category NOM] [--lea ID] [--search TEXTE] [--limit N] [--json]
    Affiche les lignes de la table du journal, des plus récentes aux plus anciennes, au plus N (%1 par défaut). --level error,
    warning, info ou diagnostic affiche ce niveau et les niveaux plus graves. --since accepte une date ISO ou
    une date et une heure (heure locale, sauf si un décalage ou Z est indiqué) ou une durée écoulée : 30m, 2h, 7d.
    --category accepte une catégorie comme dexdesk.net et inclut ses sous-catégories (plusieurs peuvent être
    indiquées, séparées par des virgules) ; --lea affiche les messages concernant une LEA ; --search conserve les
    messages qui contiennent TEXTE (sans tenir compte de la casse). --json affiche un tableau JSON à la place.
</translation>
    </message>
    <message>
        <source>logs: unknown level &quot;%1&quot; (error, warning, info or diagnostic)</source>
        <translation>logs: niveau inconnu « %1 » (error, warning, info ou diagnostic)</translation>
    </message>
    <message>
        <source>logs: --since &quot;%1&quot; is neither a date and time (2026-03-01T08:00) nor a time ago (30m, 2h, 7d)</source>
        <translation>logs: --since « %1 » n&apos;est ni une date et une heure (2026-03-01T08:00) ni une durée écoulée (30m, 2h, 7d)</translation>
    </message>
    <message>
        <source>logs: --category needs a category name</source>
        <translation>logs: --category nécessite un nom de catégorie</translation>
    </message>
    <message>
        <source>logs: --limit needs a whole number from 1 to %1</source>
        <translation>logs: --limit nécessite un nombre entier de 1 à %1</translation>
    </message>
    <message>
        <source>Cannot read the log table: %1</source>
        <translation>Impossible de lire la table du journal : %1</translation>
    </message>
    <message>
        <source>No log rows match.</source>
        <translation>Aucune ligne du journal ne correspond.</translation>
    </message>
</context>
<context>
    <name>NetError</name>
    <message>
        <source>Unknown host: the server name could not be found. Check the spelling of the URL and that this computer can reach the agency&apos;s network (DNS, VPN, proxy).</source>
        <translation>Hôte inconnu : le nom du serveur est introuvable. Vérifiez l&apos;orthographe de l&apos;URL et que cet ordinateur peut accéder au réseau de l&apos;agence (DNS, VPN, proxy).</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections at that address and port. Check the URL&apos;s port, and that the agency&apos;s service is running.</source>
        <translation>Connexion refusée : rien n&apos;accepte de connexions à cette adresse et sur ce port. Vérifiez le port de l&apos;URL, et que le service de l&apos;agence fonctionne.</translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time. Check the network, firewall or proxy; the agency&apos;s service may be overloaded or down.</source>
        <translation>Délai dépassé : le serveur n&apos;a pas répondu à temps. Vérifiez le réseau, le pare-feu ou le proxy ; le service de l&apos;agence est peut-être surchargé ou hors service.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering. This is usually temporary; try again. If it persists, check proxies and firewalls on the way.</source>
        <translation>Le serveur a fermé la connexion sans répondre. C&apos;est généralement temporaire ; réessayez. Si le problème persiste, vérifiez les proxys et pare-feu sur le trajet.</translation>
    </message>
    <message>
        <source>Certificate expired (or not yet valid): the server&apos;s TLS certificate is outside its validity dates. The connection was refused. Ask the agency to renew it; also check this computer&apos;s clock.</source>
        <translation>Certificat expiré (ou pas encore valide) : le certificat TLS du serveur est en dehors de ses dates de validité. La connexion a été refusée. Demandez à l&apos;agence de le renouveler ; vérifiez aussi l&apos;horloge de cet ordinateur.</translation>
    </message>
    <message>
        <source>Certificate untrusted: the server&apos;s TLS certificate is self-signed or issued by an authority this computer does not trust. The connection was refused. If your state uses a private certificate authority, name its CA file in the profile.</source>
        <translation>Certificat non approuvé : le certificat TLS du serveur est auto-signé ou émis par une autorité à laquelle cet ordinateur ne fait pas confiance. La connexion a été refusée. Si votre État utilise une autorité de certification privée, indiquez son fichier CA dans le profil.</translation>
    </message>
    <message>
        <source>Certificate for the wrong host: the server&apos;s TLS certificate does not match the host name in the URL. The connection was refused. Check the URL&apos;s host name.</source>
        <translation>Certificat pour un autre hôte : le certificat TLS du serveur ne correspond pas au nom d&apos;hôte de l&apos;URL. La connexion a été refusée. Vérifiez le nom d&apos;hôte de l&apos;URL.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed and was refused. Check the URL, the certificate and any proxy that intercepts TLS.</source>
        <translation>La connexion sécurisée (TLS) a échoué et a été refusée. Vérifiez l&apos;URL, le certificat et tout proxy qui intercepte le TLS.</translation>
    </message>
    <message>
        <source>The server redirected to another address (another host, port or http instead of https). DEX Desk does not follow such redirects, so credentials never leave the agency&apos;s address. Use the final address as the URL.</source>
        <translation>Le serveur a redirigé vers une autre adresse (autre hôte, autre port ou http au lieu de https). DEX Desk ne suit pas ces redirections, afin que les identifiants ne quittent jamais l&apos;adresse de l&apos;agence. Utilisez l&apos;adresse finale comme URL.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>La requête a échoué : %1</translation>
    </message>
    <message>
        <source>Too slow: the server kept sending its answer but did not finish it in time, so DEX Desk gave up on it. The agency&apos;s service or a proxy on the way may be overloaded; it is tried again later. If it persists, check the network path to the agency.</source>
        <translation>Trop lent : le serveur a continué d&apos;envoyer sa réponse sans la terminer à temps, DEX Desk l&apos;a donc abandonnée. Le service de l&apos;agence ou un proxy sur le chemin est peut-être surchargé ; une nouvelle tentative aura lieu plus tard. Si cela persiste, vérifiez le chemin réseau jusqu&apos;à l&apos;agence.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than DEX Desk accepts (%1) and was cut off. Check that the URL points at the agency&apos;s API.</source>
        <translation>La réponse du serveur dépassait ce que DEX Desk accepte (%1) et a été coupée. Vérifiez que l&apos;URL pointe vers l&apos;API de l&apos;agence.</translation>
    </message>
</context>
<context>
    <name>OneOffSession</name>
    <message>
        <source>No LEA of profile &quot;%1&quot; is enabled with a key. Enable one in General Setup and save.</source>
        <translation>Aucune LEA du profil « %1 » n&apos;est activée avec une clé. Activez-en une dans Configuration générale et enregistrez.</translation>
    </message>
    <message>
        <source>No secret is stored for LEA %1. Enter it in General Setup (or with &quot;dexdesk-cli secret set&quot;) and save.</source>
        <translation>Aucun secret n&apos;est enregistré pour la LEA %1. Saisissez-le dans Configuration générale (ou avec « dexdesk-cli secret set ») et enregistrez.</translation>
    </message>
    <message>
        <source>The secret of LEA %1 could not be read: %2</source>
        <translation>Le secret de la LEA %1 n&apos;a pas pu être lu : %2</translation>
    </message>
</context>
<context>
    <name>PasswordReader</name>
    <message>
        <source>The secret is longer than %1 bytes; nothing was stored.</source>
        <translation>Le secret dépasse %1 octets ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No secret was given (the input ended); nothing was stored.</source>
        <translation>Aucun secret n&apos;a été fourni (fin de l&apos;entrée) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The two entries are different; nothing was stored. Run the command again.</source>
        <translation>Les deux saisies sont différentes ; rien n&apos;a été enregistré. Exécutez de nouveau la commande.</translation>
    </message>
</context>
<context>
    <name>ProfileParser</name>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>le champ obligatoire « %1 » est absent</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>« %1 » doit être une chaîne</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>« %1 » ne doit pas être vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>« %1 » doit être une liste de chaînes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty strings</source>
        <translation>« %1 » doit être une liste de chaînes non vides</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty list of years</source>
        <translation>« %1 » doit être une liste d&apos;années non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold school years such as 2027 (the year the school year ends)</source>
        <translation>« %1 » doit contenir des années scolaires comme 2027 (l&apos;année où se termine l&apos;année scolaire)</translation>
    </message>
    <message>
        <source>school year %1 is listed twice in &quot;%2&quot;</source>
        <translation>l&apos;année scolaire %1 figure deux fois dans « %2 »</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot; (expected dataChanges, download, publish or uniqueId)</source>
        <translation>service inconnu « %1 » (dataChanges, download, publish ou uniqueId attendu)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>« %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;resources&quot; must be a list</source>
        <translation>« resources » doit être une liste</translation>
    </message>
    <message>
        <source>each entry of &quot;resources&quot; must be an object</source>
        <translation>chaque entrée de « resources » doit être un objet</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; is listed twice</source>
        <translation>la ressource « %1 » figure deux fois</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot;: path must be relative</source>
        <translation>ressource « %1 » : le chemin doit être relatif</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; needs a natural key</source>
        <translation>la ressource « %1 » nécessite une clé naturelle</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; depends on &quot;%2&quot;, which is not listed before it</source>
        <translation>la ressource « %1 » dépend de « %2 », qui ne figure pas avant elle</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot;: direction must be &quot;publish&quot; or &quot;download&quot;</source>
        <translation>ressource « %1 » : la direction doit être « publish » ou « download »</translation>
    </message>
    <message>
        <source>&quot;leas&quot; must be a list</source>
        <translation>« leas » doit être une liste</translation>
    </message>
    <message>
        <source>each entry of &quot;leas&quot; must be an object</source>
        <translation>chaque entrée de « leas » doit être un objet</translation>
    </message>
    <message>
        <source>a profile must not contain secrets; remove &quot;secret&quot;</source>
        <translation>un profil ne doit pas contenir de secrets ; supprimez « secret »</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>le fichier doit contenir un seul objet JSON</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1; this file was made for another version of DEX Desk</source>
        <translation>« formatVersion » doit valoir %1 ; ce fichier a été créé pour une autre version de DEX Desk</translation>
    </message>
    <message>
        <source>&quot;id&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>« id » ne peut contenir que des lettres, des chiffres, « . », « _ » et « - » (64 au maximum)</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a number</source>
        <translation>« order » doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;yearSpecific&quot; must be true or false</source>
        <translation>« yearSpecific » doit valoir true ou false</translation>
    </message>
    <message>
        <source>default school year %1 is not one of &quot;schoolYears&quot;</source>
        <translation>l&apos;année scolaire par défaut %1 ne fait pas partie de « schoolYears »</translation>
    </message>
    <message>
        <source>&quot;services&quot; must be an object with &quot;supported&quot; and &quot;defaults&quot;</source>
        <translation>« services » doit être un objet avec « supported » et « defaults »</translation>
    </message>
    <message>
        <source>a default service is not among the supported services</source>
        <translation>un service par défaut ne fait pas partie des services pris en charge</translation>
    </message>
    <message>
        <source>the Unique ID service needs &quot;uniqueIdPath&quot;</source>
        <translation>le service Identifiant unique nécessite « uniqueIdPath »</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a profile is a small JSON file</source>
        <translation>dépasse 1 Mio ; un profil est un petit fichier JSON</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot;: &quot;propertyNames&quot; must map property names to other property names, such as {&quot;categories&quot;: &quot;educationOrganizationCategories&quot;}</source>
        <translation>ressource « %1 » : « propertyNames » doit associer des noms de propriétés à d&apos;autres noms de propriétés, comme {&quot;categories&quot;: &quot;educationOrganizationCategories&quot;}</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot;: &quot;propertyNames&quot; gives two properties the name &quot;%2&quot;</source>
        <translation>ressource « %1 » : « propertyNames » donne le nom « %2 » à deux propriétés</translation>
    </message>
    <message>
        <source>&quot;dataStandard&quot; must be an Ed-Fi Data Standard version such as &quot;5&quot; or &quot;3.3&quot;</source>
        <translation>« dataStandard » doit être une version de l&apos;Ed-Fi Data Standard, comme « 5 » ou « 3.3 »</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>profile id &quot;%1&quot; is already used by %2; this file was skipped</source>
        <translation>l&apos;identifiant de profil « %1 » est déjà utilisé par %2 ; ce fichier a été ignoré</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; belongs to a profile shipped with DEX Desk. Give the imported profile another id.</source>
        <translation>L&apos;identifiant de profil « %1 » appartient à un profil fourni avec DEX Desk. Donnez un autre identifiant au profil importé.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Export First…</source>
        <translation>&amp;Exporter d&apos;abord…</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray</source>
        <translation>&amp;Continuer dans la zone de notification</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>PublishQueue</name>
    <message>
        <source>The resource %1 is not one DEX Desk keeps.</source>
        <translation>La ressource %1 ne fait pas partie de celles que DEX Desk conserve.</translation>
    </message>
    <message>
        <source>Waiting for a state unique ID: the Unique ID service assigns one, then the record is sent.</source>
        <translation>En attente d&apos;un identifiant unique de l&apos;État : le service Identifiant unique en attribue un, puis l&apos;enregistrement est envoyé.</translation>
    </message>
    <message>
        <source>Not sent: the agency does not have %1. Correct the value in the student information system (or download the agency&apos;s descriptors again), then the record is sent.</source>
        <translation>Non envoyé : l&apos;agence n&apos;a pas %1. Corrigez la valeur dans le système d&apos;information des élèves (ou téléchargez de nouveau les descripteurs de l&apos;agence), puis l&apos;enregistrement sera envoyé.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 « %2 »</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] purge [--dry-run] [--json]</source>
        <translation>dexdesk-cli [--database CHEMIN] purge [--dry-run] [--json]</translation>
    </message>
    <message>
        <source>purge [--dry-run] [--json]
    Removes what the saved Purge Policy (aggressive, typical or seldom) says is obsolete: old log
    rows and rotated log files, and the engine&apos;s finished work. Pending, in-flight and failed
    work, publish status and unique-ID results are never touched. Prints how many items of each
    kind went. --dry-run only counts what would go and removes nothing. --json prints one JSON
    object instead.
</source>
        <translation>purge [--dry-run] [--json]
    Supprime ce que la Politique de purge enregistrée (aggressive, typical ou seldom) considère comme obsolète :
    les anciennes lignes du journal, les fichiers journaux archivés et le travail terminé du moteur. Le travail en attente,
    en cours ou en échec, l&apos;état de publication et les résultats d&apos;identifiant unique ne sont jamais touchés. Affiche
    le nombre d&apos;éléments supprimés de chaque type. --dry-run compte seulement ce qui serait supprimé, sans rien
    supprimer. --json affiche un objet JSON à la place.
</translation>
    </message>
    <message>
        <source>The purge did not finish: %1</source>
        <translation>La purge ne s&apos;est pas terminée : %1</translation>
    </message>
    <message>
        <source>Purge policy %1: these items would be removed.</source>
        <translation>Politique de purge %1 : ces éléments seraient supprimés.</translation>
    </message>
    <message>
        <source>Purge policy %1: removed these items.</source>
        <translation>Politique de purge %1 : ces éléments ont été supprimés.</translation>
    </message>
    <message>
        <source>  %1: %2 (kept %3 days, older than %4)</source>
        <translation>  %1 : %2 (conservés %3 jours, antérieurs au %4)</translation>
    </message>
    <message>
        <source>Dry run: nothing was removed.</source>
        <translation>Simulation : rien n&apos;a été supprimé.</translation>
    </message>
</context>
<context>
    <name>Purger</name>
    <message>
        <source>Log rows</source>
        <translation>Lignes du journal</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Fichiers journaux</translation>
    </message>
    <message>
        <source>Cannot count the obsolete %1: %2</source>
        <translation>Impossible de compter les éléments obsolètes (%1) : %2</translation>
    </message>
    <message>
        <source>Cannot start purging %1: %2</source>
        <translation>Impossible de démarrer la purge de %1 : %2</translation>
    </message>
    <message>
        <source>Purging %1 failed: %2. What was removed before stays removed; run the purge again.</source>
        <translation>La purge de %1 a échoué : %2. Ce qui a déjà été supprimé le reste ; relancez la purge.</translation>
    </message>
    <message>
        <source>Purging %1 failed: %2. Run the purge again.</source>
        <translation>La purge de %1 a échoué : %2. Relancez la purge.</translation>
    </message>
    <message>
        <source>Delivered changes</source>
        <translation>Modifications livrées</translation>
    </message>
    <message>
        <source>Finished job runs</source>
        <translation>Exécutions de tâches terminées</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Writing the %1 records failed: %2.</source>
        <translation>L&apos;écriture des enregistrements %1 a échoué : %2.</translation>
    </message>
    <message>
        <source>The %1 records have no school_year or lea_id.</source>
        <translation>Les enregistrements %1 n&apos;ont pas de school_year ni de lea_id.</translation>
    </message>
    <message>
        <source>The %1 records have no %2 column, which is part of their key.</source>
        <translation>Les enregistrements %1 n&apos;ont pas de colonne %2, qui fait partie de leur clé.</translation>
    </message>
    <message>
        <source>The %1 records have no column %2.</source>
        <translation>Les enregistrements %1 n&apos;ont pas de colonne %2.</translation>
    </message>
    <message>
        <source>The %1 record with the key %2 is given twice.</source>
        <translation>L&apos;enregistrement %1 avec la clé %2 figure deux fois.</translation>
    </message>
</context>
<context>
    <name>RecordsCommands</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 doit être un nombre entier de %2 à %3, et non « %4 »</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 nouveaux, %2 modifiés, %3 inchangés</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] records import-csv RESOURCE FILE [--school-year Y] [--lea ID] [--replace] [--dry-run] | generate --students N [--seed S] [--school-year Y] [--lea ID] | count [--json]</source>
        <translation>dexdesk-cli [--database CHEMIN] records import-csv RESSOURCE FICHIER [--school-year A] [--lea ID] [--replace] [--dry-run] | generate --students N [--seed S] [--school-year A] [--lea ID] | count [--json]</translation>
    </message>
    <message>
        <source>records import-csv RESOURCE FILE [--school-year Y] [--lea ID] [--replace] [--dry-run]
    Imports a CSV file (UTF-8, comma separated, a header naming the columns) into the records
    of RESOURCE, an Ed-Fi resource name such as students or studentSchoolAssociations. The
    columns are those of the resource plus school_year and lea_id; --school-year and --lea
    give them for a file without those columns. The whole file is checked first: on any
    problem nothing changes and each problem is listed with its line. A row already stored
    (same school year and key) is updated only when a value differs. --replace treats the
    file as a full extract and deletes the rows of its school years that it lacks. --dry-run
    checks the file and says what would change, without changing anything.
records generate --students N [--seed S] [--school-year Y] [--lea ID]
    Makes sample records: the LEA (default 255901) and its three schools, N students with their
    school and LEA associations, and a staff member per 15 students with theirs, for school
    year Y (default 2027). The same seed (default 1) always gives the same records.
records count [--json]
    Shows how many records there are of each resource and school year.
</source>
        <translation>records import-csv RESSOURCE FICHIER [--school-year A] [--lea ID] [--replace] [--dry-run]
    Importe un fichier CSV (UTF-8, séparé par des virgules, avec un en-tête nommant les colonnes)
    dans les enregistrements de RESSOURCE, un nom de ressource Ed-Fi comme students ou
    studentSchoolAssociations. Les colonnes sont celles de la ressource, plus school_year et lea_id ;
    --school-year et --lea les fournissent pour un fichier sans ces colonnes. Le fichier entier est
    d&apos;abord vérifié : au moindre problème, rien ne change et chaque problème est indiqué avec sa
    ligne. Une ligne déjà enregistrée (même année scolaire et même clé) n&apos;est mise à jour que si une
    valeur diffère. --replace traite le fichier comme un extrait complet et supprime les lignes de
    ses années scolaires qui n&apos;y figurent pas. --dry-run vérifie le fichier et indique ce qui
    changerait, sans rien modifier.
records generate --students N [--seed S] [--school-year A] [--lea ID]
    Crée des enregistrements d&apos;exemple : la LEA (255901 par défaut) et ses trois écoles, N élèves avec
    leurs associations à l&apos;école et à la LEA, et un membre du personnel pour 15 élèves avec les
    siennes, pour l&apos;année scolaire A (2027 par défaut). La même graine (1 par défaut) donne toujours
    les mêmes enregistrements.
records count [--json]
    Affiche le nombre d&apos;enregistrements de chaque ressource et de chaque année scolaire.
</translation>
    </message>
    <message>
        <source>records: missing subcommand (import-csv, generate or count)</source>
        <translation>records : sous-commande manquante (import-csv, generate ou count)</translation>
    </message>
    <message>
        <source>records: unknown subcommand &quot;%1&quot;</source>
        <translation>records : sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>records import-csv: %1</source>
        <translation>records import-csv : %1</translation>
    </message>
    <message>
        <source>records import-csv: there are no &quot;%1&quot; records; use one of %2</source>
        <translation>records import-csv : il n&apos;existe pas d&apos;enregistrements « %1 » ; utilisez l&apos;un de ceux-ci : %2</translation>
    </message>
    <message>
        <source>records import-csv: --lea needs an LEA identifier</source>
        <translation>records import-csv : --lea nécessite un identifiant de LEA</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed. Fix these problems and import it again:</source>
        <translation>%1 n&apos;a pas été importé ; rien n&apos;a été modifié. Corrigez ces problèmes et importez-le de nouveau :</translation>
    </message>
    <message>
        <source>Dry run: %1 is valid. Importing it into %2 would do this:</source>
        <translation>Simulation : %1 est valide. L&apos;importer dans %2 aurait l&apos;effet suivant :</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>%1 importé dans %2.</translation>
    </message>
    <message>
        <source>  Changes queued for the agency: %1.</source>
        <translation>  Modifications en file d&apos;attente pour l&apos;agence : %1.</translation>
    </message>
    <message>
        <source>records generate: %1</source>
        <translation>records generate : %1</translation>
    </message>
    <message>
        <source>records generate: say how many students with --students N</source>
        <translation>records generate : indiquez le nombre d&apos;élèves avec --students N</translation>
    </message>
    <message>
        <source>Sample records for LEA %1, school year %2 (seed %3), written in %4 s:</source>
        <translation>Enregistrements d&apos;exemple pour la LEA %1, année scolaire %2 (graine %3), écrits en %4 s :</translation>
    </message>
    <message>
        <source>Cannot count the %1 records: %2</source>
        <translation>Impossible de compter les enregistrements %1 : %2</translation>
    </message>
    <message>
        <source>There are no district records yet. Import them with &quot;dexdesk-cli records import-csv&quot;, or make sample records with &quot;dexdesk-cli records generate --students 100&quot;.</source>
        <translation>Il n&apos;y a pas encore d&apos;enregistrements du district. Importez-les avec « dexdesk-cli records import-csv », ou créez des enregistrements d&apos;exemple avec « dexdesk-cli records generate --students 100 ».</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Records in all: %1</source>
        <translation>Enregistrements au total : %1</translation>
    </message>
</context>
<context>
    <name>RestoreDefaultsCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] restore-defaults [--profile ID] [--yes]</source>
        <translation>dexdesk-cli [--database CHEMIN] restore-defaults [--profile ID] [--yes]</translation>
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
        <translation>restore-defaults [--profile ID] [--yes]
    Met Système activé sur Désactivé, remplace les paramètres de communication du profil sélectionné
    (URL, années scolaires, services, LEA avec leurs clés) par les valeurs par défaut du profil, et
    supprime du trousseau du système les secrets des LEA du profil. Les autres profils et les autres paramètres
    généraux sont conservés. La commande liste d&apos;abord ce qui va changer et vous demande de taper « yes » ;
    sans terminal, elle refuse sauf si --yes est indiqué.
    --profile ID restaure plutôt ce profil et en fait le profil sélectionné, comme le ferait
    le choix de ce profil dans la liste Profil d&apos;échange de données suivi de Restaurer les valeurs par défaut.
    Conservez d&apos;abord une copie avec « dexdesk-cli settings export FICHIER ».
</translation>
    </message>
    <message>
        <source>Nothing to restore: the profile %1 (%2) already has its defaults and System Enabled is Off.</source>
        <translation>Rien à restaurer : le profil %1 (%2) a déjà ses valeurs par défaut et Système activé est sur Désactivé.</translation>
    </message>
    <message>
        <source>Restore Defaults for the profile %1 (%2) will:</source>
        <translation>La restauration des valeurs par défaut du profil %1 (%2) va :</translation>
    </message>
    <message>
        <source>  keep the settings (they are already the defaults)</source>
        <translation>  conserver les paramètres (ce sont déjà les valeurs par défaut)</translation>
    </message>
    <message>
        <source>  remove the keychain secrets of the LEAs %1</source>
        <translation>  supprimer du trousseau du système les secrets des LEA %1</translation>
    </message>
    <message>
        <source>Not confirmed: there is no terminal to ask in. Run the command again with --yes to restore the defaults. Nothing was changed.</source>
        <translation>Non confirmé : aucun terminal ne permet de poser la question. Exécutez de nouveau la commande avec --yes pour restaurer les valeurs par défaut. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>To keep a copy of the current settings first, cancel and run &quot;dexdesk-cli settings export FILE&quot;.</source>
        <translation>Pour conserver d&apos;abord une copie des paramètres actuels, annulez et exécutez « dexdesk-cli settings export FICHIER ».</translation>
    </message>
    <message>
        <source>Type yes to continue: </source>
        <translation>Tapez yes (en anglais) pour continuer : </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Defaults restored for the profile %1 (%2). System Enabled is Off.</source>
        <translation>Valeurs par défaut restaurées pour le profil %1 (%2). Système activé est sur Désactivé.</translation>
    </message>
</context>
<context>
    <name>SampleDataGenerator</name>
    <message>
        <source>The number of students must be from 1 to %1.</source>
        <translation>Le nombre d&apos;élèves doit être compris entre 1 et %1.</translation>
    </message>
    <message>
        <source>The school year must be from 1930 to 2100 (the year in which it ends, e.g. 2027).</source>
        <translation>L&apos;année scolaire doit être comprise entre 1930 et 2100 (l&apos;année où elle se termine, p. ex. 2027).</translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1. Another program may be holding it; try again.</source>
        <translation>Impossible de commencer à écrire dans la base de données : %1. Un autre programme la bloque peut-être ; réessayez.</translation>
    </message>
    <message>
        <source>Saving the records failed: %1.</source>
        <translation>La sauvegarde des enregistrements a échoué : %1.</translation>
    </message>
    <message>
        <source>Generating the sample records failed: %1 Nothing was changed.</source>
        <translation>La génération des enregistrements d&apos;exemple a échoué : %1 Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>dexdesk-cli [--database PATH] secret set [--profile ID] --lea LEAID</source>
        <translation>dexdesk-cli [--database CHEMIN] secret set [--profile ID] --lea LEAID</translation>
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
        <translation>secret set [--profile ID] --lea LEAID
    Enregistre le secret d&apos;authentification d&apos;une LEA dans le trousseau du système. La LEA doit déjà figurer
    dans les paramètres du profil (le profil sélectionné, sauf si --profile ID est indiqué). Dans un
    terminal, le secret est demandé deux fois et n&apos;est pas affiché ; sinon, il est lu sur une ligne
    de l&apos;entrée standard, par exemple : dexdesk-cli secret set --lea 255901 &lt; secret.txt
    Le secret n&apos;est jamais accepté sur la ligne de commande, où d&apos;autres utilisateurs et l&apos;historique
    du shell pourraient le voir.
</translation>
    </message>
    <message>
        <source>secret: missing subcommand (set)</source>
        <translation>secret: sous-commande manquante (set)</translation>
    </message>
    <message>
        <source>secret: unknown subcommand &quot;%1&quot;</source>
        <translation>secret: sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>secret set: missing option --lea LEAID</source>
        <translation>secret set: option --lea LEAID manquante</translation>
    </message>
    <message>
        <source>The profile %1 (%2) has no LEA &quot;%3&quot; (its LEAs: %4). Add the LEA first, with its name and key: in DEX Desk under General Setup ▸ LEA Settings ▸ Configure…, or in a settings file imported with &quot;dexdesk-cli settings import FILE&quot;. Then set its secret.</source>
        <translation>Le profil %1 (%2) n&apos;a pas de LEA « %3 » (ses LEA : %4). Ajoutez d&apos;abord la LEA, avec son nom et sa clé : dans DEX Desk sous Configuration générale ▸ Paramètres des LEA ▸ Configurer…, ou dans un fichier de paramètres importé avec « dexdesk-cli settings import FICHIER ». Définissez ensuite son secret.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Secret for LEA %1 of %2: </source>
        <translation>Secret de la LEA %1 de %2 : </translation>
    </message>
    <message>
        <source>Type the secret again: </source>
        <translation>Tapez de nouveau le secret : </translation>
    </message>
    <message>
        <source>The secret is empty; nothing was stored. Enter the secret the agency gave you for this LEA.</source>
        <translation>Le secret est vide ; rien n&apos;a été enregistré. Saisissez le secret que l&apos;agence vous a fourni pour cette LEA.</translation>
    </message>
    <message>
        <source>The secret of LEA %1 (profile %2) is stored in the keychain.</source>
        <translation>Le secret de la LEA %1 (profil %2) est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>The secret could not be assigned to LEA %1; nothing was stored.</source>
        <translation>Le secret n&apos;a pas pu être associé à la LEA %1 ; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>SecretFileReader</name>
    <message>
        <source>%1: secrets files are not supported on Windows, where file permissions cannot be checked the same way. Keep the LEA secrets in the Windows Credential Manager (the default).</source>
        <translation>%1 : les fichiers de secrets ne sont pas pris en charge sous Windows, où les droits des fichiers ne peuvent pas être vérifiés de la même façon. Gardez les secrets des LEA dans le Gestionnaire d&apos;identification de Windows (par défaut).</translation>
    </message>
    <message>
        <source>%1 (a symbolic link to %2)</source>
        <translation>%1 (un lien symbolique vers %2)</translation>
    </message>
    <message>
        <source>%1 does not exist. Create it (readable by its owner only), or give the right path.</source>
        <translation>%1 n&apos;existe pas. Créez-le (lisible par son seul propriétaire), ou indiquez le bon chemin.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Check that the user running DEX Desk may read it.</source>
        <translation>Impossible d&apos;ouvrir %1 : %2. Vérifiez que l&apos;utilisateur qui exécute DEX Desk peut le lire.</translation>
    </message>
    <message>
        <source>%1 cannot be examined: %2.</source>
        <translation>Impossible d&apos;examiner %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file. Give the path of the file that holds the secrets.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire. Indiquez le chemin du fichier qui contient les secrets.</translation>
    </message>
    <message>
        <source>%1 is owned by user id %2, not by the user running DEX Desk (id %3), so someone else controls what it says. Refused: make it owned by the user that runs DEX Desk (chown) with mode 0600.</source>
        <translation>%1 appartient à l&apos;utilisateur d&apos;id %2, et non à l&apos;utilisateur qui exécute DEX Desk (id %3) : quelqu&apos;un d&apos;autre contrôle donc son contenu. Refusé : donnez-le à l&apos;utilisateur qui exécute DEX Desk (chown), en mode 0600.</translation>
    </message>
    <message>
        <source>%1 has mode %2, so users other than its owner may read or change it. Refused: run &quot;chmod 600 %3&quot; and try again.</source>
        <translation>%1 a le mode %2 : d&apos;autres utilisateurs que son propriétaire peuvent donc le lire ou le modifier. Refusé : exécutez « chmod 600 %3 » et réessayez.</translation>
    </message>
    <message>
        <source>%1 has mode %2, so every user may read or change it. Refused: credentials passed by systemd are readable by the service&apos;s user only; check what $CREDENTIALS_DIRECTORY points at.</source>
        <translation>%1 a le mode %2 : tout utilisateur peut donc le lire ou le modifier. Refusé : les identifiants transmis par systemd ne sont lisibles que par l&apos;utilisateur du service ; vérifiez ce que désigne $CREDENTIALS_DIRECTORY.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB, too large for a secrets file. Give the right file.</source>
        <translation>%1 dépasse %2 Kio, trop pour un fichier de secrets. Indiquez le bon fichier.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>SecretProbe</name>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>enregistré dans le trousseau du système</translation>
    </message>
    <message>
        <source>not set (use &quot;dexdesk-cli secret set&quot;)</source>
        <translation>non défini (utilisez « dexdesk-cli secret set »)</translation>
    </message>
    <message>
        <source>unknown (keychain unavailable)</source>
        <translation>inconnu (trousseau du système indisponible)</translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>--secrets file: needs the path of the secrets file, for example --secrets file:/etc/dexdesk/secrets.</source>
        <translation>--secrets file: nécessite le chemin du fichier de secrets, par exemple --secrets file:/etc/dexdesk/secrets.</translation>
    </message>
    <message>
        <source>unknown secrets source: use keychain (the default), credentials (systemd credentials in $CREDENTIALS_DIRECTORY) or file:PATH (a file readable by its owner only).</source>
        <translation>source de secrets inconnue : utilisez keychain (par défaut), credentials (identifiants systemd dans $CREDENTIALS_DIRECTORY) ou file:CHEMIN (un fichier lisible par son seul propriétaire).</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>le trousseau du système</translation>
    </message>
    <message>
        <source>the systemd credentials (none were passed)</source>
        <translation>les identifiants systemd (aucun n&apos;a été transmis)</translation>
    </message>
    <message>
        <source>the systemd credentials in %1</source>
        <translation>les identifiants systemd dans %1</translation>
    </message>
    <message>
        <source>the secrets file %1</source>
        <translation>le fichier de secrets %1</translation>
    </message>
</context>
<context>
    <name>ServerCapabilities</name>
    <message>
        <source>the discovery document answered HTTP %1</source>
        <translation>le document de découverte a répondu HTTP %1</translation>
    </message>
    <message>
        <source>the discovery document is not a JSON object</source>
        <translation>le document de découverte n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>the discovery document names neither a version nor its URLs</source>
        <translation>le document de découverte n&apos;indique ni version ni URL</translation>
    </message>
    <message>
        <source>the change-queries URL in the discovery document has a placeholder (%1) DEX Desk cannot fill</source>
        <translation>l&apos;URL des requêtes de modifications du document de découverte contient un espace réservé (%1) que DEX Desk ne peut pas remplir</translation>
    </message>
    <message>
        <source>the change-queries URL in the discovery document is not an absolute web address</source>
        <translation>l&apos;URL des requêtes de modifications du document de découverte n&apos;est pas une adresse web absolue</translation>
    </message>
    <message>
        <source>the discovery document lists change queries on another server (%1); the token is only sent to the API root&apos;s server</source>
        <translation>le document de découverte place les requêtes de modifications sur un autre serveur (%1) ; le jeton n&apos;est envoyé qu&apos;au serveur de la racine de l&apos;API</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>change queries: unknown (%1) — Download tries them and fetches everything if they fail</source>
        <translation>requêtes de modifications : inconnu (%1) — le Téléchargement les essaie et récupère tout si elles échouent</translation>
    </message>
    <message>
        <source>change queries: offered — Download fetches only what changed</source>
        <translation>requêtes de modifications : proposées — le Téléchargement ne récupère que ce qui a changé</translation>
    </message>
    <message>
        <source>change queries: not offered — Download will fetch everything each time</source>
        <translation>requêtes de modifications : non proposées — le Téléchargement récupérera tout à chaque fois</translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Impossible de lire l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrée standard</translation>
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
        <translation>settings show [--json] [--profile ID] [--no-keychain]
    Affiche les paramètres généraux enregistrés, les paramètres de communication du profil sélectionné (ou de
    --profile ID) avec ses LEA, et les profils installés. Pour chaque LEA, indique si le trousseau du
    système contient son secret (jamais le secret lui-même) ; --no-keychain omet cette vérification.
    --json affiche à la place un objet JSON avec des clés stables.
settings export FICHIER
    Écrit les paramètres enregistrés de tous les profils dans FICHIER (« - » pour la sortie standard) au format JSON.
    Les secrets des LEA ne sont jamais exportés.
settings import FICHIER [--dry-run]
    Vérifie l&apos;ensemble de FICHIER (« - » pour l&apos;entrée standard) ; en cas de problème, indique lequel et
    ne modifie rien. Sinon, enregistre les paramètres et liste les modifications. Les LEA que le fichier
    supprime perdent aussi leurs secrets dans le trousseau du système. --dry-run liste les modifications sans
    rien enregistrer.
</translation>
    </message>
    <message>
        <source>settings: unknown subcommand &quot;%1&quot;</source>
        <translation>settings: sous-commande inconnue « %1 »</translation>
    </message>
    <message>
        <source>Exported the settings of %1 profiles to %2. LEA secrets are not in the file; on another computer, set them with &quot;dexdesk-cli secret set&quot; after importing.</source>
        <translation>Les paramètres de %1 profils ont été exportés vers %2. Les secrets des LEA ne figurent pas dans le fichier ; sur un autre ordinateur, définissez-les avec « dexdesk-cli secret set » après l&apos;importation.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>%1 n&apos;a pas été importé : %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Aucune modification.</translation>
    </message>
    <message>
        <source>Importing %1 would make these changes:</source>
        <translation>L&apos;importation de %1 apporterait ces modifications :</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulation : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 n&apos;a pas été importé : %2</translation>
    </message>
    <message>
        <source>Imported %1. Changes saved:</source>
        <translation>%1 importé. Modifications enregistrées :</translation>
    </message>
    <message>
        <source>The new LEAs have no secret yet. Set each one with:</source>
        <translation>Les nouvelles LEA n&apos;ont pas encore de secret. Définissez-le pour chacune avec :</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] settings show [--json] [--profile ID] [--no-keychain] | export FILE | import FILE [--dry-run] | history [--limit N] [--profile ID] [--json]</source>
        <translation>dexdesk-cli [--database CHEMIN] settings show [--json] [--profile ID] [--no-keychain] | export FICHIER | import FICHIER [--dry-run] | history [--limit N] [--profile ID] [--json]</translation>
    </message>
    <message>
        <source>settings: missing subcommand (show, export, import or history)</source>
        <translation>settings: sous-commande manquante (show, export, import ou history)</translation>
    </message>
</context>
<context>
    <name>SettingsExchange</name>
    <message>
        <source>%1 contains &quot;%2&quot;. Settings files never hold secrets; remove it and set the secret with the LEA settings or &quot;dexdesk-cli secret set&quot;.</source>
        <translation>%1 contient « %2 ». Les fichiers de paramètres ne contiennent jamais de secrets ; supprimez-le et définissez le secret dans les paramètres des LEA ou avec « dexdesk-cli secret set ».</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation>%1 contient un champ inconnu « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 doit être un objet.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text value.</source>
        <translation>%1 : « %2 » doit être une valeur texte.</translation>
    </message>
    <message>
        <source>%1: &quot;schoolYears&quot; must be a list of years.</source>
        <translation>%1 : « schoolYears » doit être une liste d&apos;années.</translation>
    </message>
    <message>
        <source>%1: &quot;schoolYears&quot; must hold each year once, as a number such as 2027.</source>
        <translation>%1 : « schoolYears » doit contenir chaque année une seule fois, sous forme de nombre comme 2027.</translation>
    </message>
    <message>
        <source>%1: &quot;services&quot; must be a list.</source>
        <translation>%1 : « services » doit être une liste.</translation>
    </message>
    <message>
        <source>%1: unknown service &quot;%2&quot; (expected dataChanges, download, publish or uniqueId).</source>
        <translation>%1 : service inconnu « %2 » (dataChanges, download, publish ou uniqueId attendu).</translation>
    </message>
    <message>
        <source>%1: &quot;leas&quot; must be a list.</source>
        <translation>%1 : « leas » doit être une liste.</translation>
    </message>
    <message>
        <source>%1, LEA %2</source>
        <translation>%1, LEA %2</translation>
    </message>
    <message>
        <source>%1 needs &quot;id&quot; (text), &quot;enabled&quot; (true or false) and optionally &quot;name&quot; and &quot;key&quot; (text).</source>
        <translation>%1 nécessite « id » (texte), « enabled » (true ou false) et, facultativement, « name » et « key » (texte).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;, enabled %3, key &quot;%4&quot;</source>
        <translation>%1 « %2 », activée %3, clé « %4 »</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>The file is larger than 4 MiB; a settings file is much smaller. Check that you chose the right file.</source>
        <translation>Le fichier dépasse 4 Mio ; un fichier de paramètres est beaucoup plus petit. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1: %2).</source>
        <translation>Le fichier n&apos;est pas un JSON valide (ligne %1 : %2).</translation>
    </message>
    <message>
        <source>This is not a DEX Desk settings file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Ce n&apos;est pas un fichier de paramètres DEX Desk (« format » doit valoir « %1 »).</translation>
    </message>
    <message>
        <source>The file has format version %1; this version of DEX Desk reads version %2.</source>
        <translation>Le fichier est au format version %1 ; cette version de DEX Desk lit la version %2.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Le fichier</translation>
    </message>
    <message>
        <source>&quot;general&quot; must be an object.</source>
        <translation>« general » doit être un objet.</translation>
    </message>
    <message>
        <source>&quot;general&quot; has an unknown field &quot;%1&quot;.</source>
        <translation>« general » contient un champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>%1 has the wrong type.</source>
        <translation>%1 n&apos;a pas le bon type.</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be an object.</source>
        <translation>« profiles » doit être un objet.</translation>
    </message>
    <message>
        <source>The file has settings for the profile &quot;%1&quot;, which is not installed here. Import that profile first (File ▸ Import Profile…).</source>
        <translation>Le fichier contient des paramètres pour le profil « %1 », qui n&apos;est pas installé ici. Importez d&apos;abord ce profil (Fichier ▸ Importer un profil…).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil « %1 »</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Profil « %1 » : %2</translation>
    </message>
    <message>
        <source>The settings in the file are not valid: %1</source>
        <translation>Les paramètres du fichier ne sont pas valides : %1</translation>
    </message>
    <message>
        <source>LEA removed: %1</source>
        <translation>LEA supprimée : %1</translation>
    </message>
    <message>
        <source>LEA changed: %1</source>
        <translation>LEA modifiée : %1</translation>
    </message>
    <message>
        <source>LEA added: %1</source>
        <translation>LEA ajoutée : %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; a settings file is much smaller. Check that you chose the right file.</source>
        <translation>%1 dépasse 4 Mio ; un fichier de paramètres est beaucoup plus petit. Vérifiez que vous avez choisi le bon fichier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be the number %1.</source>
        <translation>« formatVersion » doit être le nombre %1.</translation>
    </message>
</context>
<context>
    <name>SettingsReport</name>
    <message>
        <source>On (always on)</source>
        <translation>Activé (toujours activé)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none installed)</source>
        <translation>(aucun installé)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>General settings:</source>
        <translation>Paramètres généraux :</translation>
    </message>
    <message>
        <source>Communication settings of the selected profile, %1 (%2):</source>
        <translation>Paramètres de communication du profil sélectionné, %1 (%2) :</translation>
    </message>
    <message>
        <source>Communication settings of the profile %1 (%2), which is not the selected one:</source>
        <translation>Paramètres de communication du profil %1 (%2), qui n&apos;est pas le profil sélectionné :</translation>
    </message>
    <message>
        <source>  (the profile&apos;s defaults: these settings were never changed)</source>
        <translation>  (valeurs par défaut du profil : ces paramètres n&apos;ont jamais été modifiés)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>    LEA %1 &quot;%2&quot;: enabled %3, key &quot;%4&quot;, secret: %5</source>
        <translation>    LEA %1 « %2 » : activée %3, clé « %4 », secret : %5</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problèmes :</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  erreur : %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  avertissement : %1</translation>
    </message>
    <message>
        <source>Installed profiles:</source>
        <translation>Profils installés :</translation>
    </message>
    <message>
        <source>  %1: %2 (selected)</source>
        <translation>  %1 : %2 (sélectionné)</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1 : %2</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>System Enabled</source>
        <translation>Système activé</translation>
    </message>
    <message>
        <source>On runs the data exchange. Off halts every processor at once and stops collecting changes; changes made while Off are not sent later unless you run Publish All.</source>
        <translation>Activé exécute l&apos;échange de données. Désactivé arrête immédiatement tous les processeurs et cesse de collecter les modifications ; les modifications faites pendant la désactivation ne sont pas envoyées plus tard, sauf si vous lancez Publier tout.</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Errors are always recorded, in the database and in the log files. This option cannot be turned off.</source>
        <translation>Les erreurs sont toujours enregistrées, dans la base de données et dans les fichiers journaux. Cette option ne peut pas être désactivée.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avertissements</translation>
    </message>
    <message>
        <source>Records warnings: problems less severe than errors that may still keep data from reaching the agency. Leave off unless asked.</source>
        <translation>Enregistre les avertissements : des problèmes moins graves que les erreurs, qui peuvent tout de même empêcher des données de parvenir à l&apos;agence. Laissez désactivé, sauf si on vous le demande.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Informations</translation>
    </message>
    <message>
        <source>Records detail about what led to errors and warnings. Useful while you investigate a problem; leave off otherwise.</source>
        <translation>Enregistre des détails sur ce qui a mené aux erreurs et aux avertissements. Utile pendant l&apos;analyse d&apos;un problème ; laissez désactivé sinon.</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Records very detailed technical information, mostly for support staff. It can produce a large volume of log data.</source>
        <translation>Enregistre des informations techniques très détaillées, principalement destinées au personnel d&apos;assistance. Cela peut produire un grand volume de données de journal.</translation>
    </message>
    <message>
        <source>Job Processing Frequency</source>
        <translation>Fréquence de traitement des tâches</translation>
    </message>
    <message>
        <source>How often the processors run. Standard publishes queued changes every 30 seconds; High every 5 seconds; Low every 5 minutes.</source>
        <translation>Fréquence d&apos;exécution des processeurs. Standard publie les modifications en file d&apos;attente toutes les 30 secondes ; Élevée toutes les 5 secondes ; Faible toutes les 5 minutes.</translation>
    </message>
    <message>
        <source>Purge Policy</source>
        <translation>Politique de purge</translation>
    </message>
    <message>
        <source>How long finished work and logs are kept before they are removed. Typical keeps delivered changes 30 days and logs 30 days. Pending or failed work is never purged.</source>
        <translation>Durée de conservation du travail terminé et des journaux avant leur suppression. Typique conserve les modifications livrées 30 jours et les journaux 30 jours. Le travail en attente ou en échec n&apos;est jamais purgé.</translation>
    </message>
    <message>
        <source>Simultaneous Connections</source>
        <translation>Connexions simultanées</translation>
    </message>
    <message>
        <source>The most requests sent to the agency at the same time, for all processors and LEAs together (1 to 32). 5 is recommended; raise it only if the agency allows it.</source>
        <translation>Nombre maximal de requêtes envoyées à l&apos;agence en même temps, pour l&apos;ensemble des processeurs et des LEA (1 à 32). La valeur 5 est recommandée ; ne l&apos;augmentez que si l&apos;agence l&apos;autorise.</translation>
    </message>
    <message>
        <source>Data Exchange Profile</source>
        <translation>Profil d&apos;échange de données</translation>
    </message>
    <message>
        <source>The agency endpoint to exchange data with. Most districts have one profile. The communication settings below belong to this profile.</source>
        <translation>Le point d&apos;accès de l&apos;agence avec lequel échanger les données. La plupart des districts ont un seul profil. Les paramètres de communication ci-dessous appartiennent à ce profil.</translation>
    </message>
    <message>
        <source>Data Exchange URL</source>
        <translation>URL d&apos;échange de données</translation>
    </message>
    <message>
        <source>The base address of the agency&apos;s data API, for example https://api.state.example.gov/data/v3. It must start with https:// (http:// is accepted only for this computer, for testing).</source>
        <translation>L&apos;adresse de base de l&apos;API de données de l&apos;agence, par exemple https://api.state.example.gov/data/v3. Elle doit commencer par https:// (http:// n&apos;est accepté que pour cet ordinateur, à des fins de test).</translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation>URL d&apos;authentification</translation>
    </message>
    <message>
        <source>The address where DEX Desk asks for an access token with each LEA&apos;s key and secret, for example https://api.state.example.gov/oauth/token.</source>
        <translation>L&apos;adresse à laquelle DEX Desk demande un jeton d&apos;accès avec la clé et le secret de chaque LEA, par exemple https://api.state.example.gov/oauth/token.</translation>
    </message>
    <message>
        <source>School Years</source>
        <translation>Années scolaires</translation>
    </message>
    <message>
        <source>The school years to exchange. At least one must be checked before the system can be turned On.</source>
        <translation>Les années scolaires à échanger. Au moins une doit être cochée avant que le système puisse être activé.</translation>
    </message>
    <message>
        <source>Service Options</source>
        <translation>Options de service</translation>
    </message>
    <message>
        <source>The services to run for this profile. Only the services the profile supports can be selected.</source>
        <translation>Les services à exécuter pour ce profil. Seuls les services pris en charge par le profil peuvent être sélectionnés.</translation>
    </message>
    <message>
        <source>LEA Settings</source>
        <translation>Paramètres des LEA</translation>
    </message>
    <message>
        <source>The local education agencies that exchange data through this profile, each with its own authentication key and secret.</source>
        <translation>Les agences locales d&apos;éducation (LEA) qui échangent des données par ce profil, chacune avec sa propre clé et son propre secret d&apos;authentification.</translation>
    </message>
    <message>
        <source>%1 must be on or off, not &quot;%2&quot;.</source>
        <translation>%1 doit être activé ou désactivé, et non « %2 ».</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 doit être un nombre entier de %2 à %3, et non « %4 ».</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 doit être l’une des valeurs %2, et non « %3 ».</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 doit être du texte.</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 ne peut pas être modifié.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Aggressive</source>
        <translation>Agressive</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Typique</translation>
    </message>
    <message>
        <source>Seldom</source>
        <translation>Rare</translation>
    </message>
    <message>
        <source>Data Changes</source>
        <translation>Modifications de données</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Téléchargement</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publication</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>Identifiant unique</translation>
    </message>
    <message>
        <source>Collect changes to local records and publish them to the agency automatically. Needs Publish to actually send them.</source>
        <translation>Recueille les modifications des enregistrements locaux et les publie automatiquement auprès de l’agence. Nécessite Publication pour les envoyer réellement.</translation>
    </message>
    <message>
        <source>Fetch the agency&apos;s descriptors, LEAs and schools into the local database, so records can be checked before they are sent.</source>
        <translation>Récupère les descripteurs, les LEA et les écoles de l’agence dans la base de données locale, afin de vérifier les enregistrements avant leur envoi.</translation>
    </message>
    <message>
        <source>Allow sending records to the agency. With Publish off, collected changes wait in the queue.</source>
        <translation>Autorise l’envoi des enregistrements à l’agence. Lorsque Publication est désactivée, les modifications recueillies attendent dans la file.</translation>
    </message>
    <message>
        <source>Ask the agency for state unique IDs for students and staff who do not have one yet.</source>
        <translation>Demande à l’agence des identifiants uniques de l’État pour les élèves et le personnel qui n’en ont pas encore.</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>Impossible de lire les paramètres : %1</translation>
    </message>
    <message>
        <source>Cannot read the communication settings: %1</source>
        <translation>Impossible de lire les paramètres de communication : %1</translation>
    </message>
    <message>
        <source>Cannot read the LEA settings: %1</source>
        <translation>Impossible de lire les paramètres des LEA : %1</translation>
    </message>
    <message>
        <source>Cannot start saving: %1. Another program may be writing to the database; try again.</source>
        <translation>Impossible de commencer l&apos;enregistrement : %1. Un autre programme écrit peut-être dans la base de données ; réessayez.</translation>
    </message>
    <message>
        <source>The settings could not be written to the database (%1). Nothing was saved.</source>
        <translation>Les paramètres n&apos;ont pas pu être écrits dans la base de données (%1). Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The settings could not be committed to the database (%1). Nothing was saved.</source>
        <translation>Les paramètres n&apos;ont pas pu être validés dans la base de données (%1). Rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <source>DEX Desk settings (*.json);;All files (*)</source>
        <translation>Paramètres DEX Desk (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation>
            <numerusform>… et %n autre modification.</numerusform>
            <numerusform>… et %n autres modifications.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Settings</source>
        <translation>Exporter les paramètres</translation>
    </message>
    <message>
        <source>The settings were not exported.</source>
        <translation>Les paramètres n&apos;ont pas été exportés.</translation>
    </message>
    <message>
        <source>The settings were exported to %1. LEA secrets are not included; enter them again after an import.</source>
        <translation>Les paramètres ont été exportés vers %1. Les secrets des LEA ne sont pas inclus ; saisissez-les de nouveau après une importation.</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>Importer les paramètres</translation>
    </message>
    <message>
        <source>Nothing was imported: the file %1 cannot be used.</source>
        <translation>Rien n&apos;a été importé : le fichier %1 est inutilisable.</translation>
    </message>
    <message>
        <source>The file holds the same settings as the saved ones; there is nothing to change.</source>
        <translation>Le fichier contient les mêmes paramètres que ceux enregistrés ; il n&apos;y a rien à modifier.</translation>
    </message>
    <message>
        <source>The file holds the same settings as the saved ones.</source>
        <translation>Le fichier contient les mêmes paramètres que ceux enregistrés.</translation>
    </message>
    <message>
        <source>These saved settings will change:</source>
        <translation>Ces paramètres enregistrés vont changer :</translation>
    </message>
    <message>
        <source>Your unsaved changes on the form will be dropped.</source>
        <translation>Vos modifications non enregistrées dans le formulaire seront perdues.</translation>
    </message>
    <message>
        <source>Apply the settings from %1 and save them?</source>
        <translation>Appliquer les paramètres de %1 et les enregistrer ?</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <source>Data exchange profiles (*.json);;All files (*)</source>
        <translation>Profils d&apos;échange de données (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The profile was not imported.</source>
        <translation>Le profil n&apos;a pas été importé.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was imported. Choose it under Data Exchange Profile to use it.</source>
        <translation>Le profil « %1 » a été importé. Choisissez-le sous Profil d&apos;échange de données pour l&apos;utiliser.</translation>
    </message>
</context>
<context>
    <name>SettingsValidator</name>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation>Saisissez l&apos;adresse, en commençant par https://.</translation>
    </message>
    <message>
        <source>The address must not contain spaces.</source>
        <translation>L&apos;adresse ne doit pas contenir d&apos;espaces.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1.</source>
        <translation>Cette adresse n&apos;est pas valide : %1.</translation>
    </message>
    <message>
        <source>Enter a complete address such as https://api.example.org/data/v3.</source>
        <translation>Saisissez une adresse complète, par exemple https://api.example.org/data/v3.</translation>
    </message>
    <message>
        <source>The address must start with https:// (not %1://).</source>
        <translation>L&apos;adresse doit commencer par https:// (et non %1://).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; credentials belong in the LEA settings.</source>
        <translation>Retirez le nom d&apos;utilisateur et le mot de passe de l&apos;adresse ; les identifiants vont dans les paramètres des LEA.</translation>
    </message>
    <message>
        <source>Remove the part after &apos;#&apos; from the address.</source>
        <translation>Retirez de l&apos;adresse la partie qui suit « # ».</translation>
    </message>
    <message>
        <source>Use https:// for an agency endpoint. Unencrypted http:// is accepted only for this computer (localhost), for testing.</source>
        <translation>Utilisez https:// pour un point d&apos;accès d&apos;agence. Le http:// non chiffré n&apos;est accepté que pour cet ordinateur (localhost), à des fins de test.</translation>
    </message>
    <message>
        <source>Unencrypted connection: acceptable for a local simulator on this computer, never for a real agency.</source>
        <translation>Connexion non chiffrée : acceptable pour un simulateur local sur cet ordinateur, jamais pour une véritable agence.</translation>
    </message>
    <message>
        <source>Enter the LEA identifier (the agency&apos;s number for the LEA).</source>
        <translation>Saisissez l&apos;identifiant de la LEA (le numéro attribué à la LEA par l&apos;agence).</translation>
    </message>
    <message>
        <source>The LEA identifier &quot;%1&quot; must be a number of up to 10 digits.</source>
        <translation>L&apos;identifiant de LEA « %1 » doit être un nombre de 10 chiffres au maximum.</translation>
    </message>
    <message>
        <source>Simultaneous Connections must be from %1 to %2.</source>
        <translation>Connexions simultanées doit être compris entre %1 et %2.</translation>
    </message>
    <message>
        <source>No data exchange profile is installed. Import the profile file your state provides.</source>
        <translation>Aucun profil d&apos;échange de données n&apos;est installé. Importez le fichier de profil fourni par votre État.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not installed. Choose another profile or import its file.</source>
        <translation>Le profil « %1 » n&apos;est pas installé. Choisissez un autre profil ou importez son fichier.</translation>
    </message>
    <message>
        <source>The profile does not offer the school year %1.</source>
        <translation>Le profil ne propose pas l&apos;année scolaire %1.</translation>
    </message>
    <message>
        <source>Check at least one school year before turning the system On.</source>
        <translation>Cochez au moins une année scolaire avant d&apos;activer le système.</translation>
    </message>
    <message>
        <source>The profile does not support the %1 service.</source>
        <translation>Le profil ne prend pas en charge le service %1.</translation>
    </message>
    <message>
        <source>The LEA %1 is listed twice.</source>
        <translation>La LEA %1 figure deux fois.</translation>
    </message>
    <message>
        <source>The name of LEA %1 is longer than 75 characters.</source>
        <translation>Le nom de la LEA %1 dépasse 75 caractères.</translation>
    </message>
    <message>
        <source>LEA %1 is enabled but has no authentication key.</source>
        <translation>La LEA %1 est activée mais n&apos;a pas de clé d&apos;authentification.</translation>
    </message>
    <message>
        <source>No LEA is enabled, so nothing will be exchanged.</source>
        <translation>Aucune LEA n&apos;est activée ; rien ne sera donc échangé.</translation>
    </message>
    <message>
        <source>Settings refer to the profile &quot;%1&quot;, which is not installed.</source>
        <translation>Les paramètres font référence au profil « %1 », qui n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Data Exchange URL</source>
        <translation>URL d&apos;échange de données</translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation>URL d&apos;authentification</translation>
    </message>
</context>
<context>
    <name>TestConnectionCommand</name>
    <message>
        <source>the report could not be kept for &quot;dexdesk-cli diagnostics&quot; in %1.</source>
        <translation>le rapport n&apos;a pas pu être conservé pour « dexdesk-cli diagnostics » dans %1.</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] test-connection [--profile ID] [--lea ID] [--json]</source>
        <translation>dexdesk-cli [--database CHEMIN] test-connection [--profile ID] [--lea ID] [--json]</translation>
    </message>
    <message>
        <source>test-connection [--profile ID] [--lea ID] [--json]
    Checks the agency endpoint of the selected (or given) profile with the saved settings, step
    by step for each enabled LEA (or only --lea ID): URLs, host name, TCP and TLS, token,
    discovery document, a read for each checked school year, and the clock. Ends with a
    verdict and the likely fix. Exit status 0 when every step passes, 1 otherwise.
</source>
        <translation>test-connection [--profile ID] [--lea ID] [--json]
    Vérifie le point d&apos;accès de l&apos;agence du profil sélectionné (ou indiqué) avec les paramètres enregistrés, étape
    par étape pour chaque LEA activée (ou seulement --lea ID) : URL, nom d&apos;hôte, TCP et TLS, jeton,
    document de découverte, une lecture pour chaque année scolaire cochée, et l&apos;horloge. Se termine par un
    verdict et la correction probable. Code de sortie 0 si toutes les étapes réussissent, 1 sinon.
</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>Test de « %1 »…</translation>
    </message>
</context>
<context>
    <name>TokenLifetime</name>
    <message>
        <source>lifetime not stated by the server</source>
        <translation>durée de vie non indiquée par le serveur</translation>
    </message>
    <message>
        <source>lifetime unreadable (expires_in is not a positive number)</source>
        <translation>durée de vie illisible (expires_in n&apos;est pas un nombre positif)</translation>
    </message>
    <message>
        <source>lifetime %1 s, given as an absolute expiry time</source>
        <translation>durée de vie %1 s, indiquée comme heure d&apos;expiration absolue</translation>
    </message>
    <message>
        <source>lifetime unknown: the absolute expiry time given has already passed (check the clock)</source>
        <translation>durée de vie inconnue : l&apos;heure d&apos;expiration absolue indiquée est déjà passée (vérifiez l&apos;horloge)</translation>
    </message>
    <message>
        <source>lifetime %1 s</source>
        <translation>durée de vie %1 s</translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <source>Key or secret rejected: the agency did not accept this LEA&apos;s authentication key and secret. Check both in the LEA settings (a secret is easy to mistype; paste it again).</source>
        <translation>Clé ou secret refusé : l&apos;agence n&apos;a pas accepté la clé et le secret d&apos;authentification de cette LEA. Vérifiez-les tous deux dans les paramètres des LEA (un secret se saisit facilement de travers ; collez-le de nouveau).</translation>
    </message>
    <message>
        <source>The Authentication URL was not found (404). Check the URL&apos;s path.</source>
        <translation>L&apos;URL d&apos;authentification est introuvable (404). Vérifiez le chemin de l&apos;URL.</translation>
    </message>
    <message>
        <source>The token answer was not understood (no access_token). Check that the Authentication URL points at the agency&apos;s token endpoint.</source>
        <translation>La réponse à la demande de jeton n&apos;a pas été comprise (pas d&apos;access_token). Vérifiez que l&apos;URL d&apos;authentification pointe vers le point d&apos;accès de jetons de l&apos;agence.</translation>
    </message>
    <message>
        <source>The token request failed with HTTP %1: %2</source>
        <translation>La demande de jeton a échoué avec HTTP %1 : %2</translation>
    </message>
</context>
<context>
    <name>UniqueIdCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] unique-id [--json] | --review [--json] | --choose PERSON ID | --new PERSON</source>
        <translation>dexdesk-cli [--database CHEMIN] unique-id [--json] | --review [--json] | --choose PERSONNE ID | --new PERSONNE</translation>
    </message>
    <message>
        <source>Cannot read the review list: %1</source>
        <translation>Impossible de lire la liste de vérification : %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for review.</source>
        <translation>Personne n&apos;attend de vérification.</translation>
    </message>
    <message>
        <source>%1  %2, born %3</source>
        <translation>%1  %2, né(e) le %3</translation>
    </message>
    <message>
        <source>    problem: %1</source>
        <translation>    problème : %1</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sans score</translation>
    </message>
    <message>
        <source>    %1  %2, born %3 (score %4)</source>
        <translation>    %1  %2, né(e) le %3 (score %4)</translation>
    </message>
    <message>
        <source>Use one with --choose PERSON ID, or ask for a new ID with --new PERSON.</source>
        <translation>Utilisez-en un avec --choose PERSONNE ID, ou demandez un nouvel identifiant avec --new PERSONNE.</translation>
    </message>
    <message>
        <source>The Unique ID service is off in profile &quot;%1&quot; (or the profile has none). Turn it on in General Setup and save.</source>
        <translation>Le service Identifiant unique est désactivé dans le profil « %1 » (ou le profil n&apos;en a pas). Activez-le dans Configuration générale et enregistrez.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names no Unique ID service address.</source>
        <translation>Le profil « %1 » n&apos;indique aucune adresse de service Identifiant unique.</translation>
    </message>
    <message>
        <source>The engine (%1) runs on this database and asks the Unique ID service on its own schedule. Stop it first, or let it do the work.</source>
        <translation>Le moteur (%1) s&apos;exécute sur cette base de données et interroge le service Identifiant unique selon son propre calendrier. Arrêtez-le d&apos;abord, ou laissez-le faire le travail.</translation>
    </message>
    <message>
        <source>%1 matched, %2 new IDs, %3 to review, %4 still pending at the agency, %5 to retry, %6 refused.</source>
        <translation>%1 correspondances, %2 nouveaux identifiants, %3 à vérifier, %4 encore en attente à l&apos;agence, %5 à réessayer, %6 refusés.</translation>
    </message>
    <message>
        <source>See who waits for review with &quot;dexdesk-cli unique-id --review&quot;.</source>
        <translation>Voyez qui attend une vérification avec « dexdesk-cli unique-id --review ».</translation>
    </message>
    <message>
        <source>unique-id [--json]
    Asks the agency&apos;s Unique ID service once about every person without a state unique ID
    (the selected profile&apos;s first enabled LEA): a single confident match or a new ID is
    written back, several candidates wait for review. Needs the Unique ID service on.
unique-id --review [--json]
    Lists the persons waiting for review with their candidates.
unique-id --choose PERSON ID | --new PERSON
    Uses candidate ID for PERSON (written at once), or asks for a new ID for PERSON (then
    asked for at once, or on the engine&apos;s next Unique ID run when the engine is running).
    PERSON is students/YEAR/ID or staffs/YEAR/ID with the district&apos;s ID, as --review shows.
</source>
        <translation>unique-id [--json]
    Interroge une fois le service Identifiant unique de l&apos;agence pour chaque personne sans
    identifiant unique de l&apos;État (première LEA activée du profil sélectionné) : une correspondance
    unique et sûre ou un nouvel identifiant est réécrit ; plusieurs candidats restent en attente de
    vérification. Nécessite le service Identifiant unique activé.
unique-id --review [--json]
    Liste les personnes en attente de vérification avec leurs candidats.
unique-id --choose PERSONNE ID | --new PERSONNE
    Utilise l&apos;identifiant ID du candidat pour PERSONNE (écrit immédiatement), ou demande un nouvel
    identifiant pour PERSONNE (demandé immédiatement, ou lors de la prochaine exécution Identifiant
    unique du moteur si celui-ci s&apos;exécute). PERSONNE s&apos;écrit students/ANNÉE/ID ou staffs/ANNÉE/ID
    avec l&apos;identifiant du district, comme l&apos;affiche --review.
</translation>
    </message>
    <message>
        <source>unique-id: give at most one of --review, --choose and --new</source>
        <translation>unique-id : indiquez au plus une des options --review, --choose et --new</translation>
    </message>
    <message>
        <source>%1 now has the state ID %2; it is published with the next changes.</source>
        <translation>%1 a maintenant l&apos;identifiant de l&apos;État %2 ; il est publié avec les prochaines modifications.</translation>
    </message>
    <message>
        <source>A new ID for %1 is asked for on the engine&apos;s next Unique ID run.</source>
        <translation>Un nouvel identifiant pour %1 sera demandé lors de la prochaine exécution Identifiant unique du moteur.</translation>
    </message>
</context>
<context>
    <name>UniqueIdRequests</name>
    <message>
        <source>&quot;%1&quot; does not name a person: write it as students/YEAR/ID or staffs/YEAR/ID, with the district&apos;s ID.</source>
        <translation>« %1 » ne désigne pas une personne : écrivez-le sous la forme students/ANNÉE/ID ou staffs/ANNÉE/ID, avec l&apos;identifiant du district.</translation>
    </message>
    <message>
        <source>%1 has no unique-ID request: there is no such person, or it has not been asked about yet.</source>
        <translation>%1 n&apos;a pas de demande d&apos;identifiant unique : cette personne n&apos;existe pas, ou elle n&apos;a pas encore fait l&apos;objet d&apos;une demande.</translation>
    </message>
    <message>
        <source>No state unique ID to write back for %1.</source>
        <translation>Aucun identifiant unique de l&apos;État à réécrire pour %1.</translation>
    </message>
    <message>
        <source>%1 is no longer in the database, so its state ID was not written.</source>
        <translation>%1 n&apos;est plus dans la base de données ; son identifiant de l&apos;État n&apos;a donc pas été écrit.</translation>
    </message>
    <message>
        <source>%1 already has a state ID (%2), so it was left as it is.</source>
        <translation>%1 a déjà un identifiant de l&apos;État (%2) ; il a donc été laissé tel quel.</translation>
    </message>
    <message>
        <source>The state ID %1 already belongs to another person of school year %2 in this database: the two may be the same person. Check both records before using this ID for %3.</source>
        <translation>L&apos;identifiant de l&apos;État %1 appartient déjà à une autre personne de l&apos;année scolaire %2 dans cette base de données : il s&apos;agit peut-être de la même personne. Vérifiez les deux enregistrements avant d&apos;utiliser cet identifiant pour %3.</translation>
    </message>
    <message>
        <source>The associations of %1 could not take the state ID %2: %3</source>
        <translation>L&apos;identifiant de l&apos;État %2 n&apos;a pas pu être appliqué aux associations de %1 : %3</translation>
    </message>
</context>
<context>
    <name>UniqueIdReview</name>
    <message>
        <source>%1 is not waiting for review any more (it is %2). Refresh the list.</source>
        <translation>%1 n&apos;attend plus de vérification (son état est %2). Actualisez la liste.</translation>
    </message>
    <message>
        <source>%1 is not one of the candidates the identity service offered for %2.</source>
        <translation>%1 ne fait pas partie des candidats que le service d&apos;identité a proposés pour %2.</translation>
    </message>
</context>
<context>
    <name>dexdesk::AuditTrailPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Saved settings changes</source>
        <translation>Modifications de paramètres enregistrées</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Change (old → new)</source>
        <translation>Modification (ancien → nouveau)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(général)</translation>
    </message>
    <message>
        <source>No settings changes have been saved yet.</source>
        <translation>Aucune modification de paramètres n&apos;a encore été enregistrée.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s), newest first.</source>
        <translation>
            <numerusform>%n modification enregistrée, la plus récente en premier.</numerusform>
            <numerusform>%n modifications enregistrées, les plus récentes en premier.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dexdesk::CommunicationSettingsBox</name>
    <message>
        <source>Communication Settings</source>
        <translation>Paramètres de communication</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Configurer…</translation>
    </message>
    <message>
        <source>Configure LEAs</source>
        <translation>Configurer les LEA</translation>
    </message>
    <message>
        <source>Opens the list of LEAs, where you add, edit or remove them.</source>
        <translation>Ouvre la liste des LEA, où vous pouvez les ajouter, les modifier ou les supprimer.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Important:&lt;/b&gt; all communication settings below, including the LEA settings, belong to the profile &lt;b&gt;%1&lt;/b&gt;. Check that this is the right profile before you change them.</source>
        <translation>&lt;b&gt;Important :&lt;/b&gt; tous les paramètres de communication ci-dessous, y compris les paramètres des LEA, appartiennent au profil &lt;b&gt;%1&lt;/b&gt;. Vérifiez qu&apos;il s&apos;agit du bon profil avant de les modifier.</translation>
    </message>
    <message>
        <source>School year %1</source>
        <translation>Année scolaire %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not support the %2 service, so it cannot be selected.</source>
        <translation>Le profil « %1 » ne prend pas en charge le service %2 ; il ne peut donc pas être sélectionné.</translation>
    </message>
    <message>
        <source>Not supported by this profile</source>
        <translation>Non pris en charge par ce profil</translation>
    </message>
</context>
<context>
    <name>dexdesk::ConnectionTestRunner</name>
    <message>
        <source>Token request</source>
        <translation>Demande de jeton</translation>
    </message>
    <message>
        <source>No LEA is enabled, so there is no key to test. Add or enable an LEA in LEA Settings.</source>
        <translation>Aucune LEA n&apos;est activée ; il n&apos;y a donc aucune clé à tester. Ajoutez ou activez une LEA dans Paramètres des LEA.</translation>
    </message>
    <message>
        <source>Read data</source>
        <translation>Lecture des données</translation>
    </message>
    <message>
        <source>No school year is checked. Check at least one school year.</source>
        <translation>Aucune année scolaire n&apos;est cochée. Cochez au moins une année scolaire.</translation>
    </message>
    <message>
        <source>Test cancelled; nothing was changed.</source>
        <translation>Test annulé ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 failed. %2</source>
        <translation>%1 a échoué. %2</translation>
    </message>
    <message>
        <source>%1 failed for LEA %2. %3</source>
        <translation>%1 a échoué pour la LEA %2. %3</translation>
    </message>
    <message>
        <source>The connection works: the endpoint answered, every enabled LEA received a token and could read data for the checked school years.</source>
        <translation>La connexion fonctionne : le point d&apos;accès a répondu, chaque LEA activée a reçu un jeton et a pu lire des données pour les années scolaires cochées.</translation>
    </message>
    <message>
        <source>Look at the %1 warning(s) above.</source>
        <translation>Consultez les avertissements ci-dessus (%1).</translation>
    </message>
    <message>
        <source>URLs well formed</source>
        <translation>URL bien formées</translation>
    </message>
    <message>
        <source>Both URLs are complete https addresses.</source>
        <translation>Les deux URL sont des adresses https complètes.</translation>
    </message>
    <message>
        <source>Host name resolves</source>
        <translation>Résolution du nom d&apos;hôte</translation>
    </message>
    <message>
        <source>Unknown host &quot;%1&quot;: the name could not be found (%2). Check the spelling of the URL and that this computer can reach the agency&apos;s network (DNS, VPN, proxy).</source>
        <translation>Hôte inconnu « %1 » : le nom est introuvable (%2). Vérifiez l&apos;orthographe de l&apos;URL et que cet ordinateur peut accéder au réseau de l&apos;agence (DNS, VPN, proxy).</translation>
    </message>
    <message>
        <source>TCP and TLS</source>
        <translation>TCP et TLS</translation>
    </message>
    <message>
        <source>%1: TLS is valid; the certificate expires in %2 day(s).</source>
        <translation>%1 : le TLS est valide ; le certificat expire dans %2 jour(s).</translation>
    </message>
    <message>
        <source>Ask the agency to renew it soon.</source>
        <translation>Demandez à l&apos;agence de le renouveler rapidement.</translation>
    </message>
    <message>
        <source>%1: connected (unencrypted; acceptable only on this computer).</source>
        <translation>%1 : connecté (non chiffré ; acceptable uniquement sur cet ordinateur).</translation>
    </message>
    <message>
        <source>No secret is stored for this LEA. Enter it in the LEA settings.</source>
        <translation>Aucun secret n&apos;est enregistré pour cette LEA. Saisissez-le dans les paramètres des LEA.</translation>
    </message>
    <message>
        <source>Token granted in %1 ms (%2).</source>
        <translation>Jeton accordé en %1 ms (%2).</translation>
    </message>
    <message>
        <source>This profile names no discovery document.</source>
        <translation>Ce profil n&apos;indique aucun document de découverte.</translation>
    </message>
    <message>
        <source>The Data Exchange URL does not end the way the profile&apos;s does, so the API root (and its discovery document) cannot be derived from it.</source>
        <translation>L&apos;URL d&apos;échange de données ne se termine pas comme celle du profil ; la racine de l&apos;API (et son document de découverte) ne peut donc pas en être déduite.</translation>
    </message>
    <message>
        <source>API discovery document</source>
        <translation>Document de découverte de l&apos;API</translation>
    </message>
    <message>
        <source>the discovery document</source>
        <translation>le document de découverte</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>non indiqué</translation>
    </message>
    <message>
        <source>Read data for %1</source>
        <translation>Lecture des données pour %1</translation>
    </message>
    <message>
        <source>Skipped: this LEA has no token.</source>
        <translation>Ignoré : cette LEA n&apos;a pas de jeton.</translation>
    </message>
    <message>
        <source>Read %1 in %2 ms.</source>
        <translation>%1 lu en %2 ms.</translation>
    </message>
    <message>
        <source>Key lacks access to this resource or year (403): the agency has not granted this LEA&apos;s key access to %1 for %2. Ask the agency to grant it, or uncheck that school year.</source>
        <translation>La clé n&apos;a pas accès à cette ressource ou à cette année (403) : l&apos;agence n&apos;a pas accordé à la clé de cette LEA l&apos;accès à %1 pour %2. Demandez à l&apos;agence d&apos;accorder cet accès, ou décochez cette année scolaire.</translation>
    </message>
    <message>
        <source>URL path wrong (404): %1 does not exist on the server. Check the path part of the URL.</source>
        <translation>Chemin d&apos;URL incorrect (404) : %1 n&apos;existe pas sur le serveur. Vérifiez la partie chemin de l&apos;URL.</translation>
    </message>
    <message>
        <source>The server refused the token (401) for %1. Check the LEA&apos;s key and secret.</source>
        <translation>Le serveur a refusé le jeton (401) pour %1. Vérifiez la clé et le secret de la LEA.</translation>
    </message>
    <message>
        <source>Non-JSON reply for %1: the URL probably points at a web page rather than the API. Check the URL.</source>
        <translation>Réponse non JSON pour %1 : l&apos;URL pointe probablement vers une page web plutôt que vers l&apos;API. Vérifiez l&apos;URL.</translation>
    </message>
    <message>
        <source>HTTP %1 for %2: %3</source>
        <translation>HTTP %1 pour %2 : %3</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>The server sent no Date header to compare with.</source>
        <translation>Le serveur n&apos;a envoyé aucun en-tête Date avec lequel comparer.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s off the server&apos;s. Tokens and certificates may fail; set the clock (enable automatic time).</source>
        <translation>L&apos;horloge de cet ordinateur est décalée de %1 s par rapport à celle du serveur. Les jetons et les certificats risquent d&apos;échouer ; réglez l&apos;horloge (activez la mise à l&apos;heure automatique).</translation>
    </message>
    <message>
        <source>Within %1 s of the server&apos;s clock.</source>
        <translation>À moins de %1 s de l&apos;horloge du serveur.</translation>
    </message>
    <message>
        <source>API version %1; data model %2; identity service: %3;</source>
        <translation>Version de l&apos;API %1 ; modèle de données %2 ; service d&apos;identité : %3 ;</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>proposé</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>non proposé</translation>
    </message>
    <message>
        <source>The server speaks Data Standard %1, but the profile is written for Data Standard %2: records may be refused or read incompletely. Choose a profile for the server&apos;s data standard, or give the renamed properties in the profile&apos;s &quot;propertyNames&quot;.</source>
        <translation>Le serveur utilise le Data Standard %1, mais le profil est écrit pour le Data Standard %2 : des enregistrements risquent d&apos;être refusés ou lus de façon incomplète. Choisissez un profil pour le standard de données du serveur, ou indiquez les propriétés renommées dans « propertyNames » du profil.</translation>
    </message>
    <message>
        <source>Change queries are asked under the API root: %1.</source>
        <translation>Les requêtes de modifications sont envoyées sous la racine de l&apos;API : %1.</translation>
    </message>
    <message>
        <source>no newestChangeVersion in the answer</source>
        <translation>pas de newestChangeVersion dans la réponse</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>change queries: offered and working — Download fetches only what changed.</source>
        <translation>requêtes de modifications : proposées et fonctionnelles — le Téléchargement ne récupère que ce qui a changé.</translation>
    </message>
    <message>
        <source>change queries: offered but not working (%1) — Download will fetch everything each time.</source>
        <translation>requêtes de modifications : proposées mais non fonctionnelles (%1) — le Téléchargement récupérera tout à chaque fois.</translation>
    </message>
</context>
<context>
    <name>dexdesk::DemoSession</name>
    <message>
        <source>Demo: the agency is a simulator inside this program and the records are generated samples in a throwaway database, removed when you quit. Press Test Connection, turn the system On and Save, then watch the records flow in the Exchange Monitor.</source>
        <translation>Démonstration : l&apos;agence est un simulateur intégré à ce programme et les enregistrements sont des exemples générés dans une base de données jetable, supprimée à la fermeture. Cliquez sur Tester la connexion, activez le système et cliquez sur Enregistrer, puis observez le flux des enregistrements dans le Moniteur d&apos;échange.</translation>
    </message>
    <message>
        <source>Demo with throwaway data[*]</source>
        <translation>Démonstration avec des données jetables[*]</translation>
    </message>
    <message>
        <source>No temporary folder could be created for the demo (%1).</source>
        <translation>Aucun dossier temporaire n&apos;a pu être créé pour la démonstration (%1).</translation>
    </message>
    <message>
        <source>The training profile &quot;%1&quot; is not installed, so the demo cannot run.</source>
        <translation>Le profil de formation « %1 » n&apos;est pas installé ; la démonstration ne peut donc pas s&apos;exécuter.</translation>
    </message>
    <message>
        <source>The demo&apos;s agency simulator could not start: %1</source>
        <translation>Le simulateur d&apos;agence de la démonstration n&apos;a pas pu démarrer : %1</translation>
    </message>
    <message>
        <source>The demo settings could not be saved: %1</source>
        <translation>Les paramètres de la démonstration n&apos;ont pas pu être enregistrés : %1</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>pas de réponse à temps</translation>
    </message>
</context>
<context>
    <name>dexdesk::Downloader</name>
    <message>
        <source>all years</source>
        <translation>toutes les années</translation>
    </message>
    <message>
        <source>the agency answered HTTP %1: %2</source>
        <translation>l&apos;agence a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database could not be written: %1</source>
        <translation>La base de données n&apos;a pas pu être écrite : %1</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Arrêté avant la fin.</translation>
    </message>
    <message>
        <source>The agency rejected the key or secret of LEA %1: %2</source>
        <translation>L&apos;agence a refusé la clé ou le secret de la LEA %1 : %2</translation>
    </message>
    <message>
        <source>%1: the database could not be read: %2</source>
        <translation>%1 : la base de données n&apos;a pas pu être lue : %2</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>décalage %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1, %2 : %3 (abandon après %n tentative)</numerusform>
            <numerusform>%1, %2 : %3 (abandon après %n tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, page at offset %2</source>
        <translation>%1, page au décalage %2</translation>
    </message>
    <message>
        <source>%1: the agency&apos;s answer is not a JSON list (%2), so nothing of it was applied.</source>
        <translation>%1 : la réponse de l&apos;agence n&apos;est pas une liste JSON (%2) ; rien n&apos;en a donc été appliqué.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>ce n&apos;est pas un objet JSON</translation>
    </message>
    <message>
        <source>%1: record %2 of the page is malformed (%3), so nothing of %4 was applied.</source>
        <translation>%1 : l&apos;enregistrement %2 de la page est mal formé (%3) ; rien de %4 n&apos;a donc été appliqué.</translation>
    </message>
    <message>
        <source>%1: the database could not be written: %2</source>
        <translation>%1 : la base de données n&apos;a pas pu être écrite : %2</translation>
    </message>
    <message>
        <source>%1: the downloaded records could not be saved: %2</source>
        <translation>%1 : les enregistrements téléchargés n&apos;ont pas pu être sauvegardés : %2</translation>
    </message>
    <message>
        <source>the profile names no API root</source>
        <translation>le profil n&apos;indique aucune racine de l&apos;API</translation>
    </message>
    <message>
        <source>The profile names no API root, so there are no change queries: every resource is downloaded in full.</source>
        <translation>Le profil n&apos;indique aucune racine de l&apos;API ; il n&apos;y a donc pas de requêtes de modifications : chaque ressource est téléchargée en entier.</translation>
    </message>
    <message>
        <source>The server does not offer change queries: every resource is downloaded in full and deletes are found by comparing keys.</source>
        <translation>Le serveur ne propose pas de requêtes de modifications : chaque ressource est téléchargée en entier et les suppressions sont détectées en comparant les clés.</translation>
    </message>
    <message>
        <source>API %1, data model %2</source>
        <translation>API %1, modèle de données %2</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>(pas de version)</translation>
    </message>
    <message>
        <source>not read (%1)</source>
        <translation>non lu (%1)</translation>
    </message>
    <message>
        <source>not tried: the agency kept failing (%1)</source>
        <translation>non tenté : l&apos;agence échouait sans cesse (%1)</translation>
    </message>
    <message>
        <source>The download stopped because the agency kept failing (%1). Not downloaded: %2. Try again later; nothing of these changed locally.</source>
        <translation>Le téléchargement s&apos;est arrêté parce que l&apos;agence échouait sans cesse (%1). Non téléchargé : %2. Réessayez plus tard ; rien de tout cela n&apos;a changé localement.</translation>
    </message>
    <message>
        <source>Change queries are asked under the API root: %1.</source>
        <translation>Les requêtes de modifications sont envoyées sous la racine de l&apos;API : %1.</translation>
    </message>
    <message>
        <source>the answer has no newestChangeVersion</source>
        <translation>la réponse n&apos;a pas de newestChangeVersion</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Change queries did not work (%1 for %2): every resource is downloaded in full in this run, deletes found by comparing keys.</source>
        <translation>Les requêtes de modifications n&apos;ont pas fonctionné (%1 pour %2) : dans cette exécution, chaque ressource est téléchargée en entier et les suppressions sont détectées en comparant les clés.</translation>
    </message>
    <message>
        <source>%1: the agency listed %2 of the %3 changes it announced, so nothing of it was applied.</source>
        <translation>%1 : l&apos;agence a listé %2 des %3 modifications annoncées ; rien n&apos;a donc été appliqué.</translation>
    </message>
    <message>
        <source>the server ignores offset paging (%1), so nothing of %2 was applied.</source>
        <translation>le serveur ignore la pagination par décalage (%1) ; rien de %2 n&apos;a donc été appliqué.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n records for a limit of %1</source>
        <translation>
            <numerusform>%n enregistrement pour une limite de %1</numerusform>
            <numerusform>%n enregistrements pour une limite de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the page repeats an earlier page</source>
        <translation>la page répète une page précédente</translation>
    </message>
    <message>
        <source>more than %1 records listed</source>
        <translation>plus de %1 enregistrements listés</translation>
    </message>
    <message>
        <source>The server speaks Data Standard %1 and the profile is written for %2: a renamed property can be given in the profile&apos;s &quot;propertyNames&quot; (docs/compatibility.md).</source>
        <translation>Le serveur utilise le Data Standard %1 et le profil est écrit pour le %2 : une propriété renommée peut être indiquée dans « propertyNames » du profil (docs/compatibility.md).</translation>
    </message>
    <message>
        <source>%1: the agency listed %2 of the %3 records it announced, so no local record was deleted in this run.</source>
        <translation>%1 : l&apos;agence a listé %2 des %3 enregistrements annoncés ; aucun enregistrement local n&apos;a donc été supprimé dans cette exécution.</translation>
    </message>
</context>
<context>
    <name>dexdesk::Engine</name>
    <message>
        <source>LEA %1: the agency rejected the key or secret, so its records wait. Check the key and secret in General Setup, save, and the LEA resumes. (%2)</source>
        <translation>LEA %1 : l&apos;agence a refusé la clé ou le secret ; ses enregistrements attendent donc. Vérifiez la clé et le secret dans Configuration générale, enregistrez, et la LEA reprendra. (%2)</translation>
    </message>
    <message>
        <source>LEA %1 cannot send: %2</source>
        <translation>La LEA %1 ne peut pas envoyer : %2</translation>
    </message>
    <message>
        <source>Download is off in this profile&apos;s service options.</source>
        <translation>Le service Téléchargement est désactivé dans les options de service de ce profil.</translation>
    </message>
    <message>
        <source>Nothing can be downloaded: no enabled LEA has a key and secret the agency accepts.</source>
        <translation>Rien ne peut être téléchargé : aucune LEA activée n&apos;a de clé et de secret que l&apos;agence accepte.</translation>
    </message>
    <message>
        <source>The download did not finish: %1</source>
        <translation>Le téléchargement ne s&apos;est pas terminé : %1</translation>
    </message>
    <message>
        <source>Unique ID is off in this profile&apos;s service options.</source>
        <translation>Le service Identifiant unique est désactivé dans les options de service de ce profil.</translation>
    </message>
    <message>
        <source>Unique IDs cannot be requested: no enabled LEA has a key and secret the agency accepts, or the profile names no unique-ID service.</source>
        <translation>Impossible de demander des identifiants uniques : aucune LEA activée n&apos;a de clé et de secret que l&apos;agence accepte, ou le profil n&apos;indique aucun service d&apos;identifiant unique.</translation>
    </message>
    <message>
        <source>Requesting unique IDs failed: %1</source>
        <translation>La demande des identifiants uniques a échoué : %1</translation>
    </message>
    <message>
        <source>Publish is off in this profile&apos;s service options, so nothing is sent.</source>
        <translation>Le service Publication est désactivé dans les options de service de ce profil ; rien n&apos;est donc envoyé.</translation>
    </message>
    <message>
        <source>%1 waiting on a record that was not sent in this run</source>
        <translation>%1 en attente d&apos;un enregistrement qui n&apos;a pas été envoyé dans cette exécution</translation>
    </message>
    <message>
        <source>%1 not yet sent</source>
        <translation>%1 pas encore envoyés</translation>
    </message>
    <message>
        <source>%1 to retry later (the agency failed or asked to wait)</source>
        <translation>%1 à réessayer plus tard (l&apos;agence a échoué ou a demandé d&apos;attendre)</translation>
    </message>
    <message>
        <source>%1 stuck after repeated failures (still retried by the engine)</source>
        <translation>%1 bloqués après des échecs répétés (toujours réessayés par le moteur)</translation>
    </message>
    <message>
        <source>%1 rejected by the agency (see Errors)</source>
        <translation>%1 rejetés par l&apos;agence (voir Erreurs)</translation>
    </message>
    <message>
        <source>%1 held: a value or record the agency lacks (see Errors)</source>
        <translation>%1 retenus : une valeur ou un enregistrement que l&apos;agence n&apos;a pas (voir Erreurs)</translation>
    </message>
    <message>
        <source>%1 waiting for a state unique ID</source>
        <translation>%1 en attente d&apos;un identifiant unique de l&apos;État</translation>
    </message>
    <message>
        <source>Left: %1.</source>
        <translation>Reste : %1.</translation>
    </message>
    <message>
        <source>The database could not be read or written: %1. Nothing more is sent until it can be written again (check the free disk space and that the database file is writable); what was already sent is recorded then.</source>
        <translation>La base de données n&apos;a pas pu être lue ou écrite : %1. Plus rien n&apos;est envoyé tant qu&apos;elle ne peut pas être écrite de nouveau (vérifiez l&apos;espace disque libre et que le fichier de la base est accessible en écriture) ; ce qui a déjà été envoyé sera alors enregistré.</translation>
    </message>
    <message>
        <source>This engine could not join the engine instances of the database: %1 Check that the database is reachable and writable, then start the engine again.</source>
        <translation>Ce moteur n&apos;a pas pu rejoindre les instances de moteur de la base de données : %1 Vérifiez que la base est joignable et accessible en écriture, puis redémarrez le moteur.</translation>
    </message>
    <message>
        <source>This engine instance cannot reach the database to renew its leases, so it stopped sending; it resumes by itself when the database answers again.</source>
        <translation>Cette instance du moteur ne peut pas joindre la base de données pour renouveler ses baux : elle a donc cessé d&apos;envoyer ; elle reprend d&apos;elle-même quand la base répond de nouveau.</translation>
    </message>
</context>
<context>
    <name>dexdesk::EngineController</name>
    <message>
        <source>an unknown process</source>
        <translation>un processus inconnu</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>processus %1 sur %2</translation>
    </message>
    <message>
        <source>The engine is already running.</source>
        <translation>Le moteur est déjà en cours d&apos;exécution.</translation>
    </message>
    <message>
        <source>Another DEX Desk engine (%1) is already running on this database, so this one does not send. Stop the other one first, or watch its progress here.</source>
        <translation>Un autre moteur DEX Desk (%1) s&apos;exécute déjà sur cette base de données ; celui-ci n&apos;envoie donc rien. Arrêtez d&apos;abord l&apos;autre, ou suivez sa progression ici.</translation>
    </message>
    <message>
        <source>The system is Off, so the engine does not run. Turn System Enabled On in General Setup and save.</source>
        <translation>Le système est Désactivé ; le moteur ne s&apos;exécute donc pas. Mettez Système activé sur Activé dans Configuration générale et enregistrez.</translation>
    </message>
    <message>
        <source>Publish is off in the service options of profile &quot;%1&quot;. Turn it on in General Setup and save.</source>
        <translation>Le service Publication est désactivé dans les options de service du profil « %1 ». Activez-le dans Configuration générale et enregistrez.</translation>
    </message>
    <message>
        <source>no secret is stored for it. Enter it in General Setup and save.</source>
        <translation>aucun secret n&apos;est enregistré pour elle. Saisissez-le dans Configuration générale et enregistrez.</translation>
    </message>
    <message>
        <source>its secret could not be read from %1: %2 DEX Desk asks again every few seconds, and the LEA resumes by itself once it answers.</source>
        <translation>son secret n&apos;a pas pu être lu dans %1 : %2 DEX Desk réessaie toutes les quelques secondes, et la LEA reprend d&apos;elle-même dès qu&apos;il y a une réponse.</translation>
    </message>
</context>
<context>
    <name>dexdesk::EngineSupervisor</name>
    <message>
        <source>Publish Now finished; records sent: %1.</source>
        <translation>Publication immédiate terminée ; enregistrements envoyés : %1.</translation>
    </message>
</context>
<context>
    <name>dexdesk::ErrorsPage</name>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>LEA</source>
        <translation>LEA</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last try</source>
        <translation>Dernière tentative</translation>
    </message>
    <message>
        <source>Show More</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Lists the next %1 records of this cause.</source>
        <translation>Affiche les %1 enregistrements suivants de cette cause.</translation>
    </message>
    <message>
        <source>What the agency said about the selected record.</source>
        <translation>Ce que l&apos;agence a indiqué au sujet de l&apos;enregistrement sélectionné.</translation>
    </message>
    <message>
        <source>The last request for the selected record (its token is never shown).</source>
        <translation>La dernière requête pour l&apos;enregistrement sélectionné (son token n&apos;est jamais affiché).</translation>
    </message>
    <message>
        <source>The agency&apos;s answer to that request.</source>
        <translation>La réponse de l&apos;agence à cette requête.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Sends the selected records again.</source>
        <translation>Renvoie les enregistrements sélectionnés.</translation>
    </message>
    <message>
        <source>Retry All of This Cause</source>
        <translation>Réessayer tous ceux de cette cause</translation>
    </message>
    <message>
        <source>Sends every record of the selected cause again, once you fixed the cause.</source>
        <translation>Renvoie tous les enregistrements de la cause sélectionnée, une fois la cause corrigée.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Écarter</translation>
    </message>
    <message>
        <source>Sets the selected records aside: they are not sent until they change or you retry them.</source>
        <translation>Met de côté les enregistrements sélectionnés : ils ne sont pas envoyés tant qu&apos;ils ne changent pas ou que vous ne les réessayez pas.</translation>
    </message>
    <message>
        <source>Dismiss All of This Cause</source>
        <translation>Écarter tous ceux de cette cause</translation>
    </message>
    <message>
        <source>Sets every record of the selected cause aside.</source>
        <translation>Met de côté tous les enregistrements de la cause sélectionnée.</translation>
    </message>
    <message>
        <source>Reading the failed records…</source>
        <translation>Lecture des enregistrements en échec…</translation>
    </message>
    <message>
        <source>The failed records cannot be read: %1</source>
        <translation>Impossible de lire les enregistrements en échec : %1</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(aucun message)</translation>
    </message>
    <message>
        <source>No failed or held records: everything queued is on its way.</source>
        <translation>Aucun enregistrement en échec ou retenu : tout ce qui est en file d&apos;attente est en route.</translation>
    </message>
    <message numerus="yes">
        <source>%1 records not sent, in %n cause(s). Select a cause to see its records, and a record to see its last request and the agency&apos;s answer.</source>
        <translation>
            <numerusform>%1 enregistrements non envoyés, pour %n cause. Sélectionnez une cause pour voir ses enregistrements, et un enregistrement pour voir sa dernière requête et la réponse de l&apos;agence.</numerusform>
            <numerusform>%1 enregistrements non envoyés, pour %n causes. Sélectionnez une cause pour voir ses enregistrements, et un enregistrement pour voir sa dernière requête et la réponse de l&apos;agence.</numerusform>
        </translation>
    </message>
    <message>
        <source>The records cannot be read: %1</source>
        <translation>Impossible de lire les enregistrements : %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 records.</source>
        <translation>%1 enregistrements affichés sur %2.</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Identifiant de requête : %1</translation>
    </message>
    <message>
        <source>(not sent: the record was held back before sending)</source>
        <translation>(non envoyé : l&apos;enregistrement a été retenu avant l&apos;envoi)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) queued to be sent again now.</source>
        <translation>
            <numerusform>%n enregistrement mis en file d&apos;attente pour être renvoyé maintenant.</numerusform>
            <numerusform>%n enregistrements mis en file d&apos;attente pour être renvoyés maintenant.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) queued to be sent again when the system is On.</source>
        <translation>
            <numerusform>%n enregistrement mis en file d&apos;attente pour être renvoyé lorsque le système sera Activé.</numerusform>
            <numerusform>%n enregistrements mis en file d&apos;attente pour être renvoyés lorsque le système sera Activé.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) dismissed.</source>
        <translation>
            <numerusform>%n enregistrement écarté.</numerusform>
            <numerusform>%n enregistrements écartés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure causes</source>
        <translation>Causes des échecs</translation>
    </message>
    <message>
        <source>Failed records grouped by cause; select one to list its records.</source>
        <translation>Enregistrements en échec regroupés par cause ; sélectionnez-en une pour lister ses enregistrements.</translation>
    </message>
    <message>
        <source>Failed records of the selected cause</source>
        <translation>Enregistrements en échec de la cause sélectionnée</translation>
    </message>
    <message>
        <source>Agency message</source>
        <translation>Message de l&apos;agence</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Dernière requête</translation>
    </message>
    <message>
        <source>Agency response</source>
        <translation>Réponse de l&apos;agence</translation>
    </message>
</context>
<context>
    <name>dexdesk::ExchangeMonitorPage</name>
    <message>
        <source>Exchange Monitor</source>
        <translation>Moniteur d&apos;échange</translation>
    </message>
    <message>
        <source>Publish Changes</source>
        <translation>Publier les modifications</translation>
    </message>
    <message>
        <source>Sends the queued changes now instead of at the next scheduled run.</source>
        <translation>Envoie maintenant les modifications en file d&apos;attente au lieu d&apos;attendre la prochaine exécution planifiée.</translation>
    </message>
    <message>
        <source>Publishing the queued changes…</source>
        <translation>Publication des modifications en file d&apos;attente…</translation>
    </message>
    <message>
        <source>Publish All</source>
        <translation>Publier tout</translation>
    </message>
    <message>
        <source>Sends every record of the selected school years, whatever its change state.</source>
        <translation>Envoie tous les enregistrements des années scolaires sélectionnées, quel que soit leur état de modification.</translation>
    </message>
    <message>
        <source>Publishing every record of the selected school years…</source>
        <translation>Publication de tous les enregistrements des années scolaires sélectionnées…</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d&apos;attente</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyés</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Records to send, including those being retried.</source>
        <translation>Enregistrements à envoyer, y compris ceux en cours de nouvel essai.</translation>
    </message>
    <message>
        <source>Requests on their way now (the engine reports the total).</source>
        <translation>Requêtes actuellement en route (le moteur indique le total).</translation>
    </message>
    <message>
        <source>Rejected by the agency, stuck after 10 attempts, or holding a value the agency lacks: see Errors.</source>
        <translation>Rejetés par l&apos;agence, bloqués après 10 tentatives ou contenant une valeur que l&apos;agence n&apos;a pas : voir Erreurs.</translation>
    </message>
    <message>
        <source>Waiting for a record they depend on, or for a state unique ID.</source>
        <translation>En attente d&apos;un enregistrement dont ils dépendent, ou d&apos;un identifiant unique de l&apos;État.</translation>
    </message>
    <message>
        <source>Records sent per second</source>
        <translation>Enregistrements envoyés par seconde</translation>
    </message>
    <message>
        <source>Throughput (records sent per second)</source>
        <translation>Débit (enregistrements envoyés par seconde)</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Graphique du débit</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Exécutions récentes</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>The exchange counts cannot be read: %1</source>
        <translation>Impossible de lire les compteurs de l&apos;échange : %1</translation>
    </message>
    <message>
        <source>The engine reports requests in flight for all resources together.</source>
        <translation>Le moteur indique les requêtes en cours pour l&apos;ensemble des ressources.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur : %1</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>The exchange engine is not available in this window.</source>
        <translation>Le moteur d&apos;échange n&apos;est pas disponible dans cette fenêtre.</translation>
    </message>
    <message>
        <source>Another DEX Desk program runs the engine for this database; start the run there.</source>
        <translation>Un autre programme DEX Desk exécute le moteur pour cette base de données ; lancez l&apos;exécution depuis celui-ci.</translation>
    </message>
    <message>
        <source>Available while the system is On: turn it On in General Setup and Save.</source>
        <translation>Disponible lorsque le système est Activé : activez-le dans Configuration générale et cliquez sur Enregistrer.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Télécharger</translation>
    </message>
    <message>
        <source>Fetches the agency&apos;s descriptors, LEAs and schools now.</source>
        <translation>Récupère maintenant les descripteurs, les LEA et les écoles de l&apos;agence.</translation>
    </message>
    <message>
        <source>Downloading from the agency…</source>
        <translation>Téléchargement depuis l&apos;agence…</translation>
    </message>
    <message>
        <source>Request Unique IDs</source>
        <translation>Demander les identifiants uniques</translation>
    </message>
    <message>
        <source>Asks the agency&apos;s unique-ID service for the persons still waiting for a state ID.</source>
        <translation>Interroge le service d&apos;identifiants uniques de l&apos;agence pour les personnes qui attendent encore un identifiant de l&apos;État.</translation>
    </message>
    <message>
        <source>Requesting unique IDs…</source>
        <translation>Demande des identifiants uniques…</translation>
    </message>
    <message>
        <source>Records per resource</source>
        <translation>Enregistrements par ressource</translation>
    </message>
    <message>
        <source>Engine instances</source>
        <translation>Instances du moteur</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instance</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Dernier signal</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Connection slots it holds: together the instances never use more than Simultaneous Connections.</source>
        <translation>Emplacements de connexion qu&apos;elle détient : ensemble, les instances n&apos;utilisent jamais plus que les Connexions simultanées.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>Ne répond pas</translation>
    </message>
    <message>
        <source>It stopped without leaving (killed, or its machine or network went down). Its leases ran out, so the other instances took over its work; start it again, or ignore it: it is forgotten after an hour.</source>
        <translation>Elle s&apos;est arrêtée sans se retirer (tuée, ou sa machine ou son réseau est tombé). Ses baux ont expiré, les autres instances ont donc repris son travail ; redémarrez-la, ou ignorez-la : elle est oubliée au bout d&apos;une heure.</translation>
    </message>
</context>
<context>
    <name>dexdesk::ExchangeStatusWidget</name>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur : %1</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en file d&apos;attente</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 en cours</translation>
    </message>
    <message>
        <source>%1 records sent since the engine started.</source>
        <translation>%1 enregistrements envoyés depuis le démarrage du moteur.</translation>
    </message>
    <message>
        <source>The exchange engine&apos;s state and the records waiting to be sent.</source>
        <translation>L&apos;état du moteur d&apos;échange et les enregistrements en attente d&apos;envoi.</translation>
    </message>
</context>
<context>
    <name>dexdesk::FileSecretStore</name>
    <message>
        <source>Pass it to the service, e.g. &quot;LoadCredential=%1:/etc/dexdesk/%1&quot; in a drop-in made with &quot;systemctl edit dexdesk&quot;, then restart the service.</source>
        <translation>Transmettez-le au service, par exemple « LoadCredential=%1:/etc/dexdesk/%1 » dans un complément créé avec « systemctl edit dexdesk », puis redémarrez le service.</translation>
    </message>
    <message>
        <source>The secrets are to come from systemd credentials, but $CREDENTIALS_DIRECTORY is not set: this program was not started by systemd with any credential. %1</source>
        <translation>Les secrets doivent venir des identifiants systemd, mais $CREDENTIALS_DIRECTORY n&apos;est pas défini : systemd n&apos;a démarré ce programme avec aucun identifiant. %1</translation>
    </message>
    <message>
        <source>$CREDENTIALS_DIRECTORY names %1, which is not a directory. Start the program through systemd, which sets it.</source>
        <translation>$CREDENTIALS_DIRECTORY désigne %1, qui n&apos;est pas un dossier. Démarrez le programme par systemd, qui le définit.</translation>
    </message>
    <message>
        <source>The secrets file cannot be used: %1</source>
        <translation>Le fichier de secrets ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>line %1 is not of the form NAME=SECRET. Write one LEA per line, for example %2=the-secret.</source>
        <translation>la ligne %1 n&apos;est pas de la forme NOM=SECRET. Écrivez une LEA par ligne, par exemple %2=le-secret.</translation>
    </message>
    <message>
        <source>line %1 does not start with an LEA&apos;s credential name (dexdesk.PROFILE.LEA, e.g. %2).</source>
        <translation>la ligne %1 ne commence pas par le nom d&apos;identifiant d&apos;une LEA (dexdesk.PROFILE.LEA, p. ex. %2).</translation>
    </message>
    <message>
        <source>line %1 gives no secret for %2. Write the secret after the &quot;=&quot;.</source>
        <translation>la ligne %1 ne donne aucun secret pour %2. Écrivez le secret après le « = ».</translation>
    </message>
    <message>
        <source>line %1 gives %2 again (first on line %3). Keep one line per LEA.</source>
        <translation>la ligne %1 donne de nouveau %2 (d&apos;abord à la ligne %3). Gardez une ligne par LEA.</translation>
    </message>
    <message>
        <source>No systemd credential %1 was passed to this program (looked in %2). %3</source>
        <translation>Aucun identifiant systemd %1 n&apos;a été transmis à ce programme (cherché dans %2). %3</translation>
    </message>
    <message>
        <source>The systemd credential cannot be used: %1</source>
        <translation>L&apos;identifiant systemd ne peut pas être utilisé : %1</translation>
    </message>
    <message>
        <source>The systemd credential %1 is empty. Put the LEA&apos;s secret in the file it is loaded from.</source>
        <translation>L&apos;identifiant systemd %1 est vide. Mettez le secret de la LEA dans le fichier d&apos;où il est chargé.</translation>
    </message>
    <message>
        <source>The secrets file %1 has no line for %2. Add &quot;%2=THE-SECRET&quot; to it.</source>
        <translation>Le fichier de secrets %1 n&apos;a pas de ligne pour %2. Ajoutez-y « %2=LE-SECRET ».</translation>
    </message>
    <message>
        <source>The LEA secrets come from %1, which DEX Desk only reads and never writes. Change the secret there (or run without --secrets to use the system keychain).</source>
        <translation>Les secrets des LEA viennent de %1, que DEX Desk lit seulement et n&apos;écrit jamais. Changez le secret à cet endroit (ou lancez sans --secrets pour utiliser le trousseau du système).</translation>
    </message>
</context>
<context>
    <name>dexdesk::FirstRunPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>No LEA is configured yet, so nothing is exchanged. To set up the exchange:
1. Check the data exchange profile and its URLs below.
2. Add your LEAs with the key and secret the agency gave you (Configure LEAs).
3. Press Test Connection, then Save, and turn the system On.
Just looking? The demo runs a local agency simulator with sample records in a separate window and leaves your own settings alone (the same as &quot;dexdesk --demo&quot;).</source>
        <translation>Aucune LEA n&apos;est encore configurée ; rien n&apos;est donc échangé. Pour configurer l&apos;échange :
1. Vérifiez ci-dessous le profil d&apos;échange de données et ses URL.
2. Ajoutez vos LEA avec la clé et le secret que l&apos;agence vous a fournis (Configurer les LEA).
3. Cliquez sur Tester la connexion, puis sur Enregistrer, et activez le système.
Vous voulez simplement découvrir le programme ? La démonstration exécute un simulateur local de l&apos;agence avec des enregistrements d&apos;exemple dans une fenêtre séparée et ne touche pas à vos propres paramètres (comme « dexdesk --demo »).</translation>
    </message>
    <message>
        <source>Configure LEAs…</source>
        <translation>Configurer les LEA…</translation>
    </message>
    <message>
        <source>Configure LEAs</source>
        <translation>Configurer les LEA</translation>
    </message>
    <message>
        <source>Opens the list of LEAs of the selected profile, where you add them.</source>
        <translation>Ouvre la liste des LEA du profil sélectionné, où vous pouvez les ajouter.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Checks that the agency&apos;s URLs answer, and each LEA&apos;s key and secret once added.</source>
        <translation>Vérifie que les URL de l&apos;agence répondent, ainsi que la clé et le secret de chaque LEA une fois ajoutée.</translation>
    </message>
    <message>
        <source>Start the Demo</source>
        <translation>Lancer la démonstration</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Lancer la démonstration</translation>
    </message>
    <message>
        <source>Opens a second DEX Desk window with a built-in agency simulator and sample records, in a throwaway database.</source>
        <translation>Ouvre une seconde fenêtre DEX Desk avec un simulateur d&apos;agence intégré et des enregistrements d&apos;exemple, dans une base de données jetable.</translation>
    </message>
</context>
<context>
    <name>dexdesk::GeneralOptionsBox</name>
    <message>
        <source>General Options</source>
        <translation>Options générales</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>%1: On</source>
        <translation>%1 : Activé</translation>
    </message>
    <message>
        <source>%1: Off</source>
        <translation>%1 : Désactivé</translation>
    </message>
    <message>
        <source>Logging Options:</source>
        <translation>Options de journalisation :</translation>
    </message>
    <message>
        <source>Which kinds of messages are recorded in the database and the log files. Keep the defaults unless support asks you to record more.</source>
        <translation>Les types de messages enregistrés dans la base de données et les fichiers journaux. Conservez les valeurs par défaut, sauf si l&apos;assistance vous demande d&apos;en enregistrer davantage.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recommandé : %1</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Journaliser : %1</translation>
    </message>
</context>
<context>
    <name>dexdesk::GeneralSetupPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>General Setup</source>
        <translation>Configuration générale</translation>
    </message>
    <message>
        <source>Configure the real-time data exchange with the state education agency. Changes take effect when you save them.</source>
        <translation>Configurez l&apos;échange de données en temps réel avec l&apos;agence d&apos;éducation de l&apos;État. Les modifications prennent effet lorsque vous les enregistrez.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Checks the agency endpoint with the values on screen (saved or not), step by step for each enabled LEA, and says what to fix. It runs in the background; you can cancel it.</source>
        <translation>Vérifie le point d&apos;accès de l&apos;agence avec les valeurs affichées (enregistrées ou non), étape par étape pour chaque LEA activée, et indique ce qu&apos;il faut corriger. Le test s&apos;exécute en arrière-plan ; vous pouvez l&apos;annuler.</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurer les valeurs par défaut</translation>
    </message>
    <message>
        <source>Turns the system Off and puts the selected profile&apos;s communication settings, LEAs and secrets back to the profile&apos;s defaults. You are asked to confirm first.</source>
        <translation>Désactive le système et rétablit les valeurs par défaut du profil sélectionné pour ses paramètres de communication, ses LEA et ses secrets. Une confirmation vous est d&apos;abord demandée.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Checks the form and saves all settings at once; LEA secrets go to the system keychain.</source>
        <translation>Vérifie le formulaire et enregistre tous les paramètres en une fois ; les secrets des LEA vont dans le trousseau du système.</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The form has unsaved changes</source>
        <translation>Le formulaire contient des modifications non enregistrées</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them before switching to the profile &quot;%1&quot;?</source>
        <translation>Vous avez des modifications non enregistrées. Les enregistrer avant de passer au profil « %1 » ?</translation>
    </message>
    <message>
        <source>Communication settings belong to a profile, so the form will show the settings of &quot;%1&quot;.</source>
        <translation>Les paramètres de communication appartiennent à un profil ; le formulaire affichera donc les paramètres de « %1 ».</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Paramètres non enregistrés</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Paramètres enregistrés</translation>
    </message>
    <message>
        <source>Defaults Not Restored</source>
        <translation>Valeurs par défaut non restaurées</translation>
    </message>
    <message>
        <source>Defaults not restored</source>
        <translation>Valeurs par défaut non restaurées</translation>
    </message>
    <message>
        <source>Defaults restored</source>
        <translation>Valeurs par défaut restaurées</translation>
    </message>
    <message>
        <source>The secrets of the LEAs of &quot;%1&quot; are deleted from the keychain.</source>
        <translation>Les secrets des LEA de « %1 » sont supprimés du trousseau du système.</translation>
    </message>
    <message>
        <source>The saved settings already match the defaults.</source>
        <translation>Les paramètres enregistrés correspondent déjà aux valeurs par défaut.</translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation>Ce qui va changer :</translation>
    </message>
    <message>
        <source>Your unsaved changes on the form will be dropped.</source>
        <translation>Vos modifications non enregistrées dans le formulaire seront perdues.</translation>
    </message>
    <message>
        <source>Restore the defaults? The system is turned Off, and the communication settings of the profile &quot;%1&quot; — URLs, school years, services, the LEAs and their keys and secrets — go back to the profile&apos;s defaults.</source>
        <translation>Restaurer les valeurs par défaut ? Le système est désactivé, et les paramètres de communication du profil « %1 » — URL, années scolaires, services, LEA avec leurs clés et leurs secrets — reprennent les valeurs par défaut du profil.</translation>
    </message>
</context>
<context>
    <name>dexdesk::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Langue par défaut du système (%1)</translation>
    </message>
    <message>
        <source>Used from the next start of DEX Desk; dates and numbers follow it too.</source>
        <translation>S&apos;applique à partir du prochain démarrage de DEX Desk ; les dates et les nombres suivent aussi cette langue.</translation>
    </message>
</context>
<context>
    <name>dexdesk::LeaDialog</name>
    <message>
        <source>LEA Settings — %1</source>
        <translation>Paramètres des LEA — %1</translation>
    </message>
    <message>
        <source>The local education agencies that exchange data through the profile &lt;b&gt;%1&lt;/b&gt;. Secrets are kept in the system keychain and are written when you save the settings.</source>
        <translation>Les agences locales d&apos;éducation (LEA) qui échangent des données par le profil &lt;b&gt;%1&lt;/b&gt;. Les secrets sont conservés dans le trousseau du système et y sont écrits lorsque vous enregistrez les paramètres.</translation>
    </message>
    <message>
        <source>LEAs</source>
        <translation>LEA</translation>
    </message>
    <message>
        <source>Double-click an LEA to edit it.</source>
        <translation>Double-cliquez sur une LEA pour la modifier.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add an LEA with its key and secret.</source>
        <translation>Ajouter une LEA avec sa clé et son secret.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Change the selected LEA, or enter a new secret for it.</source>
        <translation>Modifier la LEA sélectionnée, ou saisir un nouveau secret pour elle.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected LEA. Its secret is deleted from the keychain when you save.</source>
        <translation>Supprimer la LEA sélectionnée. Son secret est supprimé du trousseau du système lors de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove LEA</source>
        <translation>Supprimer la LEA</translation>
    </message>
    <message>
        <source>Remove the LEA %1? Its data exchange stops, and its secret is deleted from the keychain when you save the settings.</source>
        <translation>Supprimer la LEA %1 ? Son échange de données s&apos;arrête, et son secret est supprimé du trousseau du système lorsque vous enregistrez les paramètres.</translation>
    </message>
</context>
<context>
    <name>dexdesk::LeaEditDialog</name>
    <message>
        <source>Edit LEA %1</source>
        <translation>Modifier la LEA %1</translation>
    </message>
    <message>
        <source>Add LEA</source>
        <translation>Ajouter une LEA</translation>
    </message>
    <message>
        <source>LEA identifier</source>
        <translation>Identifiant de la LEA</translation>
    </message>
    <message>
        <source>The agency&apos;s number for the local education agency (localEducationAgencyId), up to 10 digits.</source>
        <translation>Le numéro attribué par l&apos;agence à l&apos;agence locale d&apos;éducation (localEducationAgencyId), 10 chiffres au maximum.</translation>
    </message>
    <message>
        <source>LEA &amp;ID:</source>
        <translation>&amp;Identifiant de la LEA :</translation>
    </message>
    <message>
        <source>LEA name</source>
        <translation>Nom de la LEA</translation>
    </message>
    <message>
        <source>A name that helps you recognise the LEA (optional).</source>
        <translation>Un nom qui vous aide à reconnaître la LEA (facultatif).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>No&amp;n</translation>
    </message>
    <message>
        <source>Yes exchanges data for this LEA; No keeps it in the list but skips it.</source>
        <translation>Oui échange les données de cette LEA ; Non la conserve dans la liste mais l&apos;ignore.</translation>
    </message>
    <message>
        <source>LEA Enabled: Yes</source>
        <translation>LEA activée : Oui</translation>
    </message>
    <message>
        <source>LEA Enabled: No</source>
        <translation>LEA activée : Non</translation>
    </message>
    <message>
        <source>LEA Enabled:</source>
        <translation>LEA activée :</translation>
    </message>
    <message>
        <source>Authentication Key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <source>The key (client id) the agency issued to this LEA. It is not secret and is stored with the settings.</source>
        <translation>La clé (client id) que l&apos;agence a attribuée à cette LEA. Elle n&apos;est pas secrète et est enregistrée avec les paramètres.</translation>
    </message>
    <message>
        <source>Authentication &amp;Key:</source>
        <translation>&amp;Clé d&apos;authentification :</translation>
    </message>
    <message>
        <source>Authentication Secret</source>
        <translation>Secret d&apos;authentification</translation>
    </message>
    <message>
        <source>The secret the agency issued with the key. It is stored only in the system keychain when you save, never in the database or a file.</source>
        <translation>Le secret que l&apos;agence a fourni avec la clé. Lors de l&apos;enregistrement, il est conservé uniquement dans le trousseau du système, jamais dans la base de données ni dans un fichier.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Laisser vide pour conserver le secret enregistré</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Afficher le secret</translation>
    </message>
    <message>
        <source>Shows or hides the secret you typed, to check it for mistakes.</source>
        <translation>Affiche ou masque le secret saisi, pour vérifier qu&apos;il ne contient pas d&apos;erreur.</translation>
    </message>
    <message>
        <source>Authentication &amp;Secret:</source>
        <translation>&amp;Secret d&apos;authentification :</translation>
    </message>
    <message>
        <source>The identifier of an existing LEA cannot be changed, because its secret and its records are filed under it. Remove the LEA and add it again to change it.</source>
        <translation>L&apos;identifiant d&apos;une LEA existante ne peut pas être modifié, car son secret et ses enregistrements sont classés sous cet identifiant. Pour le changer, supprimez la LEA puis ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Masquer le secret</translation>
    </message>
</context>
<context>
    <name>dexdesk::LeaListModel</name>
    <message>
        <source>The LEA %1 is already in the list.</source>
        <translation>La LEA %1 figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>The name must be at most 75 characters.</source>
        <translation>Le nom doit comporter au plus 75 caractères.</translation>
    </message>
    <message>
        <source>Enter the authentication key, or set LEA Enabled to No.</source>
        <translation>Saisissez la clé d&apos;authentification, ou réglez LEA activée sur Non.</translation>
    </message>
    <message>
        <source>No LEA is selected.</source>
        <translation>Aucune LEA n&apos;est sélectionnée.</translation>
    </message>
    <message>
        <source>The LEA identifier cannot be changed. Remove the LEA and add it again.</source>
        <translation>L&apos;identifiant de la LEA ne peut pas être modifié. Supprimez la LEA puis ajoutez-la de nouveau.</translation>
    </message>
    <message>
        <source>No LEAs configured</source>
        <translation>Aucune LEA configurée</translation>
    </message>
    <message>
        <source>1 LEA</source>
        <translation>1 LEA</translation>
    </message>
    <message>
        <source>%1 LEAs</source>
        <translation>%1 LEA</translation>
    </message>
    <message>
        <source>%1, %2 enabled</source>
        <translation>%1, %2 activée(s)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>New — stored on Save</source>
        <translation>Nouveau — stocké lors de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain and are never shown here.</source>
        <translation>Les secrets sont conservés dans le trousseau du système et ne sont jamais affichés ici.</translation>
    </message>
    <message>
        <source>LEA ID</source>
        <translation>Identifiant LEA</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>LEA Enabled</source>
        <translation>LEA activée</translation>
    </message>
    <message>
        <source>Authentication Key</source>
        <translation>Clé d&apos;authentification</translation>
    </message>
    <message>
        <source>Authentication Secret</source>
        <translation>Secret d&apos;authentification</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau du système…</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Unknown (keychain unavailable)</source>
        <translation>Inconnu (trousseau du système indisponible)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
</context>
<context>
    <name>dexdesk::LogTableModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnostic</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>LEA</source>
        <translation>LEA</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
</context>
<context>
    <name>dexdesk::LogViewerPage</name>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>Messages du journal</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected log lines to the clipboard.</source>
        <translation>Copier les lignes de journal sélectionnées dans le presse-papiers.</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier des journaux</translation>
    </message>
    <message>
        <source>Show the folder with the log files.</source>
        <translation>Afficher le dossier contenant les fichiers journaux.</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Information et plus grave</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>The least severe level shown.</source>
        <translation>Le niveau le moins grave affiché.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>A category includes its sub-categories.</source>
        <translation>Une catégorie inclut ses sous-catégories.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>LEA ID</source>
        <translation>Identifiant LEA</translation>
    </message>
    <message>
        <source>LEA</source>
        <translation>LEA</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Toute la période</translation>
    </message>
    <message>
        <source>Since…</source>
        <translation>Depuis…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Rechercher dans les messages</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n row(s)… loading more</source>
        <translation>
            <numerusform>Affichage de la ligne la plus récente (%n)… chargement de la suite</numerusform>
            <numerusform>Affichage des %n lignes les plus récentes… chargement de la suite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n row(s); narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Affichage de la ligne la plus récente (%n) ; affinez les filtres pour voir les plus anciennes.</numerusform>
            <numerusform>Affichage des %n lignes les plus récentes ; affinez les filtres pour voir les plus anciennes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n row(s)… scroll for more</source>
        <translation>
            <numerusform>Affichage de la ligne la plus récente (%n)… faites défiler pour en voir plus</numerusform>
            <numerusform>Affichage des %n lignes les plus récentes… faites défiler pour en voir plus</numerusform>
        </translation>
    </message>
    <message>
        <source>No log messages match these filters.</source>
        <translation>Aucun message du journal ne correspond à ces filtres.</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n matching row(s).</source>
        <translation>
            <numerusform>Affichage de %n ligne correspondante.</numerusform>
            <numerusform>Affichage des %n lignes correspondantes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Search</source>
        <translation>Annuler la recherche</translation>
    </message>
    <message>
        <source>Stop the search that is running (Esc). The rows found so far stay.</source>
        <translation>Arrêter la recherche en cours (Échap). Les lignes déjà trouvées restent affichées.</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Annuler la recherche</translation>
    </message>
    <message>
        <source>Search cancelled. Change the filters to search again.</source>
        <translation>Recherche annulée. Modifiez les filtres pour relancer la recherche.</translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled: showing the %n row(s) found so far.</source>
        <translation>
            <numerusform>Recherche annulée : affichage de %n ligne trouvée jusqu&apos;ici.</numerusform>
            <numerusform>Recherche annulée : affichage des %n lignes trouvées jusqu&apos;ici.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dexdesk::MainWindow</name>
    <message>
        <source>General Setup[*]</source>
        <translation>Configuration générale[*]</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>General Setup</source>
        <translation>Configuration générale</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <source>Whether the data exchange runs, as saved.</source>
        <translation>Indique si l&apos;échange de données s&apos;exécute, selon les paramètres enregistrés.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Import Settings…</source>
        <translation>&amp;Importer les paramètres…</translation>
    </message>
    <message>
        <source>Load settings exported from DEX Desk, after showing what would change.</source>
        <translation>Charger des paramètres exportés depuis DEX Desk, après avoir affiché ce qui changerait.</translation>
    </message>
    <message>
        <source>&amp;Export Settings…</source>
        <translation>&amp;Exporter les paramètres…</translation>
    </message>
    <message>
        <source>Write the settings, without secrets, to a file.</source>
        <translation>Écrire les paramètres, sans les secrets, dans un fichier.</translation>
    </message>
    <message>
        <source>Import &amp;Profile…</source>
        <translation>Importer un &amp;profil…</translation>
    </message>
    <message>
        <source>Add a data exchange profile file provided by your state.</source>
        <translation>Ajouter un fichier de profil d&apos;échange de données fourni par votre État.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About DEX Desk</source>
        <translation>À &amp;propos de DEX Desk</translation>
    </message>
    <message>
        <source>System: On</source>
        <translation>Système : Activé</translation>
    </message>
    <message>
        <source>System: Off</source>
        <translation>Système : Désactivé</translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) could not be loaded</source>
        <translation>
            <numerusform>%n fichier de profil n&apos;a pas pu être chargé</numerusform>
            <numerusform>%n fichiers de profil n&apos;ont pas pu être chargés</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles Not Loaded</source>
        <translation>Profils non chargés</translation>
    </message>
    <message>
        <source>The other profiles are available. Fix or replace these files, then restart DEX Desk:</source>
        <translation>Les autres profils sont disponibles. Corrigez ou remplacez ces fichiers, puis redémarrez DEX Desk :</translation>
    </message>
    <message>
        <source>About DEX Desk</source>
        <translation>À propos de DEX Desk</translation>
    </message>
    <message>
        <source>DEX Desk %1</source>
        <translation>DEX Desk %1</translation>
    </message>
    <message>
        <source>Real-time data exchange between the district&apos;s student records and the state education agency.
Built with Qt %1.</source>
        <translation>Échange de données en temps réel entre les dossiers des élèves du district et l&apos;agence d&apos;éducation de l&apos;État.
Conçu avec Qt %1.</translation>
    </message>
    <message>
        <source>Saving… the window closes when the save has finished.</source>
        <translation>Enregistrement… la fenêtre se fermera une fois l&apos;enregistrement terminé.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them before closing?</source>
        <translation>Vous avez des modifications non enregistrées. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
        <source>Save &amp;Support Bundle…</source>
        <translation>Enregistrer le paquet de &amp;support…</translation>
    </message>
    <message>
        <source>Saves settings (without secrets), recent logs, counts and versions in one archive for a support ticket.</source>
        <translation>Enregistre les paramètres (sans secrets), les journaux récents, les décomptes et les versions dans une seule archive pour un ticket de support.</translation>
    </message>
    <message>
        <source>&amp;Purge Now…</source>
        <translation>&amp;Purger maintenant…</translation>
    </message>
    <message>
        <source>Shows what the purge policy would remove now, and removes it if you agree.</source>
        <translation>Montre ce que la politique de purge supprimerait maintenant, et le supprime si vous êtes d’accord.</translation>
    </message>
    <message>
        <source>Exchange Monitor</source>
        <translation>Moniteur d&apos;échange</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <source>Unique ID review</source>
        <translation>Vérification des identifiants uniques</translation>
    </message>
    <message>
        <source>Import &amp;Records from CSV…</source>
        <translation>Importer des enregistrements &amp;CSV…</translation>
    </message>
    <message>
        <source>Check a district CSV extract and add its records, all or nothing.</source>
        <translation>Vérifie un extrait CSV du district et ajoute ses enregistrements, tous ou aucun.</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>É&amp;change</translation>
    </message>
    <message>
        <source>Publish &amp;Changes Now</source>
        <translation>Publier les &amp;modifications maintenant</translation>
    </message>
    <message>
        <source>Sends the queued changes now instead of at the next scheduled run.</source>
        <translation>Envoie maintenant les modifications en file d&apos;attente au lieu d&apos;attendre la prochaine exécution planifiée.</translation>
    </message>
    <message>
        <source>Publish &amp;All Records</source>
        <translation>Publier &amp;tous les enregistrements</translation>
    </message>
    <message>
        <source>Sends every record of the selected school years, whatever its change state; use it after the system was Off, when changes were not collected.</source>
        <translation>Envoie tous les enregistrements des années scolaires sélectionnées, quel que soit leur état de modification ; utilisez-le après une période où le système était Désactivé et où les modifications n&apos;ont pas été collectées.</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Records</source>
        <translation>&amp;Réessayer les enregistrements en échec</translation>
    </message>
    <message>
        <source>Sends again the records the agency rejected or that keep failing.</source>
        <translation>Renvoie les enregistrements que l&apos;agence a rejetés ou qui continuent d&apos;échouer.</translation>
    </message>
    <message>
        <source>&amp;Download from the Agency Now</source>
        <translation>Télécharger &amp;depuis l&apos;agence maintenant</translation>
    </message>
    <message>
        <source>Fetches the agency&apos;s descriptors, LEAs and schools now (only what changed, where the agency offers change queries).</source>
        <translation>Récupère maintenant les descripteurs, les LEA et les écoles de l&apos;agence (seulement ce qui a changé, si l&apos;agence propose des requêtes de modifications).</translation>
    </message>
    <message>
        <source>Downloading from the agency…</source>
        <translation>Téléchargement depuis l&apos;agence…</translation>
    </message>
    <message>
        <source>Request &amp;Unique IDs Now</source>
        <translation>Demander les &amp;identifiants uniques maintenant</translation>
    </message>
    <message>
        <source>Asks the agency&apos;s unique-ID service for the persons still waiting for a state ID.</source>
        <translation>Interroge le service d&apos;identifiant unique de l&apos;agence pour les personnes qui attendent encore un identifiant de l&apos;État.</translation>
    </message>
    <message>
        <source>Requesting unique IDs…</source>
        <translation>Demande des identifiants uniques…</translation>
    </message>
    <message>
        <source>Available while the system is On and this window runs the engine.</source>
        <translation>Disponible lorsque le système est Activé et que cette fenêtre exécute le moteur.</translation>
    </message>
    <message>
        <source>Publishing every record of the selected school years…</source>
        <translation>Publication de tous les enregistrements des années scolaires sélectionnées…</translation>
    </message>
    <message>
        <source>Publishing the queued changes…</source>
        <translation>Publication des modifications en file d&apos;attente…</translation>
    </message>
    <message>
        <source>Retry Failed Records</source>
        <translation>Réessayer les enregistrements en échec</translation>
    </message>
    <message>
        <source>The failed records could not be queued again.</source>
        <translation>Les enregistrements en échec n&apos;ont pas pu être remis en file d&apos;attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed record(s) queued to be sent again.</source>
        <translation>
            <numerusform>%n enregistrement en échec remis en file d&apos;attente pour être renvoyé.</numerusform>
            <numerusform>%n enregistrements en échec remis en file d&apos;attente pour être renvoyés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system is On. Changes made while it was Off were not collected: use Exchange ▸ Publish All Records to send everything.</source>
        <translation>Le système est Activé. Les modifications faites pendant qu&apos;il était Désactivé n&apos;ont pas été collectées : utilisez Échange ▸ Publier tous les enregistrements pour tout envoyer.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>DEX Desk will be shown in %1 the next time it starts. Close it and open it again to switch now.</source>
        <translation>DEX Desk s&apos;affichera en %1 au prochain démarrage. Fermez-le et rouvrez-le pour changer dès maintenant.</translation>
    </message>
    <message>
        <source>Language: %1, from the next start.</source>
        <translation>Langue : %1, à partir du prochain démarrage.</translation>
    </message>
    <message>
        <source>Keep Running?</source>
        <translation>Continuer l&apos;exécution ?</translation>
    </message>
    <message>
        <source>The system is On. Keep DEX Desk running in the tray, so the data exchange goes on while the window is closed?</source>
        <translation>Le système est Activé. Laisser DEX Desk s&apos;exécuter dans la zone de notification, pour que l&apos;échange de données continue pendant que la fenêtre est fermée ?</translation>
    </message>
    <message>
        <source>Quit stops the exchange until DEX Desk is started again. The tray icon&apos;s menu shows the window again.</source>
        <translation>Quitter arrête l&apos;échange jusqu&apos;au prochain démarrage de DEX Desk. Le menu de l&apos;icône de la zone de notification réaffiche la fenêtre.</translation>
    </message>
    <message>
        <source>DEX Desk Keeps Running</source>
        <translation>DEX Desk continue de s&apos;exécuter</translation>
    </message>
    <message>
        <source>The data exchange goes on. Use the tray icon to show the window or quit.</source>
        <translation>L&apos;échange de données continue. Utilisez l&apos;icône de la zone de notification pour afficher la fenêtre ou quitter.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>The database this window works on: %1. File ▸ Open Database… opens another.</source>
        <translation>La base de données sur laquelle travaille cette fenêtre : %1. Fichier ▸ Ouvrir une base de données… en ouvre une autre.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <source>Work on another database: an SQLite file or a PostgreSQL server.</source>
        <translation>Travailler sur une autre base de données : un fichier SQLite ou un serveur PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>Impossible d&apos;ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>dexdesk::OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <source>DEX Desk keeps its settings, records, queue and logs in one database: an SQLite file, or a PostgreSQL server for a district that runs the engine on a server. The window restarts with the database you open.</source>
        <translation>DEX Desk conserve ses paramètres, enregistrements, file et journaux dans une base de données : un fichier SQLite, ou un serveur PostgreSQL pour un district qui fait tourner le moteur sur un serveur. La fenêtre redémarre avec la base que vous ouvrez.</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Ouverte actuellement :</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL URL</source>
        <translation>Fichier de base de données ou URL PostgreSQL</translation>
    </message>
    <message>
        <source>/path/to/dexdesk.sqlite or postgresql://user@host:5432/dexdesk</source>
        <translation>/chemin/vers/dexdesk.sqlite ou postgresql://utilisateur@hôte:5432/dexdesk</translation>
    </message>
    <message>
        <source>An SQLite database file, or postgresql://user@host:port/database. The password is never part of the URL: PostgreSQL&apos;s client library reads it from ~/.pgpass, PGPASSFILE or a service file.</source>
        <translation>Un fichier de base SQLite, ou postgresql://utilisateur@hôte:port/base. Le mot de passe ne fait jamais partie de l&apos;URL : la bibliothèque cliente de PostgreSQL le lit dans ~/.pgpass, PGPASSFILE ou un fichier de service.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose an SQLite database file.</source>
        <translation>Choisissez un fichier de base SQLite.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>Open an SQLite Database</source>
        <translation>Ouvrir une base SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases SQLite (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This database is open already. Choose another file or URL, or Cancel.</source>
        <translation>Cette base de données est déjà ouverte. Choisissez un autre fichier ou une autre URL, ou Annuler.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a database file in it, or type a new file name to start a new database.</source>
        <translation>%1 est un dossier. Choisissez-y un fichier de base de données, ou tapez un nouveau nom de fichier pour démarrer une nouvelle base.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>Le dossier %1 n&apos;existe pas. Choisissez un dossier existant.</translation>
    </message>
</context>
<context>
    <name>dexdesk::Publisher</name>
    <message>
        <source>The agency answered HTTP %1: %2</source>
        <translation>L&apos;agence a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The agency has no such %1, and DEX Desk does not send %1 records: correct the reference in the district&apos;s records, or ask the agency to add it. The record is tried again when it changes or after the next download.</source>
        <translation>L&apos;agence n&apos;a pas cet enregistrement %1, et DEX Desk n&apos;envoie pas d&apos;enregistrements %1 : corrigez la référence dans les enregistrements du district, ou demandez à l&apos;agence de l&apos;ajouter. L&apos;enregistrement est réessayé lorsqu&apos;il change ou après le prochain téléchargement.</translation>
    </message>
</context>
<context>
    <name>dexdesk::RecordsImportDialog</name>
    <message>
        <source>Import Records from CSV</source>
        <translation>Importer des enregistrements CSV</translation>
    </message>
    <message>
        <source>The Ed-Fi resource the file holds. Its header names the resource&apos;s columns.</source>
        <translation>La ressource Ed-Fi que contient le fichier. Son en-tête nomme les colonnes de la ressource.</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8, comma separated, a header line)</source>
        <translation>Un fichier CSV (UTF-8, séparé par des virgules, avec une ligne d&apos;en-tête)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Parc&amp;ourir…</translation>
    </message>
    <message>
        <source>For rows without a school_year column: the year in which the school year ends. A column wins.</source>
        <translation>Pour les lignes sans colonne school_year : l&apos;année où se termine l&apos;année scolaire. Si la colonne existe, elle prévaut.</translation>
    </message>
    <message>
        <source>e.g. 255901</source>
        <translation>p. ex. 255901</translation>
    </message>
    <message>
        <source>For rows without an lea_id column: the LEA the records belong to. A column wins.</source>
        <translation>Pour les lignes sans colonne lea_id : la LEA à laquelle appartiennent les enregistrements. Si la colonne existe, elle prévaut.</translation>
    </message>
    <message>
        <source>&amp;Replace: delete rows not in the file</source>
        <translation>Rem&amp;placer : supprimer les lignes absentes du fichier</translation>
    </message>
    <message>
        <source>The file is a full extract: stored records of its school years that it lacks are deleted (and the agency is told).</source>
        <translation>Le fichier est un extrait complet : les enregistrements stockés de ses années scolaires qui n&apos;y figurent pas sont supprimés (et l&apos;agence en est informée).</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>&amp;Ressource :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Année &amp;scolaire :</translation>
    </message>
    <message>
        <source>&amp;LEA:</source>
        <translation>&amp;LEA :</translation>
    </message>
    <message>
        <source>The whole file is checked first; if anything is wrong, nothing changes.</source>
        <translation>Le fichier entier est d&apos;abord vérifié ; en cas de problème, rien ne change.</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Résultat de l&apos;importation</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>Vérification et importation de %1…</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Importé dans %1.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed. Fix these problems and import it again:</source>
        <translation>Le fichier n&apos;a pas été importé ; rien n&apos;a été modifié. Corrigez ces problèmes et importez-le de nouveau :</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
</context>
<context>
    <name>dexdesk::SecretStore</name>
    <message>
        <source>No secret is stored for this LEA. Enter it in the LEA settings and save.</source>
        <translation>Aucun secret n&apos;est enregistré pour cette LEA. Saisissez-le dans les paramètres des LEA et enregistrez.</translation>
    </message>
    <message>
        <source>No keychain is available, so LEA secrets cannot be stored. DEX Desk keeps secrets only in the system keychain (the Secret Service) and never in a file. Install and start a keyring, for example with &quot;sudo apt install gnome-keyring&quot;, and sign in to a desktop session; then save again. Your other settings are not affected.</source>
        <translation>Aucun trousseau n&apos;est disponible ; les secrets des LEA ne peuvent donc pas être enregistrés. DEX Desk conserve les secrets uniquement dans le trousseau du système (le Secret Service) et jamais dans un fichier. Installez et démarrez un gestionnaire de trousseau, par exemple avec « sudo apt install gnome-keyring », et ouvrez une session de bureau ; puis enregistrez de nouveau. Vos autres paramètres ne sont pas affectés.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so LEA secrets cannot be stored. DEX Desk never writes secrets to a file. Check that the keychain service is running, then save again. Your other settings are not affected.</source>
        <translation>Le trousseau du système n&apos;est pas disponible ; les secrets des LEA ne peuvent donc pas être enregistrés. DEX Desk n&apos;écrit jamais de secrets dans un fichier. Vérifiez que le service de trousseau fonctionne, puis enregistrez de nouveau. Vos autres paramètres ne sont pas affectés.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your keychain (or allow DEX Desk when it asks), then save again.</source>
        <translation>Le trousseau du système a refusé l&apos;accès. Déverrouillez votre trousseau (ou autorisez DEX Desk lorsqu&apos;il le demande), puis enregistrez de nouveau.</translation>
    </message>
    <message>
        <source>The keychain did not answer within a few seconds. It may be locked and waiting for a password prompt that cannot be shown, or not running. Unlock or start it, then try again. Your other settings are not affected.</source>
        <translation>Le trousseau du système n&apos;a pas répondu en quelques secondes. Il est peut-être verrouillé et en attente d&apos;une demande de mot de passe qui ne peut pas s&apos;afficher, ou il n&apos;est pas démarré. Déverrouillez-le ou démarrez-le, puis réessayez. Vos autres paramètres ne sont pas affectés.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). DEX Desk keeps LEA secrets only there and never in a file. Check that a keyring service (such as gnome-keyring or KWallet) is installed, running and unlocked in your session, then try again. Your other settings are not affected.</source>
        <translation>Le trousseau du système n&apos;a pas pu être utilisé (%1). DEX Desk conserve les secrets des LEA uniquement à cet endroit et jamais dans un fichier. Vérifiez qu&apos;un service de trousseau (comme gnome-keyring ou KWallet) est installé, démarré et déverrouillé dans votre session, puis réessayez. Vos autres paramètres ne sont pas affectés.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>le trousseau</translation>
    </message>
</context>
<context>
    <name>dexdesk::SettingsEditor</name>
    <message>
        <source>Nothing was saved. Correct these fields first: %1.</source>
        <translation>Rien n&apos;a été enregistré. Corrigez d&apos;abord ces champs : %1.</translation>
    </message>
    <message>
        <source>A save is already in progress.</source>
        <translation>Un enregistrement est déjà en cours.</translation>
    </message>
    <message>
        <source>No data exchange profile is installed, so there are no defaults to restore.</source>
        <translation>Aucun profil d&apos;échange de données n&apos;est installé ; il n&apos;y a donc aucune valeur par défaut à restaurer.</translation>
    </message>
    <message>
        <source>Nothing was saved: the LEA secrets could not be stored in %1. %2</source>
        <translation>Rien n&apos;a été enregistré : les secrets des LEA n&apos;ont pas pu être enregistrés dans %1. %2</translation>
    </message>
    <message>
        <source>The settings were not saved: the LEA secrets could not be stored in %1. %2</source>
        <translation>Les paramètres n&apos;ont pas été enregistrés : les secrets des LEA n&apos;ont pas pu être enregistrés dans %1. %2</translation>
    </message>
    <message>
        <source>Putting the previous secrets back in %1 also failed: %2 Enter the LEA secrets again and save.</source>
        <translation>La remise en place des secrets précédents dans %1 a également échoué : %2 Saisissez de nouveau les secrets des LEA et enregistrez.</translation>
    </message>
</context>
<context>
    <name>dexdesk::SupportActions</name>
    <message>
        <source>%1: %2 (kept %3 days; older than %4)</source>
        <translation>%1 : %2 (conservés %3 jours ; antérieurs au %4)</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Save Support Bundle</source>
        <translation>Enregistrer le paquet de support</translation>
    </message>
    <message>
        <source>Support bundles (*.tar.gz)</source>
        <translation>Paquets de support (*.tar.gz)</translation>
    </message>
    <message>
        <source>Collecting the support bundle…</source>
        <translation>Collecte du paquet de support…</translation>
    </message>
    <message>
        <source>Saved the support bundle %1. It holds no secrets; attach it to the support ticket as it is.</source>
        <translation>Paquet de support %1 enregistré. Il ne contient aucun secret ; joignez-le tel quel au ticket de support.</translation>
    </message>
    <message>
        <source>(The keychain could not be read, so the bundle was checked only against the secrets read before that.)</source>
        <translation>(Le trousseau n’a pas pu être lu ; le paquet n’a donc été vérifié qu’avec les secrets lus auparavant.)</translation>
    </message>
    <message>
        <source>Counting what the purge policy would remove…</source>
        <translation>Décompte de ce que la politique de purge supprimerait…</translation>
    </message>
    <message>
        <source>Nothing is old enough to purge under the current purge policy.</source>
        <translation>Rien n’est assez ancien pour être purgé selon la politique de purge actuelle.</translation>
    </message>
    <message>
        <source>Purge Now</source>
        <translation>Purger maintenant</translation>
    </message>
    <message>
        <source>These obsolete items will be removed under the current purge policy. Pending or failed work is never removed.</source>
        <translation>Ces éléments obsolètes seront supprimés selon la politique de purge actuelle. Le travail en attente ou en échec n’est jamais supprimé.</translation>
    </message>
    <message>
        <source>Purge cancelled; nothing was removed.</source>
        <translation>Purge annulée ; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>Purged: %1</source>
        <translation>Purgé : %1</translation>
    </message>
</context>
<context>
    <name>dexdesk::TestConnectionDialog</name>
    <message>
        <source>Passed</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Test Connection steps</source>
        <translation>Étapes du test de connexion</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>LEA</source>
        <translation>LEA</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Stops the test; nothing is changed.</source>
        <translation>Arrête le test ; rien n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Test &amp;Again</source>
        <translation>&amp;Tester de nouveau</translation>
    </message>
    <message>
        <source>Testing &lt;b&gt;%1&lt;/b&gt; with the values on screen (saved or not)…</source>
        <translation>Test de &lt;b&gt;%1&lt;/b&gt; avec les valeurs affichées (enregistrées ou non)…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Test finished: the connection works.</source>
        <translation>Test terminé : la connexion fonctionne.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>Test finished: there is a problem to fix.</source>
        <translation>Test terminé : il y a un problème à corriger.</translation>
    </message>
</context>
<context>
    <name>dexdesk::TrayController</name>
    <message>
        <source>&amp;Show DEX Desk</source>
        <translation>&amp;Afficher DEX Desk</translation>
    </message>
    <message>
        <source>Publish &amp;Changes Now</source>
        <translation>Publier les &amp;modifications maintenant</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>System: On</source>
        <translation>Système : Activé</translation>
    </message>
    <message>
        <source>System: Off</source>
        <translation>Système : Désactivé</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Moteur : %1</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en file d&apos;attente</translation>
    </message>
    <message>
        <source>Paused LEAs: %1</source>
        <translation>LEA en pause : %1</translation>
    </message>
    <message>
        <source>LEA Paused</source>
        <translation>LEA en pause</translation>
    </message>
    <message>
        <source>The agency rejected the key or secret of LEA %1, so its records wait. Open DEX Desk and check the LEA settings.</source>
        <translation>L&apos;agence a refusé la clé ou le secret de la LEA %1 ; ses enregistrements restent donc en attente. Ouvrez DEX Desk et vérifiez les paramètres des LEA.</translation>
    </message>
    <message>
        <source>DEX Desk Needs Attention</source>
        <translation>DEX Desk requiert votre attention</translation>
    </message>
</context>
<context>
    <name>dexdesk::UniqueIdProcessor</name>
    <message>
        <source>The identity service answered HTTP %1: %2</source>
        <translation>Le service d&apos;identité a répondu HTTP %1 : %2</translation>
    </message>
    <message>
        <source>The Unique ID service has no address or no LEA to ask for.</source>
        <translation>Le service Identifiant unique n&apos;a pas d&apos;adresse ou pas de LEA pour laquelle interroger.</translation>
    </message>
    <message>
        <source>The identity service asked to be polled at another server (%1); the request starts over.</source>
        <translation>Le service d&apos;identité a demandé à être interrogé sur un autre serveur (%1) ; la demande recommence.</translation>
    </message>
    <message>
        <source>The agency rejected the key or secret (HTTP 401).</source>
        <translation>L&apos;agence a refusé la clé ou le secret (HTTP 401).</translation>
    </message>
    <message>
        <source>The identity service answered 202 without saying where to ask again.</source>
        <translation>Le service d&apos;identité a répondu 202 sans indiquer où interroger de nouveau.</translation>
    </message>
    <message>
        <source>The identity service no longer knew the pending request; it is asked again.</source>
        <translation>Le service d&apos;identité ne connaissait plus la demande en attente ; elle est renvoyée.</translation>
    </message>
    <message>
        <source>The identity service&apos;s answer could not be read: %1</source>
        <translation>La réponse du service d&apos;identité n&apos;a pas pu être lue : %1</translation>
    </message>
</context>
<context>
    <name>dexdesk::UniqueIdReviewPage</name>
    <message>
        <source>Unique ID review</source>
        <translation>Vérification des identifiants uniques</translation>
    </message>
    <message>
        <source>The agency&apos;s identity service found more than one possible state ID for these people. Pick the candidate that is the same person and use its ID, or request a new ID if none is. Until then their records are not published.</source>
        <translation>Le service d&apos;identité de l&apos;agence a trouvé plusieurs identifiants de l&apos;État possibles pour ces personnes. Choisissez le candidat qui correspond à la même personne et utilisez son identifiant, ou demandez un nouvel identifiant si aucun ne correspond. D&apos;ici là, leurs enregistrements ne sont pas publiés.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Année scolaire</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>Identifiant du district</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>People waiting for review</source>
        <translation>Personnes en attente de vérification</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidats</translation>
    </message>
    <message>
        <source>State ID</source>
        <translation>Identifiant de l&apos;État</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Candidates for the selected person</source>
        <translation>Candidats pour la personne sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Use this ID</source>
        <translation>&amp;Utiliser cet identifiant</translation>
    </message>
    <message>
        <source>The selected person gets the selected candidate&apos;s state ID.</source>
        <translation>La personne sélectionnée reçoit l&apos;identifiant de l&apos;État du candidat sélectionné.</translation>
    </message>
    <message>
        <source>Request a &amp;new ID</source>
        <translation>Demander un &amp;nouvel identifiant</translation>
    </message>
    <message>
        <source>None of the candidates is this person: the agency is asked for a new state ID.</source>
        <translation>Aucun des candidats n&apos;est cette personne : un nouvel identifiant de l&apos;État est demandé à l&apos;agence.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Aucune base de données n&apos;est ouverte.</translation>
    </message>
    <message>
        <source>The review list could not be read: %1</source>
        <translation>La liste de vérification n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Élève</translation>
    </message>
    <message>
        <source>Nobody is waiting for review.</source>
        <translation>Personne n&apos;attend de vérification.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting for review.</source>
        <translation>
            <numerusform>%n personne en attente de vérification.</numerusform>
            <numerusform>%n personnes en attente de vérification.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>sans score</translation>
    </message>
    <message>
        <source>Use this ID</source>
        <translation>Utiliser cet identifiant</translation>
    </message>
    <message>
        <source>Give %1 (district ID %2) the state ID %3?</source>
        <translation>Attribuer à %1 (identifiant du district %2) l&apos;identifiant de l&apos;État %3 ?</translation>
    </message>
    <message>
        <source>The person&apos;s records and enrolments change to the state ID and are published with the next changes.</source>
        <translation>Les enregistrements et les inscriptions de la personne passent à l&apos;identifiant de l&apos;État et sont publiés avec les prochaines modifications.</translation>
    </message>
    <message>
        <source>The state ID was not used.</source>
        <translation>L&apos;identifiant de l&apos;État n&apos;a pas été utilisé.</translation>
    </message>
    <message>
        <source>%1 now has the state ID %2.</source>
        <translation>%1 a maintenant l&apos;identifiant de l&apos;État %2.</translation>
    </message>
    <message>
        <source>Request a new ID</source>
        <translation>Demander un nouvel identifiant</translation>
    </message>
    <message>
        <source>Ask the agency for a new state ID for %1 (district ID %2)?</source>
        <translation>Demander à l&apos;agence un nouvel identifiant de l&apos;État pour %1 (identifiant du district %2) ?</translation>
    </message>
    <message>
        <source>Do this only when none of the candidates is this person: a second state ID for one person is hard to undo.</source>
        <translation>Ne le faites que si aucun des candidats n&apos;est cette personne : un second identifiant de l&apos;État pour une même personne est difficile à annuler.</translation>
    </message>
    <message>
        <source>The new ID was not requested.</source>
        <translation>Le nouvel identifiant n&apos;a pas été demandé.</translation>
    </message>
    <message>
        <source>A new state ID for %1 is requested on the next Unique ID run.</source>
        <translation>Un nouvel identifiant de l&apos;État pour %1 sera demandé lors de la prochaine exécution Identifiant unique.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DEX Desk: configure and run the real-time data exchange with the state education agency.</source>
        <translation>DEX Desk : configurez et exécutez l&apos;échange de données en temps réel avec l&apos;agence d&apos;éducation de l&apos;État.</translation>
    </message>
    <message>
        <source>Show the program in language CODE (en, es, fr).</source>
        <translation>Afficher le programme dans la langue CODE (en, es, fr).</translation>
    </message>
    <message>
        <source>Render the main window into FILE (PNG) and exit.</source>
        <translation>Générer l&apos;image de la fenêtre principale dans FILE (PNG) et quitter.</translation>
    </message>
    <message>
        <source>Render the LEA dialog of the selected profile into FILE and exit.</source>
        <translation>Générer l&apos;image de la boîte de dialogue des LEA du profil sélectionné dans FILE et quitter.</translation>
    </message>
    <message>
        <source>With --screenshot: select and save profile ID first.</source>
        <translation>Avec --screenshot : sélectionner et enregistrer d&apos;abord le profil ID.</translation>
    </message>
    <message>
        <source>dexdesk: no display was found (DISPLAY and WAYLAND_DISPLAY are not set, or name a display that is not running), so the window cannot be shown.
Run it inside a desktop session, or under a virtual display with &quot;xvfb-run -a dexdesk&quot;, or use the terminal program instead, for example &quot;dexdesk-cli settings show&quot;.</source>
        <translation>dexdesk : aucun affichage n&apos;a été trouvé (DISPLAY et WAYLAND_DISPLAY ne sont pas définies, ou désignent un affichage qui ne fonctionne pas) ; la fenêtre ne peut donc pas être affichée.
Exécutez-le dans une session de bureau, ou sous un affichage virtuel avec « xvfb-run -a dexdesk », ou utilisez plutôt le programme en mode terminal, par exemple « dexdesk-cli settings show ».</translation>
    </message>
    <message>
        <source>DEX Desk Cannot Start</source>
        <translation>DEX Desk ne peut pas démarrer</translation>
    </message>
    <message>
        <source>dexdesk: no profile has the id %1.</source>
        <translation>dexdesk : aucun profil n&apos;a l&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>dexdesk: no section is called %1.</source>
        <translation>dexdesk : aucune section ne s&apos;appelle %1.</translation>
    </message>
    <message>
        <source>dexdesk: cannot write %1.</source>
        <translation>dexdesk : impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Run &quot;dexdesk --help&quot; for the options.</source>
        <translation>Exécutez « dexdesk --help » pour voir les options.</translation>
    </message>
    <message>
        <source>With --screenshot: show SECTION (general, monitor, errors, logs, audit) first.</source>
        <translation>Avec --screenshot : afficher d&apos;abord SECTION (general, monitor, errors, logs, audit).</translation>
    </message>
    <message>
        <source>With --screenshot: wait MS milliseconds first (default 300).</source>
        <translation>Avec --screenshot : attendre d&apos;abord MS millisecondes (300 par défaut).</translation>
    </message>
    <message>
        <source>With --demo and --screenshot: turn the system On first, to show a run.</source>
        <translation>Avec --demo et --screenshot : activer d&apos;abord le système, pour montrer une exécution.</translation>
    </message>
    <message>
        <source>Start a demo: a built-in agency simulator and generated sample records in a throwaway database; your own database and keychain are not touched.</source>
        <translation>Lancer une démonstration : un simulateur d&apos;agence intégré et des enregistrements d&apos;exemple générés dans une base de données jetable ; votre propre base de données et votre trousseau ne sont pas touchés.</translation>
    </message>
    <message>
        <source>With --demo: generate N sample students (default 300).</source>
        <translation>Avec --demo : générer N élèves d&apos;exemple (300 par défaut).</translation>
    </message>
    <message>
        <source>dexdesk: --demo-students takes 1 to 100000.</source>
        <translation>dexdesk : --demo-students accepte de 1 à 100000.</translation>
    </message>
    <message>
        <source>Draw the window with the NAME palette (dark, high-contrast) instead of the desktop&apos;s.</source>
        <translation>Dessiner la fenêtre avec la palette NAME (dark, high-contrast) au lieu de celle du bureau.</translation>
    </message>
    <message>
        <source>Render the tray icon&apos;s menu into FILE (PNG) and exit.</source>
        <translation>Générer l&apos;image du menu de l&apos;icône de la zone de notification dans FILE (PNG) et quitter.</translation>
    </message>
    <message>
        <source>With --demo: the simulator&apos;s error bodies: problem (default), message, errorText, errorObject, errorList or empty.</source>
        <translation>Avec --demo : les corps d&apos;erreur du simulateur : problem (par défaut), message, errorText, errorObject, errorList ou empty.</translation>
    </message>
    <message>
        <source>dexdesk: --palette takes dark or high-contrast.</source>
        <translation>dexdesk : --palette accepte dark ou high-contrast.</translation>
    </message>
    <message>
        <source>dexdesk: --demo-error-shape takes one of: %1.</source>
        <translation>dexdesk : --demo-error-shape accepte l&apos;une de ces valeurs : %1.</translation>
    </message>
    <message>
        <source>The demo could not be started. Run &quot;dexdesk --demo&quot; instead.</source>
        <translation>La démonstration n&apos;a pas pu démarrer. Exécutez plutôt « dexdesk --demo ».</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Démarrage de la démonstration…</translation>
    </message>
    <message>
        <source>Use the database file PATH, or the PostgreSQL server postgresql://user@host:port/database (password from ~/.pgpass or PGPASSFILE), instead of the default one.</source>
        <translation>Utiliser le fichier de base de données PATH, ou le serveur PostgreSQL postgresql://utilisateur@hôte:port/base (mot de passe dans ~/.pgpass ou PGPASSFILE), au lieu de celui par défaut.</translation>
    </message>
    <message>
        <source>Render the Open Database dialog into FILE and exit.</source>
        <translation>Dessiner la boîte de dialogue Ouvrir une base de données dans FILE et quitter.</translation>
    </message>
    <message>
        <source>DEX Desk could not be started again on the database %1. Start it yourself with: dexdesk --database %1</source>
        <translation>DEX Desk n&apos;a pas pu redémarrer sur la base de données %1. Démarrez-le vous-même avec : dexdesk --database %1</translation>
    </message>
</context>
</TS>
