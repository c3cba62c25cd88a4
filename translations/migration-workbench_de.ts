<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConnectionEditor</name>
    <message>
        <source>Paste a Prisma URL (postgresql://…, mysql://…, file:./dev.db) to fill the form</source>
        <translation>Fügen Sie eine Prisma-URL ein (postgresql://…, mysql://…, file:./dev.db), um das Formular auszufüllen</translation>
    </message>
    <message>
        <source>&amp;Import URL</source>
        <translation>URL &amp;importieren</translation>
    </message>
    <message>
        <source>Copy the profile as a Prisma URL; the password is never included.</source>
        <translation>Das Profil als Prisma-URL kopieren; das Passwort wird nie mitkopiert.</translation>
    </message>
    <message>
        <source>Copy as &amp;URL</source>
        <translation>Als &amp;URL kopieren</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>Geltungsbereich:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Host:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Database name:</source>
        <translation>Datenbankname:</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>Choose the SQLite database file</source>
        <translation>SQLite-Datenbankdatei auswählen</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>asked for when connecting if left empty</source>
        <translation>wird beim Verbinden abgefragt, wenn leer</translation>
    </message>
    <message>
        <source>Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation>Schema:</translation>
    </message>
    <message>
        <source>SSL mode:</source>
        <translation>SSL-Modus:</translation>
    </message>
    <message>
        <source>SSL root certificate:</source>
        <translation>SSL-Stammzertifikat:</translation>
    </message>
    <message>
        <source>SSL client certificate:</source>
        <translation>SSL-Clientzertifikat:</translation>
    </message>
    <message>
        <source>SSL client key:</source>
        <translation>SSL-Clientschlüssel:</translation>
    </message>
    <message>
        <source>Unix socket:</source>
        <translation>Unix-Socket:</translation>
    </message>
    <message>
        <source>Extra URL options:</source>
        <translation>Zusätzliche URL-Optionen:</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Colour:</source>
        <translation>Farbe:</translation>
    </message>
    <message>
        <source>Read-only (always on for production)</source>
        <translation>Schreibgeschützt (bei Produktion immer aktiv)</translation>
    </message>
    <message>
        <source>Shadow database URL:</source>
        <translation>Shadow-Datenbank-URL:</translation>
    </message>
    <message>
        <source>All workspaces (global)</source>
        <translation>Alle Arbeitsbereiche (global)</translation>
    </message>
    <message>
        <source>This workspace only</source>
        <translation>Nur dieser Arbeitsbereich</translation>
    </message>
    <message>
        <source>(driver default)</source>
        <translation>(Treiberstandard)</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>#rrggbb (default: by environment)</source>
        <translation>#rrggbb (Standard: je nach Umgebung)</translation>
    </message>
    <message>
        <source>key=value&amp;key=value, kept in the URL as given</source>
        <translation>key=value&amp;key=value, unverändert in die URL übernommen</translation>
    </message>
    <message>
        <source>optional; without password (it is asked for separately)</source>
        <translation>optional; ohne Passwort (es wird separat abgefragt)</translation>
    </message>
    <message>
        <source>Imported. The password, if the URL had one, is in the password field.</source>
        <translation>Importiert. Das Passwort steht, falls die URL eines enthielt, im Passwortfeld.</translation>
    </message>
    <message>
        <source>Copied %1 (the password is not included).</source>
        <translation>%1 kopiert (das Passwort ist nicht enthalten).</translation>
    </message>
    <message>
        <source>SQLite database</source>
        <translation>SQLite-Datenbank</translation>
    </message>
    <message>
        <source>SQLite databases (*.db *.sqlite *.sqlite3);;All files (*)</source>
        <translation>SQLite-Datenbanken (*.db *.sqlite *.sqlite3);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Remember the password for this session only (no keychain)</source>
        <translation>Passwort nur für diese Sitzung merken (kein Schlüsselbund)</translation>
    </message>
    <message>
        <source>Database file:</source>
        <translation>Datenbankdatei:</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <source>default (3306)</source>
        <translation>Standard (3306)</translation>
    </message>
</context>
<context>
    <name>ConnectionManagerDialog</name>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <source>Remove the connection &quot;%1&quot;?</source>
        <translation>Möchten Sie die Verbindung „%1“ entfernen?</translation>
    </message>
    <message>
        <source>global</source>
        <translation>global</translation>
    </message>
    <message>
        <source>workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>The password could not be stored in the keychain: %1</source>
        <translation>Das Passwort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>Connected: %1</source>
        <translation>Verbunden: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ConnectionMatrixDialog</name>
    <message>
        <source>Migrations on every connection</source>
        <translation>Migrationen auf allen Verbindungen</translation>
    </message>
    <message>
        <source>This workspace has no saved connections.</source>
        <translation>Dieser Arbeitsbereich hat keine gespeicherten Verbindungen.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n connection(s)…</source>
        <translation>
            <numerusform>%n Verbindung wird gelesen…</numerusform>
            <numerusform>%n Verbindungen werden gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>password needed: connect once to enter it</source>
        <translation>Passwort erforderlich: Verbinden Sie sich einmal, um es einzugeben</translation>
    </message>
    <message numerus="yes">
        <source>%n connection(s) read, each on its own connection and thread.</source>
        <translation>
            <numerusform>%n Verbindung gelesen, über eine eigene Verbindung und in einem eigenen Thread.</numerusform>
            <numerusform>%n Verbindungen gelesen, jede über eine eigene Verbindung und in einem eigenen Thread.</numerusform>
        </translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source> · modified</source>
        <translation> · geändert</translation>
    </message>
</context>
<context>
    <name>DiffSourcePicker</name>
    <message>
        <source>Empty schema</source>
        <translation>Leeres Schema</translation>
    </message>
    <message>
        <source>This connection (live database)</source>
        <translation>Diese Verbindung (Live-Datenbank)</translation>
    </message>
    <message>
        <source>Migrations folder (all)</source>
        <translation>Migrationsordner (alle)</translation>
    </message>
    <message>
        <source>Migrations up to…</source>
        <translation>Migrationen bis …</translation>
    </message>
    <message>
        <source>Migrations without…</source>
        <translation>Migrationen ohne …</translation>
    </message>
    <message>
        <source>Applied migrations (as the database&apos;s history says)</source>
        <translation>Angewendete Migrationen (laut Historie der Datenbank)</translation>
    </message>
    <message>
        <source>The migration to stop after (inclusive) or to leave out</source>
        <translation>Die Migration, nach der angehalten (einschließlich) oder die ausgelassen wird</translation>
    </message>
    <message>
        <source>there is no database connection</source>
        <translation>es gibt keine Datenbankverbindung</translation>
    </message>
    <message>
        <source>the workspace has no migrations folder</source>
        <translation>der Arbeitsbereich hat keinen Migrationsordner</translation>
    </message>
    <message>
        <source>choose a migration</source>
        <translation>Migration wählen</translation>
    </message>
</context>
<context>
    <name>DiffSummaryTree</name>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No differences</source>
        <translation>Keine Unterschiede</translation>
    </message>
    <message>
        <source>[+] %1</source>
        <translation>[+] %1</translation>
    </message>
    <message>
        <source>unique index %1</source>
        <translation>eindeutiger Index %1</translation>
    </message>
    <message>
        <source>index %1</source>
        <translation>Index %1</translation>
    </message>
    <message>
        <source>[-] %1</source>
        <translation>[-] %1</translation>
    </message>
    <message>
        <source>unique index %1 removed</source>
        <translation>eindeutiger Index %1 entfernt</translation>
    </message>
    <message>
        <source>index %1 removed</source>
        <translation>Index %1 entfernt</translation>
    </message>
    <message>
        <source>foreign key %1 → %2%3</source>
        <translation>Fremdschlüssel %1 → %2%3</translation>
    </message>
    <message>
        <source>foreign key %1 → %2%3 removed</source>
        <translation>Fremdschlüssel %1 → %2%3 entfernt</translation>
    </message>
    <message>
        <source>Added schemas</source>
        <translation>Hinzugefügte Schemas</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>Schema</translation>
    </message>
    <message>
        <source>Added enums</source>
        <translation>Hinzugefügte Enums</translation>
    </message>
    <message>
        <source>enum</source>
        <translation>Enum</translation>
    </message>
    <message>
        <source>Added tables</source>
        <translation>Hinzugefügte Tabellen</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Removed tables</source>
        <translation>Entfernte Tabellen</translation>
    </message>
    <message>
        <source>Removed enums</source>
        <translation>Entfernte Enums</translation>
    </message>
    <message>
        <source>Removed views</source>
        <translation>Entfernte Views</translation>
    </message>
    <message>
        <source>view</source>
        <translation>View</translation>
    </message>
    <message>
        <source>Changed tables</source>
        <translation>Geänderte Tabellen</translation>
    </message>
    <message>
        <source>[*] %1</source>
        <translation>[*] %1</translation>
    </message>
    <message>
        <source>table, redefined (SQLite rebuilds it)</source>
        <translation>Tabelle, neu definiert (SQLite baut sie neu auf)</translation>
    </message>
    <message>
        <source>column added</source>
        <translation>Spalte hinzugefügt</translation>
    </message>
    <message>
        <source>column removed</source>
        <translation>Spalte entfernt</translation>
    </message>
    <message>
        <source>type changed</source>
        <translation>Typ geändert</translation>
    </message>
    <message>
        <source>now optional</source>
        <translation>jetzt optional</translation>
    </message>
    <message>
        <source>now required</source>
        <translation>jetzt erforderlich</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>default %1 → %2</source>
        <translation>Standardwert %1 → %2</translation>
    </message>
    <message>
        <source>autoincrement added</source>
        <translation>Autoinkrement hinzugefügt</translation>
    </message>
    <message>
        <source>autoincrement removed</source>
        <translation>Autoinkrement entfernt</translation>
    </message>
    <message>
        <source>[-] primary key</source>
        <translation>[-] Primärschlüssel</translation>
    </message>
    <message>
        <source>[+] primary key</source>
        <translation>[+] Primärschlüssel</translation>
    </message>
    <message>
        <source>Changed enums</source>
        <translation>Geänderte Enums</translation>
    </message>
    <message>
        <source>value added</source>
        <translation>Wert hinzugefügt</translation>
    </message>
    <message>
        <source>value removed</source>
        <translation>Wert entfernt</translation>
    </message>
</context>
<context>
    <name>DiffWindow</name>
    <message>
        <source>Compare Schemas — Migration Workbench</source>
        <translation>Schemas vergleichen — Migration Workbench</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Exchange the two sides</source>
        <translation>Die beiden Seiten vertauschen</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Von:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Nach:</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Vergleichen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>Previous change (Shift+F8)</source>
        <translation>Vorherige Änderung (Umschalt+F8)</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>Next change (F8)</source>
        <translation>Nächste Änderung (F8)</translation>
    </message>
    <message>
        <source>Side by Side</source>
        <translation>Nebeneinander</translation>
    </message>
    <message>
        <source>&amp;Save Script…</source>
        <translation>Skript &amp;speichern …</translation>
    </message>
    <message>
        <source>&amp;Copy Script</source>
        <translation>Skript &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Verify Script</source>
        <translation>Skript &amp;prüfen</translation>
    </message>
    <message>
        <source>Apply the script to a shadow copy of the “from” side and check that nothing differs from the “to” side afterwards</source>
        <translation>Das Skript auf eine Schattenkopie der „Von“-Seite anwenden und prüfen, dass danach kein Unterschied zur „Nach“-Seite bleibt</translation>
    </message>
    <message>
        <source>Script</source>
        <translation>Skript</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Choose the two sides and press Compare.</source>
        <translation>Wählen Sie die beiden Seiten und klicken Sie auf Vergleichen.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>only in “from”</source>
        <translation>nur in „Von“</translation>
    </message>
    <message>
        <source>only in “to”</source>
        <translation>nur in „Nach“</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>Von: %1</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Nach: %1</translation>
    </message>
    <message>
        <source>Compare the two sides (Ctrl+Return)</source>
        <translation>Die beiden Seiten vergleichen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Verifying the script on a shadow copy…</source>
        <translation>Skript wird auf einer Schattenkopie geprüft …</translation>
    </message>
    <message>
        <source>Comparing %1 with %2…</source>
        <translation>%1 wird mit %2 verglichen …</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The comparison failed.</source>
        <translation>Der Vergleich ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No differences: both sides have the same schema.</source>
        <translation>Keine Unterschiede: Beide Seiten haben dasselbe Schema.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s).</source>
        <translation>
            <numerusform>%n Änderung.</numerusform>
            <numerusform>%n Änderungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read in %1 ms, compared in %2 ms, verified in %3 ms.</source>
        <translation>Gelesen in %1 ms, verglichen in %2 ms, geprüft in %3 ms.</translation>
    </message>
    <message>
        <source>Read in %1 ms, compared in %2 ms.</source>
        <translation>Gelesen in %1 ms, verglichen in %2 ms.</translation>
    </message>
    <message>
        <source>Could not read the “from” side (%1).</source>
        <translation>Die „Von“-Seite konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Could not read the “to” side (%1).</source>
        <translation>Die „Nach“-Seite konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Migration %1 failed to apply cleanly to the shadow database.</source>
        <translation>Die Migration %1 ließ sich nicht fehlerfrei auf die Schattendatenbank anwenden.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>Anweisung: %1</translation>
    </message>
    <message>
        <source>Replaying migrations needs a temporary shadow database, and this database user may not create databases. Compare with a user that may (for example CREATEDB on PostgreSQL), or configure a shadow database for the connection.</source>
        <translation>Das Nachspielen von Migrationen braucht eine temporäre Schattendatenbank, und dieser Datenbankbenutzer darf keine Datenbanken anlegen. Vergleichen Sie mit einem Benutzer, der das darf (z. B. CREATEDB unter PostgreSQL), oder konfigurieren Sie eine Schattendatenbank für die Verbindung.</translation>
    </message>
    <message>
        <source>Verification failed: the script could not be applied to a shadow copy of the “from” side.
%1%2</source>
        <translation>Prüfung fehlgeschlagen: Das Skript ließ sich nicht auf eine Schattenkopie der „Von“-Seite anwenden.
%1%2</translation>
    </message>
    <message>
        <source>Verified: after the script, the “from” side has exactly the schema of the “to” side.</source>
        <translation>Geprüft: Nach dem Skript hat die „Von“-Seite genau das Schema der „Nach“-Seite.</translation>
    </message>
    <message>
        <source>Not verified: after the script, these differences remain:
%1</source>
        <translation>Nicht bestanden: Nach dem Skript bleiben diese Unterschiede:
%1</translation>
    </message>
    <message>
        <source>No changes</source>
        <translation>Keine Änderungen</translation>
    </message>
    <message numerus="yes">
        <source>%n changed region(s)</source>
        <translation>
            <numerusform>%n geänderter Bereich</numerusform>
            <numerusform>%n geänderte Bereiche</numerusform>
        </translation>
    </message>
    <message>
        <source>Change %1 of %2</source>
        <translation>Änderung %1 von %2</translation>
    </message>
    <message>
        <source>Save Script</source>
        <translation>Skript speichern</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>DriftIndicator</name>
    <message>
        <source>Checking drift…</source>
        <translation>Drift wird geprüft …</translation>
    </message>
    <message>
        <source>Replaying the applied migrations on a shadow database to compare them with the live schema</source>
        <translation>Die angewendeten Migrationen werden auf einer Schattendatenbank nachgespielt und mit dem Live-Schema verglichen</translation>
    </message>
    <message>
        <source>migration %1 does not replay: %2</source>
        <translation>Migration %1 lässt sich nicht nachspielen: %2</translation>
    </message>
    <message>
        <source>Drift check failed: %1</source>
        <translation>Drift-Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The drift check failed:
%1

Click to open the comparison.</source>
        <translation>Die Drift-Prüfung ist fehlgeschlagen:
%1

Klicken, um den Vergleich zu öffnen.</translation>
    </message>
    <message>
        <source>No drift</source>
        <translation>Kein Drift</translation>
    </message>
    <message>
        <source>The live schema is exactly what the applied migrations produce.
Click to open the comparison.</source>
        <translation>Das Live-Schema ist genau das, was die angewendeten Migrationen ergeben.
Klicken, um den Vergleich zu öffnen.</translation>
    </message>
    <message numerus="yes">
        <source>Drift: %n change(s)</source>
        <translation>
            <numerusform>Drift: %n Änderung</numerusform>
            <numerusform>Drift: %n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>The live schema differs from what the applied migrations produce:

%1
Click to see the differences and a script.</source>
        <translation>Das Live-Schema weicht von dem ab, was die angewendeten Migrationen ergeben:

%1
Klicken, um die Unterschiede und ein Skript zu sehen.</translation>
    </message>
</context>
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
        <translation>&amp;Operationen</translation>
    </message>
    <message>
        <source>&amp;Deploy Pending Migrations…</source>
        <translation>Ausstehende Migrationen &amp;deployen…</translation>
    </message>
    <message>
        <source>Mark Selected as &amp;Applied…</source>
        <translation>Auswahl als &amp;angewendet markieren…</translation>
    </message>
    <message>
        <source>Mark Selected as &amp;Rolled Back…</source>
        <translation>Auswahl als &amp;zurückgerollt markieren…</translation>
    </message>
    <message>
        <source>&amp;Execute SQL Script…</source>
        <translation>SQL-Skript a&amp;usführen…</translation>
    </message>
    <message>
        <source>Execute SQL Script</source>
        <translation>SQL-Skript ausführen</translation>
    </message>
    <message>
        <source>SQL scripts (*.sql);;All files (*)</source>
        <translation>SQL-Skripte (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>The environment of this database. Production connections are read-only until you confirm an operation by typing the database name.</source>
        <translation>Die Umgebung dieser Datenbank. Produktionsverbindungen sind schreibgeschützt, bis Sie eine Operation durch Eingabe des Datenbanknamens bestätigen.</translation>
    </message>
    <message>
        <source>[PRODUCTION] %1</source>
        <translation>[PRODUKTION] %1</translation>
    </message>
    <message>
        <source>[staging] %1</source>
        <translation>[Staging] %1</translation>
    </message>
    <message>
        <source> PRODUCTION · read-only </source>
        <translation> PRODUKTION · schreibgeschützt </translation>
    </message>
    <message>
        <source> STAGING </source>
        <translation> STAGING </translation>
    </message>
    <message>
        <source>Connect to a database first.</source>
        <translation>Verbinden Sie sich zuerst mit einer Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Connections…</source>
        <translation>&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>Status on &amp;Every Connection…</source>
        <translation>Status &amp;aller Verbindungen…</translation>
    </message>
    <message>
        <source>Open a workspace first.</source>
        <translation>Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&amp;Schema</source>
        <translation>&amp;Schema</translation>
    </message>
    <message>
        <source>&amp;Compare Schemas…</source>
        <translation>Schemas &amp;vergleichen …</translation>
    </message>
    <message>
        <source>Compare the database, the migrations folder (in full or in part) or an empty schema, side by side, with a script</source>
        <translation>Die Datenbank, den Migrationsordner (ganz oder teilweise) oder ein leeres Schema nebeneinander vergleichen, mit Skript</translation>
    </message>
    <message>
        <source>Check &amp;Drift</source>
        <translation>&amp;Drift prüfen</translation>
    </message>
    <message>
        <source>Compare the live schema with what the applied migrations produce</source>
        <translation>Das Live-Schema mit dem vergleichen, was die angewendeten Migrationen ergeben</translation>
    </message>
    <message>
        <source>A drift check needs a database connection and a migrations folder.</source>
        <translation>Eine Drift-Prüfung braucht eine Datenbankverbindung und einen Migrationsordner.</translation>
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
        <source>The URL has no scheme: expected file:, postgresql:// or mysql://.</source>
        <translation>Die URL enthält kein Schema: erwartet wird file:, postgresql:// oder mysql://.</translation>
    </message>
    <message>
        <source>Unknown URL scheme &quot;%1&quot;: expected file:, postgresql:// or mysql://.</source>
        <translation>Unbekanntes URL-Schema „%1“: erwartet wird file:, postgresql:// oder mysql://.</translation>
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
        <translation>Diese Verbindung ist schreibgeschützt: Es wurde nichts gesendet. Erteilen Sie ihr für diese Operation Schreibrechte (bei Produktionsverbindungen muss dazu der Datenbankname eingegeben werden).</translation>
    </message>
    <message>
        <source>The SQLite handle is not available.</source>
        <translation>Das SQLite-Handle ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>Cannot find the connection&apos;s server process id.</source>
        <translation>Die Serverprozess-ID der Verbindung kann nicht ermittelt werden.</translation>
    </message>
    <message>
        <source>Unterminated string literal starting at line %1, column %2</source>
        <translation>Nicht abgeschlossenes Zeichenkettenliteral ab Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Unterminated quoted identifier starting at line %1, column %2</source>
        <translation>Nicht abgeschlossener Bezeichner in Anführungszeichen ab Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Unterminated dollar-quoted string %1 starting at line %2, column %3</source>
        <translation>Nicht abgeschlossene Zeichenkette in Dollar-Quotes %1 ab Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>Unterminated block comment starting at line %1, column %2</source>
        <translation>Nicht abgeschlossener Blockkommentar ab Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Unterminated BEGIN ... END block starting at line %1, column %2: END is missing</source>
        <translation>Nicht abgeschlossener BEGIN ... END-Block ab Zeile %1, Spalte %2: END fehlt</translation>
    </message>
    <message>
        <source>DELIMITER at line %1, column %2 is not followed by a delimiter</source>
        <translation>Auf DELIMITER in Zeile %1, Spalte %2 folgt kein Trennzeichen</translation>
    </message>
    <message>
        <source>The delimiter set at line %1, column %2 contains a backslash</source>
        <translation>Das in Zeile %1, Spalte %2 gesetzte Trennzeichen enthält einen Backslash</translation>
    </message>
    <message>
        <source>The delimiter set at line %1, column %2 is longer than 15 characters</source>
        <translation>Das in Zeile %1, Spalte %2 gesetzte Trennzeichen ist länger als 15 Zeichen</translation>
    </message>
    <message>
        <source>The delimiter set at line %1, column %2 is not valid text</source>
        <translation>Das in Zeile %1, Spalte %2 gesetzte Trennzeichen ist kein gültiger Text</translation>
    </message>
    <message>
        <source>%1 starts or ends a transaction itself</source>
        <translation>%1 beginnt oder beendet selbst eine Transaktion</translation>
    </message>
    <message>
        <source>%1 cannot run inside a transaction block</source>
        <translation>%1 kann nicht innerhalb eines Transaktionsblocks ausgeführt werden</translation>
    </message>
    <message>
        <source>ALTER TYPE ... ADD VALUE cannot run inside a transaction block before PostgreSQL 12, and the new value cannot be used before it commits</source>
        <translation>ALTER TYPE ... ADD VALUE kann vor PostgreSQL 12 nicht innerhalb eines Transaktionsblocks ausgeführt werden, und der neue Wert ist erst nach dem Festschreiben verwendbar</translation>
    </message>
    <message>
        <source>%1 commits the current transaction implicitly in MySQL and MariaDB</source>
        <translation>%1 schreibt in MySQL und MariaDB die aktuelle Transaktion implizit fest</translation>
    </message>
    <message>
        <source>PRAGMA foreign_keys is a no-op inside a transaction</source>
        <translation>PRAGMA foreign_keys hat innerhalb einer Transaktion keine Wirkung</translation>
    </message>
    <message>
        <source>PRAGMA journal_mode cannot switch to or from WAL inside a transaction</source>
        <translation>PRAGMA journal_mode kann innerhalb einer Transaktion nicht zu WAL oder von WAL wechseln</translation>
    </message>
    <message>
        <source>Started but never finished: the process or the database stopped in the middle (no logs were written). Prisma blocks every deploy (P3009) until it is resolved. Check which of its statements took effect; then either revert them and mark it rolled back (prisma migrate resolve --rolled-back), or complete it by hand and mark it applied (prisma migrate resolve --applied).</source>
        <translation>Gestartet, aber nie abgeschlossen: Der Prozess oder die Datenbank wurde mittendrin beendet (es wurden keine Protokolle geschrieben). Prisma blockiert jeden Deploy (P3009), bis dies behoben ist. Prüfen Sie, welche ihrer Anweisungen wirksam wurden; machen Sie diese dann entweder rückgängig und markieren Sie die Migration als zurückgerollt (prisma migrate resolve --rolled-back), oder schließen Sie sie von Hand ab und markieren Sie sie als angewendet (prisma migrate resolve --applied).</translation>
    </message>
    <message>
        <source>Migration Workbench notes (nothing needs attention):
</source>
        <translation>Hinweise von Migration Workbench (nichts braucht Aufmerksamkeit):
</translation>
    </message>
    <message>
        <source>Cannot take Prisma&apos;s migration lock: %1</source>
        <translation>Prismas Migrationssperre kann nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <source>Cancelled while waiting for Prisma&apos;s migration lock.</source>
        <translation>Beim Warten auf Prismas Migrationssperre abgebrochen.</translation>
    </message>
    <message>
        <source>PostgreSQL backend %1 (user %2, application &quot;%3&quot;, from %4, connected since %5, %6)</source>
        <translation>PostgreSQL-Backend %1 (Benutzer %2, Anwendung „%3“, von %4, verbunden seit %5, %6)</translation>
    </message>
    <message>
        <source>MySQL connection %1 (user %2 from %3, %4 s in state %5)</source>
        <translation>MySQL-Verbindung %1 (Benutzer %2 von %3, seit %4 s im Zustand %5)</translation>
    </message>
    <message>
        <source>another process has the SQLite file open for writing</source>
        <translation>ein anderer Prozess hat die SQLite-Datei zum Schreiben geöffnet</translation>
    </message>
    <message>
        <source>The migration ran in a transaction that was rolled back, so none of its statements took effect. Fix the cause (or the migration), then mark it rolled back (prisma migrate resolve --rolled-back &quot;%1&quot;) and deploy again.</source>
        <translation>Die Migration lief in einer Transaktion, die zurückgerollt wurde; daher wurde keine ihrer Anweisungen wirksam. Beheben Sie die Ursache (oder die Migration), markieren Sie sie dann als zurückgerollt (prisma migrate resolve --rolled-back &quot;%1&quot;) und deployen Sie erneut.</translation>
    </message>
    <message>
        <source>The statements before the failing one took effect. Either revert them and mark the migration rolled back (prisma migrate resolve --rolled-back &quot;%1&quot;), or complete it by hand and mark it applied (prisma migrate resolve --applied &quot;%1&quot;).</source>
        <translation>Die Anweisungen vor der fehlgeschlagenen wurden wirksam. Machen Sie sie entweder rückgängig und markieren Sie die Migration als zurückgerollt (prisma migrate resolve --rolled-back &quot;%1&quot;), oder schließen Sie sie von Hand ab und markieren Sie sie als angewendet (prisma migrate resolve --applied &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Waiting for Prisma&apos;s migration lock, held by %1</source>
        <translation>Warten auf Prismas Migrationssperre, gehalten von: %1</translation>
    </message>
    <message>
        <source>Migration %1 cannot be read as SQL: %2. Nothing was written.</source>
        <translation>Migration %1 kann nicht als SQL gelesen werden: %2. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>%1 will not run atomically: MySQL/MariaDB commit every DDL statement on its own, so a failure leaves earlier statements applied.</source>
        <translation>%1 wird nicht atomar ausgeführt: MySQL/MariaDB schreiben jede DDL-Anweisung einzeln fest, daher bleiben bei einem Fehler die früheren Anweisungen angewendet.</translation>
    </message>
    <message>
        <source>%1 will not run atomically: %2</source>
        <translation>%1 wird nicht atomar ausgeführt: %2</translation>
    </message>
    <message>
        <source>%1 runs statement by statement (atomic mode is off).</source>
        <translation>%1 wird Anweisung für Anweisung ausgeführt (der atomare Modus ist aus).</translation>
    </message>
    <message>
        <source>&lt;new id&gt;</source>
        <translation>&lt;new id&gt;</translation>
    </message>
    <message>
        <source>&lt;now, UTC&gt;</source>
        <translation>&lt;now, UTC&gt;</translation>
    </message>
    <message numerus="yes">
        <source>
Dry run: %n migration(s) would be applied.</source>
        <translation>
            <numerusform>
Probelauf: %n Migration würde angewendet.</numerusform>
            <numerusform>
Probelauf: %n Migrationen würden angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock taken</source>
        <translation>Sperre gesetzt</translation>
    </message>
    <message>
        <source>_prisma_migrations created</source>
        <translation>_prisma_migrations erstellt</translation>
    </message>
    <message>
        <source>Cancelled before %1; nothing of it was written.</source>
        <translation>Vor %1 abgebrochen; davon wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: gestartet</translation>
    </message>
    <message>
        <source>Cancelled by the user in Migration Workbench at statement %1.</source>
        <translation>Vom Benutzer in Migration Workbench bei Anweisung %1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1: step counted</source>
        <translation>%1: Schritt gezählt</translation>
    </message>
    <message>
        <source>%1: finished</source>
        <translation>%1: abgeschlossen</translation>
    </message>
    <message>
        <source>Cannot list the tables: %1</source>
        <translation>Die Tabellen können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Writing to _prisma_migrations failed: %1</source>
        <translation>Schreiben in _prisma_migrations fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cannot prepare a write to _prisma_migrations: %1</source>
        <translation>Schreibvorgang in _prisma_migrations kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>The database has no _prisma_migrations table yet: it is created (this is how a database is baselined).</source>
        <translation>Die Datenbank hat noch keine Tabelle _prisma_migrations: Sie wird erstellt (so erhält eine Datenbank eine Baseline).</translation>
    </message>
    <message>
        <source>No SQL of the migration is run: the database must already contain its changes.</source>
        <translation>Es wird kein SQL der Migration ausgeführt: Die Datenbank muss ihre Änderungen bereits enthalten.</translation>
    </message>
    <message>
        <source>No row of %1 is failed: Prisma succeeds without writing anything.</source>
        <translation>Keine Zeile von %1 ist fehlgeschlagen: Prisma meldet Erfolg, ohne etwas zu schreiben.</translation>
    </message>
    <message>
        <source>No schema change is undone: revert what the migration did before marking it rolled back.</source>
        <translation>Es werden keine Schemaänderungen rückgängig gemacht: Machen Sie die Änderungen der Migration rückgängig, bevor Sie sie als zurückgerollt markieren.</translation>
    </message>
    <message>
        <source>The script cannot be read as SQL: %1. Nothing was executed.</source>
        <translation>Das Skript kann nicht als SQL gelesen werden: %1. Es wurde nichts ausgeführt.</translation>
    </message>
    <message>
        <source>MySQL/MariaDB commit DDL statements one by one: the script cannot run atomically.</source>
        <translation>MySQL/MariaDB schreiben DDL-Anweisungen einzeln fest: Das Skript kann nicht atomar ausgeführt werden.</translation>
    </message>
    <message>
        <source>The script cannot run in one transaction: %1</source>
        <translation>Das Skript kann nicht in einer Transaktion ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Each statement commits on its own: a failure leaves the earlier ones applied.</source>
        <translation>Jede Anweisung wird einzeln festgeschrieben: Bei einem Fehler bleiben die früheren angewendet.</translation>
    </message>
    <message>
        <source>_prisma_migrations is not touched.</source>
        <translation>_prisma_migrations wird nicht verändert.</translation>
    </message>
    <message>
        <source>Statement %1 (line %2, column %3) failed with database error %4: %5</source>
        <translation>Anweisung %1 (Zeile %2, Spalte %3) ist mit Datenbankfehler %4 fehlgeschlagen: %5</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) before it took effect and stay applied.</source>
        <translation>
            <numerusform>%n Anweisung davor wurde wirksam und bleibt angewendet.</numerusform>
            <numerusform>%n Anweisungen davor wurden wirksam und bleiben angewendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The transaction was rolled back: nothing of the script took effect.</source>
        <translation>Die Transaktion wurde zurückgerollt: Nichts aus dem Skript wurde wirksam.</translation>
    </message>
    <message>
        <source>%1: transaction started</source>
        <translation>%1: Transaktion gestartet</translation>
    </message>
    <message>
        <source>Cancelled by the user before statement %1.</source>
        <translation>Vom Benutzer vor Anweisung %1 abgebrochen.</translation>
    </message>
    <message>
        <source>%1: statement %2 of %3</source>
        <translation>%1: Anweisung %2 von %3</translation>
    </message>
    <message>
        <source>%1: committed</source>
        <translation>%1: festgeschrieben</translation>
    </message>
    <message>
        <source>(default user)</source>
        <translation>(Standardbenutzer)</translation>
    </message>
    <message>
        <source>The host name %1 cannot be resolved.</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>Check the spelling of the host. Names of VPN, Docker or Kubernetes networks resolve only inside them; try the IP address.</source>
        <translation>Prüfen Sie die Schreibweise des Hosts. Namen aus VPN-, Docker- oder Kubernetes-Netzwerken lassen sich nur innerhalb dieser Netzwerke auflösen; versuchen Sie es mit der IP-Adresse.</translation>
    </message>
    <message>
        <source>No server accepts connections on the socket %1.</source>
        <translation>Am Socket %1 nimmt kein Server Verbindungen an.</translation>
    </message>
    <message>
        <source>Check the socket path and that the server is running.</source>
        <translation>Prüfen Sie den Socket-Pfad und ob der Server läuft.</translation>
    </message>
    <message>
        <source>Nothing accepts connections on %1 (connection refused).</source>
        <translation>Unter %1 nimmt nichts Verbindungen an (Verbindung abgelehnt).</translation>
    </message>
    <message>
        <source>Check the port and that the server is running and listens on TCP for this address (PostgreSQL: listen_addresses; MySQL: bind-address). In Docker, the port must be published.</source>
        <translation>Prüfen Sie den Port und ob der Server läuft und für diese Adresse auf TCP lauscht (PostgreSQL: listen_addresses; MySQL: bind-address). Unter Docker muss der Port veröffentlicht sein.</translation>
    </message>
    <message>
        <source>The host %1 cannot be reached (no route to it).</source>
        <translation>Der Host %1 ist nicht erreichbar (keine Route dorthin).</translation>
    </message>
    <message>
        <source>Check the network, VPN and firewall between this computer and the server.</source>
        <translation>Prüfen Sie Netzwerk, VPN und Firewall zwischen diesem Computer und dem Server.</translation>
    </message>
    <message numerus="yes">
        <source>No answer from %1 within %n second(s).</source>
        <translation>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunde.</numerusform>
            <numerusform>Keine Antwort von %1 innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>A firewall or security group may drop the packets, or the server is overloaded. Check that the host and port are reachable from here, or raise connect_timeout.</source>
        <translation>Möglicherweise verwirft eine Firewall oder Sicherheitsgruppe die Pakete, oder der Server ist überlastet. Prüfen Sie, ob Host und Port von hier aus erreichbar sind, oder erhöhen Sie connect_timeout.</translation>
    </message>
    <message>
        <source>TLS failed: %1</source>
        <translation>TLS fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>the server at %1 does not support TLS, but the connection requires it (sslmode=%2).</source>
        <translation>Der Server unter %1 unterstützt kein TLS, aber die Verbindung verlangt es (sslmode=%2).</translation>
    </message>
    <message>
        <source>Use sslmode=prefer or disable for this server, or enable ssl in the server&apos;s postgresql.conf.</source>
        <translation>Verwenden Sie für diesen Server sslmode=prefer oder disable, oder aktivieren Sie ssl in der postgresql.conf des Servers.</translation>
    </message>
    <message>
        <source>the TLS handshake with %1 failed: %2</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Check the certificate files and the SSL mode: verify-ca and verify-full need the server&apos;s CA certificate (sslcert).</source>
        <translation>Prüfen Sie die Zertifikatsdateien und den SSL-Modus: verify-ca und verify-full benötigen das CA-Zertifikat des Servers (sslcert).</translation>
    </message>
    <message>
        <source>the server accepts user %1 only over TLS (PostgreSQL 28000).</source>
        <translation>Der Server akzeptiert den Benutzer %1 nur über TLS (PostgreSQL 28000).</translation>
    </message>
    <message>
        <source>Set the SSL mode to require.</source>
        <translation>Setzen Sie den SSL-Modus auf require.</translation>
    </message>
    <message>
        <source>The server&apos;s pg_hba.conf does not let user %1 connect from this host to database %2 (PostgreSQL 28000).</source>
        <translation>Die pg_hba.conf des Servers erlaubt dem Benutzer %1 nicht, sich von diesem Host aus mit der Datenbank %2 zu verbinden (PostgreSQL 28000).</translation>
    </message>
    <message>
        <source>Ask the database administrator to allow this user and host in pg_hba.conf.</source>
        <translation>Bitten Sie den Datenbankadministrator, diesen Benutzer und Host in pg_hba.conf zuzulassen.</translation>
    </message>
    <message>
        <source>Authentication failed for user %1: wrong password or unknown user (PostgreSQL 28P01).</source>
        <translation>Authentifizierung für den Benutzer %1 fehlgeschlagen: falsches Passwort oder unbekannter Benutzer (PostgreSQL 28P01).</translation>
    </message>
    <message>
        <source>Check the user name and password; a remembered password may be outdated.</source>
        <translation>Prüfen Sie Benutzername und Passwort; ein gespeichertes Passwort ist möglicherweise veraltet.</translation>
    </message>
    <message>
        <source>The server wants a password for user %1, and none was given (PostgreSQL 28P01).</source>
        <translation>Der Server verlangt ein Passwort für den Benutzer %1, es wurde aber keines angegeben (PostgreSQL 28P01).</translation>
    </message>
    <message>
        <source>Enter the password, or let the connection remember it.</source>
        <translation>Geben Sie das Passwort ein, oder lassen Sie es von der Verbindung speichern.</translation>
    </message>
    <message>
        <source>Authentication failed: the user (role) %1 does not exist (PostgreSQL 28000).</source>
        <translation>Authentifizierung fehlgeschlagen: Der Benutzer (die Rolle) %1 existiert nicht (PostgreSQL 28000).</translation>
    </message>
    <message>
        <source>Check the user name.</source>
        <translation>Prüfen Sie den Benutzernamen.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2 (PostgreSQL 3D000).</source>
        <translation>Die Datenbank %1 existiert auf %2 nicht (PostgreSQL 3D000).</translation>
    </message>
    <message>
        <source>Check the database name (the path of the URL) or create the database first (CREATE DATABASE).</source>
        <translation>Prüfen Sie den Datenbanknamen (den Pfad der URL), oder legen Sie die Datenbank zuerst an (CREATE DATABASE).</translation>
    </message>
    <message>
        <source>The server at %1 has no free connection slot (PostgreSQL 53300).</source>
        <translation>Der Server unter %1 hat keinen freien Verbindungsplatz (PostgreSQL 53300).</translation>
    </message>
    <message>
        <source>Close idle connections or raise max_connections; a pooler in session mode may help.</source>
        <translation>Schließen Sie ungenutzte Verbindungen, oder erhöhen Sie max_connections; ein Pooler im Session-Modus kann helfen.</translation>
    </message>
    <message>
        <source>The server at %1 is starting up or shutting down (PostgreSQL 57P03).</source>
        <translation>Der Server unter %1 wird gerade gestartet oder heruntergefahren (PostgreSQL 57P03).</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 (MySQL %2)</source>
        <translation>%1 (MySQL %2)</translation>
    </message>
    <message>
        <source>Check that the server has TLS enabled and that the CA certificate (sslcert) is the right one.</source>
        <translation>Prüfen Sie, ob TLS auf dem Server aktiviert ist und ob das CA-Zertifikat (sslcert) das richtige ist.</translation>
    </message>
    <message>
        <source>Authentication failed for user %1: wrong password or unknown user (MySQL %2).</source>
        <translation>Authentifizierung für den Benutzer %1 fehlgeschlagen: falsches Passwort oder unbekannter Benutzer (MySQL %2).</translation>
    </message>
    <message>
        <source>Check the user name and password; MySQL accounts are per host (user@host), so the account may not exist for this client&apos;s address.</source>
        <translation>Prüfen Sie Benutzername und Passwort; MySQL-Konten gelten pro Host (user@host), daher existiert das Konto für die Adresse dieses Clients möglicherweise nicht.</translation>
    </message>
    <message>
        <source>User %1 may not use database %2 (MySQL 1044); the database may also not exist.</source>
        <translation>Der Benutzer %1 darf die Datenbank %2 nicht verwenden (MySQL 1044); möglicherweise existiert die Datenbank auch nicht.</translation>
    </message>
    <message>
        <source>Grant the user privileges on the database, or check its name.</source>
        <translation>Erteilen Sie dem Benutzer Rechte auf die Datenbank, oder prüfen Sie ihren Namen.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2 (MySQL 1049).</source>
        <translation>Die Datenbank %1 existiert auf %2 nicht (MySQL 1049).</translation>
    </message>
    <message>
        <source>The server at %1 has no free connection slot (MySQL 1040).</source>
        <translation>Der Server unter %1 hat keinen freien Verbindungsplatz (MySQL 1040).</translation>
    </message>
    <message>
        <source>Close idle connections or raise max_connections.</source>
        <translation>Schließen Sie ungenutzte Verbindungen, oder erhöhen Sie max_connections.</translation>
    </message>
    <message>
        <source>The client cannot use the server&apos;s authentication method: %1</source>
        <translation>Der Client kann die Authentifizierungsmethode des Servers nicht verwenden: %1</translation>
    </message>
    <message>
        <source>Install the client authentication plugin, or change the user&apos;s authentication plugin on the server.</source>
        <translation>Installieren Sie das Authentifizierungs-Plugin für den Client, oder ändern Sie das Authentifizierungs-Plugin des Benutzers auf dem Server.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2 (MySQL %3)</source>
        <translation>Verbindung zu %1 nicht möglich: %2 (MySQL %3)</translation>
    </message>
    <message>
        <source>Check the path: a relative file: URL is resolved from the folder of schema.prisma, not from the project folder.</source>
        <translation>Prüfen Sie den Pfad: Eine relative file:-URL wird vom Ordner von schema.prisma aus aufgelöst, nicht vom Projektordner aus.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a SQLite database file.</source>
        <translation>%1 ist ein Ordner, keine SQLite-Datenbankdatei.</translation>
    </message>
    <message>
        <source>Point the URL at the database file inside it.</source>
        <translation>Lassen Sie die URL auf die Datenbankdatei in diesem Ordner verweisen.</translation>
    </message>
    <message>
        <source>%1 is not a SQLite database (SQLite 26).</source>
        <translation>%1 ist keine SQLite-Datenbank (SQLite 26).</translation>
    </message>
    <message>
        <source>The file may be of another kind, encrypted or damaged; check that the URL names the database file.</source>
        <translation>Die Datei hat möglicherweise ein anderes Format oder ist verschlüsselt oder beschädigt; prüfen Sie, ob die URL die Datenbankdatei angibt.</translation>
    </message>
    <message>
        <source>%1 cannot be opened (SQLite 14).</source>
        <translation>%1 kann nicht geöffnet werden (SQLite 14).</translation>
    </message>
    <message>
        <source>Check the file&apos;s and its folder&apos;s permissions.</source>
        <translation>Prüfen Sie die Berechtigungen der Datei und ihres Ordners.</translation>
    </message>
    <message>
        <source>Connected to %1.</source>
        <translation>Verbunden mit %1.</translation>
    </message>
    <message>
        <source>Connected to %1 (server version %2).</source>
        <translation>Verbunden mit %1 (Serverversion %2).</translation>
    </message>
    <message>
        <source>Choose a database type and fill in the connection.</source>
        <translation>Wählen Sie einen Datenbanktyp, und füllen Sie die Verbindungsangaben aus.</translation>
    </message>
    <message>
        <source>The Qt SQL driver %1 for %2 is not installed.</source>
        <translation>Der Qt-SQL-Treiber %1 für %2 ist nicht installiert.</translation>
    </message>
    <message>
        <source>Install the package %1 (Debian, Ubuntu) or the Qt SQL plugin of your distribution, then restart Migration Workbench.</source>
        <translation>Installieren Sie das Paket %1 (Debian, Ubuntu) oder das Qt-SQL-Plugin Ihrer Distribution, und starten Sie Migration Workbench dann neu.</translation>
    </message>
    <message>
        <source>The options have a malformed percent-encoding (write a literal &quot;%&quot; as %1).</source>
        <translation>Die Optionen enthalten eine fehlerhafte Prozentkodierung (schreiben Sie ein wörtliches „%“ als %1).</translation>
    </message>
    <message>
        <source>The options contain an item without a name: write key=value&amp;key2=value2.</source>
        <translation>Die Optionen enthalten einen Eintrag ohne Namen: Schreiben Sie key=value&amp;key2=value2.</translation>
    </message>
    <message>
        <source>The options must not contain a password: passwords are kept in the system keychain, never in the settings file.</source>
        <translation>Die Optionen dürfen kein Passwort enthalten: Passwörter werden im System-Schlüsselbund aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has its own field in the profile; remove it from the options.</source>
        <translation>„%1“ hat im Profil ein eigenes Feld; entfernen Sie es aus den Optionen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>The connection %1 has no shadow database URL.</source>
        <translation>Die Verbindung %1 hat keine Shadow-Datenbank-URL.</translation>
    </message>
    <message>
        <source>The shadow database URL is invalid: %1</source>
        <translation>Die Shadow-Datenbank-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>The connection needs a name.</source>
        <translation>Die Verbindung braucht einen Namen.</translation>
    </message>
    <message>
        <source>Choose a database type: PostgreSQL, MySQL/MariaDB or SQLite.</source>
        <translation>Wählen Sie einen Datenbanktyp: PostgreSQL, MySQL/MariaDB oder SQLite.</translation>
    </message>
    <message>
        <source>The SQLite file path is empty.</source>
        <translation>Der SQLite-Dateipfad ist leer.</translation>
    </message>
    <message>
        <source>The SQLite file path must be absolute, not &quot;%1&quot;.</source>
        <translation>Der SQLite-Dateipfad muss absolut sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>The port must be between 1 and 65535.</source>
        <translation>Der Port muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>A PostgreSQL profile needs a host or a socket.</source>
        <translation>Ein PostgreSQL-Profil braucht einen Host oder einen Socket.</translation>
    </message>
    <message>
        <source>A MySQL profile needs a host or a socket.</source>
        <translation>Ein MySQL-Profil braucht einen Host oder einen Socket.</translation>
    </message>
    <message>
        <source>The host name must not contain spaces, &quot;/&quot;, &quot;@&quot;, &quot;?&quot; or &quot;#&quot; (a unix socket goes in the socket field).</source>
        <translation>Der Hostname darf keine Leerzeichen, „/“, „@“, „?“ oder „#“ enthalten (ein Unix-Socket gehört in das Socket-Feld).</translation>
    </message>
    <message>
        <source>The database name is empty.</source>
        <translation>Der Datenbankname ist leer.</translation>
    </message>
    <message>
        <source>The database name must not contain a slash.</source>
        <translation>Der Datenbankname darf keinen Schrägstrich enthalten.</translation>
    </message>
    <message>
        <source>MySQL has no schemas inside a database: leave the schema empty.</source>
        <translation>MySQL kennt keine Schemas innerhalb einer Datenbank: Lassen Sie das Schema leer.</translation>
    </message>
    <message>
        <source>The SSL mode must be one of %1.</source>
        <translation>Der SSL-Modus muss einer der folgenden Werte sein: %1.</translation>
    </message>
    <message>
        <source>The MySQL SSL mode (sslaccept) must be strict or accept_invalid_certs.</source>
        <translation>Der MySQL-SSL-Modus (sslaccept) muss strict oder accept_invalid_certs sein.</translation>
    </message>
    <message>
        <source>A client certificate needs its key file, and a key needs its certificate.</source>
        <translation>Ein Clientzertifikat braucht seine Schlüsseldatei, und ein Schlüssel braucht sein Zertifikat.</translation>
    </message>
    <message>
        <source>The colour must be written #rrggbb, for example #c62828.</source>
        <translation>Die Farbe muss als #rrggbb angegeben werden, zum Beispiel #c62828.</translation>
    </message>
    <message>
        <source>Remove the password from the shadow database URL: it is kept in the system keychain, never in the settings file.</source>
        <translation>Entfernen Sie das Passwort aus der Shadow-Datenbank-URL: Es wird im System-Schlüsselbund aufbewahrt, nie in der Einstellungsdatei.</translation>
    </message>
    <message>
        <source>The shadow database must be the same kind of database as the main one.</source>
        <translation>Die Shadow-Datenbank muss vom selben Datenbanktyp sein wie die Hauptdatenbank.</translation>
    </message>
    <message>
        <source>The shadow database must not be the main database: Prisma Migrate drops everything in it.</source>
        <translation>Die Shadow-Datenbank darf nicht die Hauptdatenbank sein: Prisma Migrate löscht alles darin.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>the URL says pgbouncer=true</source>
        <translation>die URL enthält pgbouncer=true</translation>
    </message>
    <message>
        <source>port 6432 is PgBouncer&apos;s default</source>
        <translation>Port 6432 ist der Standardport von PgBouncer</translation>
    </message>
    <message>
        <source>port 6543 is Supabase&apos;s transaction pooler</source>
        <translation>Port 6543 ist der Transaktions-Pooler von Supabase</translation>
    </message>
    <message>
        <source>the host %1 is a Neon pooler endpoint</source>
        <translation>der Host %1 ist ein Pooler-Endpunkt von Neon</translation>
    </message>
    <message>
        <source>the host %1 is a Supabase pooler</source>
        <translation>der Host %1 ist ein Pooler von Supabase</translation>
    </message>
    <message>
        <source>This connection seems to go through a transaction pooler (%1). Prisma Migrate needs a direct connection: advisory locks and prepared statements break behind transaction pooling. Use the direct database URL (Prisma&apos;s directUrl) for migrations.</source>
        <translation>Diese Verbindung scheint über einen Transaktions-Pooler zu laufen (%1). Prisma Migrate braucht eine direkte Verbindung: Advisory Locks und Prepared Statements funktionieren hinter Transaktions-Pooling nicht. Verwenden Sie für Migrationen die direkte Datenbank-URL (Prismas directUrl).</translation>
    </message>
    <message>
        <source>Cannot connect to %1: SSL connection error: TLS certificates are set, but the server does not support TLS (the connection is not encrypted)</source>
        <translation>Verbindung zu %1 nicht möglich: SSL-Verbindungsfehler: TLS-Zertifikate sind gesetzt, aber der Server unterstützt kein TLS (die Verbindung ist nicht verschlüsselt)</translation>
    </message>
    <message>
        <source>The %1 has a malformed percent-encoding: every &quot;%&quot; must be followed by two hexadecimal digits of UTF-8 text (write a literal &quot;%&quot; as %2).</source>
        <translation>%1 enthält eine fehlerhafte Prozentkodierung: Auf jedes „%“ müssen zwei Hexadezimalziffern folgen, die UTF-8-Text ergeben (schreiben Sie ein wörtliches „%“ als %2).</translation>
    </message>
    <message>
        <source>This is a SQL Server URL (server %1).</source>
        <translation>Dies ist eine URL für SQL Server (Server %1).</translation>
    </message>
    <message>
        <source>This is a SQL Server URL (database %1 on %2).</source>
        <translation>Dies ist eine URL für SQL Server (Datenbank %1 auf %2).</translation>
    </message>
    <message>
        <source>SQL Server is recognised but not supported by Migration Workbench yet; PostgreSQL, CockroachDB, MySQL/MariaDB and SQLite are.</source>
        <translation>SQL Server wird erkannt, aber von Migration Workbench noch nicht unterstützt; unterstützt werden PostgreSQL, CockroachDB, MySQL/MariaDB und SQLite.</translation>
    </message>
    <message>
        <source>MongoDB is not supported by Prisma Migrate, which manages only SQL databases; use prisma db push for MongoDB.</source>
        <translation>MongoDB wird von Prisma Migrate nicht unterstützt, da es nur SQL-Datenbanken verwaltet; verwenden Sie für MongoDB prisma db push.</translation>
    </message>
    <message>
        <source>This is a Prisma Accelerate URL (%1://): migrations cannot run through Accelerate&apos;s proxy. Use the direct URL of the database (Prisma&apos;s directUrl) instead.</source>
        <translation>Dies ist eine URL für Prisma Accelerate (%1://): Migrationen können nicht über den Proxy von Accelerate laufen. Verwenden Sie stattdessen die direkte URL der Datenbank (Prismas directUrl).</translation>
    </message>
    <message>
        <source>SQLite databases are written as file: URLs, for example file:./dev.db (relative to the folder of schema.prisma).</source>
        <translation>SQLite-Datenbanken werden als file:-URLs geschrieben, zum Beispiel file:./dev.db (relativ zum Ordner von schema.prisma).</translation>
    </message>
    <message>
        <source>Expected &quot;//&quot; after &quot;%1:&quot; (for example %1://user@host:5432/database).</source>
        <translation>Nach „%1:“ wird „//“ erwartet (zum Beispiel %1://user@host:5432/database).</translation>
    </message>
    <message>
        <source>The user name or password contains &quot;/&quot;, &quot;?&quot; or &quot;#&quot;: percent-encode these characters (%1, %2, %3).</source>
        <translation>Der Benutzername oder das Passwort enthält „/“, „?“ oder „#“: Schreiben Sie diese Zeichen prozentkodiert (%1, %2, %3).</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Der Benutzername</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Das Passwort</translation>
    </message>
    <message>
        <source>The IPv6 address has no closing &quot;]&quot;.</source>
        <translation>Die IPv6-Adresse ist nicht mit „]“ abgeschlossen.</translation>
    </message>
    <message>
        <source>Unexpected text after the IPv6 address: expected [address]:port.</source>
        <translation>Unerwarteter Text nach der IPv6-Adresse: erwartet wird [address]:port.</translation>
    </message>
    <message>
        <source>&quot;[%1]&quot; is not an IPv6 address.</source>
        <translation>„[%1]“ ist keine IPv6-Adresse.</translation>
    </message>
    <message>
        <source>Several hosts in one URL are not supported by Prisma; give one host.</source>
        <translation>Mehrere Hosts in einer URL werden von Prisma nicht unterstützt; geben Sie einen einzigen Host an.</translation>
    </message>
    <message>
        <source>The host contains &quot;:&quot;: write an IPv6 address in brackets, for example [::1]:5432.</source>
        <translation>Der Host enthält „:“: Schreiben Sie eine IPv6-Adresse in eckigen Klammern, zum Beispiel [::1]:5432.</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Der Hostname</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains a character that is not allowed in host names.</source>
        <translation>Der Hostname „%1“ enthält ein Zeichen, das in Hostnamen nicht erlaubt ist.</translation>
    </message>
    <message>
        <source>The port is not a number (expected host:port, for example localhost:5432).</source>
        <translation>Der Port ist keine Zahl (erwartet wird host:port, zum Beispiel localhost:5432).</translation>
    </message>
    <message>
        <source>The port is out of range: it must be between 1 and 65535.</source>
        <translation>Der Port liegt außerhalb des gültigen Bereichs: Er muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>database name</source>
        <translation>Der Datenbankname</translation>
    </message>
    <message>
        <source>query (the parameters after &quot;?&quot;)</source>
        <translation>Der Abfrageteil (die Parameter nach „?“)</translation>
    </message>
    <message>
        <source>The schema parameter is empty: name a schema (for example ?schema=public) or remove the parameter.</source>
        <translation>Der Parameter schema ist leer: Geben Sie ein Schema an (zum Beispiel ?schema=public), oder entfernen Sie den Parameter.</translation>
    </message>
    <message>
        <source>sslmode must be one of %1, not &quot;%2&quot;.</source>
        <translation>sslmode muss einer der Werte %1 sein, nicht „%2“.</translation>
    </message>
    <message>
        <source>sslaccept must be strict or accept_invalid_certs, not &quot;%1&quot;.</source>
        <translation>sslaccept muss strict oder accept_invalid_certs sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>sslpassword was dropped: it is a secret, and the PKCS#12 identity it unlocks is not used here.</source>
        <translation>sslpassword wurde verworfen: Es ist ein Geheimnis, und die damit entsperrte PKCS#12-Identität wird hier nicht verwendet.</translation>
    </message>
    <message>
        <source>sslidentity (a PKCS#12 client identity) is kept for Prisma but not used here: give the client certificate and key as PEM files in a connection profile.</source>
        <translation>sslidentity (eine PKCS#12-Client-Identität) wird für Prisma beibehalten, hier aber nicht verwendet: Geben Sie Clientzertifikat und Schlüssel als PEM-Dateien in einem Verbindungsprofil an.</translation>
    </message>
    <message>
        <source>The host is empty: expected user:password@host:port (or ?host=/socket/folder for a unix socket).</source>
        <translation>Der Host ist leer: erwartet wird user:password@host:port (oder ?host=/socket/folder für einen Unix-Socket).</translation>
    </message>
    <message>
        <source>This looks like CockroachDB: it is handled as PostgreSQL, but CockroachDB has no advisory locks, so Prisma&apos;s migration lock does not keep two deploys apart. Run one deploy at a time.</source>
        <translation>Dies sieht nach CockroachDB aus: Es wird wie PostgreSQL behandelt, aber CockroachDB hat keine Advisory Locks, daher hält Prismas Migrationssperre zwei Deploys nicht auseinander. Führen Sie jeweils nur einen Deploy aus.</translation>
    </message>
    <message>
        <source>the file cannot be read: %1</source>
        <translation>die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>no configuration object was found (expected export default defineConfig({ … }))</source>
        <translation>kein Konfigurationsobjekt gefunden (erwartet wird export default defineConfig({ … }))</translation>
    </message>
    <message>
        <source>spread</source>
        <translation>Spread-Ausdruck</translation>
    </message>
    <message>
        <source>a driver adapter set up in code (its connection is not visible here)</source>
        <translation>ein im Code eingerichteter Treiberadapter (seine Verbindung ist hier nicht sichtbar)</translation>
    </message>
    <message>
        <source>the %1 in %2</source>
        <translation>der Angabe %1 in %2</translation>
    </message>
    <message>
        <source>Warning: the write was not recorded in the audit journal: %1</source>
        <translation>Warnung: Der Schreibvorgang wurde nicht im Prüfprotokoll festgehalten: %1</translation>
    </message>
    <message>
        <source>Cannot read the journal %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The journal %1 is locked by another process.</source>
        <translation>Das Prüfprotokoll %1 ist von einem anderen Prozess gesperrt.</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2</source>
        <translation>Das Prüfprotokoll %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>line %1 is not a journal entry</source>
        <translation>Zeile %1 ist kein Protokolleintrag</translation>
    </message>
    <message>
        <source>line %1 does not follow the entry before it (an entry was removed or reordered)</source>
        <translation>Zeile %1 schließt nicht an den vorherigen Eintrag an (ein Eintrag wurde entfernt oder umsortiert)</translation>
    </message>
    <message>
        <source>line %1 was changed after it was written</source>
        <translation>Zeile %1 wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <source>Replaying migrations on %1 needs a server for the shadow database: compare with a database on that server, or give a shadow server.</source>
        <translation>Das Nachspielen von Migrationen auf %1 braucht einen Server für die Schattendatenbank: Vergleichen Sie mit einer Datenbank auf diesem Server oder geben Sie einen Schattenserver an.</translation>
    </message>
    <message>
        <source>The migrations folder %1 does not exist.</source>
        <translation>Der Migrationsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>There is no migration named %1 in %2.</source>
        <translation>In %2 gibt es keine Migration namens %1.</translation>
    </message>
    <message>
        <source>The shadow copy of the source could not be built: %1</source>
        <translation>Die Schattenkopie der Quelle konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The shadow copy of the source differs from the source itself:
%1</source>
        <translation>Die Schattenkopie der Quelle weicht von der Quelle selbst ab:
%1</translation>
    </message>
    <message>
        <source>The script failed on the shadow copy: %1</source>
        <translation>Das Skript ist auf der Schattenkopie fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Both sides must use the same database: %1 is %2, %3 is %4.</source>
        <translation>Beide Seiten müssen dieselbe Datenbank verwenden: %1 ist %2, %3 ist %4.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Vergleich läuft …</translation>
    </message>
    <message>
        <source>Verifying the script on a shadow database…</source>
        <translation>Das Skript wird auf einer Schattendatenbank geprüft …</translation>
    </message>
    <message>
        <source>Cannot read the database schema: %1</source>
        <translation>Das Datenbankschema kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: name a migration after &apos;@&apos; (or &apos;@without:&lt;name&gt;&apos;).</source>
        <translation>„%1“: Nennen Sie nach „@“ eine Migration (oder „@without:&lt;Name&gt;“).</translation>
    </message>
    <message>
        <source>No migrations folder: give one as &apos;migrations:&lt;dir&gt;&apos; or run inside a Prisma workspace.</source>
        <translation>Kein Migrationsordner: Geben Sie einen als „migrations:&lt;Ordner&gt;“ an oder arbeiten Sie in einem Prisma-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>&apos;database&apos; needs a datasource: give --url or run inside a workspace whose DATABASE_URL is set.</source>
        <translation>„database“ braucht eine Datenquelle: Geben Sie --url an oder arbeiten Sie in einem Arbeitsbereich, dessen DATABASE_URL gesetzt ist.</translation>
    </message>
    <message>
        <source>The URL of &apos;%1&apos; is invalid: %2</source>
        <translation>Die URL von „%1“ ist ungültig: %2</translation>
    </message>
    <message>
        <source>Unknown schema source &apos;%1&apos;. Use empty, database, url:&lt;url&gt;, migrations[:&lt;dir&gt;][@&lt;name&gt;|@without:&lt;name&gt;] or without:&lt;name&gt;.</source>
        <translation>Unbekannte Schemaquelle „%1“. Verwenden Sie empty, database, url:&lt;URL&gt;, migrations[:&lt;Ordner&gt;][@&lt;Name&gt;|@without:&lt;Name&gt;] oder without:&lt;Name&gt;.</translation>
    </message>
    <message>
        <source>empty schema</source>
        <translation>leeres Schema</translation>
    </message>
    <message>
        <source>applied migrations in %1</source>
        <translation>angewendete Migrationen in %1</translation>
    </message>
    <message>
        <source>migrations in %1 up to %2</source>
        <translation>Migrationen in %1 bis %2</translation>
    </message>
    <message>
        <source>migrations in %1 without %2</source>
        <translation>Migrationen in %1 ohne %2</translation>
    </message>
    <message>
        <source>migrations in %1</source>
        <translation>Migrationen in %1</translation>
    </message>
    <message>
        <source>The shadow database you configured is the same as the main database (%1). It would be emptied, so it is not used.</source>
        <translation>Die konfigurierte Schattendatenbank ist dieselbe wie die Hauptdatenbank (%1). Sie würde geleert und wird daher nicht verwendet.</translation>
    </message>
    <message>
        <source>Could not create the shadow database (P3014): %1</source>
        <translation>Die Schattendatenbank konnte nicht angelegt werden (P3014): %1</translation>
    </message>
    <message>
        <source>Could not list the shadow database&apos;s tables: %1</source>
        <translation>Die Tabellen der Schattendatenbank können nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>Could not empty the configured shadow database: %1</source>
        <translation>Die konfigurierte Schattendatenbank konnte nicht geleert werden: %1</translation>
    </message>
    <message>
        <source>The shadow database %1 could not be dropped: %2</source>
        <translation>Die Schattendatenbank %1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>Statement at line %1, column %2: %3 (database error %4)</source>
        <translation>Anweisung in Zeile %1, Spalte %2: %3 (Datenbankfehler %4)</translation>
    </message>
</context>
<context>
    <name>OperationDialog</name>
    <message>
        <source>Deploy pending migrations</source>
        <translation>Ausstehende Migrationen deployen</translation>
    </message>
    <message>
        <source>Mark %1 as applied</source>
        <translation>%1 als angewendet markieren</translation>
    </message>
    <message>
        <source>Mark %1 as rolled back</source>
        <translation>%1 als zurückgerollt markieren</translation>
    </message>
    <message>
        <source>Execute %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>  —  equivalent: %1</source>
        <translation>  —  entspricht: %1</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Type the database name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Datenbanknamen ein</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production.&lt;/b&gt; This connection is read-only. Type &lt;b&gt;%1&lt;/b&gt; to allow this one operation to write.</source>
        <translation>&lt;b&gt;Produktion.&lt;/b&gt; Diese Verbindung ist schreibgeschützt. Geben Sie &lt;b&gt;%1&lt;/b&gt; ein, um nur dieser einen Operation das Schreiben zu erlauben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refused%1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Abgelehnt%1:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>-- Nothing will be sent.</source>
        <translation>-- Es wird nichts gesendet.</translation>
    </message>
    <message>
        <source> line %1, column %2</source>
        <translation> Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>No pending migrations: nothing to apply.</source>
        <translation>Keine ausstehenden Migrationen: Es gibt nichts anzuwenden.</translation>
    </message>
    <message numerus="yes">
        <source>%n migration(s) will be applied: </source>
        <translation>
            <numerusform>%n Migration wird angewendet: </numerusform>
            <numerusform>%n Migrationen werden angewendet: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in total, %1 from the script(s).</source>
        <translation>
            <numerusform>%n Schritt insgesamt, davon %1 aus Skript(en).</numerusform>
            <numerusform>%n Schritte insgesamt, davon %1 aus Skript(en).</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <source>

Failed statement %1 (line %2, column %3):
%4</source>
        <translation>

Fehlgeschlagene Anweisung %1 (Zeile %2, Spalte %3):
%4</translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation>Fertig in %1 ms.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>No system keychain is available (%1). Passwords are asked for when connecting and can be kept for this session only.</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (%1). Passwörter werden beim Verbinden abgefragt und können nur für diese Sitzung gemerkt werden.</translation>
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
        <source>Plan (dry run: nothing was written):</source>
        <translation>Plan (Probelauf: Es wurde nichts geschrieben):</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
    <message>
        <source>Cannot read standard input.</source>
        <translation>Die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Provided --file at %1 doesn&apos;t exist.</source>
        <translation>Die mit --file angegebene Datei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The script is not valid UTF-8.</source>
        <translation>Das Skript ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>Print every statement that would be sent, bookkeeping included; write nothing.</source>
        <translation>Jede Anweisung ausgeben, die gesendet würde, einschließlich der Buchführung; nichts schreiben.</translation>
    </message>
    <message>
        <source>Run statements one by one (as Prisma does on SQLite and MySQL) instead of one transaction per migration where the database allows it.</source>
        <translation>Anweisungen einzeln ausführen (wie Prisma es unter SQLite und MySQL tut), statt – wo die Datenbank es erlaubt – eine Transaktion pro Migration zu verwenden.</translation>
    </message>
    <message>
        <source>execute: run the whole script in one transaction.</source>
        <translation>execute: das gesamte Skript in einer Transaktion ausführen.</translation>
    </message>
    <message>
        <source>Mark a migration as applied.</source>
        <translation>Eine Migration als angewendet markieren.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Mark a failed migration as rolled back.</source>
        <translation>Eine fehlgeschlagene Migration als zurückgerollt markieren.</translation>
    </message>
    <message>
        <source>The SQL script to run.</source>
        <translation>Das auszuführende SQL-Skript.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <source>Read the script from standard input.</source>
        <translation>Das Skript von der Standardeingabe lesen.</translation>
    </message>
    <message>
        <source>Apply pending migrations exactly like prisma migrate deploy.</source>
        <translation>Ausstehende Migrationen genau wie prisma migrate deploy anwenden.</translation>
    </message>
    <message>
        <source>Mark a migration applied or rolled back like prisma migrate resolve.</source>
        <translation>Eine Migration wie prisma migrate resolve als angewendet oder zurückgerollt markieren.</translation>
    </message>
    <message>
        <source>Run a SQL script like prisma db execute, statement by statement.</source>
        <translation>Ein SQL-Skript wie prisma db execute ausführen, Anweisung für Anweisung.</translation>
    </message>
    <message>
        <source>The migration name must not be empty.</source>
        <translation>Der Migrationsname darf nicht leer sein.</translation>
    </message>
    <message>
        <source>Pass exactly one of --file and --stdin.</source>
        <translation>Geben Sie genau eine der Optionen --file und --stdin an.</translation>
    </message>
    <message>
        <source>Verify or show the audit journal of every write.</source>
        <translation>Das Prüfprotokoll aller Schreibvorgänge prüfen oder anzeigen.</translation>
    </message>
    <message>
        <source>The journal file.</source>
        <translation>Die Protokolldatei.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>verify or show</source>
        <translation>verify oder show</translation>
    </message>
    <message numerus="yes">
        <source>The journal is intact: %n entry(ies), hash chain verified.</source>
        <translation>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Eintrag, Hash-Kette geprüft.</numerusform>
            <numerusform>Das Prüfprotokoll ist unversehrt: %n Einträge, Hash-Kette geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal was tampered with: %1.</source>
        <translation>Das Prüfprotokoll wurde manipuliert: %1.</translation>
    </message>
    <message>
        <source>Usage: mwb journal verify|show [--journal FILE] [--json]</source>
        <translation>Aufruf: mwb journal verify|show [--journal DATEI] [--json]</translation>
    </message>
    <message>
        <source>Record the write in this audit journal (default: %1).</source>
        <translation>Den Schreibvorgang in diesem Prüfprotokoll festhalten (Standard: %1).</translation>
    </message>
    <message>
        <source>Do not record the write.</source>
        <translation>Den Schreibvorgang nicht festhalten.</translation>
    </message>
    <message>
        <source>local, staging or production (recorded in the journal).</source>
        <translation>local, staging oder production (wird im Prüfprotokoll festgehalten).</translation>
    </message>
    <message>
        <source>Cancelling… (press Ctrl+C again to quit at once)</source>
        <translation>Wird abgebrochen … (Strg+C erneut drücken, um sofort zu beenden)</translation>
    </message>
    <message>
        <source>Statement: %1</source>
        <translation>Anweisung: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Verification failed: %1</source>
        <translation>Prüfung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verified: the script turns a shadow copy of the source into the target (no difference left).</source>
        <translation>Geprüft: Das Skript macht aus einer Schattenkopie der Quelle das Ziel (kein Unterschied bleibt).</translation>
    </message>
    <message>
        <source>Verification failed: after the script, differences remain:
%1</source>
        <translation>Prüfung fehlgeschlagen: Nach dem Skript bleiben Unterschiede:
%1</translation>
    </message>
    <message>
        <source>Compare two schemas, like prisma migrate diff. A source is one of:
  empty                       the empty schema
  database                    the workspace&apos;s datasource (or --url)
  url:&lt;url&gt;                   a database URL as Prisma writes it
  migrations[:&lt;dir&gt;]          the migrations folder replayed on a shadow database
  migrations[:&lt;dir&gt;]@&lt;name&gt;   … up to and including &lt;name&gt;
  migrations[:&lt;dir&gt;]@without:&lt;name&gt;, without:&lt;name&gt;   … without &lt;name&gt;
PostgreSQL and MySQL migrations replay in a temporary database on the server of the other side (or --shadow-server); SQLite in memory.</source>
        <translation>Zwei Schemas vergleichen, wie prisma migrate diff. Eine Quelle ist eine von:
  empty                       das leere Schema
  database                    die Datenquelle des Arbeitsbereichs (oder --url)
  url:&lt;url&gt;                   eine Datenbank-URL, wie Prisma sie schreibt
  migrations[:&lt;dir&gt;]          der Migrationsordner, auf einer Schattendatenbank nachgespielt
  migrations[:&lt;dir&gt;]@&lt;name&gt;   … bis einschließlich &lt;name&gt;
  migrations[:&lt;dir&gt;]@without:&lt;name&gt;, without:&lt;name&gt;   … ohne &lt;name&gt;
PostgreSQL- und MySQL-Migrationen laufen in einer temporären Datenbank auf dem Server der anderen Seite (oder --shadow-server); SQLite im Speicher.</translation>
    </message>
    <message>
        <source>The URL &apos;database&apos; stands for.</source>
        <translation>Die URL, für die „database“ steht.</translation>
    </message>
    <message>
        <source>The source to start from.</source>
        <translation>Die Quelle, von der ausgegangen wird.</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>The source to reach.</source>
        <translation>Die Quelle, die erreicht werden soll.</translation>
    </message>
    <message>
        <source>Print the SQL script instead of the summary.</source>
        <translation>Das SQL-Skript statt der Zusammenfassung ausgeben.</translation>
    </message>
    <message>
        <source>Prisma&apos;s exit codes: 0 no difference, 2 differences, 1 error.</source>
        <translation>Die Exit-Codes von Prisma: 0 kein Unterschied, 2 Unterschiede, 1 Fehler.</translation>
    </message>
    <message>
        <source>Apply the script to a shadow copy of --from and check that nothing differs from --to afterwards.</source>
        <translation>Das Skript auf eine Schattenkopie von --from anwenden und prüfen, dass danach nichts von --to abweicht.</translation>
    </message>
    <message>
        <source>Write to this file instead of stdout.</source>
        <translation>In diese Datei statt auf die Standardausgabe schreiben.</translation>
    </message>
    <message>
        <source>Create temporary shadow databases on this server (URL).</source>
        <translation>Temporäre Schattendatenbanken auf diesem Server (URL) anlegen.</translation>
    </message>
    <message>
        <source>Use this database as the shadow database; it is emptied first (Prisma&apos;s shadowDatabaseUrl).</source>
        <translation>Diese Datenbank als Schattendatenbank verwenden; sie wird zuerst geleert (Prismas shadowDatabaseUrl).</translation>
    </message>
    <message>
        <source>give both --from and --to (see mwb diff --help).</source>
        <translation>Geben Sie sowohl --from als auch --to an (siehe mwb diff --help).</translation>
    </message>
    <message>
        <source>--script and --json exclude each other (the JSON object contains the script).</source>
        <translation>--script und --json schließen einander aus (das JSON-Objekt enthält das Skript).</translation>
    </message>
    <message>
        <source>the database URL is invalid: %1</source>
        <translation>die Datenbank-URL ist ungültig: %1</translation>
    </message>
    <message>
        <source>--from: %1</source>
        <translation>--from: %1</translation>
    </message>
    <message>
        <source>--to: %1</source>
        <translation>--to: %1</translation>
    </message>
    <message>
        <source>--shadow-server: %1</source>
        <translation>--shadow-server: %1</translation>
    </message>
    <message>
        <source>--shadow-url: %1</source>
        <translation>--shadow-url: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Detect drift like prisma migrate dev: replay the applied migrations on a shadow database and compare the result with the live database.</source>
        <translation>Drift wie prisma migrate dev erkennen: die angewendeten Migrationen auf einer Schattendatenbank nachspielen und das Ergebnis mit der Live-Datenbank vergleichen.</translation>
    </message>
    <message>
        <source>Print the SQL that turns the migrations&apos; schema into the live one (the drift as a migration) instead of the summary.</source>
        <translation>Das SQL ausgeben, das das Schema der Migrationen in das Live-Schema überführt (den Drift als Migration), statt der Zusammenfassung.</translation>
    </message>
    <message>
        <source>Use this database as the shadow database; it is emptied first. Default: the workspace&apos;s shadowDatabaseUrl, else a temporary database.</source>
        <translation>Diese Datenbank als Schattendatenbank verwenden; sie wird zuerst geleert. Standard: die shadowDatabaseUrl des Arbeitsbereichs, sonst eine temporäre Datenbank.</translation>
    </message>
    <message>
        <source>--script and --json exclude each other.</source>
        <translation>--script und --json schließen einander aus.</translation>
    </message>
    <message>
        <source>Error: the shadow database URL is invalid: %1</source>
        <translation>Fehler: Die URL der Schattendatenbank ist ungültig: %1</translation>
    </message>
    <message numerus="yes">
        <source>No drift detected: the database schema matches the %n applied migration(s).</source>
        <translation>
            <numerusform>Kein Drift erkannt: Das Datenbankschema entspricht der %n angewendeten Migration.</numerusform>
            <numerusform>Kein Drift erkannt: Das Datenbankschema entspricht den %n angewendeten Migrationen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: mwb COMMAND [options]

Commands:
  status   where a database stands against the migrations folder
  deploy   apply pending migrations (prisma migrate deploy)
  resolve  mark a migration --applied or --rolled-back (prisma migrate resolve)
  execute  run a SQL script (prisma db execute)
  diff     compare two schemas (prisma migrate diff)
  drift    compare the live schema with the applied migrations
  demo     create the demo workspace in a folder

Run &apos;mwb COMMAND --help&apos; for the options of a command.
Exit codes: 0 up to date / success, 1 needs attention / operation failed,
2 bad arguments or input, 3 database unreachable or unreadable.
</source>
        <translation>Aufruf: mwb BEFEHL [Optionen]

Befehle:
  status   wo eine Datenbank gegenüber dem Migrationsordner steht
  deploy   ausstehende Migrationen anwenden (prisma migrate deploy)
  resolve  eine Migration als --applied oder --rolled-back markieren (prisma migrate resolve)
  execute  ein SQL-Skript ausführen (prisma db execute)
  diff     zwei Schemas vergleichen (prisma migrate diff)
  drift    das Live-Schema mit den angewendeten Migrationen vergleichen
  demo     den Demo-Arbeitsbereich in einem Ordner anlegen

„mwb BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 aktuell / Erfolg, 1 braucht Aufmerksamkeit / Vorgang fehlgeschlagen,
2 falsche Argumente oder Eingaben, 3 Datenbank nicht erreichbar oder nicht lesbar.
</translation>
    </message>
</context>
</TS>
