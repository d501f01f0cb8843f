<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AuditTrail</name>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>No se puede leer el historial de auditoría: %1</translation>
    </message>
    <message>
        <source>%1: changed</source>
        <translation>%1: modificado</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
</context>
<context>
    <name>CliApp</name>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>missing command</source>
        <translation>falta el comando</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>comando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>help takes at most one command</source>
        <translation>help admite como máximo un comando</translation>
    </message>
    <message>
        <source>the option --database needs a file path or a postgresql:// URL</source>
        <translation>la opción --database necesita una ruta de archivo o una URL postgresql://</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] [--secrets SOURCE] COMMAND [OPTIONS]</source>
        <translation>dexdesk-cli [--database PATH] [--secrets ORIGEN] COMANDO [OPCIONES]</translation>
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
        <translation>Uso: %1

DEX Desk sin ventanas, para técnicos y servidores. Trabaja con la misma base de datos y el
mismo llavero que la aplicación DEX Desk.

Comandos:
%2
Opciones (antes del comando):
  --database PATH   usar este archivo de base de datos en lugar del de la carpeta de datos de la aplicación;
                    o un servidor PostgreSQL: postgresql://usuario@servidor:puerto/base (la
                    contraseña viene de ~/.pgpass, PGPASSFILE o un servicio de libpq, nunca de la URL)
  --secrets ORIGEN  de dónde se leen los secretos de las LEA: keychain (el llavero, predeterminado),
                    credentials (credenciales de systemd en $CREDENTIALS_DIRECTORY, un archivo por
                    LEA llamado dexdesk.PROFILE.LEA) o file:PATH (líneas dexdesk.PROFILE.LEA=SECRETO
                    en un archivo suyo con modo 0600); solo lectura. Predeterminado: $DEXDESK_SECRETS,
                    si no, keychain
  --verbose         mostrar también los mensajes de registro del programa en la salida de error estándar
  -h, --help        mostrar esta ayuda
  -v, --version     mostrar la versión

Código de salida: 0 éxito, 1 fallo, 2 error de uso.
</translation>
    </message>
    <message>
        <source>the option --secrets needs a source: keychain, credentials or file:PATH</source>
        <translation>la opción --secrets necesita un origen: keychain, credentials o file:PATH</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>No data exchange profile could be loaded, so there are no settings to work with. Check the warnings above and reinstall DEX Desk if the shipped profiles are missing.</source>
        <translation>No se pudo cargar ningún perfil de intercambio de datos, por lo que no hay configuración con la que trabajar. Revise las advertencias anteriores y reinstale DEX Desk si faltan los perfiles incluidos.</translation>
    </message>
    <message>
        <source>There is no profile &quot;%1&quot;. Installed profiles: %2.</source>
        <translation>No existe el perfil &quot;%1&quot;. Perfiles instalados: %2.</translation>
    </message>
    <message>
        <source>a profile file was skipped: %1</source>
        <translation>se omitió un archivo de perfil: %1</translation>
    </message>
    <message>
        <source>The settings are already being saved.</source>
        <translation>La configuración ya se está guardando.</translation>
    </message>
    <message>
        <source>There is no profile to restore.</source>
        <translation>No hay ningún perfil que restaurar.</translation>
    </message>
</context>
<context>
    <name>CommandCall</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>the option %1 does not take a value</source>
        <translation>la opción %1 no admite un valor</translation>
    </message>
    <message>
        <source>the option %1 needs a value</source>
        <translation>la opción %1 necesita un valor</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>opción desconocida %1</translation>
    </message>
    <message>
        <source>unknown option</source>
        <translation>opción desconocida</translation>
    </message>
    <message>
        <source>missing argument %1</source>
        <translation>falta el argumento %1</translation>
    </message>
    <message>
        <source>this command takes no arguments</source>
        <translation>este comando no admite argumentos</translation>
    </message>
    <message>
        <source>too many arguments (expected %1)</source>
        <translation>demasiados argumentos (se esperaban %1)</translation>
    </message>
</context>
<context>
    <name>ConnectionTestInput</name>
    <message>
        <source>The profile &quot;%1&quot; is not installed.</source>
        <translation>El perfil &quot;%1&quot; no está instalado.</translation>
    </message>
    <message>
        <source>The CA certificate file %1 named by the profile cannot be read, or holds no PEM certificate.</source>
        <translation>El archivo de certificado de CA %1 indicado por el perfil no se puede leer o no contiene ningún certificado PEM.</translation>
    </message>
    <message>
        <source>The profile has no LEA %1.</source>
        <translation>El perfil no tiene la LEA %1.</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Uso: %1</translation>
    </message>
    <message>
        <source>Run &quot;dexdesk-cli --help&quot; for the commands and options.</source>
        <translation>Ejecute &quot;dexdesk-cli --help&quot; para ver los comandos y las opciones.</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <source>%1 is %2 characters long, more than a descriptor value may have (%3); write the code value, e.g. &quot;Ninth grade&quot;, or its full URI</source>
        <translation>%1 tiene %2 caracteres, más de los que admite un valor de descriptor (%3); escriba el valor de código, p. ej., &quot;Ninth grade&quot;, o su URI completo</translation>
    </message>
    <message>
        <source>%1 has no code value after &quot;#&quot;; write the code value, e.g. %2#Ninth grade</source>
        <translation>%1 no tiene ningún valor de código después de &quot;#&quot;; escriba el valor de código, p. ej., %2#Ninth grade</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>line %1, %2: %3</source>
        <translation>línea %1, %2: %3</translation>
    </message>
    <message>
        <source>Problems not listed: %1 more.</source>
        <translation>Problemas no mostrados: %1 más.</translation>
    </message>
    <message>
        <source>Rows in the file: %1. New: %2, changed: %3, unchanged: %4, deleted: %5.</source>
        <translation>Filas del archivo: %1. Nuevas: %2; modificadas: %3; sin cambios: %4; eliminadas: %5.</translation>
    </message>
    <message>
        <source>%1 is not a school year; write the year in which the school year ends, e.g. 2027</source>
        <translation>%1 no es un año escolar; escriba el año en que termina el año escolar, p. ej., 2027</translation>
    </message>
    <message>
        <source>the value is missing; every record needs one</source>
        <translation>falta el valor; todos los registros necesitan uno</translation>
    </message>
    <message>
        <source>%1 is %2 characters long; shorten it to at most %3</source>
        <translation>%1 tiene %2 caracteres; acórtelo a %3 como máximo</translation>
    </message>
    <message>
        <source>%1 is not a whole number; write digits only, e.g. 255901001</source>
        <translation>%1 no es un número entero; escriba solo dígitos, p. ej., 255901001</translation>
    </message>
    <message>
        <source>%1 is not a date; write it as YYYY-MM-DD</source>
        <translation>%1 no es una fecha; escríbala como AAAA-MM-DD</translation>
    </message>
    <message>
        <source>%1 is not true or false; write true, false, yes, no, 1 or 0</source>
        <translation>%1 no es true ni false; escriba true, false, yes, no, 1 o 0</translation>
    </message>
    <message>
        <source>the list is empty; write at least one value (separate values with &quot;;&quot;)</source>
        <translation>la lista está vacía; escriba al menos un valor (separe los valores con &quot;;&quot;)</translation>
    </message>
    <message>
        <source>The default school year: %1.</source>
        <translation>El año escolar predeterminado: %1.</translation>
    </message>
    <message>
        <source>The default LEA: %1</source>
        <translation>La LEA predeterminada: %1</translation>
    </message>
    <message>
        <source>The file is empty. Its first line must name the columns, e.g. %1.</source>
        <translation>El archivo está vacío. Su primera línea debe indicar los nombres de las columnas, p. ej., %1.</translation>
    </message>
    <message>
        <source>column %1 of the header has no name; name it or remove the column</source>
        <translation>la columna %1 del encabezado no tiene nombre; asígnele uno o elimine la columna</translation>
    </message>
    <message>
        <source>%1 (columns %2 and %3)</source>
        <translation>%1 (columnas %2 y %3)</translation>
    </message>
    <message>
        <source>the header names columns that %1 records do not have: %2. Rename or remove them; the columns are %3</source>
        <translation>el encabezado indica columnas que los registros de %1 no tienen: %2. Cámbieles el nombre o elimínelas; las columnas son %3</translation>
    </message>
    <message>
        <source>the header names a column twice: %1. Keep one of each</source>
        <translation>el encabezado indica una columna dos veces: %1. Conserve solo una de cada</translation>
    </message>
    <message>
        <source>the header lacks the required column(s) %1 of %2 records; add them</source>
        <translation>al encabezado le faltan las columnas obligatorias %1 de los registros de %2; agréguelas</translation>
    </message>
    <message>
        <source>there is no school_year column; add one, or give the school year the rows belong to</source>
        <translation>no hay ninguna columna school_year; agregue una o indique el año escolar al que pertenecen las filas</translation>
    </message>
    <message>
        <source>there is no lea_id column; add one, or give the LEA the rows belong to</source>
        <translation>no hay ninguna columna lea_id; agregue una o indique la LEA a la que pertenecen las filas</translation>
    </message>
    <message>
        <source>The file has more than %1 rows. Split it into smaller files and import them one by one.</source>
        <translation>El archivo tiene más de %1 filas. Divídalo en archivos más pequeños e impórtelos uno por uno.</translation>
    </message>
    <message>
        <source>%1 field(s) but the header has %2; check this line&apos;s commas and quotes</source>
        <translation>%1 campo(s), pero el encabezado tiene %2; revise las comas y las comillas de esta línea</translation>
    </message>
    <message>
        <source>the same %1 record (%2) is also on line %3; keep one of the two lines</source>
        <translation>el mismo registro de %1 (%2) también está en la línea %3; conserve una de las dos líneas</translation>
    </message>
    <message>
        <source>Cannot read the file %1: %2. Check the path and that you may read the file.</source>
        <translation>No se puede leer el archivo %1: %2. Revise la ruta y que tenga permiso para leer el archivo.</translation>
    </message>
    <message>
        <source>There are no &quot;%1&quot; records. Choose one of: %2.</source>
        <translation>No existen registros de &quot;%1&quot;. Elija uno de estos: %2.</translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1. Another program may be holding it; try again.</source>
        <translation>No se puede empezar a escribir en la base de datos: %1. Es posible que otro programa la esté bloqueando; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Saving the records failed: %1.</source>
        <translation>No se pudieron guardar los registros: %1.</translation>
    </message>
    <message>
        <source>%1 Nothing was changed.</source>
        <translation>%1 No se modificó nada.</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: the record has more than %2 fields. Check that the file is a CSV file separated by commas.</source>
        <translation>línea %1: el registro tiene más de %2 campos. Compruebe que el archivo sea un archivo CSV separado por comas.</translation>
    </message>
    <message>
        <source>line %1, field %2: the text is not UTF-8. Save the file as &quot;CSV UTF-8&quot; and import it again.</source>
        <translation>línea %1, campo %2: el texto no está en UTF-8. Guarde el archivo como &quot;CSV UTF-8&quot; y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>line %1: the record is longer than %2 bytes. Check that every quoted field has its closing quote.</source>
        <translation>línea %1: el registro ocupa más de %2 bytes. Compruebe que cada campo entre comillas tenga su comilla de cierre.</translation>
    </message>
    <message>
        <source>line %1, field %2: a quote inside a field that does not start with a quote. Put the whole field in quotes and write the quote twice (&quot;&quot;).</source>
        <translation>línea %1, campo %2: hay una comilla dentro de un campo que no empieza con comilla. Ponga todo el campo entre comillas y escriba la comilla dos veces (&quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1, field %2: the quoted field is never closed. Add the closing quote (&quot;), and write a quote inside a field twice (&quot;&quot;).</source>
        <translation>línea %1, campo %2: el campo entre comillas nunca se cierra. Agregue la comilla de cierre (&quot;) y escriba dos veces las comillas que haya dentro de un campo (&quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1, field %2: there is text after the closing quote of a quoted field. A quote inside a quoted field is written twice (&quot;&quot;).</source>
        <translation>línea %1, campo %2: hay texto después de la comilla de cierre de un campo entre comillas. Una comilla dentro de un campo entre comillas se escribe dos veces (&quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1, field %2: the field is longer than %3 bytes. Check that every quoted field has its closing quote.</source>
        <translation>línea %1, campo %2: el campo ocupa más de %3 bytes. Compruebe que cada campo entre comillas tenga su comilla de cierre.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The SQLite driver for Qt is missing. Install the package libqt6sql6-sqlite.</source>
        <translation>Falta el controlador SQLite de Qt. Instale el paquete libqt6sql6-sqlite.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database. Check that you may write there, or choose another file with --database.</source>
        <translation>No se puede crear la carpeta %1 para la base de datos. Compruebe que tiene permiso de escritura en ella o elija otro archivo con --database.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2. Check the file&apos;s permissions, or choose another file with --database.</source>
        <translation>No se puede abrir la base de datos %1: %2. Revise los permisos del archivo o elija otro archivo con --database.</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of DEX Desk (schema %2; this program knows schema %3). Use the newer version of DEX Desk, or choose another database with --database.</source>
        <translation>La base de datos %1 fue escrita por una versión más reciente de DEX Desk (esquema %2; este programa conoce el esquema %3). Use la versión más reciente de DEX Desk o elija otra base de datos con --database.</translation>
    </message>
    <message>
        <source>Cannot start a transaction on %1: %2. Another program may be holding the database.</source>
        <translation>No se puede iniciar una transacción en %1: %2. Es posible que otro programa esté bloqueando la base de datos.</translation>
    </message>
    <message>
        <source>Updating the database %1 to schema %2 failed: %3. Nothing was changed.</source>
        <translation>Falló la actualización de la base de datos %1 al esquema %2: %3. No se modificó nada.</translation>
    </message>
    <message>
        <source>DEX Desk left the file unchanged. Restore it from a backup, or choose another file with --database (a file that does not exist yet starts an empty database).</source>
        <translation>DEX Desk no modificó el archivo. Restáurelo desde una copia de seguridad o elija otro archivo con --database (un archivo que aún no existe crea una base de datos vacía).</translation>
    </message>
    <message>
        <source>The PostgreSQL driver for Qt is missing, so DEX Desk cannot open %1. Install the package libqt6sql6-psql (Debian, Ubuntu) or your system&apos;s Qt 6 PostgreSQL driver.</source>
        <translation>Falta el controlador PostgreSQL de Qt, así que DEX Desk no puede abrir %1. Instale el paquete libqt6sql6-psql (Debian, Ubuntu) o el controlador PostgreSQL de Qt 6 de su sistema.</translation>
    </message>
    <message>
        <source>Cannot connect to the PostgreSQL database %1: %2. Check that the server runs and accepts connections from this machine, that the user and database exist, and that the password is in ~/.pgpass (or the file PGPASSFILE names).</source>
        <translation>No se puede conectar con la base de datos PostgreSQL %1: %2. Compruebe que el servidor está en marcha y acepta conexiones desde este equipo, que el usuario y la base de datos existen y que la contraseña está en ~/.pgpass (o en el archivo que indica PGPASSFILE).</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 does not accept DEX Desk&apos;s session settings: %2</source>
        <translation>La base de datos PostgreSQL %1 no acepta la configuración de sesión de DEX Desk: %2</translation>
    </message>
    <message>
        <source>The database %1 is read-only (its permissions allow no writing), and DEX Desk must write to it. DEX Desk left it unchanged. Make it writable (for example &quot;chmod u+w %1&quot;), or choose another file with --database.</source>
        <translation>La base de datos %1 es de solo lectura (sus permisos no permiten escribir) y DEX Desk necesita escribir en ella. DEX Desk no la modificó. Permita la escritura (por ejemplo, &quot;chmod u+w %1&quot;) o elija otro archivo con --database.</translation>
    </message>
    <message>
        <source>The file %1 is not a usable DEX Desk database: %2. %3</source>
        <translation>El archivo %1 no es una base de datos de DEX Desk utilizable: %2. %3</translation>
    </message>
    <message>
        <source>%1 is not a usable DEX Desk database: %2. %3</source>
        <translation>%1 no es una base de datos de DEX Desk utilizable: %2. %3</translation>
    </message>
    <message>
        <source>Check that this database belongs to DEX Desk and that your user may create tables in it.</source>
        <translation>Compruebe que esta base de datos pertenece a DEX Desk y que su usuario puede crear tablas en ella.</translation>
    </message>
</context>
<context>
    <name>DatabaseCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] database copy --to postgresql://user@host:port/database [--json]</source>
        <translation>dexdesk-cli [--database PATH] database copy --to postgresql://usuario@servidor:puerto/base [--json]</translation>
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
    Copia esta base de datos SQLite (configuración, registros, cola de cambios y estado de
    publicación, descargas, registros de eventos, ejecuciones de tareas, auditoría) en la base de
    datos PostgreSQL vacía URL, en una sola transacción, y comprueba el número de filas de cada
    tabla. Se rechaza un destino que contenga algo. La contraseña viene de ~/.pgpass, PGPASSFILE o
    un servicio de libpq, nunca de la URL. El motor no debe ejecutarse sobre el origen mientras
    tanto. Después use --database URL.
</translation>
    </message>
    <message>
        <source>database: missing subcommand (copy)</source>
        <translation>database: falta el subcomando (copy)</translation>
    </message>
    <message>
        <source>database: unknown subcommand &quot;%1&quot;</source>
        <translation>database: subcomando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>database copy needs --to postgresql://user@host:port/database</source>
        <translation>database copy necesita --to postgresql://usuario@servidor:puerto/base</translation>
    </message>
    <message>
        <source>--to takes a PostgreSQL URL (postgresql://user@host:port/database)</source>
        <translation>--to admite una URL de PostgreSQL (postgresql://usuario@servidor:puerto/base)</translation>
    </message>
    <message>
        <source>The database to copy from is PostgreSQL already (%1). The copy moves an SQLite database; name its file with --database.</source>
        <translation>La base de datos de origen ya es PostgreSQL (%1). La copia traslada una base de datos SQLite; indique su archivo con --database.</translation>
    </message>
    <message>
        <source>The engine is running on %1 (%2). Stop it, then copy.</source>
        <translation>El motor está en ejecución sobre %1 (%2). Deténgalo y luego copie.</translation>
    </message>
    <message>
        <source>The copy did not happen: %1</source>
        <translation>La copia no se realizó: %1</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4; every table&apos;s row count matches:</source>
        <translation>Se copiaron %1 filas en %2 tablas de %3 a %4; el número de filas de cada tabla coincide:</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Use it with: dexdesk-cli --database %1 status</source>
        <translation>Úsela con: dexdesk-cli --database %1 status</translation>
    </message>
</context>
<context>
    <name>DatabaseCopier</name>
    <message>
        <source>The copy goes into a PostgreSQL database; %1 is not one. Give --to postgresql://user@host:port/database.</source>
        <translation>La copia va a una base de datos PostgreSQL; %1 no lo es. Indique --to postgresql://usuario@servidor:puerto/base.</translation>
    </message>
    <message>
        <source>The two databases have different schemas (%1 and %2). Open both with this version of DEX Desk first.</source>
        <translation>Las dos bases de datos tienen esquemas distintos (%1 y %2). Ábralas antes con esta versión de DEX Desk.</translation>
    </message>
    <message>
        <source>The target database has no table %1. Copy into a database made by this version of DEX Desk.</source>
        <translation>La base de datos de destino no tiene la tabla %1. Copie en una base de datos creada por esta versión de DEX Desk.</translation>
    </message>
    <message>
        <source>Cannot start the copy: %1</source>
        <translation>No se puede iniciar la copia: %1</translation>
    </message>
    <message>
        <source>Reading %1 failed: %2</source>
        <translation>La lectura de %1 falló: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>La escritura de %1 falló: %2</translation>
    </message>
    <message>
        <source>Table %1: %2 rows read, but the source has %3 and the target %4. Nothing was copied.</source>
        <translation>Tabla %1: se leyeron %2 filas, pero el origen tiene %3 y el destino %4. No se copió nada.</translation>
    </message>
    <message>
        <source>Saving the copy failed: %1. Nothing was copied.</source>
        <translation>No se pudo guardar la copia: %1. No se copió nada.</translation>
    </message>
    <message numerus="yes">
        <source>The target database %1 is not empty (table %2 holds %n row(s)). Copy into a new, empty database: nothing was changed.</source>
        <translation>
            <numerusform>La base de datos de destino %1 no está vacía (la tabla %2 contiene %n fila). Copie en una base de datos nueva y vacía: no se cambió nada.</numerusform>
            <numerusform>La base de datos de destino %1 no está vacía (la tabla %2 contiene %n filas). Copie en una base de datos nueva y vacía: no se cambió nada.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseLocation</name>
    <message>
        <source>Remove the password from the URL and give it to PostgreSQL&apos;s own client library instead: a line in ~/.pgpass (or the file named by PGPASSFILE), or a service in ~/.pg_service.conf used with ?service=NAME.</source>
        <translation>Quite la contraseña de la URL y entréguela a la biblioteca cliente de PostgreSQL: una línea en ~/.pgpass (o en el archivo que indica PGPASSFILE), o un servicio en ~/.pg_service.conf usado con ?service=NOMBRE.</translation>
    </message>
    <message>
        <source>The database is empty. Give a file path or a postgresql://user@host:port/database URL.</source>
        <translation>No se indicó ninguna base de datos. Indique una ruta de archivo o una URL postgresql://usuario@servidor:puerto/base.</translation>
    </message>
    <message>
        <source>The database %1 is neither a file path nor a postgresql:// URL. DEX Desk works with an SQLite file or a PostgreSQL server (postgresql://user@host:port/database).</source>
        <translation>La base de datos %1 no es una ruta de archivo ni una URL postgresql://. DEX Desk trabaja con un archivo SQLite o un servidor PostgreSQL (postgresql://usuario@servidor:puerto/base).</translation>
    </message>
    <message>
        <source>The database URL contains a password, which DEX Desk does not store or show. %1</source>
        <translation>La URL de la base de datos contiene una contraseña, que DEX Desk no guarda ni muestra. %1</translation>
    </message>
    <message>
        <source>The database URL is malformed (%1). Write it as postgresql://user@host:port/database, for example postgresql://dexdesk@db.example.org:5432/dexdesk.</source>
        <translation>La URL de la base de datos está mal formada (%1). Escríbala como postgresql://usuario@servidor:puerto/base, por ejemplo postgresql://dexdesk@db.example.org:5432/dexdesk.</translation>
    </message>
    <message>
        <source>The database URL names no database: write it as postgresql://user@host:port/database.</source>
        <translation>La URL no indica ninguna base de datos: escríbala como postgresql://usuario@servidor:puerto/base.</translation>
    </message>
    <message>
        <source>The database URL&apos;s port 0 is not a port: give the server&apos;s port (PostgreSQL&apos;s default is 5432) or leave it out.</source>
        <translation>El puerto 0 de la URL no es un puerto válido: indique el puerto del servidor (el predeterminado de PostgreSQL es 5432) u omítalo.</translation>
    </message>
    <message>
        <source>The database URL&apos;s parameter %1 is not one DEX Desk passes on. Use only %2.</source>
        <translation>El parámetro %1 de la URL no es uno que DEX Desk transmita. Use solo %2.</translation>
    </message>
    <message>
        <source>The database URL&apos;s parameter %1 has a value with spaces or signs libpq cannot take here. Put such settings in a service file and use ?service=NAME.</source>
        <translation>El parámetro %1 de la URL tiene un valor con espacios o signos que libpq no admite aquí. Ponga esos ajustes en un archivo de servicio y use ?service=NOMBRE.</translation>
    </message>
</context>
<context>
    <name>DiagnosticsBundle</name>
    <message>
        <source>The diagnostics bundle was not written: a secret was found in its part %1. This is a defect; please report it without attaching the bundle.</source>
        <translation>No se escribió el paquete de diagnóstico: se encontró un secreto en su parte %1. Se trata de un defecto; infórmelo sin adjuntar el paquete.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the diagnostics bundle %1: %2</source>
        <translation>No se puede escribir el paquete de diagnóstico %1: %2</translation>
    </message>
</context>
<context>
    <name>DiagnosticsCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] diagnostics FILE [--force]</source>
        <translation>dexdesk-cli [--database PATH] diagnostics FILE [--force]</translation>
    </message>
    <message>
        <source>diagnostics FILE [--force]
    Writes a support bundle (a .tar.gz) to FILE for a support ticket: the settings without
    secrets, the recent log rows and the log files, row counts, the last test-connection report
    and the versions of the program, Qt, the system and the database. Before writing, the
    bundle is checked against the LEA secrets in the keychain. An existing FILE is kept unless
    --force is given.
</source>
        <translation>diagnostics FILE [--force]
    Escribe en FILE un paquete de soporte (un .tar.gz) para un caso de soporte: la configuración sin
    secretos, las filas recientes del registro y los archivos de registro, los recuentos de filas, el último informe
    de prueba de conexión y las versiones del programa, de Qt, del sistema y de la base de datos. Antes de escribirlo,
    el paquete se comprueba contra los secretos de las LEA guardados en el llavero. Un FILE existente se conserva, salvo
    que se indique --force.
</translation>
    </message>
    <message>
        <source>%1 is a folder; name the bundle file to write, such as %2.</source>
        <translation>%1 es una carpeta; indique el nombre del archivo de paquete que se debe escribir, por ejemplo %2.</translation>
    </message>
    <message>
        <source>%1 already exists and was left as it is. Choose another file name, or add --force to replace it.</source>
        <translation>%1 ya existe y se dejó como estaba. Elija otro nombre de archivo o agregue --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>the keychain could not be read, so the bundle is checked only against the secrets read before the failure.</source>
        <translation>no se pudo leer el llavero, por lo que el paquete solo se comprueba contra los secretos leídos antes del fallo.</translation>
    </message>
    <message>
        <source>Wrote the diagnostics bundle %1. It holds no secrets; attach it to the support ticket as it is.</source>
        <translation>Se escribió el paquete de diagnóstico %1. No contiene secretos; adjúntelo tal como está al caso de soporte.</translation>
    </message>
</context>
<context>
    <name>DownloadCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] download [--json]</source>
        <translation>dexdesk-cli [--database PATH] download [--json]</translation>
    </message>
    <message>
        <source>changes only</source>
        <translation>solo cambios</translation>
    </message>
    <message>
        <source>full</source>
        <translation>completa</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <source>Resource (year)</source>
        <translation>Recurso (año)</translation>
    </message>
    <message>
        <source>Fetched</source>
        <translation>Leídos</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Cambiados</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borrados</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>dexdesk-cli: %1</source>
        <translation>dexdesk-cli: %1</translation>
    </message>
    <message>
        <source>No data exchange profile is installed, so there is nothing to download from.</source>
        <translation>No hay ningún perfil de intercambio de datos instalado, por lo que no hay nada desde donde descargar.</translation>
    </message>
    <message>
        <source>Download is off in the service options of profile &quot;%1&quot;. Turn it on in General Setup and save.</source>
        <translation>El servicio Descarga está desactivado en las opciones de servicio del perfil &quot;%1&quot;. Actívelo en Configuración general y guarde.</translation>
    </message>
    <message>
        <source>Another DEX Desk engine (%1) is running on this database and downloads on its own schedule. Stop it first to download by hand.</source>
        <translation>Otro motor de DEX Desk (%1) se está ejecutando en esta base de datos y descarga según su propia programación. Deténgalo primero para descargar manualmente.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
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
    Descarga una vez en la base de datos los descriptores, las agencias educativas locales y las
    escuelas de la agencia para los años escolares del perfil seleccionado, para la primera LEA
    habilitada (su secreto se toma del llavero). Si la agencia ofrece consultas de cambios, solo
    se obtiene lo que cambió desde la última descarga. Necesita el servicio Descarga activado. Un
    recurso cuya respuesta está mal formada se deja como estaba. Si la agencia sigue fallando, la
    descarga se detiene y enumera lo que no descargó. --json imprime los recuentos por recurso en
    JSON. Código de salida 0 si se descargaron todos los recursos; 1 en caso contrario.
</translation>
    </message>
</context>
<context>
    <name>DownloadStore</name>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; no es una lista</translation>
    </message>
    <message>
        <source>an item of &quot;%1&quot; has no text &quot;%2&quot;</source>
        <translation>un elemento de &quot;%1&quot; no tiene el texto &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; no es un número entero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not true or false</source>
        <translation>&quot;%1&quot; no es true ni false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not text</source>
        <translation>&quot;%1&quot; no es texto</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing</source>
        <translation>falta &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not text</source>
        <translation>falta &quot;%1&quot; o no es texto</translation>
    </message>
    <message>
        <source>the resource %1 is not one DEX Desk downloads</source>
        <translation>el recurso %1 no es uno de los que descarga DEX Desk</translation>
    </message>
    <message>
        <source>&quot;keyValues&quot; has no namespace and codeValue</source>
        <translation>&quot;keyValues&quot; no tiene namespace ni codeValue</translation>
    </message>
    <message>
        <source>&quot;keyValues&quot; has no usable &quot;%1&quot;</source>
        <translation>&quot;keyValues&quot; no tiene ningún &quot;%1&quot; utilizable</translation>
    </message>
    <message>
        <source>a %1 record has %2 values for %3 columns</source>
        <translation>un registro de %1 tiene %2 valores para %3 columnas</translation>
    </message>
</context>
<context>
    <name>EngineCommands</name>
    <message>
        <source>dexdesk-cli [--database PATH] run [--once]</source>
        <translation>dexdesk-cli [--database PATH] run [--once]</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] publish --all|--changes</source>
        <translation>dexdesk-cli [--database PATH] publish --all|--changes</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] status [--json]</source>
        <translation>dexdesk-cli [--database PATH] status [--json]</translation>
    </message>
    <message>
        <source>dexdesk-cli: %1</source>
        <translation>dexdesk-cli: %1</translation>
    </message>
    <message>
        <source>Sent %1 records; %2 rejected by the agency; %3 sends to retry.</source>
        <translation>Se enviaron %1 registros; %2 rechazados por la agencia; %3 envíos pendientes de reintento.</translation>
    </message>
    <message>
        <source>dexdesk-cli: not everything was sent. %1 Run &quot;dexdesk-cli status&quot; to see what is left.</source>
        <translation>dexdesk-cli: no se envió todo. %1 Ejecute &quot;dexdesk-cli status&quot; para ver lo que queda.</translation>
    </message>
    <message>
        <source>Stopping: requests in flight are abandoned and stay queued.</source>
        <translation>Deteniendo: las solicitudes en curso se abandonan y permanecen en la cola.</translation>
    </message>
    <message>
        <source>The engine runs while the system is On; stop it with Ctrl+C.</source>
        <translation>El motor se ejecuta mientras el sistema está en Activado; deténgalo con Ctrl+C.</translation>
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
    Ejecuta el motor de intercambio sin ventana mientras el sistema está en Activado: publica los
    cambios capturados según la programación de la Frecuencia de procesamiento de tareas, reintenta
    los fallos y aplica la configuración guardada (poner el sistema en Desactivado lo detiene en
    menos de un segundo). Solo se ejecuta un motor por base de datos. --once envía lo que está en
    cola y termina: 0 si se envió todo, 1 si algunos registros se rechazaron o siguen fallando.
