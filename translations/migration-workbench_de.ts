<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditJournalDialog</name>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Failed only</source>
        <translation>Nur fehlgeschlagene</translation>
    </message>
    <message>
        <source>Export HTML Report…</source>
        <translation>HTML-Bericht exportieren …</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Audit Journal</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Filter: user, connection, target, SQL, result, plan hash…</source>
        <translation>Filter: Benutzer, Verbindung, Ziel, SQL, Ergebnis, Plan-Hash …</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Alle Operationen</translation>
    </message>
    <message>
        <source>Deploy</source>
        <translation>Deploy</translation>
    </message>
    <message>
        <source>Resolve (any)</source>
        <translation>Resolve (alle)</translation>
    </message>
    <message>
        <source>Resolve --applied</source>
        <translation>Resolve --applied</translation>
    </message>
    <message>
        <source>Resolve --rolled-back</source>
        <translation>Resolve --rolled-back</translation>
    </message>
    <message>
        <source>Execute</source>
        <translation>Execute</translation>
    </message>
    <message>
        <source>Select an entry to see its details.</source>
        <translation>Wählen Sie einen Eintrag aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>The statements the entry sent appear here.</source>
        <translation>Hier erscheinen die Anweisungen, die der Eintrag gesendet hat.</translation>
    </message>
    <message>
        <source>No journal yet at %1: nothing has been written.</source>
        <translation>Unter %1 gibt es noch kein Prüfprotokoll: Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Journal intact&lt;/b&gt; (%n entries): every line follows the one before it and has its recorded hash.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;Prüfprotokoll unversehrt&lt;/b&gt; (%n Eintrag): Jede Zeile schließt an die vorherige an und hat ihren gespeicherten Hash.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</numerusform>
            <numerusform>&lt;b&gt;Prüfprotokoll unversehrt&lt;/b&gt; (%n Einträge): Jede Zeile schließt an die vorherige an und hat ihren gespeicherten Hash.&lt;br&gt;&lt;small&gt;%1&lt;/small&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Tampering detected at line %1:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;Manipulation in Zeile %1 erkannt:&lt;/b&gt; %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Line %1 of the journal</source>
        <translation>Zeile %1 des Prüfprotokolls</translation>
    </message>
    <message>
        <source>THIS LINE BREAKS THE HASH CHAIN: %1</source>
        <translation>DIESE ZEILE UNTERBRICHT DIE HASH-KETTE: %1</translation>
    </message>
    <message>
        <source>Time: %1 (%2 UTC)</source>
        <translation>Zeit: %1 (%2 UTC)</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>Benutzer: %1</translation>
    </message>
    <message>
        <source>Connection: %1 (%2)</source>
        <translation>Verbindung: %1 (%2)</translation>
    </message>
    <message>
        <source>Operation: %1%2</source>
        <translation>Operation: %1%2</translation>
    </message>
    <message>
        <source>, elevated</source>
        <translation>, mit erhöhten Rechten</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Dauer: %1 ms</translation>
    </message>
    <message>
        <source>Change plan: %1</source>
        <translation>Änderungsplan: %1</translation>
    </message>
    <message>
        <source>Approved by: %1</source>
        <translation>Freigegeben von: %1</translation>
    </message>
    <message>
        <source>Result: success</source>
        <translation>Ergebnis: erfolgreich</translation>
    </message>
    <message>
        <source>Result: FAILED</source>
        <translation>Ergebnis: FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>-- No statements were sent.</source>
        <translation>-- Es wurden keine Anweisungen gesendet.</translation>
    </message>
    <message>
        <source>Select an entry first.</source>
        <translation>Wählen Sie zuerst einen Eintrag aus.</translation>
    </message>
    <message>
        <source>Export HTML Report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>AuditJournalModel</name>
    <message>
        <source>%1 (elevated)</source>
        <translation>%1 (erhöhte Rechte)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>The hash chain breaks at this line (%1): it was changed, removed or reordered after it was written.</source>
        <translation>Die Hash-Kette bricht in dieser Zeile ab (%1): Sie wurde nach dem Schreiben verändert, entfernt oder umsortiert.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Plan hash</source>
        <translation>Plan-Hash</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
</context>
<context>
    <name>BaselinePage</name>
    <message>
        <source>Baseline the database</source>
        <translation>Baseline für die Datenbank erstellen</translation>
    </message>
    <message>
        <source>A database that predates Prisma Migrate gets a first migration, %1, that holds its current schema; it is marked applied here and runs on new, empty databases only.</source>
        <translation>Eine Datenbank, die älter als Prisma Migrate ist, erhält eine erste Migration, %1, die ihr aktuelles Schema enthält; sie wird hier als angewendet markiert und läuft nur auf neuen, leeren Datenbanken.</translation>
    </message>
    <message>
        <source>Connect to a database first.</source>
        <translation>Verbinden Sie sich zuerst mit einer Datenbank.</translation>
    </message>
    <message>
        <source>Reading the live schema…</source>
        <translation>Das Live-Schema wird gelesen …</translation>
    </message>
    <message>
        <source>The live schema could not be read: %1</source>
        <translation>Das Live-Schema konnte nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s) found. This is %1/migration.sql:</source>
        <translation>
            <numerusform>%n Tabelle gefunden. Dies ist %1/migration.sql:</numerusform>
            <numerusform>%n Tabellen gefunden. Dies ist %1/migration.sql:</numerusform>
        </translation>
    </message>
    <message>
        <source>This database cannot be baselined: %1</source>
        <translation>Für diese Datenbank kann keine Baseline erstellt werden: %1</translation>
    </message>
    <message>
        <source>-- Nothing will be written.</source>
        <translation>-- Es wird nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>BaselineWizard</name>
    <message>
        <source>Baseline Database — %1</source>
        <translation>Datenbank-Baseline — %1</translation>
    </message>
    <message>
        <source>Write %1/migration.sql</source>
        <translation>%1/migration.sql schreiben</translation>
    </message>
    <message>
        <source>Mark %1 as applied on %2</source>
        <translation>%1 auf %2 als angewendet markieren</translation>
    </message>
</context>
<context>
    <name>ChangePlanDialog</name>
    <message>
        <source> line %1, column %2</source>
        <translation> Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>Freigeben …</translation>
    </message>
    <message>
        <source>Execute…</source>
        <translation>Ausführen …</translation>
    </message>
    <message>
        <source>Export HTML Report…</source>
        <translation>HTML-Bericht exportieren …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Change Plan</source>
        <translation>Änderungsplan</translation>
    </message>
    <message>
        <source>Precondition</source>
        <translation>Vorbedingung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Not executed yet. Execute… runs the approved plan on the current connection after re-checking its preconditions.</source>
        <translation>Noch nicht ausgeführt. „Ausführen …“ führt den freigegebenen Plan auf der aktuellen Verbindung aus, nachdem seine Vorbedingungen erneut geprüft wurden.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Preconditions</source>
        <translation>Vorbedingungen</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>Lint</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Execution</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Change Plan — %1</source>
        <translation>Änderungsplan — %1</translation>
    </message>
    <message>
        <source>No plan loaded.</source>
        <translation>Kein Plan geladen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This plan cannot be read:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Dieser Plan kann nicht gelesen werden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tampered: do not approve or execute this plan.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Manipuliert: Geben Sie diesen Plan nicht frei und führen Sie ihn nicht aus.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrity verified and approved&lt;/b&gt; by %1 on %2: the plan is exactly what was reviewed.</source>
        <translation>&lt;b&gt;Integrität geprüft und freigegeben&lt;/b&gt; von %1 am %2: Der Plan ist genau der, der geprüft wurde.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrity verified&lt;/b&gt; (the content matches its hash). &lt;b&gt;Not approved:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Integrität geprüft&lt;/b&gt; (der Inhalt entspricht seinem Hash). &lt;b&gt;Nicht freigegeben:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>%1 (%2, &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;)</source>
        <translation>%1 (%2, &lt;span style=&apos;color:%3&apos;&gt;&lt;b&gt;%4&lt;/b&gt;&lt;/span&gt;)</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1, %2%3</source>
        <translation>%1, %2%3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>-- The plan has no steps.</source>
        <translation>-- Der Plan hat keine Schritte.</translation>
    </message>
    <message>
        <source>Steps (%1)</source>
        <translation>Schritte (%1)</translation>
    </message>
    <message>
        <source>Preconditions (%1)</source>
        <translation>Vorbedingungen (%1)</translation>
    </message>
    <message>
        <source>Lint (%1)</source>
        <translation>Lint (%1)</translation>
    </message>
    <message>
        <source>Pre-checks (%1)</source>
        <translation>Vorabprüfungen (%1)</translation>
    </message>
    <message>
        <source>The operation changes schema or data: a backup is taken before it runs.</source>
        <translation>Die Operation ändert Schema oder Daten: Vor ihrer Ausführung wird eine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>The operation writes only bookkeeping: no backup needed.</source>
        <translation>Die Operation schreibt nur Buchführung: keine Sicherung nötig.</translation>
    </message>
    <message>
        <source>No backup tool was available when the plan was made: no backup will be taken, and the journal will say so.</source>
        <translation>Beim Erstellen des Plans war kein Sicherungswerkzeug verfügbar: Es wird keine Sicherung erstellt, und das Prüfprotokoll hält dies fest.</translation>
    </message>
    <message>
        <source>Backups go to %1.</source>
        <translation>Sicherungen werden in %1 abgelegt.</translation>
    </message>
    <message>
        <source>No readiness check after execution.</source>
        <translation>Keine Bereitschaftsprüfung nach der Ausführung.</translation>
    </message>
    <message>
        <source>Readiness check after execution: GET %1 must answer 200.</source>
        <translation>Bereitschaftsprüfung nach der Ausführung: GET %1 muss mit 200 antworten.</translation>
    </message>
    <message>
        <source>checked again when executing</source>
        <translation>wird beim Ausführen erneut geprüft</translation>
    </message>
    <message>
        <source>No plan is loaded.</source>
        <translation>Es ist kein Plan geladen.</translation>
    </message>
    <message>
        <source>Connect to %1 to execute this plan.</source>
        <translation>Verbinden Sie sich mit %1, um diesen Plan auszuführen.</translation>
    </message>
    <message>
        <source>The plan targets %1, the current connection is %2.</source>
        <translation>Der Plan zielt auf %1, die aktuelle Verbindung ist %2.</translation>
    </message>
    <message>
        <source>The plan is running.</source>
        <translation>Der Plan wird ausgeführt.</translation>
    </message>
    <message>
        <source>The plan has been executed.</source>
        <translation>Der Plan wurde ausgeführt.</translation>
    </message>
    <message>
        <source>Approve as a reviewer other than the author (%1)</source>
        <translation>Als Prüfer freigeben, der nicht der Autor (%1) ist</translation>
    </message>
    <message>
        <source>A plan that cannot be trusted cannot be approved.</source>
        <translation>Ein Plan, dem nicht vertraut werden kann, kann nicht freigegeben werden.</translation>
    </message>
    <message>
        <source>Ready to execute on %1: the preconditions are re-checked first.</source>
        <translation>Bereit zur Ausführung auf %1: Die Vorbedingungen werden zuerst erneut geprüft.</translation>
    </message>
    <message>
        <source>Execute is unavailable: %1</source>
        <translation>Ausführen ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Approve Change Plan</source>
        <translation>Änderungsplan freigeben</translation>
    </message>
    <message>
        <source>You approve exactly this plan (hash %1…).
Your name (the author, %2, cannot approve):</source>
        <translation>Sie geben genau diesen Plan frei (Hash %1…).
Ihr Name (der Autor, %2, kann nicht freigeben):</translation>
    </message>
    <message>
        <source>Re-checking the preconditions, then the backup and the operation…</source>
        <translation>Die Vorbedingungen werden erneut geprüft, dann folgen die Sicherung und die Operation …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Execute Change Plan</source>
        <translation>Änderungsplan ausführen</translation>
    </message>
    <message>
        <source>Execute %1?

Approved by %2. The preconditions are re-checked against the live database first; nothing is written when anything changed.</source>
        <translation>%1 ausführen?

Freigegeben von %2. Die Vorbedingungen werden zuerst gegen die Live-Datenbank erneut geprüft; hat sich etwas geändert, wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>REFUSED: nothing was written.</source>
        <translation>ABGELEHNT: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>SUCCESS in %1 ms.</source>
        <translation>ERFOLGREICH in %1 ms.</translation>
    </message>
    <message>
        <source>FAILED after %1 ms.</source>
        <translation>FEHLGESCHLAGEN nach %1 ms.</translation>
    </message>
    <message>
        <source>Preconditions:</source>
        <translation>Vorbedingungen:</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Output:</source>
        <translation>Ausgabe:</translation>
    </message>
    <message>
        <source>Schema change:</source>
        <translation>Schemaänderung:</translation>
    </message>
    <message>
        <source>Readiness %1: %2</source>
        <translation>Bereitschaft %1: %2</translation>
    </message>
    <message>
        <source>The journal could not be written: %1</source>
        <translation>Das Prüfprotokoll konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Export HTML Report</source>
        <translation>HTML-Bericht exportieren</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>&lt;b&gt;Integrity verified&lt;/b&gt; (the content matches its hash). &lt;b&gt;Not approved yet:&lt;/b&gt; a reviewer other than its author (%1) must approve it before it can run.</source>
        <translation>&lt;b&gt;Integrität bestätigt&lt;/b&gt; (der Inhalt entspricht seinem Hash). &lt;b&gt;Noch nicht freigegeben:&lt;/b&gt; Ein anderer Prüfer als der Autor (%1) muss den Plan freigeben, bevor er laufen kann.</translation>
    </message>
</context>
<context>
    <name>CommandBox</name>
    <message>
        <source>Equivalent prisma command(s)</source>
        <translation>Entsprechende prisma-Befehle</translation>
    </message>
    <message>
        <source>(none: this step only reads)</source>
        <translation>(keiner: Dieser Schritt liest nur)</translation>
    </message>
</context>
<context>
    <name>CommitPage</name>
    <message>
        <source>Commit</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>Everything that will be written, in order. Nothing has been written yet; Cancel leaves the database and the migrations folder as they are.</source>
        <translation>Alles, was geschrieben wird, in Reihenfolge. Bisher wurde nichts geschrieben; „Abbrechen“ lässt die Datenbank und den Migrationsordner unverändert.</translation>
    </message>
    <message>
        <source>&amp;Commit</source>
        <translation>&amp;Festschreiben</translation>
    </message>
    <message>
        <source>Preparing the preview (a dry run of every step)…</source>
        <translation>Die Vorschau wird vorbereitet (ein Probelauf jedes Schritts) …</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;Production: %1.&lt;/b&gt; This connection is read-only. Type &lt;b&gt;%2&lt;/b&gt; to allow these writes to it.</source>
        <translation>&lt;b&gt;Produktion: %1.&lt;/b&gt; Diese Verbindung ist schreibgeschützt. Geben Sie &lt;b&gt;%2&lt;/b&gt; ein, um diese Schreibvorgänge zu erlauben.</translation>
    </message>
    <message>
        <source>Type the database name to confirm</source>
        <translation>Geben Sie zur Bestätigung den Datenbanknamen ein</translation>
    </message>
    <message>
        <source>Step %1: the connection is closed.</source>
        <translation>Schritt %1: Die Verbindung ist geschlossen.</translation>
    </message>
    <message>
        <source>Step %1 is refused%2: %3</source>
        <translation>Schritt %1 wird abgelehnt%2: %3</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>Schritt %1: %2</translation>
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
        <source>✘ %1 — %2</source>
        <translation>✘ %1 — %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>✔ %1 (%2 ms)</source>
        <translation>✔ %1 (%2 ms)</translation>
    </message>
    <message>
        <source>-- writes %1
</source>
        <translation>-- schreibt %1
</translation>
    </message>
    <message>
        <source>-- refused: nothing will be sent.
</source>
        <translation>-- abgelehnt: Es wird nichts gesendet.
