<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>never finished</source>
        <translation>nie abgeschlossen</translation>
    </message>
    <message>
        <source>re-applied</source>
        <translation>erneut angewendet</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>missing locally</source>
        <translation>lokal nicht vorhanden</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>abweichend</translation>
    </message>
    <message>
        <source>matches (line endings)</source>
        <translation>stimmt überein (Zeilenenden)</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Filter migrations by name…</source>
        <translation>Migrationen nach Name filtern…</translation>
    </message>
    <message>
        <source>All migrations</source>
        <translation>Alle Migrationen</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Modified after apply</source>
        <translation>Nach dem Anwenden geändert</translation>
    </message>
    <message>
        <source>Missing locally</source>
        <translation>Lokal nicht vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n Migration</numerusform>
            <numerusform>%n Migrationen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>Database URL: file:./dev.db, postgresql://user@host/db?schema=public, mysql://…</source>
        <translation>Datenbank-URL: file:./dev.db, postgresql://user@host/db?schema=public, mysql://…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open a Prisma workspace (File ▸ Open Workspace) or the demo.</source>
        <translation>Öffnen Sie einen Prisma-Arbeitsbereich (Datei ▸ Arbeitsbereich öffnen) oder die Demo.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open Prisma Workspace</source>
        <translation>Prisma-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>A SQLite workspace with a failed migration, as in Prisma&apos;s guide</source>
        <translation>Ein SQLite-Arbeitsbereich mit einer fehlgeschlagenen Migration, wie in Prismas Anleitung</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find Migration</source>
        <translation>Migration &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Migration Workbench</source>
        <translation>Ü&amp;ber Migration Workbench</translation>
    </message>
    <message>
        <source>About Migration Workbench</source>
        <translation>Über Migration Workbench</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Migration Workbench %1&lt;/h3&gt;&lt;p&gt;See and repair Prisma Migrate migration histories in PostgreSQL, MySQL/MariaDB and SQLite.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Migration Workbench %1&lt;/h3&gt;&lt;p&gt;Migrationsverläufe von Prisma Migrate in PostgreSQL, MySQL/MariaDB und SQLite einsehen und reparieren.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> Database: </source>
        <translation> Datenbank: </translation>
    </message>
    <message>
        <source>The database URL is invalid: %1</source>
        <translation>Die Datenbank-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Reading the migration history…</source>
        <translation>Migrationsverlauf wird gelesen…</translation>
    </message>
    <message>
        <source>no database (folder only)</source>
        <translation>keine Datenbank (nur Ordner)</translation>
    </message>
    <message>
        <source>%1 · %2 · read in %3 ms</source>
        <translation>%1 · %2 · gelesen in %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n local migration(s). Enter a database URL to compare them with a database.</source>
        <translation>
            <numerusform>%n lokale Migration. Geben Sie eine Datenbank-URL ein, um sie mit einer Datenbank zu vergleichen.</numerusform>
            <numerusform>%n lokale Migrationen. Geben Sie eine Datenbank-URL ein, um sie mit einer Datenbank zu vergleichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prisma refuses to work here (%1): %2</source>
        <translation>Prisma verweigert hier die Arbeit (%1): %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed migration(s): prisma migrate deploy is blocked (P3009) until they are resolved.</source>
        <translation>
            <numerusform>%n fehlgeschlagene Migration: prisma migrate deploy ist blockiert (P3009), bis sie behoben ist.</numerusform>
            <numerusform>%n fehlgeschlagene Migrationen: prisma migrate deploy ist blockiert (P3009), bis sie behoben sind.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending migration(s).</source>
        <translation>
            <numerusform>%n ausstehende Migration.</numerusform>
            <numerusform>%n ausstehende Migrationen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rolled back (deploy runs them again).</source>
        <translation>
            <numerusform>%n zurückgerollt (Deploy führt sie erneut aus).</numerusform>
            <numerusform>%n zurückgerollt (Deploy führt sie erneut aus).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified after apply.</source>
        <translation>
            <numerusform>%n nach dem Anwenden geändert.</numerusform>
            <numerusform>%n nach dem Anwenden geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing locally.</source>
        <translation>
            <numerusform>%n lokal nicht vorhanden.</numerusform>
            <numerusform>%n lokal nicht vorhanden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No _prisma_migrations table: this database is not managed by Prisma Migrate yet.</source>
        <translation>Keine Tabelle _prisma_migrations: Diese Datenbank wird noch nicht von Prisma Migrate verwaltet.</translation>
    </message>
    <message>
        <source>Database schema is up to date with the migrations folder.</source>
        <translation>Das Datenbankschema ist auf dem Stand des Migrationsordners.</translation>
    </message>
    <message>
        <source>(prisma migrate status would exit with %1.)</source>
        <translation>(prisma migrate status würde mit Exit-Code %1 enden.)</translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation>Demo-Arbeitsbereich wird erstellt…</translation>
    </message>
    <message>
        <source>%1 — Migration Workbench</source>
        <translation>%1 — Migration Workbench</translation>
    </message>
    <message>
        <source>Migration Workbench</source>
        <translation>Migration Workbench</translation>
    </message>
    <message>
        <source>&amp;Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deploy Pending Migrations…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Selected as &amp;Applied…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark Selected as &amp;Rolled Back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Execute SQL Script…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute SQL Script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished">Lokal</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Production</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment of this database. Production connections are read-only until you confirm an operation by typing the database name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PRODUCTION] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[staging] %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> PRODUCTION · read-only </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> STAGING </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a database first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationDetailsPane</name>
    <message>
        <source>No migration selected</source>
        <translation>Keine Migration ausgewählt</translation>
    </message>
    <message>
        <source>Started:</source>
        <translation>Gestartet:</translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation>Abgeschlossen:</translation>
    </message>
    <message>
        <source>Rolled back:</source>
        <translation>Zurückgerollt:</translation>
    </message>
    <message>
        <source>Applied steps:</source>
        <translation>Angewendete Schritte:</translation>
    </message>
    <message>
        <source>Recorded checksum:</source>
        <translation>Gespeicherte Prüfsumme:</translation>
    </message>
    <message>
        <source>Local checksum:</source>
        <translation>Lokale Prüfsumme:</translation>
    </message>
    <message>
        <source>SQL</source>
        <translation>SQL</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Protokolle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a migration to see its SQL, its rows in _prisma_migrations and what Prisma would say about it.</source>
        <translation>Wählen Sie eine Migration aus, um ihr SQL, ihre Zeilen in _prisma_migrations und Prismas Einschätzung dazu zu sehen.</translation>
    </message>
    <message>
        <source>Applied, and the file matches what was recorded.</source>
        <translation>Angewendet; die Datei stimmt mit dem gespeicherten Stand überein.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>no row</source>
        <translation>keine Zeile</translation>
    </message>
    <message>
        <source>no local file</source>
        <translation>keine lokale Datei</translation>
    </message>
    <message>
        <source>  (differs)</source>
        <translation>  (abweichend)</translation>
    </message>
    <message>
        <source>  (same after line-ending normalisation)</source>
        <translation>  (gleich nach Normalisierung der Zeilenenden)</translation>
    </message>
    <message>
        <source>-- This migration is not in the local migrations folder.</source>
        <translation>-- Diese Migration ist nicht im lokalen Migrationsordner vorhanden.</translation>
    </message>
    <message>
        <source>-- The file is too large to show (%1 bytes).</source>
        <translation>-- Die Datei ist zu groß für die Anzeige (%1 Bytes).</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>(no logs: NULL)</source>
        <translation>(keine Protokolle: NULL)</translation>
    </message>
    <message>
        <source>Logs •</source>
        <translation>Protokolle •</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>started_at</source>
        <translation>started_at</translation>
    </message>
    <message>
        <source>finished_at</source>
        <translation>finished_at</translation>
    </message>
    <message>
        <source>rolled_back_at</source>
        <translation>rolled_back_at</translation>
    </message>
    <message>
        <source>applied_steps_count</source>
        <translation>applied_steps_count</translation>
    </message>
    <message>
        <source>checksum</source>
        <translation>checksum</translation>
    </message>
    <message>
        <source>logs</source>
        <translation>logs</translation>
    </message>
    <message>
        <source>Rows (%1)</source>
        <translation>Zeilen (%1)</translation>
    </message>
    <message>
        <source>  (matches)</source>
        <translation>  (stimmt überein)</translation>
    </message>
    <message>
        <source>Row state</source>
        <translation>Zeilenstatus</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>started, never finished</source>
        <translation>begonnen, nie abgeschlossen</translation>
    </message>
