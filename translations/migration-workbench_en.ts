<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AuditJournalDialog</name>
    <message numerus="yes">
        <source>&lt;b&gt;Journal intact&lt;/b&gt; (%n entries): every line follows the one before it and has its recorded hash.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Journal intact&lt;/b&gt; (%n entry): every line follows the one before it and has its recorded hash.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</numerusform>
            <numerusform>&lt;b&gt;Journal intact&lt;/b&gt; (%n entries): every line follows the one before it and has its recorded hash.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message numerus="yes">
        <source>%n table(s) found. This is %1/migration.sql:</source>
        <translation>
            <numerusform>%n table found. This is %1/migration.sql:</numerusform>
            <numerusform>%n tables found. This is %1/migration.sql:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConnectionMatrixDialog</name>
    <message numerus="yes">
        <source>Reading %n connection(s)…</source>
        <translation>
            <numerusform>Reading %n connection…</numerusform>
            <numerusform>Reading %n connections…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) read, each on its own connection and thread.</source>
        <translation>
            <numerusform>%n connection read, on its own connection and thread.</numerusform>
            <numerusform>%n connections read, each on its own connection and thread.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffSummaryTree</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DiffWindow</name>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n change.</numerusform>
            <numerusform>%n changes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed region(s)</source>
        <translation>
            <numerusform>%n changed region</numerusform>
            <numerusform>%n changed regions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DriftIndicator</name>
    <message numerus="yes">
        <source>Drift: %n change(s)</source>
        <translation>
            <numerusform>Drift: %n change</numerusform>
            <numerusform>Drift: %n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n replaced</numerusform>
            <numerusform>%n replaced</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message numerus="yes">
        <source>%n migration(s)</source>
        <translation>
            <numerusform>%n migration</numerusform>
            <numerusform>%n migrations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LintFindingsView</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n info</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): </source>
        <translation>
            <numerusform>%n finding: </numerusform>
            <numerusform>%n findings: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LintPanel</name>
    <message numerus="yes">
        <source>Running %n pre-check(s), read-only…</source>
        <translation>
            <numerusform>Running %n pre-check, read-only…</numerusform>
            <numerusform>Running %n pre-checks, read-only…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pre-check(s) found rows in the way.</source>
        <translation>
            <numerusform>%n pre-check found rows in the way.</numerusform>
            <numerusform>%n pre-checks found rows in the way.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n local migration(s). Enter a database URL to compare them with a database.</source>
        <translation>
            <numerusform>%n local migration. Enter a database URL to compare it with a database.</numerusform>
            <numerusform>%n local migrations. Enter a database URL to compare them with a database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed migration(s): prisma migrate deploy is blocked (P3009) until they are resolved.</source>
        <translation>
            <numerusform>%n failed migration: prisma migrate deploy is blocked (P3009) until it is resolved.</numerusform>
            <numerusform>%n failed migrations: prisma migrate deploy is blocked (P3009) until they are resolved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending migration(s).</source>
        <translation>
            <numerusform>%n pending migration.</numerusform>
            <numerusform>%n pending migrations.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rolled back (deploy runs them again).</source>
        <translation>
            <numerusform>%n rolled back (deploy runs it again).</numerusform>
            <numerusform>%n rolled back (deploy runs them again).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n modified after apply.</source>
        <translation>
            <numerusform>%n modified after apply.</numerusform>
            <numerusform>%n modified after apply.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing locally.</source>
        <translation>
            <numerusform>%n missing locally.</numerusform>
            <numerusform>%n missing locally.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Mwb</name>
    <message numerus="yes">
        <source>%n rows in _prisma_migrations have this name.</source>
        <translation>
            <numerusform>%n row in _prisma_migrations has this name.</numerusform>
            <numerusform>%n rows in _prisma_migrations have this name.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Migration Workbench also found (%n migration(s) need attention):
</source>
        <translation>
            <numerusform>Migration Workbench also found (%n migration needs attention):
</numerusform>
            <numerusform>Migration Workbench also found (%n migrations need attention):
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>
Dry run: %n migration(s) would be applied.</source>
        <translation>
            <numerusform>
Dry run: %n migration would be applied.</numerusform>
            <numerusform>