publish --all|--changes
    Publica manualmente, una vez, esté o no el sistema en Activado: --changes envía los cambios en
    cola; --all, todos los registros de los años escolares seleccionados. Código de salida 0 si se
    envió todo; 1 en caso contrario.
status [--json]
    Por recurso: registros en cola, en reintento, en espera de una dependencia, bloqueados,
    rechazados, retenidos (un valor que la agencia no tiene, o todavía sin ID único estatal) y
    enviados; si hay un motor en ejecución en esta base de datos; las últimas ejecuciones.
</translation>
    </message>
    <message>
        <source>publish: give exactly one of --all and --changes</source>
        <translation>publish: indique exactamente una de las opciones --all y --changes</translation>
    </message>
    <message>
        <source>Cannot read the exchange status: %1</source>
        <translation>No se puede leer el estado del intercambio: %1</translation>
    </message>
    <message>
        <source>Engine: not running on this database.</source>
        <translation>Motor: no se está ejecutando en esta base de datos.</translation>
    </message>
    <message>
        <source>Engine: running (%1).</source>
        <translation>Motor: en ejecución (%1).</translation>
    </message>
    <message>
        <source>%1 %2 %3 %4 %5 %6 %7 %8</source>
        <translation>%1 %2 %3 %4 %5 %6 %7 %8</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reint.</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Stuck</source>
        <translation>Bloq.</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Held</source>
        <translation>Reten.</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message numerus="yes">
        <source>%n captured change(s) not yet taken in by the engine.</source>
        <translation>
            <numerusform>%n cambio capturado que el motor aún no ha recogido.</numerusform>
            <numerusform>%n cambios capturados que el motor aún no ha recogido.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest runs:</source>
        <translation>Últimas ejecuciones:</translation>
    </message>
    <message>
        <source>  %1 %2: %3, %4 sent, %5 failed</source>
        <translation>  %1 %2: %3, %4 enviados, %5 fallidos</translation>
    </message>
    <message>
        <source>No changes were waiting: changes are captured only while the system is On and the profile&apos;s Data Changes service is on. &quot;dexdesk-cli publish --all&quot; sends every record.</source>
        <translation>No había cambios en espera: los cambios solo se capturan mientras el sistema está en Activado y el servicio Cambios de datos del perfil está activado. &quot;dexdesk-cli publish --all&quot; envía todos los registros.</translation>
    </message>
    <message>
        <source>LEA %1: %2</source>
        <translation>LEA %1: %2</translation>
    </message>
    <message>
        <source>Not started: an LEA&apos;s secret is missing from %1.
%2</source>
        <translation>No se inició: falta el secreto de una LEA en %1.
%2</translation>
    </message>
    <message>
        <source>  Instance %1: process %2 on %3, version %4, started %5, last heartbeat %6, %7 in flight, %8 connection slots%9</source>
        <translation>  Instancia %1: proceso %2 en %3, versión %4, iniciada %5, último latido %6, %7 en curso, %8 plazas de conexión%9</translation>
    </message>
    <message>
        <source> (not answering: stopped without leaving; its leases ran out, so the others took over its work. It is forgotten after an hour.)</source>
        <translation> (no responde: se detuvo sin retirarse; sus concesiones caducaron, así que las demás asumieron su trabajo. Se olvida al cabo de una hora.)</translation>
    </message>
</context>
<context>
    <name>EngineController</name>
    <message>
        <source>No data exchange profile is installed, so there is nothing to send to.</source>
        <translation>No hay ningún perfil de intercambio de datos instalado, por lo que no hay ningún destino al que enviar.</translation>
    </message>
</context>
<context>
    <name>EngineStatus</name>
    <message>
        <source>Downloading from the agency</source>
        <translation>Descargando de la agencia</translation>
    </message>
    <message>
        <source>Requesting unique IDs</source>
        <translation>Solicitando ID únicos</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Publicando</translation>
    </message>
    <message>
        <source>Waiting for the agency to recover</source>
        <translation>Esperando a que la agencia se recupere</translation>
    </message>
    <message>
        <source>Monitoring (another DEX Desk engine sends)</source>
        <translation>Supervisando (otro motor de DEX Desk envía)</translation>
    </message>
</context>
<context>
    <name>ErrorBody</name>
    <message>
        <source>(correlation id %1)</source>
        <translation>(id. de correlación %1)</translation>
    </message>
    <message>
        <source>(empty answer)</source>
        <translation>(respuesta vacía)</translation>
    </message>
    <message>
        <source>The agency refused the request as malformed (HTTP 400) without saying why</source>
        <translation>La agencia rechazó la solicitud por estar mal formada (HTTP 400) sin indicar el motivo</translation>
    </message>
    <message>
        <source>Not authorised (HTTP 401, empty answer)</source>
        <translation>No autorizado (HTTP 401, respuesta vacía)</translation>
    </message>
    <message>
        <source>Access denied (HTTP 403, empty answer)</source>
        <translation>Acceso denegado (HTTP 403, respuesta vacía)</translation>
    </message>
    <message>
        <source>Not found (HTTP 404, empty answer)</source>
        <translation>No encontrado (HTTP 404, respuesta vacía)</translation>
    </message>
    <message>
        <source>The agency&apos;s server failed (HTTP 500) without saying why</source>
        <translation>El servidor de la agencia falló (HTTP 500) sin indicar el motivo</translation>
    </message>
    <message>
        <source>HTTP %1 with an empty answer</source>
        <translation>HTTP %1 con una respuesta vacía</translation>
    </message>
    <message>
        <source>Correct the record (or the URL) as the agency says, then retry.</source>
        <translation>Corrija el registro (o la URL) como indica la agencia y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Check the LEA&apos;s key and secret.</source>
        <translation>Revise la clave y el secreto de la LEA.</translation>
    </message>
    <message>
        <source>The key may not change this: the record may belong to another API client, or the key lacks access to this resource or school year. Ask the agency.</source>
        <translation>Es posible que la clave no tenga permiso para modificar esto: el registro puede pertenecer a otro cliente de la API, o la clave no tiene acceso a este recurso o año escolar. Consulte a la agencia.</translation>
    </message>
    <message>
        <source>Check the path of the Data Exchange URL.</source>
        <translation>Revise la ruta de la URL de intercambio de datos.</translation>
    </message>
    <message>
        <source>A problem on the agency&apos;s side; DEX Desk retries. If it lasts, tell the agency (quote the correlation id when there is one).</source>
        <translation>Un problema del lado de la agencia; DEX Desk vuelve a intentarlo. Si persiste, avise a la agencia (cite el id. de correlación, si lo hay).</translation>
    </message>
    <message>
        <source>HTTP %1 with a web page instead of an API answer</source>
        <translation>HTTP %1 con una página web en lugar de una respuesta de la API</translation>
    </message>
    <message>
        <source>A web page instead of an API answer</source>
        <translation>Una página web en lugar de una respuesta de la API</translation>
    </message>
    <message>
        <source>Reference not found</source>
        <translation>Referencia no encontrada</translation>
    </message>
    <message>
        <source>HTTP %1 with an answer that was not understood</source>
        <translation>HTTP %1 con una respuesta que no se entendió</translation>
    </message>
    <message>
        <source>An answer that was not understood</source>
        <translation>Una respuesta que no se entendió</translation>
    </message>
    <message>
        <source>The agency does not have the value %1. Correct it in the district&apos;s records, or ask the agency to add it; the record is tried again after the next download or when it changes.</source>
        <translation>La agencia no tiene el valor %1. Corríjalo en los registros del distrito o pida a la agencia que lo agregue; el registro se vuelve a intentar después de la próxima descarga o cuando cambie.</translation>
    </message>
    <message>
        <source>The referenced %1 is not at the agency. Publish it first, or correct the reference.</source>
        <translation>El elemento referenciado (%1) no está en la agencia. Publíquelo primero o corrija la referencia.</translation>
    </message>
    <message>
        <source>record</source>
        <translation>registro</translation>
    </message>
</context>
<context>
    <name>ExchangeCounts</name>
    <message>
        <source>All resources</source>
        <translation>Todos los recursos</translation>
    </message>
</context>
<context>
    <name>FailureGroups</name>
    <message>
        <source>Rejected</source>
        <translation>Rechazado</translation>
    </message>
    <message>
        <source>Stuck (still retried)</source>
        <translation>Bloqueado (se sigue reintentando)</translation>
    </message>
    <message>
        <source>Waiting on a dependency</source>
        <translation>En espera de una dependencia</translation>
    </message>
    <message>
        <source>Value the agency lacks</source>
        <translation>Valor que la agencia no tiene</translation>
    </message>
    <message>
        <source>Waiting for a state ID</source>
        <translation>En espera de un ID estatal</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Descartado</translation>
    </message>
    <message>
        <source>The record is no longer in the queue.</source>
        <translation>El registro ya no está en la cola.</translation>
    </message>
    <message>
        <source>The database is busy; try again.</source>
        <translation>La base de datos está ocupada; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The change could not be written; nothing was changed.</source>
        <translation>No se pudo escribir el cambio; no se modificó nada.</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>HTTP %1: %2</source>
        <translation>HTTP %1: %2</translation>
    </message>
    <message>
        <source>Correlation id: %1</source>
        <translation>Id. de correlación: %1</translation>
    </message>
    <message>
        <source>Type: %1</source>
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Missing at the agency: %1</source>
        <translation>Falta en la agencia: %1</translation>
    </message>
    <message>
        <source>Field or reference: %1</source>
        <translation>Campo o referencia: %1</translation>
    </message>
    <message>
        <source>What to do: %1</source>
        <translation>Qué hacer: %1</translation>
    </message>
</context>
<context>
    <name>FormSupport</name>
    <message>
        <source>Clear %1</source>
        <translation>Borrar %1</translation>
    </message>
</context>
<context>
    <name>HelpCommand</name>
    <message>
        <source>help [COMMAND]
    Shows this help, or the help of one command.
</source>
        <translation>help [COMMAND]
    Muestra esta ayuda, o la ayuda de un comando.
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
    Muestra el historial de auditoría de los cambios de configuración guardados, del más reciente al más antiguo, como máximo N (predeterminado %1): cuándo,
    quién, cómo (save, import, restore-defaults), qué campo, valor anterior → nuevo. Un cambio de secreto aparece
    solo como &quot;modificado&quot;. --profile ID conserva solo los cambios de ese perfil. --json imprime en su lugar
    un arreglo JSON.
</translation>
    </message>
    <message>
        <source>settings history: --limit needs a whole number from 1 to %1</source>
        <translation>settings history: --limit necesita un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>settings history: --profile needs a profile id</source>
        <translation>settings history: --profile necesita un id. de perfil</translation>
    </message>
    <message>
        <source>Cannot read the audit trail: %1</source>
        <translation>No se puede leer el historial de auditoría: %1</translation>
    </message>
    <message>
        <source>No settings changes are recorded.</source>
        <translation>No hay cambios de configuración registrados.</translation>
    </message>
    <message>
        <source>unknown user</source>
        <translation>usuario desconocido</translation>
    </message>
</context>
<context>
    <name>InstanceRegistry</name>
    <message>
        <source>The database did not return the new instance&apos;s number.</source>
        <translation>La base de datos no devolvió el número de la nueva instancia.</translation>
    </message>
</context>
<context>
    <name>LogQuery</name>
    <message>
        <source>Cannot read the log: %1</source>
        <translation>No se puede leer el registro: %1</translation>
    </message>
    <message>
        <source>Cannot count the log rows: %1</source>
        <translation>No se pueden contar las filas del registro: %1</translation>
    </message>
    <message>
        <source>The search was cancelled.</source>
        <translation>Se canceló la búsqueda.</translation>
    </message>
</context>
<context>
    <name>LogsCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] logs [--level error|warning|info|diagnostic] [--since WHEN] [--category NAME] [--lea ID] [--search TEXT] [--limit N] [--json]</source>
        <translation>dexdesk-cli [--database PATH] logs [--level error|warning|info|diagnostic] [--since WHEN] [--category NAME] [--lea ID] [--search TEXT] [--limit N] [--json]</translation>
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
        <translation>logs [--level LEVEL] [--since WHEN] [--category NAME] [--lea ID] [--search TEXT] [--limit N] [--json]
    Muestra las filas de la tabla de registro, de la más reciente a la más antigua, como máximo N (predeterminado %1). --level error, warning,
    info o diagnostic muestra ese nivel y los más graves. --since admite una fecha ISO o una
    fecha y hora (hora local, salvo que tenga un desfase o Z) o un tiempo transcurrido: 30m, 2h, 7d.
    --category admite una categoría como dexdesk.net e incluye sus subcategorías (se pueden indicar
    varias separadas por comas); --lea muestra los mensajes sobre una LEA; --search conserva los
    mensajes que contienen TEXT (sin distinguir mayúsculas y minúsculas). --json imprime en su lugar un arreglo JSON.
</translation>
    </message>
    <message>
        <source>logs: unknown level &quot;%1&quot; (error, warning, info or diagnostic)</source>
        <translation>logs: nivel desconocido &quot;%1&quot; (error, warning, info o diagnostic)</translation>
    </message>
    <message>
        <source>logs: --since &quot;%1&quot; is neither a date and time (2026-03-01T08:00) nor a time ago (30m, 2h, 7d)</source>
        <translation>logs: --since &quot;%1&quot; no es una fecha y hora (2026-03-01T08:00) ni un tiempo transcurrido (30m, 2h, 7d)</translation>
    </message>
    <message>
        <source>logs: --category needs a category name</source>
        <translation>logs: --category necesita un nombre de categoría</translation>
    </message>
    <message>
        <source>logs: --limit needs a whole number from 1 to %1</source>
        <translation>logs: --limit necesita un número entero de 1 a %1</translation>
    </message>
    <message>
        <source>Cannot read the log table: %1</source>
        <translation>No se puede leer la tabla de registro: %1</translation>
    </message>
    <message>
        <source>No log rows match.</source>
        <translation>Ninguna fila del registro coincide.</translation>
    </message>
</context>
<context>
    <name>NetError</name>
    <message>
        <source>Unknown host: the server name could not be found. Check the spelling of the URL and that this computer can reach the agency&apos;s network (DNS, VPN, proxy).</source>
        <translation>Host desconocido: no se encontró el nombre del servidor. Revise la ortografía de la URL y que este equipo pueda acceder a la red de la agencia (DNS, VPN, proxy).</translation>
    </message>
    <message>
        <source>Connection refused: nothing accepts connections at that address and port. Check the URL&apos;s port, and that the agency&apos;s service is running.</source>
        <translation>Conexión rechazada: nada acepta conexiones en esa dirección y puerto. Revise el puerto de la URL y que el servicio de la agencia esté en funcionamiento.</translation>
    </message>
    <message>
        <source>Timed out: the server did not answer in time. Check the network, firewall or proxy; the agency&apos;s service may be overloaded or down.</source>
        <translation>Tiempo de espera agotado: el servidor no respondió a tiempo. Revise la red, el firewall o el proxy; es posible que el servicio de la agencia esté sobrecargado o fuera de servicio.</translation>
    </message>
    <message>
        <source>The server closed the connection without answering. This is usually temporary; try again. If it persists, check proxies and firewalls on the way.</source>
        <translation>El servidor cerró la conexión sin responder. Suele ser temporal; vuelva a intentarlo. Si persiste, revise los proxies y firewalls intermedios.</translation>
    </message>
    <message>
        <source>Certificate expired (or not yet valid): the server&apos;s TLS certificate is outside its validity dates. The connection was refused. Ask the agency to renew it; also check this computer&apos;s clock.</source>
        <translation>Certificado vencido (o todavía no válido): el certificado TLS del servidor está fuera de sus fechas de validez. Se rechazó la conexión. Pida a la agencia que lo renueve; revise también el reloj de este equipo.</translation>
    </message>
    <message>
        <source>Certificate untrusted: the server&apos;s TLS certificate is self-signed or issued by an authority this computer does not trust. The connection was refused. If your state uses a private certificate authority, name its CA file in the profile.</source>
        <translation>Certificado no confiable: el certificado TLS del servidor está autofirmado o lo emitió una autoridad en la que este equipo no confía. Se rechazó la conexión. Si su estado usa una autoridad de certificación privada, indique su archivo de CA en el perfil.</translation>
    </message>
    <message>
        <source>Certificate for the wrong host: the server&apos;s TLS certificate does not match the host name in the URL. The connection was refused. Check the URL&apos;s host name.</source>
        <translation>Certificado de otro host: el certificado TLS del servidor no coincide con el nombre de host de la URL. Se rechazó la conexión. Revise el nombre de host de la URL.</translation>
    </message>
    <message>
        <source>The secure (TLS) connection failed and was refused. Check the URL, the certificate and any proxy that intercepts TLS.</source>
        <translation>La conexión segura (TLS) falló y fue rechazada. Revise la URL, el certificado y cualquier proxy que intercepte TLS.</translation>
    </message>
    <message>
        <source>The server redirected to another address (another host, port or http instead of https). DEX Desk does not follow such redirects, so credentials never leave the agency&apos;s address. Use the final address as the URL.</source>
        <translation>El servidor redirigió a otra dirección (otro host, otro puerto o http en lugar de https). DEX Desk no sigue ese tipo de redirecciones, para que las credenciales nunca salgan de la dirección de la agencia. Use la dirección final como URL.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>The request failed: %1</source>
        <translation>La solicitud falló: %1</translation>
    </message>
    <message>
        <source>Too slow: the server kept sending its answer but did not finish it in time, so DEX Desk gave up on it. The agency&apos;s service or a proxy on the way may be overloaded; it is tried again later. If it persists, check the network path to the agency.</source>
        <translation>Demasiado lento: el servidor siguió enviando su respuesta pero no la terminó a tiempo, así que DEX Desk la abandonó. El servicio de la agencia o un proxy intermedio puede estar sobrecargado; se vuelve a intentar más tarde. Si persiste, revise la ruta de red hasta la agencia.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was larger than DEX Desk accepts (%1) and was cut off. Check that the URL points at the agency&apos;s API.</source>
        <translation>La respuesta del servidor era mayor de lo que DEX Desk acepta (%1) y se cortó. Compruebe que la URL apunta a la API de la agencia.</translation>
    </message>
</context>
<context>
    <name>OneOffSession</name>
    <message>
        <source>No LEA of profile &quot;%1&quot; is enabled with a key. Enable one in General Setup and save.</source>
        <translation>Ninguna LEA del perfil &quot;%1&quot; está habilitada con una clave. Habilite una en Configuración general y guarde.</translation>
    </message>
    <message>
        <source>No secret is stored for LEA %1. Enter it in General Setup (or with &quot;dexdesk-cli secret set&quot;) and save.</source>
        <translation>No hay ningún secreto guardado para la LEA %1. Introdúzcalo en Configuración general (o con &quot;dexdesk-cli secret set&quot;) y guarde.</translation>
    </message>
    <message>
        <source>The secret of LEA %1 could not be read: %2</source>
        <translation>No se pudo leer el secreto de la LEA %1: %2</translation>
    </message>