</context>
<context>
    <name>Mwb</name>
    <message>
        <source>No database is configured.</source>
        <translation>Es ist keine Datenbank konfiguriert.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (Debian: libqt6sql6-%2).</translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist.</source>
        <translation>Die SQLite-Datenbankdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Verbindung zu %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database: %2</source>
        <translation>%1 ist keine SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>PostgreSQL %1@%2:%3/%4 (schema %5)</source>
        <translation>PostgreSQL %1@%2:%3/%4 (Schema %5)</translation>
    </message>
    <message>
        <source>MySQL %1@%2:%3/%4</source>
        <translation>MySQL %1@%2:%3/%4</translation>
    </message>
    <message>
        <source>no database</source>
        <translation>keine Datenbank</translation>
    </message>
    <message>
        <source>The file: URL has no path (expected for example file:./dev.db).</source>
        <translation>Die file:-URL enthält keinen Pfad (erwartet wird zum Beispiel file:./dev.db).</translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation>Die Datenbank-URL ist leer.</translation>
    </message>
    <message>
        <source>MongoDB is not supported: Prisma Migrate does not manage MongoDB databases (use prisma db push there).</source>
        <translation>MongoDB wird nicht unterstützt: Prisma Migrate verwaltet keine MongoDB-Datenbanken (verwenden Sie dort prisma db push).</translation>
    </message>
    <message>
        <source>SQL Server URLs are recognised, but this version supports PostgreSQL, MySQL/MariaDB and SQLite only.</source>
        <translation>URLs für SQL Server werden erkannt, diese Version unterstützt jedoch nur PostgreSQL, MySQL/MariaDB und SQLite.</translation>
    </message>
    <message>
        <source>CockroachDB is not supported yet; PostgreSQL, MySQL/MariaDB and SQLite are.</source>
        <translation>CockroachDB wird noch nicht unterstützt; unterstützt werden PostgreSQL, MySQL/MariaDB und SQLite.</translation>
    </message>
    <message>
        <source>Prisma Accelerate/Postgres proxy URLs cannot run migrations; use the direct database URL.</source>
        <translation>Über Proxy-URLs von Prisma Accelerate/Postgres lassen sich keine Migrationen ausführen; verwenden Sie die direkte Datenbank-URL.</translation>
    </message>
    <message>
        <source>The URL has no scheme: expected file:, postgresql:// or mysql://.</source>
        <translation>Die URL enthält kein Schema: erwartet wird file:, postgresql:// oder mysql://.</translation>
    </message>
    <message>
        <source>Unknown URL scheme &quot;%1&quot;: expected file:, postgresql:// or mysql://.</source>
        <translation>Unbekanntes URL-Schema „%1“: erwartet wird file:, postgresql:// oder mysql://.</translation>
    </message>
    <message>
        <source>The URL is malformed: %1.</source>
        <translation>Die URL ist fehlerhaft: %1.</translation>
    </message>
    <message>
        <source>Expected &quot;//&quot; after &quot;%1:&quot;.</source>
        <translation>Nach &quot;%1:&quot; wird &quot;//&quot; erwartet.</translation>
    </message>
    <message>
        <source>The port is empty.</source>
        <translation>Der Port ist leer.</translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; contains a slash.</source>
        <translation>Der Datenbankname „%1“ enthält einen Schrägstrich.</translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation>connect_timeout muss eine Anzahl von Sekunden sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation>Die URL enthält keinen Host.</translation>
    </message>
    <message>
        <source>The URL has no database name (the path after the host).</source>
        <translation>Die URL enthält keinen Datenbanknamen (den Pfad nach dem Host).</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation>Die Verbindung ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No database connection.</source>
        <translation>Keine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>Cannot look up _prisma_migrations</source>
        <translation>_prisma_migrations kann nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>Cannot read _prisma_migrations</source>
        <translation>_prisma_migrations kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Not applied: the next deploy will run it.</source>
        <translation>Nicht angewendet: Der nächste Deploy führt sie aus.</translation>
    </message>
    <message>
        <source>Failed: Prisma blocks every deploy (P3009) until it is marked rolled back or applied.</source>
        <translation>Fehlgeschlagen: Prisma blockiert jeden Deploy (P3009), bis sie als zurückgerollt oder angewendet markiert ist.</translation>
    </message>
    <message>
        <source>Rolled back: prisma migrate status calls this up to date, but the next deploy will run it again.</source>
        <translation>Zurückgerollt: prisma migrate status meldet dies als aktuell, aber der nächste Deploy führt sie erneut aus.</translation>
    </message>
    <message>
        <source>Applied again after an earlier attempt was rolled back.</source>
        <translation>Erneut angewendet, nachdem ein früherer Versuch zurückgerollt wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n rows in _prisma_migrations have this name.</source>
        <translation>
            <numerusform>%n Zeile in _prisma_migrations hat diesen Namen.</numerusform>
            <numerusform>%n Zeilen in _prisma_migrations haben diesen Namen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Missing locally: the database has it, the migrations folder does not. Prisma ignores it on deploy.</source>
        <translation>Lokal nicht vorhanden: Die Datenbank kennt sie, der Migrationsordner nicht. Prisma ignoriert sie beim Deploy.</translation>
    </message>
    <message>
        <source>Modified after it was applied: the file&apos;s checksum differs from the one recorded.</source>
        <translation>Nach dem Anwenden geändert: Die Prüfsumme der Datei weicht von der gespeicherten ab.</translation>
    </message>
    <message>
        <source>Line endings differ from the recorded file (CRLF/LF); Prisma does not count this as an edit.</source>
        <translation>Die Zeilenenden weichen von der gespeicherten Datei ab (CRLF/LF); Prisma wertet dies nicht als Änderung.</translation>
    </message>
    <message>
        <source>prisma migrate dev would report it as modified: Prisma compares with the oldest row of this name, which has another checksum.</source>
        <translation>prisma migrate dev würde sie als geändert melden: Prisma vergleicht mit der ältesten Zeile dieses Namens, die eine andere Prüfsumme hat.</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Angewendet</translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation>Zurückgerollt</translation>
    </message>
    <message>
        <source>Migration Workbench: nothing else to report.