</translation>
    </message>
    <message>
        <source>There is nothing to commit.</source>
        <translation>Es gibt nichts festzuschreiben.</translation>
    </message>
    <message>
        <source>✔ %1: %2</source>
        <translation>✔ %1: %2</translation>
    </message>
    <message>
        <source>✘ %1 — the connection was closed.</source>
        <translation>✘ %1 — die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>Stopped: the steps after the failed one did not run.</source>
        <translation>Angehalten: Die Schritte nach dem fehlgeschlagenen wurden nicht ausgeführt.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>Committed. The outcome of every step is below.</source>
        <translation>Übernommen. Das Ergebnis jedes Schritts steht unten.</translation>
    </message>
    <message>
        <source>Stopped at a failed step; the steps before it were written.</source>
        <translation>An einem fehlgeschlagenen Schritt angehalten; die Schritte davor wurden geschrieben.</translation>
    </message>
</context>
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
    <name>DiffScriptPage</name>
    <message>
        <source>&amp;Rehearse on a Shadow Copy</source>
        <translation>Auf einer Schattenkopie &amp;erproben</translation>
    </message>
    <message>
        <source>Apply the script to a shadow copy of the database&apos;s schema and check that the result matches the target. Writes nothing here.</source>
        <translation>Das Skript auf eine Schattenkopie des Datenbankschemas anwenden und prüfen, ob das Ergebnis dem Ziel entspricht. Schreibt hier nichts.</translation>
    </message>
    <message>
        <source>Rehearsing the script on a shadow copy…</source>
        <translation>Das Skript wird auf einer Schattenkopie erprobt …</translation>
    </message>
    <message>
        <source>Comparing… (%1 → %2)</source>
        <translation>Vergleich läuft … (%1 → %2)</translation>
    </message>
    <message>
        <source>Migration %1 does not replay on the shadow database: %2</source>
        <translation>Migration %1 lässt sich auf der Schattendatenbank nicht nachspielen: %2</translation>
    </message>
    <message>
        <source>No differences: nothing needs to run.</source>
        <translation>Keine Unterschiede: Es muss nichts ausgeführt werden.</translation>
    </message>
    <message>
        <source>Read in %1 ms, compared in %2 ms.</source>
        <translation>Gelesen in %1 ms, verglichen in %2 ms.</translation>
    </message>
    <message>
        <source>No difference detected.</source>
        <translation>Kein Unterschied erkannt.</translation>
    </message>
    <message>
        <source>-- This is an empty migration.</source>
        <translation>-- Dies ist eine leere Migration.</translation>
    </message>
    <message>
        <source>Rehearsal passed: after the script, the shadow copy matches the target (%1 ms).</source>
        <translation>Erprobung bestanden: Nach dem Skript entspricht die Schattenkopie dem Ziel (%1 ms).</translation>
    </message>
    <message>
        <source>Rehearsal failed: %1</source>
        <translation>Erprobung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>still different after the script:
%1</source>
        <translation>nach dem Skript weiterhin abweichend:
%1</translation>
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
    <message>
        <source>Open in SQL &amp;Editor</source>
        <translation>Im SQL-&amp;Editor öffnen</translation>
    </message>
    <message>
        <source>Open the script in the SQL editor of this connection, to review, change and run it</source>
        <translation>Das Skript im SQL-Editor dieser Verbindung öffnen, um es zu prüfen, zu ändern und auszuführen</translation>
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
    <name>ExplainView</name>
    <message>
        <source>Plan node</source>
        <translation>Planknoten</translation>
    </message>
    <message>
        <source>Estimates and timings</source>
        <translation>Schätzungen und Zeiten</translation>
    </message>
    <message>
        <source>Select a node to see all its properties.</source>
        <translation>Wählen Sie einen Knoten aus, um alle seine Eigenschaften zu sehen.</translation>
    </message>
    <message>
        <source>Raw output of the database:

</source>
        <translation>Rohausgabe der Datenbank:

</translation>
    </message>
</context>
<context>
    <name>FindReplaceBar</name>
    <message>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace with</source>
        <translation>Ersetzen durch</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nächstes</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorheriges</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n replaced</source>
        <translation>
            <numerusform>%n ersetzt</numerusform>
            <numerusform>%n ersetzt</numerusform>
        </translation>
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
    <name>HotfixNamePage</name>
    <message>
        <source>Capture the hotfix as a migration</source>
        <translation>Den Hotfix als Migration erfassen</translation>
    </message>
    <message>
        <source>The new migration holds the change made by hand. It is marked applied where the patch already is, and stays pending everywhere else.</source>
        <translation>Die neue Migration enthält die von Hand vorgenommene Änderung. Sie wird dort als angewendet markiert, wo der Patch bereits eingespielt ist, und bleibt überall sonst ausstehend.</translation>
    </message>
    <message>
        <source>retroactively add index</source>
        <translation>Index nachträglich hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>migration.sql (edit it if the drift holds more than the hotfix):</source>
        <translation>migration.sql (bearbeiten Sie sie, wenn der Drift mehr als den Hotfix enthält):</translation>
    </message>
    <message>
        <source>Give the migration a name (letters, digits, underscores).</source>
        <translation>Geben Sie der Migration einen Namen (Buchstaben, Ziffern, Unterstriche).</translation>
    </message>
</context>
<context>
    <name>HotfixTargetsPage</name>
    <message>
        <source>Enter &amp;Password…</source>
        <translation>&amp;Passwort eingeben …</translation>
    </message>
    <message>
        <source>Where is the patch?</source>
        <translation>Wo ist der Patch eingespielt?</translation>
    </message>
    <message>
        <source>Tick every database the hotfix was applied to: the migration is marked applied there. The others get it as a pending migration on their next deploy.</source>
        <translation>Haken Sie jede Datenbank an, auf die der Hotfix angewendet wurde: Dort wird die Migration als angewendet markiert. Die übrigen erhalten sie als ausstehende Migration beim nächsten Deploy.</translation>
    </message>
    <message>
        <source>Patched?</source>
        <translation>Gepatcht?</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 (open connection)</source>
        <translation>%1 (offene Verbindung)</translation>
    </message>
    <message>
        <source>connected · the drift was found here</source>
        <translation>verbunden · der Drift wurde hier gefunden</translation>
    </message>
    <message>
        <source>reading the password…</source>
        <translation>Passwort wird gelesen …</translation>
    </message>
    <message>
        <source>This workspace has no saved connections: only the open one can be marked. Save the others in File ▸ Connections to reconcile them here.</source>
        <translation>Dieser Arbeitsbereich hat keine gespeicherten Verbindungen: Nur die offene kann markiert werden. Speichern Sie die anderen unter Datei ▸ Verbindungen, um sie hier abzugleichen.</translation>
    </message>
    <message>
        <source>password needed</source>
        <translation>Passwort erforderlich</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>connected · %1</source>
        <translation>verbunden · %1</translation>
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
        <source>marked applied</source>
        <translation>als angewendet markiert</translation>
    </message>
    <message>
        <source>%1 — the next deploy applies it</source>
        <translation>%1 — der nächste Deploy wendet sie an</translation>
    </message>
    <message>
        <source># the others: commit the migration; their next `prisma migrate deploy` applies it</source>
        <translation># die übrigen: Migration committen; ihr nächstes `prisma migrate deploy` wendet sie an</translation>
    </message>
</context>
<context>
    <name>HotfixWizard</name>
    <message>
        <source>Reconcile Hotfix — %1</source>
        <translation>Hotfix abgleichen — %1</translation>
    </message>
    <message>
        <source>The drift</source>
        <translation>Der Drift</translation>
    </message>
    <message>
        <source>The live schema compared with what the applied migrations produce (replayed on a shadow database): this is what was changed by hand.</source>
        <translation>Das Live-Schema im Vergleich mit dem, was die angewendeten Migrationen ergeben (auf einer Schattendatenbank nachgespielt): Das wurde von Hand geändert.</translation>
    </message>
    <message>
        <source>No drift: the live schema matches the applied migrations, there is no hotfix to capture.</source>
        <translation>Kein Drift: Das Live-Schema entspricht den angewendeten Migrationen; es gibt keinen Hotfix zu erfassen.</translation>
    </message>
    <message>
        <source>%1: %2 is %3</source>
        <translation>%1: %2 ist %3</translation>
    </message>
    <message>
        <source>Write %1/migration.sql</source>
        <translation>%1/migration.sql schreiben</translation>
    </message>
    <message>
        <source>Mark %1 as applied on %2</source>
        <translation>%1 auf %2 als angewendet markieren</translation>
    </message>
</context>
<context>
    <name>LintFindingsView</name>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Erläuterung</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s): </source>
        <translation>
            <numerusform>%n Befund: </numerusform>
            <numerusform>%n Befunde: </numerusform>
        </translation>
    </message>
    <message>
        <source>: statement %1</source>
        <translation>: Anweisung %1</translation>
    </message>
    <message>
        <source>, line %1:%2</source>
        <translation>, Zeile %1:%2</translation>
    </message>