</context>
<context>
    <name>PasswordReader</name>
    <message>
        <source>The secret is longer than %1 bytes; nothing was stored.</source>
        <translation>El secreto tiene más de %1 bytes; no se guardó nada.</translation>
    </message>
    <message>
        <source>No secret was given (the input ended); nothing was stored.</source>
        <translation>No se proporcionó ningún secreto (la entrada terminó); no se guardó nada.</translation>
    </message>
    <message>
        <source>The two entries are different; nothing was stored. Run the command again.</source>
        <translation>Las dos entradas son distintas; no se guardó nada. Vuelva a ejecutar el comando.</translation>
    </message>
</context>
<context>
    <name>ProfileParser</name>
    <message>
        <source>required field &quot;%1&quot; is missing</source>
        <translation>falta el campo obligatorio &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; debe ser una cadena</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; no debe estar vacío</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>&quot;%1&quot; debe ser una lista de cadenas</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list of non-empty strings</source>
        <translation>&quot;%1&quot; debe ser una lista de cadenas no vacías</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty list of years</source>
        <translation>&quot;%1&quot; debe ser una lista de años no vacía</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must hold school years such as 2027 (the year the school year ends)</source>
        <translation>&quot;%1&quot; debe contener años escolares como 2027 (el año en que termina el año escolar)</translation>
    </message>
    <message>
        <source>school year %1 is listed twice in &quot;%2&quot;</source>
        <translation>el año escolar %1 aparece dos veces en &quot;%2&quot;</translation>
    </message>
    <message>
        <source>unknown service &quot;%1&quot; (expected dataChanges, download, publish or uniqueId)</source>
        <translation>servicio desconocido &quot;%1&quot; (se esperaba dataChanges, download, publish o uniqueId)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;resources&quot; must be a list</source>
        <translation>&quot;resources&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>each entry of &quot;resources&quot; must be an object</source>
        <translation>cada entrada de &quot;resources&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; is listed twice</source>
        <translation>el recurso &quot;%1&quot; aparece dos veces</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot;: path must be relative</source>
        <translation>recurso &quot;%1&quot;: la ruta debe ser relativa</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; needs a natural key</source>
        <translation>el recurso &quot;%1&quot; necesita una clave natural</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot; depends on &quot;%2&quot;, which is not listed before it</source>
        <translation>el recurso &quot;%1&quot; depende de &quot;%2&quot;, que no aparece antes que él</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot;: direction must be &quot;publish&quot; or &quot;download&quot;</source>
        <translation>recurso &quot;%1&quot;: la dirección debe ser &quot;publish&quot; o &quot;download&quot;</translation>
    </message>
    <message>
        <source>&quot;leas&quot; must be a list</source>
        <translation>&quot;leas&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>each entry of &quot;leas&quot; must be an object</source>
        <translation>cada entrada de &quot;leas&quot; debe ser un objeto</translation>
    </message>
    <message>
        <source>a profile must not contain secrets; remove &quot;secret&quot;</source>
        <translation>un perfil no debe contener secretos; elimine &quot;secret&quot;</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON no válido: %1</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>el archivo debe contener un único objeto JSON</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be %1; this file was made for another version of DEX Desk</source>
        <translation>&quot;formatVersion&quot; debe ser %1; este archivo se creó para otra versión de DEX Desk</translation>
    </message>
    <message>
        <source>&quot;id&quot; may hold only letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>&quot;id&quot; solo puede contener letras, dígitos, &apos;.&apos;, &apos;_&apos; y &apos;-&apos; (como máximo 64)</translation>
    </message>
    <message>
        <source>&quot;order&quot; must be a number</source>
        <translation>&quot;order&quot; debe ser un número</translation>
    </message>
    <message>
        <source>&quot;yearSpecific&quot; must be true or false</source>
        <translation>&quot;yearSpecific&quot; debe ser true o false</translation>
    </message>
    <message>
        <source>default school year %1 is not one of &quot;schoolYears&quot;</source>
        <translation>el año escolar predeterminado %1 no es uno de los de &quot;schoolYears&quot;</translation>
    </message>
    <message>
        <source>&quot;services&quot; must be an object with &quot;supported&quot; and &quot;defaults&quot;</source>
        <translation>&quot;services&quot; debe ser un objeto con &quot;supported&quot; y &quot;defaults&quot;</translation>
    </message>
    <message>
        <source>a default service is not among the supported services</source>
        <translation>un servicio predeterminado no está entre los servicios admitidos</translation>
    </message>
    <message>
        <source>the Unique ID service needs &quot;uniqueIdPath&quot;</source>
        <translation>el servicio Unique ID necesita &quot;uniqueIdPath&quot;</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>no se puede leer: %1</translation>
    </message>
    <message>
        <source>is larger than 1 MiB; a profile is a small JSON file</source>
        <translation>ocupa más de 1 MiB; un perfil es un archivo JSON pequeño</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot;: &quot;propertyNames&quot; must map property names to other property names, such as {&quot;categories&quot;: &quot;educationOrganizationCategories&quot;}</source>
        <translation>recurso &quot;%1&quot;: &quot;propertyNames&quot; debe asignar nombres de propiedades a otros nombres de propiedades, como {&quot;categories&quot;: &quot;educationOrganizationCategories&quot;}</translation>
    </message>
    <message>
        <source>resource &quot;%1&quot;: &quot;propertyNames&quot; gives two properties the name &quot;%2&quot;</source>
        <translation>recurso &quot;%1&quot;: &quot;propertyNames&quot; da a dos propiedades el nombre &quot;%2&quot;</translation>
    </message>
    <message>
        <source>&quot;dataStandard&quot; must be an Ed-Fi Data Standard version such as &quot;5&quot; or &quot;3.3&quot;</source>
        <translation>&quot;dataStandard&quot; debe ser una versión del Ed-Fi Data Standard, como &quot;5&quot; o &quot;3.3&quot;</translation>
    </message>
</context>
<context>
    <name>ProfileRepository</name>
    <message>
        <source>profile id &quot;%1&quot; is already used by %2; this file was skipped</source>
        <translation>el id. de perfil &quot;%1&quot; ya lo usa %2; se omitió este archivo</translation>
    </message>
    <message>
        <source>The profile id &quot;%1&quot; belongs to a profile shipped with DEX Desk. Give the imported profile another id.</source>
        <translation>El id. de perfil &quot;%1&quot; pertenece a un perfil incluido con DEX Desk. Asigne otro id. al perfil importado.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Export First…</source>
        <translation>&amp;Exportar primero…</translation>
    </message>
    <message>
        <source>&amp;Restore Defaults</source>
        <translation>&amp;Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Keep Running in the Tray</source>
        <translation>&amp;Mantener en ejecución en la bandeja</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
</context>
<context>
    <name>PublishQueue</name>
    <message>
        <source>The resource %1 is not one DEX Desk keeps.</source>
        <translation>El recurso %1 no es uno de los que conserva DEX Desk.</translation>
    </message>
    <message>
        <source>Waiting for a state unique ID: the Unique ID service assigns one, then the record is sent.</source>
        <translation>En espera de un ID único estatal: el servicio de ID único asigna uno y, después, se envía el registro.</translation>
    </message>
    <message>
        <source>Not sent: the agency does not have %1. Correct the value in the student information system (or download the agency&apos;s descriptors again), then the record is sent.</source>
        <translation>No enviado: la agencia no tiene %1. Corrija el valor en el sistema de información estudiantil (o vuelva a descargar los descriptores de la agencia) y, después, se enviará el registro.</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1 &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>PurgeCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] purge [--dry-run] [--json]</source>
        <translation>dexdesk-cli [--database PATH] purge [--dry-run] [--json]</translation>
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
    Elimina lo que la Política de depuración guardada (aggressive, typical o seldom) considera obsoleto: filas antiguas
    del registro y archivos de registro rotados, y el trabajo terminado del motor. El trabajo pendiente, en curso y fallido,
    el estado de publicación y los resultados de Unique ID nunca se tocan. Muestra cuántos elementos de cada
    tipo se eliminaron. --dry-run solo cuenta lo que se eliminaría y no elimina nada. --json imprime en su lugar un
    objeto JSON.
</translation>
    </message>
    <message>
        <source>The purge did not finish: %1</source>
        <translation>La depuración no terminó: %1</translation>
    </message>
    <message>
        <source>Purge policy %1: these items would be removed.</source>
        <translation>Política de depuración %1: se eliminarían estos elementos.</translation>
    </message>
    <message>
        <source>Purge policy %1: removed these items.</source>
        <translation>Política de depuración %1: se eliminaron estos elementos.</translation>
    </message>
    <message>
        <source>  %1: %2 (kept %3 days, older than %4)</source>
        <translation>  %1: %2 (se conservan %3 días, anteriores a %4)</translation>
    </message>
    <message>
        <source>Dry run: nothing was removed.</source>
        <translation>Simulación: no se eliminó nada.</translation>
    </message>
</context>
<context>
    <name>Purger</name>
    <message>
        <source>Log rows</source>
        <translation>Filas del registro</translation>
    </message>
    <message>
        <source>Log files</source>
        <translation>Archivos de registro</translation>
    </message>
    <message>
        <source>Cannot count the obsolete %1: %2</source>
        <translation>No se pueden contar los elementos obsoletos (%1): %2</translation>
    </message>
    <message>
        <source>Cannot start purging %1: %2</source>
        <translation>No se puede empezar a depurar %1: %2</translation>
    </message>
    <message>
        <source>Purging %1 failed: %2. What was removed before stays removed; run the purge again.</source>
        <translation>Falló la depuración de %1: %2. Lo que se eliminó antes sigue eliminado; vuelva a ejecutar la depuración.</translation>
    </message>
    <message>
        <source>Purging %1 failed: %2. Run the purge again.</source>
        <translation>Falló la depuración de %1: %2. Vuelva a ejecutar la depuración.</translation>
    </message>
    <message>
        <source>Delivered changes</source>
        <translation>Cambios entregados</translation>
    </message>
    <message>
        <source>Finished job runs</source>
        <translation>Ejecuciones de tareas terminadas</translation>
    </message>
</context>
<context>
    <name>RecordWriter</name>
    <message>
        <source>Writing the %1 records failed: %2.</source>
        <translation>No se pudieron escribir los registros de %1: %2.</translation>
    </message>
    <message>
        <source>The %1 records have no school_year or lea_id.</source>
        <translation>Los registros de %1 no tienen school_year ni lea_id.</translation>
    </message>
    <message>
        <source>The %1 records have no %2 column, which is part of their key.</source>
        <translation>Los registros de %1 no tienen la columna %2, que forma parte de su clave.</translation>
    </message>
    <message>
        <source>The %1 records have no column %2.</source>
        <translation>Los registros de %1 no tienen la columna %2.</translation>
    </message>
    <message>
        <source>The %1 record with the key %2 is given twice.</source>
        <translation>El registro de %1 con la clave %2 aparece dos veces.</translation>
    </message>
</context>
<context>
    <name>RecordsCommands</name>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>%1 debe ser un número entero de %2 a %3, no &quot;%4&quot;</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 nuevos, %2 modificados, %3 sin cambios</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] records import-csv RESOURCE FILE [--school-year Y] [--lea ID] [--replace] [--dry-run] | generate --students N [--seed S] [--school-year Y] [--lea ID] | count [--json]</source>
        <translation>dexdesk-cli [--database PATH] records import-csv RESOURCE FILE [--school-year Y] [--lea ID] [--replace] [--dry-run] | generate --students N [--seed S] [--school-year Y] [--lea ID] | count [--json]</translation>
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
        <translation>records import-csv RESOURCE FILE [--school-year Y] [--lea ID] [--replace] [--dry-run]
    Importa un archivo CSV (UTF-8, separado por comas, con un encabezado que indica las columnas)
    en los registros de RESOURCE, un nombre de recurso de Ed-Fi como students o
    studentSchoolAssociations. Las columnas son las del recurso más school_year y lea_id;
    --school-year y --lea las indican para un archivo sin esas columnas. Primero se comprueba todo
    el archivo: ante cualquier problema no cambia nada y cada problema se muestra con su línea. Una
    fila ya guardada (mismo año escolar y clave) solo se actualiza si algún valor es distinto.
    --replace trata el archivo como un extracto completo y elimina las filas de sus años escolares
    que no figuran en él. --dry-run comprueba el archivo e indica lo que cambiaría, sin cambiar nada.
records generate --students N [--seed S] [--school-year Y] [--lea ID]
    Crea registros de ejemplo: la LEA (predeterminada 255901) y sus tres escuelas, N estudiantes con
    sus asociaciones a escuela y LEA, y un miembro del personal por cada 15 estudiantes con las
    suyas, para el año escolar Y (predeterminado 2027). La misma semilla (predeterminada 1) siempre
    genera los mismos registros.
records count [--json]
    Muestra cuántos registros hay de cada recurso y año escolar.
</translation>
    </message>
    <message>
        <source>records: missing subcommand (import-csv, generate or count)</source>
        <translation>records: falta el subcomando (import-csv, generate o count)</translation>
    </message>
    <message>
        <source>records: unknown subcommand &quot;%1&quot;</source>
        <translation>records: subcomando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>records import-csv: %1</source>
        <translation>records import-csv: %1</translation>
    </message>
    <message>
        <source>records import-csv: there are no &quot;%1&quot; records; use one of %2</source>
        <translation>records import-csv: no existen registros de &quot;%1&quot;; use uno de estos: %2</translation>
    </message>
    <message>
        <source>records import-csv: --lea needs an LEA identifier</source>
        <translation>records import-csv: --lea necesita un identificador de LEA</translation>
    </message>
    <message>
        <source>%1 was not imported; nothing was changed. Fix these problems and import it again:</source>
        <translation>No se importó %1; no se modificó nada. Corrija estos problemas y vuelva a importarlo:</translation>
    </message>
    <message>
        <source>Dry run: %1 is valid. Importing it into %2 would do this:</source>
        <translation>Simulación: %1 es válido. Importarlo en %2 haría lo siguiente:</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se modificó nada.</translation>
    </message>
    <message>
        <source>Imported %1 into %2.</source>
        <translation>Se importó %1 en %2.</translation>
    </message>
    <message>
        <source>  Changes queued for the agency: %1.</source>
        <translation>  Cambios en cola para la agencia: %1.</translation>
    </message>
    <message>
        <source>records generate: %1</source>
        <translation>records generate: %1</translation>
    </message>
    <message>
        <source>records generate: say how many students with --students N</source>
        <translation>records generate: indique cuántos estudiantes con --students N</translation>
    </message>
    <message>
        <source>Sample records for LEA %1, school year %2 (seed %3), written in %4 s:</source>
        <translation>Registros de ejemplo para la LEA %1, año escolar %2 (semilla %3), escritos en %4 s:</translation>
    </message>
    <message>
        <source>Cannot count the %1 records: %2</source>
        <translation>No se pueden contar los registros de %1: %2</translation>
    </message>
    <message>
        <source>There are no district records yet. Import them with &quot;dexdesk-cli records import-csv&quot;, or make sample records with &quot;dexdesk-cli records generate --students 100&quot;.</source>
        <translation>Todavía no hay registros del distrito. Impórtelos con &quot;dexdesk-cli records import-csv&quot; o cree registros de ejemplo con &quot;dexdesk-cli records generate --students 100&quot;.</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Records in all: %1</source>
        <translation>Registros en total: %1</translation>
    </message>
</context>
<context>
    <name>RestoreDefaultsCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] restore-defaults [--profile ID] [--yes]</source>
        <translation>dexdesk-cli [--database PATH] restore-defaults [--profile ID] [--yes]</translation>
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
    Pone Sistema habilitado en Desactivado y reemplaza la configuración de comunicación del perfil seleccionado
    (URL, años escolares, servicios, las LEA con sus claves) por los valores predeterminados del perfil, y
    elimina del llavero los secretos de las LEA del perfil. Los demás perfiles y el resto de la configuración
    general se conservan. Primero enumera lo que cambiará y le pide que escriba &quot;yes&quot;;
    sin una terminal, se niega a hacerlo salvo que se indique --yes.
    --profile ID restaura ese perfil en su lugar y lo convierte en el perfil seleccionado, igual que
    elegirlo en la lista Perfil de intercambio de datos y pulsar Restaurar valores predeterminados.
    Guarde antes una copia con &quot;dexdesk-cli settings export FILE&quot;.
</translation>
    </message>
    <message>
        <source>Nothing to restore: the profile %1 (%2) already has its defaults and System Enabled is Off.</source>
        <translation>No hay nada que restaurar: el perfil %1 (%2) ya tiene sus valores predeterminados y Sistema habilitado está en Desactivado.</translation>
    </message>
    <message>
        <source>Restore Defaults for the profile %1 (%2) will:</source>
        <translation>Restaurar valores predeterminados en el perfil %1 (%2) hará lo siguiente:</translation>
    </message>
    <message>
        <source>  keep the settings (they are already the defaults)</source>
        <translation>  conservar la configuración (ya tiene los valores predeterminados)</translation>
    </message>
    <message>
        <source>  remove the keychain secrets of the LEAs %1</source>
        <translation>  eliminar del llavero los secretos de las LEA %1</translation>
    </message>
    <message>
        <source>Not confirmed: there is no terminal to ask in. Run the command again with --yes to restore the defaults. Nothing was changed.</source>
        <translation>No se confirmó: no hay una terminal en la que preguntar. Vuelva a ejecutar el comando con --yes para restaurar los valores predeterminados. No se modificó nada.</translation>
    </message>
    <message>
        <source>To keep a copy of the current settings first, cancel and run &quot;dexdesk-cli settings export FILE&quot;.</source>
        <translation>Para guardar antes una copia de la configuración actual, cancele y ejecute &quot;dexdesk-cli settings export FILE&quot;.</translation>
    </message>
    <message>
        <source>Type yes to continue: </source>
        <translation>Escriba yes (sí, en inglés) para continuar: </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se modificó nada.</translation>
    </message>
    <message>
        <source>Defaults restored for the profile %1 (%2). System Enabled is Off.</source>
        <translation>Se restauraron los valores predeterminados del perfil %1 (%2). Sistema habilitado está en Desactivado.</translation>
    </message>
</context>
<context>
    <name>SampleDataGenerator</name>
    <message>
        <source>The number of students must be from 1 to %1.</source>
        <translation>El número de estudiantes debe estar entre 1 y %1.</translation>
    </message>
    <message>
        <source>The school year must be from 1930 to 2100 (the year in which it ends, e.g. 2027).</source>
        <translation>El año escolar debe estar entre 1930 y 2100 (el año en que termina, p. ej., 2027).</translation>
    </message>
    <message>
        <source>Cannot start writing to the database: %1. Another program may be holding it; try again.</source>
        <translation>No se puede empezar a escribir en la base de datos: %1. Es posible que otro programa la esté bloqueando; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Saving the records failed: %1.</source>
        <translation>No se pudieron guardar los registros: %1.</translation>
    </message>
    <message>
        <source>Generating the sample records failed: %1 Nothing was changed.</source>
        <translation>No se pudieron generar los registros de ejemplo: %1 No se modificó nada.</translation>
    </message>
</context>
<context>
    <name>SecretCommands</name>
    <message>
        <source>dexdesk-cli [--database PATH] secret set [--profile ID] --lea LEAID</source>
        <translation>dexdesk-cli [--database PATH] secret set [--profile ID] --lea LEAID</translation>
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
    Guarda en el llavero del sistema el secreto de autenticación de una LEA. La LEA ya debe
    figurar en la configuración del perfil (el perfil seleccionado, salvo que se indique --profile ID). En una
    terminal, el secreto se pide dos veces y no se muestra; de lo contrario, se lee como una línea
    de la entrada estándar, por ejemplo: dexdesk-cli secret set --lea 255901 &lt; secret.txt
    El secreto nunca se acepta en la línea de comandos, donde otros usuarios y el historial
    del shell podrían verlo.
</translation>
    </message>
    <message>
        <source>secret: missing subcommand (set)</source>
        <translation>secret: falta el subcomando (set)</translation>
    </message>
    <message>
        <source>secret: unknown subcommand &quot;%1&quot;</source>
        <translation>secret: subcomando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>secret set: missing option --lea LEAID</source>
        <translation>secret set: falta la opción --lea LEAID</translation>
    </message>
    <message>
        <source>The profile %1 (%2) has no LEA &quot;%3&quot; (its LEAs: %4). Add the LEA first, with its name and key: in DEX Desk under General Setup ▸ LEA Settings ▸ Configure…, or in a settings file imported with &quot;dexdesk-cli settings import FILE&quot;. Then set its secret.</source>
        <translation>El perfil %1 (%2) no tiene la LEA &quot;%3&quot; (sus LEA: %4). Agregue primero la LEA, con su nombre y su clave: en DEX Desk, en Configuración general ▸ Configuración de LEA ▸ Configurar…, o en un archivo de configuración importado con &quot;dexdesk-cli settings import FILE&quot;. Después, establezca su secreto.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Secret for LEA %1 of %2: </source>
        <translation>Secreto de la LEA %1 de %2: </translation>
    </message>
    <message>
        <source>Type the secret again: </source>
        <translation>Vuelva a escribir el secreto: </translation>
    </message>
    <message>
        <source>The secret is empty; nothing was stored. Enter the secret the agency gave you for this LEA.</source>
        <translation>El secreto está vacío; no se guardó nada. Introduzca el secreto que la agencia le proporcionó para esta LEA.</translation>
    </message>
    <message>
        <source>The secret of LEA %1 (profile %2) is stored in the keychain.</source>
        <translation>El secreto de la LEA %1 (perfil %2) está guardado en el llavero.</translation>
    </message>
    <message>
        <source>The secret could not be assigned to LEA %1; nothing was stored.</source>
        <translation>No se pudo asignar el secreto a la LEA %1; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>SecretFileReader</name>
    <message>
        <source>%1: secrets files are not supported on Windows, where file permissions cannot be checked the same way. Keep the LEA secrets in the Windows Credential Manager (the default).</source>
        <translation>%1: los archivos de secretos no se admiten en Windows, donde los permisos de archivo no se pueden comprobar del mismo modo. Guarde los secretos de las LEA en el Administrador de credenciales de Windows (el predeterminado).</translation>
    </message>
    <message>
        <source>%1 (a symbolic link to %2)</source>
        <translation>%1 (un enlace simbólico a %2)</translation>
    </message>
    <message>
        <source>%1 does not exist. Create it (readable by its owner only), or give the right path.</source>
        <translation>%1 no existe. Créelo (legible solo por su propietario) o indique la ruta correcta.</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2. Check that the user running DEX Desk may read it.</source>
        <translation>No se puede abrir %1: %2. Compruebe que el usuario que ejecuta DEX Desk puede leerlo.</translation>
    </message>
    <message>
        <source>%1 cannot be examined: %2.</source>
        <translation>No se puede examinar %1: %2.</translation>
    </message>
    <message>
        <source>%1 is not a regular file. Give the path of the file that holds the secrets.</source>
        <translation>%1 no es un archivo normal. Indique la ruta del archivo que contiene los secretos.</translation>
    </message>
    <message>
        <source>%1 is owned by user id %2, not by the user running DEX Desk (id %3), so someone else controls what it says. Refused: make it owned by the user that runs DEX Desk (chown) with mode 0600.</source>
        <translation>%1 pertenece al usuario con id %2, no al usuario que ejecuta DEX Desk (id %3), así que otra persona controla su contenido. Rechazado: haga que pertenezca al usuario que ejecuta DEX Desk (chown) con modo 0600.</translation>
    </message>
    <message>
        <source>%1 has mode %2, so users other than its owner may read or change it. Refused: run &quot;chmod 600 %3&quot; and try again.</source>
        <translation>%1 tiene el modo %2, así que otros usuarios además de su propietario pueden leerlo o cambiarlo. Rechazado: ejecute &quot;chmod 600 %3&quot; y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 has mode %2, so every user may read or change it. Refused: credentials passed by systemd are readable by the service&apos;s user only; check what $CREDENTIALS_DIRECTORY points at.</source>
        <translation>%1 tiene el modo %2, así que cualquier usuario puede leerlo o cambiarlo. Rechazado: las credenciales que pasa systemd solo las puede leer el usuario del servicio; compruebe a qué apunta $CREDENTIALS_DIRECTORY.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB, too large for a secrets file. Give the right file.</source>
        <translation>%1 ocupa más de %2 KiB, demasiado para un archivo de secretos. Indique el archivo correcto.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