</source>
        <translation>Migration Workbench: sonst nichts zu melden.
</translation>
    </message>
    <message numerus="yes">
        <source>Migration Workbench also found (%n migration(s) need attention):
</source>
        <translation>
            <numerusform>Migration Workbench hat außerdem Folgendes gefunden (%n Migration braucht Aufmerksamkeit):
</numerusform>
            <numerusform>Migration Workbench hat außerdem Folgendes gefunden (%n Migrationen brauchen Aufmerksamkeit):
</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 is not empty; the demo is only created in an empty folder.</source>
        <translation>%1 ist nicht leer; die Demo wird nur in einem leeren Ordner erstellt.</translation>
    </message>
    <message>
        <source>Cannot replace the earlier demo in %1.</source>
        <translation>Die frühere Demo in %1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot build the demo database: %1</source>
        <translation>Die Demo-Datenbank kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The name is not of the form &lt;digits&gt;_&lt;name&gt; in ASCII, so its order may differ between Prisma versions.</source>
        <translation>Der Name hat nicht die Form &lt;Ziffern&gt;_&lt;Name&gt; in ASCII, daher kann sich seine Reihenfolge je nach Prisma-Version unterscheiden.</translation>
    </message>
    <message>
        <source>migration.sql is missing (Prisma fails with P3015 when it reaches this migration).</source>
        <translation>migration.sql fehlt (Prisma bricht mit P3015 ab, sobald es diese Migration erreicht).</translation>
    </message>
    <message>
        <source>migration.sql is not a regular file.</source>
        <translation>migration.sql ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>migration.sql is %1 MiB, larger than the %2 MiB this tool reads.</source>
        <translation>migration.sql ist %1 MiB groß und damit größer als die %2 MiB, die dieses Werkzeug liest.</translation>
    </message>
    <message>
        <source>migration.sql cannot be read: %1.</source>
        <translation>migration.sql kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>migration.sql is empty.</source>
        <translation>migration.sql ist leer.</translation>
    </message>
    <message>
        <source>migration.sql is not valid UTF-8; Prisma reads it with replacement characters, and the checksum is computed the same way.</source>
        <translation>migration.sql ist kein gültiges UTF-8; Prisma liest die Datei mit Ersatzzeichen, und die Prüfsumme wird auf dieselbe Weise berechnet.</translation>
    </message>
    <message>
        <source>migration.sql is larger than %1 MiB; it is hashed but not shown.</source>
        <translation>migration.sql ist größer als %1 MiB; die Prüfsumme wird berechnet, der Inhalt aber nicht angezeigt.</translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation>%1 ist kein Verzeichnis.</translation>
    </message>
    <message>
        <source>The migrations folder %1 cannot be read.</source>
        <translation>Der Migrationsordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>%1 is a file, not a Prisma project folder or schema.prisma.</source>
        <translation>%1 ist eine Datei, aber weder ein Prisma-Projektordner noch schema.prisma.</translation>
    </message>
    <message>
        <source>%1 is not a Prisma workspace: it has neither prisma/schema.prisma nor prisma/migrations.</source>
        <translation>%1 ist kein Prisma-Arbeitsbereich: Er enthält weder prisma/schema.prisma noch prisma/migrations.</translation>
    </message>
    <message>
        <source>the url in %1</source>
        <translation>der url-Angabe in %1</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>der Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>This connection is read-only: nothing was sent. Elevate it for this operation (production connections require typing the database name).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite handle is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot find the connection&apos;s server process id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated string literal starting at line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated quoted identifier starting at line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated dollar-quoted string %1 starting at line %2, column %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated block comment starting at line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unterminated BEGIN ... END block starting at line %1, column %2: END is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIMITER at line %1, column %2 is not followed by a delimiter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter set at line %1, column %2 contains a backslash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter set at line %1, column %2 is longer than 15 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delimiter set at line %1, column %2 is not valid text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts or ends a transaction itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot run inside a transaction block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12, and the new value cannot be used before it commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commits the current transaction implicitly in MySQL and MariaDB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys is a no-op inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRAGMA journal_mode cannot switch to or from WAL inside a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started but never finished: the process or the database stopped in the middle (no logs were written). Prisma blocks every deploy (P3009) until it is resolved. Check which of its statements took effect; then either revert them and mark it rolled back (prisma migrate resolve --rolled-back), or complete it by hand and mark it applied (prisma migrate resolve --applied).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration Workbench notes (nothing needs attention):
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot take Prisma&apos;s migration lock: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled while waiting for Prisma&apos;s migration lock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL backend %1 (user %2, application &quot;%3&quot;, from %4, connected since %5, %6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL connection %1 (user %2 from %3, %4 s in state %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another process has the SQLite file open for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration ran in a transaction that was rolled back, so none of its statements took effect. Fix the cause (or the migration), then mark it rolled back (prisma migrate resolve --rolled-back &quot;%1&quot;) and deploy again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statements before the failing one took effect. Either revert them and mark the migration rolled back (prisma migrate resolve --rolled-back &quot;%1&quot;), or complete it by hand and mark it applied (prisma migrate resolve --applied &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for Prisma&apos;s migration lock, held by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration %1 cannot be read as SQL: %2. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not run atomically: MySQL/MariaDB commit every DDL statement on its own, so a failure leaves earlier statements applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not run atomically: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 runs statement by statement (atomic mode is off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;new id&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;now, UTC&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>
Dry run: %n migration(s) would be applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lock taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_prisma_migrations created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before %1; nothing of it was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user in Migration Workbench at statement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: step counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot list the tables: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing to _prisma_migrations failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot prepare a write to _prisma_migrations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no _prisma_migrations table yet: it is created (this is how a database is baselined).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No SQL of the migration is run: the database must already contain its changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No row of %1 is failed: Prisma succeeds without writing anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No schema change is undone: revert what the migration did before marking it rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script cannot be read as SQL: %1. Nothing was executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL/MariaDB commit DDL statements one by one: the script cannot run atomically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The script cannot run in one transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each statement commits on its own: a failure leaves the earlier ones applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>_prisma_migrations is not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement %1 (line %2, column %3) failed with database error %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) before it took effect and stay applied.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The transaction was rolled back: nothing of the script took effect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: transaction started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled by the user before statement %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: statement %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: committed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Deploy pending migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark %1 as rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished">Abbrechen</translation>
    </message>
    <message>
        <source>  —  equivalent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the database name to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Production.&lt;/b&gt; This connection is read-only. Type &lt;b&gt;%1&lt;/b&gt; to allow this one operation to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused%1:&lt;/b&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- Nothing will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> line %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pending migrations: nothing to apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) will be applied: </source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in total, %1 from the script(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>

Failed statement %1 (line %2, column %3):
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished">Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and repair Prisma Migrate migration histories.</source>
        <translation>Migrationsverläufe von Prisma Migrate einsehen und reparieren.</translation>
    </message>
    <message>
        <source>Open the built-in demo workspace.</source>
        <translation>Den eingebauten Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Database URL (Prisma form).</source>
        <translation>Datenbank-URL (in Prisma-Schreibweise).</translation>
    </message>
    <message>
        <source>Save a PNG of the window once the history is shown, then quit.</source>
        <translation>Ein PNG des Fensters speichern, sobald der Verlauf angezeigt wird, und dann beenden.</translation>
    </message>
    <message>
        <source>A Prisma project folder.</source>
        <translation>Ein Prisma-Projektordner.</translation>
    </message>
</context>
<context>
    <name>mwb</name>
    <message>
        <source>Create the demo workspace: a SQLite database with a failed migration, as Prisma leaves it.</source>
        <translation>Den Demo-Arbeitsbereich erstellen: eine SQLite-Datenbank mit einer fehlgeschlagenen Migration, so wie Prisma sie hinterlässt.</translation>
    </message>
    <message>
        <source>An empty or absent folder.</source>
        <translation>Ein leerer oder nicht vorhandener Ordner.</translation>
    </message>
    <message>
        <source>Usage: mwb demo DIR</source>
        <translation>Aufruf: mwb demo ORDNER</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <source>Demo workspace created in %1</source>
        <translation>Demo-Arbeitsbereich in %1 erstellt</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Show where a database stands against a Prisma migrations folder.</source>
        <translation>Den Stand einer Datenbank gegenüber einem Prisma-Migrationsordner anzeigen.</translation>
    </message>
    <message>
        <source>The Prisma project folder (default: the current folder).</source>
        <translation>Der Prisma-Projektordner (Standard: der aktuelle Ordner).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>Database URL as Prisma writes it (file:./dev.db, postgresql://…?schema=, mysql://…). Default: the datasource URL of the workspace (.env).</source>
        <translation>Datenbank-URL in Prisma-Schreibweise (file:./dev.db, postgresql://…?schema=, mysql://…). Standard: die Datasource-URL des Arbeitsbereichs (.env).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein einzelnes JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>The command.</source>
        <translation>Der Befehl.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--url</source>
        <translation>--url</translation>
    </message>
    <message>
        <source>Error: no database URL: pass --url or set DATABASE_URL in %1.</source>
        <translation>Fehler: keine Datenbank-URL: Geben Sie --url an oder setzen Sie DATABASE_URL in %1.</translation>
    </message>
    <message>
        <source>Error: the database URL from %1 is invalid: %2</source>
        <translation>Fehler: Die Datenbank-URL aus %1 ist ungültig: %2</translation>
    </message>
    <message>
        <source>Datasource: %1</source>
        <translation>Datenquelle: %1</translation>
    </message>
    <message>
        <source>Usage: mwb COMMAND [options]

Commands:
  status   where a database stands against the migrations folder
  deploy   apply pending migrations (prisma migrate deploy)
  resolve  mark a migration --applied or --rolled-back (prisma migrate resolve)
  execute  run a SQL script (prisma db execute)
  demo     create the demo workspace in a folder

Run &apos;mwb COMMAND --help&apos; for the options of a command.
Exit codes: 0 up to date / success, 1 needs attention / operation failed,
2 bad arguments or input, 3 database unreachable or unreadable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan (dry run: nothing was written):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided --file at %1 doesn&apos;t exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The script is not valid UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every statement that would be sent, bookkeeping included; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run statements one by one (as Prisma does on SQLite and MySQL) instead of one transaction per migration where the database allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>execute: run the whole script in one transaction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a migration as applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a failed migration as rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQL script to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the script from standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply pending migrations exactly like prisma migrate deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark a migration applied or rolled back like prisma migrate resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run a SQL script like prisma db execute, statement by statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migration name must not be empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass exactly one of --file and --stdin.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