</context>
<context>
    <name>LintPanel</name>
    <message>
        <source>Run Data Pre-Checks</source>
        <translation>Daten-Vorabprüfungen ausführen</translation>
    </message>
    <message>
        <source>I have read the findings</source>
        <translation>Ich habe die Befunde gelesen</translation>
    </message>
    <message>
        <source>Linting…</source>
        <translation>Lint läuft …</translation>
    </message>
    <message>
        <source>Count, read-only and with a statement timeout, the rows that would make these statements fail (duplicates, NULLs, failing casts, orphans)</source>
        <translation>Die Zeilen zählen, an denen diese Anweisungen scheitern würden (Duplikate, NULL-Werte, fehlschlagende Typumwandlungen, verwaiste Zeilen) – nur lesend und mit Zeitlimit pro Anweisung</translation>
    </message>
    <message>
        <source>&lt;b&gt;Lint:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Lint:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Connect to the database to run the data pre-checks.</source>
        <translation>Verbinden Sie sich mit der Datenbank, um die Daten-Vorabprüfungen auszuführen.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n pre-check(s), read-only…</source>
        <translation>
            <numerusform>%n Vorabprüfung wird ausgeführt, nur lesend …</numerusform>
            <numerusform>%n Vorabprüfungen werden ausgeführt, nur lesend …</numerusform>
        </translation>
    </message>
    <message>
        <source>The pre-checks could not run: %1</source>
        <translation>Die Vorabprüfungen konnten nicht ausgeführt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n pre-check(s) found rows in the way.</source>
        <translation>
            <numerusform>%n Vorabprüfung hat störende Zeilen gefunden.</numerusform>
            <numerusform>%n Vorabprüfungen haben störende Zeilen gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <source>No data in the way.</source>
        <translation>Keine störenden Daten.</translation>
    </message>
    <message>
        <source>. Read the errors before you run: the statements are likely to fail or to lose data.</source>
        <translation>. Lesen Sie die Fehler, bevor Sie ausführen: Die Anweisungen schlagen wahrscheinlich fehl oder verlieren Daten.</translation>
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
    <message>
        <source>Re&amp;cover Failed Migration…</source>
        <translation>&amp;Fehlgeschlagene Migration beheben …</translation>
    </message>
    <message>
        <source>&amp;Baseline Database…</source>
        <translation>&amp;Baseline für Datenbank erstellen …</translation>
    </message>
    <message>
        <source>Reconcile &amp;Hotfix…</source>
        <translation>&amp;Hotfix abgleichen …</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Extras</translation>
    </message>
    <message>
        <source>SQL &amp;Editor</source>
        <translation>SQL-&amp;Editor</translation>
    </message>
    <message>
        <source>Run SQL on the current connection in an editor window</source>
        <translation>SQL auf der aktuellen Verbindung in einem Editorfenster ausführen</translation>
    </message>
    <message>
        <source>&amp;Training…</source>
        <translation>&amp;Training …</translation>
    </message>
    <message>
        <source>Guided, self-checking exercises in Prisma&apos;s production recovery, on a private database</source>
        <translation>Angeleitete Übungen mit eigener Lösungsprüfung zur Fehlerbehebung in Produktion mit Prisma, auf einer privaten Datenbank</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Connect to a database first: the SQL editor works on the current connection.</source>
        <translation>Verbinden Sie sich zuerst mit einer Datenbank: Der SQL-Editor arbeitet auf der aktuellen Verbindung.</translation>
    </message>
    <message>
        <source>There is no failed migration to recover on this connection.</source>
        <translation>Auf dieser Verbindung gibt es keine fehlgeschlagene Migration zu beheben.</translation>
    </message>
    <message>
        <source>Reconciling a hotfix needs a database connection and a migrations folder.</source>
        <translation>Das Abgleichen eines Hotfixes braucht eine Datenbankverbindung und einen Migrationsordner.</translation>
    </message>
    <message>
        <source>Baselining needs a workspace and a database connection.</source>
        <translation>Das Erstellen einer Baseline braucht einen Arbeitsbereich und eine Datenbankverbindung.</translation>
    </message>
    <message>
        <source>Open Change &amp;Plan…</source>
        <translation>Änderungs&amp;plan öffnen …</translation>
    </message>
    <message>
        <source>Open Change Plan</source>
        <translation>Änderungsplan öffnen</translation>
    </message>
    <message>
        <source>Change plans (*.json)</source>
        <translation>Änderungspläne (*.json)</translation>
    </message>
    <message>
        <source>&amp;Audit Journal…</source>
        <translation>&amp;Prüfprotokoll …</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
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
    <message>
        <source> using %1</source>
        <translation> über %1</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>table %1</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <source>SQLite cannot run a statement with timings; EXPLAIN QUERY PLAN shows the plan.</source>
        <translation>SQLite kann keine Anweisung mit Zeitmessung ausführen; EXPLAIN QUERY PLAN zeigt den Plan.</translation>
    </message>
    <message>
        <source>The plan is not the JSON PostgreSQL writes: %1</source>
        <translation>Der Plan ist nicht das JSON, das PostgreSQL schreibt: %1</translation>
    </message>
    <message>
        <source>  (planning %1 ms, execution %2 ms)</source>
        <translation>  (Planung %1 ms, Ausführung %2 ms)</translation>
    </message>
    <message>
        <source>The plan is not JSON: %1</source>
        <translation>Der Plan ist kein JSON: %1</translation>
    </message>
    <message>
        <source>The statement failed.</source>
        <translation>Die Anweisung ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Statement timeout (%1 s) reached: %2</source>
        <translation>Zeitlimit für Anweisungen (%1 s) erreicht: %2</translation>
    </message>
    <message>
        <source>Cancelled while reading rows.</source>
        <translation>Beim Lesen der Zeilen abgebrochen.</translation>
    </message>
    <message>
        <source>Cancelled before statement %1 was sent.</source>
        <translation>Abgebrochen, bevor Anweisung %1 gesendet wurde.</translation>
    </message>
    <message>
        <source>This connection is read-only: the statement was not sent (%1).</source>
        <translation>Diese Verbindung ist schreibgeschützt: Die Anweisung wurde nicht gesendet (%1).</translation>
    </message>
    <message>
        <source>This statement committed the open transaction implicitly.</source>
        <translation>Diese Anweisung hat die offene Transaktion implizit festgeschrieben.</translation>
    </message>
    <message>
        <source>The rest of this result was dropped when another statement ran; run the statement again (or export it) to see every row.</source>
        <translation>Der Rest dieses Ergebnisses wurde verworfen, als eine andere Anweisung lief; führen Sie die Anweisung erneut aus (oder exportieren Sie sie), um alle Zeilen zu sehen.</translation>
    </message>
    <message>
        <source>The statement returned no rows to export.</source>
        <translation>Die Anweisung hat keine Zeilen zum Exportieren geliefert.</translation>
    </message>
    <message>
        <source>This connection is read-only: EXPLAIN ANALYZE would execute the statement (%1); nothing was sent.</source>
        <translation>Diese Verbindung ist schreibgeschützt: EXPLAIN ANALYZE würde die Anweisung ausführen (%1); es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Cannot write the query history %1: %2</source>
        <translation>Der Abfrageverlauf %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 changes the schema</source>
        <translation>%1 ändert das Schema</translation>
    </message>
    <message>
        <source>SET %1 changes the session</source>
        <translation>SET %1 ändert die Sitzung</translation>
    </message>
    <message>
        <source>PRAGMA with a value changes the database</source>
        <translation>PRAGMA mit einem Wert ändert die Datenbank</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE executes the statement</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung aus</translation>
    </message>
    <message>
        <source>%1 is not known to be read-only</source>
        <translation>%1 ist nicht als rein lesend bekannt</translation>
    </message>
    <message>
        <source>the WITH query contains %1</source>
        <translation>die WITH-Abfrage enthält %1</translation>
    </message>
    <message>
        <source>SELECT … INTO creates or writes something</source>
        <translation>SELECT … INTO legt etwas an oder schreibt etwas</translation>
    </message>
    <message>
        <source>a locking read (FOR UPDATE/SHARE)</source>
        <translation>ein sperrender Lesezugriff (FOR UPDATE/SHARE)</translation>
    </message>
    <message>
        <source>a locking read (LOCK IN SHARE MODE)</source>
        <translation>ein sperrender Lesezugriff (LOCK IN SHARE MODE)</translation>
    </message>
    <message>
        <source>%1() changes state</source>
        <translation>%1() ändert den Zustand</translation>
    </message>
    <message>
        <source>Not a change plan (format %1 expected).</source>
        <translation>Kein Änderungsplan (Format %1 erwartet).</translation>
    </message>
    <message>
        <source>The plan&apos;s operation is unknown: %1</source>
        <translation>Die Operation des Plans ist unbekannt: %1</translation>
    </message>
    <message>
        <source>%1 is not a change plan: %2</source>
        <translation>%1 ist kein Änderungsplan: %2</translation>
    </message>
    <message>
        <source>The plan has no hash.</source>
        <translation>Der Plan hat keinen Hash.</translation>
    </message>
    <message>
        <source>The plan was changed after it was created: its content hash is %1, the plan says %2.</source>
        <translation>Der Plan wurde nach seiner Erstellung verändert: Sein Inhalts-Hash ist %1, im Plan steht %2.</translation>
    </message>
    <message>
        <source>The plan is not approved.</source>
        <translation>Der Plan ist nicht freigegeben.</translation>
    </message>
    <message>
        <source>The approval is for another version of the plan (hash %1, the plan is %2).</source>
        <translation>Die Freigabe gilt für eine andere Version des Plans (Hash %1, der Plan hat %2).</translation>
    </message>
    <message>
        <source>The plan was approved by its own author (%1).</source>
        <translation>Der Plan wurde von seinem eigenen Autor freigegeben (%1).</translation>
    </message>
    <message>
        <source>The reviewer&apos;s name is missing.</source>
        <translation>Der Name des Prüfers fehlt.</translation>
    </message>
    <message>
        <source>%1 wrote this plan and cannot approve it: another person must review it.</source>
        <translation>%1 hat diesen Plan geschrieben und kann ihn nicht freigeben: Eine andere Person muss ihn prüfen.</translation>
    </message>
    <message>
        <source>The operation cannot be previewed.</source>
        <translation>Für die Operation kann keine Vorschau erstellt werden.</translation>
    </message>
    <message>
        <source>No backup step: the operation only writes _prisma_migrations rows.</source>
        <translation>Kein Sicherungsschritt: Die Operation schreibt nur Zeilen in _prisma_migrations.</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Refused: the plan is for %1, not for %2.</source>
        <translation>Abgelehnt: Der Plan ist für %1, nicht für %2.</translation>
    </message>
    <message>
        <source>pre-check %1: %2</source>
        <translation>Vorabprüfung %1: %2</translation>
    </message>
    <message>
        <source>the operation is now refused: %1</source>
        <translation>die Operation wird jetzt abgelehnt: %1</translation>
    </message>
    <message>
        <source>the statements it would run now differ from the plan&apos;s</source>
        <translation>die Anweisungen, die sie jetzt ausführen würde, weichen von denen des Plans ab</translation>
    </message>
    <message>
        <source>Cancelled before anything was written.</source>
        <translation>Abgebrochen, bevor etwas geschrieben wurde.</translation>
    </message>
    <message>
        <source>Refused: the database is no longer in the state the plan was approved for:
  - %1</source>
        <translation>Abgelehnt: Die Datenbank ist nicht mehr in dem Zustand, für den der Plan freigegeben wurde:
  - %1</translation>
    </message>
    <message>
        <source>Refused: the plan promised a backup and it failed: %1</source>
        <translation>Abgelehnt: Der Plan sieht eine Sicherung vor, und sie ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>No backup was taken: the operator skipped it.</source>
        <translation>Es wurde keine Sicherung erstellt: Der Bediener hat sie übersprungen.</translation>
    </message>
    <message>
        <source>No schema change.</source>
        <translation>Keine Schemaänderung.</translation>
    </message>
    <message>
        <source>No backup was taken: %1</source>
        <translation>Es wurde keine Sicherung erstellt: %1</translation>
    </message>
    <message>
        <source>Backup taken with %1: %2 (%3, sha256 %4)</source>
        <translation>Sicherung mit %1 erstellt: %2 (%3, sha256 %4)</translation>
    </message>
    <message>
        <source>the SQLite copy failed: %1</source>
        <translation>die Kopie der SQLite-Datei ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>pg_dump is not installed (Debian: postgresql-client).</source>
        <translation>pg_dump ist nicht installiert (Debian: postgresql-client).</translation>
    </message>
    <message>
        <source>neither mariadb-dump nor mysqldump is installed (Debian: mariadb-client).</source>
        <translation>weder mariadb-dump noch mysqldump ist installiert (Debian: mariadb-client).</translation>
    </message>
    <message>
        <source>no database is configured.</source>
        <translation>es ist keine Datenbank konfiguriert.</translation>
    </message>
    <message>
        <source>No backup will be taken: %1 Take one yourself before executing.</source>
        <translation>Es wird keine Sicherung erstellt: %1 Erstellen Sie vor dem Ausführen selbst eine.</translation>
    </message>
    <message>
        <source>A consistent copy of the SQLite file is made before executing.</source>
        <translation>Vor dem Ausführen wird eine konsistente Kopie der SQLite-Datei erstellt.</translation>
    </message>
    <message>
        <source>A backup is taken with %1 before executing.</source>
        <translation>Vor dem Ausführen wird mit %1 eine Sicherung erstellt.</translation>
    </message>
    <message>
        <source>cannot create the backup folder %1.</source>
        <translation>der Sicherungsordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 could not be started: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cancelled.</source>
        <translation>abgebrochen.</translation>
    </message>
    <message>
        <source>%1 took longer than %2 s and was stopped.</source>
        <translation>%1 dauerte länger als %2 s und wurde angehalten.</translation>
    </message>
    <message>
        <source>%1 failed (exit code %2): %3</source>
        <translation>%1 ist fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
    <message>
        <source>Generated by Migration Workbench %1 at %2 UTC.</source>
        <translation>Erstellt von Migration Workbench %1 am %2 UTC.</translation>
    </message>
    <message>
        <source>Journal line</source>
        <translation>Protokollzeile</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>OS user</source>
        <translation>Betriebssystembenutzer</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Elevated</source>
        <translation>Erhöhte Rechte</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>succeeded</source>
        <translation>erfolgreich</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Plan hash</source>
        <translation>Plan-Hash</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Eintrags-Hash</translation>
    </message>
    <message numerus="yes">
        <source>Statements sent (%n)</source>
        <translation>
            <numerusform>Gesendete Anweisungen (%n)</numerusform>
            <numerusform>Gesendete Anweisungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Operation report: %1 %2</source>
        <translation>Operationsbericht: %1 %2</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Created (UTC)</source>
        <translation>Erstellt (UTC)</translation>
    </message>
    <message>
        <source>Content hash</source>
        <translation>Inhalts-Hash</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>unversehrt</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Freigabe</translation>
    </message>
    <message>
        <source>not approved</source>
        <translation>nicht freigegeben</translation>
    </message>
    <message>
        <source>%1 at %2 UTC</source>
        <translation>%1 am %2 UTC</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Readiness check</source>
        <translation>Bereitschaftsprüfung</translation>
    </message>
    <message>
        <source>Preconditions (re-checked before executing)</source>
        <translation>Vorbedingungen (werden vor dem Ausführen erneut geprüft)</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message numerus="yes">
        <source>Lint (%n finding(s))</source>
        <translation>
            <numerusform>Lint (%n Befund)</numerusform>
            <numerusform>Lint (%n Befunde)</numerusform>
        </translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message numerus="yes">
        <source>Data pre-checks (%n)</source>
        <translation>
            <numerusform>Daten-Vorabprüfungen (%n)</numerusform>
            <numerusform>Daten-Vorabprüfungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Steps (every statement, bookkeeping included)</source>
        <translation>Schritte (jede Anweisung, einschließlich der Buchführung)</translation>
    </message>
    <message numerus="yes">
        <source>Executions (%n)</source>
        <translation>
            <numerusform>Ausführungen (%n)</numerusform>
            <numerusform>Ausführungen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not executed (according to the journal given).</source>
        <translation>Nicht ausgeführt (laut dem angegebenen Prüfprotokoll).</translation>
    </message>
    <message>
        <source>Change plan report: %1</source>
        <translation>Bericht zum Änderungsplan: %1</translation>
    </message>
    <message>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>The script cannot be split into statements: %1</source>
        <translation>Das Skript kann nicht in Anweisungen aufgeteilt werden: %1</translation>
    </message>
    <message>
        <source>Explicit transaction control: it ends or splits the transaction the migration runs in, so a failure can leave it half applied.</source>
        <translation>Explizite Transaktionssteuerung: Sie beendet oder teilt die Transaktion, in der die Migration läuft, daher kann ein Fehler sie halb angewendet zurücklassen.</translation>
    </message>
    <message>
        <source>MySQL/MariaDB commit DDL implicitly: if a later statement fails, the statements before it stay applied.</source>
        <translation>MySQL/MariaDB schreiben DDL implizit fest: Wenn eine spätere Anweisung fehlschlägt, bleiben die Anweisungen davor angewendet.</translation>
    </message>
    <message>
        <source>Cannot run inside a transaction (%1): a failure after it leaves the migration half applied.</source>
        <translation>Kann nicht innerhalb einer Transaktion ausgeführt werden (%1): Ein Fehler danach hinterlässt die Migration halb angewendet.</translation>
    </message>
    <message>
        <source>Deletes every row of %1: irreversible without a backup.</source>
        <translation>Löscht alle Zeilen von %1: ohne Sicherung nicht umkehrbar.</translation>
    </message>
    <message>
        <source>DELETE without WHERE removes every row of %1.</source>
        <translation>DELETE ohne WHERE entfernt alle Zeilen von %1.</translation>
    </message>
    <message>
        <source>UPDATE without WHERE changes every row of %1.</source>
        <translation>UPDATE ohne WHERE ändert alle Zeilen von %1.</translation>
    </message>
    <message>
        <source>Drops index %1: queries relying on it slow down; if it was unique, duplicates can come in.</source>
        <translation>Löscht den Index %1: Abfragen, die ihn nutzen, werden langsamer; war er eindeutig, können Duplikate entstehen.</translation>
    </message>
    <message>
        <source>Table %1 is redefined (copied into a new table, dropped, renamed): check that every column is copied.</source>
        <translation>Tabelle %1 wird neu definiert (in eine neue Tabelle kopiert, gelöscht, umbenannt): Prüfen Sie, ob jede Spalte kopiert wird.</translation>
    </message>
    <message>
        <source>Drops table %1 and all its rows: irreversible without a backup.</source>
        <translation>Löscht die Tabelle %1 mit allen Zeilen: ohne Sicherung nicht umkehrbar.</translation>
    </message>
    <message>
        <source>Adds a foreign key from %1 (%2) to %3: existing rows without a matching %3 row make it fail.</source>
        <translation>Fügt einen Fremdschlüssel von %1 (%2) auf %3 hinzu: Vorhandene Zeilen ohne passende Zeile in %3 lassen dies fehlschlagen.</translation>
    </message>
    <message>
        <source>Adds a CHECK constraint to %1: existing rows that violate it make it fail.</source>
        <translation>Fügt %1 eine CHECK-Einschränkung hinzu: Vorhandene Zeilen, die sie verletzen, lassen dies fehlschlagen.</translation>
    </message>
    <message>
        <source>Adds NOT NULL column %1 without a default to %2: fails if the table has rows.</source>
        <translation>Fügt %2 die NOT-NULL-Spalte %1 ohne Standardwert hinzu: schlägt fehl, wenn die Tabelle Zeilen enthält.</translation>
    </message>
    <message>
        <source>Drops constraint %1 of %2: rows that violate it can come in afterwards.</source>
        <translation>Löscht die Einschränkung %1 von %2: Danach können Zeilen hinzukommen, die sie verletzen.</translation>
    </message>
    <message>
        <source>Drops the primary key of %1.</source>
        <translation>Löscht den Primärschlüssel von %1.</translation>
    </message>
    <message>
        <source>Drops column %1 of %2 and its data: irreversible without a backup; old application code that reads it fails.</source>
        <translation>Löscht die Spalte %1 von %2 samt ihren Daten: ohne Sicherung nicht umkehrbar; alter Anwendungscode, der sie liest, schlägt fehl.</translation>
    </message>
    <message>
        <source>Renames column %1 of %2 to %3: old application code that uses the old name fails.</source>
        <translation>Benennt die Spalte %1 von %2 in %3 um: Alter Anwendungscode, der den alten Namen verwendet, schlägt fehl.</translation>
    </message>
    <message>
        <source>Renames table %1 to %2: old application code that uses the old name fails.</source>
        <translation>Benennt die Tabelle %1 in %2 um: Alter Anwendungscode, der den alten Namen verwendet, schlägt fehl.</translation>
    </message>
    <message>
        <source>Changes the type of %1.%2 to %3: rows that do not convert make it fail, and it may lose precision or rewrite the table under a lock.</source>
        <translation>Ändert den Typ von %1.%2 in %3: Zeilen, die sich nicht umwandeln lassen, lassen dies fehlschlagen, und es kann Genauigkeit verloren gehen oder die Tabelle unter einer Sperre neu geschrieben werden.</translation>
    </message>
    <message>
        <source>Makes %1.%2 NOT NULL: fails if any row holds NULL there.</source>
        <translation>Macht %1.%2 zu NOT NULL: schlägt fehl, wenn eine Zeile dort NULL enthält.</translation>
    </message>
    <message>
        <source>Adds a unique index on %1 (%2): fails if existing rows hold duplicates.</source>
        <translation>Fügt einen eindeutigen Index auf %1 (%2) hinzu: schlägt fehl, wenn vorhandene Zeilen Duplikate enthalten.</translation>
    </message>
    <message>
        <source>Migration %1 is %2</source>
        <translation>Migration %1 hat den Status %2</translation>
    </message>
    <message>
        <source>No migration is pending</source>
        <translation>Keine Migration steht aus</translation>
    </message>
    <message>
        <source>Deploy applies exactly: %1</source>
        <translation>Deploy wendet genau diese an: %1</translation>
    </message>
    <message>
        <source>migration.sql of %1 is unchanged</source>
        <translation>migration.sql von %1 ist unverändert</translation>
    </message>
    <message>
        <source>Table %1 has 0 rows</source>
        <translation>Tabelle %1 hat 0 Zeilen</translation>
    </message>
    <message>
        <source>The schema equals the snapshot %1</source>
        <translation>Das Schema entspricht dem Snapshot %1</translation>
    </message>
    <message>
        <source>Cannot check: %1</source>
        <translation>Prüfung nicht möglich: %1</translation>
    </message>
    <message>
        <source>holds</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>changed: expected %1, now %2</source>
        <translation>geändert: erwartet %1, jetzt %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Duplicates of (%1) in %2</source>
        <translation>Duplikate von (%1) in %2</translation>
    </message>
    <message>
        <source>NULLs in %1.%2</source>
        <translation>NULL-Werte in %1.%2</translation>
    </message>
    <message>
        <source>Rows in %1 (new NOT NULL column %2 without default)</source>
        <translation>Zeilen in %1 (neue NOT-NULL-Spalte %2 ohne Standardwert)</translation>
    </message>
    <message>
        <source>Values of %1.%2 that do not convert to %3</source>
        <translation>Werte von %1.%2, die sich nicht in %3 umwandeln lassen</translation>
    </message>
    <message>
        <source>Rows of %1 (%2) without a matching %3 (%4)</source>
        <translation>Zeilen von %1 (%2) ohne passendes %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hold NULL.</source>
        <translation>
            <numerusform>%n Zeile enthält NULL.</numerusform>
            <numerusform>%n Zeilen enthalten NULL.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The table has %n row(s): adding the column fails without a default.</source>
        <translation>
            <numerusform>Die Tabelle hat %n Zeile: Das Hinzufügen der Spalte schlägt ohne Standardwert fehl.</numerusform>
            <numerusform>Die Tabelle hat %n Zeilen: Das Hinzufügen der Spalte schlägt ohne Standardwert fehl.</numerusform>
        </translation>
    </message>
    <message>
        <source>The table is empty.</source>
        <translation>Die Tabelle ist leer.</translation>
    </message>
    <message>
        <source>Every value converts to %1.</source>
        <translation>Jeder Wert lässt sich in %1 umwandeln.</translation>
    </message>
    <message>
        <source>Conversions to %1 cannot be checked in advance here (only PostgreSQL 16+ checks every type).</source>
        <translation>Umwandlungen in %1 können hier nicht im Voraus geprüft werden (nur PostgreSQL 16+ prüft jeden Typ).</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) hold values that do not convert to %1.</source>
        <translation>
            <numerusform>%n Zeile enthält Werte, die sich nicht in %1 umwandeln lassen.</numerusform>
            <numerusform>%n Zeilen enthalten Werte, die sich nicht in %1 umwandeln lassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The referenced columns are not named in the statement.</source>
        <translation>Die referenzierten Spalten werden in der Anweisung nicht genannt.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) reference a missing %1 row.</source>
        <translation>
            <numerusform>%n Zeile verweist auf eine fehlende Zeile in %1.</numerusform>
            <numerusform>%n Zeilen verweisen auf eine fehlende Zeile in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing in the way.</source>
        <translation>Nichts steht im Weg.</translation>
    </message>
    <message>
        <source>The check took longer than %1 ms and was stopped.</source>
        <translation>Die Prüfung dauerte länger als %1 ms und wurde angehalten.</translation>
    </message>
    <message>
        <source>The check failed: %1</source>
        <translation>Die Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate group(s), %1 rows in them.</source>
        <translation>
            <numerusform>%n Duplikatgruppe mit %1 Zeilen.</numerusform>
            <numerusform>%n Duplikatgruppen mit insgesamt %1 Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not an http(s) URL: %1</source>
        <translation>Keine http(s)-URL: %1</translation>
    </message>
    <message>
        <source>No answer within %1 ms.</source>
        <translation>Keine Antwort innerhalb von %1 ms.</translation>
    </message>
    <message>
        <source>HTTP %1 in %2 ms.</source>
        <translation>HTTP %1 in %2 ms.</translation>
    </message>
    <message>
        <source>No HTTP answer: %1</source>
        <translation>Keine HTTP-Antwort: %1</translation>
    </message>
    <message>
        <source>This scenario needs SQLite or PostgreSQL: MySQL and MariaDB give a new NOT NULL column an implicit default, so the migration would not fail.</source>
        <translation>Dieses Szenario braucht SQLite oder PostgreSQL: MySQL und MariaDB geben einer neuen NOT-NULL-Spalte einen impliziten Standardwert, daher würde die Migration nicht fehlschlagen.</translation>
    </message>
    <message>
        <source>Unknown scenario %1.</source>
        <translation>Unbekanntes Szenario %1.</translation>
    </message>
    <message>
        <source>%1 is not empty; a training workspace is only created in an empty folder or replaces an earlier one.</source>
        <translation>%1 ist nicht leer; ein Trainings-Arbeitsbereich wird nur in einem leeren Ordner erstellt oder ersetzt einen früheren.</translation>
    </message>
    <message>
        <source>Cannot replace the earlier training workspace in %1.</source>
        <translation>Der frühere Trainings-Arbeitsbereich in %1 kann nicht ersetzt werden.</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot create the training database: %1</source>
        <translation>Die Trainingsdatenbank kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>The scenario&apos;s failing migration did not fail.</source>
        <translation>Die fehlschlagende Migration des Szenarios ist nicht fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The migration %1 adds a Post table, an email column and a unique index on User.name. It was deployed to this database statement by statement (as on MySQL): Post and email were created, then the unique index failed because two users are named &apos;paul&apos;. Prisma now refuses every deploy (P3009).</source>
        <translation>Die Migration %1 fügt eine Tabelle Post, eine Spalte email und einen eindeutigen Index auf User.name hinzu. Sie wurde Anweisung für Anweisung auf diese Datenbank deployt (wie unter MySQL): Post und email wurden angelegt, dann schlug der eindeutige Index fehl, weil zwei Benutzer &apos;paul&apos; heißen. Prisma lehnt jetzt jeden Deploy ab (P3009).</translation>
    </message>
    <message>
        <source>Failed migration, moved backward</source>
        <translation>Fehlgeschlagene Migration: Zurückgehen</translation>
    </message>
    <message>
        <source>The duplicate names are valid data. Undo what the migration did, keep every row, and mark the migration rolled back.</source>
        <translation>Die doppelten Namen sind gültige Daten. Machen Sie rückgängig, was die Migration getan hat, behalten Sie alle Zeilen und markieren Sie die Migration als zurückgerollt.</translation>
    </message>
    <message>
        <source>Open the failed row in the history view and read its error.</source>
        <translation>Öffnen Sie die fehlgeschlagene Zeile in der Verlaufsansicht und lesen Sie ihren Fehler.</translation>
    </message>
    <message>
        <source>Know what failed before changing anything.</source>
        <translation>Wissen, was fehlgeschlagen ist, bevor man etwas ändert.</translation>
    </message>
    <message>
        <source>Compare this connection with the migrations without %1 (Schema ▸ Compare Schemas…) or use Operations ▸ Recover Failed Migration… ▸ Move backward.</source>
        <translation>Vergleichen Sie diese Verbindung mit den Migrationen ohne %1 (Schema ▸ Schemas vergleichen …) oder verwenden Sie Operationen ▸ Fehlgeschlagene Migration beheben … ▸ Zurückgehen.</translation>
    </message>
    <message>
        <source>The script removes exactly what the failed migration left behind.</source>
        <translation>Das Skript entfernt genau das, was die fehlgeschlagene Migration hinterlassen hat.</translation>
    </message>
    <message>
        <source>db execute runs SQL without touching _prisma_migrations.</source>
        <translation>db execute führt SQL aus, ohne _prisma_migrations zu verändern.</translation>
    </message>
    <message>
        <source>Mark the migration rolled back.</source>
        <translation>Markieren Sie die Migration als zurückgerollt.</translation>
    </message>
    <message>
        <source>Only now does Prisma accept deploys again.</source>
        <translation>Erst jetzt akzeptiert Prisma wieder Deploys.</translation>
    </message>
    <message>
        <source>Failed migration, moved forward</source>
        <translation>Fehlgeschlagene Migration: Vorwärtsgehen</translation>
    </message>
    <message>
        <source>The duplicate is a mistake. Fix the data (one &apos;paul&apos; stays), apply the rest of the migration, and mark it applied.</source>
        <translation>Das Duplikat ist ein Fehler. Korrigieren Sie die Daten (ein &apos;paul&apos; bleibt), wenden Sie den Rest der Migration an und markieren Sie sie als angewendet.</translation>
    </message>
    <message>
        <source>Find the rows that break the unique index (SQL editor, or the recovery wizard&apos;s data page).</source>
        <translation>Finden Sie die Zeilen, die den eindeutigen Index verletzen (SQL-Editor oder die Datenseite des Assistenten zur Fehlerbehebung).</translation>
    </message>
    <message>
        <source>The index cannot be created while duplicates exist.</source>
        <translation>Der Index kann nicht angelegt werden, solange Duplikate existieren.</translation>
    </message>
    <message>
        <source>Delete or rename the duplicate row.</source>
        <translation>Löschen Sie die doppelte Zeile oder benennen Sie sie um.</translation>
    </message>
    <message>
        <source>Moving forward means the data must satisfy the new constraint.</source>
        <translation>Vorwärtsgehen bedeutet, dass die Daten die neue Einschränkung erfüllen müssen.</translation>
    </message>
    <message>
        <source>Compare this connection with all migrations and run the script.</source>
        <translation>Vergleichen Sie diese Verbindung mit allen Migrationen und führen Sie das Skript aus.</translation>
    </message>
    <message>
        <source>Only the missing parts (the unique index) are applied.</source>
        <translation>Nur die fehlenden Teile (der eindeutige Index) werden angewendet.</translation>
    </message>
    <message>
        <source>Mark the migration applied.</source>
        <translation>Markieren Sie die Migration als angewendet.</translation>
    </message>
    <message>
        <source>The history now says what the schema already is.</source>
        <translation>Der Verlauf gibt jetzt wieder, wie das Schema bereits ist.</translation>
    </message>
    <message>
        <source>A production hotfix to reconcile</source>
        <translation>Ein Produktions-Hotfix zum Abgleichen</translation>
    </message>
    <message>
        <source>A slow query was fixed on this database by creating the index User_name_idx by hand. The migration history does not know about it: that is drift.</source>
        <translation>Auf dieser Datenbank wurde eine langsame Abfrage behoben, indem der Index User_name_idx von Hand angelegt wurde. Der Migrationsverlauf weiß nichts davon: Das ist Drift.</translation>
    </message>
    <message>
        <source>Capture the hotfix in a new migration, mark it applied on this database (it already has the index), so that history and schema agree again.</source>
        <translation>Erfassen Sie den Hotfix in einer neuen Migration und markieren Sie sie auf dieser Datenbank als angewendet (sie hat den Index bereits), damit Verlauf und Schema wieder übereinstimmen.</translation>
    </message>
    <message>
        <source>See the drift indicator in the history view; open it.</source>
        <translation>Beachten Sie die Drift-Anzeige in der Verlaufsansicht; öffnen Sie sie.</translation>
    </message>
    <message>
        <source>The drift script is the hotfix written as a migration.</source>
        <translation>Das Drift-Skript ist der Hotfix, als Migration geschrieben.</translation>
    </message>
    <message>
        <source>Schema ▸ Reconcile Hotfix…: name the migration and write it.</source>
        <translation>Schema ▸ Hotfix abgleichen …: Benennen Sie die Migration und schreiben Sie sie.</translation>
    </message>
    <message>
        <source>The folder name starts with a UTC timestamp, as Prisma names it.</source>
        <translation>Der Ordnername beginnt mit einem UTC-Zeitstempel, wie Prisma ihn vergibt.</translation>
    </message>
    <message>
        <source>Mark it applied here; other databases will deploy it normally.</source>
        <translation>Markieren Sie sie hier als angewendet; andere Datenbanken deployen sie normal.</translation>
    </message>
    <message>
        <source>Deploying it here would fail: the index already exists.</source>
        <translation>Ein Deploy hier würde fehlschlagen: Der Index existiert bereits.</translation>
    </message>
    <message>
        <source>An applied migration edited afterwards</source>
        <translation>Eine nachträglich bearbeitete angewendete Migration</translation>
    </message>
    <message>
        <source>Someone changed 20240101000000_init after it was applied, and someone else saved 20240102000000_posts with Windows line endings. The original files are in .git-history/ (standing in for git).</source>
        <translation>Jemand hat 20240101000000_init geändert, nachdem sie angewendet wurde, und jemand anderes hat 20240102000000_posts mit Windows-Zeilenenden gespeichert. Die Originaldateien liegen in .git-history/ (stellvertretend für git).</translation>
    </message>
    <message>
        <source>Restore the migration that was really edited; leave the line-ending-only change alone — Prisma does not count it as an edit.</source>
        <translation>Stellen Sie die Migration wieder her, die wirklich bearbeitet wurde; lassen Sie die Änderung, die nur Zeilenenden betrifft, in Ruhe — Prisma wertet sie nicht als Bearbeitung.</translation>
    </message>
    <message>
        <source>Look for &apos;modified&apos; in the history view: compare the recorded and the local checksum in the details pane.</source>
        <translation>Suchen Sie in der Verlaufsansicht nach „geändert“: Vergleichen Sie im Detailbereich die gespeicherte und die lokale Prüfsumme.</translation>
    </message>
    <message>
        <source>Prisma compares checksums, ignoring CRLF versus LF.</source>
        <translation>Prisma vergleicht Prüfsummen und ignoriert dabei CRLF gegenüber LF.</translation>
    </message>
    <message>
        <source>Restore the edited migration.sql from .git-history/.</source>
        <translation>Stellen Sie die bearbeitete migration.sql aus .git-history/ wieder her.</translation>
    </message>
    <message>
        <source>An applied migration must never change; put new changes in a new migration.</source>
        <translation>Eine angewendete Migration darf sich nie ändern; neue Änderungen gehören in eine neue Migration.</translation>
    </message>
    <message>
        <source>A NOT NULL column on a populated table</source>
        <translation>Eine NOT-NULL-Spalte in einer befüllten Tabelle</translation>
    </message>
    <message>
        <source>20240103000000_age adds the required column User.age without a default. The table has rows, so the migration failed and Prisma blocks deploys.</source>
        <translation>20240103000000_age fügt die Pflichtspalte User.age ohne Standardwert hinzu. Die Tabelle enthält Zeilen, daher ist die Migration fehlgeschlagen und Prisma blockiert Deploys.</translation>
    </message>
    <message>
        <source>Mark it rolled back, fix the migration (a default, or an optional column), and deploy it again, keeping every user.</source>
        <translation>Markieren Sie sie als zurückgerollt, korrigieren Sie die Migration (ein Standardwert oder eine optionale Spalte) und deployen Sie sie erneut, ohne Benutzer zu verlieren.</translation>
    </message>
    <message>
        <source>Read the failed migration&apos;s error.</source>
        <translation>Lesen Sie den Fehler der fehlgeschlagenen Migration.</translation>
    </message>
    <message>
        <source>Existing rows have no value for the new column.</source>
        <translation>Vorhandene Zeilen haben keinen Wert für die neue Spalte.</translation>
    </message>
    <message>
        <source>Check what the failed migration left behind (Operations ▸ Recover Failed Migration…). On SQLite the table rebuild runs outside a transaction, so its new_User table remains: drop it.</source>
        <translation>Prüfen Sie, was die fehlgeschlagene Migration hinterlassen hat (Operationen ▸ Fehlgeschlagene Migration beheben …). Unter SQLite läuft der Neuaufbau der Tabelle außerhalb einer Transaktion, daher bleibt ihre Tabelle new_User bestehen: Löschen Sie sie.</translation>
    </message>
    <message>
        <source>Redeploying would stop at CREATE TABLE &quot;new_User&quot; otherwise.</source>
        <translation>Sonst würde ein erneuter Deploy bei CREATE TABLE &quot;new_User&quot; abbrechen.</translation>
    </message>
    <message>
        <source>Mark the failed migration rolled back.</source>
        <translation>Markieren Sie die fehlgeschlagene Migration als zurückgerollt.</translation>
    </message>
    <message>
        <source>Prisma only runs it again once it is marked rolled back.</source>
        <translation>Prisma führt sie erst wieder aus, wenn sie als zurückgerollt markiert ist.</translation>
    </message>
    <message>
        <source>Edit its migration.sql: give age a DEFAULT, or make it nullable.</source>
        <translation>Bearbeiten Sie ihre migration.sql: Geben Sie age einen DEFAULT, oder machen Sie die Spalte nullable.</translation>
    </message>
    <message>
        <source>A rolled-back migration may be changed before it is applied.</source>
        <translation>Eine zurückgerollte Migration darf vor dem Anwenden geändert werden.</translation>
    </message>
    <message>
        <source>Deploy.</source>
        <translation>Deployen Sie.</translation>
    </message>
    <message>
        <source>The fixed migration now applies.</source>
        <translation>Die korrigierte Migration lässt sich jetzt anwenden.</translation>
    </message>
    <message>
        <source>A migration interrupted by a crash</source>
        <translation>Eine durch einen Absturz unterbrochene Migration</translation>
    </message>
    <message>
        <source>The database shut down in the middle of 20240102000000_Unique: its row was started but never finished (no logs), and only its first statement (the email column) took effect.</source>
        <translation>Die Datenbank wurde mitten in 20240102000000_Unique beendet: Ihre Zeile wurde begonnen, aber nie abgeschlossen (keine Protokolle), und nur ihre erste Anweisung (die Spalte email) wurde wirksam.</translation>
    </message>
    <message>
        <source>Bring history and schema back in line: either complete the migration and mark it applied, or undo it and deploy it again — until everything is applied and nothing drifts.</source>
        <translation>Bringen Sie Verlauf und Schema wieder in Einklang: Schließen Sie die Migration entweder ab und markieren Sie sie als angewendet, oder machen Sie sie rückgängig und deployen Sie sie erneut — bis alles angewendet ist und kein Drift mehr besteht.</translation>
    </message>
    <message>
        <source>Operations ▸ Recover Failed Migration…: see which statements took effect.</source>
        <translation>Operationen ▸ Fehlgeschlagene Migration beheben …: Sehen Sie nach, welche Anweisungen wirksam wurden.</translation>
    </message>
    <message>
        <source>A crash leaves no logs; only the catalog tells what ran.</source>
        <translation>Ein Absturz hinterlässt keine Protokolle; nur der Katalog zeigt, was gelaufen ist.</translation>
    </message>
    <message>
        <source>Complete it: run the missing statements (the forward script) and mark it applied.</source>
        <translation>Schließen Sie sie ab: Führen Sie die fehlenden Anweisungen aus (das Vorwärtsskript) und markieren Sie sie als angewendet.</translation>
    </message>
    <message>
        <source>Prisma&apos;s option 2 for a partially applied migration.</source>
        <translation>Prismas Option 2 für eine teilweise angewendete Migration.</translation>
    </message>
    <message>
        <source>Or revert it: run the backward script, mark it rolled back, deploy.</source>
        <translation>Oder machen Sie sie rückgängig: Rückwärtsskript ausführen, als zurückgerollt markieren, deployen.</translation>
    </message>
    <message>
        <source>Prisma&apos;s option 1.</source>
        <translation>Prismas Option 1.</translation>
    </message>
    <message>
        <source>Baselining a database that predates Prisma</source>
        <translation>Baseline für eine Datenbank aus der Zeit vor Prisma</translation>
    </message>
    <message>
        <source>This database was built by hand long before the team used Prisma Migrate. It has tables and rows, but no _prisma_migrations table and no migrations.</source>
        <translation>Diese Datenbank wurde von Hand aufgebaut, lange bevor das Team Prisma Migrate verwendete. Sie hat Tabellen und Zeilen, aber keine Tabelle _prisma_migrations und keine Migrationen.</translation>
    </message>
    <message>
        <source>Create the 0_init migration from the database&apos;s schema and mark it applied, without touching the data.</source>
        <translation>Erstellen Sie die Migration 0_init aus dem Schema der Datenbank und markieren Sie sie als angewendet, ohne die Daten anzutasten.</translation>
    </message>
    <message>
        <source>Operations ▸ Baseline Database…</source>
        <translation>Operationen ▸ Baseline für Datenbank erstellen …</translation>
    </message>
    <message>
        <source>0_init describes the schema as it already is.</source>
        <translation>0_init beschreibt das Schema so, wie es bereits ist.</translation>
    </message>
    <message>
        <source>Mark 0_init applied.</source>
        <translation>Markieren Sie 0_init als angewendet.</translation>
    </message>
    <message>
        <source>Deploying it would fail: the tables exist.</source>
        <translation>Ein Deploy würde fehlschlagen: Die Tabellen existieren.</translation>
    </message>
    <message>
        <source>A staging deploy blocked by P3009</source>
        <translation>Ein durch P3009 blockierter Staging-Deploy</translation>
    </message>
    <message>
        <source>On staging, %1 failed on duplicate names (the database rolled it back), and 20240104000000_comments waits behind it. Every deploy stops with P3009.</source>
        <translation>Auf Staging ist %1 an doppelten Namen gescheitert (die Datenbank hat sie zurückgerollt), und 20240104000000_comments wartet dahinter. Jeder Deploy bricht mit P3009 ab.</translation>
    </message>
    <message>
        <source>Follow the runbook: find the cause, fix the data, resolve the failed migration, and deploy until every migration is applied.</source>
        <translation>Folgen Sie dem Runbook: Ursache finden, Daten korrigieren, die fehlgeschlagene Migration auflösen und deployen, bis jede Migration angewendet ist.</translation>
    </message>
    <message>
        <source>Read the P3009 message and the failed row.</source>
        <translation>Lesen Sie die P3009-Meldung und die fehlgeschlagene Zeile.</translation>
    </message>
    <message>
        <source>P3009 names the failed migration.</source>
        <translation>P3009 nennt die fehlgeschlagene Migration.</translation>
    </message>
    <message>
        <source>Fix the duplicate data.</source>
        <translation>Korrigieren Sie die doppelten Daten.</translation>
    </message>
    <message>
        <source>Otherwise the migration fails again.</source>
        <translation>Sonst schlägt die Migration erneut fehl.</translation>
    </message>
    <message>
        <source>Mark the failed migration rolled back, then deploy.</source>
        <translation>Markieren Sie die fehlgeschlagene Migration als zurückgerollt und deployen Sie dann.</translation>
    </message>
    <message>
        <source>It was rolled back completely, so it can simply run again.</source>
        <translation>Sie wurde vollständig zurückgerollt und kann daher einfach erneut laufen.</translation>
    </message>
    <message>
        <source>%1 is marked rolled back.</source>
        <translation>%1 ist als zurückgerollt markiert.</translation>
    </message>
    <message>
        <source>All three users are still there (the duplicates are valid data).</source>
        <translation>Alle drei Benutzer sind noch vorhanden (die Duplikate sind gültige Daten).</translation>
    </message>
    <message>
        <source>No two users share a name.</source>
        <translation>Keine zwei Benutzer haben denselben Namen.</translation>
    </message>
    <message>
        <source>One &apos;paul&apos; and &apos;anna&apos; are kept.</source>
        <translation>Ein &apos;paul&apos; und &apos;anna&apos; bleiben erhalten.</translation>
    </message>
    <message>
        <source>A new migration captures the hotfix.</source>
        <translation>Eine neue Migration erfasst den Hotfix.</translation>
    </message>
    <message>
        <source>There is no new migration for the hotfix yet.</source>
        <translation>Es gibt noch keine neue Migration für den Hotfix.</translation>
    </message>
    <message>
        <source>The users are untouched.</source>
        <translation>Die Benutzer sind unangetastet.</translation>
    </message>
    <message>
        <source>The line-ending-only change was left alone (Prisma ignores it).</source>
        <translation>Die Änderung, die nur Zeilenenden betrifft, wurde in Ruhe gelassen (Prisma ignoriert sie).</translation>
    </message>
    <message>
        <source>20240102000000_posts was rewritten; its CRLF line endings were never an edit for Prisma — that change was not needed.</source>
        <translation>20240102000000_posts wurde neu geschrieben; ihre CRLF-Zeilenenden waren für Prisma nie eine Bearbeitung — diese Änderung war unnötig.</translation>
    </message>
    <message>
        <source>All three users are still there.</source>
        <translation>Alle drei Benutzer sind noch vorhanden.</translation>
    </message>
    <message>
        <source>The users are preserved.</source>
        <translation>Die Benutzer sind erhalten.</translation>
    </message>
    <message>
        <source>The migrations folder has a baseline migration.</source>
        <translation>Der Migrationsordner hat eine Baseline-Migration.</translation>
    </message>
    <message>
        <source>The migrations folder has no migration yet.</source>
        <translation>Der Migrationsordner hat noch keine Migration.</translation>
    </message>
    <message>
        <source>%1 is neither in the folder nor in the database.</source>
        <translation>%1 ist weder im Ordner noch in der Datenbank.</translation>
    </message>
    <message>
        <source>, modified</source>
        <translation>, geändert</translation>
    </message>
    <message>
        <source>Every migration is applied and unmodified; prisma migrate status would say the database is up to date.</source>
        <translation>Jede Migration ist angewendet und unverändert; prisma migrate status würde die Datenbank als aktuell melden.</translation>
    </message>
    <message>
        <source>prisma migrate status still reports a problem.</source>
        <translation>prisma migrate status meldet noch ein Problem.</translation>
    </message>
    <message>
        <source>Not yet applied as they are: %1.</source>
        <translation>Noch nicht im vorliegenden Stand angewendet: %1.</translation>
    </message>
    <message>
        <source>The drift check failed: %1</source>
        <translation>Die Drift-Prüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The schema is exactly what the applied migrations produce.</source>
        <translation>Das Schema ist genau das, was die angewendeten Migrationen ergeben.</translation>
    </message>
    <message>
        <source>The schema differs from what the applied migrations produce:
%1</source>
        <translation>Das Schema weicht von dem ab, was die angewendeten Migrationen ergeben:
%1</translation>
    </message>
    <message>
        <source>The data could not be read (%1).</source>
        <translation>Die Daten konnten nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Not yet: %1 (expected %2, found %3 with: %4)</source>
        <translation>Noch nicht: %1 (erwartet %2, gefunden %3 mit: %4)</translation>
    </message>
    <message numerus="yes">
        <source>The database already has a migration history (%n row(s) in _prisma_migrations). Baselining is for databases that predate Prisma Migrate.</source>
        <translation>
            <numerusform>Die Datenbank hat bereits einen Migrationsverlauf (%n Zeile in _prisma_migrations). Eine Baseline ist für Datenbanken gedacht, die älter als Prisma Migrate sind.</numerusform>
            <numerusform>Die Datenbank hat bereits einen Migrationsverlauf (%n Zeilen in _prisma_migrations). Eine Baseline ist für Datenbanken gedacht, die älter als Prisma Migrate sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>The migrations folder already has a migration named %1.</source>
        <translation>Der Migrationsordner hat bereits eine Migration namens %1.</translation>
    </message>
    <message>
        <source>The database has no tables: there is nothing to baseline. Deploy the migrations instead.</source>
        <translation>Die Datenbank hat keine Tabellen: Es gibt nichts, wofür eine Baseline erstellt werden könnte. Deployen Sie stattdessen die Migrationen.</translation>
    </message>
    <message>
        <source>The table has no primary key, so single rows cannot be deleted safely: fix the rows by hand.</source>
        <translation>Die Tabelle hat keinen Primärschlüssel, daher können einzelne Zeilen nicht sicher gelöscht werden: Korrigieren Sie die Zeilen von Hand.</translation>
    </message>
    <message>
        <source>The sample rows lack the key column %1.</source>
        <translation>Den Beispielzeilen fehlt die Schlüsselspalte %1.</translation>
    </message>
    <message>
        <source>The key value of this row is too long to be shown exactly.</source>
        <translation>Der Schlüsselwert dieser Zeile ist zu lang, um exakt angezeigt zu werden.</translation>
    </message>
    <message>
        <source>Nothing of this migration is in the database: it was rolled back completely.</source>
        <translation>Nichts von dieser Migration ist in der Datenbank: Sie wurde vollständig zurückgerollt.</translation>
    </message>
    <message>
        <source>Every statement the catalog can show took effect.</source>
        <translation>Jede Anweisung, die der Katalog zeigen kann, wurde wirksam.</translation>
    </message>
    <message>
        <source>The catalog cannot tell for every statement (%1 unknown); check them by hand.</source>
        <translation>Der Katalog gibt nicht für jede Anweisung Auskunft (%1 unbekannt); prüfen Sie diese von Hand.</translation>
    </message>
    <message>
        <source>Give the migration a name (letters, digits, underscores).</source>
        <translation>Geben Sie der Migration einen Namen (Buchstaben, Ziffern, Unterstriche).</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>migration_lock.toml says %1, but the migration is for %2 (P3019).</source>
        <translation>migration_lock.toml nennt %1, aber die Migration ist für %2 (P3019).</translation>
    </message>
    <message>
        <source>A migration named %1 already exists.</source>
        <translation>Eine Migration namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The migration was written, but migration_lock.toml could not be: %1</source>
        <translation>Die Migration wurde geschrieben, migration_lock.toml jedoch nicht: %1</translation>
    </message>
    <message>
        <source>Mark as rolled back, fix, and deploy again</source>
        <translation>Als zurückgerollt markieren, korrigieren und erneut deployen</translation>
    </message>
    <message>
        <source>The migration&apos;s row is marked rolled back; the next deploy runs the migration from its first statement. Fix the cause first (data or SQL), or it fails the same way.</source>
        <translation>Die Zeile der Migration wird als zurückgerollt markiert; der nächste Deploy führt die Migration ab ihrer ersten Anweisung aus. Beheben Sie zuerst die Ursache (Daten oder SQL), sonst schlägt sie auf dieselbe Weise fehl.</translation>
    </message>
    <message>
        <source>Part of the migration is already in the database (%1); running it again would fail on those statements. Move backward first, or complete it.</source>
        <translation>Ein Teil der Migration ist bereits in der Datenbank (%1); eine erneute Ausführung würde an diesen Anweisungen scheitern. Gehen Sie zuerst zurück, oder schließen Sie sie ab.</translation>
    </message>
    <message>
        <source>Complete the migration by hand and mark it applied</source>
        <translation>Die Migration von Hand abschließen und als angewendet markieren</translation>
    </message>
    <message>
        <source>Everything the migration does is already in the database: marking it applied is enough.</source>
        <translation>Alles, was die Migration tut, ist bereits in der Datenbank: Es genügt, sie als angewendet zu markieren.</translation>
    </message>
    <message>
        <source>Run the statements that did not take effect (the forward script does exactly that), then mark the migration applied.</source>
        <translation>Führen Sie die Anweisungen aus, die nicht wirksam wurden (genau das tut das Vorwärtsskript), und markieren Sie die Migration dann als angewendet.</translation>
    </message>
    <message>
        <source>Move backward: undo what the migration did</source>
        <translation>Zurückgehen: rückgängig machen, was die Migration getan hat</translation>
    </message>
    <message>
        <source>Diff the database against the migrations without this one, run that script, and mark the migration rolled back. The data stays; the schema returns to the previous migration.</source>
        <translation>Die Datenbank mit den Migrationen ohne diese vergleichen, das entstehende Skript ausführen und die Migration als zurückgerollt markieren. Die Daten bleiben; das Schema kehrt zum Stand der vorherigen Migration zurück.</translation>
    </message>
    <message>
        <source>Move forward: fix the data, then apply the rest</source>
        <translation>Vorwärtsgehen: Daten korrigieren, dann den Rest anwenden</translation>
    </message>
    <message>
        <source>Fix what made the migration fail (for a unique index: the duplicate rows), diff the database against all migrations, run that script, and mark the migration applied.</source>
        <translation>Beheben, woran die Migration gescheitert ist (bei einem eindeutigen Index: die doppelten Zeilen), die Datenbank mit allen Migrationen vergleichen, das entstehende Skript ausführen und die Migration als angewendet markieren.</translation>
    </message>
    <message>
        <source>create table %1</source>
        <translation>Tabelle %1 anlegen</translation>
    </message>
    <message>
        <source>the table exists</source>
        <translation>die Tabelle existiert</translation>
    </message>
    <message>
        <source>the table does not exist</source>
        <translation>die Tabelle existiert nicht</translation>
    </message>
    <message>
        <source>drop table %1</source>
        <translation>Tabelle %1 löschen</translation>
    </message>
    <message>
        <source>the table is gone</source>
        <translation>die Tabelle ist entfernt</translation>
    </message>
    <message>
        <source>the table still exists</source>
        <translation>die Tabelle existiert noch</translation>
    </message>
    <message>
        <source>create index %1 on %2</source>
        <translation>Index %1 auf %2 anlegen</translation>
    </message>
    <message>
        <source>the index exists</source>
        <translation>der Index existiert</translation>
    </message>
    <message>
        <source>the index does not exist</source>
        <translation>der Index existiert nicht</translation>
    </message>
    <message>
        <source>drop index %1</source>
        <translation>Index %1 löschen</translation>
    </message>
    <message>
        <source>the index is gone</source>
        <translation>der Index ist entfernt</translation>
    </message>
    <message>
        <source>the index still exists</source>
        <translation>der Index existiert noch</translation>
    </message>
    <message>
        <source>create enum %1</source>
        <translation>Enum %1 anlegen</translation>
    </message>
    <message>
        <source>the type exists</source>
        <translation>der Typ existiert</translation>
    </message>
    <message>
        <source>the type does not exist</source>
        <translation>der Typ existiert nicht</translation>
    </message>
    <message>
        <source>alter table %1</source>
        <translation>Tabelle %1 ändern</translation>
    </message>
    <message>
        <source>add foreign key %1 on %2</source>
        <translation>Fremdschlüssel %1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <source>the foreign key exists</source>
        <translation>der Fremdschlüssel existiert</translation>
    </message>
    <message>
        <source>the foreign key does not exist</source>
        <translation>der Fremdschlüssel existiert nicht</translation>
    </message>
    <message>
        <source>add constraint %1 on %2</source>
        <translation>Einschränkung %1 auf %2 hinzufügen</translation>
    </message>
    <message>
        <source>the constraint exists</source>
        <translation>die Einschränkung existiert</translation>
    </message>
    <message>
        <source>the constraint does not exist</source>
        <translation>die Einschränkung existiert nicht</translation>
    </message>
    <message>
        <source>drop constraint %1 on %2</source>
        <translation>Einschränkung %1 auf %2 löschen</translation>
    </message>
    <message>
        <source>the constraint is gone</source>
        <translation>die Einschränkung ist entfernt</translation>
    </message>
    <message>
        <source>the constraint still exists</source>
        <translation>die Einschränkung existiert noch</translation>
    </message>
    <message>
        <source>add column %1.%2</source>
        <translation>Spalte %1.%2 hinzufügen</translation>
    </message>
    <message>
        <source>the column exists</source>
        <translation>die Spalte existiert</translation>
    </message>
    <message>
        <source>the column does not exist</source>
        <translation>die Spalte existiert nicht</translation>
    </message>
    <message>
        <source>drop column %1.%2</source>
        <translation>Spalte %1.%2 löschen</translation>
    </message>
    <message>
        <source>the column is gone</source>
        <translation>die Spalte ist entfernt</translation>
    </message>
    <message>
        <source>the column still exists</source>
        <translation>die Spalte existiert noch</translation>
    </message>
    <message>
        <source>this change cannot be seen in the catalog</source>
        <translation>diese Änderung ist im Katalog nicht sichtbar</translation>
    </message>
    <message>
        <source>data changes and other statements cannot be seen in the catalog</source>
        <translation>Datenänderungen und andere Anweisungen sind im Katalog nicht sichtbar</translation>
    </message>
    <message>
        <source>done</source>
        <translation>wirksam</translation>
    </message>
    <message>
        <source>not done</source>
        <translation>nicht wirksam</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>%1 changes data</source>
        <translation>%1 ändert Daten</translation>
    </message>
    <message>
        <source>Run the backward script (Operations ▸ Execute SQL Script…).</source>
        <translation>Führen Sie das Rückwärts-Skript aus (Operationen ▸ SQL-Skript ausführen…).</translation>
    </message>
    <message>
        <source>%1 has the state “%2” instead of “%3”.</source>
        <translation>%1 hat den Status „%2“ statt „%3“.</translation>
    </message>
    <message>
        <source>The migration was applied partially: of its statements, %1 took effect and %2 did not.</source>
        <translation>Die Migration wurde teilweise angewendet: Von ihren Anweisungen wurden %1 wirksam und %2 nicht.</translation>
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
    <message>
        <source>Save as Change Plan…</source>
        <translation>Als Änderungsplan speichern …</translation>
    </message>
    <message>
        <source>Write this operation as a change plan for a reviewer to approve</source>
        <translation>Diese Operation als Änderungsplan schreiben, den ein Prüfer freigibt</translation>
    </message>