</context>
<context>
    <name>SecretProbe</name>
    <message>
        <source>not checked</source>
        <translation>no comprobado</translation>
    </message>
    <message>
        <source>stored in the keychain</source>
        <translation>guardado en el llavero</translation>
    </message>
    <message>
        <source>not set (use &quot;dexdesk-cli secret set&quot;)</source>
        <translation>no establecido (use &quot;dexdesk-cli secret set&quot;)</translation>
    </message>
    <message>
        <source>unknown (keychain unavailable)</source>
        <translation>desconocido (llavero no disponible)</translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>--secrets file: needs the path of the secrets file, for example --secrets file:/etc/dexdesk/secrets.</source>
        <translation>--secrets file: necesita la ruta del archivo de secretos, por ejemplo --secrets file:/etc/dexdesk/secrets.</translation>
    </message>
    <message>
        <source>unknown secrets source: use keychain (the default), credentials (systemd credentials in $CREDENTIALS_DIRECTORY) or file:PATH (a file readable by its owner only).</source>
        <translation>origen de secretos desconocido: use keychain (el predeterminado), credentials (credenciales de systemd en $CREDENTIALS_DIRECTORY) o file:PATH (un archivo legible solo por su propietario).</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>el llavero del sistema</translation>
    </message>
    <message>
        <source>the systemd credentials (none were passed)</source>
        <translation>las credenciales de systemd (no se pasó ninguna)</translation>
    </message>
    <message>
        <source>the systemd credentials in %1</source>
        <translation>las credenciales de systemd en %1</translation>
    </message>
    <message>
        <source>the secrets file %1</source>
        <translation>el archivo de secretos %1</translation>
    </message>
</context>
<context>
    <name>ServerCapabilities</name>
    <message>
        <source>the discovery document answered HTTP %1</source>
        <translation>el documento de descubrimiento respondió HTTP %1</translation>
    </message>
    <message>
        <source>the discovery document is not a JSON object</source>
        <translation>el documento de descubrimiento no es un objeto JSON</translation>
    </message>
    <message>
        <source>the discovery document names neither a version nor its URLs</source>
        <translation>el documento de descubrimiento no indica ni una versión ni sus URL</translation>
    </message>
    <message>
        <source>the change-queries URL in the discovery document has a placeholder (%1) DEX Desk cannot fill</source>
        <translation>la URL de consultas de cambios del documento de descubrimiento tiene un marcador de posición (%1) que DEX Desk no puede completar</translation>
    </message>
    <message>
        <source>the change-queries URL in the discovery document is not an absolute web address</source>
        <translation>la URL de consultas de cambios del documento de descubrimiento no es una dirección web absoluta</translation>
    </message>
    <message>
        <source>the discovery document lists change queries on another server (%1); the token is only sent to the API root&apos;s server</source>
        <translation>el documento de descubrimiento indica las consultas de cambios en otro servidor (%1); el token solo se envía al servidor de la raíz de la API</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>change queries: unknown (%1) — Download tries them and fetches everything if they fail</source>
        <translation>consultas de cambios: desconocido (%1) — la Descarga las prueba y, si fallan, obtiene todo</translation>
    </message>
    <message>
        <source>change queries: offered — Download fetches only what changed</source>
        <translation>consultas de cambios: ofrecidas — la Descarga obtiene solo lo que cambió</translation>
    </message>
    <message>
        <source>change queries: not offered — Download will fetch everything each time</source>
        <translation>consultas de cambios: no ofrecidas — la Descarga obtendrá todo cada vez</translation>
    </message>
</context>
<context>
    <name>SettingsCommands</name>
    <message>
        <source>Cannot read standard input.</source>
        <translation>No se puede leer la entrada estándar.</translation>
    </message>
    <message>
        <source>standard input</source>
        <translation>entrada estándar</translation>
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
    Muestra la configuración general guardada, la configuración de comunicación del perfil seleccionado (o de
    --profile ID) con sus LEA, y los perfiles instalados. Para cada LEA indica si el
    llavero contiene su secreto (nunca el secreto en sí); --no-keychain omite esa comprobación.
    --json imprime en su lugar un objeto JSON con claves estables.
settings export FILE
    Escribe en FILE (&quot;-&quot; para la salida estándar) la configuración guardada de todos los perfiles, en formato JSON.
    Los secretos de las LEA nunca se exportan.
settings import FILE [--dry-run]
    Comprueba todo el contenido de FILE (&quot;-&quot; para la entrada estándar); si algo está mal, indica qué y
    no modifica nada. De lo contrario, guarda la configuración y enumera los cambios. Las LEA que el archivo
    elimina también pierden sus secretos en el llavero. --dry-run enumera los cambios y no guarda
    nada.
</translation>
    </message>
    <message>
        <source>settings: unknown subcommand &quot;%1&quot;</source>
        <translation>settings: subcomando desconocido &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Exported the settings of %1 profiles to %2. LEA secrets are not in the file; on another computer, set them with &quot;dexdesk-cli secret set&quot; after importing.</source>
        <translation>Se exportó la configuración de %1 perfiles a %2. Los secretos de las LEA no están en el archivo; en otro equipo, establézcalos con &quot;dexdesk-cli secret set&quot; después de importarlo.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2 Nothing was changed.</source>
        <translation>No se importó %1: %2 No se modificó nada.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>No hay cambios.</translation>
    </message>
    <message>
        <source>Importing %1 would make these changes:</source>
        <translation>Importar %1 haría estos cambios:</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Simulación: no se modificó nada.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>No se importó %1: %2</translation>
    </message>
    <message>
        <source>Imported %1. Changes saved:</source>
        <translation>Se importó %1. Cambios guardados:</translation>
    </message>
    <message>
        <source>The new LEAs have no secret yet. Set each one with:</source>
        <translation>Las LEA nuevas todavía no tienen secreto. Establezca el de cada una con:</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] settings show [--json] [--profile ID] [--no-keychain] | export FILE | import FILE [--dry-run] | history [--limit N] [--profile ID] [--json]</source>
        <translation>dexdesk-cli [--database PATH] settings show [--json] [--profile ID] [--no-keychain] | export FILE | import FILE [--dry-run] | history [--limit N] [--profile ID] [--json]</translation>
    </message>
    <message>
        <source>settings: missing subcommand (show, export, import or history)</source>
        <translation>settings: falta el subcomando (show, export, import o history)</translation>
    </message>