Dry run: %n migrations would be applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) before it took effect and stay applied.</source>
        <translation>
            <numerusform>%n statement before it took effect and stays applied.</numerusform>
            <numerusform>%n statements before it took effect and stay applied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>No answer from %1 within %n second.</numerusform>
            <numerusform>No answer from %1 within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Statements sent (%n)</source>
        <translation>
            <numerusform>Statement sent (%n)</numerusform>
            <numerusform>Statements sent (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Lint (%n finding(s))</source>
        <translation>
            <numerusform>Lint (%n finding)</numerusform>
            <numerusform>Lint (%n findings)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Data pre-checks (%n)</source>
        <translation>
            <numerusform>Data pre-check (%n)</numerusform>
            <numerusform>Data pre-checks (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Executions (%n)</source>
        <translation>
            <numerusform>Execution (%n)</numerusform>
            <numerusform>Executions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hold NULL.</source>
        <translation>
            <numerusform>%n row holds NULL.</numerusform>
            <numerusform>%n rows hold NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has %n row(s): adding the column fails without a default.</source>
        <translation>
            <numerusform>The table has %n row: adding the column fails without a default.</numerusform>
            <numerusform>The table has %n rows: adding the column fails without a default.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hold values that do not convert to %1.</source>
        <translation>
            <numerusform>%n row holds values that do not convert to %1.</numerusform>
            <numerusform>%n rows hold values that do not convert to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) reference a missing %1 row.</source>
        <translation>
            <numerusform>%n row references a missing %1 row.</numerusform>
            <numerusform>%n rows reference a missing %1 row.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s), %1 rows in them.</source>
        <translation>
            <numerusform>%n duplicate group, %1 rows in it.</numerusform>
            <numerusform>%n duplicate groups, %1 rows in them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The database already has a migration history (%n row(s) in _prisma_migrations). Baselining is for databases that predate Prisma Migrate.</source>
        <translation>
            <numerusform>The database already has a migration history (%n row in _prisma_migrations). Baselining is for databases that predate Prisma Migrate.</numerusform>
            <numerusform>The database already has a migration history (%n rows in _prisma_migrations). Baselining is for databases that predate Prisma Migrate.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message numerus="yes">
        <source>%n migration(s) will be applied: </source>
        <translation>
            <numerusform>%n migration will be applied: </numerusform>
            <numerusform>%n migrations will be applied: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in total, %1 from the script(s).</source>
        <translation>
            <numerusform>%n step in total, %1 from the script(s).</numerusform>
            <numerusform>%n steps in total, %1 from the script(s).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanCreationDialog</name>
    <message numerus="yes">
        <source>%n step(s), bookkeeping included.</source>
        <translation>
            <numerusform>%n step, bookkeeping included.</numerusform>
            <numerusform>%n steps, bookkeeping included.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n precondition(s) re-checked at execution.</source>
        <translation>
            <numerusform>%n precondition re-checked at execution.</numerusform>
            <numerusform>%n preconditions re-checked at execution.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryDataPage</name>
    <message numerus="yes">
        <source>Looking for duplicates (%n unique index(es))…</source>
        <translation>
            <numerusform>Looking for duplicates (%n unique index)…</numerusform>
            <numerusform>Looking for duplicates (%n unique indexes)…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n row</numerusform>
            <numerusform>%1 — %n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SqlEditorWindow</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n row affected</numerusform>
            <numerusform>%n rows affected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) in %1 s.</source>
        <translation>
            <numerusform>%n statement in %1 s.</numerusform>
            <numerusform>%n statements in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mwb</name>
    <message numerus="yes">
        <source>The journal is intact: %n entry(ies), hash chain verified.</source>
        <translation>
            <numerusform>The journal is intact: %n entry, hash chain verified.</numerusform>
            <numerusform>The journal is intact: %n entries, hash chain verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No drift detected: the database schema matches the %n applied migration(s).</source>
        <translation>
            <numerusform>No drift detected: the database schema matches the %n applied migration.</numerusform>
            <numerusform>No drift detected: the database schema matches the %n applied migrations.</numerusform>
        </translation>
    </message>
</context>
</TS>