</context>
<context>
    <name>PlanCreationDialog</name>
    <message>
        <source>Save Plan…</source>
        <translation>Plan speichern …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Save as Change Plan</source>
        <translation>Als Änderungsplan speichern</translation>
    </message>
    <message>
        <source>Creating the plan: a dry run on the database (read-only), lint and data pre-checks…</source>
        <translation>Der Plan wird erstellt: ein Probelauf auf der Datenbank (nur lesend), Lint und Daten-Vorabprüfungen …</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>No plan: %1</source>
        <translation>Kein Plan: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s), bookkeeping included.</source>
        <translation>
            <numerusform>%n Schritt, einschließlich der Buchführung.</numerusform>
            <numerusform>%n Schritte, einschließlich der Buchführung.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n precondition(s) re-checked at execution.</source>
        <translation>
            <numerusform>%n Vorbedingung wird bei der Ausführung erneut geprüft.</numerusform>
            <numerusform>%n Vorbedingungen werden bei der Ausführung erneut geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lint: %1</source>
        <translation>Lint: %1</translation>
    </message>
    <message>
        <source>Data pre-checks: %1 run, %2 found rows in the way.</source>
        <translation>Daten-Vorabprüfungen: %1 ausgeführt, %2 mit störenden Zeilen.</translation>
    </message>
    <message>
        <source>Backup: %1</source>
        <translation>Sicherung: %1</translation>
    </message>
    <message>
        <source>Author: %1</source>
        <translation>Autor: %1</translation>
    </message>
    <message>
        <source>Hash: %1</source>
        <translation>Hash: %1</translation>
    </message>
    <message>
        <source>The plan is ready. Save it and give it to a reviewer: someone other than you approves it (File ▸ Open Change Plan…), then it can be executed.</source>
        <translation>Der Plan ist fertig. Speichern Sie ihn und geben Sie ihn einem Prüfer: Eine andere Person als Sie gibt ihn frei (Datei ▸ Änderungsplan öffnen …), dann kann er ausgeführt werden.</translation>
    </message>
    <message>
        <source>Save Change Plan</source>
        <translation>Änderungsplan speichern</translation>
    </message>
    <message>
        <source>Change plans (*.json)</source>
        <translation>Änderungspläne (*.json)</translation>
    </message>
    <message>
        <source>The plan has not been created.</source>
        <translation>Der Plan wurde nicht erstellt.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Saved to %1. Nothing has been written to the database; the plan runs after a reviewer approves it.</source>
        <translation>In %1 gespeichert. In die Datenbank wurde nichts geschrieben; der Plan wird ausgeführt, nachdem ein Prüfer ihn freigegeben hat.</translation>
    </message>