</context>
<context>
    <name>SettingsExchange</name>
    <message>
        <source>%1 contains &quot;%2&quot;. Settings files never hold secrets; remove it and set the secret with the LEA settings or &quot;dexdesk-cli secret set&quot;.</source>
        <translation>%1 contiene &quot;%2&quot;. Los archivos de configuración nunca contienen secretos; elimínelo y establezca el secreto en la configuración de la LEA o con &quot;dexdesk-cli secret set&quot;.</translation>
    </message>
    <message>
        <source>%1 has an unknown field &quot;%2&quot;.</source>
        <translation>%1 tiene un campo desconocido &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be an object.</source>
        <translation>%1 debe ser un objeto.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be a text value.</source>
        <translation>%1: &quot;%2&quot; debe ser un valor de texto.</translation>
    </message>
    <message>
        <source>%1: &quot;schoolYears&quot; must be a list of years.</source>
        <translation>%1: &quot;schoolYears&quot; debe ser una lista de años.</translation>
    </message>
    <message>
        <source>%1: &quot;schoolYears&quot; must hold each year once, as a number such as 2027.</source>
        <translation>%1: &quot;schoolYears&quot; debe contener cada año una sola vez, como un número del tipo 2027.</translation>
    </message>
    <message>
        <source>%1: &quot;services&quot; must be a list.</source>
        <translation>%1: &quot;services&quot; debe ser una lista.</translation>
    </message>
    <message>
        <source>%1: unknown service &quot;%2&quot; (expected dataChanges, download, publish or uniqueId).</source>
        <translation>%1: servicio desconocido &quot;%2&quot; (se esperaba dataChanges, download, publish o uniqueId).</translation>
    </message>
    <message>
        <source>%1: &quot;leas&quot; must be a list.</source>
        <translation>%1: &quot;leas&quot; debe ser una lista.</translation>
    </message>
    <message>
        <source>%1, LEA %2</source>
        <translation>%1, LEA %2</translation>
    </message>
    <message>
        <source>%1 needs &quot;id&quot; (text), &quot;enabled&quot; (true or false) and optionally &quot;name&quot; and &quot;key&quot; (text).</source>
        <translation>%1 necesita &quot;id&quot; (texto), &quot;enabled&quot; (true o false) y, de forma opcional, &quot;name&quot; y &quot;key&quot; (texto).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;, enabled %3, key &quot;%4&quot;</source>
        <translation>%1 &quot;%2&quot;, habilitada %3, clave &quot;%4&quot;</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>The file is larger than 4 MiB; a settings file is much smaller. Check that you chose the right file.</source>
        <translation>El archivo ocupa más de 4 MiB; un archivo de configuración es mucho más pequeño. Compruebe que eligió el archivo correcto.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1: %2).</source>
        <translation>El archivo no es un JSON válido (línea %1: %2).</translation>
    </message>
    <message>
        <source>This is not a DEX Desk settings file (&quot;format&quot; must be &quot;%1&quot;).</source>
        <translation>Este no es un archivo de configuración de DEX Desk (&quot;format&quot; debe ser &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The file has format version %1; this version of DEX Desk reads version %2.</source>
        <translation>El archivo tiene la versión de formato %1; esta versión de DEX Desk lee la versión %2.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>&quot;general&quot; must be an object.</source>
        <translation>&quot;general&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>&quot;general&quot; has an unknown field &quot;%1&quot;.</source>
        <translation>&quot;general&quot; tiene un campo desconocido &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 has the wrong type.</source>
        <translation>%1 tiene un tipo incorrecto.</translation>
    </message>
    <message>
        <source>&quot;profiles&quot; must be an object.</source>
        <translation>&quot;profiles&quot; debe ser un objeto.</translation>
    </message>
    <message>
        <source>The file has settings for the profile &quot;%1&quot;, which is not installed here. Import that profile first (File ▸ Import Profile…).</source>
        <translation>El archivo tiene configuración para el perfil &quot;%1&quot;, que no está instalado en este equipo. Importe primero ese perfil (Archivo ▸ Importar perfil…).</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Perfil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;: %2</source>
        <translation>Perfil &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>The settings in the file are not valid: %1</source>
        <translation>La configuración del archivo no es válida: %1</translation>
    </message>
    <message>
        <source>LEA removed: %1</source>
        <translation>LEA eliminada: %1</translation>
    </message>
    <message>
        <source>LEA changed: %1</source>
        <translation>LEA modificada: %1</translation>
    </message>
    <message>
        <source>LEA added: %1</source>
        <translation>LEA agregada: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>No se puede leer %1: %2.</translation>
    </message>
    <message>
        <source>%1 is larger than 4 MiB; a settings file is much smaller. Check that you chose the right file.</source>
        <translation>%1 ocupa más de 4 MiB; un archivo de configuración es mucho más pequeño. Compruebe que eligió el archivo correcto.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; must be the number %1.</source>
        <translation>&quot;formatVersion&quot; debe ser el número %1.</translation>
    </message>
</context>
<context>
    <name>SettingsReport</name>
    <message>
        <source>On (always on)</source>
        <translation>Activado (siempre activado)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(none installed)</source>
        <translation>(ninguno instalado)</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>General settings:</source>
        <translation>Configuración general:</translation>
    </message>
    <message>
        <source>Communication settings of the selected profile, %1 (%2):</source>
        <translation>Configuración de comunicación del perfil seleccionado, %1 (%2):</translation>
    </message>
    <message>
        <source>Communication settings of the profile %1 (%2), which is not the selected one:</source>
        <translation>Configuración de comunicación del perfil %1 (%2), que no es el seleccionado:</translation>
    </message>
    <message>
        <source>  (the profile&apos;s defaults: these settings were never changed)</source>
        <translation>  (los valores predeterminados del perfil: esta configuración nunca se modificó)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>    LEA %1 &quot;%2&quot;: enabled %3, key &quot;%4&quot;, secret: %5</source>
        <translation>    LEA %1 &quot;%2&quot;: habilitada %3, clave &quot;%4&quot;, secreto: %5</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Problems:</source>
        <translation>Problemas:</translation>
    </message>
    <message>
        <source>  error: %1</source>
        <translation>  error: %1</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  advertencia: %1</translation>
    </message>
    <message>
        <source>Installed profiles:</source>
        <translation>Perfiles instalados:</translation>
    </message>
    <message>
        <source>  %1: %2 (selected)</source>
        <translation>  %1: %2 (seleccionado)</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
</context>
<context>
    <name>SettingsSchema</name>
    <message>
        <source>System Enabled</source>
        <translation>Sistema habilitado</translation>
    </message>
    <message>
        <source>On runs the data exchange. Off halts every processor at once and stops collecting changes; changes made while Off are not sent later unless you run Publish All.</source>
        <translation>Activado ejecuta el intercambio de datos. Desactivado detiene todos los procesadores a la vez y deja de recopilar cambios; los cambios realizados mientras está Desactivado no se envían después, a menos que ejecute Publish All (Publicar todo).</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Errors are always recorded, in the database and in the log files. This option cannot be turned off.</source>
        <translation>Los errores siempre se registran, en la base de datos y en los archivos de registro. Esta opción no se puede desactivar.</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Records warnings: problems less severe than errors that may still keep data from reaching the agency. Leave off unless asked.</source>
        <translation>Registra advertencias: problemas menos graves que los errores que, aun así, pueden impedir que los datos lleguen a la agencia. Déjela desactivada, salvo que se le indique lo contrario.</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Records detail about what led to errors and warnings. Useful while you investigate a problem; leave off otherwise.</source>
        <translation>Registra detalles sobre lo que provocó los errores y las advertencias. Es útil mientras investiga un problema; en los demás casos, déjela desactivada.</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Records very detailed technical information, mostly for support staff. It can produce a large volume of log data.</source>
        <translation>Registra información técnica muy detallada, sobre todo para el personal de soporte. Puede generar un gran volumen de datos de registro.</translation>
    </message>
    <message>
        <source>Job Processing Frequency</source>
        <translation>Frecuencia de procesamiento de tareas</translation>
    </message>
    <message>
        <source>How often the processors run. Standard publishes queued changes every 30 seconds; High every 5 seconds; Low every 5 minutes.</source>
        <translation>Con qué frecuencia se ejecutan los procesadores. Estándar publica los cambios en cola cada 30 segundos; Alta, cada 5 segundos; Baja, cada 5 minutos.</translation>
    </message>
    <message>
        <source>Purge Policy</source>
        <translation>Política de depuración</translation>
    </message>
    <message>
        <source>How long finished work and logs are kept before they are removed. Typical keeps delivered changes 30 days and logs 30 days. Pending or failed work is never purged.</source>
        <translation>Cuánto tiempo se conservan el trabajo terminado y los registros antes de eliminarlos. Típica conserva los cambios entregados 30 días y los registros 30 días. El trabajo pendiente o fallido nunca se depura.</translation>
    </message>
    <message>
        <source>Simultaneous Connections</source>
        <translation>Conexiones simultáneas</translation>
    </message>
    <message>
        <source>The most requests sent to the agency at the same time, for all processors and LEAs together (1 to 32). 5 is recommended; raise it only if the agency allows it.</source>
        <translation>El número máximo de solicitudes enviadas a la agencia al mismo tiempo, para todos los procesadores y LEA en conjunto (de 1 a 32). Se recomienda 5; auméntelo solo si la agencia lo permite.</translation>
    </message>
    <message>
        <source>Data Exchange Profile</source>
        <translation>Perfil de intercambio de datos</translation>
    </message>
    <message>
        <source>The agency endpoint to exchange data with. Most districts have one profile. The communication settings below belong to this profile.</source>
        <translation>El punto de conexión de la agencia con el que se intercambian datos. La mayoría de los distritos tiene un solo perfil. La configuración de comunicación que aparece a continuación pertenece a este perfil.</translation>
    </message>
    <message>
        <source>Data Exchange URL</source>
        <translation>URL de intercambio de datos</translation>
    </message>
    <message>
        <source>The base address of the agency&apos;s data API, for example https://api.state.example.gov/data/v3. It must start with https:// (http:// is accepted only for this computer, for testing).</source>
        <translation>La dirección base de la API de datos de la agencia, por ejemplo https://api.state.example.gov/data/v3. Debe empezar por https:// (http:// solo se acepta para este equipo, para pruebas).</translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation>URL de autenticación</translation>
    </message>
    <message>
        <source>The address where DEX Desk asks for an access token with each LEA&apos;s key and secret, for example https://api.state.example.gov/oauth/token.</source>
        <translation>La dirección en la que DEX Desk solicita un token de acceso con la clave y el secreto de cada LEA, por ejemplo https://api.state.example.gov/oauth/token.</translation>
    </message>
    <message>
        <source>School Years</source>
        <translation>Años escolares</translation>
    </message>
    <message>
        <source>The school years to exchange. At least one must be checked before the system can be turned On.</source>
        <translation>Los años escolares que se intercambian. Debe marcar al menos uno antes de poder poner el sistema en Activado.</translation>
    </message>
    <message>
        <source>Service Options</source>
        <translation>Opciones de servicio</translation>
    </message>
    <message>
        <source>The services to run for this profile. Only the services the profile supports can be selected.</source>
        <translation>Los servicios que se ejecutan para este perfil. Solo se pueden seleccionar los servicios que el perfil admite.</translation>
    </message>
    <message>
        <source>LEA Settings</source>
        <translation>Configuración de LEA</translation>
    </message>
    <message>
        <source>The local education agencies that exchange data through this profile, each with its own authentication key and secret.</source>
        <translation>Las agencias educativas locales (LEA) que intercambian datos mediante este perfil, cada una con su propia clave y su propio secreto de autenticación.</translation>
    </message>
    <message>
        <source>%1 must be on or off, not &quot;%2&quot;.</source>
        <translation>%1 debe ser activado o desactivado, no &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>%1 debe ser un número entero de %2 a %3, no &quot;%4&quot;.</translation>
    </message>
    <message>
        <source>%1 must be one of %2, not &quot;%3&quot;.</source>
        <translation>%1 debe ser uno de %2, no &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1 must be text.</source>
        <translation>%1 debe ser texto.</translation>
    </message>
    <message>
        <source>%1 cannot be changed.</source>
        <translation>%1 no se puede cambiar.</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>Aggressive</source>
        <translation>Agresiva</translation>
    </message>
    <message>
        <source>Typical</source>
        <translation>Típica</translation>
    </message>
    <message>
        <source>Seldom</source>
        <translation>Poco frecuente</translation>
    </message>
    <message>
        <source>Data Changes</source>
        <translation>Cambios de datos</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descarga</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Unique ID</source>
        <translation>ID único</translation>
    </message>
    <message>
        <source>Collect changes to local records and publish them to the agency automatically. Needs Publish to actually send them.</source>
        <translation>Recopila los cambios de los registros locales y los publica automáticamente en la agencia. Necesita Publicación para enviarlos realmente.</translation>
    </message>
    <message>
        <source>Fetch the agency&apos;s descriptors, LEAs and schools into the local database, so records can be checked before they are sent.</source>
        <translation>Descarga los descriptores, las LEA y las escuelas de la agencia en la base de datos local, para poder comprobar los registros antes de enviarlos.</translation>
    </message>
    <message>
        <source>Allow sending records to the agency. With Publish off, collected changes wait in the queue.</source>
        <translation>Permite enviar registros a la agencia. Con Publicación desactivada, los cambios recopilados esperan en la cola.</translation>
    </message>
    <message>
        <source>Ask the agency for state unique IDs for students and staff who do not have one yet.</source>
        <translation>Solicita a la agencia identificadores únicos estatales para los estudiantes y el personal que aún no tienen uno.</translation>
    </message>
</context>
<context>
    <name>SettingsStore</name>
    <message>
        <source>Cannot read the settings: %1</source>
        <translation>No se puede leer la configuración: %1</translation>
    </message>
    <message>
        <source>Cannot read the communication settings: %1</source>
        <translation>No se puede leer la configuración de comunicación: %1</translation>
    </message>
    <message>
        <source>Cannot read the LEA settings: %1</source>
        <translation>No se puede leer la configuración de las LEA: %1</translation>
    </message>
    <message>
        <source>Cannot start saving: %1. Another program may be writing to the database; try again.</source>
        <translation>No se puede empezar a guardar: %1. Es posible que otro programa esté escribiendo en la base de datos; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The settings could not be written to the database (%1). Nothing was saved.</source>
        <translation>No se pudo escribir la configuración en la base de datos (%1). No se guardó nada.</translation>
    </message>
    <message>
        <source>The settings could not be committed to the database (%1). Nothing was saved.</source>
        <translation>No se pudo confirmar la configuración en la base de datos (%1). No se guardó nada.</translation>
    </message>
</context>
<context>
    <name>SettingsTransfer</name>
    <message>
        <source>DEX Desk settings (*.json);;All files (*)</source>
        <translation>Configuración de DEX Desk (*.json);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more change(s).</source>
        <translation>
            <numerusform>… y %n cambio más.</numerusform>
            <numerusform>… y %n cambios más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Settings</source>
        <translation>Exportar configuración</translation>
    </message>
    <message>
        <source>The settings were not exported.</source>
        <translation>No se exportó la configuración.</translation>
    </message>
    <message>
        <source>The settings were exported to %1. LEA secrets are not included; enter them again after an import.</source>
        <translation>La configuración se exportó a %1. Los secretos de las LEA no se incluyen; vuelva a introducirlos después de importarla.</translation>
    </message>
    <message>
        <source>Import Settings</source>
        <translation>Importar configuración</translation>
    </message>
    <message>
        <source>Nothing was imported: the file %1 cannot be used.</source>
        <translation>No se importó nada: el archivo %1 no se puede usar.</translation>
    </message>
    <message>
        <source>The file holds the same settings as the saved ones; there is nothing to change.</source>
        <translation>El archivo contiene la misma configuración que la guardada; no hay nada que cambiar.</translation>
    </message>
    <message>
        <source>The file holds the same settings as the saved ones.</source>
        <translation>El archivo contiene la misma configuración que la guardada.</translation>
    </message>
    <message>
        <source>These saved settings will change:</source>
        <translation>Cambiará esta configuración guardada:</translation>
    </message>
    <message>
        <source>Your unsaved changes on the form will be dropped.</source>
        <translation>Se descartarán los cambios no guardados del formulario.</translation>
    </message>
    <message>
        <source>Apply the settings from %1 and save them?</source>
        <translation>¿Desea aplicar la configuración de %1 y guardarla?</translation>
    </message>
    <message>
        <source>Import Profile</source>
        <translation>Importar perfil</translation>
    </message>
    <message>
        <source>Data exchange profiles (*.json);;All files (*)</source>
        <translation>Perfiles de intercambio de datos (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The profile was not imported.</source>
        <translation>No se importó el perfil.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; was imported. Choose it under Data Exchange Profile to use it.</source>
        <translation>Se importó el perfil &quot;%1&quot;. Para usarlo, elíjalo en Perfil de intercambio de datos.</translation>
    </message>
</context>
<context>
    <name>SettingsValidator</name>
    <message>
        <source>Enter the address, starting with https://.</source>
        <translation>Introduzca la dirección, que debe empezar por https://.</translation>
    </message>
    <message>
        <source>The address must not contain spaces.</source>
        <translation>La dirección no debe contener espacios.</translation>
    </message>
    <message>
        <source>This is not a valid address: %1.</source>
        <translation>Esta no es una dirección válida: %1.</translation>
    </message>
    <message>
        <source>Enter a complete address such as https://api.example.org/data/v3.</source>
        <translation>Introduzca una dirección completa, como https://api.example.org/data/v3.</translation>
    </message>
    <message>
        <source>The address must start with https:// (not %1://).</source>
        <translation>La dirección debe empezar por https:// (no por %1://).</translation>
    </message>
    <message>
        <source>Remove the user name and password from the address; credentials belong in the LEA settings.</source>
        <translation>Quite el nombre de usuario y la contraseña de la dirección; las credenciales van en la configuración de la LEA.</translation>
    </message>
    <message>
        <source>Remove the part after &apos;#&apos; from the address.</source>
        <translation>Quite de la dirección la parte que sigue a &apos;#&apos;.</translation>
    </message>
    <message>
        <source>Use https:// for an agency endpoint. Unencrypted http:// is accepted only for this computer (localhost), for testing.</source>
        <translation>Use https:// para el punto de conexión de una agencia. El protocolo http:// sin cifrar solo se acepta para este equipo (localhost), para pruebas.</translation>
    </message>
    <message>
        <source>Unencrypted connection: acceptable for a local simulator on this computer, never for a real agency.</source>
        <translation>Conexión sin cifrar: aceptable para un simulador local en este equipo, nunca para una agencia real.</translation>
    </message>
    <message>
        <source>Enter the LEA identifier (the agency&apos;s number for the LEA).</source>
        <translation>Introduzca el identificador de la LEA (el número que la agencia asigna a la LEA).</translation>
    </message>
    <message>
        <source>The LEA identifier &quot;%1&quot; must be a number of up to 10 digits.</source>
        <translation>El identificador de LEA &quot;%1&quot; debe ser un número de hasta 10 dígitos.</translation>
    </message>
    <message>
        <source>Simultaneous Connections must be from %1 to %2.</source>
        <translation>Conexiones simultáneas debe estar entre %1 y %2.</translation>
    </message>
    <message>
        <source>No data exchange profile is installed. Import the profile file your state provides.</source>
        <translation>No hay ningún perfil de intercambio de datos instalado. Importe el archivo de perfil que proporciona su estado.</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; is not installed. Choose another profile or import its file.</source>
        <translation>El perfil &quot;%1&quot; no está instalado. Elija otro perfil o importe su archivo.</translation>
    </message>
    <message>
        <source>The profile does not offer the school year %1.</source>
        <translation>El perfil no ofrece el año escolar %1.</translation>
    </message>
    <message>
        <source>Check at least one school year before turning the system On.</source>
        <translation>Marque al menos un año escolar antes de poner el sistema en Activado.</translation>
    </message>
    <message>
        <source>The profile does not support the %1 service.</source>
        <translation>El perfil no admite el servicio %1.</translation>
    </message>
    <message>
        <source>The LEA %1 is listed twice.</source>
        <translation>La LEA %1 aparece dos veces.</translation>
    </message>
    <message>
        <source>The name of LEA %1 is longer than 75 characters.</source>
        <translation>El nombre de la LEA %1 tiene más de 75 caracteres.</translation>
    </message>
    <message>
        <source>LEA %1 is enabled but has no authentication key.</source>
        <translation>La LEA %1 está habilitada, pero no tiene clave de autenticación.</translation>
    </message>
    <message>
        <source>No LEA is enabled, so nothing will be exchanged.</source>
        <translation>No hay ninguna LEA habilitada, por lo que no se intercambiará nada.</translation>
    </message>
    <message>
        <source>Settings refer to the profile &quot;%1&quot;, which is not installed.</source>
        <translation>La configuración hace referencia al perfil &quot;%1&quot;, que no está instalado.</translation>
    </message>
    <message>
        <source>Data Exchange URL</source>
        <translation>URL de intercambio de datos</translation>
    </message>
    <message>
        <source>Authentication URL</source>
        <translation>URL de autenticación</translation>
    </message>
</context>
<context>
    <name>TestConnectionCommand</name>
    <message>
        <source>the report could not be kept for &quot;dexdesk-cli diagnostics&quot; in %1.</source>
        <translation>no se pudo conservar el informe para &quot;dexdesk-cli diagnostics&quot; en %1.</translation>
    </message>
    <message>
        <source>dexdesk-cli [--database PATH] test-connection [--profile ID] [--lea ID] [--json]</source>
        <translation>dexdesk-cli [--database PATH] test-connection [--profile ID] [--lea ID] [--json]</translation>
    </message>
    <message>
        <source>test-connection [--profile ID] [--lea ID] [--json]
    Checks the agency endpoint of the selected (or given) profile with the saved settings, step
    by step for each enabled LEA (or only --lea ID): URLs, host name, TCP and TLS, token,
    discovery document, a read for each checked school year, and the clock. Ends with a
    verdict and the likely fix. Exit status 0 when every step passes, 1 otherwise.
</source>
        <translation>test-connection [--profile ID] [--lea ID] [--json]
    Comprueba el punto de conexión de la agencia del perfil seleccionado (o del indicado) con la configuración guardada, paso
    a paso para cada LEA habilitada (o solo para --lea ID): URL, nombre de host, TCP y TLS, token,
    documento de descubrimiento, una lectura para cada año escolar marcado y el reloj. Termina con un
    veredicto y la solución probable. Código de salida 0 si todos los pasos se superan; 1 en caso contrario.
</translation>
    </message>
    <message>
        <source>Testing &quot;%1&quot;…</source>
        <translation>Probando &quot;%1&quot;…</translation>
    </message>
</context>
<context>
    <name>TokenLifetime</name>
    <message>
        <source>lifetime not stated by the server</source>
        <translation>el servidor no indicó la vigencia</translation>
    </message>
    <message>
        <source>lifetime unreadable (expires_in is not a positive number)</source>
        <translation>vigencia ilegible (expires_in no es un número positivo)</translation>
    </message>
    <message>
        <source>lifetime %1 s, given as an absolute expiry time</source>
        <translation>vigencia de %1 s, indicada como hora de vencimiento absoluta</translation>
    </message>
    <message>
        <source>lifetime unknown: the absolute expiry time given has already passed (check the clock)</source>
        <translation>vigencia desconocida: la hora de vencimiento absoluta indicada ya pasó (revise el reloj)</translation>
    </message>
    <message>
        <source>lifetime %1 s</source>
        <translation>vigencia de %1 s</translation>
    </message>
</context>
<context>
    <name>TokenResult</name>
    <message>
        <source>Key or secret rejected: the agency did not accept this LEA&apos;s authentication key and secret. Check both in the LEA settings (a secret is easy to mistype; paste it again).</source>
        <translation>Clave o secreto rechazados: la agencia no aceptó la clave y el secreto de autenticación de esta LEA. Revise ambos en la configuración de la LEA (es fácil escribir mal un secreto; vuelva a pegarlo).</translation>
    </message>
    <message>
        <source>The Authentication URL was not found (404). Check the URL&apos;s path.</source>
        <translation>No se encontró la URL de autenticación (404). Revise la ruta de la URL.</translation>
    </message>
    <message>
        <source>The token answer was not understood (no access_token). Check that the Authentication URL points at the agency&apos;s token endpoint.</source>
        <translation>No se entendió la respuesta del token (no contiene access_token). Compruebe que la URL de autenticación apunte al punto de conexión de tokens de la agencia.</translation>
    </message>
    <message>
        <source>The token request failed with HTTP %1: %2</source>
        <translation>La solicitud del token falló con HTTP %1: %2</translation>
    </message>
</context>
<context>
    <name>UniqueIdCommand</name>
    <message>
        <source>dexdesk-cli [--database PATH] unique-id [--json] | --review [--json] | --choose PERSON ID | --new PERSON</source>
        <translation>dexdesk-cli [--database PATH] unique-id [--json] | --review [--json] | --choose PERSON ID | --new PERSON</translation>
    </message>
    <message>
        <source>Cannot read the review list: %1</source>
        <translation>No se puede leer la lista de revisión: %1</translation>
    </message>
    <message>
        <source>Nobody is waiting for review.</source>
        <translation>No hay nadie pendiente de revisión.</translation>
    </message>
    <message>
        <source>%1  %2, born %3</source>
        <translation>%1  %2, nacimiento: %3</translation>
    </message>
    <message>
        <source>    problem: %1</source>
        <translation>    problema: %1</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>    %1  %2, born %3 (score %4)</source>
        <translation>    %1  %2, nacimiento: %3 (puntuación %4)</translation>
    </message>
    <message>
        <source>Use one with --choose PERSON ID, or ask for a new ID with --new PERSON.</source>
        <translation>Use uno con --choose PERSON ID o solicite un ID nuevo con --new PERSON.</translation>
    </message>
    <message>
        <source>The Unique ID service is off in profile &quot;%1&quot; (or the profile has none). Turn it on in General Setup and save.</source>
        <translation>El servicio de ID único está desactivado en el perfil &quot;%1&quot; (o el perfil no lo tiene). Actívelo en Configuración general y guarde.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; names no Unique ID service address.</source>
        <translation>El perfil &quot;%1&quot; no indica ninguna dirección del servicio de ID único.</translation>
    </message>
    <message>
        <source>The engine (%1) runs on this database and asks the Unique ID service on its own schedule. Stop it first, or let it do the work.</source>
        <translation>El motor (%1) se ejecuta en esta base de datos y consulta el servicio de ID único según su propia programación. Deténgalo primero o deje que haga el trabajo.</translation>
    </message>
    <message>
        <source>%1 matched, %2 new IDs, %3 to review, %4 still pending at the agency, %5 to retry, %6 refused.</source>
        <translation>%1 con coincidencia, %2 ID nuevos, %3 para revisar, %4 aún pendientes en la agencia, %5 para reintentar, %6 rechazados.</translation>
    </message>
    <message>
        <source>See who waits for review with &quot;dexdesk-cli unique-id --review&quot;.</source>
        <translation>Vea quién está pendiente de revisión con &quot;dexdesk-cli unique-id --review&quot;.</translation>
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
    Consulta una vez al servicio de ID único de la agencia por cada persona sin ID único estatal
    (la primera LEA habilitada del perfil seleccionado): una única coincidencia fiable o un ID nuevo
    se escribe de vuelta; si hay varios candidatos, quedan pendientes de revisión. Necesita el
    servicio de ID único activado.
unique-id --review [--json]
    Muestra las personas pendientes de revisión con sus candidatos.
unique-id --choose PERSON ID | --new PERSON
    Usa el ID del candidato para PERSON (se escribe de inmediato) o solicita un ID nuevo para
    PERSON (se solicita de inmediato o, si el motor está en ejecución, en su próxima ejecución de
    ID único). PERSON es students/YEAR/ID o staffs/YEAR/ID con el ID del distrito, como lo
    muestra --review.
</translation>
    </message>
    <message>
        <source>unique-id: give at most one of --review, --choose and --new</source>
        <translation>unique-id: indique como máximo una de las opciones --review, --choose y --new</translation>
    </message>
    <message>
        <source>%1 now has the state ID %2; it is published with the next changes.</source>
        <translation>%1 tiene ahora el ID estatal %2; se publica con los próximos cambios.</translation>
    </message>
    <message>
        <source>A new ID for %1 is asked for on the engine&apos;s next Unique ID run.</source>
        <translation>Se solicitará un ID nuevo para %1 en la próxima ejecución de ID único del motor.</translation>
    </message>
</context>
<context>
    <name>UniqueIdRequests</name>
    <message>
        <source>&quot;%1&quot; does not name a person: write it as students/YEAR/ID or staffs/YEAR/ID, with the district&apos;s ID.</source>
        <translation>&quot;%1&quot; no identifica a ninguna persona: escríbalo como students/YEAR/ID o staffs/YEAR/ID, con el ID del distrito.</translation>
    </message>
    <message>
        <source>%1 has no unique-ID request: there is no such person, or it has not been asked about yet.</source>
        <translation>%1 no tiene ninguna solicitud de ID único: esa persona no existe o todavía no se ha consultado.</translation>
    </message>
    <message>
        <source>No state unique ID to write back for %1.</source>
        <translation>No hay ningún ID único estatal que escribir de vuelta para %1.</translation>
    </message>
    <message>
        <source>%1 is no longer in the database, so its state ID was not written.</source>
        <translation>%1 ya no está en la base de datos, por lo que no se escribió su ID estatal.</translation>
    </message>
    <message>
        <source>%1 already has a state ID (%2), so it was left as it is.</source>
        <translation>%1 ya tiene un ID estatal (%2), por lo que se dejó como estaba.</translation>
    </message>
    <message>
        <source>The state ID %1 already belongs to another person of school year %2 in this database: the two may be the same person. Check both records before using this ID for %3.</source>
        <translation>El ID estatal %1 ya pertenece a otra persona del año escolar %2 en esta base de datos: puede que ambas sean la misma persona. Revise los dos registros antes de usar este ID para %3.</translation>
    </message>
    <message>
        <source>The associations of %1 could not take the state ID %2: %3</source>
        <translation>No se pudo asignar el ID estatal %2 a las asociaciones de %1: %3</translation>
    </message>
</context>
<context>
    <name>UniqueIdReview</name>
    <message>
        <source>%1 is not waiting for review any more (it is %2). Refresh the list.</source>
        <translation>%1 ya no está pendiente de revisión (su estado es %2). Actualice la lista.</translation>
    </message>
    <message>
        <source>%1 is not one of the candidates the identity service offered for %2.</source>
        <translation>%1 no es uno de los candidatos que el servicio de identidad ofreció para %2.</translation>
    </message>
</context>
<context>
    <name>dexdesk::AuditTrailPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Historial de auditoría</translation>
    </message>
    <message>
        <source>Saved settings changes</source>
        <translation>Cambios de configuración guardados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Change (old → new)</source>
        <translation>Cambio (anterior → nuevo)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificado</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>(general)</source>
        <translation>(general)</translation>
    </message>
    <message>
        <source>No settings changes have been saved yet.</source>
        <translation>Todavía no se ha guardado ningún cambio de configuración.</translation>
    </message>
    <message numerus="yes">
        <source>%n saved change(s), newest first.</source>
        <translation>
            <numerusform>%n cambio guardado, del más reciente al más antiguo.</numerusform>
            <numerusform>%n cambios guardados, del más reciente al más antiguo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dexdesk::CommunicationSettingsBox</name>
    <message>
        <source>Communication Settings</source>
        <translation>Configuración de comunicación</translation>
    </message>
    <message>
        <source>Configure…</source>
        <translation>Configurar…</translation>
    </message>
    <message>
        <source>Configure LEAs</source>
        <translation>Configurar las LEA</translation>
    </message>
    <message>
        <source>Opens the list of LEAs, where you add, edit or remove them.</source>
        <translation>Abre la lista de LEA, donde puede agregarlas, editarlas o eliminarlas.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Important:&lt;/b&gt; all communication settings below, including the LEA settings, belong to the profile &lt;b&gt;%1&lt;/b&gt;. Check that this is the right profile before you change them.</source>
        <translation>&lt;b&gt;Importante:&lt;/b&gt; toda la configuración de comunicación que aparece a continuación, incluida la configuración de las LEA, pertenece al perfil &lt;b&gt;%1&lt;/b&gt;. Compruebe que este sea el perfil correcto antes de modificarla.</translation>
    </message>
    <message>
        <source>School year %1</source>
        <translation>Año escolar %1</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; does not support the %2 service, so it cannot be selected.</source>
        <translation>El perfil &quot;%1&quot; no admite el servicio %2, por lo que no se puede seleccionar.</translation>
    </message>
    <message>
        <source>Not supported by this profile</source>
        <translation>No compatible con este perfil</translation>
    </message>
</context>
<context>
    <name>dexdesk::ConnectionTestRunner</name>
    <message>
        <source>Token request</source>
        <translation>Solicitud de token</translation>
    </message>
    <message>
        <source>No LEA is enabled, so there is no key to test. Add or enable an LEA in LEA Settings.</source>
        <translation>No hay ninguna LEA habilitada, por lo que no hay ninguna clave que probar. Agregue o habilite una LEA en Configuración de LEA.</translation>
    </message>
    <message>
        <source>Read data</source>
        <translation>Lectura de datos</translation>
    </message>
    <message>
        <source>No school year is checked. Check at least one school year.</source>
        <translation>No hay ningún año escolar marcado. Marque al menos un año escolar.</translation>
    </message>
    <message>
        <source>Test cancelled; nothing was changed.</source>
        <translation>Prueba cancelada; no se modificó nada.</translation>
    </message>
    <message>
        <source>%1 failed. %2</source>
        <translation>%1: falló. %2</translation>
    </message>
    <message>
        <source>%1 failed for LEA %2. %3</source>
        <translation>%1: falló para la LEA %2. %3</translation>
    </message>
    <message>
        <source>The connection works: the endpoint answered, every enabled LEA received a token and could read data for the checked school years.</source>
        <translation>La conexión funciona: el punto de conexión respondió, y cada LEA habilitada recibió un token y pudo leer datos de los años escolares marcados.</translation>
    </message>
    <message>
        <source>Look at the %1 warning(s) above.</source>
        <translation>Revise las advertencias anteriores (%1).</translation>
    </message>
    <message>
        <source>URLs well formed</source>
        <translation>URL bien formadas</translation>
    </message>
    <message>
        <source>Both URLs are complete https addresses.</source>
        <translation>Ambas URL son direcciones https completas.</translation>
    </message>
    <message>
        <source>Host name resolves</source>
        <translation>El nombre de host se resuelve</translation>
    </message>
    <message>
        <source>Unknown host &quot;%1&quot;: the name could not be found (%2). Check the spelling of the URL and that this computer can reach the agency&apos;s network (DNS, VPN, proxy).</source>
        <translation>Host desconocido &quot;%1&quot;: no se encontró el nombre (%2). Revise la ortografía de la URL y que este equipo pueda acceder a la red de la agencia (DNS, VPN, proxy).</translation>
    </message>
    <message>
        <source>TCP and TLS</source>
        <translation>TCP y TLS</translation>
    </message>
    <message>
        <source>%1: TLS is valid; the certificate expires in %2 day(s).</source>
        <translation>%1: TLS es válido; el certificado vence en %2 día(s).</translation>
    </message>
    <message>
        <source>Ask the agency to renew it soon.</source>
        <translation>Pida a la agencia que lo renueve pronto.</translation>
    </message>
    <message>
        <source>%1: connected (unencrypted; acceptable only on this computer).</source>
        <translation>%1: conectado (sin cifrar; aceptable solo en este equipo).</translation>
    </message>
    <message>
        <source>No secret is stored for this LEA. Enter it in the LEA settings.</source>
        <translation>No hay ningún secreto guardado para esta LEA. Introdúzcalo en la configuración de la LEA.</translation>
    </message>
    <message>
        <source>Token granted in %1 ms (%2).</source>
        <translation>Token concedido en %1 ms (%2).</translation>
    </message>
    <message>
        <source>This profile names no discovery document.</source>
        <translation>Este perfil no indica ningún documento de descubrimiento.</translation>
    </message>
    <message>
        <source>The Data Exchange URL does not end the way the profile&apos;s does, so the API root (and its discovery document) cannot be derived from it.</source>
        <translation>La URL de intercambio de datos no termina igual que la del perfil, por lo que no se puede derivar de ella la raíz de la API (ni su documento de descubrimiento).</translation>
    </message>
    <message>
        <source>API discovery document</source>
        <translation>Documento de descubrimiento de la API</translation>
    </message>
    <message>
        <source>the discovery document</source>
        <translation>el documento de descubrimiento</translation>
    </message>
    <message>
        <source>not stated</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>Read data for %1</source>
        <translation>Lectura de datos de %1</translation>
    </message>
    <message>
        <source>Skipped: this LEA has no token.</source>
        <translation>Omitido: esta LEA no tiene token.</translation>
    </message>
    <message>
        <source>Read %1 in %2 ms.</source>
        <translation>Se leyó %1 en %2 ms.</translation>
    </message>
    <message>
        <source>Key lacks access to this resource or year (403): the agency has not granted this LEA&apos;s key access to %1 for %2. Ask the agency to grant it, or uncheck that school year.</source>
        <translation>La clave no tiene acceso a este recurso o año (403): la agencia no ha concedido a la clave de esta LEA acceso a %1 para %2. Pida a la agencia que lo conceda o desmarque ese año escolar.</translation>
    </message>
    <message>
        <source>URL path wrong (404): %1 does not exist on the server. Check the path part of the URL.</source>
        <translation>Ruta de URL incorrecta (404): %1 no existe en el servidor. Revise la parte de la ruta de la URL.</translation>
    </message>
    <message>
        <source>The server refused the token (401) for %1. Check the LEA&apos;s key and secret.</source>
        <translation>El servidor rechazó el token (401) para %1. Revise la clave y el secreto de la LEA.</translation>
    </message>
    <message>
        <source>Non-JSON reply for %1: the URL probably points at a web page rather than the API. Check the URL.</source>
        <translation>Respuesta que no es JSON para %1: probablemente la URL apunta a una página web y no a la API. Revise la URL.</translation>
    </message>
    <message>
        <source>HTTP %1 for %2: %3</source>
        <translation>HTTP %1 para %2: %3</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>The server sent no Date header to compare with.</source>
        <translation>El servidor no envió ningún encabezado Date con el que comparar.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is %1 s off the server&apos;s. Tokens and certificates may fail; set the clock (enable automatic time).</source>
        <translation>El reloj de este equipo tiene una diferencia de %1 s con el del servidor. Los tokens y los certificados pueden fallar; ajuste el reloj (active la hora automática).</translation>
    </message>
    <message>
        <source>Within %1 s of the server&apos;s clock.</source>
        <translation>Dentro de %1 s respecto del reloj del servidor.</translation>
    </message>
    <message>
        <source>API version %1; data model %2; identity service: %3;</source>
        <translation>Versión de la API: %1; modelo de datos: %2; servicio de identidad: %3;</translation>
    </message>
    <message>
        <source>offered</source>
        <translation>ofrecido</translation>
    </message>
    <message>
        <source>not offered</source>
        <translation>no ofrecido</translation>
    </message>
    <message>
        <source>The server speaks Data Standard %1, but the profile is written for Data Standard %2: records may be refused or read incompletely. Choose a profile for the server&apos;s data standard, or give the renamed properties in the profile&apos;s &quot;propertyNames&quot;.</source>
        <translation>El servidor usa Data Standard %1, pero el perfil está escrito para Data Standard %2: es posible que se rechacen registros o que se lean de forma incompleta. Elija un perfil para el estándar de datos del servidor o indique las propiedades renombradas en &quot;propertyNames&quot; del perfil.</translation>
    </message>
    <message>
        <source>Change queries are asked under the API root: %1.</source>
        <translation>Las consultas de cambios se solicitan bajo la raíz de la API: %1.</translation>
    </message>
    <message>
        <source>no newestChangeVersion in the answer</source>
        <translation>no hay newestChangeVersion en la respuesta</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>change queries: offered and working — Download fetches only what changed.</source>
        <translation>consultas de cambios: ofrecidas y en funcionamiento — la Descarga obtiene solo lo que cambió.</translation>
    </message>
    <message>
        <source>change queries: offered but not working (%1) — Download will fetch everything each time.</source>
        <translation>consultas de cambios: ofrecidas pero no funcionan (%1) — la Descarga obtendrá todo cada vez.</translation>
    </message>
</context>
<context>
    <name>dexdesk::DemoSession</name>
    <message>
        <source>Demo: the agency is a simulator inside this program and the records are generated samples in a throwaway database, removed when you quit. Press Test Connection, turn the system On and Save, then watch the records flow in the Exchange Monitor.</source>
        <translation>Demostración: la agencia es un simulador dentro de este programa y los registros son ejemplos generados en una base de datos desechable, que se elimina al salir. Pulse Probar conexión, ponga el sistema en Activado y pulse Guardar; después, observe cómo fluyen los registros en el Monitor de intercambio.</translation>
    </message>
    <message>
        <source>Demo with throwaway data[*]</source>
        <translation>Demostración con datos desechables[*]</translation>
    </message>
    <message>
        <source>No temporary folder could be created for the demo (%1).</source>
        <translation>No se pudo crear una carpeta temporal para la demostración (%1).</translation>
    </message>
    <message>
        <source>The training profile &quot;%1&quot; is not installed, so the demo cannot run.</source>
        <translation>El perfil de formación &quot;%1&quot; no está instalado, por lo que no se puede ejecutar la demostración.</translation>
    </message>
    <message>
        <source>The demo&apos;s agency simulator could not start: %1</source>
        <translation>No se pudo iniciar el simulador de agencia de la demostración: %1</translation>
    </message>
    <message>
        <source>The demo settings could not be saved: %1</source>
        <translation>No se pudo guardar la configuración de la demostración: %1</translation>
    </message>
    <message>
        <source>no answer in time</source>
        <translation>sin respuesta a tiempo</translation>
    </message>
</context>
<context>
    <name>dexdesk::Downloader</name>
    <message>
        <source>all years</source>
        <translation>todos los años</translation>
    </message>
    <message>
        <source>the agency answered HTTP %1: %2</source>
        <translation>la agencia respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The database could not be written: %1</source>
        <translation>No se pudo escribir en la base de datos: %1</translation>
    </message>
    <message>
        <source>Stopped before the end.</source>
        <translation>Detenido antes de terminar.</translation>
    </message>
    <message>
        <source>The agency rejected the key or secret of LEA %1: %2</source>
        <translation>La agencia rechazó la clave o el secreto de la LEA %1: %2</translation>
    </message>
    <message>
        <source>%1: the database could not be read: %2</source>
        <translation>%1: no se pudo leer la base de datos: %2</translation>
    </message>
    <message>
        <source>offset %1</source>
        <translation>desplazamiento %1</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message numerus="yes">
        <source>%1, %2: %3 (gave up after %n attempts)</source>
        <translation>
            <numerusform>%1, %2: %3 (se abandonó tras %n intento)</numerusform>
            <numerusform>%1, %2: %3 (se abandonó tras %n intentos)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, page at offset %2</source>
        <translation>%1, página en el desplazamiento %2</translation>
    </message>
    <message>
        <source>%1: the agency&apos;s answer is not a JSON list (%2), so nothing of it was applied.</source>
        <translation>%1: la respuesta de la agencia no es una lista JSON (%2), por lo que no se aplicó nada de ella.</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>no es un objeto JSON</translation>
    </message>
    <message>
        <source>%1: record %2 of the page is malformed (%3), so nothing of %4 was applied.</source>
        <translation>%1: el registro %2 de la página está mal formado (%3), por lo que no se aplicó nada de %4.</translation>
    </message>
    <message>
        <source>%1: the database could not be written: %2</source>
        <translation>%1: no se pudo escribir en la base de datos: %2</translation>
    </message>
    <message>
        <source>%1: the downloaded records could not be saved: %2</source>
        <translation>%1: no se pudieron guardar los registros descargados: %2</translation>
    </message>
    <message>
        <source>the profile names no API root</source>
        <translation>el perfil no indica ninguna raíz de la API</translation>
    </message>
    <message>
        <source>The profile names no API root, so there are no change queries: every resource is downloaded in full.</source>
        <translation>El perfil no indica ninguna raíz de la API, por lo que no hay consultas de cambios: cada recurso se descarga completo.</translation>
    </message>
    <message>
        <source>The server does not offer change queries: every resource is downloaded in full and deletes are found by comparing keys.</source>
        <translation>El servidor no ofrece consultas de cambios: cada recurso se descarga completo y las eliminaciones se detectan comparando claves.</translation>
    </message>
    <message>
        <source>API %1, data model %2</source>
        <translation>API %1, modelo de datos %2</translation>
    </message>
    <message>
        <source>(no version)</source>
        <translation>(sin versión)</translation>
    </message>
    <message>
        <source>not read (%1)</source>
        <translation>no leído (%1)</translation>
    </message>
    <message>
        <source>not tried: the agency kept failing (%1)</source>
        <translation>no se intentó: la agencia seguía fallando (%1)</translation>
    </message>
    <message>
        <source>The download stopped because the agency kept failing (%1). Not downloaded: %2. Try again later; nothing of these changed locally.</source>
        <translation>La descarga se detuvo porque la agencia seguía fallando (%1). No se descargó: %2. Vuelva a intentarlo más tarde; nada de esto cambió localmente.</translation>
    </message>
    <message>
        <source>Change queries are asked under the API root: %1.</source>
        <translation>Las consultas de cambios se solicitan bajo la raíz de la API: %1.</translation>
    </message>
    <message>
        <source>the answer has no newestChangeVersion</source>
        <translation>la respuesta no tiene newestChangeVersion</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>Change queries did not work (%1 for %2): every resource is downloaded in full in this run, deletes found by comparing keys.</source>
        <translation>Las consultas de cambios no funcionaron (%1 para %2): en esta ejecución cada recurso se descarga completo y las eliminaciones se detectan comparando claves.</translation>
    </message>
    <message>
        <source>%1: the agency listed %2 of the %3 changes it announced, so nothing of it was applied.</source>
        <translation>%1: la agencia enumeró %2 de los %3 cambios que anunció, por lo que no se aplicó nada.</translation>
    </message>
    <message>
        <source>the server ignores offset paging (%1), so nothing of %2 was applied.</source>
        <translation>el servidor ignora la paginación por desplazamiento (%1), por lo que no se aplicó nada de %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n records for a limit of %1</source>
        <translation>
            <numerusform>%n registro para un límite de %1</numerusform>
            <numerusform>%n registros para un límite de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the page repeats an earlier page</source>
        <translation>la página repite una página anterior</translation>
    </message>
    <message>
        <source>more than %1 records listed</source>
        <translation>se enumeraron más de %1 registros</translation>
    </message>
    <message>
        <source>The server speaks Data Standard %1 and the profile is written for %2: a renamed property can be given in the profile&apos;s &quot;propertyNames&quot; (docs/compatibility.md).</source>
        <translation>El servidor usa Data Standard %1 y el perfil está escrito para %2: una propiedad renombrada se puede indicar en &quot;propertyNames&quot; del perfil (docs/compatibility.md).</translation>
    </message>
    <message>
        <source>%1: the agency listed %2 of the %3 records it announced, so no local record was deleted in this run.</source>
        <translation>%1: la agencia enumeró %2 de los %3 registros que anunció, por lo que en esta ejecución no se eliminó ningún registro local.</translation>
    </message>
</context>
<context>
    <name>dexdesk::Engine</name>
    <message>
        <source>LEA %1: the agency rejected the key or secret, so its records wait. Check the key and secret in General Setup, save, and the LEA resumes. (%2)</source>
        <translation>LEA %1: la agencia rechazó la clave o el secreto, por lo que sus registros esperan. Revise la clave y el secreto en Configuración general y guarde; la LEA se reanudará. (%2)</translation>
    </message>
    <message>
        <source>LEA %1 cannot send: %2</source>
        <translation>La LEA %1 no puede enviar: %2</translation>
    </message>
    <message>
        <source>Download is off in this profile&apos;s service options.</source>
        <translation>El servicio Descarga está desactivado en las opciones de servicio de este perfil.</translation>
    </message>
    <message>
        <source>Nothing can be downloaded: no enabled LEA has a key and secret the agency accepts.</source>
        <translation>No se puede descargar nada: ninguna LEA habilitada tiene una clave y un secreto que la agencia acepte.</translation>
    </message>
    <message>
        <source>The download did not finish: %1</source>
        <translation>La descarga no terminó: %1</translation>
    </message>
    <message>
        <source>Unique ID is off in this profile&apos;s service options.</source>
        <translation>El servicio de ID único está desactivado en las opciones de servicio de este perfil.</translation>
    </message>
    <message>
        <source>Unique IDs cannot be requested: no enabled LEA has a key and secret the agency accepts, or the profile names no unique-ID service.</source>
        <translation>No se pueden solicitar ID únicos: ninguna LEA habilitada tiene una clave y un secreto que la agencia acepte, o el perfil no indica ningún servicio de ID único.</translation>
    </message>
    <message>
        <source>Requesting unique IDs failed: %1</source>
        <translation>No se pudieron solicitar los ID únicos: %1</translation>
    </message>
    <message>
        <source>Publish is off in this profile&apos;s service options, so nothing is sent.</source>
        <translation>El servicio Publicación está desactivado en las opciones de servicio de este perfil, por lo que no se envía nada.</translation>
    </message>
    <message>
        <source>%1 waiting on a record that was not sent in this run</source>
        <translation>%1 en espera de un registro que no se envió en esta ejecución</translation>
    </message>
    <message>
        <source>%1 not yet sent</source>
        <translation>%1 todavía sin enviar</translation>
    </message>
    <message>
        <source>%1 to retry later (the agency failed or asked to wait)</source>
        <translation>%1 para reintentar más tarde (la agencia falló o pidió esperar)</translation>
    </message>
    <message>
        <source>%1 stuck after repeated failures (still retried by the engine)</source>
        <translation>%1 bloqueados tras fallos repetidos (el motor los sigue reintentando)</translation>
    </message>
    <message>
        <source>%1 rejected by the agency (see Errors)</source>
        <translation>%1 rechazados por la agencia (consulte Errores)</translation>
    </message>
    <message>
        <source>%1 held: a value or record the agency lacks (see Errors)</source>
        <translation>%1 retenidos: un valor o un registro que la agencia no tiene (consulte Errores)</translation>
    </message>
    <message>
        <source>%1 waiting for a state unique ID</source>
        <translation>%1 en espera de un ID único estatal</translation>
    </message>
    <message>
        <source>Left: %1.</source>
        <translation>Pendientes: %1.</translation>
    </message>
    <message>
        <source>The database could not be read or written: %1. Nothing more is sent until it can be written again (check the free disk space and that the database file is writable); what was already sent is recorded then.</source>
        <translation>No se pudo leer ni escribir la base de datos: %1. No se envía nada más hasta que se pueda volver a escribir (compruebe el espacio libre en disco y que el archivo de la base de datos admite escritura); lo ya enviado se registra entonces.</translation>
    </message>
    <message>
        <source>This engine could not join the engine instances of the database: %1 Check that the database is reachable and writable, then start the engine again.</source>
        <translation>Este motor no pudo unirse a las instancias de motor de la base de datos: %1 Compruebe que la base de datos es accesible y admite escritura, y vuelva a iniciar el motor.</translation>
    </message>
    <message>
        <source>This engine instance cannot reach the database to renew its leases, so it stopped sending; it resumes by itself when the database answers again.</source>
        <translation>Esta instancia del motor no puede acceder a la base de datos para renovar sus concesiones, así que dejó de enviar; se reanuda sola cuando la base de datos vuelva a responder.</translation>
    </message>
</context>
<context>
    <name>dexdesk::EngineController</name>
    <message>
        <source>an unknown process</source>
        <translation>un proceso desconocido</translation>
    </message>
    <message>
        <source>process %1 on %2</source>
        <translation>proceso %1 en %2</translation>
    </message>
    <message>
        <source>The engine is already running.</source>
        <translation>El motor ya está en ejecución.</translation>
    </message>
    <message>
        <source>Another DEX Desk engine (%1) is already running on this database, so this one does not send. Stop the other one first, or watch its progress here.</source>
        <translation>Otro motor de DEX Desk (%1) ya se está ejecutando en esta base de datos, por lo que este no envía. Detenga primero el otro o siga aquí su progreso.</translation>
    </message>
    <message>
        <source>The system is Off, so the engine does not run. Turn System Enabled On in General Setup and save.</source>
        <translation>El sistema está en Desactivado, por lo que el motor no se ejecuta. Ponga Sistema habilitado en Activado en Configuración general y guarde.</translation>
    </message>
    <message>
        <source>Publish is off in the service options of profile &quot;%1&quot;. Turn it on in General Setup and save.</source>
        <translation>El servicio Publicación está desactivado en las opciones de servicio del perfil &quot;%1&quot;. Actívelo en Configuración general y guarde.</translation>
    </message>
    <message>
        <source>no secret is stored for it. Enter it in General Setup and save.</source>
        <translation>no tiene ningún secreto guardado. Introdúzcalo en Configuración general y guarde.</translation>
    </message>
    <message>
        <source>its secret could not be read from %1: %2 DEX Desk asks again every few seconds, and the LEA resumes by itself once it answers.</source>
        <translation>no se pudo leer su secreto en %1: %2 DEX Desk vuelve a consultar cada pocos segundos, y la LEA se reanuda sola en cuanto hay respuesta.</translation>
    </message>
</context>
<context>
    <name>dexdesk::EngineSupervisor</name>
    <message>
        <source>Publish Now finished; records sent: %1.</source>
        <translation>Publicación inmediata terminada; registros enviados: %1.</translation>
    </message>
</context>
<context>
    <name>dexdesk::ErrorsPage</name>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Causa</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Año</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>LEA</source>
        <translation>LEA</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <source>Last try</source>
        <translation>Último intento</translation>
    </message>
    <message>
        <source>Show More</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Lists the next %1 records of this cause.</source>
        <translation>Muestra los siguientes %1 registros de esta causa.</translation>
    </message>
    <message>
        <source>What the agency said about the selected record.</source>
        <translation>Lo que la agencia indicó sobre el registro seleccionado.</translation>
    </message>
    <message>
        <source>The last request for the selected record (its token is never shown).</source>
        <translation>La última solicitud del registro seleccionado (su token nunca se muestra).</translation>
    </message>
    <message>
        <source>The agency&apos;s answer to that request.</source>
        <translation>La respuesta de la agencia a esa solicitud.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Sends the selected records again.</source>
        <translation>Vuelve a enviar los registros seleccionados.</translation>
    </message>
    <message>
        <source>Retry All of This Cause</source>
        <translation>Reintentar todos los de esta causa</translation>
    </message>
    <message>
        <source>Sends every record of the selected cause again, once you fixed the cause.</source>
        <translation>Vuelve a enviar todos los registros de la causa seleccionada, una vez que haya corregido la causa.</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Sets the selected records aside: they are not sent until they change or you retry them.</source>
        <translation>Aparta los registros seleccionados: no se envían hasta que cambien o los reintente.</translation>
    </message>
    <message>
        <source>Dismiss All of This Cause</source>
        <translation>Descartar todos los de esta causa</translation>
    </message>
    <message>
        <source>Sets every record of the selected cause aside.</source>
        <translation>Aparta todos los registros de la causa seleccionada.</translation>
    </message>
    <message>
        <source>Reading the failed records…</source>
        <translation>Leyendo los registros fallidos…</translation>
    </message>
    <message>
        <source>The failed records cannot be read: %1</source>
        <translation>No se pueden leer los registros fallidos: %1</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <source>No failed or held records: everything queued is on its way.</source>
        <translation>No hay registros fallidos ni retenidos: todo lo que está en cola está en camino.</translation>
    </message>
    <message numerus="yes">
        <source>%1 records not sent, in %n cause(s). Select a cause to see its records, and a record to see its last request and the agency&apos;s answer.</source>
        <translation>
            <numerusform>%1 registros no enviados, en %n causa. Seleccione una causa para ver sus registros, y un registro para ver su última solicitud y la respuesta de la agencia.</numerusform>
            <numerusform>%1 registros no enviados, en %n causas. Seleccione una causa para ver sus registros, y un registro para ver su última solicitud y la respuesta de la agencia.</numerusform>
        </translation>
    </message>
    <message>
        <source>The records cannot be read: %1</source>
        <translation>No se pueden leer los registros: %1</translation>
    </message>
    <message>
        <source>Showing %1 of %2 records.</source>
        <translation>Se muestran %1 de %2 registros.</translation>
    </message>
    <message>
        <source>Request id: %1</source>
        <translation>Id. de solicitud: %1</translation>
    </message>
    <message>
        <source>(not sent: the record was held back before sending)</source>
        <translation>(no enviado: el registro se retuvo antes de enviarlo)</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>No se modificó nada: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) queued to be sent again now.</source>
        <translation>
            <numerusform>%n registro en cola para volver a enviarse ahora.</numerusform>
            <numerusform>%n registros en cola para volver a enviarse ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) queued to be sent again when the system is On.</source>
        <translation>
            <numerusform>%n registro en cola para volver a enviarse cuando el sistema esté en Activado.</numerusform>
            <numerusform>%n registros en cola para volver a enviarse cuando el sistema esté en Activado.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) dismissed.</source>
        <translation>
            <numerusform>%n registro descartado.</numerusform>
            <numerusform>%n registros descartados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Failure causes</source>
        <translation>Causas de los fallos</translation>
    </message>
    <message>
        <source>Failed records grouped by cause; select one to list its records.</source>
        <translation>Registros fallidos agrupados por causa; seleccione una para ver la lista de sus registros.</translation>
    </message>
    <message>
        <source>Failed records of the selected cause</source>
        <translation>Registros fallidos de la causa seleccionada</translation>
    </message>
    <message>
        <source>Agency message</source>
        <translation>Mensaje de la agencia</translation>
    </message>
    <message>
        <source>Last request</source>
        <translation>Última solicitud</translation>
    </message>
    <message>
        <source>Agency response</source>
        <translation>Respuesta de la agencia</translation>
    </message>
