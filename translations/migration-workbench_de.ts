<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>never finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>re-applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches (line endings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Filter migrations by name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified after apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing locally</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL: file:./dev.db, postgresql://user@host/db?schema=public, mysql://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Prisma workspace (File ▸ Open Workspace) or the demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Prisma Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A SQLite workspace with a failed migration, as in Prisma&apos;s guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find Migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Migration Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Migration Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Migration Workbench %1&lt;/h3&gt;&lt;p&gt;See and repair Prisma Migrate migration histories in PostgreSQL, MySQL/MariaDB and SQLite.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> Database: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL is invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the migration history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database (folder only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · read in %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n local migration(s). Enter a database URL to compare them with a database.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Prisma refuses to work here (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n failed migration(s): prisma migrate deploy is blocked (P3009) until they are resolved.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending migration(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rolled back (deploy runs them again).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified after apply.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing locally.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No _prisma_migrations table: this database is not managed by Prisma Migrate yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema is up to date with the migrations folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(prisma migrate status would exit with %1.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the demo workspace…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Migration Workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration Workbench</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationDetailsPane</name>
    <message>
        <source>No migration selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded checksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local checksum:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a migration to see its SQL, its rows in _prisma_migrations and what Prisma would say about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied, and the file matches what was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no local file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (differs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (same after line-ending normalisation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- This migration is not in the local migrations folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-- The file is too large to show (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no logs: NULL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs •</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rolled_back_at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applied_steps_count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (matches)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mwb</name>
    <message>
        <source>No database is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 is not installed (Debian: libqt6sql6-%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SQLite database file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL %1@%2:%3/%4 (schema %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MySQL %1@%2:%3/%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file: URL has no path (expected for example file:./dev.db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database URL is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MongoDB is not supported: Prisma Migrate does not manage MongoDB databases (use prisma db push there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQL Server URLs are recognised, but this version supports PostgreSQL, MySQL/MariaDB and SQLite only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CockroachDB is not supported yet; PostgreSQL, MySQL/MariaDB and SQLite are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prisma Accelerate/Postgres proxy URLs cannot run migrations; use the direct database URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no scheme: expected file:, postgresql:// or mysql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown URL scheme &quot;%1&quot;: expected file:, postgresql:// or mysql://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL is malformed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected &quot;//&quot; after &quot;%1:&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database name &quot;%1&quot; contains a slash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect_timeout must be a number of seconds, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL has no database name (the path after the host).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The datasource provider `%1` specified in your schema does not match the one specified in the migration_lock.toml, `%2`. Please remove your current migration directory and start a new migration history with prisma migrate dev. Read more: https://pris.ly/d/migrate-provider-switch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot look up _prisma_migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read _prisma_migrations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the next deploy will run it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started but never finished: the process or the database stopped in the middle (no logs were written). Prisma blocks every deploy (P3009) until it is resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: Prisma blocks every deploy (P3009) until it is marked rolled back or applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back: prisma migrate status calls this up to date, but the next deploy will run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied again after an earlier attempt was rolled back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rows in _prisma_migrations have this name.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Missing locally: the database has it, the migrations folder does not. Prisma ignores it on deploy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified after it was applied: the file&apos;s checksum differs from the one recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line endings differ from the recorded file (CRLF/LF); Prisma does not count this as an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prisma migrate dev would report it as modified: Prisma compares with the oldest row of this name, which has another checksum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rolled back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migration Workbench: nothing else to report.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Migration Workbench also found (%n migration(s) need attention):
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not empty; the demo is only created in an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace the earlier demo in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot build the demo database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is not of the form &lt;digits&gt;_&lt;name&gt; in ASCII, so its order may differ between Prisma versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration.sql is missing (Prisma fails with P3015 when it reaches this migration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration.sql is not a regular file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration.sql is %1 MiB, larger than the %2 MiB this tool reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration.sql cannot be read: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration.sql is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration.sql is not valid UTF-8; Prisma reads it with replacement characters, and the checksum is computed the same way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration.sql is larger than %1 MiB; it is hashed but not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The migrations folder %1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not a Prisma project folder or schema.prisma.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Prisma workspace: it has neither prisma/schema.prisma nor prisma/migrations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the url in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>See and repair Prisma Migrate migration histories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the built-in demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL (Prisma form).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the window once the history is shown, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Prisma project folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mwb</name>
    <message>
        <source>Create the demo workspace: a SQLite database with a failed migration, as Prisma leaves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty or absent folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mwb demo DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo workspace created in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: mwb COMMAND [options]

Commands:
  status   where a database stands against the migrations folder
  demo     create the demo workspace in a folder

Run &apos;mwb COMMAND --help&apos; for the options of a command.
Exit codes: 0 up to date, 1 needs attention, 2 bad arguments or input,
3 database unreachable or unreadable.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show where a database stands against a Prisma migrations folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Prisma project folder (default: the current folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database URL as Prisma writes it (file:./dev.db, postgresql://…?schema=, mysql://…). Default: the datasource URL of the workspace (.env).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--url</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: no database URL: pass --url or set DATABASE_URL in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: the database URL from %1 is invalid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasource: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