</context>
<context>
    <name>PreCheckResultsView</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>sample row</source>
        <translation>Beispielzeile</translation>
    </message>
</context>
<context>
    <name>QueryHistoryDialog</name>
    <message>
        <source>Query History</source>
        <translation>Abfrageverlauf</translation>
    </message>
    <message>
        <source>Search the statements run on this connection</source>
        <translation>Die auf dieser Verbindung ausgeführten Anweisungen durchsuchen</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Insert into Editor</source>
        <translation>In Editor einfügen</translation>
    </message>
</context>
<context>
    <name>RecoveryDataPage</name>
    <message>
        <source>Check &amp;Again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Move forward: fix the data</source>
        <translation>Vorwärtsgehen: Daten korrigieren</translation>
    </message>
    <message>
        <source>The rows that break the migration&apos;s unique indexes. Tick the rows to delete; keep at most one per group. The deletes run in the commit, together with the forward script.</source>
        <translation>Die Zeilen, die die eindeutigen Indizes der Migration verletzen. Haken Sie die zu löschenden Zeilen an; behalten Sie höchstens eine pro Gruppe. Die Löschungen laufen beim Festschreiben, zusammen mit dem Vorwärtsskript.</translation>
    </message>
    <message>
        <source>The migration creates no unique index on existing data: there are no duplicates to resolve here. Fix other data by hand (SQL editor) before you continue, if the error calls for it.</source>
        <translation>Die Migration legt keinen eindeutigen Index auf vorhandenen Daten an: Hier gibt es keine Duplikate aufzulösen. Korrigieren Sie andere Daten von Hand (SQL-Editor), bevor Sie fortfahren, falls der Fehler das erfordert.</translation>
    </message>
    <message numerus="yes">
        <source>Looking for duplicates (%n unique index(es))…</source>
        <translation>
            <numerusform>Suche nach Duplikaten (%n eindeutiger Index) …</numerusform>
            <numerusform>Suche nach Duplikaten (%n eindeutige Indizes) …</numerusform>
        </translation>
    </message>
    <message>
        <source>The duplicates could not be read: %1</source>
        <translation>Die Duplikate konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Delete?</source>
        <translation>Löschen?</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n row(s)</source>
        <translation>
            <numerusform>%1 — %n Zeile</numerusform>
            <numerusform>%1 — %n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>(cannot)</source>
        <translation>(nicht möglich)</translation>
    </message>
    <message>
        <source>Only %1 of %2 groups are listed; resolve the others by hand or check again after these are gone.</source>
        <translation>Nur %1 von %2 Gruppen sind aufgeführt; lösen Sie die übrigen von Hand auf oder prüfen Sie erneut, wenn diese beseitigt sind.</translation>
    </message>
    <message>
        <source>No duplicates: the unique indexes can be created as they are.
</source>
        <translation>Keine Duplikate: Die eindeutigen Indizes können so angelegt werden, wie sie sind.
</translation>
    </message>
    <message>
        <source>%1: %2 rows kept; the unique index allows one.</source>
        <translation>%1: %2 Zeilen behalten; der eindeutige Index erlaubt eine.</translation>
    </message>
    <message>
        <source>-- No rows will be deleted.</source>
        <translation>-- Es werden keine Zeilen gelöscht.</translation>
    </message>
</context>
<context>
    <name>RecoveryFailurePage</name>
    <message>
        <source>The failed migration</source>
        <translation>Die fehlgeschlagene Migration</translation>
    </message>
    <message>
        <source>What failed, and which of its statements took effect anyway. Nothing is written until the last page.</source>
        <translation>Was fehlgeschlagen ist und welche ihrer Anweisungen trotzdem wirksam wurden. Bis zur letzten Seite wird nichts geschrieben.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Anweisung</translation>
    </message>
    <message>
        <source>Took effect?</source>
        <translation>Wirksam?</translation>
    </message>
    <message>
        <source>Why we think so</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; has no failed row in _prisma_migrations: there is nothing to recover.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat keine fehlgeschlagene Zeile in _prisma_migrations: Es gibt nichts zu beheben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; failed on &lt;b&gt;%2&lt;/b&gt;: started %3, not finished, %4 step(s) applied. &lt;code&gt;prisma migrate deploy&lt;/code&gt; refuses to run (P3009) until it is resolved.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; ist auf &lt;b&gt;%2&lt;/b&gt; fehlgeschlagen: gestartet %3, nicht abgeschlossen, angewendete Schritte: %4. &lt;code&gt;prisma migrate deploy&lt;/code&gt; verweigert die Ausführung (P3009), bis dies behoben ist.</translation>
    </message>
    <message>
        <source>(no logs: the process stopped before it could record an error)</source>
        <translation>(keine Protokolle: Der Prozess wurde beendet, bevor er einen Fehler festhalten konnte)</translation>
    </message>
    <message>
        <source>The migration is not in the migrations folder, so its statements cannot be examined.</source>
        <translation>Die Migration ist nicht im Migrationsordner, daher können ihre Anweisungen nicht untersucht werden.</translation>
    </message>
    <message>
        <source>Reading the live schema…</source>
        <translation>Das Live-Schema wird gelesen …</translation>
    </message>
    <message>
        <source>The live schema could not be read: %1</source>
        <translation>Das Live-Schema konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Each statement of the migration, compared with the live schema:</source>
        <translation>Jede Anweisung der Migration im Vergleich mit dem Live-Schema:</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>RecoveryOptionPage</name>
    <message>
        <source>Choose the way out</source>
        <translation>Den Ausweg wählen</translation>
    </message>
    <message>
        <source>Prisma&apos;s guides describe these ways to recover. The forensics decide which of them are safe here.</source>
        <translation>Prismas Anleitungen beschreiben diese Wege zur Fehlerbehebung. Die Analyse entscheidet, welche davon hier sicher sind.</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>Nicht verfügbar: %1</translation>
    </message>
</context>
<context>
    <name>RecoveryWizard</name>
    <message>
        <source>Recover Failed Migration — %1</source>
        <translation>Fehlgeschlagene Migration beheben — %1</translation>
    </message>
    <message>
        <source>Move backward: the script</source>
        <translation>Zurückgehen: das Skript</translation>
    </message>
    <message>
        <source>The database compared with the migrations without %1: running this script takes the schema back to before it.</source>
        <translation>Die Datenbank im Vergleich mit den Migrationen ohne %1: Dieses Skript setzt das Schema auf den Stand davor zurück.</translation>
    </message>
    <message>
        <source>Move forward: the script</source>
        <translation>Vorwärtsgehen: das Skript</translation>
    </message>
    <message>
        <source>The database compared with the migrations up to %1: running this script completes what it did not do.</source>
        <translation>Die Datenbank im Vergleich mit den Migrationen bis %1: Dieses Skript holt nach, was sie nicht getan hat.</translation>
    </message>
    <message>
        <source>-- prisma migrate deploy, once step 1 has recorded the rollback: its own preview (lock, bookkeeping, statements) runs then. It applies:
</source>
        <translation>-- prisma migrate deploy, sobald Schritt 1 das Zurückrollen festgehalten hat: Seine eigene Vorschau (Sperre, Buchführung, Anweisungen) läuft dann. Es wendet an:
</translation>
    </message>
    <message>
        <source>Run the backward script on %1</source>
        <translation>Das Rückwärtsskript auf %1 ausführen</translation>
    </message>
    <message>
        <source>Mark %1 as rolled back</source>
        <translation>%1 als zurückgerollt markieren</translation>
    </message>
    <message>
        <source>Run the forward script on %1</source>
        <translation>Das Vorwärtsskript auf %1 ausführen</translation>
    </message>
    <message>
        <source>Delete the chosen duplicate rows and run the forward script on %1</source>
        <translation>Die gewählten doppelten Zeilen löschen und das Vorwärtsskript auf %1 ausführen</translation>
    </message>
    <message>
        <source>Mark %1 as applied</source>
        <translation>%1 als angewendet markieren</translation>
    </message>
    <message>
        <source>Run the missing statements on %1</source>
        <translation>Die fehlenden Anweisungen auf %1 ausführen</translation>
    </message>
    <message>
        <source>Deploy again on %1</source>
        <translation>Erneut auf %1 deployen</translation>
    </message>