</context>
<context>
    <name>dexdesk::ExchangeMonitorPage</name>
    <message>
        <source>Exchange Monitor</source>
        <translation>Monitor de intercambio</translation>
    </message>
    <message>
        <source>Publish Changes</source>
        <translation>Publicar cambios</translation>
    </message>
    <message>
        <source>Sends the queued changes now instead of at the next scheduled run.</source>
        <translation>Envía ahora los cambios en cola en lugar de hacerlo en la próxima ejecución programada.</translation>
    </message>
    <message>
        <source>Publishing the queued changes…</source>
        <translation>Publicando los cambios en cola…</translation>
    </message>
    <message>
        <source>Publish All</source>
        <translation>Publicar todo</translation>
    </message>
    <message>
        <source>Sends every record of the selected school years, whatever its change state.</source>
        <translation>Envía todos los registros de los años escolares seleccionados, sea cual sea su estado de cambios.</translation>
    </message>
    <message>
        <source>Publishing every record of the selected school years…</source>
        <translation>Publicando todos los registros de los años escolares seleccionados…</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviados</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Records to send, including those being retried.</source>
        <translation>Registros por enviar, incluidos los que se están reintentando.</translation>
    </message>
    <message>
        <source>Requests on their way now (the engine reports the total).</source>
        <translation>Solicitudes en camino ahora (el motor indica el total).</translation>
    </message>
    <message>
        <source>Rejected by the agency, stuck after 10 attempts, or holding a value the agency lacks: see Errors.</source>
        <translation>Rechazados por la agencia, bloqueados tras 10 intentos o con un valor que la agencia no tiene: consulte Errores.</translation>
    </message>
    <message>
        <source>Waiting for a record they depend on, or for a state unique ID.</source>
        <translation>En espera de un registro del que dependen o de un ID único estatal.</translation>
    </message>
    <message>
        <source>Records sent per second</source>
        <translation>Registros enviados por segundo</translation>
    </message>
    <message>
        <source>Throughput (records sent per second)</source>
        <translation>Rendimiento (registros enviados por segundo)</translation>
    </message>
    <message>
        <source>Throughput chart</source>
        <translation>Gráfico de rendimiento</translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation>Ejecuciones recientes</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>The exchange counts cannot be read: %1</source>
        <translation>No se pueden leer los recuentos del intercambio: %1</translation>
    </message>
    <message>
        <source>The engine reports requests in flight for all resources together.</source>
        <translation>El motor indica las solicitudes en curso de todos los recursos en conjunto.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en ejecución</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en cola</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 en curso</translation>
    </message>
    <message>
        <source>The exchange engine is not available in this window.</source>
        <translation>El motor de intercambio no está disponible en esta ventana.</translation>
    </message>
    <message>
        <source>Another DEX Desk program runs the engine for this database; start the run there.</source>
        <translation>Otro programa de DEX Desk ejecuta el motor para esta base de datos; inicie la ejecución allí.</translation>
    </message>
    <message>
        <source>Available while the system is On: turn it On in General Setup and Save.</source>
        <translation>Disponible mientras el sistema está en Activado: póngalo en Activado en Configuración general y pulse Guardar.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Descargar</translation>
    </message>
    <message>
        <source>Fetches the agency&apos;s descriptors, LEAs and schools now.</source>
        <translation>Descarga ahora los descriptores, las LEA y las escuelas de la agencia.</translation>
    </message>
    <message>
        <source>Downloading from the agency…</source>
        <translation>Descargando de la agencia…</translation>
    </message>
    <message>
        <source>Request Unique IDs</source>
        <translation>Solicitar ID únicos</translation>
    </message>
    <message>
        <source>Asks the agency&apos;s unique-ID service for the persons still waiting for a state ID.</source>
        <translation>Consulta al servicio de ID único de la agencia por las personas que aún esperan un ID estatal.</translation>
    </message>
    <message>
        <source>Requesting unique IDs…</source>
        <translation>Solicitando ID únicos…</translation>
    </message>
    <message>
        <source>Records per resource</source>
        <translation>Registros por recurso</translation>
    </message>
    <message>
        <source>Engine instances</source>
        <translation>Instancias del motor</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Instancia</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Proceso</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Last heartbeat</source>
        <translation>Último latido</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Connection slots it holds: together the instances never use more than Simultaneous Connections.</source>
        <translation>Plazas de conexión que ocupa: en conjunto, las instancias nunca usan más que las Conexiones simultáneas.</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En ejecución</translation>
    </message>
    <message>
        <source>Not answering</source>
        <translation>No responde</translation>
    </message>
    <message>
        <source>It stopped without leaving (killed, or its machine or network went down). Its leases ran out, so the other instances took over its work; start it again, or ignore it: it is forgotten after an hour.</source>
        <translation>Se detuvo sin retirarse (la terminaron, o cayó su equipo o su red). Sus concesiones caducaron, así que las demás instancias asumieron su trabajo; iníciela de nuevo o ignórela: se olvida al cabo de una hora.</translation>
    </message>
</context>
<context>
    <name>dexdesk::ExchangeStatusWidget</name>
    <message>
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en cola</translation>
    </message>
    <message>
        <source>%1 in flight</source>
        <translation>%1 en curso</translation>
    </message>
    <message>
        <source>%1 records sent since the engine started.</source>
        <translation>%1 registros enviados desde que se inició el motor.</translation>
    </message>
    <message>
        <source>The exchange engine&apos;s state and the records waiting to be sent.</source>
        <translation>El estado del motor de intercambio y los registros pendientes de envío.</translation>
    </message>
</context>
<context>
    <name>dexdesk::FileSecretStore</name>
    <message>
        <source>Pass it to the service, e.g. &quot;LoadCredential=%1:/etc/dexdesk/%1&quot; in a drop-in made with &quot;systemctl edit dexdesk&quot;, then restart the service.</source>
        <translation>Páselo al servicio, por ejemplo &quot;LoadCredential=%1:/etc/dexdesk/%1&quot; en un archivo adicional creado con &quot;systemctl edit dexdesk&quot;, y reinicie el servicio.</translation>
    </message>
    <message>
        <source>The secrets are to come from systemd credentials, but $CREDENTIALS_DIRECTORY is not set: this program was not started by systemd with any credential. %1</source>
        <translation>Los secretos deben venir de credenciales de systemd, pero $CREDENTIALS_DIRECTORY no está definido: systemd no inició este programa con ninguna credencial. %1</translation>
    </message>
    <message>
        <source>$CREDENTIALS_DIRECTORY names %1, which is not a directory. Start the program through systemd, which sets it.</source>
        <translation>$CREDENTIALS_DIRECTORY indica %1, que no es una carpeta. Inicie el programa mediante systemd, que lo define.</translation>
    </message>
    <message>
        <source>The secrets file cannot be used: %1</source>
        <translation>No se puede usar el archivo de secretos: %1</translation>
    </message>
    <message>
        <source>line %1 is not of the form NAME=SECRET. Write one LEA per line, for example %2=the-secret.</source>
        <translation>la línea %1 no tiene la forma NOMBRE=SECRETO. Escriba una LEA por línea, por ejemplo %2=el-secreto.</translation>
    </message>
    <message>
        <source>line %1 does not start with an LEA&apos;s credential name (dexdesk.PROFILE.LEA, e.g. %2).</source>
        <translation>la línea %1 no empieza por el nombre de credencial de una LEA (dexdesk.PROFILE.LEA, p. ej. %2).</translation>
    </message>
    <message>
        <source>line %1 gives no secret for %2. Write the secret after the &quot;=&quot;.</source>
        <translation>la línea %1 no da ningún secreto para %2. Escriba el secreto después del &quot;=&quot;.</translation>
    </message>
    <message>
        <source>line %1 gives %2 again (first on line %3). Keep one line per LEA.</source>
        <translation>la línea %1 vuelve a dar %2 (primero en la línea %3). Deje una línea por LEA.</translation>
    </message>
    <message>
        <source>No systemd credential %1 was passed to this program (looked in %2). %3</source>
        <translation>No se pasó a este programa ninguna credencial de systemd %1 (se buscó en %2). %3</translation>
    </message>
    <message>
        <source>The systemd credential cannot be used: %1</source>
        <translation>No se puede usar la credencial de systemd: %1</translation>
    </message>
    <message>
        <source>The systemd credential %1 is empty. Put the LEA&apos;s secret in the file it is loaded from.</source>
        <translation>La credencial de systemd %1 está vacía. Ponga el secreto de la LEA en el archivo del que se carga.</translation>
    </message>
    <message>
        <source>The secrets file %1 has no line for %2. Add &quot;%2=THE-SECRET&quot; to it.</source>
        <translation>El archivo de secretos %1 no tiene ninguna línea para %2. Añada &quot;%2=EL-SECRETO&quot;.</translation>
    </message>
    <message>
        <source>The LEA secrets come from %1, which DEX Desk only reads and never writes. Change the secret there (or run without --secrets to use the system keychain).</source>
        <translation>Los secretos de las LEA vienen de %1, que DEX Desk solo lee y nunca escribe. Cambie el secreto allí (o ejecute sin --secrets para usar el llavero del sistema).</translation>
    </message>
</context>
<context>
    <name>dexdesk::FirstRunPanel</name>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>No LEA is configured yet, so nothing is exchanged. To set up the exchange:
1. Check the data exchange profile and its URLs below.
2. Add your LEAs with the key and secret the agency gave you (Configure LEAs).
3. Press Test Connection, then Save, and turn the system On.
Just looking? The demo runs a local agency simulator with sample records in a separate window and leaves your own settings alone (the same as &quot;dexdesk --demo&quot;).</source>
        <translation>Todavía no hay ninguna LEA configurada, por lo que no se intercambia nada. Para configurar el intercambio:
1. Compruebe a continuación el perfil de intercambio de datos y sus URL.
2. Agregue sus LEA con la clave y el secreto que le proporcionó la agencia (Configurar las LEA).
3. Pulse Probar conexión, después Guardar, y ponga el sistema en Activado.
¿Solo quiere echar un vistazo? La demostración ejecuta un simulador local de la agencia con registros de ejemplo en una ventana aparte y no modifica su propia configuración (igual que &quot;dexdesk --demo&quot;).</translation>
    </message>
    <message>
        <source>Configure LEAs…</source>
        <translation>Configurar las LEA…</translation>
    </message>
    <message>
        <source>Configure LEAs</source>
        <translation>Configurar las LEA</translation>
    </message>
    <message>
        <source>Opens the list of LEAs of the selected profile, where you add them.</source>
        <translation>Abre la lista de las LEA del perfil seleccionado, donde puede agregarlas.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Checks that the agency&apos;s URLs answer, and each LEA&apos;s key and secret once added.</source>
        <translation>Comprueba que las URL de la agencia respondan y, una vez agregadas las LEA, la clave y el secreto de cada una.</translation>
    </message>
    <message>
        <source>Start the Demo</source>
        <translation>Iniciar la demostración</translation>
    </message>
    <message>
        <source>Start the demo</source>
        <translation>Iniciar la demostración</translation>
    </message>
    <message>
        <source>Opens a second DEX Desk window with a built-in agency simulator and sample records, in a throwaway database.</source>
        <translation>Abre una segunda ventana de DEX Desk con un simulador de agencia integrado y registros de ejemplo, en una base de datos desechable.</translation>
    </message>
