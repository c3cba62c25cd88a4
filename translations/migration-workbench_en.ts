<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