</context>
<context>
    <name>ResultTableModel</name>
    <message>
        <source>NULL (no value)</source>
        <translation>NULL (kein Wert)</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>&amp;Copy as TSV</source>
        <translation>Als TSV &amp;kopieren</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Run the statement again and write every row to a file</source>
        <translation>Die Anweisung erneut ausführen und alle Zeilen in eine Datei schreiben</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV …</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON …</translation>
    </message>
    <message>
        <source>SQL INSERT statements…</source>
        <translation>SQL-INSERT-Anweisungen …</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>%1 rows so far · fetching…</source>
        <translation>bisher %1 Zeilen · wird abgerufen …</translation>
    </message>
    <message>
        <source>%1 rows so far · scroll for more</source>
        <translation>bisher %1 Zeilen · für mehr scrollen</translation>
    </message>
    <message>
        <source>first %1 rows · the rest was not fetched (another statement used the connection); run this statement alone or export it</source>
        <translation>erste %1 Zeilen · der Rest wurde nicht abgerufen (eine andere Anweisung hat die Verbindung benutzt); führen Sie diese Anweisung allein aus oder exportieren Sie sie</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
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
    <name>SqlEditorWindow</name>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Running… %1 s</source>
        <translation>Läuft … %1 s</translation>
    </message>
    <message>
        <source>Connected to %1%2</source>
        <translation>Verbunden mit %1%2</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Cannot connect: %1</source>
        <translation>Verbindung nicht möglich: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>COMMIT</source>
        <translation>COMMIT</translation>
    </message>
    <message>
        <source>ROLLBACK</source>
        <translation>ROLLBACK</translation>
    </message>
    <message>
        <source>Committed.</source>
        <translation>Festgeschrieben.</translation>
    </message>
    <message>
        <source>Rolled back.</source>
        <translation>Zurückgerollt.</translation>
    </message>
    <message>
        <source>EXPLAIN failed: %1</source>
        <translation>EXPLAIN fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>EXPLAIN failed</source>
        <translation>EXPLAIN fehlgeschlagen</translation>
    </message>
    <message>
        <source>Plan (analyzed)</source>
        <translation>Plan (analysiert)</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Plan with actual timings</source>
        <translation>Plan mit tatsächlichen Zeiten</translation>
    </message>
    <message>
        <source>Estimated plan</source>
        <translation>Geschätzter Plan</translation>
    </message>
    <message>
        <source>%1 rows written…</source>
        <translation>%1 Zeilen geschrieben …</translation>
    </message>
    <message>
        <source>Export cancelled after %1 rows; no file was written.</source>
        <translation>Export nach %1 Zeilen abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Exported %1 rows (%2) in %3 ms.</source>
        <translation>%1 Zeilen (%2) in %3 ms exportiert.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Ausführen</translation>
    </message>
    <message>
        <source>Run the selection or the statement under the cursor (Ctrl+Enter)</source>
        <translation>Die Auswahl oder die Anweisung unter dem Cursor ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Run Script</source>
        <translation>Skript ausführen</translation>
    </message>
    <message>
        <source>Run every statement of the script (Ctrl+Shift+Enter, F5)</source>
        <translation>Alle Anweisungen des Skripts ausführen (Strg+Umschalt+Eingabe, F5)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Interrupt the running statement (Ctrl+.)</source>
        <translation>Die laufende Anweisung unterbrechen (Strg+.)</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>Show the plan of the statement under the cursor (F7)</source>
        <translation>Den Plan der Anweisung unter dem Cursor anzeigen (F7)</translation>
    </message>
    <message>
        <source>Explain Analyze</source>
        <translation>Explain Analyze</translation>
    </message>
    <message>
        <source>Run the statement and show the plan with actual timings (Shift+F7)</source>
        <translation>Die Anweisung ausführen und den Plan mit tatsächlichen Zeiten anzeigen (Umschalt+F7)</translation>
    </message>
    <message>
        <source>Auto-commit</source>
        <translation>Auto-Commit</translation>
    </message>
    <message>
        <source>On: every statement commits by itself. Off: the first write opens a transaction that you commit or roll back.</source>
        <translation>Ein: Jede Anweisung wird für sich festgeschrieben. Aus: Der erste Schreibvorgang öffnet eine Transaktion, die Sie festschreiben oder zurückrollen.</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Festschreiben</translation>
    </message>
    <message>
        <source>Rollback</source>
        <translation>Zurückrollen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf …</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen …</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter …</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Find Next</source>
        <translation>Weitersuchen</translation>
    </message>
    <message>
        <source>Find Previous</source>
        <translation>Rückwärts suchen</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vervollständigen</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>no timeout</source>
        <translation>kein Zeitlimit</translation>
    </message>
    <message>
        <source>Statement timeout: the database stops a statement that runs longer</source>
        <translation>Zeitlimit für Anweisungen: Die Datenbank bricht eine Anweisung ab, die länger läuft</translation>
    </message>
    <message>
        <source> Timeout: </source>
        <translation> Zeitlimit: </translation>
    </message>
    <message>
        <source> STAGING </source>
        <translation> STAGING </translation>
    </message>
    <message>
        <source> read-only </source>
        <translation> schreibgeschützt </translation>
    </message>
    <message>
        <source>SQL Editor — %1</source>
        <translation>SQL-Editor — %1</translation>
    </message>
    <message>
        <source>[PRODUCTION] %1</source>
        <translation>[PRODUKTION] %1</translation>
    </message>
    <message>
        <source>no transaction</source>
        <translation>keine Transaktion</translation>
    </message>
    <message>
        <source> ● Transaction open </source>
        <translation> ● Transaktion offen </translation>
    </message>
    <message>
        <source> ● Transaction failed: roll back </source>
        <translation> ● Transaktion fehlgeschlagen: zurückrollen </translation>
    </message>
    <message>
        <source>The script cannot be split: %1. Nothing was sent.</source>
        <translation>Das Skript kann nicht aufgeteilt werden: %1. Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Nothing to run.</source>
        <translation>Nichts auszuführen.</translation>
    </message>
    <message>
        <source>This connection is read-only: nothing was sent (%1).</source>
        <translation>Diese Verbindung ist schreibgeschützt: Es wurde nichts gesendet (%1).</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft …</translation>
    </message>
    <message>
        <source>[%1] line %2</source>
        <translation>[%1] Zeile %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation>%1 · %2: %3</translation>
    </message>
    <message>
        <source>Result %1</source>
        <translation>Ergebnis %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 ms → %4</source>
        <translation>%1 · %2 · %3 ms → %4</translation>
    </message>
    <message>
        <source>%1 rows so far (more on scroll)</source>
        <translation>bisher %1 Zeilen (mehr beim Scrollen)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2 · %3 ms</source>
        <translation>%1 · %2 · %3 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) affected</source>
        <translation>
            <numerusform>%n Zeile betroffen</numerusform>
            <numerusform>%n Zeilen betroffen</numerusform>
        </translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation>Nach %1 s abgebrochen.</translation>
    </message>
    <message>
        <source>Statement %1 failed; %2 of %3 ran (%4 s).</source>
        <translation>Anweisung %1 ist fehlgeschlagen; %2 von %3 wurden ausgeführt (%4 s).</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) in %1 s.</source>
        <translation>
            <numerusform>%n Anweisung in %1 s.</numerusform>
            <numerusform>%n Anweisungen in %1 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE runs the statement. This one writes: it runs inside a transaction that is rolled back afterwards (DDL on MySQL/MariaDB commits by itself and cannot be undone). Continue?</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung aus. Diese hier schreibt: Sie läuft in einer Transaktion, die danach zurückgerollt wird (DDL unter MySQL/MariaDB schreibt sich selbst fest und kann nicht rückgängig gemacht werden). Fortfahren?</translation>
    </message>
    <message>
        <source>EXPLAIN ANALYZE runs the statement to measure it. Continue?</source>
        <translation>EXPLAIN ANALYZE führt die Anweisung aus, um sie zu messen. Fortfahren?</translation>
    </message>
    <message>
        <source>Running EXPLAIN ANALYZE…</source>
        <translation>EXPLAIN ANALYZE läuft …</translation>
    </message>
    <message>
        <source>Reading the plan…</source>
        <translation>Der Plan wird gelesen …</translation>
    </message>
    <message>
        <source>Export Result</source>
        <translation>Ergebnis exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2);;All files (*)</source>
        <translation>%1-Dateien (*.%2);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export as INSERT statements</source>
        <translation>Als INSERT-Anweisungen exportieren</translation>
    </message>
    <message>
        <source>Table to insert into:</source>
        <translation>Zieltabelle für das Einfügen:</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert …</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 …</translation>
    </message>
    <message>
        <source>Open SQL File</source>
        <translation>SQL-Datei öffnen</translation>
    </message>
    <message>
        <source>SQL files (*.sql);;All files (*)</source>
        <translation>SQL-Dateien (*.sql);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Save SQL File</source>
        <translation>SQL-Datei speichern</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Open Transaction</source>
        <translation>Offene Transaktion</translation>
    </message>
    <message>
        <source>A transaction is open on this connection. Closing the editor rolls it back.</source>
        <translation>Auf dieser Verbindung ist eine Transaktion offen. Das Schließen des Editors rollt sie zurück.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Die Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source> PRODUCTION · read-only </source>
        <translation> PRODUKTION · schreibgeschützt </translation>
    </message>
    <message>
        <source> PRODUCTION </source>
        <translation> PRODUKTION </translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Training — Migration Workbench</source>
        <translation>Training — Migration Workbench</translation>
    </message>
    <message>
        <source>Practise Prisma&apos;s production recovery on a private database that is built for each scenario. Use the workbench as you would for real; the guide names the prisma command behind every step and checks your solution.</source>
        <translation>Üben Sie die Fehlerbehebung in Produktion mit Prisma auf einer privaten Datenbank, die für jedes Szenario neu aufgebaut wird. Verwenden Sie die Workbench wie im Ernstfall; die Anleitung nennt zu jedem Schritt den zugrunde liegenden prisma-Befehl und prüft Ihre Lösung.</translation>
    </message>
    <message>
        <source>The scenario could not be built: %1</source>
        <translation>Das Szenario konnte nicht aufgebaut werden: %1</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Follows Prisma&apos;s guide %1.</source>
        <translation>Folgt Prismas Anleitung %1.</translation>
    </message>
    <message>
        <source>Building “%1” (workspace and database)…</source>
        <translation>„%1“ wird aufgebaut (Arbeitsbereich und Datenbank) …</translation>
    </message>
    <message>
        <source>SQLite (a private file)</source>
        <translation>SQLite (eine private Datei)</translation>
    </message>
    <message>
        <source>A new database on %1</source>
        <translation>Eine neue Datenbank auf %1</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Started, not solved yet</source>
        <translation>Begonnen, noch nicht gelöst</translation>
    </message>
    <message>
        <source>The password of %1 could not be read: %2</source>
        <translation>Das Passwort von %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <source>Check My Solution</source>
        <translation>Meine Lösung prüfen</translation>
    </message>
    <message>
        <source>Start Over</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Look at the database and the workspace and say whether the goal is reached</source>
        <translation>Datenbank und Arbeitsbereich untersuchen und melden, ob das Ziel erreicht ist</translation>
    </message>
    <message>
        <source>Build the scenario again from its starting state</source>
        <translation>Das Szenario erneut ab seinem Ausgangszustand aufbauen</translation>
    </message>
    <message>
        <source>Training %1: %2</source>
        <translation>Training %1: %2</translation>
    </message>
    <message>
        <source>Goal:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <source>Work in the workbench, then check your solution.</source>
        <translation>Arbeiten Sie in der Workbench und prüfen Sie dann Ihre Lösung.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Die Prüfung konnte nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>Solved.</source>
        <translation>Gelöst.</translation>
    </message>
    <message>
        <source>The database and its history are in the intended state.</source>
        <translation>Die Datenbank und ihre Historie sind im angestrebten Zustand.</translation>
    </message>
    <message>
        <source>Not solved yet.</source>
        <translation>Noch nicht gelöst.</translation>
    </message>
    <message>
        <source>What is still wrong:</source>
        <translation>Was noch nicht stimmt:</translation>
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
        <source>show: entries at or after this time (ISO 8601 date or date-time, UTC).</source>
        <translation>show: Einträge zu oder nach diesem Zeitpunkt (ISO-8601-Datum oder -Datum mit Uhrzeit, UTC).</translation>
    </message>
    <message>
        <source>time</source>
        <translation>zeit</translation>
    </message>
    <message>
        <source>show: entries whose connection contains this text.</source>
        <translation>show: Einträge, deren Verbindung diesen Text enthält.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>show: entries of this operation (deploy, resolve, resolve-applied, resolve-rolled-back, execute, plan-approve).</source>
        <translation>show: Einträge dieser Operation (deploy, resolve, resolve-applied, resolve-rolled-back, execute, plan-approve).</translation>
    </message>
    <message>
        <source>operation</source>
        <translation>operation</translation>
    </message>
    <message>
        <source>show: entries of the plan with this hash (prefix).</source>
        <translation>show: Einträge des Plans mit diesem Hash (Präfix).</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>hash</translation>
    </message>
    <message>
        <source>show: failed writes only.</source>
        <translation>show: nur fehlgeschlagene Schreibvorgänge.</translation>
    </message>
    <message>
        <source>Error: --since needs an ISO 8601 date or date-time.</source>
        <translation>Fehler: --since braucht ein ISO-8601-Datum oder -Datum mit Uhrzeit.</translation>
    </message>
    <message>
        <source>Usage: mwb journal verify|show [--journal FILE] [--json] [--since TIME] [--connection TEXT] [--kind OPERATION] [--plan HASH] [--failed]</source>
        <translation>Aufruf: mwb journal verify|show [--journal DATEI] [--json] [--since ZEIT] [--connection TEXT] [--kind OPERATION] [--plan HASH] [--failed]</translation>
    </message>
    <message>
        <source>pre-check</source>
        <translation>Vorabprüfung</translation>
    </message>
    <message>
        <source>Lint migration SQL: destructive changes, constraints existing rows may violate, statements that break atomicity. Without files: the migrations deploy would run. With a database, data pre-checks run read-only.</source>
        <translation>Migrations-SQL mit Lint prüfen: zerstörerische Änderungen, Einschränkungen, die vorhandene Zeilen verletzen könnten, Anweisungen, die die Atomarität aufheben. Ohne Dateien: die Migrationen, die Deploy ausführen würde. Mit einer Datenbank laufen Daten-Vorabprüfungen, nur lesend.</translation>
    </message>
    <message>
        <source>Dialect of the files: postgresql, mysql or sqlite (default: the database&apos;s).</source>
        <translation>Dialekt der Dateien: postgresql, mysql oder sqlite (Standard: der der Datenbank).</translation>
    </message>
    <message>
        <source>Do not run data pre-checks.</source>
        <translation>Keine Daten-Vorabprüfungen ausführen.</translation>
    </message>
    <message>
        <source>Exit 1 when a finding has at least this severity: error, warning (default), info or never.</source>
        <translation>Mit 1 beenden, wenn ein Befund mindestens diesen Schweregrad hat: error, warning (Standard), info oder never.</translation>
    </message>
    <message>
        <source>severity</source>
        <translation>schweregrad</translation>
    </message>
    <message>
        <source>Statement timeout of each pre-check in ms.</source>
        <translation>Zeitlimit jeder Vorabprüfung in ms.</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>SQL scripts to lint.</source>
        <translation>Die mit Lint zu prüfenden SQL-Skripte.</translation>
    </message>
    <message>
        <source>[file.sql…]</source>
        <translation>[datei.sql…]</translation>
    </message>
    <message>
        <source>Error: --fail-on must be error, warning, info or never.</source>
        <translation>Fehler: --fail-on muss error, warning, info oder never sein.</translation>
    </message>
    <message>
        <source>Error: cannot read %1: %2</source>
        <translation>Fehler: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Error: %1 is not valid UTF-8.</source>
        <translation>Fehler: %1 ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>%1 error(s), %2 warning(s), %3 info.</source>
        <translation>Fehler: %1, Warnungen: %2, Hinweise: %3.</translation>
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
  scenario training scenarios: list, start, check, reset
  lint     lint migration SQL (and pre-check the data it needs)
  plan     create, show, approve and execute change plans
  journal  verify or show the audit journal
  report   an HTML report of a journal entry or a plan
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
  scenario Trainingsszenarien: list, start, check, reset
  lint     Migrations-SQL mit Lint prüfen (und die benötigten Daten vorab prüfen)
  plan     Änderungspläne erstellen, anzeigen, freigeben und ausführen
  journal  das Prüfprotokoll prüfen oder anzeigen
  report   ein HTML-Bericht zu einem Protokolleintrag oder einem Plan
  demo     den Demo-Arbeitsbereich in einem Ordner anlegen