</context>
<context>
    <name>dexdesk::GeneralOptionsBox</name>
    <message>
        <source>General Options</source>
        <translation>Opciones generales</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>%1: On</source>
        <translation>%1: Activado</translation>
    </message>
    <message>
        <source>%1: Off</source>
        <translation>%1: Desactivado</translation>
    </message>
    <message>
        <source>Logging Options:</source>
        <translation>Opciones de registro:</translation>
    </message>
    <message>
        <source>Which kinds of messages are recorded in the database and the log files. Keep the defaults unless support asks you to record more.</source>
        <translation>Qué tipos de mensajes se registran en la base de datos y en los archivos de registro. Mantenga los valores predeterminados, salvo que el equipo de soporte le pida registrar más.</translation>
    </message>
    <message>
        <source>Recommended: %1</source>
        <translation>Recomendado: %1</translation>
    </message>
    <message>
        <source>Log %1</source>
        <translation>Registrar %1</translation>
    </message>
</context>
<context>
    <name>dexdesk::GeneralSetupPage</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>General Setup</source>
        <translation>Configuración general</translation>
    </message>
    <message>
        <source>Configure the real-time data exchange with the state education agency. Changes take effect when you save them.</source>
        <translation>Configure el intercambio de datos en tiempo real con la agencia educativa estatal. Los cambios se aplican cuando los guarda.</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Checks the agency endpoint with the values on screen (saved or not), step by step for each enabled LEA, and says what to fix. It runs in the background; you can cancel it.</source>
        <translation>Comprueba el punto de conexión de la agencia con los valores que aparecen en pantalla (guardados o no), paso a paso para cada LEA habilitada, e indica qué corregir. Se ejecuta en segundo plano; puede cancelarla.</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Restaurar valores predeterminados</translation>
    </message>
    <message>
        <source>Turns the system Off and puts the selected profile&apos;s communication settings, LEAs and secrets back to the profile&apos;s defaults. You are asked to confirm first.</source>
        <translation>Pone el sistema en Desactivado y devuelve la configuración de comunicación, las LEA y los secretos del perfil seleccionado a los valores predeterminados del perfil. Primero se le pide confirmación.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Checks the form and saves all settings at once; LEA secrets go to the system keychain.</source>
        <translation>Comprueba el formulario y guarda toda la configuración a la vez; los secretos de las LEA se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Cambios sin guardar</translation>
    </message>
    <message>
        <source>The form has unsaved changes</source>
        <translation>El formulario tiene cambios sin guardar</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them before switching to the profile &quot;%1&quot;?</source>
        <translation>Tiene cambios sin guardar. ¿Desea guardarlos antes de cambiar al perfil &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Communication settings belong to a profile, so the form will show the settings of &quot;%1&quot;.</source>
        <translation>La configuración de comunicación pertenece a un perfil, por lo que el formulario mostrará la configuración de &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Settings Not Saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translation>Configuración no guardada</translation>
    </message>
    <message>
        <source>Settings saved</source>
        <translation>Configuración guardada</translation>
    </message>
    <message>
        <source>Defaults Not Restored</source>
        <translation>Valores predeterminados no restaurados</translation>
    </message>
    <message>
        <source>Defaults not restored</source>
        <translation>Valores predeterminados no restaurados</translation>
    </message>
    <message>
        <source>Defaults restored</source>
        <translation>Valores predeterminados restaurados</translation>
    </message>
    <message>
        <source>The secrets of the LEAs of &quot;%1&quot; are deleted from the keychain.</source>
        <translation>Los secretos de las LEA de &quot;%1&quot; se eliminan del llavero.</translation>
    </message>
    <message>
        <source>The saved settings already match the defaults.</source>
        <translation>La configuración guardada ya coincide con los valores predeterminados.</translation>
    </message>
    <message>
        <source>What will change:</source>
        <translation>Qué cambiará:</translation>
    </message>
    <message>
        <source>Your unsaved changes on the form will be dropped.</source>
        <translation>Se descartarán los cambios no guardados del formulario.</translation>
    </message>
    <message>
        <source>Restore the defaults? The system is turned Off, and the communication settings of the profile &quot;%1&quot; — URLs, school years, services, the LEAs and their keys and secrets — go back to the profile&apos;s defaults.</source>
        <translation>¿Desea restaurar los valores predeterminados? El sistema se pondrá en Desactivado y la configuración de comunicación del perfil &quot;%1&quot; (URL, años escolares, servicios, las LEA y sus claves y secretos) volverá a los valores predeterminados del perfil.</translation>
    </message>
</context>
<context>
    <name>dexdesk::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>System Default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <source>Used from the next start of DEX Desk; dates and numbers follow it too.</source>
        <translation>Se aplica a partir del próximo inicio de DEX Desk; las fechas y los números también siguen este idioma.</translation>
    </message>
</context>
<context>
    <name>dexdesk::LeaDialog</name>
    <message>
        <source>LEA Settings — %1</source>
        <translation>Configuración de LEA — %1</translation>
    </message>
    <message>
        <source>The local education agencies that exchange data through the profile &lt;b&gt;%1&lt;/b&gt;. Secrets are kept in the system keychain and are written when you save the settings.</source>
        <translation>Las agencias educativas locales que intercambian datos mediante el perfil &lt;b&gt;%1&lt;/b&gt;. Los secretos se guardan en el llavero del sistema y se escriben cuando guarda la configuración.</translation>
    </message>
    <message>
        <source>LEAs</source>
        <translation>LEA</translation>
    </message>
    <message>
        <source>Double-click an LEA to edit it.</source>
        <translation>Haga doble clic en una LEA para editarla.</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Agregar…</translation>
    </message>
    <message>
        <source>Add an LEA with its key and secret.</source>
        <translation>Agregar una LEA con su clave y su secreto.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Change the selected LEA, or enter a new secret for it.</source>
        <translation>Modificar la LEA seleccionada o introducir un nuevo secreto para ella.</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Remove the selected LEA. Its secret is deleted from the keychain when you save.</source>
        <translation>Eliminar la LEA seleccionada. Su secreto se elimina del llavero al guardar.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Remove LEA</source>
        <translation>Eliminar LEA</translation>
    </message>
    <message>
        <source>Remove the LEA %1? Its data exchange stops, and its secret is deleted from the keychain when you save the settings.</source>
        <translation>¿Desea eliminar la LEA %1? Su intercambio de datos se detiene y su secreto se elimina del llavero cuando guarde la configuración.</translation>
    </message>
</context>
<context>
    <name>dexdesk::LeaEditDialog</name>
    <message>
        <source>Edit LEA %1</source>
        <translation>Editar LEA %1</translation>
    </message>
    <message>
        <source>Add LEA</source>
        <translation>Agregar LEA</translation>
    </message>
    <message>
        <source>LEA identifier</source>
        <translation>Identificador de la LEA</translation>
    </message>
    <message>
        <source>The agency&apos;s number for the local education agency (localEducationAgencyId), up to 10 digits.</source>
        <translation>El número que la agencia asigna a la agencia educativa local (localEducationAgencyId), de hasta 10 dígitos.</translation>
    </message>
    <message>
        <source>LEA &amp;ID:</source>
        <translation>&amp;Id. de LEA:</translation>
    </message>
    <message>
        <source>LEA name</source>
        <translation>Nombre de la LEA</translation>
    </message>
    <message>
        <source>A name that helps you recognise the LEA (optional).</source>
        <translation>Un nombre que le ayude a reconocer la LEA (opcional).</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>N&amp;o</source>
        <translation>N&amp;o</translation>
    </message>
    <message>
        <source>Yes exchanges data for this LEA; No keeps it in the list but skips it.</source>
        <translation>Sí intercambia datos para esta LEA; No la mantiene en la lista, pero la omite.</translation>
    </message>
    <message>
        <source>LEA Enabled: Yes</source>
        <translation>LEA habilitada: Sí</translation>
    </message>
    <message>
        <source>LEA Enabled: No</source>
        <translation>LEA habilitada: No</translation>
    </message>
    <message>
        <source>LEA Enabled:</source>
        <translation>LEA habilitada:</translation>
    </message>
    <message>
        <source>Authentication Key</source>
        <translation>Clave de autenticación</translation>
    </message>
    <message>
        <source>The key (client id) the agency issued to this LEA. It is not secret and is stored with the settings.</source>
        <translation>La clave (client id) que la agencia emitió para esta LEA. No es secreta y se guarda con la configuración.</translation>
    </message>
    <message>
        <source>Authentication &amp;Key:</source>
        <translation>&amp;Clave de autenticación:</translation>
    </message>
    <message>
        <source>Authentication Secret</source>
        <translation>Secreto de autenticación</translation>
    </message>
    <message>
        <source>The secret the agency issued with the key. It is stored only in the system keychain when you save, never in the database or a file.</source>
        <translation>El secreto que la agencia emitió junto con la clave. Al guardar, se almacena solo en el llavero del sistema, nunca en la base de datos ni en un archivo.</translation>
    </message>
    <message>
        <source>Leave empty to keep the stored secret</source>
        <translation>Déjelo vacío para conservar el secreto guardado</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the secret</source>
        <translation>Mostrar el secreto</translation>
    </message>
    <message>
        <source>Shows or hides the secret you typed, to check it for mistakes.</source>
        <translation>Muestra u oculta el secreto que escribió, para comprobar que no tenga errores.</translation>
    </message>
    <message>
        <source>Authentication &amp;Secret:</source>
        <translation>S&amp;ecreto de autenticación:</translation>
    </message>
    <message>
        <source>The identifier of an existing LEA cannot be changed, because its secret and its records are filed under it. Remove the LEA and add it again to change it.</source>
        <translation>El identificador de una LEA existente no se puede cambiar, porque su secreto y sus registros están archivados con él. Para cambiarlo, elimine la LEA y vuelva a agregarla.</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the secret</source>
        <translation>Ocultar el secreto</translation>
    </message>
</context>
<context>
    <name>dexdesk::LeaListModel</name>
    <message>
        <source>The LEA %1 is already in the list.</source>
        <translation>La LEA %1 ya está en la lista.</translation>
    </message>
    <message>
        <source>The name must be at most 75 characters.</source>
        <translation>El nombre debe tener como máximo 75 caracteres.</translation>
    </message>
    <message>
        <source>Enter the authentication key, or set LEA Enabled to No.</source>
        <translation>Introduzca la clave de autenticación o ponga LEA habilitada en No.</translation>
    </message>
    <message>
        <source>No LEA is selected.</source>
        <translation>No hay ninguna LEA seleccionada.</translation>
    </message>
    <message>
        <source>The LEA identifier cannot be changed. Remove the LEA and add it again.</source>
        <translation>El identificador de la LEA no se puede cambiar. Elimine la LEA y vuelva a agregarla.</translation>
    </message>
    <message>
        <source>No LEAs configured</source>
        <translation>No hay ninguna LEA configurada</translation>
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
        <translation>%1, %2 habilitadas</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>New — stored on Save</source>
        <translation>Nuevo: se guarda al pulsar Guardar</translation>
    </message>
    <message>
        <source>Secrets are kept in the system keychain and are never shown here.</source>
        <translation>Los secretos se guardan en el llavero del sistema y nunca se muestran aquí.</translation>
    </message>
    <message>
        <source>LEA ID</source>
        <translation>Id. de LEA</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>LEA Enabled</source>
        <translation>LEA habilitada</translation>
    </message>
    <message>
        <source>Authentication Key</source>
        <translation>Clave de autenticación</translation>
    </message>
    <message>
        <source>Authentication Secret</source>
        <translation>Secreto de autenticación</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Stored in the keychain</source>
        <translation>Guardado en el llavero</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <source>Unknown (keychain unavailable)</source>
        <translation>Desconocido (llavero no disponible)</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Sin comprobar</translation>
    </message>
</context>
<context>
    <name>dexdesk::LogTableModel</name>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Diagnostic</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>LEA</source>
        <translation>LEA</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>dexdesk::LogViewerPage</name>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Log messages</source>
        <translation>Mensajes de registro</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy the selected log lines to the clipboard.</source>
        <translation>Copiar las líneas de registro seleccionadas al portapapeles.</translation>
    </message>
    <message>
        <source>Open Log &amp;Folder</source>
        <translation>Abrir carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>Show the folder with the log files.</source>
        <translation>Mostrar la carpeta que contiene los archivos de registro.</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Todos los niveles</translation>
    </message>
    <message>
        <source>Info and worse</source>
        <translation>Información y más graves</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>The least severe level shown.</source>
        <translation>El nivel menos grave que se muestra.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>A category includes its sub-categories.</source>
        <translation>Una categoría incluye sus subcategorías.</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>LEA ID</source>
        <translation>Id. de LEA</translation>
    </message>
    <message>
        <source>LEA</source>
        <translation>LEA</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Última hora</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Últimas 24 horas</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo el período</translation>
    </message>
    <message>
        <source>Since…</source>
        <translation>Desde…</translation>
    </message>
    <message>
        <source>Time range</source>
        <translation>Intervalo de tiempo</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar en los mensajes</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n row(s)… loading more</source>
        <translation>
            <numerusform>Se muestra la fila más reciente (%n)… cargando más</numerusform>
            <numerusform>Se muestran las %n filas más recientes… cargando más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n row(s); narrow the filters to see older ones.</source>
        <translation>
            <numerusform>Se muestra la fila más reciente (%n); restrinja los filtros para ver las anteriores.</numerusform>
            <numerusform>Se muestran las %n filas más recientes; restrinja los filtros para ver las anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing the newest %n row(s)… scroll for more</source>
        <translation>
            <numerusform>Se muestra la fila más reciente (%n)… desplácese para ver más</numerusform>
            <numerusform>Se muestran las %n filas más recientes… desplácese para ver más</numerusform>
        </translation>
    </message>
    <message>
        <source>No log messages match these filters.</source>
        <translation>Ningún mensaje de registro coincide con estos filtros.</translation>
    </message>
    <message numerus="yes">
        <source>Showing all %n matching row(s).</source>
        <translation>
            <numerusform>Se muestra la única fila coincidente (%n).</numerusform>
            <numerusform>Se muestran las %n filas coincidentes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel Search</source>
        <translation>Cancelar búsqueda</translation>
    </message>
    <message>
        <source>Stop the search that is running (Esc). The rows found so far stay.</source>
        <translation>Detener la búsqueda en curso (Esc). Las filas encontradas hasta ahora se conservan.</translation>
    </message>
    <message>
        <source>Cancel search</source>
        <translation>Cancelar búsqueda</translation>
    </message>
    <message>
        <source>Search cancelled. Change the filters to search again.</source>
        <translation>Búsqueda cancelada. Cambie los filtros para volver a buscar.</translation>
    </message>
    <message numerus="yes">
        <source>Search cancelled: showing the %n row(s) found so far.</source>
        <translation>
            <numerusform>Búsqueda cancelada: se muestra %n fila encontrada hasta ahora.</numerusform>
            <numerusform>Búsqueda cancelada: se muestran las %n filas encontradas hasta ahora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>dexdesk::MainWindow</name>
    <message>
        <source>General Setup[*]</source>
        <translation>Configuración general[*]</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>General Setup</source>
        <translation>Configuración general</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Historial de auditoría</translation>
    </message>
    <message>
        <source>Whether the data exchange runs, as saved.</source>
        <translation>Si el intercambio de datos se ejecuta, según la configuración guardada.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import Settings…</source>
        <translation>&amp;Importar configuración…</translation>
    </message>
    <message>
        <source>Load settings exported from DEX Desk, after showing what would change.</source>
        <translation>Cargar una configuración exportada desde DEX Desk, después de mostrar qué cambiaría.</translation>
    </message>
    <message>
        <source>&amp;Export Settings…</source>
        <translation>&amp;Exportar configuración…</translation>
    </message>
    <message>
        <source>Write the settings, without secrets, to a file.</source>
        <translation>Escribir la configuración, sin secretos, en un archivo.</translation>
    </message>
    <message>
        <source>Import &amp;Profile…</source>
        <translation>Importar &amp;perfil…</translation>
    </message>
    <message>
        <source>Add a data exchange profile file provided by your state.</source>
        <translation>Agregar un archivo de perfil de intercambio de datos proporcionado por su estado.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About DEX Desk</source>
        <translation>&amp;Acerca de DEX Desk</translation>
    </message>
    <message>
        <source>System: On</source>
        <translation>Sistema: Activado</translation>
    </message>
    <message>
        <source>System: Off</source>
        <translation>Sistema: Desactivado</translation>
    </message>
    <message numerus="yes">
        <source>%n profile file(s) could not be loaded</source>
        <translation>
            <numerusform>No se pudo cargar %n archivo de perfil</numerusform>
            <numerusform>No se pudieron cargar %n archivos de perfil</numerusform>
        </translation>
    </message>
    <message>
        <source>Profiles Not Loaded</source>
        <translation>Perfiles no cargados</translation>
    </message>
    <message>
        <source>The other profiles are available. Fix or replace these files, then restart DEX Desk:</source>
        <translation>Los demás perfiles están disponibles. Corrija o reemplace estos archivos y, después, reinicie DEX Desk:</translation>
    </message>
    <message>
        <source>About DEX Desk</source>
        <translation>Acerca de DEX Desk</translation>
    </message>
    <message>
        <source>DEX Desk %1</source>
        <translation>DEX Desk %1</translation>
    </message>
    <message>
        <source>Real-time data exchange between the district&apos;s student records and the state education agency.
Built with Qt %1.</source>
        <translation>Intercambio de datos en tiempo real entre los expedientes estudiantiles del distrito y la agencia educativa estatal.
Compilado con Qt %1.</translation>
    </message>
    <message>
        <source>Saving… the window closes when the save has finished.</source>
        <translation>Guardando… la ventana se cerrará cuando termine de guardarse.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>You have unsaved changes. Save them before closing?</source>
        <translation>Tiene cambios sin guardar. ¿Desea guardarlos antes de cerrar?</translation>
    </message>
    <message>
        <source>Save &amp;Support Bundle…</source>
        <translation>Guardar paquete de &amp;soporte…</translation>
    </message>
    <message>
        <source>Saves settings (without secrets), recent logs, counts and versions in one archive for a support ticket.</source>
        <translation>Guarda la configuración (sin secretos), los registros recientes, los recuentos y las versiones en un solo archivo para un caso de soporte.</translation>
    </message>
    <message>
        <source>&amp;Purge Now…</source>
        <translation>De&amp;purar ahora…</translation>
    </message>
    <message>
        <source>Shows what the purge policy would remove now, and removes it if you agree.</source>
        <translation>Muestra lo que la política de depuración eliminaría ahora y lo elimina si usted está de acuerdo.</translation>
    </message>
    <message>
        <source>Exchange Monitor</source>
        <translation>Monitor de intercambio</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <source>Unique ID review</source>
        <translation>Revisión de ID únicos</translation>
    </message>
    <message>
        <source>Import &amp;Records from CSV…</source>
        <translation>Importar &amp;registros desde CSV…</translation>
    </message>
    <message>
        <source>Check a district CSV extract and add its records, all or nothing.</source>
        <translation>Comprueba un extracto CSV del distrito y agrega sus registros, todos o ninguno.</translation>
    </message>
    <message>
        <source>E&amp;xchange</source>
        <translation>&amp;Intercambio</translation>
    </message>
    <message>
        <source>Publish &amp;Changes Now</source>
        <translation>Publicar &amp;cambios ahora</translation>
    </message>
    <message>
        <source>Sends the queued changes now instead of at the next scheduled run.</source>
        <translation>Envía ahora los cambios en cola en lugar de hacerlo en la próxima ejecución programada.</translation>
    </message>
    <message>
        <source>Publish &amp;All Records</source>
        <translation>Publicar &amp;todos los registros</translation>
    </message>
    <message>
        <source>Sends every record of the selected school years, whatever its change state; use it after the system was Off, when changes were not collected.</source>
        <translation>Envía todos los registros de los años escolares seleccionados, sea cual sea su estado de cambios; úselo después de que el sistema haya estado en Desactivado, cuando no se recopilaron los cambios.</translation>
    </message>
    <message>
        <source>&amp;Retry Failed Records</source>
        <translation>&amp;Reintentar registros fallidos</translation>
    </message>
    <message>
        <source>Sends again the records the agency rejected or that keep failing.</source>
        <translation>Vuelve a enviar los registros que la agencia rechazó o que siguen fallando.</translation>
    </message>
    <message>
        <source>&amp;Download from the Agency Now</source>
        <translation>&amp;Descargar de la agencia ahora</translation>
    </message>
    <message>
        <source>Fetches the agency&apos;s descriptors, LEAs and schools now (only what changed, where the agency offers change queries).</source>
        <translation>Descarga ahora los descriptores, las LEA y las escuelas de la agencia (solo lo que cambió, si la agencia ofrece consultas de cambios).</translation>
    </message>
    <message>
        <source>Downloading from the agency…</source>
        <translation>Descargando de la agencia…</translation>
    </message>
    <message>
        <source>Request &amp;Unique IDs Now</source>
        <translation>Solicitar &amp;ID únicos ahora</translation>
    </message>
    <message>
        <source>Asks the agency&apos;s unique-ID service for the persons still waiting for a state ID.</source>
        <translation>Consulta al servicio de ID único de la agencia por las personas que aún esperan un ID estatal.</translation>
    </message>
    <message>
        <source>Requesting unique IDs…</source>
        <translation>Solicitando ID únicos…</translation>
    </message>
    <message>
        <source>Available while the system is On and this window runs the engine.</source>
        <translation>Disponible mientras el sistema está en Activado y esta ventana ejecuta el motor.</translation>
    </message>
    <message>
        <source>Publishing every record of the selected school years…</source>
        <translation>Publicando todos los registros de los años escolares seleccionados…</translation>
    </message>
    <message>
        <source>Publishing the queued changes…</source>
        <translation>Publicando los cambios en cola…</translation>
    </message>
    <message>
        <source>Retry Failed Records</source>
        <translation>Reintentar registros fallidos</translation>
    </message>
    <message>
        <source>The failed records could not be queued again.</source>
        <translation>No se pudieron volver a poner en cola los registros fallidos.</translation>
    </message>
    <message numerus="yes">
        <source>%n failed record(s) queued to be sent again.</source>
        <translation>
            <numerusform>%n registro fallido en cola para volver a enviarse.</numerusform>
            <numerusform>%n registros fallidos en cola para volver a enviarse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The system is On. Changes made while it was Off were not collected: use Exchange ▸ Publish All Records to send everything.</source>
        <translation>El sistema está en Activado. Los cambios realizados mientras estaba en Desactivado no se recopilaron: use Intercambio ▸ Publicar todos los registros para enviarlo todo.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>DEX Desk will be shown in %1 the next time it starts. Close it and open it again to switch now.</source>
        <translation>DEX Desk se mostrará en %1 la próxima vez que se inicie. Ciérrelo y vuelva a abrirlo para cambiar ahora.</translation>
    </message>
    <message>
        <source>Language: %1, from the next start.</source>
        <translation>Idioma: %1, a partir del próximo inicio.</translation>
    </message>
    <message>
        <source>Keep Running?</source>
        <translation>¿Seguir en ejecución?</translation>
    </message>
    <message>
        <source>The system is On. Keep DEX Desk running in the tray, so the data exchange goes on while the window is closed?</source>
        <translation>El sistema está en Activado. ¿Desea mantener DEX Desk en ejecución en la bandeja del sistema, para que el intercambio de datos continúe mientras la ventana está cerrada?</translation>
    </message>
    <message>
        <source>Quit stops the exchange until DEX Desk is started again. The tray icon&apos;s menu shows the window again.</source>
        <translation>Salir detiene el intercambio hasta que DEX Desk se vuelva a iniciar. El menú del icono de la bandeja del sistema vuelve a mostrar la ventana.</translation>
    </message>
    <message>
        <source>DEX Desk Keeps Running</source>
        <translation>DEX Desk sigue en ejecución</translation>
    </message>
    <message>
        <source>The data exchange goes on. Use the tray icon to show the window or quit.</source>
        <translation>El intercambio de datos continúa. Use el icono de la bandeja del sistema para mostrar la ventana o salir.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <source>The database this window works on: %1. File ▸ Open Database… opens another.</source>
        <translation>La base de datos con la que trabaja esta ventana: %1. Archivo ▸ Abrir base de datos… abre otra.</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <source>Work on another database: an SQLite file or a PostgreSQL server.</source>
        <translation>Trabajar con otra base de datos: un archivo SQLite o un servidor PostgreSQL.</translation>
    </message>
    <message>
        <source>Cannot Open the Database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