„mwb BEFEHL --help“ zeigt die Optionen eines Befehls.
Exit-Codes: 0 aktuell / Erfolg, 1 braucht Aufmerksamkeit / Vorgang fehlgeschlagen,
2 falsche Argumente oder Eingaben, 3 Datenbank nicht erreichbar oder nicht lesbar.
</translation>
    </message>
    <message>
        <source>Lint %1: %2, statement at line %3: %4 [%5]</source>
        <translation>Lint %1: %2, Anweisung in Zeile %3: %4 [%5]</translation>
    </message>
    <message>
        <source>Usage:
  mwb plan create --out PLAN deploy [--no-transaction] [target options]
  mwb plan create --out PLAN resolve (--applied NAME | --rolled-back NAME) [target options]
  mwb plan create --out PLAN execute --file F [--transaction] [target options]
  mwb plan show PLAN [--json]
  mwb plan approve PLAN --reviewer NAME [--comment TEXT]
  mwb plan execute PLAN [--url URL | --workspace DIR] [--backup-dir DIR | --no-backup]
</source>
        <translation>Aufruf:
  mwb plan create --out PLAN deploy [--no-transaction] [Zieloptionen]
  mwb plan create --out PLAN resolve (--applied NAME | --rolled-back NAME) [Zieloptionen]
  mwb plan create --out PLAN execute --file F [--transaction] [Zieloptionen]
  mwb plan show PLAN [--json]
  mwb plan approve PLAN --reviewer NAME [--comment TEXT]
  mwb plan execute PLAN [--url URL | --workspace ORDNER] [--backup-dir ORDNER | --no-backup]
</translation>
    </message>
    <message>
        <source>Change plan %1</source>
        <translation>Änderungsplan %1</translation>
    </message>
    <message>
        <source>  Operation:   %1</source>
        <translation>  Operation:    %1</translation>
    </message>
    <message>
        <source>  Environment: %1</source>
        <translation>  Umgebung:     %1</translation>
    </message>
    <message>
        <source>  Author:      %1, %2 UTC</source>
        <translation>  Autor:        %1, %2 UTC</translation>
    </message>
    <message>
        <source>  Hash:        %1 (%2)</source>
        <translation>  Hash:         %1 (%2)</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>unversehrt</translation>
    </message>
    <message>
        <source>  Approval:    none</source>
        <translation>  Freigabe:     keine</translation>
    </message>
    <message>
        <source>  Approval:    %1, %2 UTC (%3)</source>
        <translation>  Freigabe:     %1, %2 UTC (%3)</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>  Backup:      %1</source>
        <translation>  Sicherung:    %1</translation>
    </message>
    <message>
        <source>  Readiness:   GET %1 must answer 200</source>
        <translation>  Bereitschaft: GET %1 muss mit 200 antworten</translation>
    </message>
    <message>
        <source>Preconditions (re-checked before executing):</source>
        <translation>Vorbedingungen (werden vor dem Ausführen erneut geprüft):</translation>
    </message>
    <message>
        <source>Lint:</source>
        <translation>Lint:</translation>
    </message>
    <message>
        <source> no findings</source>
        <translation> keine Befunde</translation>
    </message>
    <message>
        <source>Data pre-checks:</source>
        <translation>Daten-Vorabprüfungen:</translation>
    </message>
    <message>
        <source>Steps (every statement, bookkeeping included):</source>
        <translation>Schritte (jede Anweisung, einschließlich der Buchführung):</translation>
    </message>
    <message>
        <source>Error: no plan file given.</source>
        <translation>Fehler: Keine Plandatei angegeben.</translation>
    </message>
    <message>
        <source>Change plans: writes prepared for review, approved by another person, and executed only while the database is still as reviewed.</source>
        <translation>Änderungspläne: Schreibvorgänge, zur Prüfung vorbereitet, von einer anderen Person freigegeben und nur ausgeführt, solange die Datenbank noch im geprüften Zustand ist.</translation>
    </message>
    <message>
        <source>create: the plan file.</source>
        <translation>create: die Plandatei.</translation>
    </message>
    <message>
        <source>create: a title.</source>
        <translation>create: ein Titel.</translation>
    </message>
    <message>
        <source>create: local, staging or production.</source>
        <translation>create: local, staging oder production.</translation>
    </message>
    <message>
        <source>create/execute: GET this URL after executing; it must answer 200.</source>
        <translation>create/execute: diese URL nach dem Ausführen per GET abrufen; sie muss mit 200 antworten.</translation>
    </message>
    <message>
        <source>execute: readiness timeout in ms.</source>
        <translation>execute: Zeitlimit der Bereitschaftsprüfung in ms.</translation>
    </message>
    <message>
        <source>create: do not run data pre-checks.</source>
        <translation>create: keine Daten-Vorabprüfungen ausführen.</translation>
    </message>
    <message>
        <source>resolve: mark a migration as applied.</source>
        <translation>resolve: eine Migration als angewendet markieren.</translation>
    </message>
    <message>
        <source>resolve: mark a failed migration as rolled back.</source>
        <translation>resolve: eine fehlgeschlagene Migration als zurückgerollt markieren.</translation>
    </message>
    <message>
        <source>execute: the SQL script.</source>
        <translation>execute: das SQL-Skript.</translation>
    </message>
    <message>
        <source>execute: run the script in one transaction.</source>
        <translation>execute: das Skript in einer Transaktion ausführen.</translation>
    </message>
    <message>
        <source>deploy: run statements one by one instead of one transaction per migration.</source>
        <translation>deploy: Anweisungen einzeln ausführen statt einer Transaktion pro Migration.</translation>
    </message>
    <message>
        <source>approve: the reviewer&apos;s name.</source>
        <translation>approve: der Name des Prüfers.</translation>
    </message>
    <message>
        <source>approve: a comment kept with the approval.</source>
        <translation>approve: ein Kommentar, der mit der Freigabe gespeichert wird.</translation>
    </message>
    <message>
        <source>approve/execute: the audit journal (default: %1).</source>
        <translation>approve/execute: das Prüfprotokoll (Standard: %1).</translation>
    </message>
    <message>
        <source>approve/execute: do not record in the journal.</source>
        <translation>approve/execute: nicht im Prüfprotokoll festhalten.</translation>
    </message>
    <message>
        <source>execute: where the backup goes (default: a backups folder next to the plan).</source>
        <translation>execute: wohin die Sicherung geschrieben wird (Standard: ein Ordner backups neben dem Plan).</translation>
    </message>
    <message>
        <source>execute: skip the backup (recorded).</source>
        <translation>execute: die Sicherung überspringen (wird festgehalten).</translation>
    </message>
    <message>
        <source>create, show, approve or execute</source>
        <translation>create, show, approve oder execute</translation>
    </message>
    <message>
        <source>create: deploy, resolve or execute; otherwise the plan file</source>
        <translation>create: deploy, resolve oder execute; sonst die Plandatei</translation>
    </message>
    <message>
        <source>Error: pass exactly one of --applied and --rolled-back.</source>
        <translation>Fehler: Geben Sie genau eine der Optionen --applied und --rolled-back an.</translation>
    </message>
    <message>
        <source>execute needs --file.</source>
        <translation>execute braucht --file.</translation>
    </message>
    <message>
        <source>Error: plan create needs deploy, resolve or execute.</source>
        <translation>Fehler: plan create braucht deploy, resolve oder execute.</translation>
    </message>
    <message>
        <source>Error: plan create needs --out FILE.</source>
        <translation>Fehler: plan create braucht --out DATEI.</translation>
    </message>
    <message>
        <source>Error: the operation is refused, no plan was written: %1</source>
        <translation>Fehler: Die Operation wird abgelehnt, es wurde kein Plan geschrieben: %1</translation>
    </message>
    <message>
        <source>Plan written to %1 (hash %2). Another person must approve it: mwb plan approve %1 --reviewer NAME</source>
        <translation>Plan in %1 geschrieben (Hash %2). Eine andere Person muss ihn freigeben: mwb plan approve %1 --reviewer NAME</translation>
    </message>
    <message>
        <source>Warning: data pre-checks failed; executing the plan will be refused until the data is fixed and the plan re-created.</source>
        <translation>Warnung: Daten-Vorabprüfungen sind fehlgeschlagen; die Ausführung des Plans wird abgelehnt, bis die Daten korrigiert sind und der Plan neu erstellt wurde.</translation>
    </message>
    <message>
        <source>Error: approve needs --reviewer NAME.</source>
        <translation>Fehler: approve braucht --reviewer NAME.</translation>
    </message>
    <message>
        <source>Error: not approved: %1</source>
        <translation>Fehler: nicht freigegeben: %1</translation>
    </message>
    <message>
        <source>Approved by %1.</source>
        <translation>Freigegeben von %1.</translation>
    </message>
    <message>
        <source>Warning: the approval was not journaled: %1</source>
        <translation>Warnung: Die Freigabe wurde nicht im Prüfprotokoll festgehalten: %1</translation>
    </message>
    <message>
        <source>Plan %1 approved by %2 (hash %3).</source>
        <translation>Plan %1 freigegeben von %2 (Hash %3).</translation>
    </message>
    <message>
        <source>Error: pass --url with the password for %1.</source>
        <translation>Fehler: Geben Sie --url mit dem Passwort für %1 an.</translation>
    </message>
    <message>
        <source>Schema change:</source>
        <translation>Schemaänderung:</translation>
    </message>
    <message>
        <source>Readiness %1: %2</source>
        <translation>Bereitschaft %1: %2</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Warning: the execution was not journaled: %1</source>
        <translation>Warnung: Die Ausführung wurde nicht im Prüfprotokoll festgehalten: %1</translation>
    </message>
    <message>
        <source>Write an HTML report of a change plan or of one audit journal entry.</source>
        <translation>Einen HTML-Bericht zu einem Änderungsplan oder einem Eintrag des Prüfprotokolls schreiben.</translation>
    </message>
    <message>
        <source>The change plan.</source>
        <translation>Der Änderungsplan.</translation>
    </message>
    <message>
        <source>The journal entry (1-based line number).</source>
        <translation>Der Protokolleintrag (Zeilennummer, ab 1 gezählt).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>The last journal entry.</source>
        <translation>Der letzte Protokolleintrag.</translation>
    </message>
    <message>
        <source>Write the HTML here (default: standard output).</source>
        <translation>Das HTML hierhin schreiben (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>Error: pass exactly one of --plan, --entry and --last.</source>
        <translation>Fehler: Geben Sie genau eine der Optionen --plan, --entry und --last an.</translation>
    </message>
    <message>
        <source>Error: no such journal entry in %1.</source>
        <translation>Fehler: Diesen Protokolleintrag gibt es in %1 nicht.</translation>
    </message>
    <message>
        <source>The journal failed verification: %1</source>
        <translation>Das Prüfprotokoll hat die Prüfung nicht bestanden: %1</translation>
    </message>
    <message>
        <source>Error: cannot write %1: %2</source>
        <translation>Fehler: %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Warning: the journal or the plan failed verification (the report says so).</source>
        <translation>Warnung: Das Prüfprotokoll oder der Plan hat die Prüfung nicht bestanden (der Bericht weist darauf hin).</translation>
    </message>
    <message>
        <source>Scenario %1: %2</source>
        <translation>Szenario %1: %2</translation>
    </message>
    <message>
        <source>Goal: %1</source>
        <translation>Ziel: %1</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Training scenarios: guided, self-checking exercises in Prisma&apos;s production recovery, on a private database.
  list                 the scenarios and your progress
  start ID|NUMBER      build the scenario&apos;s workspace and database, print the story
  check ID|NUMBER      say whether it is solved, and what is still wrong
  reset ID|NUMBER      build it again from the start</source>
        <translation>Trainingsszenarien: angeleitete Übungen mit eigener Lösungsprüfung zur Fehlerbehebung in Produktion mit Prisma, auf einer privaten Datenbank.
  list                 die Szenarien und Ihr Fortschritt
  start ID|NUMMER      Arbeitsbereich und Datenbank des Szenarios aufbauen, die Ausgangslage ausgeben
  check ID|NUMMER      melden, ob es gelöst ist und was noch nicht stimmt
  reset ID|NUMMER      es erneut von Anfang an aufbauen</translation>
    </message>
    <message>
        <source>Where the scenario&apos;s workspace lives (default: the training folder in your data folder).</source>
        <translation>Wo der Arbeitsbereich des Szenarios liegt (Standard: der Ordner training in Ihrem Datenordner).</translation>
    </message>
    <message>
        <source>Build on this local PostgreSQL or MariaDB server (URL) instead of SQLite; a new database is created there. Give it to check as well.</source>
        <translation>Auf diesem lokalen PostgreSQL- oder MariaDB-Server (URL) statt mit SQLite aufbauen; dort wird eine neue Datenbank angelegt. Geben Sie ihn auch bei check an.</translation>
    </message>
    <message>
        <source>list, start, check, reset</source>
        <translation>list, start, check, reset</translation>
    </message>
    <message>
        <source>The scenario (id or number).</source>
        <translation>Das Szenario (ID oder Nummer).</translation>
    </message>
    <message>
        <source>  [solved]</source>
        <translation>  [gelöst]</translation>
    </message>
    <message>
        <source>  [started]</source>
        <translation>  [begonnen]</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (list, start, check, reset).</source>
        <translation>unbekannte Aktion „%1“ (list, start, check, reset).</translation>
    </message>
    <message>
        <source>unknown scenario &apos;%1&apos;; see mwb scenario list.</source>
        <translation>unbekanntes Szenario „%1“; siehe mwb scenario list.</translation>
    </message>
    <message>
        <source>--server takes a PostgreSQL or MariaDB URL.</source>
        <translation>--server erwartet eine PostgreSQL- oder MariaDB-URL.</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Database:  %1</source>
        <translation>Datenbank:      %1</translation>
    </message>
    <message>
        <source>Open it with: migration-workbench %1    Check with: mwb scenario check %2</source>
        <translation>Öffnen mit: migration-workbench %1    Prüfen mit: mwb scenario check %2</translation>
    </message>
    <message>
        <source>the scenario has not been started here (%1); run mwb scenario start %2 first.</source>
        <translation>das Szenario wurde hier nicht gestartet (%1); führen Sie zuerst mwb scenario start %2 aus.</translation>
    </message>
    <message>
        <source>Solved: %1</source>
        <translation>Gelöst: %1</translation>
    </message>
    <message>
        <source>Not solved yet: %1</source>
        <translation>Noch nicht gelöst: %1</translation>
    </message>
    <message>
        <source>After a successful write, GET this URL (e.g. https://app/health/ready) and expect HTTP 200; the result is printed and journaled.</source>
        <translation>Nach einem erfolgreichen Schreibvorgang diese URL abrufen (z. B. https://app/health/ready) und HTTP 200 erwarten; das Ergebnis wird ausgegeben und protokolliert.</translation>
    </message>
    <message>
        <source>Warning: the readiness check was not journaled: %1</source>
        <translation>Warnung: Die Bereitschaftsprüfung wurde nicht protokolliert: %1</translation>
    </message>
    <message>
        <source>Readiness check %1: %2 (%3)</source>
        <translation>Bereitschaftsprüfung %1: %2 (%3)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
</context>
</TS>