</context>
<context>
    <name>dexdesk::OpenDatabaseDialog</name>
    <message>
        <source>Open Database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <source>DEX Desk keeps its settings, records, queue and logs in one database: an SQLite file, or a PostgreSQL server for a district that runs the engine on a server. The window restarts with the database you open.</source>
        <translation>DEX Desk guarda su configuración, registros, cola y registros de eventos en una base de datos: un archivo SQLite, o un servidor PostgreSQL para un distrito que ejecuta el motor en un servidor. La ventana se reinicia con la base de datos que abra.</translation>
    </message>
    <message>
        <source>Open now:</source>
        <translation>Abierta ahora:</translation>
    </message>
    <message>
        <source>Database file or PostgreSQL URL</source>
        <translation>Archivo de base de datos o URL de PostgreSQL</translation>
    </message>
    <message>
        <source>/path/to/dexdesk.sqlite or postgresql://user@host:5432/dexdesk</source>
        <translation>/ruta/a/dexdesk.sqlite o postgresql://usuario@servidor:5432/dexdesk</translation>
    </message>
    <message>
        <source>An SQLite database file, or postgresql://user@host:port/database. The password is never part of the URL: PostgreSQL&apos;s client library reads it from ~/.pgpass, PGPASSFILE or a service file.</source>
        <translation>Un archivo de base de datos SQLite, o postgresql://usuario@servidor:puerto/base. La contraseña nunca forma parte de la URL: la biblioteca cliente de PostgreSQL la lee de ~/.pgpass, PGPASSFILE o un archivo de servicio.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose an SQLite database file.</source>
        <translation>Elija un archivo de base de datos SQLite.</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>Open an SQLite Database</source>
        <translation>Abrir una base de datos SQLite</translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos SQLite (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>This database is open already. Choose another file or URL, or Cancel.</source>
        <translation>Esta base de datos ya está abierta. Elija otro archivo u otra URL, o Cancelar.</translation>
    </message>
    <message>
        <source>%1 is a folder. Choose a database file in it, or type a new file name to start a new database.</source>
        <translation>%1 es una carpeta. Elija un archivo de base de datos dentro de ella o escriba un nombre de archivo nuevo para crear una base de datos nueva.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist. Choose an existing folder.</source>
        <translation>La carpeta %1 no existe. Elija una carpeta existente.</translation>
    </message>
</context>
<context>
    <name>dexdesk::Publisher</name>
    <message>
        <source>The agency answered HTTP %1: %2</source>
        <translation>La agencia respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>The agency has no such %1, and DEX Desk does not send %1 records: correct the reference in the district&apos;s records, or ask the agency to add it. The record is tried again when it changes or after the next download.</source>
        <translation>La agencia no tiene ese registro de %1 y DEX Desk no envía registros de %1: corrija la referencia en los registros del distrito o pida a la agencia que lo agregue. El registro se vuelve a intentar cuando cambie o después de la próxima descarga.</translation>
    </message>
</context>
<context>
    <name>dexdesk::RecordsImportDialog</name>
    <message>
        <source>Import Records from CSV</source>
        <translation>Importar registros desde CSV</translation>
    </message>
    <message>
        <source>The Ed-Fi resource the file holds. Its header names the resource&apos;s columns.</source>
        <translation>El recurso de Ed-Fi que contiene el archivo. Su encabezado indica las columnas del recurso.</translation>
    </message>
    <message>
        <source>A CSV file (UTF-8, comma separated, a header line)</source>
        <translation>Un archivo CSV (UTF-8, separado por comas, con una línea de encabezado)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>For rows without a school_year column: the year in which the school year ends. A column wins.</source>
        <translation>Para las filas sin columna school_year: el año en que termina el año escolar. Si hay columna, prevalece la columna.</translation>
    </message>
    <message>
        <source>e.g. 255901</source>
        <translation>p. ej., 255901</translation>
    </message>
    <message>
        <source>For rows without an lea_id column: the LEA the records belong to. A column wins.</source>
        <translation>Para las filas sin columna lea_id: la LEA a la que pertenecen los registros. Si hay columna, prevalece la columna.</translation>
    </message>
    <message>
        <source>&amp;Replace: delete rows not in the file</source>
        <translation>Reem&amp;plazar: eliminar las filas que no estén en el archivo</translation>
    </message>
    <message>
        <source>The file is a full extract: stored records of its school years that it lacks are deleted (and the agency is told).</source>
        <translation>El archivo es un extracto completo: se eliminan los registros guardados de sus años escolares que no figuren en él (y se informa a la agencia).</translation>
    </message>
    <message>
        <source>Re&amp;source:</source>
        <translation>&amp;Recurso:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Año &amp;escolar:</translation>
    </message>
    <message>
        <source>&amp;LEA:</source>
        <translation>&amp;LEA:</translation>
    </message>
    <message>
        <source>The whole file is checked first; if anything is wrong, nothing changes.</source>
        <translation>Primero se comprueba todo el archivo; si algo está mal, no cambia nada.</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Checking and importing %1…</source>
        <translation>Comprobando e importando %1…</translation>
    </message>
    <message>
        <source>Imported into %1.</source>
        <translation>Importado en %1.</translation>
    </message>
    <message>
        <source>The file was not imported; nothing was changed. Fix these problems and import it again:</source>
        <translation>No se importó el archivo; no se modificó nada. Corrija estos problemas y vuelva a importarlo:</translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
</context>
<context>
    <name>dexdesk::SecretStore</name>
    <message>
        <source>No secret is stored for this LEA. Enter it in the LEA settings and save.</source>
        <translation>No hay ningún secreto guardado para esta LEA. Introdúzcalo en la configuración de la LEA y guarde.</translation>
    </message>
    <message>
        <source>No keychain is available, so LEA secrets cannot be stored. DEX Desk keeps secrets only in the system keychain (the Secret Service) and never in a file. Install and start a keyring, for example with &quot;sudo apt install gnome-keyring&quot;, and sign in to a desktop session; then save again. Your other settings are not affected.</source>
        <translation>No hay ningún llavero disponible, por lo que no se pueden guardar los secretos de las LEA. DEX Desk guarda los secretos solo en el llavero del sistema (el Secret Service) y nunca en un archivo. Instale e inicie un llavero, por ejemplo con &quot;sudo apt install gnome-keyring&quot;, e inicie sesión en un entorno de escritorio; después, vuelva a guardar. El resto de su configuración no se ve afectada.</translation>
    </message>
    <message>
        <source>The system keychain is not available, so LEA secrets cannot be stored. DEX Desk never writes secrets to a file. Check that the keychain service is running, then save again. Your other settings are not affected.</source>
        <translation>El llavero del sistema no está disponible, por lo que no se pueden guardar los secretos de las LEA. DEX Desk nunca escribe secretos en un archivo. Compruebe que el servicio de llavero esté en funcionamiento y vuelva a guardar. El resto de su configuración no se ve afectada.</translation>
    </message>
    <message>
        <source>The keychain refused access. Unlock your keychain (or allow DEX Desk when it asks), then save again.</source>
        <translation>El llavero denegó el acceso. Desbloquee su llavero (o permita el acceso a DEX Desk cuando se lo pida) y vuelva a guardar.</translation>
    </message>
    <message>
        <source>The keychain did not answer within a few seconds. It may be locked and waiting for a password prompt that cannot be shown, or not running. Unlock or start it, then try again. Your other settings are not affected.</source>
        <translation>El llavero no respondió en unos segundos. Es posible que esté bloqueado y esperando una solicitud de contraseña que no se puede mostrar, o que no esté en funcionamiento. Desbloquéelo o inícielo y vuelva a intentarlo. El resto de su configuración no se ve afectada.</translation>
    </message>
    <message>
        <source>The system keychain could not be used (%1). DEX Desk keeps LEA secrets only there and never in a file. Check that a keyring service (such as gnome-keyring or KWallet) is installed, running and unlocked in your session, then try again. Your other settings are not affected.</source>
        <translation>No se pudo usar el llavero del sistema (%1). DEX Desk guarda los secretos de las LEA solo allí y nunca en un archivo. Compruebe que haya un servicio de llavero (como gnome-keyring o KWallet) instalado, en funcionamiento y desbloqueado en su sesión y vuelva a intentarlo. El resto de su configuración no se ve afectada.</translation>
    </message>
    <message>
        <source>the keychain</source>
        <translation>el llavero</translation>
    </message>
</context>
<context>
    <name>dexdesk::SettingsEditor</name>
    <message>
        <source>Nothing was saved. Correct these fields first: %1.</source>
        <translation>No se guardó nada. Corrija primero estos campos: %1.</translation>
    </message>
    <message>
        <source>A save is already in progress.</source>
        <translation>Ya se está guardando.</translation>
    </message>
    <message>
        <source>No data exchange profile is installed, so there are no defaults to restore.</source>
        <translation>No hay ningún perfil de intercambio de datos instalado, por lo que no hay valores predeterminados que restaurar.</translation>
    </message>
    <message>
        <source>Nothing was saved: the LEA secrets could not be stored in %1. %2</source>
        <translation>No se guardó nada: no se pudieron guardar los secretos de las LEA en %1. %2</translation>
    </message>
    <message>
        <source>The settings were not saved: the LEA secrets could not be stored in %1. %2</source>
        <translation>No se guardó la configuración: no se pudieron guardar los secretos de las LEA en %1. %2</translation>
    </message>
    <message>
        <source>Putting the previous secrets back in %1 also failed: %2 Enter the LEA secrets again and save.</source>
        <translation>Tampoco se pudieron volver a poner los secretos anteriores en %1: %2 Vuelva a introducir los secretos de las LEA y guarde.</translation>
    </message>
</context>
<context>
    <name>dexdesk::SupportActions</name>
    <message>
        <source>%1: %2 (kept %3 days; older than %4)</source>
        <translation>%1: %2 (se conservan %3 días; anteriores a %4)</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Soporte</translation>
    </message>
    <message>
        <source>Save Support Bundle</source>
        <translation>Guardar paquete de soporte</translation>
    </message>
    <message>
        <source>Support bundles (*.tar.gz)</source>
        <translation>Paquetes de soporte (*.tar.gz)</translation>
    </message>
    <message>
        <source>Collecting the support bundle…</source>
        <translation>Reuniendo el paquete de soporte…</translation>
    </message>
    <message>
        <source>Saved the support bundle %1. It holds no secrets; attach it to the support ticket as it is.</source>
        <translation>Se guardó el paquete de soporte %1. No contiene secretos; adjúntelo tal como está al caso de soporte.</translation>
    </message>
    <message>
        <source>(The keychain could not be read, so the bundle was checked only against the secrets read before that.)</source>
        <translation>(No se pudo leer el llavero, por lo que el paquete solo se comprobó contra los secretos leídos antes de ese momento.)</translation>
    </message>
    <message>
        <source>Counting what the purge policy would remove…</source>
        <translation>Contando lo que eliminaría la política de depuración…</translation>
    </message>
    <message>
        <source>Nothing is old enough to purge under the current purge policy.</source>
        <translation>Nada es lo bastante antiguo para depurarse con la política de depuración actual.</translation>
    </message>
    <message>
        <source>Purge Now</source>
        <translation>Depurar ahora</translation>
    </message>
    <message>
        <source>These obsolete items will be removed under the current purge policy. Pending or failed work is never removed.</source>
        <translation>Estos elementos obsoletos se eliminarán según la política de depuración actual. El trabajo pendiente o fallido nunca se elimina.</translation>
    </message>
    <message>
        <source>Purge cancelled; nothing was removed.</source>
        <translation>Depuración cancelada; no se eliminó nada.</translation>
    </message>
    <message>
        <source>Purged: %1</source>
        <translation>Depurado: %1</translation>
    </message>
</context>
<context>
    <name>dexdesk::TestConnectionDialog</name>
    <message>
        <source>Passed</source>
        <translation>Superado</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Omitido</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Test Connection steps</source>
        <translation>Pasos de la prueba de conexión</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>LEA</source>
        <translation>LEA</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Stops the test; nothing is changed.</source>
        <translation>Detiene la prueba; no se modifica nada.</translation>
    </message>
    <message>
        <source>Test &amp;Again</source>
        <translation>&amp;Volver a probar</translation>
    </message>
    <message>
        <source>Testing &lt;b&gt;%1&lt;/b&gt; with the values on screen (saved or not)…</source>
        <translation>Probando &lt;b&gt;%1&lt;/b&gt; con los valores que aparecen en pantalla (guardados o no)…</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Test finished: the connection works.</source>
        <translation>Prueba terminada: la conexión funciona.</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>Test finished: there is a problem to fix.</source>
        <translation>Prueba terminada: hay un problema que corregir.</translation>
    </message>
</context>
<context>
    <name>dexdesk::TrayController</name>
    <message>
        <source>&amp;Show DEX Desk</source>
        <translation>&amp;Mostrar DEX Desk</translation>
    </message>
    <message>
        <source>Publish &amp;Changes Now</source>
        <translation>Publicar &amp;cambios ahora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>System: On</source>
        <translation>Sistema: Activado</translation>
    </message>
    <message>
        <source>System: Off</source>
        <translation>Sistema: Desactivado</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>Motor: %1</translation>
    </message>
    <message>
        <source>%1 queued</source>
        <translation>%1 en cola</translation>
    </message>
    <message>
        <source>Paused LEAs: %1</source>
        <translation>LEA en pausa: %1</translation>
    </message>
    <message>
        <source>LEA Paused</source>
        <translation>LEA en pausa</translation>
    </message>
    <message>
        <source>The agency rejected the key or secret of LEA %1, so its records wait. Open DEX Desk and check the LEA settings.</source>
        <translation>La agencia rechazó la clave o el secreto de la LEA %1, por lo que sus registros quedan en espera. Abra DEX Desk y revise la configuración de la LEA.</translation>
    </message>
    <message>
        <source>DEX Desk Needs Attention</source>
        <translation>DEX Desk requiere atención</translation>
    </message>
</context>
<context>
    <name>dexdesk::UniqueIdProcessor</name>
    <message>
        <source>The identity service answered HTTP %1: %2</source>
        <translation>El servicio de identidad respondió HTTP %1: %2</translation>
    </message>
    <message>
        <source>The Unique ID service has no address or no LEA to ask for.</source>
        <translation>El servicio de ID único no tiene dirección o no tiene ninguna LEA para la que consultar.</translation>
    </message>
    <message>
        <source>The identity service asked to be polled at another server (%1); the request starts over.</source>
        <translation>El servicio de identidad pidió que se le consulte en otro servidor (%1); la solicitud vuelve a empezar.</translation>
    </message>
    <message>
        <source>The agency rejected the key or secret (HTTP 401).</source>
        <translation>La agencia rechazó la clave o el secreto (HTTP 401).</translation>
    </message>
    <message>
        <source>The identity service answered 202 without saying where to ask again.</source>
        <translation>El servicio de identidad respondió 202 sin indicar dónde volver a consultar.</translation>
    </message>
    <message>
        <source>The identity service no longer knew the pending request; it is asked again.</source>
        <translation>El servicio de identidad ya no reconocía la solicitud pendiente; se vuelve a solicitar.</translation>
    </message>
    <message>
        <source>The identity service&apos;s answer could not be read: %1</source>
        <translation>No se pudo leer la respuesta del servicio de identidad: %1</translation>
    </message>
</context>
<context>
    <name>dexdesk::UniqueIdReviewPage</name>
    <message>
        <source>Unique ID review</source>
        <translation>Revisión de ID únicos</translation>
    </message>
    <message>
        <source>The agency&apos;s identity service found more than one possible state ID for these people. Pick the candidate that is the same person and use its ID, or request a new ID if none is. Until then their records are not published.</source>
        <translation>El servicio de identidad de la agencia encontró más de un ID estatal posible para estas personas. Elija el candidato que sea la misma persona y use su ID, o solicite un ID nuevo si ninguno lo es. Hasta entonces, sus registros no se publican.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>District ID</source>
        <translation>ID del distrito</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>People waiting for review</source>
        <translation>Personas pendientes de revisión</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Candidatos</translation>
    </message>
    <message>
        <source>State ID</source>
        <translation>ID estatal</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Candidates for the selected person</source>
        <translation>Candidatos para la persona seleccionada</translation>
    </message>
    <message>
        <source>&amp;Use this ID</source>
        <translation>&amp;Usar este ID</translation>
    </message>
    <message>
        <source>The selected person gets the selected candidate&apos;s state ID.</source>
        <translation>La persona seleccionada recibe el ID estatal del candidato seleccionado.</translation>
    </message>
    <message>
        <source>Request a &amp;new ID</source>
        <translation>Solicitar un ID &amp;nuevo</translation>
    </message>
    <message>
        <source>None of the candidates is this person: the agency is asked for a new state ID.</source>
        <translation>Ninguno de los candidatos es esta persona: se solicita a la agencia un ID estatal nuevo.</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>No hay ninguna base de datos abierta.</translation>
    </message>
    <message>
        <source>The review list could not be read: %1</source>
        <translation>No se pudo leer la lista de revisión: %1</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>Estudiante</translation>
    </message>
    <message>
        <source>Nobody is waiting for review.</source>
        <translation>No hay nadie pendiente de revisión.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) waiting for review.</source>
        <translation>
            <numerusform>%n persona pendiente de revisión.</numerusform>
            <numerusform>%n personas pendientes de revisión.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>Use this ID</source>
        <translation>Usar este ID</translation>
    </message>
    <message>
        <source>Give %1 (district ID %2) the state ID %3?</source>
        <translation>¿Desea asignar a %1 (ID del distrito %2) el ID estatal %3?</translation>
    </message>
    <message>
        <source>The person&apos;s records and enrolments change to the state ID and are published with the next changes.</source>
        <translation>Los registros y las inscripciones de la persona pasan a usar el ID estatal y se publican con los próximos cambios.</translation>
    </message>
    <message>
        <source>The state ID was not used.</source>
        <translation>No se usó el ID estatal.</translation>
    </message>
    <message>
        <source>%1 now has the state ID %2.</source>
        <translation>%1 tiene ahora el ID estatal %2.</translation>
    </message>
    <message>
        <source>Request a new ID</source>
        <translation>Solicitar un ID nuevo</translation>
    </message>
    <message>
        <source>Ask the agency for a new state ID for %1 (district ID %2)?</source>
        <translation>¿Desea solicitar a la agencia un ID estatal nuevo para %1 (ID del distrito %2)?</translation>
    </message>
    <message>
        <source>Do this only when none of the candidates is this person: a second state ID for one person is hard to undo.</source>
        <translation>Hágalo solo si ninguno de los candidatos es esta persona: un segundo ID estatal para una misma persona es difícil de deshacer.</translation>
    </message>
    <message>
        <source>The new ID was not requested.</source>
        <translation>No se solicitó el ID nuevo.</translation>
    </message>
    <message>
        <source>A new state ID for %1 is requested on the next Unique ID run.</source>
        <translation>Se solicitará un ID estatal nuevo para %1 en la próxima ejecución de ID único.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>DEX Desk: configure and run the real-time data exchange with the state education agency.</source>
        <translation>DEX Desk: configure y ejecute el intercambio de datos en tiempo real con la agencia educativa estatal.</translation>
    </message>
    <message>
        <source>Show the program in language CODE (en, es, fr).</source>
        <translation>Mostrar el programa en el idioma CODE (en, es, fr).</translation>
    </message>
    <message>
        <source>Render the main window into FILE (PNG) and exit.</source>
        <translation>Representar la ventana principal en FILE (PNG) y salir.</translation>
    </message>
    <message>
        <source>Render the LEA dialog of the selected profile into FILE and exit.</source>
        <translation>Representar el diálogo de LEA del perfil seleccionado en FILE y salir.</translation>
    </message>
    <message>
        <source>With --screenshot: select and save profile ID first.</source>
        <translation>Con --screenshot: seleccionar y guardar primero el perfil ID.</translation>
    </message>
    <message>
        <source>dexdesk: no display was found (DISPLAY and WAYLAND_DISPLAY are not set, or name a display that is not running), so the window cannot be shown.
Run it inside a desktop session, or under a virtual display with &quot;xvfb-run -a dexdesk&quot;, or use the terminal program instead, for example &quot;dexdesk-cli settings show&quot;.</source>
        <translation>dexdesk: no se encontró ninguna pantalla (DISPLAY y WAYLAND_DISPLAY no están definidas o indican una pantalla que no está en funcionamiento), por lo que no se puede mostrar la ventana.
Ejecútelo dentro de una sesión de escritorio o en una pantalla virtual con &quot;xvfb-run -a dexdesk&quot;, o bien use el programa de terminal, por ejemplo &quot;dexdesk-cli settings show&quot;.</translation>
    </message>
    <message>
        <source>DEX Desk Cannot Start</source>
        <translation>DEX Desk no puede iniciarse</translation>
    </message>
    <message>
        <source>dexdesk: no profile has the id %1.</source>
        <translation>dexdesk: ningún perfil tiene el id. %1.</translation>
    </message>
    <message>
        <source>dexdesk: no section is called %1.</source>
        <translation>dexdesk: ninguna sección se llama %1.</translation>
    </message>
    <message>
        <source>dexdesk: cannot write %1.</source>
        <translation>dexdesk: no se puede escribir %1.</translation>
    </message>
    <message>
        <source>Run &quot;dexdesk --help&quot; for the options.</source>
        <translation>Ejecute &quot;dexdesk --help&quot; para ver las opciones.</translation>
    </message>
    <message>
        <source>With --screenshot: show SECTION (general, monitor, errors, logs, audit) first.</source>
        <translation>Con --screenshot: mostrar primero SECTION (general, monitor, errors, logs, audit).</translation>
    </message>
    <message>
        <source>With --screenshot: wait MS milliseconds first (default 300).</source>
        <translation>Con --screenshot: esperar primero MS milisegundos (predeterminado 300).</translation>
    </message>
    <message>
        <source>With --demo and --screenshot: turn the system On first, to show a run.</source>
        <translation>Con --demo y --screenshot: poner primero el sistema en Activado, para mostrar una ejecución.</translation>
    </message>
    <message>
        <source>Start a demo: a built-in agency simulator and generated sample records in a throwaway database; your own database and keychain are not touched.</source>
        <translation>Iniciar una demostración: un simulador de agencia integrado y registros de ejemplo generados en una base de datos desechable; su propia base de datos y su llavero no se tocan.</translation>
    </message>
    <message>
        <source>With --demo: generate N sample students (default 300).</source>
        <translation>Con --demo: generar N estudiantes de ejemplo (predeterminado 300).</translation>
    </message>
    <message>
        <source>dexdesk: --demo-students takes 1 to 100000.</source>
        <translation>dexdesk: --demo-students admite de 1 a 100000.</translation>
    </message>
    <message>
        <source>Draw the window with the NAME palette (dark, high-contrast) instead of the desktop&apos;s.</source>
        <translation>Dibujar la ventana con la paleta NAME (dark, high-contrast) en lugar de la del escritorio.</translation>
    </message>
    <message>
        <source>Render the tray icon&apos;s menu into FILE (PNG) and exit.</source>
        <translation>Representar el menú del icono de la bandeja del sistema en FILE (PNG) y salir.</translation>
    </message>
    <message>
        <source>With --demo: the simulator&apos;s error bodies: problem (default), message, errorText, errorObject, errorList or empty.</source>
        <translation>Con --demo: los cuerpos de error del simulador: problem (predeterminado), message, errorText, errorObject, errorList o empty.</translation>
    </message>
    <message>
        <source>dexdesk: --palette takes dark or high-contrast.</source>
        <translation>dexdesk: --palette admite dark o high-contrast.</translation>
    </message>
    <message>
        <source>dexdesk: --demo-error-shape takes one of: %1.</source>
        <translation>dexdesk: --demo-error-shape admite uno de estos valores: %1.</translation>
    </message>
    <message>
        <source>The demo could not be started. Run &quot;dexdesk --demo&quot; instead.</source>
        <translation>No se pudo iniciar la demostración. Ejecute &quot;dexdesk --demo&quot; en su lugar.</translation>
    </message>
    <message>
        <source>Starting the demo…</source>
        <translation>Iniciando la demostración…</translation>
    </message>
    <message>
        <source>Use the database file PATH, or the PostgreSQL server postgresql://user@host:port/database (password from ~/.pgpass or PGPASSFILE), instead of the default one.</source>
        <translation>Usar el archivo de base de datos PATH, o el servidor PostgreSQL postgresql://usuario@servidor:puerto/base (contraseña de ~/.pgpass o PGPASSFILE), en lugar del predeterminado.</translation>
    </message>
    <message>
        <source>Render the Open Database dialog into FILE and exit.</source>
        <translation>Dibujar el diálogo Abrir base de datos en FILE y salir.</translation>
    </message>
    <message>
        <source>DEX Desk could not be started again on the database %1. Start it yourself with: dexdesk --database %1</source>
        <translation>DEX Desk no pudo volver a iniciarse con la base de datos %1. Inícielo usted con: dexdesk --database %1</translation>
    </message>
</context>
</TS>
