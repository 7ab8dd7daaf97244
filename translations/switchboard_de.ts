<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AssistantsView</name>
    <message>
        <source>Assistants</source>
        <translation>Assistenten</translation>
    </message>
    <message>
        <source>&amp;Provision number</source>
        <translation>Nummer be&amp;reitstellen</translation>
    </message>
    <message>
        <source>Provision a number for the selected assistant</source>
        <translation>Eine Nummer für den ausgewählten Assistenten bereitstellen</translation>
    </message>
    <message>
        <source>Run the provisioning chain for the selected assistant: free Vapi number, then Twilio, then the manual queue</source>
        <translation>Die Bereitstellungskette für den ausgewählten Assistenten ausführen: kostenlose Vapi-Nummer, dann Twilio, dann die manuelle Warteschlange</translation>
    </message>
    <message>
        <source>Provision all &amp;unassigned</source>
        <translation>Alle &amp;ohne Nummer bereitstellen</translation>
    </message>
    <message>
        <source>Provision numbers for every assistant without one</source>
        <translation>Nummern für alle Assistenten ohne Nummer bereitstellen</translation>
    </message>
    <message>
        <source>C&amp;reate assistant…</source>
        <translation>Assistenten &amp;erstellen…</translation>
    </message>
    <message>
        <source>Create an assistant</source>
        <translation>Einen Assistenten erstellen</translation>
    </message>
    <message>
        <source>&amp;Link existing…</source>
        <translation>Vorhandenen ver&amp;knüpfen…</translation>
    </message>
    <message>
        <source>Link an existing Vapi assistant</source>
        <translation>Einen vorhandenen Vapi-Assistenten verknüpfen</translation>
    </message>
    <message>
        <source>Onl&amp;y without a number</source>
        <translation>N&amp;ur ohne Nummer</translation>
    </message>
    <message>
        <source>Show only assistants without a number</source>
        <translation>Nur Assistenten ohne Nummer anzeigen</translation>
    </message>
    <message>
        <source>Assistants summary</source>
        <translation>Übersicht der Assistenten</translation>
    </message>
    <message>
        <source>Assistants and their numbers</source>
        <translation>Assistenten und ihre Nummern</translation>
    </message>
    <message>
        <source>Result of Provision all unassigned</source>
        <translation>Ergebnis von „Alle ohne Nummer bereitstellen“</translation>
    </message>
</context>
<context>
    <name>CompleteTaskDialog</name>
    <message>
        <source>Complete the manual task</source>
        <translation>Manuelle Aufgabe erledigen</translation>
    </message>
    <message>
        <source>&amp;Number or SIP URI:</source>
        <translation>&amp;Nummer oder SIP-URI:</translation>
    </message>
    <message>
        <source>Number or SIP URI</source>
        <translation>Nummer oder SIP-URI</translation>
    </message>
    <message>
        <source>What was understood</source>
        <translation>Was erkannt wurde</translation>
    </message>
    <message>
        <source>+1 415 555 2671 or sip:desk@sip.vapi.ai</source>
        <translation>+1 415 555 2671 oder sip:empfang@sip.vapi.ai</translation>
    </message>
</context>
<context>
    <name>DialogPasswordPrompt</name>
    <message>
        <source>Team workspace password</source>
        <translation>Passwort des Team-Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Password of %1 for the team workspace %2:</source>
        <translation>Passwort von %1 für den Team-Arbeitsbereich %2:</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Provisioning history</source>
        <translation>Bereitstellungsverlauf</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>Organization filter</source>
        <translation>Filter nach Organisation</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Ergebnis:</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translation>Filter nach Ergebnis</translation>
    </message>
    <message>
        <source>Deli&amp;vered by:</source>
        <translation>Ge&amp;liefert von:</translation>
    </message>
    <message>
        <source>Delivered-by filter</source>
        <translation>Filter nach Lieferquelle</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>V&amp;on:</translation>
    </message>
    <message>
        <source>Started on or after</source>
        <translation>Begonnen am oder nach</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <source>Started on or before</source>
        <translation>Begonnen am oder vor</translation>
    </message>
    <message>
        <source>Find in the history</source>
        <translation>Im Verlauf suchen</translation>
    </message>
    <message>
        <source>Find an assistant, number, organization or summary</source>
        <translation>Assistent, Nummer, Organisation oder Zusammenfassung suchen</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the filtered history</source>
        <translation>Den gefilterten Verlauf exportieren</translation>
    </message>
    <message>
        <source>Save the attempts the filters select as CSV or JSON</source>
        <translation>Die von den Filtern ausgewählten Versuche als CSV oder JSON speichern</translation>
    </message>
    <message>
        <source>Number of attempts</source>
        <translation>Anzahl der Versuche</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel loading or exporting</source>
        <translation>Laden oder Exportieren abbrechen</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Exportstatus</translation>
    </message>
    <message>
        <source>Steps of the selected attempt</source>
        <translation>Schritte des ausgewählten Versuchs</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Wer:</translation>
    </message>
    <message>
        <source>Operator filter</source>
        <translation>Filter nach Person</translation>
    </message>
    <message>
        <source>Only what this person did (user@computer, as recorded)</source>
        <translation>Nur was diese Person getan hat (Benutzer@Computer, wie festgehalten)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation>Art des Eintrags</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>Der ausgewählte Eintrag</translation>
    </message>
    <message>
        <source>Selected record</source>
        <translation>Ausgewählter Eintrag</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>Free-number usage</source>
        <translation>Nutzung der kostenlosen Nummern</translation>
    </message>
    <message>
        <source>Welcome to Switchboard</source>
        <translation>Willkommen bei Switchboard</translation>
    </message>
    <message>
        <source>Open the sandbox &amp;demo</source>
        <translation>Sandbox-Demo &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the sandbox demo</source>
        <translation>Sandbox-Demo öffnen</translation>
    </message>
    <message>
        <source>Organization details</source>
        <translation>Details der Organisation</translation>
    </message>
    <message>
        <source>&amp;Assistants</source>
        <translation>Assis&amp;tenten</translation>
    </message>
    <message>
        <source>&amp;Numbers</source>
        <translation>&amp;Nummern</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;Scaling</source>
        <translation>&amp;Skalierung</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Provision number</source>
        <translation>Nummer be&amp;reitstellen</translation>
    </message>
    <message>
        <source>Give the selected assistant a phone number through the provisioning chain</source>
        <translation>Dem ausgewählten Assistenten über die Bereitstellungskette eine Telefonnummer geben</translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation>Ctrl+P</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch assistants and numbers from Vapi and Twilio again</source>
        <translation>Assistenten und Nummern erneut von Vapi und Twilio abrufen</translation>
    </message>
    <message>
        <source>&amp;New organization…</source>
        <translation>&amp;Neue Organisation…</translation>
    </message>
    <message>
        <source>Set up a customer organization: its Vapi and Twilio accounts and its numbers</source>
        <translation>Eine Kundenorganisation einrichten: ihre Vapi- und Twilio-Konten und ihre Nummern</translation>
    </message>
    <message>
        <source>&amp;Edit organization…</source>
        <translation>Organisation be&amp;arbeiten…</translation>
    </message>
    <message>
        <source>Change the selected organization's accounts, pool and preferences</source>
        <translation>Konten, Nummernpool und Vorgaben der ausgewählten Organisation ändern</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Manual queue</source>
        <translation>&amp;Manuelle Warteschlange</translation>
    </message>
    <message>
        <source>Show the assistants the chain could not give a number, with the reasons</source>
        <translation>Die Assistenten anzeigen, denen die Kette keine Nummer geben konnte, mit den Gründen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>&amp;Find in history…</source>
        <translation>Im Verlauf &amp;suchen…</translation>
    </message>
    <message>
        <source>Search the provisioning history</source>
        <translation>Den Bereitstellungsverlauf durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Switchboard</source>
        <translation>&amp;Über Switchboard</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Ansi&amp;cht</translation>
    </message>
    <message>
        <source>Language, the workspace's accounts and defaults, and where the workspace is kept</source>
        <translation>Sprache, Konten und Standardwerte des Arbeitsbereichs und wo der Arbeitsbereich gespeichert ist</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>Ne&amp;xt tab</source>
        <translation>Nächster &amp;Reiter</translation>
    </message>
    <message>
        <source>Ctrl+PgDown</source>
        <translation>Ctrl+PgDown</translation>
    </message>
    <message>
        <source>Pre&amp;vious tab</source>
        <translation>Vor&amp;heriger Reiter</translation>
    </message>
    <message>
        <source>Ctrl+PgUp</source>
        <translation>Ctrl+PgUp</translation>
    </message>
    <message>
        <source>Re&amp;move organization…</source>
        <translation>Organisation en&amp;tfernen…</translation>
    </message>
    <message>
        <source>Remove the selected organization from the workspace, with its accounts, pool and secrets; its history stays</source>
        <translation>Entfernt die ausgewählte Organisation mit ihren Konten, ihrem Pool und ihren Geheimnissen aus dem Arbeitsbereich; ihr Verlauf bleibt</translation>
    </message>
    <message>
        <source>Give every Vapi assistant of your customers a working phone number: free Vapi numbers first, then Twilio, with a record of every step. Start by setting up your workspace with your agency's Vapi account, or explore the sandbox demo.</source>
        <translation>Geben Sie jedem Vapi-Assistenten Ihrer Kunden eine funktionierende Telefonnummer: zuerst kostenlose Vapi-Nummern, dann Twilio, mit einem Protokoll jedes Schritts. Richten Sie zuerst Ihren Arbeitsbereich mit dem Vapi-Konto Ihrer Agentur ein, oder erkunden Sie die Sandbox-Demo.</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace…</source>
        <translation>Arbeitsbereich &amp;einrichten…</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Arbeitsbereich einrichten</translation>
    </message>
    <message>
        <source>H&amp;istory</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;Buy a Twilio number…</source>
        <translation>&amp;Twilio-Nummer kaufen…</translation>
    </message>
    <message>
        <source>Search Twilio for a number in an area code and buy it for the selected organization's pool</source>
        <translation>Bei Twilio eine Nummer in einer Vorwahl suchen und für den Nummernpool der gewählten Organisation kaufen</translation>
    </message>
</context>
<context>
    <name>ManualQueueView</name>
    <message>
        <source>Manual-assignment queue</source>
        <translation>Warteschlange für manuelle Zuweisung</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Offene Aufgaben</translation>
    </message>
    <message>
        <source>&amp;Complete…</source>
        <translation>&amp;Erledigen…</translation>
    </message>
    <message>
        <source>Complete the selected task</source>
        <translation>Die ausgewählte Aufgabe erledigen</translation>
    </message>
    <message>
        <source>Enter the number or SIP URI that the assistant gets</source>
        <translation>Die Nummer oder SIP-URI eingeben, die der Assistent erhält</translation>
    </message>
    <message>
        <source>&amp;Drop task</source>
        <translation>Aufgabe ver&amp;werfen</translation>
    </message>
    <message>
        <source>Drop the selected task</source>
        <translation>Die ausgewählte Aufgabe verwerfen</translation>
    </message>
    <message>
        <source>Close the task without a number, for example when the assistant was deleted</source>
        <translation>Die Aufgabe ohne Nummer schließen, zum Beispiel wenn der Assistent gelöscht wurde</translation>
    </message>
    <message>
        <source>Open manual tasks</source>
        <translation>Offene manuelle Aufgaben</translation>
    </message>
    <message>
        <source>Reasons and instructions of the selected task</source>
        <translation>Gründe und Anweisungen der ausgewählten Aufgabe</translation>
    </message>
</context>
<context>
    <name>NumbersView</name>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Assign the selected number to an assistant</source>
        <translation>Die ausgewählte Nummer einem Assistenten zuweisen</translation>
    </message>
    <message>
        <source>&amp;Unassign…</source>
        <translation>Zuweisung aufh&amp;eben…</translation>
    </message>
    <message>
        <source>Unassign the selected number</source>
        <translation>Die Zuweisung der ausgewählten Nummer aufheben</translation>
    </message>
    <message>
        <source>Re&amp;lease…</source>
        <translation>&amp;Freigeben…</translation>
    </message>
    <message>
        <source>Release the selected number</source>
        <translation>Die ausgewählte Nummer freigeben</translation>
    </message>
    <message>
        <source>Only numbers that hang u&amp;p</source>
        <translation>Nur Nummern, die a&amp;uflegen</translation>
    </message>
    <message>
        <source>Show only numbers with no assistant</source>
        <translation>Nur Nummern ohne Assistent anzeigen</translation>
    </message>
    <message>
        <source>Numbers warning</source>
        <translation>Warnung zu Nummern</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Telefonnummern</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the numbers listed as CSV</source>
        <translation>Die angezeigten Nummern als CSV exportieren</translation>
    </message>
    <message>
        <source>Numbers export</source>
        <translation>Nummernexport</translation>
    </message>
    <message>
        <source>Buy a Twilio number for the pool</source>
        <translation>Eine Twilio-Nummer für den Nummernpool kaufen</translation>
    </message>
    <message>
        <source>&amp;Buy…</source>
        <translation>&amp;Kaufen…</translation>
    </message>
    <message>
        <source>Search Twilio for a number in an area code and buy it for the pool</source>
        <translation>Bei Twilio eine Nummer in einer Vorwahl suchen und für den Nummernpool kaufen</translation>
    </message>
</context>
<context>
    <name>OrganizationWizard</name>
    <message>
        <source>Set up an organization</source>
        <translation>Eine Organisation einrichten</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Acme Dental</source>
        <translation>Zahnarztpraxis Muster</translation>
    </message>
    <message>
        <source>S&amp;lug:</source>
        <translation>&amp;Kürzel:</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>acme-dental</source>
        <translation>zahnarzt-muster</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>K&amp;ontakt:</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name, e-mail or phone of the customer's contact</source>
        <translation>Name, E-Mail oder Telefon der Kontaktperson beim Kunden</translation>
    </message>
    <message>
        <source>Problems on this page</source>
        <translation>Probleme auf dieser Seite</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>Vapi-Konto</translation>
    </message>
    <message>
        <source>Which Vapi account holds this organization's assistants and free numbers.</source>
        <translation>Welches Vapi-Konto die Assistenten und kostenlosen Nummern dieser Organisation enthält.</translation>
    </message>
    <message>
        <source>The &amp;workspace's Vapi account (most customers)</source>
        <translation>Das Vapi-Konto des &amp;Arbeitsbereichs (die meisten Kunden)</translation>
    </message>
    <message>
        <source>The customer's &amp;own Vapi account (white label)</source>
        <translation>Das &amp;eigene Vapi-Konto des Kunden (White Label)</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Vapi region</source>
        <translation>Vapi-Region</translation>
    </message>
    <message>
        <source>&amp;Private API key:</source>
        <translation>&amp;Privater API-Schlüssel:</translation>
    </message>
    <message>
        <source>Vapi private API key</source>
        <translation>Privater Vapi-API-Schlüssel</translation>
    </message>
    <message>
        <source>From the Vapi dashboard, under API Keys</source>
        <translation>Aus dem Vapi-Dashboard, unter „API Keys“</translation>
    </message>
    <message>
        <source>Test the connection to Vapi</source>
        <translation>Die Verbindung zu Vapi testen</translation>
    </message>
    <message>
        <source>Vapi connection test result</source>
        <translation>Ergebnis des Vapi-Verbindungstests</translation>
    </message>
    <message>
        <source>Twilio account</source>
        <translation>Twilio-Konto</translation>
    </message>
    <message>
        <source>Optional: the customer's own Twilio account. After the free Vapi numbers, the chain imports its numbers into Vapi.</source>
        <translation>Optional: das eigene Twilio-Konto des Kunden. Nach den kostenlosen Vapi-Nummern importiert die Kette dessen Nummern in Vapi.</translation>
    </message>
    <message>
        <source>The organization has its own &amp;Twilio account</source>
        <translation>Die Organisation hat ein eigenes &amp;Twilio-Konto</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Konto-&amp;SID:</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>Twilio-Konto-SID</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>API key and secr&amp;et</source>
        <translation>API-Schlüssel und Gehei&amp;mnis</translation>
    </message>
    <message>
        <source>Auth t&amp;oken:</source>
        <translation>Auth-T&amp;oken:</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Twilio-Auth-Token</translation>
    </message>
    <message>
        <source>API &amp;key SID:</source>
        <translation>API-Schlüssel-SI&amp;D:</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>API key se&amp;cret:</source>
        <translation>Geheimnis des API-Sc&amp;hlüssels:</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Geheimnis des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>Test the connection to Twilio</source>
        <translation>Die Verbindung zu Twilio testen</translation>
    </message>
    <message>
        <source>Twilio connection test result</source>
        <translation>Ergebnis des Twilio-Verbindungstests</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Nummern</translation>
    </message>
    <message>
        <source>Numbers the customer already owns in Twilio, and how new numbers are chosen.</source>
        <translation>Nummern, die der Kunde bereits bei Twilio besitzt, und wie neue Nummern gewählt werden.</translation>
    </message>
    <message>
        <source>Number &amp;pool (one a line, or separated by commas):</source>
        <translation>Nummern&amp;pool (eine pro Zeile oder durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Number pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <source>+1 415 555 2671
(415) 555-2672</source>
        <translation>+1 415 555 2671
(415) 555-2672</translation>
    </message>
    <message>
        <source>Each pool number, checked</source>
        <translation>Jede Poolnummer, geprüft</translation>
    </message>
    <message>
        <source>Pool check summary</source>
        <translation>Ergebnis der Poolprüfung</translation>
    </message>
    <message>
        <source>Preferred &amp;area code:</source>
        <translation>Bevorzugte &amp;Vorwahl:</translation>
    </message>
    <message>
        <source>Preferred area code</source>
        <translation>Bevorzugte Vorwahl</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Prefer SIP &amp;URIs for free numbers</source>
        <translation>SIP-&amp;URIs für kostenlose Nummern bevorzugen</translation>
    </message>
    <message>
        <source>&amp;Monthly limit:</source>
        <translation>&amp;Monatliches Limit:</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Monatliches Kauflimit</translation>
    </message>
    <message>
        <source>Vapi account shared with other organizations</source>
        <translation>Mit anderen Organisationen geteiltes Vapi-Konto</translation>
    </message>
    <message>
        <source>&amp;Yes, these organizations share one Vapi account</source>
        <translation>&amp;Ja, diese Organisationen teilen sich ein Vapi-Konto</translation>
    </message>
    <message>
        <source>Confirm that these organizations share one Vapi account</source>
        <translation>Bestätigen, dass diese Organisationen sich ein Vapi-Konto teilen</translation>
    </message>
    <message>
        <source>Check with &amp;Twilio</source>
        <translation>Bei &amp;Twilio prüfen</translation>
    </message>
    <message>
        <source>Ask Twilio whether the account holds each number, whether it takes voice calls, and whether an application or trunk keeps its calls from Vapi</source>
        <translation>Twilio fragen, ob das Konto jede Nummer besitzt, ob sie Sprachanrufe annehmen kann und ob eine Anwendung oder ein Trunk ihre Anrufe von Vapi fernhält</translation>
    </message>
    <message>
        <source>What Twilio said about the pool</source>
        <translation>Was Twilio zum Pool gesagt hat</translation>
    </message>
    <message>
        <source>&amp;Clear the TwiML application or SIP trunk of these numbers in Twilio, so that their calls reach the assistant</source>
        <translation>TwiML-Anwendung oder SIP-Trunk dieser Nummern in Twilio &amp;entfernen, damit ihre Anrufe den Assistenten erreichen</translation>
    </message>
    <message>
        <source>Take free numbers from &amp;other US area codes when this one has none</source>
        <translation>Kostenlose Nummern aus &amp;anderen US-Vorwahlen nehmen, wenn diese keine hat</translation>
    </message>
    <message>
        <source>Vapi suggests area codes that still have free numbers. Without this, the chain moves on to Twilio numbers, which cost money.</source>
        <translation>Vapi schlägt Vorwahlen vor, die noch kostenlose Nummern haben. Ohne diese Option geht die Kette zu Twilio-Nummern über, die Geld kosten.</translation>
    </message>
    <message>
        <source>How new assistants get a number</source>
        <translation>Wie neue Assistenten eine Nummer bekommen</translation>
    </message>
    <message>
        <source>Whether an assistant created here, in the command line or in Vapi gets a number through the chain without anyone asking. Purchases keep their own permission and limit.</source>
        <translation>Ob ein hier, in der Kommandozeile oder in Vapi angelegter Assistent über die Kette eine Nummer bekommt, ohne dass jemand darum bittet. Käufe behalten ihre eigene Erlaubnis und Grenze.</translation>
    </message>
    <message>
        <source>Aut&amp;h token</source>
        <translation>Aut&amp;h-Token</translation>
    </message>
    <message>
        <source>Test connect&amp;ion</source>
        <translation>Verb&amp;indung testen</translation>
    </message>
    <message>
        <source>Allo&amp;w buying numbers in its Twilio account when the pool is used up</source>
        <translation>Kauf von Nummern im eigenen Twilio-Konto erlauben, &amp;wenn der Pool aufgebraucht ist</translation>
    </message>
    <message>
        <source>New a&amp;ssistants:</source>
        <translation>Neue A&amp;ssistenten:</translation>
    </message>
    <message>
        <source>Free-number &amp;cap:</source>
        <translation>&amp;Obergrenze freier Nummern:</translation>
    </message>
    <message>
        <source>Free-number cap of the customer's Vapi account</source>
        <translation>Obergrenze freier Nummern des Vapi-Kontos des Kunden</translation>
    </message>
    <message>
        <source>How many free numbers Vapi gives this account. Change it only when Vapi granted the account another cap; Switchboard lowers it by itself when Vapi refuses a free number under it.</source>
        <translation>Wie viele kostenlose Nummern Vapi diesem Konto gibt. Ändern Sie sie nur, wenn Vapi dem Konto eine andere Obergrenze gewährt hat; Switchboard senkt sie selbst, wenn Vapi darunter eine kostenlose Nummer verweigert.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Who the customer is. The slug names the organization in the command line and in the keychain, and cannot change once the organization exists.</source>
        <translation>Wer der Kunde ist. Das Kürzel benennt die Organisation in der Befehlszeile und im Schlüsselbund und kann sich nicht mehr ändern, sobald die Organisation besteht.</translation>
    </message>
</context>
<context>
    <name>ProvisioningDialog</name>
    <message>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <source>Provisioning status</source>
        <translation>Bereitstellungsstatus</translation>
    </message>
    <message>
        <source>Provisioning in progress</source>
        <translation>Bereitstellung läuft</translation>
    </message>
    <message>
        <source>What the chain tried and why</source>
        <translation>Was die Kette versucht hat und warum</translation>
    </message>
</context>
<context>
    <name>ScalingView</name>
    <message>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>What the stage means</source>
        <translation>Was die Stufe bedeutet</translation>
    </message>
    <message>
        <source>Cost now:</source>
        <translation>Kosten jetzt:</translation>
    </message>
    <message>
        <source>Monthly cost now</source>
        <translation>Monatliche Kosten jetzt</translation>
    </message>
    <message>
        <source>As it grows:</source>
        <translation>Bei Wachstum:</translation>
    </message>
    <message>
        <source>Monthly cost with more assistants</source>
        <translation>Monatliche Kosten mit mehr Assistenten</translation>
    </message>
    <message>
        <source>Setup time:</source>
        <translation>Einrichtungszeit:</translation>
    </message>
    <message>
        <source>Setup time</source>
        <translation>Einrichtungszeit</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Monthly cost as assistants grow</source>
        <translation>Monatliche Kosten bei wachsender Zahl von Assistenten</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation>Einstellungsseiten</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>All&amp;gemein</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Refresh from Vapi and Twilio:</source>
        <translation>Akt&amp;ualisierung aus Vapi und Twilio:</translation>
    </message>
    <message>
        <source>Automatic refresh</source>
        <translation>Automatische Aktualisierung</translation>
    </message>
    <message>
        <source>How often the console fetches assistants and numbers again by itself; F5 always does it at once</source>
        <translation>Wie oft die Konsole Assistenten und Nummern von selbst erneut abruft; mit F5 geschieht es jederzeit sofort</translation>
    </message>
    <message>
        <source>The language changes the next time Switchboard starts. “System default” follows the language of your computer.</source>
        <translation>Die Sprache ändert sich beim nächsten Start von Switchboard. „Systemstandard“ folgt der Sprache Ihres Computers.</translation>
    </message>
    <message>
        <source>&amp;Workspace</source>
        <translation>&amp;Arbeitsbereich</translation>
    </message>
    <message>
        <source>Workspace settings</source>
        <translation>Einstellungen des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>These settings belong to the workspace: everyone who opens it shares them.</source>
        <translation>Diese Einstellungen gehören zum Arbeitsbereich: Alle, die ihn öffnen, nutzen sie gemeinsam.</translation>
    </message>
    <message>
        <source>Numbers and costs</source>
        <translation>Nummern und Kosten</translation>
    </message>
    <message>
        <source>Default &amp;area code:</source>
        <translation>Standard&amp;vorwahl:</translation>
    </message>
    <message>
        <source>Default area code</source>
        <translation>Standardvorwahl</translation>
    </message>
    <message>
        <source>The US area code free Vapi numbers are asked in when an organization has no preference of its own</source>
        <translation>Die US-Vorwahl, in der kostenlose Vapi-Nummern angefordert werden, wenn eine Organisation keine eigene Vorgabe hat</translation>
    </message>
    <message>
        <source>Three digits, such as 415</source>
        <translation>Drei Ziffern, etwa 415</translation>
    </message>
    <message>
        <source>Twilio &amp;price per number:</source>
        <translation>Twilio-Pr&amp;eis pro Nummer:</translation>
    </message>
    <message>
        <source>Twilio monthly price per number</source>
        <translation>Monatlicher Twilio-Preis pro Nummer</translation>
    </message>
    <message>
        <source>What one Twilio number costs a month, in US dollars; the Scaling tab multiplies it</source>
        <translation>Was eine Twilio-Nummer pro Monat kostet, in US-Dollar; der Reiter „Skalierung“ rechnet damit hoch</translation>
    </message>
    <message>
        <source>$</source>
        <translation>$</translation>
    </message>
    <message>
        <source>B&amp;uy numbers in the workspace's Twilio account when its pool is used up</source>
        <translation>Nummern im Twilio-Konto des Arbeitsbereichs kau&amp;fen, wenn sein Pool aufgebraucht ist</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Hö&amp;chstens:</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Monatliches Kauflimit</translation>
    </message>
    <message>
        <source>The workspace's Vapi account</source>
        <translation>Das Vapi-Konto des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>Vapi region</source>
        <translation>Vapi-Region</translation>
    </message>
    <message>
        <source>Private &amp;key:</source>
        <translation>Privater Sch&amp;lüssel:</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Privater Vapi-Schlüssel</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the connection to Vapi</source>
        <translation>Die Verbindung zu Vapi testen</translation>
    </message>
    <message>
        <source>Vapi connection test result</source>
        <translation>Ergebnis des Vapi-Verbindungstests</translation>
    </message>
    <message>
        <source>The workspace's Twilio account</source>
        <translation>Das Twilio-Konto des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Account &amp;SID:</source>
        <translation>Konto-&amp;SID:</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>Twilio-Konto-SID</translation>
    </message>
    <message>
        <source>AC followed by 32 hexadecimal digits</source>
        <translation>AC gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>API key and secr&amp;et</source>
        <translation>API-Schlüssel und Gehei&amp;mnis</translation>
    </message>
    <message>
        <source>Auth t&amp;oken:</source>
        <translation>Auth-T&amp;oken:</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Twilio-Auth-Token</translation>
    </message>
    <message>
        <source>API key S&amp;ID:</source>
        <translation>API-Schlüssel-S&amp;ID:</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>SK followed by 32 hexadecimal digits</source>
        <translation>SK gefolgt von 32 Hexadezimalziffern</translation>
    </message>
    <message>
        <source>API key se&amp;cret:</source>
        <translation>Geheimnis des API-Sc&amp;hlüssels:</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Geheimnis des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Verbi&amp;ndung testen</translation>
    </message>
    <message>
        <source>Test the connection to Twilio</source>
        <translation>Die Verbindung zu Twilio testen</translation>
    </message>
    <message>
        <source>Twilio connection test result</source>
        <translation>Ergebnis des Twilio-Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Datenbank</translation>
    </message>
    <message>
        <source>Where the workspace is kept: organizations, accounts, numbers and the history of every step.</source>
        <translation>Wo der Arbeitsbereich gespeichert ist: Organisationen, Konten, Nummern und der Verlauf jedes Schritts.</translation>
    </message>
    <message>
        <source>This &amp;computer (SQLite file)</source>
        <translation>Dieser &amp;Computer (SQLite-Datei)</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>&amp;Team server (PostgreSQL URL)</source>
        <translation>Team-&amp;Server (PostgreSQL-URL)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL-URL</translation>
    </message>
    <message>
        <source>The change takes effect the next time Switchboard starts. A team server's password is kept in the keychain, never in the URL.</source>
        <translation>Die Änderung wird beim nächsten Start von Switchboard wirksam. Das Passwort eines Team-Servers wird im Schlüsselbund aufbewahrt, nie in der URL.</translation>
    </message>
    <message>
        <source>Problems with the settings</source>
        <translation>Probleme mit den Einstellungen</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>When an assistant waits in the manual queue, and when a Vapi account's free numbers reach 80 % or 100 %</source>
        <translation>Wenn ein Assistent in der manuellen Warteschlange wartet und wenn die kostenlosen Nummern eines Vapi-Kontos 80 % oder 100 % erreichen</translation>
    </message>
    <message>
        <source>An assistant created in the console, the command line or Vapi gets a number through the chain without anyone asking; one that cannot get one waits in the manual queue. Each organization may choose otherwise in its settings.</source>
        <translation>Ein in der Konsole, der Kommandozeile oder Vapi angelegter Assistent bekommt über die Kette eine Nummer, ohne dass jemand darum bittet; einer, der keine bekommen kann, wartet in der manuellen Warteschlange. Jede Organisation kann in ihren Einstellungen anders entscheiden.</translation>
    </message>
    <message>
        <source>Gi&amp;ve new assistants a number automatically</source>
        <translation>Neuen Assistenten automatisch eine Nummer &amp;vergeben</translation>
    </message>
    <message>
        <source>Aut&amp;h token</source>
        <translation>Aut&amp;h-Token</translation>
    </message>
    <message>
        <source>Free-number cap of the workspace's Vapi account</source>
        <translation>Obergrenze freier Nummern des Vapi-Kontos des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>How many free numbers Vapi gives this account. Change it only when Vapi granted the account another cap; Switchboard lowers it by itself when Vapi refuses a free number under it.</source>
        <translation>Wie viele kostenlose Nummern Vapi diesem Konto gibt. Ändern Sie sie nur, wenn Vapi dem Konto eine andere Obergrenze gewährt hat; Switchboard senkt sie selbst, wenn Vapi darunter eine kostenlose Nummer verweigert.</translation>
    </message>
    <message>
        <source>&amp;Free-number cap:</source>
        <translation>&amp;Obergrenze freier Nummern:</translation>
    </message>
</context>
<context>
    <name>Switchboard::AboutDialog</name>
    <message>
        <source>About Switchboard</source>
        <translation>Über Switchboard</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Switchboard %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Phone numbers for Vapi voice assistants across many customer organizations.</source>
        <translation>Telefonnummern für Vapi-Sprachassistenten vieler Kundenorganisationen.</translation>
    </message>
    <message>
        <source>Copyright 2026 The Switchboard developers.&lt;br&gt;Released under the &lt;a href="%1"&gt;Apache License 2.0&lt;/a&gt;.</source>
        <translation>Copyright 2026 The Switchboard developers.&lt;br&gt;Veröffentlicht unter der &lt;a href="%1"&gt;Apache License 2.0&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2. Switchboard uses Qt, QtKeychain, libphonenumber and other libraries under their own licences.</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2. Switchboard verwendet Qt, QtKeychain, libphonenumber und weitere Bibliotheken unter deren eigenen Lizenzen.</translation>
    </message>
    <message>
        <source>&amp;Third-party licences</source>
        <translation>Lizenzen von &amp;Drittanbietern</translation>
    </message>
</context>
<context>
    <name>Switchboard::AccountStore</name>
    <message>
        <source>free-number cap: must be zero or more</source>
        <translation>Obergrenze kostenloser Nummern: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>Twilio-Konto-SID</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>That Vapi account is no longer in the workspace.</source>
        <translation>Dieses Vapi-Konto ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>That owner has an account of this kind already: edit it instead (%1).</source>
        <translation>Dieser Eigentümer hat bereits ein Konto dieser Art: Bearbeiten Sie stattdessen dieses (%1).</translation>
    </message>
    <message>
        <source>That Twilio account is no longer in the workspace.</source>
        <translation>Dieses Twilio-Konto ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) changed: %3</source>
        <translation>Vapi-Konto „%1“ (%2) geändert: %3</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) added</source>
        <translation>Vapi-Konto „%1“ (%2) hinzugefügt</translation>
    </message>
    <message>
        <source>Vapi account "%1" (%2) removed</source>
        <translation>Vapi-Konto „%1“ (%2) entfernt</translation>
    </message>
    <message>
        <source>Vapi refused a free number: the cap of "%1" is %2 (was %3)</source>
        <translation>Vapi hat eine kostenlose Nummer verweigert: die Obergrenze von „%1“ ist %2 (war %3)</translation>
    </message>
    <message>
        <source>Free-number cap of "%1" set by hand to %2 (was %3)</source>
        <translation>Obergrenze kostenloser Nummern von „%1“ von Hand auf %2 gesetzt (war %3)</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) changed: %3</source>
        <translation>Twilio-Konto %1 (%2) geändert: %3</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) added</source>
        <translation>Twilio-Konto %1 (%2) hinzugefügt</translation>
    </message>
    <message>
        <source>Twilio account %1 (%2) removed</source>
        <translation>Twilio-Konto %1 (%2) entfernt</translation>
    </message>
    <message>
        <source>the organization's</source>
        <translation>der Organisation</translation>
    </message>
    <message>
        <source>the workspace's</source>
        <translation>des Arbeitsbereichs</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiEndpoint</name>
    <message>
        <source>The API address is empty; enter an https:// address.</source>
        <translation>Die API-Adresse ist leer; geben Sie eine https://-Adresse ein.</translation>
    </message>
    <message>
        <source>"%1" is not a valid API address; enter an https:// address such as https://api.vapi.ai.</source>
        <translation>„%1“ ist keine gültige API-Adresse; geben Sie eine https://-Adresse ein, etwa https://api.vapi.ai.</translation>
    </message>
    <message>
        <source>The API address must not contain a user name or password; credentials are entered separately.</source>
        <translation>Die API-Adresse darf keinen Benutzernamen und kein Passwort enthalten; Zugangsdaten werden getrennt eingegeben.</translation>
    </message>
    <message>
        <source>Plain http to %1 is refused; use an https:// address (plain http is only allowed for a local sandbox on 127.0.0.1).</source>
        <translation>Unverschlüsseltes http zu %1 wird abgelehnt; verwenden Sie eine https://-Adresse (http ist nur für eine lokale Sandbox auf 127.0.0.1 erlaubt).</translation>
    </message>
    <message>
        <source>The API address must start with https://, not %1:.</source>
        <translation>Die API-Adresse muss mit https:// beginnen, nicht mit %1:.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ApiError</name>
    <message>
        <source>Could not reach %1; check the internet connection, the proxy and the firewall, then try again.</source>
        <translation>%1 ist nicht erreichbar; prüfen Sie Internetverbindung, Proxy und Firewall und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>That number is no longer available from Twilio; search again and pick another one.</source>
        <translation>Diese Nummer ist bei Twilio nicht mehr verfügbar; suchen Sie erneut und wählen Sie eine andere.</translation>
    </message>
    <message>
        <source>Twilio has no numbers left in that area code; try a nearby area code.</source>
        <translation>Twilio hat in dieser Vorwahl keine Nummern mehr; versuchen Sie eine benachbarte Vorwahl.</translation>
    </message>
    <message>
        <source>Vapi refused the API key; paste the private key (not the public one) of this account, and check that its region (US or EU) matches.</source>
        <translation>Vapi hat den API-Schlüssel abgelehnt; fügen Sie den privaten (nicht den öffentlichen) Schlüssel dieses Kontos ein und prüfen Sie, ob die Region (US oder EU) passt.</translation>
    </message>
    <message>
        <source>Twilio refused the credentials; check the Account SID with its auth token, or the API key SID with its secret, and that the account is active.</source>
        <translation>Twilio hat die Zugangsdaten abgelehnt; prüfen Sie die Account SID mit ihrem Auth-Token oder die API-Schlüssel-SID mit ihrem Geheimnis, und ob das Konto aktiv ist.</translation>
    </message>
    <message>
        <source>%1 no longer has this item (it was deleted or belongs to another account); refresh the list and try again.</source>
        <translation>%1 hat diesen Eintrag nicht mehr (er wurde gelöscht oder gehört zu einem anderen Konto); aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 rejected the request; correct what its message names and try again.</source>
        <translation>%1 hat die Anfrage abgelehnt; korrigieren Sie, was die Meldung nennt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This Vapi account has no free numbers left; release an unused free number or import a Twilio number instead.</source>
        <translation>Dieses Vapi-Konto hat keine kostenlosen Nummern mehr; geben Sie eine ungenutzte kostenlose Nummer frei oder importieren Sie stattdessen eine Twilio-Nummer.</translation>
    </message>
    <message>
        <source>%1 is limiting requests; wait a minute and try again, or lower the number of requests in flight in the settings.</source>
        <translation>%1 drosselt die Anfragen; warten Sie eine Minute und versuchen Sie es erneut, oder verringern Sie in den Einstellungen die Zahl gleichzeitiger Anfragen.</translation>
    </message>
    <message>
        <source>%1 had an internal error; try again in a few minutes and check its status page if it persists.</source>
        <translation>%1 hatte einen internen Fehler; versuchen Sie es in einigen Minuten erneut und prüfen Sie die Statusseite, falls er bestehen bleibt.</translation>
    </message>
    <message>
        <source>%1 did not answer in time; try again, and check the connection if it keeps happening.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet; versuchen Sie es erneut und prüfen Sie die Verbindung, falls das öfter passiert.</translation>
    </message>
    <message>
        <source>%1 sent an answer Switchboard cannot read; try again, and report it if it keeps happening.</source>
        <translation>%1 hat eine Antwort gesendet, die Switchboard nicht lesen kann; versuchen Sie es erneut und melden Sie es, falls das öfter passiert.</translation>
    </message>
    <message>
        <source>The server's certificate could not be verified; check the computer's clock and any proxy or antivirus that intercepts HTTPS.</source>
        <translation>Das Zertifikat des Servers konnte nicht geprüft werden; prüfen Sie die Uhr des Computers sowie Proxys oder Virenscanner, die HTTPS abfangen.</translation>
    </message>
    <message>
        <source>%1 sent a redirect to another address, which Switchboard does not follow; check the API address in the account settings.</source>
        <translation>%1 hat auf eine andere Adresse umgeleitet, der Switchboard nicht folgt; prüfen Sie die API-Adresse in den Kontoeinstellungen.</translation>
    </message>
    <message>
        <source>The request was blocked before it reached %1 (by the firewall in front of it, not because of the key); check the network, VPN or proxy this computer uses, and try again later. If it keeps happening, report the error code.</source>
        <translation>Die Anfrage wurde blockiert, bevor sie %1 erreichte (von der vorgeschalteten Firewall, nicht wegen des Schlüssels); prüfen Sie das Netzwerk, VPN oder den Proxy dieses Computers und versuchen Sie es später erneut. Wenn es weiter vorkommt, melden Sie den Fehlercode.</translation>
    </message>
    <message>
        <source>Vapi wants a payment method on this account before it gives another free number; the customer adds one in the Vapi dashboard's billing page.</source>
        <translation>Vapi verlangt für dieses Konto eine Zahlungsmethode, bevor es eine weitere kostenlose Nummer vergibt; der Kunde hinterlegt sie auf der Abrechnungsseite des Vapi-Dashboards.</translation>
    </message>
    <message>
        <source>Vapi has no free number in that area code right now; try one of the area codes it suggests, or leave the area code empty.</source>
        <translation>Vapi hat in dieser Vorwahl gerade keine kostenlose Nummer; versuchen Sie eine der vorgeschlagenen Vorwahlen oder lassen Sie die Vorwahl leer.</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantDialog</name>
    <message>
        <source>Create an assistant</source>
        <translation>Einen Assistenten erstellen</translation>
    </message>
    <message>
        <source>A new assistant in the Vapi account of %1, linked to it.</source>
        <translation>Ein neuer Assistent im Vapi-Konto von %1, mit ihr verknüpft.</translation>
    </message>
    <message>
        <source>Front Desk</source>
        <translation>Empfang</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Link an assistant</source>
        <translation>Einen Assistenten verknüpfen</translation>
    </message>
    <message>
        <source>Pick an assistant of the Vapi account of %1 that no organization has yet, or type its Vapi id.</source>
        <translation>Wählen Sie einen Assistenten des Vapi-Kontos von %1, den noch keine Organisation hat, oder geben Sie seine Vapi-ID ein.</translation>
    </message>
    <message>
        <source>Assistants without an organization</source>
        <translation>Assistenten ohne Organisation</translation>
    </message>
    <message>
        <source>Vapi id %1</source>
        <translation>Vapi-ID %1</translation>
    </message>
    <message>
        <source>a Vapi assistant id (a UUID)</source>
        <translation>eine Vapi-Assistenten-ID (eine UUID)</translation>
    </message>
    <message>
        <source>Or the Vapi &amp;id:</source>
        <translation>Oder die Vapi-&amp;ID:</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Was falsch ist</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfen</translation>
    </message>
    <message>
        <source>Vapi id</source>
        <translation>Vapi-ID</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Wird erstellt…</translation>
    </message>
    <message>
        <source>Linking…</source>
        <translation>Wird verknüpft…</translation>
    </message>
    <message>
        <source>Creating %1 in Vapi…</source>
        <translation>%1 wird in Vapi erstellt…</translation>
    </message>
    <message>
        <source>Linking it in Vapi…</source>
        <translation>Wird in Vapi verknüpft…</translation>
    </message>
    <message>
        <source>The last listing of the Vapi account of %1 has no assistant without an organization. For one made since, refresh (F5) first, or type its Vapi id.</source>
        <translation>Die letzte Auflistung des Vapi-Kontos von %1 enthält keinen Assistenten ohne Organisation. Für einen seither erstellten aktualisieren Sie zuerst (F5) oder geben seine Vapi-ID ein.</translation>
    </message>
    <message>
        <source>Vapi &amp;id:</source>
        <translation>Vapi-&amp;ID:</translation>
    </message>
    <message>
        <source>A new assistant in the workspace's Vapi account, linked to %1.</source>
        <translation>Ein neuer Assistent im Vapi-Konto des Arbeitsbereichs, verknüpft mit %1.</translation>
    </message>
    <message>
        <source>The last listing of the workspace's Vapi account has no assistant without an organization to link to %1. For one made since, refresh (F5) first, or type its Vapi id.</source>
        <translation>Die letzte Auflistung des Vapi-Kontos des Arbeitsbereichs enthält keinen Assistenten ohne Organisation, der mit %1 verknüpft werden könnte. Für einen inzwischen erstellten zuerst aktualisieren (F5) oder seine Vapi-ID eingeben.</translation>
    </message>
    <message>
        <source>Pick an assistant of the workspace's Vapi account that no organization has yet, or type its Vapi id, to link it to %1.</source>
        <translation>Wählen Sie einen Assistenten des Vapi-Kontos des Arbeitsbereichs, den noch keine Organisation hat, oder geben Sie seine Vapi-ID ein, um ihn mit %1 zu verknüpfen.</translation>
    </message>
    <message numerus="yes">
        <source>Up to %n character(s): Vapi's limit for a name.</source>
        <translation>
            <numerusform>Bis zu %n Zeichen: Vapis Grenze für einen Namen.</numerusform>
            <numerusform>Bis zu %n Zeichen: Vapis Grenze für einen Namen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantLinking</name>
    <message>
        <source>No Vapi account serves %1; set up the workspace's first.</source>
        <translation>Kein Vapi-Konto bedient %1; richten Sie zuerst das des Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>%1 belongs to %2 already: an assistant is linked to one organization only. If it really changes customer, remove "%3" from its metadata in the Vapi dashboard first.</source>
        <translation>%1 gehört bereits zu %2: Ein Assistent ist nur mit einer Organisation verknüpft. Wenn er wirklich den Kunden wechselt, entfernen Sie zuerst „%3“ aus seinen Metadaten im Vapi-Dashboard.</translation>
    </message>
    <message>
        <source>The Vapi account that serves %1 has no assistant %2: it may belong to another Vapi account (another customer's own), or have been deleted.</source>
        <translation>Das Vapi-Konto, das %1 bedient, hat keinen Assistenten %2: Er gehört vielleicht zu einem anderen Vapi-Konto (dem eigenen eines anderen Kunden) oder wurde gelöscht.</translation>
    </message>
    <message>
        <source>%1 created in Vapi for %2</source>
        <translation>%1 in Vapi für %2 erstellt</translation>
    </message>
    <message>
        <source>%1 linked to %2</source>
        <translation>%1 mit %2 verknüpft</translation>
    </message>
    <message>
        <source>%1 was not created for %2: %3</source>
        <translation>%1 wurde nicht für %2 erstellt: %3</translation>
    </message>
    <message>
        <source>%1 was not linked to %2: %3</source>
        <translation>%1 wurde nicht mit %2 verknüpft: %3</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantsModel</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Not in an organization</source>
        <translation>In keiner Organisation</translation>
    </message>
    <message>
        <source>Provisioning…</source>
        <translation>Wird bereitgestellt…</translation>
    </message>
    <message>
        <source>Waiting in the manual queue</source>
        <translation>Wartet in der manuellen Warteschlange</translation>
    </message>
    <message>
        <source>Reachable</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Needs a number</source>
        <translation>Braucht eine Nummer</translation>
    </message>
    <message>
        <source>Assistant %1</source>
        <translation>Assistent %1</translation>
    </message>
    <message>
        <source>No number routes to this assistant: nobody can call it. Provision one.</source>
        <translation>Keine Nummer führt zu diesem Assistenten: Niemand kann ihn anrufen. Stellen Sie eine bereit.</translation>
    </message>
    <message>
        <source>No number</source>
        <translation>Keine Nummer</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Activating: calls work in a few minutes</source>
        <translation>Wird aktiviert: Anrufe funktionieren in wenigen Minuten</translation>
    </message>
    <message>
        <source>Number blocked by Vapi</source>
        <translation>Nummer von Vapi gesperrt</translation>
    </message>
</context>
<context>
    <name>Switchboard::AssistantsView</name>
    <message>
        <source>Provisioning the assistants without a number (%1)…</source>
        <translation>Nummern für die Assistenten ohne Nummer werden bereitgestellt (%1)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Provision all unassigned</source>
        <translation>Alle ohne Nummer bereitstellen</translation>
    </message>
    <message>
        <source>Cancelling: the assistant being provisioned finishes first…</source>
        <translation>Wird abgebrochen: Der gerade bearbeitete Assistent wird noch fertiggestellt…</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: provisioning waits for the connection.</source>
        <translation>Vapi ist nicht erreichbar: Die Bereitstellung wartet auf die Verbindung.</translation>
    </message>
    <message>
        <source>Run the provisioning chain for the selected assistant: free Vapi number, then Twilio, then the manual queue</source>
        <translation>Die Bereitstellungskette für den ausgewählten Assistenten ausführen: kostenlose Vapi-Nummer, dann Twilio, dann die manuelle Warteschlange</translation>
    </message>
    <message>
        <source>No assistants yet: create one, or link one from Vapi.</source>
        <translation>Noch keine Assistenten: Erstellen Sie einen oder verknüpfen Sie einen aus Vapi.</translation>
    </message>
    <message>
        <source>Assistants: %1, every one with a number.</source>
        <translation>Assistenten: %1, alle mit Nummer.</translation>
    </message>
    <message>
        <source>Assistants: %1, without a number: %2.</source>
        <translation>Assistenten: %1, ohne Nummer: %2.</translation>
    </message>
    <message>
        <source>%1 of %2 assistants done…</source>
        <translation>%1 von %2 Assistenten erledigt…</translation>
    </message>
    <message>
        <source>Last: %1</source>
        <translation>Zuletzt: %1</translation>
    </message>
    <message>
        <source>Copy &amp;assistant id</source>
        <translation>&amp;Assistenten-ID kopieren</translation>
    </message>
    <message>
        <source>Copy na&amp;me</source>
        <translation>Na&amp;men kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>&amp;Nummer kopieren</translation>
    </message>
    <message>
        <source>Open the Vapi &amp;dashboard</source>
        <translation>Vapi-&amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>Open the manual queue</source>
        <translation>Manuelle Warteschlange öffnen</translation>
    </message>
</context>
<context>
    <name>Switchboard::AutoProvisioner</name>
    <message>
        <source>The organizations could not be read: %1</source>
        <translation>Die Organisationen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The assistants of %1 could not be read: %2</source>
        <translation>Die Assistenten von %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The history of %1 could not be read: %2</source>
        <translation>Der Verlauf von %1 konnte nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::AutomaticProvisioning</name>
    <message>
        <source>An assistant waits in the manual queue</source>
        <translation>Ein Assistent wartet in der manuellen Warteschlange</translation>
    </message>
    <message>
        <source>%1 could not get a number: %2</source>
        <translation>%1 konnte keine Nummer bekommen: %2</translation>
    </message>
    <message>
        <source>Free numbers used up: %1</source>
        <translation>Kostenlose Nummern aufgebraucht: %1</translation>
    </message>
    <message>
        <source>Free numbers at %1 %: %2</source>
        <translation>Kostenlose Nummern bei %1 %: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::BuyNumberDialog</name>
    <message>
        <source>Buy a Twilio number</source>
        <translation>Twilio-Nummer kaufen</translation>
    </message>
    <message>
        <source>A number for the workspace's pool, bought on %1.</source>
        <translation>Eine Nummer für den Nummernpool des Arbeitsbereichs, gekauft über das %1.</translation>
    </message>
    <message>
        <source>A number for the pool of %1, bought on %2.</source>
        <translation>Eine Nummer für den Nummernpool von %1, gekauft über das %2.</translation>
    </message>
    <message numerus="yes">
        <source>This month: %1 of %n purchase(s) made.</source>
        <translation>
            <numerusform>Diesen Monat: %1 von %n Kauf getätigt.</numerusform>
            <numerusform>Diesen Monat: %1 von %n Käufen getätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Area code:</source>
        <translation>&amp;Vorwahl:</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Numbers &amp;offered:</source>
        <translation>Angebotene &amp;Nummern:</translation>
    </message>
    <message>
        <source>Numbers Twilio offers</source>
        <translation>Nummern, die Twilio anbietet</translation>
    </message>
    <message>
        <source>&amp;Buy</source>
        <translation>&amp;Kaufen</translation>
    </message>
    <message>
        <source>Type a three-digit US or Canadian area code, such as 415.</source>
        <translation>Geben Sie eine dreistellige Vorwahl aus den USA oder Kanada ein, etwa 415.</translation>
    </message>
    <message>
        <source>Asking Twilio for numbers in %1…</source>
        <translation>Twilio wird nach Nummern in %1 gefragt…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Twilio offers no voice number in %1 now: try a neighbouring area code.</source>
        <translation>Twilio bietet in %1 derzeit keine Sprachnummer an: Versuchen Sie eine benachbarte Vorwahl.</translation>
    </message>
    <message>
        <source>Pick a number and choose Buy. It goes to the pool, free for the next assistant.</source>
        <translation>Wählen Sie eine Nummer und dann „Kaufen“. Sie kommt in den Nummernpool, frei für den nächsten Assistenten.</translation>
    </message>
    <message>
        <source>Buying %1 on %2…</source>
        <translation>%1 wird über das %2 gekauft…</translation>
    </message>
    <message>
        <source>%1 has no Twilio account of its own: the number goes to the workspace's pool, bought on %2, and serves %1 and every other organization without one.</source>
        <translation>%1 hat kein eigenes Twilio-Konto: Die Nummer kommt in den Nummernpool des Arbeitsbereichs, gekauft über das %2, und bedient %1 und jede andere Organisation ohne eigenes Konto.</translation>
    </message>
    <message>
        <source>e.g. 415</source>
        <translation>z. B. 415</translation>
    </message>
    <message>
        <source>Twilio bills about %1 a month for a local number; a subaccount's numbers are billed to its main account.</source>
        <translation>Twilio berechnet für eine Ortsnummer etwa %1 im Monat; die Nummern eines Unterkontos werden dem Hauptkonto berechnet.</translation>
    </message>
</context>
<context>
    <name>Switchboard::CancellableWriter</name>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ChainPlanner</name>
    <message>
        <source>the organization's Twilio account</source>
        <translation>das Twilio-Konto der Organisation</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>das Twilio-Konto des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>No Vapi account serves this organization: set up the workspace's Vapi account, or the organization's own.</source>
        <translation>Kein Vapi-Konto bedient diese Organisation: Richten Sie das Vapi-Konto des Arbeitsbereichs oder ein eigenes der Organisation ein.</translation>
    </message>
    <message>
        <source>A free Vapi SIP URI (%1).</source>
        <translation>Eine kostenlose Vapi-SIP-URI (%1).</translation>
    </message>
    <message>
        <source>A free Vapi number (%1).</source>
        <translation>Eine kostenlose Vapi-Nummer (%1).</translation>
    </message>
    <message>
        <source>A free Vapi number in area code %1 (%2).</source>
        <translation>Eine kostenlose Vapi-Nummer mit der Vorwahl %1 (%2).</translation>
    </message>
    <message>
        <source>The organization has no Twilio account of its own.</source>
        <translation>Die Organisation hat kein eigenes Twilio-Konto.</translation>
    </message>
    <message>
        <source>The workspace has no Twilio account.</source>
        <translation>Der Arbeitsbereich hat kein Twilio-Konto.</translation>
    </message>
    <message>
        <source>Import the next pool number of %1 (%2 available).</source>
        <translation>Die nächste Poolnummer von %1 importieren (%2 verfügbar).</translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and buying numbers is not allowed.</source>
        <translation>Der Nummernpool von %1 ist aufgebraucht, und der Kauf von Nummern ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and this month's purchase limit (%2) is reached.</source>
        <translation>Der Nummernpool von %1 ist aufgebraucht, und das Kauflimit dieses Monats (%2) ist erreicht.</translation>
    </message>
    <message>
        <source>Queue a task for a person to assign a number by hand.</source>
        <translation>Eine Aufgabe einreihen, damit eine Person von Hand eine Nummer zuweist.</translation>
    </message>
    <message numerus="yes">
        <source>Buy a number in %1 (%2 of %n purchase(s) used this month) and import it.</source>
        <translation>
            <numerusform>Eine Nummer über %1 kaufen (%2 von %n Kauf in diesem Monat genutzt) und importieren.</numerusform>
            <numerusform>Eine Nummer über %1 kaufen (%2 von %n Käufen in diesem Monat genutzt) und importieren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The number pool of %1 is used up, and it is a Twilio trial account: Twilio refused a purchase on %2 because a trial account may own only one number. Upgrade the Twilio account in the Twilio Console, then mark it upgraded (switchboard-cli org edit or workspace set, --twilio-upgraded) to buy from it again.</source>
        <translation>Der Nummernpool von %1 ist aufgebraucht, und es ist ein Twilio-Testkonto: Twilio hat am %2 einen Kauf abgelehnt, weil ein Testkonto nur eine Nummer besitzen darf. Führen Sie in der Twilio Console ein Upgrade des Kontos durch und markieren Sie es dann als hochgestuft (switchboard-cli org edit oder workspace set, --twilio-upgraded), damit dort wieder gekauft wird.</translation>
    </message>
    <message>
        <source>Check whether Vapi's cap of %1 (%2) still holds: one free number is asked for.</source>
        <translation>Prüfen, ob Vapis Obergrenze von %1 (%2) noch gilt: eine kostenlose Nummer wird angefragt.</translation>
    </message>
    <message>
        <source>The free allowance is used up: %1 (cap: %2).</source>
        <translation>Das kostenlose Kontingent ist aufgebraucht: %1 (Obergrenze: %2).</translation>
    </message>
    <message numerus="yes">
        <source>%n pool number(s) passed over: Twilio said they cannot be used (see the pool; `switchboard-cli pool check` asks again).</source>
        <translation>
            <numerusform>%n Pool-Nummer übergangen: Twilio sagt, sie kann nicht verwendet werden (siehe Pool; `switchboard-cli pool check` fragt erneut).</numerusform>
            <numerusform>%n Pool-Nummern übergangen: Twilio sagt, sie können nicht verwendet werden (siehe Pool; `switchboard-cli pool check` fragt erneut).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::CompleteTaskDialog</name>
    <message>
        <source>Which number or SIP URI does %1 get? Assign it in Vapi as well if it is not there yet; Switchboard records it and closes the task.</source>
        <translation>Welche Nummer oder SIP-URI erhält %1? Weisen Sie sie auch in Vapi zu, falls sie dort noch fehlt; Switchboard vermerkt sie und schließt die Aufgabe.</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Erledigen</translation>
    </message>
    <message>
        <source>SIP URI: %1</source>
        <translation>SIP-URI: %1</translation>
    </message>
    <message>
        <source>Number: %1 (%2)</source>
        <translation>Nummer: %1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Number or SIP URI</source>
        <translation>Nummer oder SIP-URI</translation>
    </message>
    <message>
        <source>is empty: type a number such as +1 415 555 2671, or a SIP URI such as sip:desk@sip.vapi.ai</source>
        <translation>ist leer: Geben Sie eine Nummer wie +1 415 555 2671 oder eine SIP-URI wie sip:empfang@sip.vapi.ai ein</translation>
    </message>
    <message>
        <source>must be on sip.vapi.ai (sip.eu.vapi.ai for an account in the EU), not %1: Vapi answers SIP calls only there</source>
        <translation>muss auf sip.vapi.ai liegen (sip.eu.vapi.ai für ein Konto in der EU), nicht auf %1: Vapi nimmt SIP-Anrufe nur dort an</translation>
    </message>
    <message>
        <source>Completing…</source>
        <translation>Wird abgeschlossen…</translation>
    </message>
    <message>
        <source>Assigning %1 in Vapi…</source>
        <translation>%1 wird in Vapi zugewiesen…</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionStatus</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>%1: online</source>
        <translation>%1: online</translation>
    </message>
    <message>
        <source>%1: offline</source>
        <translation>%1: offline</translation>
    </message>
    <message>
        <source>%1: offline since %2</source>
        <translation>%1: offline seit %2</translation>
    </message>
    <message>
        <source>Switchboard works from the workspace meanwhile; changes that need %1 wait for the connection.</source>
        <translation>Switchboard arbeitet derweil mit dem Arbeitsbereich; Änderungen, die %1 brauchen, warten auf die Verbindung.</translation>
    </message>
    <message>
        <source>%1: no account set up</source>
        <translation>%1: kein Konto eingerichtet</translation>
    </message>
    <message>
        <source>Set up the workspace's %1 account (File → Settings), or an organization's own.</source>
        <translation>Richten Sie das %1-Konto des Arbeitsbereichs ein (Datei → Einstellungen) oder das einer Organisation.</translation>
    </message>
    <message>
        <source>%1: check the key</source>
        <translation>%1: Schlüssel prüfen</translation>
    </message>
    <message>
        <source>%1 (Settings → Workspace, or Edit organization for a customer's own account)</source>
        <translation>%1 (Einstellungen → Arbeitsbereich, oder Organisation bearbeiten für das eigene Konto eines Kunden)</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConnectionTest</name>
    <message>
        <source>Connected. The account holds no phone number and no assistant yet, so which Vapi account it is cannot be told; it is not compared with the other organizations' accounts.</source>
        <translation>Verbunden. Das Konto hat noch keine Telefonnummer und keinen Assistenten, daher lässt sich nicht sagen, welches Vapi-Konto es ist; es wird nicht mit den Konten der anderen Organisationen verglichen.</translation>
    </message>
    <message>
        <source>Connected to Vapi account %1.</source>
        <translation>Mit Vapi-Konto %1 verbunden.</translation>
    </message>
    <message>
        <source>The workspace has no Vapi account yet: enter its private key.</source>
        <translation>Der Arbeitsbereich hat noch kein Vapi-Konto: Geben Sie dessen privaten Schlüssel ein.</translation>
    </message>
    <message>
        <source>Connected: these credentials may manage the numbers of Twilio account %1.</source>
        <translation>Verbunden: Diese Zugangsdaten dürfen die Nummern des Twilio-Kontos %1 verwalten.</translation>
    </message>
    <message>
        <source>Enter the account's secret to test it.</source>
        <translation>Geben Sie das Geheimnis des Kontos ein, um es zu testen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Console</name>
    <message>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <source>The team database cannot be reached: %1 The console shows what it read last; changes wait for the server.</source>
        <translation>Die Team-Datenbank ist nicht erreichbar: %1 Die Konsole zeigt, was sie zuletzt gelesen hat; Änderungen warten auf den Server.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ConsoleController</name>
    <message>
        <source>The keychain cannot be used: %1 Switchboard keeps working for everything that needs no secret; nothing is stored in plain text.</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden: %1 Switchboard funktioniert weiter für alles, was kein Geheimnis braucht; nichts wird im Klartext gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>Completed %n provisioning(s) left unfinished last time.</source>
        <translation>
            <numerusform>%n beim letzten Mal unvollendete Bereitstellung abgeschlossen.</numerusform>
            <numerusform>%n beim letzten Mal unvollendete Bereitstellungen abgeschlossen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Vapi</source>
        <translation>Vapi</translation>
    </message>
    <message>
        <source>That number is no longer known; refresh and try again.</source>
        <translation>Diese Nummer ist nicht mehr bekannt; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Choose an organization served by a Vapi account first.</source>
        <translation>Wählen Sie zuerst eine Organisation, die von einem Vapi-Konto bedient wird.</translation>
    </message>
    <message>
        <source>%1 stays in the pool, and in the Twilio account.</source>
        <translation>%1 bleibt im Pool und im Twilio-Konto.</translation>
    </message>
    <message>
        <source>The cap could not be marked for a new check: %1</source>
        <translation>Die Obergrenze konnte nicht zur erneuten Prüfung vorgemerkt werden: %1</translation>
    </message>
    <message>
        <source>The next provisioning asks Vapi for a free number again, and learns the cap anew.</source>
        <translation>Die nächste Bereitstellung fragt Vapi erneut nach einer kostenlosen Nummer und ermittelt die Obergrenze neu.</translation>
    </message>
    <message>
        <source>Enter the account's secret to ask Twilio.</source>
        <translation>Geben Sie das Geheimnis des Kontos ein, um Twilio zu fragen.</translation>
    </message>
    <message>
        <source>%1 was created; finding it a number…</source>
        <translation>%1 wurde angelegt; eine Nummer wird gesucht …</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was done: the team database does not answer (%1). Try again when the status bar shows it online.</source>
        <translation>Nichts wurde getan: Die Team-Datenbank antwortet nicht (%1). Versuchen Sie es erneut, wenn die Statusleiste sie als online zeigt.</translation>
    </message>
    <message>
        <source>Manual task #%1 is no longer open.</source>
        <translation>Manuelle Aufgabe #%1 ist nicht mehr offen.</translation>
    </message>
    <message numerus="yes">
        <source>%n got a number</source>
        <translation>
            <numerusform>%n hat eine Nummer bekommen</numerusform>
            <numerusform>%n haben eine Nummer bekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed (see History)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (siehe Verlauf)</numerusform>
            <numerusform>%n fehlgeschlagen (siehe Verlauf)</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped: %1. Start again to go on.</source>
        <translation>Angehalten: %1. Starten Sie erneut, um fortzufahren.</translation>
    </message>
    <message>
        <source>Provisioned: %1.</source>
        <translation>Bereitgestellt: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) in the manual queue</source>
        <translation>
            <numerusform>%n wartet in der manuellen Warteschlange</numerusform>
            <numerusform>%n warten in der manuellen Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 belongs to %2 now.</source>
        <translation>%1 gehört jetzt zu %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n not started (%1)</source>
        <translation>
            <numerusform>%n nicht begonnen (%1)</numerusform>
            <numerusform>%n nicht begonnen (%1)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was created for %2; it has no number until it is provisioned.</source>
        <translation>%1 wurde für %2 erstellt; er hat keine Nummer, bis er bereitgestellt wird.</translation>
    </message>
    <message>
        <source>Removed %1 and its secrets. Its history stays.</source>
        <translation>%1 und ihre Geheimnisse wurden entfernt. Ihr Verlauf bleibt.</translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation>Nicht entfernt</translation>
    </message>
    <message>
        <source>The keychain did not keep a key: %1</source>
        <translation>Der Schlüsselbund hat einen Schlüssel nicht behalten: %1</translation>
    </message>
    <message>
        <source>The workspace's Vapi account is not set up: save again once the keychain takes the key.</source>
        <translation>Das Vapi-Konto des Arbeitsbereichs ist nicht eingerichtet: Speichern Sie erneut, sobald der Schlüsselbund den Schlüssel annimmt.</translation>
    </message>
    <message>
        <source>The Vapi account without its key could not be taken out of the workspace: %1</source>
        <translation>Das Vapi-Konto ohne seinen Schlüssel konnte nicht aus dem Arbeitsbereich entfernt werden: %1</translation>
    </message>
    <message>
        <source>Save again once the keychain takes it; until then, the key it had before (if any) stays in use.</source>
        <translation>Speichern Sie erneut, sobald der Schlüsselbund ihn annimmt; bis dahin bleibt der bisherige Schlüssel (falls vorhanden) in Gebrauch.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ContextMenus</name>
    <message>
        <source>Copied to the clipboard: %1</source>
        <translation>In die Zwischenablage kopiert: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialClientProvider</name>
    <message>
        <source>the Vapi private key (%1): %2</source>
        <translation>der private Vapi-Schlüssel (%1): %2</translation>
    </message>
    <message>
        <source>the Twilio secret (%1): %2</source>
        <translation>das Twilio-Geheimnis (%1): %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::CredentialService</name>
    <message>
        <source>Set it in the workspace's credentials (or with switchboard-cli), or provide it in the environment variable %1.</source>
        <translation>Legen Sie es in den Zugangsdaten des Arbeitsbereichs fest (oder mit switchboard-cli), oder geben Sie es in der Umgebungsvariable %1 an.</translation>
    </message>
    <message>
        <source>Set it in the organization's credentials, or with switchboard-cli.</source>
        <translation>Legen Sie es in den Zugangsdaten der Organisation fest, oder mit switchboard-cli.</translation>
    </message>
    <message>
        <source>Switchboard stopped before the keychain answered; the operation may not have completed.</source>
        <translation>Switchboard wurde beendet, bevor der Schlüsselbund antwortete; der Vorgang ist möglicherweise nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be set.</source>
        <translation>Nur Geheimnisse von Organisationen und des Arbeitsbereichs können festgelegt werden.</translation>
    </message>
    <message>
        <source>%1: the value is empty; nothing was stored.</source>
        <translation>%1: Der Wert ist leer; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>Organization %1 does not exist; nothing was stored.</source>
        <translation>Die Organisation %1 existiert nicht; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The workspace cannot be read (%1); nothing was stored.</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden (%1); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The keychain holds the new value.</source>
        <translation>Der Schlüsselbund enthält den neuen Wert.</translation>
    </message>
    <message>
        <source>The secret was taken out of the keychain again; try again.</source>
        <translation>Das Geheimnis wurde wieder aus dem Schlüsselbund entfernt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be read.</source>
        <translation>Nur Geheimnisse von Organisationen und des Arbeitsbereichs können gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is recorded as set in this workspace, but this computer's keychain has no entry for it (it may have been set on another computer that shares the workspace, or removed with the keychain's own tool). Set it again here.</source>
        <translation>%1 ist in diesem Arbeitsbereich als festgelegt vermerkt, aber der Schlüsselbund dieses Computers hat keinen Eintrag dafür (es wurde vielleicht auf einem anderen Computer mit demselben Arbeitsbereich festgelegt oder mit dem Werkzeug des Schlüsselbunds entfernt). Legen Sie es hier erneut fest.</translation>
    </message>
    <message>
        <source>Only organization and workspace secrets can be removed.</source>
        <translation>Nur Geheimnisse von Organisationen und des Arbeitsbereichs können entfernt werden.</translation>
    </message>
    <message>
        <source>%1 was removed from the keychain, but the workspace still lists it: %2</source>
        <translation>%1 wurde aus dem Schlüsselbund entfernt, aber der Arbeitsbereich führt es noch: %2</translation>
    </message>
    <message>
        <source>%1 is not an organization id; nothing was removed.</source>
        <translation>%1 ist keine Organisations-ID; nichts wurde entfernt.</translation>
    </message>
    <message>
        <source>The workspace cannot be read (%1); nothing was removed.</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden (%1); nichts wurde entfernt.</translation>
    </message>
    <message numerus="yes">
        <source>%n secret(s) of organization %1 could not be removed (%2). They stay listed, so that removing the organization can be tried again.</source>
        <translation>
            <numerusform>%n Geheimnis der Organisation %1 konnte nicht entfernt werden (%2). Es bleibt aufgeführt, damit das Entfernen der Organisation erneut versucht werden kann.</numerusform>
            <numerusform>%n Geheimnisse der Organisation %1 konnten nicht entfernt werden (%2). Sie bleiben aufgeführt, damit das Entfernen der Organisation erneut versucht werden kann.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 cannot come from the environment.</source>
        <translation>%1 kann nicht aus der Umgebung kommen.</translation>
    </message>
    <message>
        <source>%1 is not set; nothing was imported.</source>
        <translation>%1 ist nicht gesetzt; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>The keychain does not work as it should: %1</source>
        <translation>Der Schlüsselbund funktioniert nicht wie erwartet: %1</translation>
    </message>
    <message>
        <source>it gave back something else than was just stored in it.</source>
        <translation>er hat etwas anderes zurückgegeben, als gerade darin gespeichert wurde.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DatabaseLocation</name>
    <message>
        <source>The database URL contains a password. Passwords belong in the keychain: remove it from the URL and store it with `switchboard-cli database password set --database URL` (or let the console ask for it), or set SWITCHBOARD_DATABASE_PASSWORD for automation.</source>
        <translation>Die Datenbank-URL enthält ein Passwort. Passwörter gehören in den Schlüsselbund: Entfernen Sie es aus der URL und speichern Sie es mit `switchboard-cli database password set --database URL` (oder lassen Sie die Konsole danach fragen), oder setzen Sie für Automatisierungen SWITCHBOARD_DATABASE_PASSWORD.</translation>
    </message>
    <message>
        <source>The database location is empty. Give a file path or a URL like postgresql://user@host:5432/database.</source>
        <translation>Der Speicherort der Datenbank ist leer. Geben Sie einen Dateipfad oder eine URL wie postgresql://user@host:5432/database an.</translation>
    </message>
    <message>
        <source>The file URL %1 is not valid.</source>
        <translation>Die Datei-URL %1 ist ungültig.</translation>
    </message>
    <message>
        <source>The database URL must start with postgresql:// (or be a file path); "%1://" is not supported.</source>
        <translation>Die Datenbank-URL muss mit postgresql:// beginnen (oder ein Dateipfad sein); „%1://“ wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The database URL is not valid. Write it as postgresql://user@host:5432/database[?sslmode=require].</source>
        <translation>Die Datenbank-URL ist ungültig. Schreiben Sie sie als postgresql://user@host:5432/database[?sslmode=require].</translation>
    </message>
    <message>
        <source>The database URL's port must be between 1 and 65535.</source>
        <translation>Der Port der Datenbank-URL muss zwischen 1 und 65535 liegen.</translation>
    </message>
    <message>
        <source>The database URL names no user. Write it as postgresql://user@host:5432/database.</source>
        <translation>Die Datenbank-URL nennt keinen Benutzer. Schreiben Sie sie als postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The database URL names no database (or more than one path segment). Write it as postgresql://user@host:5432/database.</source>
        <translation>Die Datenbank-URL nennt keine Datenbank (oder mehr als ein Pfadsegment). Schreiben Sie sie als postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>The database URL's sslmode "%1" is not known; use one of %2.</source>
        <translation>Der sslmode „%1“ der Datenbank-URL ist unbekannt; verwenden Sie einen dieser Werte: %2.</translation>
    </message>
    <message>
        <source>The database URL's parameter "%1" is not supported; only sslmode is.</source>
        <translation>Der Parameter „%1“ der Datenbank-URL wird nicht unterstützt; nur sslmode ist erlaubt.</translation>
    </message>
</context>
<context>
    <name>Switchboard::DirectoryRefresh</name>
    <message>
        <source>the workspace could not keep the listing: %1</source>
        <translation>der Arbeitsbereich konnte die Liste nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::DirectorySync</name>
    <message>
        <source>The Vapi client of %1 went away.</source>
        <translation>Der Vapi-Client von %1 ist nicht mehr da.</translation>
    </message>
    <message>
        <source>the workspace could not keep the listing: %1</source>
        <translation>der Arbeitsbereich konnte die Auflistung nicht speichern: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::DisplayNames</name>
    <message>
        <source>United States</source>
        <translation>Vereinigte Staaten</translation>
    </message>
    <message>
        <source>European Union</source>
        <translation>Europäische Union</translation>
    </message>
    <message>
        <source>Vapi (free)</source>
        <translation>Vapi (kostenlos)</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Vonage</source>
        <translation>Vonage</translation>
    </message>
    <message>
        <source>Telnyx</source>
        <translation>Telnyx</translation>
    </message>
    <message>
        <source>Own carrier (SIP trunk)</source>
        <translation>Eigener Anbieter (SIP-Trunk)</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Activating</source>
        <translation>Wird aktiviert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <source>Free Vapi number</source>
        <translation>Kostenlose Vapi-Nummer</translation>
    </message>
    <message>
        <source>Organization's Twilio</source>
        <translation>Twilio der Organisation</translation>
    </message>
    <message>
        <source>Workspace's Twilio</source>
        <translation>Twilio des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Manual assignment</source>
        <translation>Manuelle Zuweisung</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Queued for manual assignment</source>
        <translation>Zur manuellen Zuweisung eingereiht</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Number assigned</source>
        <translation>Nummer zugewiesen</translation>
    </message>
    <message>
        <source>Number unassigned</source>
        <translation>Nummer freigegeben</translation>
    </message>
    <message>
        <source>Number released from Vapi</source>
        <translation>Nummer bei Vapi freigegeben</translation>
    </message>
    <message>
        <source>Number released on Twilio</source>
        <translation>Nummer bei Twilio freigegeben</translation>
    </message>
    <message>
        <source>Number bought</source>
        <translation>Nummer gekauft</translation>
    </message>
    <message>
        <source>Manual task opened</source>
        <translation>Manuelle Aufgabe eröffnet</translation>
    </message>
    <message>
        <source>Manual task completed</source>
        <translation>Manuelle Aufgabe erledigt</translation>
    </message>
    <message>
        <source>Manual task dropped</source>
        <translation>Manuelle Aufgabe verworfen</translation>
    </message>
    <message>
        <source>Organization added</source>
        <translation>Organisation hinzugefügt</translation>
    </message>
    <message>
        <source>Organization changed</source>
        <translation>Organisation geändert</translation>
    </message>
    <message>
        <source>Organization removed</source>
        <translation>Organisation entfernt</translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation>Konto geändert</translation>
    </message>
    <message>
        <source>Secret stored</source>
        <translation>Geheimnis gespeichert</translation>
    </message>
    <message>
        <source>Secret removed</source>
        <translation>Geheimnis entfernt</translation>
    </message>
    <message>
        <source>Pool number added</source>
        <translation>Pool-Nummer hinzugefügt</translation>
    </message>
    <message>
        <source>Pool number removed</source>
        <translation>Pool-Nummer entfernt</translation>
    </message>
    <message>
        <source>Setting changed</source>
        <translation>Einstellung geändert</translation>
    </message>
    <message>
        <source>Free-number cap learned</source>
        <translation>Obergrenze kostenloser Nummern erfahren</translation>
    </message>
    <message>
        <source>Assistant created</source>
        <translation>Assistent erstellt</translation>
    </message>
    <message>
        <source>Assistant linked</source>
        <translation>Assistent verknüpft</translation>
    </message>
</context>
<context>
    <name>Switchboard::EnvironmentCredentials</name>
    <message>
        <source>is set, but neither TWILIO_AUTH_TOKEN nor TWILIO_API_KEY with TWILIO_API_SECRET is; set one of them</source>
        <translation>ist gesetzt, aber weder TWILIO_AUTH_TOKEN noch TWILIO_API_KEY mit TWILIO_API_SECRET; setzen Sie eines davon</translation>
    </message>
    <message>
        <source>is not set, but a Twilio credential is; set it to the account's SID (AC followed by 32 hexadecimal digits)</source>
        <translation>ist nicht gesetzt, aber ein Twilio-Zugangsdatum schon; setzen Sie es auf die SID des Kontos (AC gefolgt von 32 Hexadezimalziffern)</translation>
    </message>
    <message>
        <source>is not set, but TWILIO_API_KEY is; set both, or neither</source>
        <translation>ist nicht gesetzt, aber TWILIO_API_KEY schon; setzen Sie beide oder keines</translation>
    </message>
    <message>
        <source>is not set, but TWILIO_API_SECRET is; set both, or neither</source>
        <translation>ist nicht gesetzt, aber TWILIO_API_SECRET schon; setzen Sie beide oder keines</translation>
    </message>
    <message>
        <source>is not a valid phone number in E.164 form (e.g. +14155552671)</source>
        <translation>ist keine gültige Telefonnummer im E.164-Format (z. B. +14155552671)</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberCap</name>
    <message>
        <source>Vapi's documented cap</source>
        <translation>von Vapi dokumentierte Obergrenze</translation>
    </message>
    <message>
        <source>set by hand on %1</source>
        <translation>am %1 von Hand gesetzt</translation>
    </message>
    <message>
        <source>set by hand</source>
        <translation>von Hand gesetzt</translation>
    </message>
    <message>
        <source>learned from Vapi on %1</source>
        <translation>am %1 von Vapi gelernt</translation>
    </message>
    <message>
        <source>learned from Vapi</source>
        <translation>von Vapi gelernt</translation>
    </message>
    <message>
        <source>On %1 Vapi asked for a payment method before it gives this account another free number. Add one in the Vapi dashboard (%2), then check again.</source>
        <translation>Am %1 hat Vapi eine Zahlungsmethode verlangt, bevor es diesem Konto eine weitere kostenlose Nummer gibt. Hinterlegen Sie eine im Vapi-Dashboard (%2) und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberTries</name>
    <message>
        <source>Any area code</source>
        <translation>Beliebige Vorwahl</translation>
    </message>
    <message>
        <source>Area code %1</source>
        <translation>Vorwahl %1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: not available (Vapi suggested %2).</source>
        <translation>%1: nicht verfügbar (Vapi schlug %2 vor).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::FreeNumberUsage</name>
    <message numerus="yes">
        <source>%1 of %2 free numbers used (%3%), %n left</source>
        <translation>
            <numerusform>%1 von %2 kostenlosen Nummern genutzt (%3 %), %n übrig</numerusform>
            <numerusform>%1 von %2 kostenlosen Nummern genutzt (%3 %), %n übrig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %n free number(s) left. Set up Twilio for this organization or for the workspace now, so that the next assistants get numbers without a pause.</source>
        <translation>
            <numerusform>Nur noch %n kostenlose Nummer übrig. Richten Sie jetzt Twilio für diese Organisation oder den Arbeitsbereich ein, damit die nächsten Assistenten ohne Pause Nummern erhalten.</numerusform>
            <numerusform>Nur noch %n kostenlose Nummern übrig. Richten Sie jetzt Twilio für diese Organisation oder den Arbeitsbereich ein, damit die nächsten Assistenten ohne Pause Nummern erhalten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Full: Vapi gives this account %n free number(s), and %1 in use. New assistants get numbers from Twilio where it is set up, else they wait in the manual queue.</source>
        <translation>
            <numerusform>Voll: Vapi gibt diesem Konto %n kostenlose Nummer, und %1 sind in Gebrauch. Neue Assistenten erhalten Nummern von Twilio, wo es eingerichtet ist, sonst warten sie in der manuellen Warteschlange.</numerusform>
            <numerusform>Voll: Vapi gibt diesem Konto %n kostenlose Nummern, und %1 sind in Gebrauch. Neue Assistenten erhalten Nummern von Twilio, wo es eingerichtet ist, sonst warten sie in der manuellen Warteschlange.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryModel</name>
    <message>
        <source>Assistant %1</source>
        <translation>Assistent %1</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Geliefert von</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Database role: %1</source>
        <translation>Datenbankrolle: %1</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Provisioning attempt: %1</source>
        <translation>Bereitstellungsversuch: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryQueries</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryQueryWorker</name>
    <message>
        <source>The history cannot be read: no workspace is open.</source>
        <translation>Der Verlauf kann nicht gelesen werden: Kein Arbeitsbereich ist geöffnet.</translation>
    </message>
    <message>
        <source>Attempt %1 is not in the history.</source>
        <translation>Versuch %1 ist nicht im Verlauf.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 could not be completed: %2</source>
        <translation>%1 konnte nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved; free some space there or choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts gespeichert; schaffen Sie dort Platz, oder wählen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryStore</name>
    <message>
        <source>assistant %1 is already being provisioned</source>
        <translation>für den Assistenten %1 läuft bereits eine Bereitstellung</translation>
    </message>
    <message>
        <source>assistant %1 was tried before: new assistants are provisioned automatically once, and after that only on request</source>
        <translation>Assistent %1 wurde schon einmal versucht: neue Assistenten werden einmal automatisch versorgt, danach nur auf Anfrage</translation>
    </message>
    <message>
        <source>the database returned no row for a new record</source>
        <translation>die Datenbank hat für einen neuen Datensatz keine Zeile zurückgegeben</translation>
    </message>
    <message>
        <source>step %1 is not in the history</source>
        <translation>Schritt %1 ist nicht im Verlauf</translation>
    </message>
    <message>
        <source>attempt %1 is not in the history</source>
        <translation>Versuch %1 ist nicht im Verlauf</translation>
    </message>
</context>
<context>
    <name>Switchboard::HistoryView</name>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translation>Jedes Ergebnis</translation>
    </message>
    <message>
        <source>Any link</source>
        <translation>Jedes Kettenglied</translation>
    </message>
    <message>
        <source>No bound</source>
        <translation>Ohne Grenze</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export the history</source>
        <translation>Den Verlauf exportieren</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exporting to %1… %2 written</source>
        <translation>Export nach %1… %2 geschrieben</translation>
    </message>
    <message>
        <source>Exported to %1 (attempts: %2).</source>
        <translation>Nach %1 exportiert (Versuche: %2).</translation>
    </message>
    <message>
        <source>The export to %1 was cancelled.</source>
        <translation>Der Export nach %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2), organization %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2), Organisation %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancels the export</source>
        <translation>Bricht den Export ab</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Der Verlauf wird geladen…</translation>
    </message>
    <message>
        <source>Attempts: %1 shown, counting…</source>
        <translation>Versuche: %1 angezeigt, wird gezählt…</translation>
    </message>
    <message>
        <source>No attempts match the filters.</source>
        <translation>Keine Versuche passen zu den Filtern.</translation>
    </message>
    <message>
        <source>Attempts: %1 of %2 shown</source>
        <translation>Versuche: %1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>Find words: an assistant, number, organization or summary (%1)</source>
        <translation>Wörter suchen: Assistent, Nummer, Organisation oder Zusammenfassung (%1)</translation>
    </message>
    <message>
        <source>No provisioning attempts yet.</source>
        <translation>Noch keine Bereitstellungsversuche.</translation>
    </message>
    <message>
        <source>No provisioning attempts for %1 yet.</source>
        <translation>Noch keine Bereitstellungsversuche für %1.</translation>
    </message>
    <message>
        <source>Provisioning attempts</source>
        <translation>Bereitstellungsversuche</translation>
    </message>
    <message>
        <source>Other actions</source>
        <translation>Andere Aktionen</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Jede Person</translation>
    </message>
    <message>
        <source>an unknown operator</source>
        <translation>einer unbekannten Person</translation>
    </message>
    <message>
        <source>Started %1 by %2, took %3</source>
        <translation>Begonnen %1 von %2, Dauer %3</translation>
    </message>
    <message>
        <source>%1 — %2, by %3</source>
        <translation>%1 — %2, von %3</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Exported to %1 (records: %2).</source>
        <translation>Nach %1 exportiert (Einträge: %2).</translation>
    </message>
    <message>
        <source>Steps of the selected attempt</source>
        <translation>Schritte des ausgewählten Versuchs</translation>
    </message>
    <message>
        <source>Select a record: an attempt shows what the chain tried and why, an action what changed and who did it.</source>
        <translation>Wählen Sie einen Eintrag: Ein Versuch zeigt, was die Kette versucht hat und warum, eine Aktion, was sich geändert hat und wer es getan hat.</translation>
    </message>
    <message>
        <source>The selected record</source>
        <translation>Der ausgewählte Eintrag</translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation>Die ausgewählte Aktion</translation>
    </message>
    <message>
        <source>%1 (failed)</source>
        <translation>%1 (fehlgeschlagen)</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>%1, by %2</source>
        <translation>%1, von %2</translation>
    </message>
    <message>
        <source>%1, by %2 (database role %3)</source>
        <translation>%1, von %2 (Datenbankrolle %3)</translation>
    </message>
    <message>
        <source>Part of provisioning attempt %1.</source>
        <translation>Teil des Bereitstellungsversuchs %1.</translation>
    </message>
    <message>
        <source>Stops loading more records</source>
        <translation>Beendet das Laden weiterer Einträge</translation>
    </message>
    <message>
        <source>Shown: %1, counting…</source>
        <translation>Angezeigt: %1, wird gezählt…</translation>
    </message>
    <message>
        <source>Actions: %1 of %2 shown</source>
        <translation>Aktionen: %1 von %2 angezeigt</translation>
    </message>
    <message>
        <source>%1 of %2 shown (attempts: %3, other actions: %4)</source>
        <translation>%1 von %2 angezeigt (Versuche: %3, andere Aktionen: %4)</translation>
    </message>
    <message>
        <source>Nothing on record matches the filters.</source>
        <translation>Kein Eintrag passt zu den Filtern.</translation>
    </message>
    <message>
        <source>Nothing on record yet.</source>
        <translation>Noch keine Einträge.</translation>
    </message>
    <message>
        <source>Nothing on record for %1 yet.</source>
        <translation>Noch keine Einträge für %1.</translation>
    </message>
    <message>
        <source>Assistant: %1</source>
        <translation>Assistent: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Number: %1</source>
        <translation>Nummer: %1</translation>
    </message>
    <message>
        <source>%1 (removed)</source>
        <translation>%1 (entfernt)</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
</context>
<context>
    <name>Switchboard::InputChecks</name>
    <message>
        <source>The %1 id "%2" is not a Vapi id; it must be a UUID such as 3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f.</source>
        <translation>Die %1-ID „%2“ ist keine Vapi-ID; sie muss eine UUID sein, etwa 3f2a6c1e-8d4b-4c2a-9e1f-2b7c5d9a0e4f.</translation>
    </message>
    <message>
        <source>The name "%1" is %2 characters long; Vapi allows at most 40, so shorten it.</source>
        <translation>Der Name „%1“ ist %2 Zeichen lang; Vapi erlaubt höchstens 40, kürzen Sie ihn also.</translation>
    </message>
    <message>
        <source>The area code "%1" must be exactly three digits, such as 415.</source>
        <translation>Die Vorwahl „%1“ muss genau drei Ziffern haben, etwa 415.</translation>
    </message>
    <message>
        <source>The SIP URI is not usable: %1.</source>
        <translation>Die SIP-URI ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>The SIP URI must be on %1 for this account's region, as in sip:%2@%1.</source>
        <translation>Die SIP-URI muss für die Region dieses Kontos auf %1 liegen, etwa sip:%2@%1.</translation>
    </message>
    <message>
        <source>The number to import is not usable: %1.</source>
        <translation>Die zu importierende Nummer ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>The Twilio Account SID must be AC followed by 32 hex digits; copy it from the Twilio console.</source>
        <translation>Die Twilio-Account-SID muss aus AC und 32 Hexadezimalziffern bestehen; kopieren Sie sie aus der Twilio-Konsole.</translation>
    </message>
    <message>
        <source>Importing a Twilio number needs either the auth token or an API key with its secret (exactly one of the two).</source>
        <translation>Der Import einer Twilio-Nummer braucht entweder das Auth-Token oder einen API-Schlüssel mit seinem Geheimnis (genau eines von beiden).</translation>
    </message>
    <message>
        <source>The Twilio API key must be SK followed by 32 hex digits, and its secret must not be empty.</source>
        <translation>Der Twilio-API-Schlüssel muss aus SK und 32 Hexadezimalziffern bestehen, und sein Geheimnis darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The Twilio user must be an Account SID (AC…) or an API key SID (SK…), 34 characters long.</source>
        <translation>Der Twilio-Benutzer muss eine Account SID (AC…) oder eine API-Schlüssel-SID (SK…) mit 34 Zeichen sein.</translation>
    </message>
    <message>
        <source>The Twilio auth token or API key secret is empty; paste it from the Twilio console.</source>
        <translation>Das Twilio-Auth-Token oder das Geheimnis des API-Schlüssels ist leer; fügen Sie es aus der Twilio-Konsole ein.</translation>
    </message>
    <message>
        <source>"%1" is not a Twilio phone number SID; it must be PN followed by 32 hex digits.</source>
        <translation>„%1“ ist keine SID einer Twilio-Telefonnummer; sie muss aus PN und 32 Hexadezimalziffern bestehen.</translation>
    </message>
    <message>
        <source>The friendly name is %1 characters long; Twilio allows at most 64, so shorten it.</source>
        <translation>Der Anzeigename ist %1 Zeichen lang; Twilio erlaubt höchstens 64, kürzen Sie ihn also.</translation>
    </message>
    <message>
        <source>Buying a Twilio number needs either the number or an area code (exactly one of the two).</source>
        <translation>Der Kauf einer Twilio-Nummer braucht entweder die Nummer oder eine Vorwahl (genau eines von beiden).</translation>
    </message>
    <message>
        <source>The number to buy is not usable: %1.</source>
        <translation>Die zu kaufende Nummer ist nicht verwendbar: %1.</translation>
    </message>
    <message>
        <source>The country "%1" must be a two-letter ISO code such as US or GB.</source>
        <translation>Das Land „%1“ muss ein zweibuchstabiger ISO-Code sein, etwa US oder GB.</translation>
    </message>
    <message>
        <source>"Contains" must be 2 to 16 letters or digits (with * for any one character), such as 555 or *PIZZA*.</source>
        <translation>„Enthält“ muss aus 2 bis 16 Buchstaben oder Ziffern bestehen (mit * für ein beliebiges Zeichen), etwa 555 oder *PIZZA*.</translation>
    </message>
    <message>
        <source>A free Vapi number takes an area code or a SIP URI, not both; leave one of them empty.</source>
        <translation>Eine kostenlose Vapi-Nummer nimmt eine Vorwahl oder eine SIP-URI, nicht beides; lassen Sie eines leer.</translation>
    </message>
</context>
<context>
    <name>Switchboard::KeychainSecretStore</name>
    <message>
        <source>%1 could not be removed from the keychain (%2). Remove the entry "%3" in your keychain's own tool, then try again.</source>
        <translation>%1 konnte nicht aus dem Schlüsselbund entfernt werden (%2). Entfernen Sie den Eintrag „%3“ mit dem Werkzeug Ihres Schlüsselbunds und versuchen Sie es dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>no answer within %n second(s); it may be locked and waiting for a password prompt that cannot be shown</source>
        <translation>
            <numerusform>keine Antwort innerhalb von %n Sekunde; er ist vielleicht gesperrt und wartet auf eine Passwortabfrage, die nicht angezeigt werden kann</numerusform>
            <numerusform>keine Antwort innerhalb von %n Sekunden; er ist vielleicht gesperrt und wartet auf eine Passwortabfrage, die nicht angezeigt werden kann</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::MainWindow</name>
    <message>
        <source>Switchboard — sandbox demo</source>
        <translation>Switchboard — Sandbox-Demo</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>Manual queue</source>
        <translation>Manuelle Warteschlange</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>der Arbeitsbereich</translation>
    </message>
    <message>
        <source>Give the selected assistant a phone number through the provisioning chain</source>
        <translation>Dem ausgewählten Assistenten über die Bereitstellungskette eine Telefonnummer geben</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: provisioning waits for the connection.</source>
        <translation>Vapi ist nicht erreichbar: Die Bereitstellung wartet auf die Verbindung.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Einstellungen gespeichert.</translation>
    </message>
    <message>
        <source>Show the history; these count as seen</source>
        <translation>Den Verlauf zeigen; diese gelten dann als gesehen</translation>
    </message>
    <message numerus="yes">
        <source>%n got a number</source>
        <translation>
            <numerusform>%n hat eine Nummer bekommen</numerusform>
            <numerusform>%n haben eine Nummer bekommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n wait(s) in the manual queue</source>
        <translation>
            <numerusform>%n wartet in der manuellen Warteschlange</numerusform>
            <numerusform>%n warten in der manuellen Warteschlange</numerusform>
        </translation>
    </message>
    <message>
        <source>New assistants since you last looked: %1</source>
        <translation>Neue Assistenten seit Ihrem letzten Blick: %1</translation>
    </message>
    <message>
        <source>New assistants provisioned automatically</source>
        <translation>Automatisch versorgte neue Assistenten</translation>
    </message>
    <message>
        <source>The team database does not answer (%1): settings and organizations open again when the status bar shows it online.</source>
        <translation>Die Team-Datenbank antwortet nicht (%1): Einstellungen und Organisationen lassen sich wieder öffnen, wenn die Statusleiste sie als online zeigt.</translation>
    </message>
    <message>
        <source>The workspace is still being read; open Settings again in a moment.</source>
        <translation>Der Arbeitsbereich wird noch gelesen; öffnen Sie die Einstellungen gleich noch einmal.</translation>
    </message>
    <message>
        <source>Select an assistant without a number first, or use "Provision all unassigned".</source>
        <translation>Wählen Sie zuerst einen Assistenten ohne Nummer, oder verwenden Sie „Alle ohne Nummer bereitstellen“.</translation>
    </message>
    <message>
        <source>History exported (records: %1).</source>
        <translation>Verlauf exportiert (Einträge: %1).</translation>
    </message>
    <message>
        <source>Give every Vapi assistant of your customers a working phone number: free Vapi numbers first, then Twilio, with a record of every step. Start by setting up your workspace with your agency's Vapi account, or explore the sandbox demo.</source>
        <translation>Geben Sie jedem Vapi-Assistenten Ihrer Kunden eine funktionierende Telefonnummer: zuerst kostenlose Vapi-Nummern, dann Twilio, mit einem Protokoll jedes Schritts. Richten Sie zuerst Ihren Arbeitsbereich mit dem Vapi-Konto Ihrer Agentur ein, oder erkunden Sie die Sandbox-Demo.</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Arbeitsbereich einrichten</translation>
    </message>
    <message>
        <source>The workspace is set up. Add your first customer organization: its assistants are listed from the Vapi account that serves it, and each gets a number.</source>
        <translation>Der Arbeitsbereich ist eingerichtet. Fügen Sie Ihre erste Kundenorganisation hinzu: Ihre Assistenten werden aus dem Vapi-Konto gelesen, das sie bedient, und jeder bekommt eine Nummer.</translation>
    </message>
    <message>
        <source>Add a &amp;customer…</source>
        <translation>&amp;Kunden hinzufügen…</translation>
    </message>
    <message>
        <source>Add a customer organization</source>
        <translation>Kundenorganisation hinzufügen</translation>
    </message>
    <message>
        <source>The workspace is set up.</source>
        <translation>Der Arbeitsbereich ist eingerichtet.</translation>
    </message>
    <message>
        <source>Select an assistant without a number in the Assistants tab, or use "Provision all unassigned".</source>
        <translation>Wählen Sie im Reiter Assistenten einen Assistenten ohne Nummer, oder verwenden Sie „Alle ohne Nummer bereitstellen“.</translation>
    </message>
    <message>
        <source>&amp;Set up the workspace…</source>
        <translation>Arbeitsbereich &amp;einrichten…</translation>
    </message>
    <message>
        <source>The workspace's Vapi account has no key that works: it is missing from the keychain, or Vapi refused it. Enter it again in the workspace's settings; then add your first customer organization.</source>
        <translation>Das Vapi-Konto des Arbeitsbereichs hat keinen funktionierenden Schlüssel: Er fehlt im Schlüsselbund, oder Vapi hat ihn abgelehnt. Geben Sie ihn in den Einstellungen des Arbeitsbereichs erneut ein; fügen Sie dann Ihre erste Kundenorganisation hinzu.</translation>
    </message>
    <message>
        <source>The language changes the next time Switchboard starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Switchboard.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualAssignment</name>
    <message>
        <source>number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>SIP URI</source>
        <translation>SIP-URI</translation>
    </message>
    <message>
        <source>must be on %1, the host of the account's region (not %2)</source>
        <translation>muss auf %1 liegen, dem Host der Region des Kontos (nicht %2)</translation>
    </message>
    <message>
        <source>existing number</source>
        <translation>vorhandene Nummer</translation>
    </message>
    <message>
        <source>manual task #%1 is not open</source>
        <translation>die manuelle Aufgabe #%1 ist nicht offen</translation>
    </message>
    <message>
        <source>no Vapi account serves the task's organization</source>
        <translation>kein Vapi-Konto bedient die Organisation der Aufgabe</translation>
    </message>
    <message>
        <source>existing number: %1 already answers another assistant; reassign it from the Numbers tab instead</source>
        <translation>vorhandene Nummer: %1 verbindet bereits zu einem anderen Assistenten; weisen Sie sie stattdessen im Reiter „Nummern“ neu zu</translation>
    </message>
    <message>
        <source>number: no Twilio account is set up to import it from; add the organization's or the workspace's Twilio account first</source>
        <translation>Nummer: Es ist kein Twilio-Konto eingerichtet, aus dem sie importiert werden kann; fügen Sie zuerst das Twilio-Konto der Organisation oder des Arbeitsbereichs hinzu</translation>
    </message>
    <message>
        <source>%1 was assigned, but the task could not be closed: %2</source>
        <translation>%1 wurde zugewiesen, aber die Aufgabe konnte nicht geschlossen werden: %2</translation>
    </message>
    <message>
        <source>Assigned %1; manual task #%2 is closed.</source>
        <translation>%1 zugewiesen; die manuelle Aufgabe #%2 ist geschlossen.</translation>
    </message>
    <message>
        <source>The workspace could not note the number (%1); the next refresh will.</source>
        <translation>Der Arbeitsbereich konnte die Nummer nicht vermerken (%1); die nächste Aktualisierung holt es nach.</translation>
    </message>
    <message>
        <source>%1 belongs to another organization in this Vapi account; give this assistant a number of its own organization.</source>
        <translation>%1 gehört zu einer anderen Organisation in diesem Vapi-Konto; geben Sie diesem Assistenten eine Nummer seiner eigenen Organisation.</translation>
    </message>
    <message>
        <source>%1 already has a number (%2): drop this task, or take that number away on the Numbers tab first.</source>
        <translation>%1 hat bereits eine Nummer (%2): Verwerfen Sie diese Aufgabe, oder nehmen Sie ihm diese Nummer zuerst auf der Registerkarte „Nummern“ weg.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualQueueView</name>
    <message>
        <source>Drop the task</source>
        <translation>Aufgabe verwerfen</translation>
    </message>
    <message>
        <source>Drop the task for %1 without giving it a number?</source>
        <translation>Die Aufgabe für %1 verwerfen, ohne eine Nummer zu vergeben?</translation>
    </message>
    <message>
        <source>%1 stays without a number until it is provisioned again.</source>
        <translation>%1 bleibt ohne Nummer, bis erneut eine bereitgestellt wird.</translation>
    </message>
    <message>
        <source>Drop task</source>
        <translation>Aufgabe verwerfen</translation>
    </message>
    <message>
        <source>Select a task to see why the chain could not give the assistant a number.</source>
        <translation>Wählen Sie eine Aufgabe, um zu sehen, warum die Kette dem Assistenten keine Nummer geben konnte.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why %1 has no number yet&lt;/b&gt;</source>
        <translation>&lt;b&gt;Warum %1 noch keine Nummer hat&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No open tasks: every assistant the chain handled got a number.</source>
        <translation>Keine offenen Aufgaben: Jeder von der Kette bearbeitete Assistent hat eine Nummer erhalten.</translation>
    </message>
    <message>
        <source>Open tasks: %1</source>
        <translation>Offene Aufgaben: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualTaskModel</name>
    <message>
        <source>Removed organization</source>
        <translation>Entfernte Organisation</translation>
    </message>
    <message>
        <source>Assistant %1</source>
        <translation>Assistent %1</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
    <message>
        <source>Why the chain could not</source>
        <translation>Warum die Kette scheiterte</translation>
    </message>
</context>
<context>
    <name>Switchboard::ManualTaskStore</name>
    <message>
        <source>The assistant has an open task already.</source>
        <translation>Der Assistent hat bereits eine offene Aufgabe.</translation>
    </message>
    <message>
        <source>Task %1 is no longer open: it was completed or dropped, perhaps from another console.</source>
        <translation>Aufgabe %1 ist nicht mehr offen: Sie wurde erledigt oder verworfen, vielleicht an einer anderen Konsole.</translation>
    </message>
    <message>
        <source>Waiting in the manual queue: %1</source>
        <translation>Wartet in der manuellen Warteschlange: %1</translation>
    </message>
    <message>
        <source>Manual task completed with %1</source>
        <translation>Manuelle Aufgabe erledigt mit %1</translation>
    </message>
    <message>
        <source>Manual task dropped</source>
        <translation>Manuelle Aufgabe verworfen</translation>
    </message>
    <message>
        <source>Waiting in the manual queue</source>
        <translation>Wartet in der manuellen Warteschlange</translation>
    </message>
    <message>
        <source>Manual task #%1 is closed.</source>
        <translation>Manuelle Aufgabe #%1 ist abgeschlossen.</translation>
    </message>
    <message>
        <source>Manual task #%1 could not be closed (%2); close it in the manual queue.</source>
        <translation>Manuelle Aufgabe #%1 konnte nicht abgeschlossen werden (%2); schließen Sie sie in der manuellen Warteschlange ab.</translation>
    </message>
</context>
<context>
    <name>Switchboard::MemorySecretStore</name>
    <message>
        <source>The operation failed.</source>
        <translation>Der Vorgang ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberAssignment</name>
    <message>
        <source>No number in Vapi has the id %1 (as of the last refresh); refresh and try again.</source>
        <translation>Keine Nummer in Vapi hat die ID %1 (Stand der letzten Aktualisierung); aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The Vapi account of %1 is no longer in the workspace.</source>
        <translation>Das Vapi-Konto von %1 ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>No assistant has the id %1 (as of the last refresh); refresh and try again.</source>
        <translation>Kein Assistent hat die ID %1 (Stand der letzten Aktualisierung); aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is in another Vapi account than %2: a number can only answer an assistant of its own account.</source>
        <translation>%1 ist in einem anderen Vapi-Konto als %2: Eine Nummer kann nur zu einem Assistenten ihres eigenen Kontos verbinden.</translation>
    </message>
    <message>
        <source>%1 belongs to %2, and %3 to another organization: one customer's number never answers another customer's assistant.</source>
        <translation>%1 gehört zu %2 und %3 zu einer anderen Organisation: Die Nummer eines Kunden verbindet nie zum Assistenten eines anderen Kunden.</translation>
    </message>
    <message>
        <source>%1 answers no assistant already.</source>
        <translation>%1 verbindet bereits zu keinem Assistenten.</translation>
    </message>
    <message>
        <source>%1 answers that assistant already.</source>
        <translation>%1 verbindet bereits zu diesem Assistenten.</translation>
    </message>
    <message>
        <source>%1 no longer answers any assistant.</source>
        <translation>%1 verbindet zu keinem Assistenten mehr.</translation>
    </message>
    <message>
        <source>The workspace could not note it (%1); the next refresh will.</source>
        <translation>Der Arbeitsbereich konnte es nicht vermerken (%1); die nächste Aktualisierung holt es nach.</translation>
    </message>
    <message>
        <source>%1 now answers %2.</source>
        <translation>%1 beantwortet jetzt %2.</translation>
    </message>
    <message>
        <source>It could not be recorded in the history: %1</source>
        <translation>Es konnte nicht im Verlauf festgehalten werden: %1</translation>
    </message>
    <message>
        <source>%1 was not unassigned: %2</source>
        <translation>%1 wurde nicht freigegeben: %2</translation>
    </message>
    <message>
        <source>%1 was not assigned: %2</source>
        <translation>%1 wurde nicht zugewiesen: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberBuying</name>
    <message>
        <source>Nothing can be bought</source>
        <translation>Es kann nichts gekauft werden</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberPoolStore</name>
    <message>
        <source>%1 is in the pool of another Twilio account of the workspace: a number is in one pool only. Remove it there first.</source>
        <translation>%1 ist bereits im Pool eines anderen Twilio-Kontos des Arbeitsbereichs: Eine Nummer gehört nur zu einem Pool. Entfernen Sie sie zuerst dort.</translation>
    </message>
    <message>
        <source>That number is no longer in the pool.</source>
        <translation>Diese Nummer ist nicht mehr im Pool.</translation>
    </message>
    <message>
        <source>That number is no longer an available number of its pool (an assistant got it meanwhile, or it was removed).</source>
        <translation>Diese Nummer ist keine verfügbare Nummer ihres Pools mehr (ein Assistent hat sie inzwischen erhalten, oder sie wurde entfernt).</translation>
    </message>
    <message>
        <source>That purchase is no longer recorded in the workspace.</source>
        <translation>Dieser Kauf ist im Arbeitsbereich nicht mehr verzeichnet.</translation>
    </message>
    <message>
        <source>%1 added to the pool of %2</source>
        <translation>%1 zum Pool von %2 hinzugefügt</translation>
    </message>
    <message>
        <source>%1 taken out of the pool of %2</source>
        <translation>%1 aus dem Pool von %2 genommen</translation>
    </message>
    <message>
        <source>a Twilio account</source>
        <translation>einem Twilio-Konto</translation>
    </message>
    <message>
        <source>the workspace's Twilio account %1</source>
        <translation>dem Twilio-Konto %1 des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>%1 bought on %2</source>
        <translation>%1 gekauft bei %2</translation>
    </message>
    <message>
        <source>%1 bought on %2 (found on Twilio, bought by an earlier request)</source>
        <translation>%1 gekauft bei %2 (bei Twilio gefunden, von einer früheren Anfrage gekauft)</translation>
    </message>
    <message>
        <source>the Twilio account %2 of %1</source>
        <translation>dem Twilio-Konto %2 von %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberPurchase</name>
    <message>
        <source>That organization is no longer in the workspace.</source>
        <translation>Diese Organisation ist nicht mehr im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>Twilio-Konto des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Neither %1 nor the workspace has a Twilio account to buy in: add one first.</source>
        <translation>Weder %1 noch der Arbeitsbereich hat ein Twilio-Konto, über das gekauft werden kann: Fügen Sie zuerst eines hinzu.</translation>
    </message>
    <message>
        <source>The workspace has no Twilio account to buy in: add one in Settings first.</source>
        <translation>Der Arbeitsbereich hat kein Twilio-Konto, über das gekauft werden kann: Fügen Sie zuerst in den Einstellungen eines hinzu.</translation>
    </message>
    <message>
        <source>Buying is off for %1: allow it, with a monthly limit, first (%2).</source>
        <translation>Käufe sind für das %1 ausgeschaltet: Erlauben Sie sie zuerst, mit einem Monatslimit (%2).</translation>
    </message>
    <message>
        <source>Twilio could not search for numbers: %1</source>
        <translation>Twilio konnte nicht nach Nummern suchen: %1</translation>
    </message>
    <message>
        <source>This month's purchase limit of %1 is reached for %2, counting purchases in progress; nothing was bought.</source>
        <translation>Das Kauflimit von %1 für diesen Monat ist für das %2 erreicht, laufende Käufe mitgezählt; es wurde nichts gekauft.</translation>
    </message>
    <message>
        <source>It is unknown whether Twilio sold %1 (%2). The next start of Switchboard asks Twilio and puts it in the pool if it was.</source>
        <translation>Es ist unbekannt, ob Twilio %1 verkauft hat (%2). Der nächste Start von Switchboard fragt Twilio und legt die Nummer in den Nummernpool, falls ja.</translation>
    </message>
    <message>
        <source>Twilio no longer offers %1 (someone bought it meanwhile): search again.</source>
        <translation>Twilio bietet %1 nicht mehr an (jemand hat sie inzwischen gekauft): Suchen Sie erneut.</translation>
    </message>
    <message>
        <source>Twilio did not sell %1: %2</source>
        <translation>Twilio hat %1 nicht verkauft: %2</translation>
    </message>
    <message>
        <source>%1 was bought on %2 but could not be recorded in the workspace (%3); the next start of Switchboard puts it in the pool.</source>
        <translation>%1 wurde über das %2 gekauft, konnte aber nicht im Arbeitsbereich vermerkt werden (%3); der nächste Start von Switchboard legt die Nummer in den Nummernpool.</translation>
    </message>
    <message>
        <source>%1 was bought on %2 and is in its pool, free for the next assistant.</source>
        <translation>%1 wurde über das %2 gekauft und liegt im Nummernpool, frei für den nächsten Assistenten.</translation>
    </message>
    <message>
        <source>File → Edit organization…, Numbers page</source>
        <translation>Datei → Organisation bearbeiten…, Seite Nummern</translation>
    </message>
    <message>
        <source>File → Settings…, Workspace tab</source>
        <translation>Datei → Einstellungen…, Tab Arbeitsbereich</translation>
    </message>
    <message>
        <source>This month's purchase limit of %1 is reached for %2 (%3 bought or being bought). The limit can be raised in %4.</source>
        <translation>Das Kauflimit von %1 für diesen Monat ist für das %2 erreicht (%3 gekauft oder im Kauf). Das Limit lässt sich unter %4 erhöhen.</translation>
    </message>
    <message>
        <source>the Twilio account of %1</source>
        <translation>Twilio-Konto von %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumberRelease</name>
    <message>
        <source>the organization's Twilio account</source>
        <translation>Twilio-Konto der Organisation</translation>
    </message>
    <message>
        <source>the workspace's Twilio account</source>
        <translation>Twilio-Konto des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>The Vapi account of %1 is no longer known; refresh and try again.</source>
        <translation>Das Vapi-Konto von %1 ist nicht mehr bekannt; aktualisieren Sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Vapi did not release %1.</source>
        <translation>Vapi hat %1 nicht freigegeben.</translation>
    </message>
    <message>
        <source>The history could not record it: %1</source>
        <translation>Der Verlauf konnte es nicht festhalten: %1</translation>
    </message>
    <message>
        <source>%1 left Vapi, but the workspace could not forget it: %2</source>
        <translation>%1 hat Vapi verlassen, aber der Arbeitsbereich konnte die Nummer nicht vergessen: %2</translation>
    </message>
    <message>
        <source>Released %1 from Vapi; it is back in the number pool of %2, which Twilio still bills for it.</source>
        <translation>%1 aus Vapi freigegeben; die Nummer liegt wieder im Nummernpool (%2), und Twilio berechnet sie weiterhin.</translation>
    </message>
    <message>
        <source>Released %1 from Vapi, but it could not be put back in the number pool of %2: %3</source>
        <translation>%1 aus Vapi freigegeben, konnte aber nicht in den Nummernpool (%2) zurückgelegt werden: %3</translation>
    </message>
    <message>
        <source>Released %1 from Vapi.</source>
        <translation>%1 aus Vapi freigegeben.</translation>
    </message>
    <message>
        <source>The Twilio account of %1 is no longer known.</source>
        <translation>Das Twilio-Konto von %1 ist nicht mehr bekannt.</translation>
    </message>
    <message>
        <source>%1 was not released on Twilio: the workspace refused a write (%2).</source>
        <translation>%1 wurde bei Twilio nicht freigegeben: Der Arbeitsbereich hat einen Schreibvorgang abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1 is no longer an available number of its pool (an assistant got it meanwhile, or it was removed); it was not released on Twilio.</source>
        <translation>%1 ist keine verfügbare Nummer seines Pools mehr (ein Assistent hat sie inzwischen erhalten, oder sie wurde entfernt); sie wurde bei Twilio nicht freigegeben.</translation>
    </message>
    <message>
        <source>%1 could not be put back in its pool: %2</source>
        <translation>%1 konnte nicht in seinen Pool zurückgelegt werden: %2</translation>
    </message>
    <message>
        <source>Released %1 on Twilio: it left %2 and its monthly bill stops.</source>
        <translation>%1 bei Twilio freigegeben: Die Nummer hat das %2 verlassen, und ihre monatliche Rechnung endet.</translation>
    </message>
    <message>
        <source>%1 was no longer in %2 (released there already); it left the pool.</source>
        <translation>%1 war nicht mehr im %2 (dort bereits freigegeben); die Nummer hat den Pool verlassen.</translation>
    </message>
    <message>
        <source>It is unknown whether Twilio released %1; it stays out of the pool. Check the numbers of %2 in the Twilio Console.</source>
        <translation>Es ist unbekannt, ob Twilio %1 freigegeben hat; die Nummer bleibt außerhalb des Pools. Prüfen Sie die Nummern im %2 in der Twilio Console.</translation>
    </message>
    <message>
        <source>Twilio did not release %1; it stays in the pool of %2.</source>
        <translation>Twilio hat %1 nicht freigegeben; die Nummer bleibt im Pool (%2).</translation>
    </message>
    <message>
        <source>Twilio did not release %1, and it could not be put back in the pool of %2: %3</source>
        <translation>Twilio hat %1 nicht freigegeben, und die Nummer konnte nicht in den Pool (%2) zurückgelegt werden: %3</translation>
    </message>
    <message>
        <source>(%1 said: %2)</source>
        <translation>(%1 sagte: %2)</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersExport</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved; free some space there or choose another folder.</source>
        <translation>%1 konnte nicht geschrieben werden: %2. Es wurde nichts gespeichert; schaffen Sie dort Platz, oder wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>%1 could not be completed: %2</source>
        <translation>%1 konnte nicht abgeschlossen werden: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersModel</name>
    <message>
        <source>Reserved by an attempt</source>
        <translation>Von einem Versuch reserviert</translation>
    </message>
    <message>
        <source>In the pool, not in Vapi</source>
        <translation>Im Pool, nicht in Vapi</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>None: calls are hung up</source>
        <translation>Keiner: Anrufe werden aufgelegt</translation>
    </message>
    <message>
        <source>%1 is in Vapi with no assistant: calls to it are hung up. Assign it to an assistant, or release it.</source>
        <translation>%1 ist in Vapi ohne Assistent: Anrufe darauf werden aufgelegt. Weisen Sie sie einem Assistenten zu oder geben Sie sie frei.</translation>
    </message>
    <message>
        <source>Warning: no assistant, calls are hung up</source>
        <translation>Warnung: kein Assistent, Anrufe werden aufgelegt</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>In the pool; Twilio does not hold it</source>
        <translation>Im Pool; Twilio besitzt sie nicht</translation>
    </message>
    <message>
        <source>In the pool; cannot take calls</source>
        <translation>Im Pool; kann keine Anrufe annehmen</translation>
    </message>
    <message>
        <source>In the pool; calls go to an application or trunk</source>
        <translation>Im Pool; Anrufe gehen an eine Anwendung oder einen Trunk</translation>
    </message>
</context>
<context>
    <name>Switchboard::NumbersView</name>
    <message>
        <source>In the pool, not in Vapi</source>
        <translation>Im Pool, nicht in Vapi</translation>
    </message>
    <message>
        <source>It is a free Vapi number: it counts against the account's free numbers while Vapi holds it.</source>
        <translation>Es ist eine kostenlose Vapi-Nummer: Sie zählt zu den kostenlosen Nummern des Kontos, solange Vapi sie hält.</translation>
    </message>
    <message>
        <source>It is a Twilio number: it costs about %1 a month in Twilio while the account owns it.</source>
        <translation>Es ist eine Twilio-Nummer: Sie kostet bei Twilio etwa %1 im Monat, solange das Konto sie besitzt.</translation>
    </message>
    <message>
        <source>Its carrier bills for it as agreed with them.</source>
        <translation>Ihr Anbieter rechnet sie wie mit ihm vereinbart ab.</translation>
    </message>
    <message>
        <source>%1 (has %2)</source>
        <translation>%1 (hat %2)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Assign %1</source>
        <translation>%1 zuweisen</translation>
    </message>
    <message>
        <source>There is no other assistant in this organization to assign %1 to.</source>
        <translation>In dieser Organisation gibt es keinen anderen Assistenten, dem %1 zugewiesen werden kann.</translation>
    </message>
    <message>
        <source>Calls to %1 will reach the assistant you choose.</source>
        <translation>Anrufe auf %1 erreichen den Assistenten, den Sie wählen.</translation>
    </message>
    <message>
        <source>%1 loses it, and cannot be called until it gets another number.</source>
        <translation>%1 verliert sie und ist nicht erreichbar, bis er eine andere Nummer erhält.</translation>
    </message>
    <message>
        <source>Reassign %1</source>
        <translation>%1 neu zuweisen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Unassign %1</source>
        <translation>Zuweisung von %1 aufheben</translation>
    </message>
    <message>
        <source>Unassign %1 from %2?</source>
        <translation>Zuweisung von %1 an %2 aufheben?</translation>
    </message>
    <message>
        <source>Calls to %1 will be hung up, and %2 cannot be called, until the number is assigned again. %3</source>
        <translation>Anrufe auf %1 werden aufgelegt, und %2 ist nicht erreichbar, bis die Nummer wieder zugewiesen ist. %3</translation>
    </message>
    <message>
        <source>Unassign</source>
        <translation>Zuweisung aufheben</translation>
    </message>
    <message>
        <source>The number goes back to Vapi and frees one of the account's free numbers for another assistant. It may not be possible to get the same number again.</source>
        <translation>Die Nummer geht an Vapi zurück und macht eine der kostenlosen Nummern des Kontos für einen anderen Assistenten frei. Dieselbe Nummer lässt sich womöglich nicht wieder bekommen.</translation>
    </message>
    <message>
        <source>The number leaves Vapi; your carrier keeps billing for it as agreed.</source>
        <translation>Die Nummer verlässt Vapi; Ihr Anbieter rechnet sie weiter wie vereinbart ab.</translation>
    </message>
    <message>
        <source>%1 will have no number: nobody can call it until it gets another.</source>
        <translation>%1 hat dann keine Nummer: Niemand kann ihn anrufen, bis er eine andere erhält.</translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation>%1 freigeben</translation>
    </message>
    <message>
        <source>Release %1 from Vapi?</source>
        <translation>%1 aus Vapi freigeben?</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reass&amp;ign…</source>
        <translation>Neu zuwe&amp;isen…</translation>
    </message>
    <message>
        <source>Ass&amp;ign…</source>
        <translation>&amp;Zuweisen…</translation>
    </message>
    <message>
        <source>Vapi cannot be reached: changes wait for the connection.</source>
        <translation>Vapi ist nicht erreichbar: Änderungen warten auf die Verbindung.</translation>
    </message>
    <message>
        <source>This pool number is not in Vapi yet: the provisioning chain imports it when an assistant needs it.</source>
        <translation>Diese Poolnummer ist noch nicht in Vapi: Die Bereitstellungskette importiert sie, sobald ein Assistent sie braucht.</translation>
    </message>
    <message>
        <source>Numbers in Vapi with no assistant: %1. Calls to them are hung up: assign them or release them.</source>
        <translation>Nummern in Vapi ohne Assistent: %1. Anrufe darauf werden aufgelegt: Weisen Sie sie zu oder geben Sie sie frei.</translation>
    </message>
    <message>
        <source>The number leaves Vapi but stays in the Twilio account, where it still costs about %1 a month. A number of a Twilio pool goes back to the pool for the next assistant, and you are then asked whether to release it on Twilio as well, which stops the bill.</source>
        <translation>Die Nummer verlässt Vapi, bleibt aber im Twilio-Konto, wo sie weiterhin etwa %1 im Monat kostet. Eine Nummer aus einem Twilio-Pool kehrt für den nächsten Assistenten in den Pool zurück, und Sie werden dann gefragt, ob sie auch bei Twilio freigegeben werden soll, was die Rechnung beendet.</translation>
    </message>
    <message>
        <source>%1 (waits in the manual queue)</source>
        <translation>%1 (wartet in der manuellen Warteschlange)</translation>
    </message>
    <message>
        <source>An assistant that waits in the manual queue has its task closed with this number.</source>
        <translation>Bei einem Assistenten, der in der manuellen Warteschlange wartet, wird die Aufgabe mit dieser Nummer abgeschlossen.</translation>
    </message>
    <message>
        <source>Export the numbers</source>
        <translation>Die Nummern exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <source>Exported to %1 (numbers: %2).</source>
        <translation>Nach %1 exportiert (Nummern: %2).</translation>
    </message>
    <message>
        <source>Copy &amp;number</source>
        <translation>&amp;Nummer kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Vapi id</source>
        <translation>&amp;Vapi-ID kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;assistant id</source>
        <translation>&amp;Assistenten-ID kopieren</translation>
    </message>
    <message>
        <source>Open the Vapi &amp;dashboard</source>
        <translation>Vapi-&amp;Dashboard öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;Twilio console</source>
        <translation>&amp;Twilio-Konsole öffnen</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationListModel</name>
    <message>
        <source>All organizations</source>
        <translation>Alle Organisationen</translation>
    </message>
    <message>
        <source>All organizations; workspace account: %1</source>
        <translation>Alle Organisationen; Konto des Arbeitsbereichs: %1</translation>
    </message>
    <message>
        <source>%1 (%2); stage: %3; %4</source>
        <translation>%1 (%2); Stufe: %3; %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%L1/%L2</source>
        <translation>%L1/%L2</translation>
    </message>
    <message>
        <source>Needs Twilio</source>
        <translation>Braucht Twilio</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationRemoval</name>
    <message>
        <source>%1 was not removed, and nothing was changed: its secrets could not be deleted from the keychain. %2</source>
        <translation>%1 wurde nicht entfernt, und nichts wurde geändert: Ihre Geheimnisse konnten nicht aus dem Schlüsselbund gelöscht werden. %2</translation>
    </message>
    <message>
        <source>%1 was not removed: %2</source>
        <translation>%1 wurde nicht entfernt: %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationSave</name>
    <message>
        <source>the Vapi private key</source>
        <translation>den privaten Vapi-Schlüssel</translation>
    </message>
    <message>
        <source>the Twilio API key secret</source>
        <translation>das Geheimnis des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>the Twilio auth token</source>
        <translation>das Twilio-Auth-Token</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no keychain to keep the secrets in.</source>
        <translation>Nichts wurde gespeichert: Es gibt keinen Schlüsselbund für die Geheimnisse.</translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>Der Arbeitsbereich ist beschäftigt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Vapi private key: there is no Vapi account to keep it for.</source>
        <translation>Privater Vapi-Schlüssel: Es gibt kein Vapi-Konto, für das er gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>Twilio secret: the organization has no Twilio account of its own to keep it for.</source>
        <translation>Twilio-Geheimnis: Die Organisation hat kein eigenes Twilio-Konto, für das es gespeichert werden könnte.</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not give %1 back to be replaced. %2</source>
        <translation>Nichts wurde gespeichert: Der Schlüsselbund hat %1 zum Ersetzen nicht herausgegeben. %2</translation>
    </message>
    <message>
        <source>Nothing was saved: the keychain did not take %1. %2</source>
        <translation>Nichts wurde gespeichert: Der Schlüsselbund hat %1 nicht angenommen. %2</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was saved.</source>
        <translation>Der Arbeitsbereich konnte nicht geschrieben werden; nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The keychain may still hold %1; it is not in use and can be removed with the keychain's own tool.</source>
        <translation>Der Schlüsselbund enthält möglicherweise noch %1; es wird nicht verwendet und kann mit dem Werkzeug des Schlüsselbunds entfernt werden.</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationSetup</name>
    <message>
        <source>slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>Vorwahl</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>Twilio-Konto-SID</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>is needed with an API key: the account SID stays in every request's path</source>
        <translation>wird mit einem API-Schlüssel benötigt: Die Konto-SID steht im Pfad jeder Anfrage</translation>
    </message>
    <message>
        <source>number pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <source>needs the organization's Twilio account SID: the numbers must belong to that account</source>
        <translation>braucht die Twilio-Konto-SID der Organisation: Die Nummern müssen zu diesem Konto gehören</translation>
    </message>
    <message>
        <source>purchase limit</source>
        <translation>Kauflimit</translation>
    </message>
    <message>
        <source>must be between 0 and 1000 a month</source>
        <translation>muss zwischen 0 und 1000 pro Monat liegen</translation>
    </message>
    <message>
        <source>allow purchase</source>
        <translation>Kauf erlauben</translation>
    </message>
    <message>
        <source>needs the organization's Twilio account to buy in</source>
        <translation>braucht das Twilio-Konto der Organisation, um darin zu kaufen</translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>Der Arbeitsbereich ist beschäftigt; versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>organization %1 does not exist</source>
        <translation>die Organisation %1 existiert nicht</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was changed.</source>
        <translation>Der Arbeitsbereich konnte nicht geschrieben werden; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>cannot be checked against the other pools: %1</source>
        <translation>kann nicht mit den anderen Pools abgeglichen werden: %1</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>free-number cap</source>
        <translation>Obergrenze freier Nummern</translation>
    </message>
    <message>
        <source>belongs to the organization's own Vapi account; the workspace's cap is one of the workspace's settings</source>
        <translation>gehört zum eigenen Vapi-Konto der Organisation; die Obergrenze des Arbeitsbereichs ist eine seiner Einstellungen</translation>
    </message>
    <message>
        <source>must be between 0 and %1</source>
        <translation>muss zwischen 0 und %1 liegen</translation>
    </message>
    <message>
        <source>slug: stays "%1" once the organization exists; scripts and exports name it by its slug</source>
        <translation>Kürzel: bleibt „%1“, sobald die Organisation besteht; Skripte und Exporte nennen sie bei ihrem Kürzel</translation>
    </message>
    <message>
        <source>number pool: %1 is in use (an assistant has it, or a provisioning holds it) and stays in the pool; put it back in the list, or release it from the Numbers tab first</source>
        <translation>Nummernpool: %1 ist in Gebrauch (ein Assistent hat sie, oder eine Bereitstellung hält sie) und bleibt im Pool; nehmen Sie sie wieder in die Liste auf, oder geben Sie sie zuerst im Tab Nummern frei</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationStore</name>
    <message>
        <source>must be zero or more</source>
        <translation>darf nicht negativ sein</translation>
    </message>
    <message>
        <source>slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>area code</source>
        <translation>Vorwahl</translation>
    </message>
    <message>
        <source>purchase limit</source>
        <translation>Kauflimit</translation>
    </message>
    <message>
        <source>slug: an organization called "%1" already exists; choose another slug.</source>
        <translation>Kürzel: Eine Organisation namens „%1“ gibt es bereits; wählen Sie ein anderes Kürzel.</translation>
    </message>
    <message>
        <source>The organization "%1" is no longer in the workspace (removed from another console?).</source>
        <translation>Die Organisation „%1“ ist nicht mehr im Arbeitsbereich (an einer anderen Konsole entfernt?).</translation>
    </message>
    <message>
        <source>That organization is no longer in the workspace (removed from another console?).</source>
        <translation>Diese Organisation ist nicht mehr im Arbeitsbereich (an einer anderen Konsole entfernt?).</translation>
    </message>
    <message>
        <source>Organization "%1" added</source>
        <translation>Organisation „%1“ hinzugefügt</translation>
    </message>
    <message>
        <source>Organization "%1" changed: %2</source>
        <translation>Organisation „%1“ geändert: %2</translation>
    </message>
    <message>
        <source>Organization "%1" removed; its history stays</source>
        <translation>Organisation „%1“ entfernt; ihr Verlauf bleibt</translation>
    </message>
    <message>
        <source>Organization "%1" removed with its %2; its history stays</source>
        <translation>Organisation „%1“ mit %2 entfernt; ihr Verlauf bleibt</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>Vapi-Konto</translation>
    </message>
    <message>
        <source>Twilio account</source>
        <translation>Twilio-Konto</translation>
    </message>
    <message>
        <source>pool number</source>
        <translation>Pool-Nummer</translation>
    </message>
</context>
<context>
    <name>Switchboard::OrganizationWizard</name>
    <message>
        <source>is needed to reach the account; %1</source>
        <translation>wird benötigt, um das Konto zu erreichen; %1</translation>
    </message>
    <message>
        <source>Edit the organization</source>
        <translation>Organisation bearbeiten</translation>
    </message>
    <message>
        <source>Set up an organization</source>
        <translation>Eine Organisation einrichten</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> pro Monat</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Privater Vapi-Schlüssel</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Twilio-Auth-Token</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Geheimnis des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>find it in the Vapi dashboard under API Keys</source>
        <translation>Sie finden ihn im Vapi-Dashboard unter „API Keys“</translation>
    </message>
    <message>
        <source>is needed for the organization's own Twilio account; it is on the Twilio console's home page</source>
        <translation>wird für das eigene Twilio-Konto der Organisation benötigt; sie steht auf der Startseite der Twilio-Konsole</translation>
    </message>
    <message>
        <source>is needed to sign in with an API key; create one in the Twilio console under API keys</source>
        <translation>wird für die Anmeldung mit einem API-Schlüssel benötigt; erstellen Sie einen in der Twilio-Konsole unter „API keys“</translation>
    </message>
    <message>
        <source>Twilio shows it once, when the API key is created</source>
        <translation>Twilio zeigt es nur einmal an, beim Erstellen des API-Schlüssels</translation>
    </message>
    <message>
        <source>it is on the Twilio console's home page</source>
        <translation>es steht auf der Startseite der Twilio-Konsole</translation>
    </message>
    <message>
        <source>Vapi account</source>
        <translation>Vapi-Konto</translation>
    </message>
    <message>
        <source>The customer's own Vapi account: its region and its private API key. Its free numbers are counted apart from the workspace's.</source>
        <translation>Das eigene Vapi-Konto des Kunden: seine Region und sein privater API-Schlüssel. Seine kostenlosen Nummern werden getrennt von denen des Arbeitsbereichs gezählt.</translation>
    </message>
    <message>
        <source>The workspace's Vapi account is not set up yet: choose its region and enter its private API key. It serves every organization that does not bring its own.</source>
        <translation>Das Vapi-Konto des Arbeitsbereichs ist noch nicht eingerichtet: Wählen Sie seine Region und geben Sie seinen privaten API-Schlüssel ein. Es bedient jede Organisation, die kein eigenes mitbringt.</translation>
    </message>
    <message>
        <source>Leave the key empty to keep the one in the keychain.</source>
        <translation>Lassen Sie den Schlüssel leer, um den im Schlüsselbund zu behalten.</translation>
    </message>
    <message>
        <source>✗ %1: %2</source>
        <translation>✗ %1: %2</translation>
    </message>
    <message>
        <source>= %1: listed twice; kept once</source>
        <translation>= %1: doppelt aufgeführt; einmal übernommen</translation>
    </message>
    <message>
        <source>✓ %1</source>
        <translation>✓ %1</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1.</source>
        <translation>Nummern bereit für den Pool: %1.</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1; not valid: %2 (see the list).</source>
        <translation>Nummern bereit für den Pool: %1; ungültig: %2 (siehe Liste).</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Nothing was saved: there is no keychain to keep the secrets in.</source>
        <translation>Nichts wurde gespeichert: Es gibt keinen Schlüsselbund für die Geheimnisse.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Numbers ready for the pool: %1; not valid: %2; in another pool: %3 (see the list).</source>
        <translation>Nummern für den Pool bereit: %1; ungültig: %2; in einem anderen Pool: %3 (siehe Liste).</translation>
    </message>
    <message>
        <source>Testing the key: which Vapi account does it reach…</source>
        <translation>Schlüssel wird geprüft: Welches Vapi-Konto erreicht er …</translation>
    </message>
    <message>
        <source>is the one %1 uses already: tick "Yes, these organizations share one Vapi account" if that is intended, or enter the key of another account</source>
        <translation>ist das Konto, das %1 bereits nutzt: Kreuzen Sie „Ja, diese Organisationen teilen sich ein Vapi-Konto“ an, wenn das beabsichtigt ist, oder geben Sie den Schlüssel eines anderen Kontos ein</translation>
    </message>
    <message>
        <source>Enter the organization's Twilio account and its secret first (Twilio page).</source>
        <translation>Geben Sie zuerst das Twilio-Konto der Organisation und sein Geheimnis ein (Seite Twilio).</translation>
    </message>
    <message>
        <source>Clearing in Twilio…</source>
        <translation>Wird in Twilio entfernt …</translation>
    </message>
    <message>
        <source>Asking Twilio…</source>
        <translation>Twilio wird gefragt …</translation>
    </message>
    <message>
        <source>Twilio holds every number, and each takes calls.</source>
        <translation>Twilio besitzt jede Nummer, und jede nimmt Anrufe an.</translation>
    </message>
    <message>
        <source>Twilio: %1 cannot be used, %2 send their calls elsewhere, %3 could not be checked (see the list).</source>
        <translation>Twilio: %1 nicht verwendbar, %2 leiten ihre Anrufe anderswohin, %3 nicht prüfbar (siehe Liste).</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>✓ %1 (Twilio: ready)</source>
        <translation>✓ %1 (Twilio: bereit)</translation>
    </message>
    <message>
        <source>As the workspace's default: a number automatically</source>
        <translation>Wie im Arbeitsbereich voreingestellt: automatisch eine Nummer</translation>
    </message>
    <message>
        <source>As the workspace's default: a number on request only</source>
        <translation>Wie im Arbeitsbereich voreingestellt: eine Nummer nur auf Anfrage</translation>
    </message>
    <message>
        <source>Get a number automatically</source>
        <translation>Automatisch eine Nummer bekommen</translation>
    </message>
    <message>
        <source>Get a number only when someone asks</source>
        <translation>Nur eine Nummer bekommen, wenn jemand darum bittet</translation>
    </message>
    <message>
        <source>Vapi refused this key; copy the private key (not the public one) from the Vapi dashboard's API Keys page, then test it again</source>
        <translation>Vapi hat diesen Schlüssel abgelehnt; kopieren Sie den privaten Schlüssel (nicht den öffentlichen) von der Seite „API Keys“ im Vapi-Dashboard und testen Sie ihn erneut</translation>
    </message>
    <message>
        <source>Twilio refused these credentials; check the account SID and the secret in the Twilio console, then test them again</source>
        <translation>Twilio hat diese Zugangsdaten abgelehnt; prüfen Sie die Konto-SID und das Geheimnis in der Twilio-Konsole und testen Sie sie erneut</translation>
    </message>
    <message>
        <source>is empty; enter it first</source>
        <translation>ist leer; geben Sie ihn zuerst ein</translation>
    </message>
    <message>
        <source>? %1: Twilio could not be asked (%2)</source>
        <translation>? %1: Twilio konnte nicht gefragt werden (%2)</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>No pool numbers: past the free numbers, the chain buys them within the monthly limit.</source>
        <translation>Keine Pool-Nummern: Nach den kostenlosen Nummern kauft die Kette sie innerhalb des Monatslimits.</translation>
    </message>
    <message>
        <source>No pool numbers, and buying is off: past the free numbers, assistants wait in the manual queue.</source>
        <translation>Keine Pool-Nummern, und Käufe sind aus: Nach den kostenlosen Nummern warten Assistenten in der manuellen Warteschlange.</translation>
    </message>
    <message>
        <source>No Twilio account of its own: past the free numbers, the workspace's Twilio account serves it, if it is set up.</source>
        <translation>Kein eigenes Twilio-Konto: Nach den kostenlosen Nummern bedient sie das Twilio-Konto des Arbeitsbereichs, falls es eingerichtet ist.</translation>
    </message>
    <message>
        <source>The slug stays as it was chosen: scripts, exports and the keychain name the organization by it.</source>
        <translation>Das Kürzel bleibt, wie es gewählt wurde: Skripte, Exporte und der Schlüsselbund nennen die Organisation bei ihm.</translation>
    </message>
    <message>
        <source>Who the customer is.</source>
        <translation>Wer der Kunde ist.</translation>
    </message>
    <message numerus="yes">
        <source> free number(s)</source>
        <translation>
            <numerusform> kostenlose Nummer</numerusform>
            <numerusform> kostenlose Nummern</numerusform>
        </translation>
    </message>
    <message>
        <source>The workspace's Vapi account is set up: nothing to enter here. Its key and free-number cap are changed in File → Settings….</source>
        <translation>Das Vapi-Konto des Arbeitsbereichs ist eingerichtet: Hier ist nichts einzugeben. Sein Schlüssel und seine Obergrenze kostenloser Nummern werden unter Datei → Einstellungen… geändert.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Slug</source>
        <translation>Kürzel</translation>
    </message>
    <message>
        <source>Preferred area code</source>
        <translation>Bevorzugte Vorwahl</translation>
    </message>
    <message>
        <source>Monthly limit</source>
        <translation>Monatliches Limit</translation>
    </message>
    <message>
        <source>Pool numbers belong to the organization's own Twilio account: tick it on the Twilio page, or empty the list.</source>
        <translation>Pool-Nummern gehören zum eigenen Twilio-Konto der Organisation: Aktivieren Sie es auf der Twilio-Seite, oder leeren Sie die Liste.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PhoneAddress</name>
    <message>
        <source>is empty; enter a number in E.164 form such as +14155552671</source>
        <translation>ist leer; geben Sie eine Nummer im E.164-Format ein, etwa +14155552671</translation>
    </message>
    <message>
        <source>"%1" has no country code; write it in E.164 form with a leading + (for example +14155552671)</source>
        <translation>„%1“ hat keine Ländervorwahl; schreiben Sie sie im E.164-Format mit führendem + (zum Beispiel +14155552671)</translation>
    </message>
    <message>
        <source>"%1" does not start with a known country code; write it in E.164 form such as +14155552671</source>
        <translation>„%1“ beginnt nicht mit einer bekannten Ländervorwahl; schreiben Sie sie im E.164-Format, etwa +14155552671</translation>
    </message>
    <message>
        <source>"%1" is not a phone number; write it in E.164 form such as +14155552671</source>
        <translation>„%1“ ist keine Telefonnummer; schreiben Sie sie im E.164-Format, etwa +14155552671</translation>
    </message>
    <message>
        <source>"%1" has an extension; Vapi and Twilio need the number alone</source>
        <translation>„%1“ hat eine Durchwahl; Vapi und Twilio brauchen die Nummer allein</translation>
    </message>
    <message>
        <source>"%1" is not a valid number in its country's numbering plan; check the country code and the number of digits</source>
        <translation>„%1“ ist im Nummerierungsplan ihres Landes nicht gültig; prüfen Sie die Ländervorwahl und die Anzahl der Ziffern</translation>
    </message>
    <message>
        <source>"%1" is not a SIP URI; it must look like sip:name@sip.vapi.ai</source>
        <translation>„%1“ ist keine SIP-URI; sie muss wie sip:name@sip.vapi.ai aussehen</translation>
    </message>
    <message>
        <source>"%1" needs exactly one user name before one @ host, as in sip:name@sip.vapi.ai</source>
        <translation>„%1“ braucht genau einen Benutzernamen vor genau einem @-Host, wie in sip:name@sip.vapi.ai</translation>
    </message>
    <message>
        <source>the user name of "%1" may only hold letters, digits and -_.!~*'() (at most 64 characters)</source>
        <translation>der Benutzername von „%1“ darf nur Buchstaben, Ziffern und -_.!~*'() enthalten (höchstens 64 Zeichen)</translation>
    </message>
    <message>
        <source>the host of "%1" is not a domain name such as sip.vapi.ai</source>
        <translation>der Host von „%1“ ist kein Domainname wie sip.vapi.ai</translation>
    </message>
    <message>
        <source>"%1" has hidden digits; enter the whole number in E.164 form such as +14155552671</source>
        <translation>„%1“ enthält verdeckte Ziffern; geben Sie die ganze Nummer im E.164-Format ein, etwa +14155552671</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolCheckAfterSave</name>
    <message numerus="yes">
        <source>Twilio holds the %n number(s) added to the pool, ready for calls.</source>
        <translation>
            <numerusform>Twilio hält die %n Nummer, die dem Nummernpool hinzugefügt wurde, bereit für Anrufe.</numerusform>
            <numerusform>Twilio hält die %n Nummern, die dem Nummernpool hinzugefügt wurden, bereit für Anrufe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) could not be asked about now; the chain asks again before it uses one.</source>
        <translation>
            <numerusform>%n Nummer konnte jetzt nicht erfragt werden; die Kette fragt erneut, bevor sie sie verwendet.</numerusform>
            <numerusform>%n Nummern konnten jetzt nicht erfragt werden; die Kette fragt erneut, bevor sie eine verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>The numbers added to the pool were not checked with Twilio (%1); the chain asks before it uses one.</source>
        <translation>Die dem Nummernpool hinzugefügten Nummern wurden nicht bei Twilio geprüft (%1); die Kette fragt, bevor sie eine verwendet.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolCheckRun</name>
    <message>
        <source>The Twilio client was closed.</source>
        <translation>Der Twilio-Client wurde geschlossen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolEditor</name>
    <message>
        <source>Remove from the poo&amp;l</source>
        <translation>Aus dem &amp;Pool nehmen</translation>
    </message>
    <message>
        <source>Add num&amp;bers (one a line, or separated by commas):</source>
        <translation>&amp;Weitere Nummern hinzufügen (eine pro Zeile oder durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Numbers in the workspace's pool</source>
        <translation>Nummern im Pool des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Only numbers not in use can be taken out: a number in use belongs to an assistant. The number stays in Twilio.</source>
        <translation>Nur Nummern, die nicht in Gebrauch sind, können herausgenommen werden: Eine Nummer in Gebrauch gehört einem Assistenten. Die Nummer bleibt in Twilio.</translation>
    </message>
    <message>
        <source>Numbers to add to the pool</source>
        <translation>Nummern, die dem Pool hinzugefügt werden</translation>
    </message>
    <message>
        <source>%1: free</source>
        <translation>%1: frei</translation>
    </message>
    <message>
        <source>%1: in Vapi, in use</source>
        <translation>%1: in Vapi, in Gebrauch</translation>
    </message>
    <message>
        <source>%1: being provisioned</source>
        <translation>%1: wird gerade bereitgestellt</translation>
    </message>
    <message>
        <source>No numbers yet.</source>
        <translation>Noch keine Nummern.</translation>
    </message>
    <message>
        <source>Its number pool:</source>
        <translation>Sein Nummernpool:</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolNumberCheck</name>
    <message>
        <source>Twilio account %1 does not hold %2, so Vapi cannot import it. Add the number to that account, or take it out of the pool.</source>
        <translation>Das Twilio-Konto %1 besitzt %2 nicht, daher kann Vapi sie nicht importieren. Fügen Sie die Nummer diesem Konto hinzu oder nehmen Sie sie aus dem Pool.</translation>
    </message>
    <message>
        <source>%1 cannot take voice calls (Twilio lists no voice capability for it), so an assistant could never answer it. Use a voice-capable number instead.</source>
        <translation>%1 kann keine Sprachanrufe annehmen (Twilio führt keine Sprachfähigkeit für sie), ein Assistent könnte sie also nie beantworten. Verwenden Sie stattdessen eine sprachfähige Nummer.</translation>
    </message>
    <message>
        <source>%1 sends its calls to the SIP trunk %2: Twilio ignores the voice URL Vapi writes while a trunk is set, so calls would never reach the assistant. Clear the trunk (with consent) or take the number out of the pool.</source>
        <translation>%1 leitet ihre Anrufe an den SIP-Trunk %2: Twilio ignoriert die Sprach-URL, die Vapi schreibt, solange ein Trunk gesetzt ist, Anrufe würden den Assistenten also nie erreichen. Entfernen Sie den Trunk (mit Zustimmung) oder nehmen Sie die Nummer aus dem Pool.</translation>
    </message>
    <message>
        <source>%1 sends its calls to the TwiML application %2: Twilio ignores the voice URL Vapi writes while an application is set, so calls would never reach the assistant. Clear the application (with consent) or take the number out of the pool.</source>
        <translation>%1 leitet ihre Anrufe an die TwiML-Anwendung %2: Twilio ignoriert die Sprach-URL, die Vapi schreibt, solange eine Anwendung gesetzt ist, Anrufe würden den Assistenten also nie erreichen. Entfernen Sie die Anwendung (mit Zustimmung) oder nehmen Sie die Nummer aus dem Pool.</translation>
    </message>
    <message>
        <source>In Twilio account %1; takes voice calls; no application or trunk in front of its voice URL.</source>
        <translation>Im Twilio-Konto %1; nimmt Sprachanrufe an; keine Anwendung und kein Trunk vor ihrer Sprach-URL.</translation>
    </message>
    <message>
        <source>Twilio could not be asked about %1 (%2); it keeps its standing until it can.</source>
        <translation>Twilio konnte nicht zu %1 befragt werden (%2); ihr Stand bleibt, bis es möglich ist.</translation>
    </message>
    <message>
        <source>%1 could not be changed in Twilio (%2). %3</source>
        <translation>%1 konnte in Twilio nicht geändert werden (%2). %3</translation>
    </message>
    <message>
        <source>%1: cleared its application or trunk; calls now go to the voice URL Vapi writes.</source>
        <translation>%1: Anwendung bzw. Trunk entfernt; Anrufe gehen jetzt an die Sprach-URL, die Vapi schreibt.</translation>
    </message>
    <message>
        <source>%1: ready (%2)</source>
        <translation>%1: bereit (%2)</translation>
    </message>
</context>
<context>
    <name>Switchboard::PoolOwnership</name>
    <message>
        <source>%1 is already in the workspace's pool; a number can be in one pool only.</source>
        <translation>%1 ist bereits im Pool des Arbeitsbereichs; eine Nummer kann nur in einem Pool sein.</translation>
    </message>
    <message>
        <source>%1 is already in the number pool of %2; a number can be in one pool only.</source>
        <translation>%1 ist bereits im Nummernpool von %2; eine Nummer kann nur in einem Pool sein.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningDialog</name>
    <message>
        <source>Provisioning %1</source>
        <translation>Bereitstellung für %1</translation>
    </message>
    <message>
        <source>Finding a number for %1: free Vapi numbers first, then Twilio, then the manual queue…</source>
        <translation>Nummer für %1 wird gesucht: zuerst kostenlose Vapi-Nummern, dann Twilio, dann die manuelle Warteschlange…</translation>
    </message>
    <message>
        <source>%1 already had a number: %2.</source>
        <translation>%1 hatte bereits eine Nummer: %2.</translation>
    </message>
    <message>
        <source>%1 can be called now at %2.</source>
        <translation>%1 ist jetzt unter %2 erreichbar.</translation>
    </message>
    <message>
        <source>No link of the chain could give %1 a number; it waits in the manual queue with the reasons below.</source>
        <translation>Kein Glied der Kette konnte %1 eine Nummer geben; er wartet mit den unten genannten Gründen in der manuellen Warteschlange.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 has %2. Vapi is activating it: calls work in a few minutes.</source>
        <translation>%1 hat %2. Vapi aktiviert sie: Anrufe funktionieren in wenigen Minuten.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningEngine</name>
    <message>
        <source>organization: there is no organization %1</source>
        <translation>Organisation: Es gibt keine Organisation %1</translation>
    </message>
    <message>
        <source>assistant: an assistant id is needed</source>
        <translation>Assistent: Eine Assistenten-ID wird benötigt</translation>
    </message>
    <message>
        <source>Not provisioned: created without a number on request. It is not provisioned automatically; provision it when it needs a number.</source>
        <translation>Nicht bereitgestellt: auf Wunsch ohne Nummer angelegt. Er erhält nicht automatisch eine Nummer; stellen Sie eine bereit, wenn er sie braucht.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ProvisioningJob</name>
    <message>
        <source>No Vapi account serves this organization; set up the workspace's Vapi account first.</source>
        <translation>Kein Vapi-Konto bedient diese Organisation; richten Sie zuerst das Vapi-Konto des Arbeitsbereichs ein.</translation>
    </message>
    <message>
        <source>Cancelled before a number was assigned.</source>
        <translation>Abgebrochen, bevor eine Nummer zugewiesen wurde.</translation>
    </message>
    <message>
        <source>The Vapi key cannot be read: %1</source>
        <translation>Der Vapi-Schlüssel kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The assistant already has %1; nothing was changed.</source>
        <translation>Der Assistent hat bereits %1; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Free Vapi number %1 created and assigned.</source>
        <translation>Kostenlose Vapi-Nummer %1 erstellt und zugewiesen.</translation>
    </message>
    <message>
        <source>Assigned the free Vapi number %1.</source>
        <translation>Die kostenlose Vapi-Nummer %1 zugewiesen.</translation>
    </message>
    <message>
        <source>It is unknown whether Vapi created the number; nothing more was tried. Provisioning again finds it if it exists.</source>
        <translation>Es ist unbekannt, ob Vapi die Nummer erstellt hat; es wurde nichts weiter versucht. Eine erneute Bereitstellung findet sie, falls es sie gibt.</translation>
    </message>
    <message>
        <source>Stopped: the outcome of the free-number request is unknown.</source>
        <translation>Angehalten: Das Ergebnis der Anfrage nach einer kostenlosen Nummer ist unbekannt.</translation>
    </message>
    <message>
        <source>Vapi did not create a free number.</source>
        <translation>Vapi hat keine kostenlose Nummer erstellt.</translation>
    </message>
    <message>
        <source>The Twilio credentials cannot be read: %1</source>
        <translation>Die Twilio-Zugangsdaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Twilio could not search for numbers.</source>
        <translation>Twilio konnte nicht nach Nummern suchen.</translation>
    </message>
    <message>
        <source>Twilio has no numbers to buy right now.</source>
        <translation>Twilio hat gerade keine Nummern zu kaufen.</translation>
    </message>
    <message>
        <source>Twilio did not sell the number.</source>
        <translation>Twilio hat die Nummer nicht verkauft.</translation>
    </message>
    <message>
        <source>Stopped: it is unknown whether Twilio sold the number.</source>
        <translation>Angehalten: Es ist unbekannt, ob Twilio die Nummer verkauft hat.</translation>
    </message>
    <message>
        <source>Stopped: the workspace database refused a write.</source>
        <translation>Angehalten: Die Datenbank des Arbeitsbereichs hat einen Schreibvorgang abgelehnt.</translation>
    </message>
    <message>
        <source>Twilio number %1 imported into Vapi and assigned.</source>
        <translation>Twilio-Nummer %1 in Vapi importiert und zugewiesen.</translation>
    </message>
    <message>
        <source>Assigned the Twilio number %1.</source>
        <translation>Die Twilio-Nummer %1 zugewiesen.</translation>
    </message>
    <message>
        <source>It is unknown whether Vapi imported %1; nothing more was tried.</source>
        <translation>Es ist unbekannt, ob Vapi %1 importiert hat; es wurde nichts weiter versucht.</translation>
    </message>
    <message>
        <source>Stopped: the outcome of the import is unknown.</source>
        <translation>Angehalten: Das Ergebnis des Imports ist unbekannt.</translation>
    </message>
    <message>
        <source>Vapi did not import %1, and whether it holds the number could not be checked.</source>
        <translation>Vapi hat %1 nicht importiert, und ob es die Nummer hält, ließ sich nicht prüfen.</translation>
    </message>
    <message>
        <source>Twilio number %1 was already imported and assigned.</source>
        <translation>Die Twilio-Nummer %1 war bereits importiert und zugewiesen.</translation>
    </message>
    <message>
        <source>%1 is already in Vapi for another assistant; it is no longer offered from the pool.</source>
        <translation>%1 ist in Vapi bereits einem anderen Assistenten zugeordnet; sie wird nicht mehr aus dem Pool angeboten.</translation>
    </message>
    <message>
        <source>Vapi did not import %1.</source>
        <translation>Vapi hat %1 nicht importiert.</translation>
    </message>
    <message>
        <source>Give the assistant a number by hand: type an E.164 number or a SIP URI, or pick an existing unassigned number. Setting up Twilio for the organization or the workspace avoids this next time.</source>
        <translation>Geben Sie dem Assistenten von Hand eine Nummer: Geben Sie eine E.164-Nummer oder eine SIP-URI ein, oder wählen Sie eine vorhandene, nicht zugewiesene Nummer. Wenn Sie Twilio für die Organisation oder den Arbeitsbereich einrichten, ist das beim nächsten Mal nicht nötig.</translation>
    </message>
    <message>
        <source>Manual task #%1 opened.</source>
        <translation>Manuelle Aufgabe #%1 eröffnet.</translation>
    </message>
    <message>
        <source>No link of the chain could give a number; manual task #%1 carries the reasons.</source>
        <translation>Kein Glied der Kette konnte eine Nummer geben; die manuelle Aufgabe #%1 enthält die Gründe.</translation>
    </message>
    <message>
        <source>Stopped before any request: the history could not be written (%1).</source>
        <translation>Vor der ersten Anfrage angehalten: Der Verlauf konnte nicht geschrieben werden (%1).</translation>
    </message>
    <message>
        <source>%1 has no assistant %2 that Switchboard knows of, and no Vapi account serves it to look in.</source>
        <translation>%1 hat keinen Assistenten %2, den Switchboard kennt, und kein Vapi-Konto bedient die Organisation, um nachzusehen.</translation>
    </message>
    <message>
        <source>Nothing was done: the attempt could not be recorded. %1</source>
        <translation>Nichts wurde getan: Der Versuch konnte nicht aufgezeichnet werden. %1</translation>
    </message>
    <message>
        <source>Assistant %1 cannot be checked (the Vapi key cannot be read: %2), and it is not known as an assistant of %3.</source>
        <translation>Assistent %1 kann nicht geprüft werden (der Vapi-Schlüssel ist nicht lesbar: %2), und er ist nicht als Assistent von %3 bekannt.</translation>
    </message>
    <message>
        <source>There is no assistant %1 in the Vapi account that serves %2.</source>
        <translation>Im Vapi-Konto, das %2 bedient, gibt es keinen Assistenten %1.</translation>
    </message>
    <message>
        <source>Assistant %1 (%2) belongs to %3, not to %4; nothing was done.</source>
        <translation>Assistent %1 (%2) gehört zu %3, nicht zu %4; nichts wurde getan.</translation>
    </message>
    <message>
        <source>The number pool is used up, and this month's purchase limit (%1) is reached, counting purchases in progress.</source>
        <translation>Der Nummernpool ist aufgebraucht, und das Kauflimit dieses Monats (%1) ist erreicht, laufende Käufe mitgezählt.</translation>
    </message>
    <message>
        <source>The bought number %1 could not be recorded in the pool: %2</source>
        <translation>Die gekaufte Nummer %1 konnte nicht im Pool gespeichert werden: %2</translation>
    </message>
    <message>
        <source>No number, and the manual task could not be written: %1</source>
        <translation>Keine Nummer, und die manuelle Aufgabe konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Stopped: the workspace could not record a step, so nothing more was done. %1</source>
        <translation>Angehalten: Der Arbeitsbereich konnte einen Schritt nicht speichern, daher wurde nichts weiter getan. %1</translation>
    </message>
    <message>
        <source>The outcome could not be recorded (%1); the next start settles it.</source>
        <translation>Das Ergebnis konnte nicht gespeichert werden (%1); der nächste Start klärt es.</translation>
    </message>
    <message>
        <source>Assistant %1 (%2) is not linked to %3; link it to the organization first (Link an assistant in the console, or switchboard-cli assistant link).</source>
        <translation>Assistent %1 (%2) ist nicht mit %3 verknüpft; verknüpfen Sie ihn zuerst mit der Organisation (Einen Assistenten verknüpfen in der Konsole oder switchboard-cli assistant link).</translation>
    </message>
    <message>
        <source>Twilio refused the purchase: this is a trial account, which may own only one number. Upgrade the Twilio account (Twilio Console, Upgrade); until it is marked upgraded, no number is bought from it.</source>
        <translation>Twilio hat den Kauf abgelehnt: Dies ist ein Testkonto, das nur eine Nummer besitzen darf. Führen Sie ein Upgrade des Twilio-Kontos durch (Twilio Console, Upgrade); bis es als hochgestuft markiert ist, wird dort keine Nummer gekauft.</translation>
    </message>
    <message>
        <source>Vapi refused another free number: the account's cap is %1. The cap is now set to what Vapi allows; it is asked again in %2 days, or when you check it again.</source>
        <translation>Vapi hat eine weitere kostenlose Nummer abgelehnt: Die Obergrenze des Kontos ist %1. Die Obergrenze ist jetzt auf das gesetzt, was Vapi erlaubt; in %2 Tagen oder wenn Sie erneut prüfen, wird wieder gefragt.</translation>
    </message>
    <message>
        <source>Vapi has no free number in area code %1, and %2 takes free numbers from its own area code only.</source>
        <translation>Vapi hat keine kostenlose Nummer in der Vorwahl %1, und %2 nimmt kostenlose Nummern nur aus der eigenen Vorwahl.</translation>
    </message>
    <message>
        <source>Vapi had no free number in any area code tried.</source>
        <translation>Vapi hatte in keiner der versuchten Vorwahlen eine kostenlose Nummer.</translation>
    </message>
    <message>
        <source>%1 (checked %2): %3</source>
        <translation>%1 (geprüft %2): %3</translation>
    </message>
    <message numerus="yes">
        <source>Passed over %n pool number(s) Twilio said cannot be used; each is asked about again after a day, or at once with `switchboard-cli pool check`. %1</source>
        <translation>
            <numerusform>%n Pool-Nummer übergangen, die laut Twilio nicht verwendbar ist; nach einem Tag wird erneut gefragt, sofort mit `switchboard-cli pool check`. %1</numerusform>
            <numerusform>%n Pool-Nummern übergangen, die laut Twilio nicht verwendbar sind; nach einem Tag wird erneut gefragt, sofort mit `switchboard-cli pool check`. %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Import the next pool number.</source>
        <translation>Die nächste Pool-Nummer importieren.</translation>
    </message>
    <message>
        <source>Pool number %1 was not imported: %2</source>
        <translation>Pool-Nummer %1 wurde nicht importiert: %2</translation>
    </message>
    <message>
        <source>Nothing was done: Vapi could not be asked about assistant %1 and its numbers (%2).</source>
        <translation>Es wurde nichts getan: Vapi konnte nicht nach dem Assistenten %1 und seinen Nummern gefragt werden (%2).</translation>
    </message>
    <message>
        <source>Whether the assistant's number %1 still exists could not be checked, so nothing was created: %2</source>
        <translation>Ob die Nummer %1 des Assistenten noch existiert, konnte nicht geprüft werden; daher wurde nichts erstellt: %2</translation>
    </message>
    <message>
        <source>Nothing was done: %1.</source>
        <translation>Es wurde nichts getan: %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Reconciliation</name>
    <message>
        <source>Interrupted; no Vapi account serves the organization any more, so nothing can have been created.</source>
        <translation>Unterbrochen; kein Vapi-Konto bedient die Organisation mehr, also kann nichts erstellt worden sein.</translation>
    </message>
    <message>
        <source>Interrupted before Vapi created or imported a number; nothing was assigned. Provision again.</source>
        <translation>Unterbrochen, bevor Vapi eine Nummer erstellt oder importiert hat; nichts wurde zugewiesen. Stellen Sie erneut bereit.</translation>
    </message>
    <message>
        <source>Found in Vapi after a restart: %1.</source>
        <translation>Nach einem Neustart in Vapi gefunden: %1.</translation>
    </message>
    <message>
        <source>Interrupted by a restart.</source>
        <translation>Durch einen Neustart unterbrochen.</translation>
    </message>
    <message>
        <source>Completed after a restart: the assistant has %1.</source>
        <translation>Nach einem Neustart abgeschlossen: Der Assistent hat %1.</translation>
    </message>
</context>
<context>
    <name>Switchboard::ReleaseOnTwilioPrompt</name>
    <message>
        <source>Release %1 on Twilio</source>
        <translation>%1 bei Twilio freigeben</translation>
    </message>
    <message>
        <source>Release %1 on Twilio as well?</source>
        <translation>%1 auch bei Twilio freigeben?</translation>
    </message>
    <message>
        <source>%1 left Vapi and is back in the number pool of %2, for the next assistant. Twilio still bills it, about %3 a month. Releasing it on Twilio stops the bill and takes it out of the pool; it may not be possible to get the same number again.</source>
        <translation>%1 hat Vapi verlassen und liegt wieder im Nummernpool (%2), für den nächsten Assistenten. Twilio berechnet sie weiterhin, etwa %3 im Monat. Die Freigabe bei Twilio beendet die Rechnung und nimmt die Nummer aus dem Pool; dieselbe Nummer ist danach womöglich nicht mehr zu bekommen.</translation>
    </message>
    <message>
        <source>Release on Twilio</source>
        <translation>Bei Twilio freigeben</translation>
    </message>
    <message>
        <source>Keep in the pool</source>
        <translation>Im Pool behalten</translation>
    </message>
</context>
<context>
    <name>Switchboard::RemoveOrganizationPrompt</name>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove %1 from the workspace?</source>
        <translation>%1 aus dem Arbeitsbereich entfernen?</translation>
    </message>
    <message>
        <source>Its Vapi and Twilio accounts, its number pool and its secrets in the keychain are removed from this workspace. Its assistants and numbers stay in Vapi and Twilio as they are: pool numbers are still billed by Twilio until they are released there. Its history stays, and the removal is recorded with your name.</source>
        <translation>Ihre Vapi- und Twilio-Konten, ihr Nummernpool und ihre Geheimnisse im Schlüsselbund werden aus diesem Arbeitsbereich entfernt. Ihre Assistenten und Nummern bleiben in Vapi und Twilio, wie sie sind: Poolnummern berechnet Twilio weiter, bis sie dort freigegeben werden. Ihr Verlauf bleibt, und das Entfernen wird mit Ihrem Namen aufgezeichnet.</translation>
    </message>
    <message>
        <source>&amp;Remove organization</source>
        <translation>Organisation &amp;entfernen</translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingAdvice</name>
    <message>
        <source>None: free numbers need no setup.</source>
        <translation>Keine: Kostenlose Nummern brauchen keine Einrichtung.</translation>
    </message>
    <message>
        <source>Keep provisioning: new assistants get free Vapi numbers.</source>
        <translation>Weiter bereitstellen: Neue Assistenten erhalten kostenlose Vapi-Nummern.</translation>
    </message>
    <message>
        <source>Before the free allowance runs out, set up a Twilio account for the workspace (about 15 minutes, once).</source>
        <translation>Richten Sie ein Twilio-Konto für den Arbeitsbereich ein, bevor das Freikontingent ausgeht (etwa 15 Minuten, einmalig).</translation>
    </message>
    <message>
        <source>Done: Twilio is set up.</source>
        <translation>Erledigt: Twilio ist eingerichtet.</translation>
    </message>
    <message>
        <source>About 15 minutes, once: a Twilio account, one number, and its credentials in Switchboard.</source>
        <translation>Etwa 15 Minuten, einmalig: ein Twilio-Konto, eine Nummer und seine Zugangsdaten in Switchboard.</translation>
    </message>
    <message>
        <source>Set up Twilio for the workspace: create the account, buy a number, and enter the account SID and auth token in Settings.</source>
        <translation>Richten Sie Twilio für den Arbeitsbereich ein: Erstellen Sie das Konto, kaufen Sie eine Nummer und geben Sie Konto-SID und Auth-Token in den Einstellungen ein.</translation>
    </message>
    <message>
        <source>Keep a few spare numbers in the Twilio pool, or allow purchases with a monthly limit.</source>
        <translation>Halten Sie einige Reservenummern im Twilio-Pool vor, oder erlauben Sie Käufe mit einem monatlichen Limit.</translation>
    </message>
    <message>
        <source>When customers want their own billing, give them their own Twilio account or subaccount.</source>
        <translation>Wenn Kunden eine eigene Abrechnung wünschen, geben Sie ihnen ein eigenes Twilio-Konto oder Unterkonto.</translation>
    </message>
    <message>
        <source>About 30 minutes per organization: a Twilio subaccount, its number pool and its credentials.</source>
        <translation>Etwa 30 Minuten pro Organisation: ein Twilio-Unterkonto, sein Nummernpool und seine Zugangsdaten.</translation>
    </message>
    <message>
        <source>Give each organization its own Twilio subaccount and number pool, for isolated billing and white-label use.</source>
        <translation>Geben Sie jeder Organisation ein eigenes Twilio-Unterkonto und einen eigenen Nummernpool, für getrennte Abrechnung und White-Label-Nutzung.</translation>
    </message>
    <message>
        <source>Allow purchases per organization with a monthly limit, so pools refill without manual work.</source>
        <translation>Erlauben Sie Käufe pro Organisation mit einem monatlichen Limit, damit sich die Pools ohne Handarbeit auffüllen.</translation>
    </message>
    <message>
        <source>Review the manual-assignment queue weekly.</source>
        <translation>Prüfen Sie die Warteschlange für manuelle Zuweisung wöchentlich.</translation>
    </message>
    <message>
        <source>Vapi dashboard: phone numbers</source>
        <translation>Vapi-Dashboard: Telefonnummern</translation>
    </message>
    <message>
        <source>Twilio console: phone numbers</source>
        <translation>Twilio-Konsole: Telefonnummern</translation>
    </message>
    <message>
        <source>Twilio pricing</source>
        <translation>Twilio-Preise</translation>
    </message>
    <message>
        <source>Free numbers</source>
        <translation>Kostenlose Nummern</translation>
    </message>
    <message>
        <source>Twilio</source>
        <translation>Twilio</translation>
    </message>
    <message>
        <source>Multi-organization Twilio</source>
        <translation>Twilio für mehrere Organisationen</translation>
    </message>
    <message>
        <source>Twilio is set up, but it can give no number: its pool is used up and buying is off. New assistants wait in the manual queue.</source>
        <translation>Twilio ist eingerichtet, kann aber keine Nummer geben: sein Pool ist aufgebraucht und Käufe sind aus. Neue Assistenten warten in der manuellen Warteschlange.</translation>
    </message>
    <message>
        <source>Add numbers the Twilio account owns to its pool, or allow purchases with a monthly limit.</source>
        <translation>Fügen Sie dem Pool Nummern hinzu, die das Twilio-Konto besitzt, oder erlauben Sie Käufe mit einem Monatslimit.</translation>
    </message>
    <message>
        <source>no Vapi account</source>
        <translation>kein Vapi-Konto</translation>
    </message>
    <message>
        <source>%L1 in use, cap %L2</source>
        <translation>%L1 in Gebrauch, Obergrenze %L2</translation>
    </message>
    <message>
        <source>%L1 in use in %L2 Vapi accounts (caps %L3 together)</source>
        <translation>%L1 in Gebrauch in %L2 Vapi-Konten (Obergrenzen zusammen %L3)</translation>
    </message>
    <message numerus="yes">
        <source>; %n account(s) full</source>
        <translation>
            <numerusform>; %n Konto voll</numerusform>
            <numerusform>; %n Konten voll</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ScalingView</name>
    <message>
        <source>Every assistant fits in the free allowance of Vapi numbers.</source>
        <translation>Jeder Assistent passt in das Freikontingent an Vapi-Nummern.</translation>
    </message>
    <message>
        <source>Past the free allowance: new numbers come from Twilio, at a monthly price each.</source>
        <translation>Über dem Freikontingent: Neue Nummern kommen von Twilio, jede zu einem Monatspreis.</translation>
    </message>
    <message>
        <source>Many customers: each organization gets its own Twilio account or subaccount and number pool, billed separately.</source>
        <translation>Viele Kunden: Jede Organisation erhält ein eigenes Twilio-Konto oder Unterkonto und einen eigenen Nummernpool, getrennt abgerechnet.</translation>
    </message>
    <message>
        <source>Monthly cost</source>
        <translation>Monatliche Kosten</translation>
    </message>
    <message>
        <source>Monthly cost of numbers as assistants are added</source>
        <translation>Monatliche Kosten der Nummern bei weiteren Assistenten</translation>
    </message>
    <message>
        <source>More assistants</source>
        <translation>Weitere Assistenten</translation>
    </message>
    <message>
        <source>US dollars a month</source>
        <translation>US-Dollar pro Monat</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Stufe: %1</translation>
    </message>
    <message>
        <source>%1 a month with 10 more assistants, %2 with 50 more.</source>
        <translation>%1 pro Monat mit 10 weiteren Assistenten, %2 mit 50 weiteren.</translation>
    </message>
    <message numerus="yes">
        <source>From %1 a month now to %2 a month with %n more assistant(s).</source>
        <translation>
            <numerusform>Von jetzt %1 pro Monat auf %2 pro Monat mit %n weiteren Assistenten.</numerusform>
            <numerusform>Von jetzt %1 pro Monat auf %2 pro Monat mit %n weiteren Assistenten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 a month for %Ln Twilio number(s); free Vapi numbers: %2.</source>
        <translation>
            <numerusform>%1 pro Monat für %Ln Twilio-Nummer; kostenlose Vapi-Nummern: %2.</numerusform>
            <numerusform>%1 pro Monat für %Ln Twilio-Nummern; kostenlose Vapi-Nummern: %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretError</name>
    <message>
        <source>Open Keychain Access, unlock the login keychain, and try again.</source>
        <translation>Öffnen Sie die Schlüsselbundverwaltung, entsperren Sie den Schlüsselbund „Anmeldung“ und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Check that Windows Credential Manager is running for your user account, and try again.</source>
        <translation>Prüfen Sie, ob die Windows-Anmeldeinformationsverwaltung für Ihr Benutzerkonto läuft, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Start a Secret Service (GNOME Keyring or KWallet) in your desktop session and unlock it, then try again. Over SSH or in a container, run Switchboard inside a D-Bus session with an unlocked keyring (see the README).</source>
        <translation>Starten Sie einen Secret Service (GNOME Keyring oder KWallet) in Ihrer Desktop-Sitzung und entsperren Sie ihn, dann versuchen Sie es erneut. Über SSH oder in einem Container starten Sie Switchboard in einer D-Bus-Sitzung mit entsperrtem Schlüsselbund (siehe README).</translation>
    </message>
    <message>
        <source>(The keychain said: %1)</source>
        <translation>(Meldung des Schlüsselbunds: %1)</translation>
    </message>
    <message>
        <source>The keychain cannot be used, so Switchboard cannot read or store credentials; everything that needs no credential (the history, the organizations, the manual queue) keeps working. Nothing was saved anywhere else.</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden, daher kann Switchboard keine Zugangsdaten lesen oder speichern; alles, was keine Zugangsdaten braucht (Verlauf, Organisationen, manuelle Warteschlange), funktioniert weiter. Nichts wurde anderswo gespeichert.</translation>
    </message>
    <message>
        <source>Access to %1 was refused in the keychain. Allow Switchboard access when the keychain asks, and try again.</source>
        <translation>Der Zugriff auf %1 wurde im Schlüsselbund verweigert. Erlauben Sie Switchboard den Zugriff, wenn der Schlüsselbund fragt, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is not set.</source>
        <translation>%1 ist nicht festgelegt.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretIndex</name>
    <message>
        <source>secret key: only organization and workspace secrets are indexed</source>
        <translation>Geheimnisschlüssel: Nur Geheimnisse von Organisationen und des Arbeitsbereichs werden verzeichnet</translation>
    </message>
    <message>
        <source>The workspace could not record that %1 is set: %2</source>
        <translation>Der Arbeitsbereich konnte nicht vermerken, dass %1 festgelegt ist: %2</translation>
    </message>
    <message>
        <source>%1 replaced</source>
        <translation>%1 ersetzt</translation>
    </message>
    <message>
        <source>%1 stored</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>%1 entfernt</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretInput</name>
    <message>
        <source>standard input cannot be read.</source>
        <translation>die Standardeingabe kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>the secret on standard input is longer than %1 bytes; give only the secret, on one line.</source>
        <translation>das Geheimnis auf der Standardeingabe ist länger als %1 Bytes; geben Sie nur das Geheimnis an, in einer Zeile.</translation>
    </message>
    <message>
        <source>standard input holds more than one line; give one secret, on one line.</source>
        <translation>die Standardeingabe enthält mehr als eine Zeile; geben Sie ein Geheimnis an, in einer Zeile.</translation>
    </message>
    <message>
        <source>no secret was given on standard input; type or pipe it (it is never taken from the command line).</source>
        <translation>auf der Standardeingabe wurde kein Geheimnis angegeben; tippen Sie es ein oder leiten Sie es per Pipe weiter (es wird nie von der Befehlszeile genommen).</translation>
    </message>
    <message>
        <source>the secret on standard input contains a control character; give only the secret, as the service shows it.</source>
        <translation>das Geheimnis auf der Standardeingabe enthält ein Steuerzeichen; geben Sie nur das Geheimnis an, so wie der Dienst es anzeigt.</translation>
    </message>
    <message>
        <source>the secret on standard input is not UTF-8 text.</source>
        <translation>das Geheimnis auf der Standardeingabe ist kein UTF-8-Text.</translation>
    </message>
    <message>
        <source>%1 is not taken from the command line: a command line stays in the shell history and every user of this computer can see it. Type it when asked, or pipe it on standard input (for example from your password manager).</source>
        <translation>%1 wird nicht von der Befehlszeile genommen: Eine Befehlszeile bleibt im Shell-Verlauf, und jeder Benutzer dieses Computers kann sie sehen. Tippen Sie es ein, wenn danach gefragt wird, oder leiten Sie es über die Standardeingabe weiter (zum Beispiel aus Ihrem Passwortmanager).</translation>
    </message>
    <message>
        <source>standard input holds %1 line(s); give %2 secrets, one a line, in the order asked for.</source>
        <translation>die Standardeingabe enthält %1 Zeile(n); geben Sie %2 Geheimnisse an, eines pro Zeile, in der verlangten Reihenfolge.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretKey</name>
    <message>
        <source>Vapi private key</source>
        <translation>Privater Vapi-Schlüssel</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Twilio-Auth-Token</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Geheimnis des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>secret key: "%1" is not of the form org/&lt;id&gt;/&lt;api&gt;/&lt;purpose&gt; or workspace/&lt;api&gt;/&lt;purpose&gt;</source>
        <translation>Geheimnisschlüssel: „%1“ hat nicht die Form org/&lt;id&gt;/&lt;api&gt;/&lt;purpose&gt; oder workspace/&lt;api&gt;/&lt;purpose&gt;</translation>
    </message>
    <message>
        <source>secret key: "%1" is not an organization id (a positive whole number without leading zeros)</source>
        <translation>Geheimnisschlüssel: „%1“ ist keine Organisations-ID (eine positive ganze Zahl ohne führende Nullen)</translation>
    </message>
    <message>
        <source>secret key: unknown service "%1" (use vapi, twilio or postgres)</source>
        <translation>Geheimnisschlüssel: unbekannter Dienst „%1“ (verwenden Sie vapi, twilio oder postgres)</translation>
    </message>
    <message>
        <source>secret key: unknown purpose "%1" (use api-key, auth-token, api-key-secret or password)</source>
        <translation>Geheimnisschlüssel: unbekannter Zweck „%1“ (verwenden Sie api-key, auth-token, api-key-secret oder password)</translation>
    </message>
    <message>
        <source>secret key: %1 has no %2 %3</source>
        <translation>Geheimnisschlüssel: %1 hat kein %2 %3</translation>
    </message>
    <message>
        <source>an organization</source>
        <translation>eine Organisation</translation>
    </message>
    <message>
        <source>the workspace</source>
        <translation>der Arbeitsbereich</translation>
    </message>
    <message>
        <source>an invalid secret key</source>
        <translation>ein ungültiger Geheimnisschlüssel</translation>
    </message>
    <message>
        <source>the keychain availability probe</source>
        <translation>die Verfügbarkeitsprüfung des Schlüsselbunds</translation>
    </message>
    <message>
        <source>the workspace %1</source>
        <translation>der Arbeitsbereich %1</translation>
    </message>
    <message>
        <source>the %1 of organization %2</source>
        <translation>%1 der Organisation %2</translation>
    </message>
    <message>
        <source>the %1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::SecretStore</name>
    <message>
        <source>The secret has no valid name, so nothing was read or stored.</source>
        <translation>Das Geheimnis hat keinen gültigen Namen, daher wurde nichts gelesen oder gespeichert.</translation>
    </message>
    <message>
        <source>%1 was not stored: it is %2 bytes long, and a keychain entry holds at most %3 bytes (the limit of Windows Credential Manager, which Switchboard keeps on every system). API keys and tokens are much shorter: copy only the secret itself from the service's console, without the text around it, and try again.</source>
        <translation>%1 wurde nicht gespeichert: Es ist %2 Bytes lang, und ein Schlüsselbund-Eintrag fasst höchstens %3 Bytes (die Grenze der Windows-Anmeldeinformationsverwaltung, die Switchboard auf jedem System einhält). API-Schlüssel und Tokens sind viel kürzer: Kopieren Sie nur das Geheimnis selbst aus der Konsole des Dienstes, ohne den Text darum herum, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SettingsDialog</name>
    <message>
        <source>Default area code</source>
        <translation>Standardvorwahl</translation>
    </message>
    <message>
        <source>Twilio price per number</source>
        <translation>Twilio-Preis pro Nummer</translation>
    </message>
    <message>
        <source>Monthly purchase limit</source>
        <translation>Monatliches Kauflimit</translation>
    </message>
    <message>
        <source>Vapi private key</source>
        <translation>Privater Vapi-Schlüssel</translation>
    </message>
    <message>
        <source>Twilio account SID</source>
        <translation>Twilio-Konto-SID</translation>
    </message>
    <message>
        <source>Twilio API key SID</source>
        <translation>SID des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>Twilio auth token</source>
        <translation>Twilio-Auth-Token</translation>
    </message>
    <message>
        <source>Twilio API key secret</source>
        <translation>Geheimnis des Twilio-API-Schlüssels</translation>
    </message>
    <message>
        <source>Workspace file</source>
        <translation>Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>PostgreSQL URL</source>
        <translation>PostgreSQL-URL</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Alle %n Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Only when asked (F5)</source>
        <translation>Nur auf Anforderung (F5)</translation>
    </message>
    <message>
        <source> a month</source>
        <translation> pro Monat</translation>
    </message>
    <message>
        <source>Default: %1</source>
        <translation>Standard: %1</translation>
    </message>
    <message>
        <source>Open now: %1</source>
        <translation>Derzeit geöffnet: %1</translation>
    </message>
    <message>
        <source>It serves every organization that does not bring its own. Leave the key empty to keep the one in the keychain.</source>
        <translation>Es bedient jede Organisation, die kein eigenes mitbringt. Lassen Sie den Schlüssel leer, um den im Schlüsselbund zu behalten.</translation>
    </message>
    <message>
        <source>Not set up yet: choose its region and enter its private API key (in the Vapi dashboard under API Keys).</source>
        <translation>Noch nicht eingerichtet: Wählen Sie seine Region und geben Sie seinen privaten API-Schlüssel ein (im Vapi-Dashboard unter „API Keys“).</translation>
    </message>
    <message>
        <source>is empty: enter the team server's address, such as postgresql://user@db.example.com/switchboard</source>
        <translation>ist leer: Geben Sie die Adresse des Team-Servers ein, etwa postgresql://user@db.example.com/switchboard</translation>
    </message>
    <message>
        <source>must start with postgresql:// or postgres://</source>
        <translation>muss mit postgresql:// oder postgres:// beginnen</translation>
    </message>
    <message>
        <source>is not a valid URL: %1</source>
        <translation>ist keine gültige URL: %1</translation>
    </message>
    <message>
        <source>names no server: write it after //, such as db.example.com</source>
        <translation>nennt keinen Server: Schreiben Sie ihn hinter //, etwa db.example.com</translation>
    </message>
    <message>
        <source>must not contain a password: remove it from the URL; passwords are kept in the keychain, never in the settings</source>
        <translation>darf kein Passwort enthalten: Entfernen Sie es aus der URL; Passwörter werden im Schlüsselbund aufbewahrt, nie in den Einstellungen</translation>
    </message>
    <message>
        <source>is a server address: choose "Team server" for it</source>
        <translation>ist eine Serveradresse: Wählen Sie dafür „Team-Server“</translation>
    </message>
    <message>
        <source>must be a full path, such as %1</source>
        <translation>muss ein vollständiger Pfad sein, etwa %1</translation>
    </message>
    <message>
        <source>is a folder: name the file in it, such as %1</source>
        <translation>ist ein Ordner: Geben Sie eine Datei darin an, etwa %1</translation>
    </message>
    <message>
        <source>contains a space: paste the key alone</source>
        <translation>enthält ein Leerzeichen: Fügen Sie nur den Schlüssel ein</translation>
    </message>
    <message>
        <source>cannot be emptied: the workspace's pool numbers are filed under this account; enter its SID again</source>
        <translation>kann nicht geleert werden: Die Poolnummern des Arbeitsbereichs sind unter diesem Konto abgelegt; geben Sie seine SID erneut ein</translation>
    </message>
    <message>
        <source>is needed to reach the account; Twilio shows it once, when the API key is created</source>
        <translation>wird benötigt, um das Konto zu erreichen; Twilio zeigt es nur einmal an, beim Erstellen des API-Schlüssels</translation>
    </message>
    <message>
        <source>is needed to reach the account; it is on the Twilio console's home page</source>
        <translation>wird benötigt, um das Konto zu erreichen; es steht auf der Startseite der Twilio-Konsole</translation>
    </message>
    <message>
        <source>is empty: enter it first</source>
        <translation>ist leer: Geben Sie es zuerst ein</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The sandbox demo keeps its workspace in a temporary folder, removed when it ends. Start Switchboard without --sandbox to choose where your own workspace is.</source>
        <translation>Die Sandbox-Demo hält ihren Arbeitsbereich in einem temporären Ordner, der am Ende entfernt wird. Starten Sie Switchboard ohne --sandbox, um zu wählen, wo Ihr eigener Arbeitsbereich liegt.</translation>
    </message>
    <message>
        <source>Set up the workspace</source>
        <translation>Arbeitsbereich einrichten</translation>
    </message>
    <message>
        <source>First your agency's own Vapi account: its free numbers serve every customer without a Vapi account of their own. A Twilio account is optional: its numbers serve them when the free ones run out. Customers come next, each with their own accounts if they have them.</source>
        <translation>Zuerst das eigene Vapi-Konto Ihrer Agentur: Seine kostenlosen Nummern bedienen jeden Kunden ohne eigenes Vapi-Konto. Ein Twilio-Konto ist optional: Seine Nummern bedienen sie, wenn die kostenlosen aufgebraucht sind. Danach kommen die Kunden, jeder mit eigenen Konten, falls vorhanden.</translation>
    </message>
    <message>
        <source>is needed to set up the workspace; find the private key in the Vapi dashboard under API Keys</source>
        <translation>wird zum Einrichten des Arbeitsbereichs benötigt; den privaten Schlüssel finden Sie im Vapi-Dashboard unter API Keys</translation>
    </message>
    <message>
        <source>Number pool</source>
        <translation>Nummernpool</translation>
    </message>
    <message>
        <source>Keeping the keys in the keychain…</source>
        <translation>Die Schlüssel werden im Schlüsselbund abgelegt…</translation>
    </message>
    <message>
        <source>Numbers of its pool go to organizations without a Twilio account of their own, and to those whose own pool is used up (the chain's next link). Leave the secret empty to keep the one in the keychain.</source>
        <translation>Die Nummern seines Pools gehen an Organisationen ohne eigenes Twilio-Konto und an jene, deren eigener Pool aufgebraucht ist (das nächste Glied der Kette). Lassen Sie das Geheimnis leer, um das im Schlüsselbund zu behalten.</translation>
    </message>
    <message>
        <source>Optional: when the free Vapi numbers run out, numbers of this account go to organizations without a Twilio account of their own, and to those whose own pool is used up. The auth token is on the Twilio console's home page.</source>
        <translation>Optional: Wenn die freien Vapi-Nummern aufgebraucht sind, gehen Nummern dieses Kontos an Organisationen ohne eigenes Twilio-Konto und an jene, deren eigener Pool aufgebraucht ist. Das Auth-Token steht auf der Startseite der Twilio-Konsole.</translation>
    </message>
    <message numerus="yes">
        <source> number(s) a month</source>
        <translation>
            <numerusform> Nummer im Monat</numerusform>
            <numerusform> Nummern im Monat</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> free number(s)</source>
        <translation>
            <numerusform> kostenlose Nummer</numerusform>
            <numerusform> kostenlose Nummern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Switchboard::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Every button and field also has an access key: hold Alt and press the underlined letter.</source>
        <translation>Jede Schaltfläche und jedes Feld hat auch eine Zugriffstaste: Halten Sie Alt gedrückt und drücken Sie den unterstrichenen Buchstaben.</translation>
    </message>
</context>
<context>
    <name>Switchboard::SnapshotLoader</name>
    <message>
        <source>The workspace cannot be read.</source>
        <translation>Der Arbeitsbereich kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Switchboard::Sql</name>
    <message>
        <source>The disk that holds the workspace is full (%1). Free some space, then try again; nothing after this point was done.</source>
        <translation>Der Datenträger des Arbeitsbereichs ist voll (%1). Geben Sie Speicherplatz frei und versuchen Sie es erneut; ab hier wurde nichts mehr getan.</translation>
    </message>
    <message>
        <source>The workspace is read-only (%1): it can be read but not changed. Open a writable copy, or ask for write access.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt (%1): Er kann gelesen, aber nicht geändert werden. Öffnen Sie eine beschreibbare Kopie oder bitten Sie um Schreibrechte.</translation>
    </message>
    <message>
        <source>The connection to the workspace database is gone (%1). Check the network or the server, then try again.</source>
        <translation>Die Verbindung zur Datenbank des Arbeitsbereichs ist weg (%1). Prüfen Sie das Netzwerk oder den Server und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>the database returned no row for a new record</source>
        <translation>die Datenbank hat für einen neuen Datensatz keine Zeile zurückgegeben</translation>
    </message>
</context>
<context>
    <name>Switchboard::SqlTransaction</name>
    <message>
        <source>The workspace cannot be written now: %1</source>
        <translation>Der Arbeitsbereich kann gerade nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>The workspace could not be written; nothing was changed: %1</source>
        <translation>Der Arbeitsbereich konnte nicht geschrieben werden; nichts wurde geändert: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::StepsModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Glied</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Provider's error</source>
        <translation>Fehler des Anbieters</translation>
    </message>
    <message>
        <source>Task opened</source>
        <translation>Aufgabe geöffnet</translation>
    </message>
</context>
<context>
    <name>Switchboard::TwilioFallback</name>
    <message numerus="yes">
        <source>%1 (%n spare number(s) in its pool)</source>
        <translation>
            <numerusform>%1 (%n freie Nummer in seinem Pool)</numerusform>
            <numerusform>%1 (%n freie Nummern in seinem Pool)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (bought as needed, within its monthly limit)</source>
        <translation>%1 (bei Bedarf gekauft, innerhalb seines Monatslimits)</translation>
    </message>
</context>
<context>
    <name>Switchboard::UsageMeter</name>
    <message>
        <source>Free-number usage</source>
        <translation>Nutzung der kostenlosen Nummern</translation>
    </message>
    <message>
        <source>Free Vapi numbers used</source>
        <translation>Genutzte kostenlose Vapi-Nummern</translation>
    </message>
    <message>
        <source>Free-number advice</source>
        <translation>Hinweis zu kostenlosen Nummern</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Free Vapi numbers</source>
        <translation>Kostenlose Vapi-Nummern</translation>
    </message>
    <message>
        <source>No Vapi account serves this selection yet.</source>
        <translation>Noch bedient kein Vapi-Konto diese Auswahl.</translation>
    </message>
    <message>
        <source>Next: %1.</source>
        <translation>Als Nächstes: %1.</translation>
    </message>
    <message>
        <source>Free Vapi numbers of %1</source>
        <translation>Kostenlose Vapi-Nummern von %1</translation>
    </message>
    <message>
        <source>get a number in the Twilio console</source>
        <translation>eine Nummer in der Twilio-Konsole besorgen</translation>
    </message>
    <message>
        <source>add the Twilio account here</source>
        <translation>das Twilio-Konto hier hinzufügen</translation>
    </message>
    <message>
        <source>Next: keep provisioning; new assistants get free numbers.</source>
        <translation>Als Nächstes: weiter bereitstellen; neue Assistenten erhalten kostenlose Nummern.</translation>
    </message>
    <message>
        <source>Next: %1, then %2.</source>
        <translation>Als Nächstes: %1, dann %2.</translation>
    </message>
    <message>
        <source>Next: new numbers come from Twilio: %1, then %2. %3</source>
        <translation>Als Nächstes: Neue Nummern kommen von Twilio: %1, dann %2. %3</translation>
    </message>
    <message>
        <source>See the numbers in Vapi.</source>
        <translation>Die Nummern in Vapi ansehen.</translation>
    </message>
    <message>
        <source>%L1 of %L2 (%L3%)</source>
        <translation>%L1 von %L2 (%L3 %)</translation>
    </message>
    <message numerus="yes">
        <source>%n organization(s) use their own Vapi account: select one to see its free numbers.</source>
        <translation>
            <numerusform>%n Organisation hat ein eigenes Vapi-Konto: Wählen Sie sie aus, um ihre kostenlosen Nummern zu sehen.</numerusform>
            <numerusform>%n Organisationen haben ein eigenes Vapi-Konto: Wählen Sie eine aus, um ihre kostenlosen Nummern zu sehen.</numerusform>
        </translation>
    </message>
    <message>
        <source>set up the workspace's Vapi account</source>
        <translation>das Vapi-Konto des Arbeitsbereichs einrichten</translation>
    </message>
    <message>
        <source>Free-number cap</source>
        <translation>Obergrenze kostenloser Nummern</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Cap %L1: %2.</source>
        <translation>Obergrenze %L1: %2.</translation>
    </message>
    <message>
        <source>The next provisioning asks Vapi again.</source>
        <translation>Die nächste Bereitstellung fragt Vapi erneut.</translation>
    </message>
    <message>
        <source>Vapi asks for a payment method before it gives another free number: %1, then %2.</source>
        <translation>Vapi verlangt eine Zahlungsmethode, bevor es eine weitere kostenlose Nummer gibt: %1, dann %2.</translation>
    </message>
    <message>
        <source>add one in the Vapi dashboard</source>
        <translation>hinterlegen Sie eine im Vapi-Dashboard</translation>
    </message>
    <message>
        <source>check again</source>
        <translation>erneut prüfen</translation>
    </message>
    <message>
        <source>edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <source>Next: %1 has no spare numbers and may not buy any: add numbers to its pool or allow buying (%2) before the free numbers run out.</source>
        <translation>Als Nächstes: %1 hat keine freien Nummern und darf keine kaufen: Fügen Sie seinem Pool Nummern hinzu oder erlauben Sie Käufe (%2), bevor die kostenlosen Nummern aufgebraucht sind.</translation>
    </message>
    <message>
        <source>Next: %1 has no spare numbers and may not buy any, so new assistants wait in the manual queue: add numbers to its pool or allow buying (%2). %3</source>
        <translation>Als Nächstes: %1 hat keine freien Nummern und darf keine kaufen, daher warten neue Assistenten in der manuellen Warteschlange: Fügen Sie seinem Pool Nummern hinzu oder erlauben Sie Käufe (%2). %3</translation>
    </message>
    <message>
        <source>This account holds %L1: Vapi let it have more than that.</source>
        <translation>Dieses Konto hat %L1: Vapi hat ihm mehr gelassen.</translation>
    </message>
    <message numerus="yes">
        <source>%n other organization(s) have no Vapi account: %1.</source>
        <translation>
            <numerusform>%n weitere Organisation hat kein Vapi-Konto: %1.</numerusform>
            <numerusform>%n weitere Organisationen haben kein Vapi-Konto: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Next: nothing to set up; once the free numbers are used, provisioning takes numbers from %1.</source>
        <translation>Als Nächstes: nichts einzurichten; sind die kostenlosen Nummern aufgebraucht, nimmt die Bereitstellung Nummern von %1.</translation>
    </message>
    <message>
        <source>Next: nothing to set up; provisioning takes numbers from %1. %2</source>
        <translation>Als Nächstes: nichts einzurichten; die Bereitstellung nimmt Nummern von %1. %2</translation>
    </message>
    <message>
        <source>Not confirmed: Vapi has not answered for this account since %1, so these are the workspace's last counts. Next: check its key and the connection, then refresh (F5).</source>
        <translation>Nicht bestätigt: Vapi hat für dieses Konto seit %1 nicht geantwortet; dies sind die letzten Zahlen des Arbeitsbereichs. Als Nächstes: Schlüssel und Verbindung prüfen, dann aktualisieren (F5).</translation>
    </message>
</context>
<context>
    <name>Switchboard::UserGuideDialog</name>
    <message>
        <source>Switchboard user guide</source>
        <translation>Switchboard-Benutzerhandbuch</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
</context>
<context>
    <name>Switchboard::Validation</name>
    <message>
        <source>must be "%1" followed by 32 hexadecimal digits (34 characters), as shown in the Twilio console</source>
        <translation>muss aus „%1“ und 32 Hexadezimalziffern bestehen (34 Zeichen), wie in der Twilio-Konsole angezeigt</translation>
    </message>
    <message>
        <source>must be a Vapi id such as 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f (a UUID, as shown in the Vapi dashboard)</source>
        <translation>muss eine Vapi-ID sein, etwa 3f2b8c1e-5d4a-4e6b-9c7d-1a2b3c4d5e6f (eine UUID, wie im Vapi-Dashboard angezeigt)</translation>
    </message>
    <message>
        <source>must be a US area code of exactly three digits, such as 415</source>
        <translation>muss eine US-Vorwahl mit genau drei Ziffern sein, etwa 415</translation>
    </message>
    <message>
        <source>must be 2 to 40 lowercase letters, digits or dashes, not starting or ending with a dash (for example acme-dental)</source>
        <translation>muss aus 2 bis 40 Kleinbuchstaben, Ziffern oder Bindestrichen bestehen und darf nicht mit einem Bindestrich beginnen oder enden (zum Beispiel acme-dental)</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be at most 120 characters</source>
        <translation>darf höchstens 120 Zeichen lang sein</translation>
    </message>
    <message>
        <source>must not contain control characters such as line breaks, tabs or terminal escape codes (found U+%1)</source>
        <translation>darf keine Steuerzeichen wie Zeilenumbrüche, Tabulatoren oder Terminal-Escape-Codes enthalten (gefunden: U+%1)</translation>
    </message>
</context>
<context>
    <name>Switchboard::VapiAccountSharing</name>
    <message>
        <source>the workspace</source>
        <translation>der Arbeitsbereich</translation>
    </message>
    <message>
        <source>This key reaches the Vapi account that %1 already uses. Organizations that share one Vapi account share its free numbers and its free-number cap; that is almost never intended.</source>
        <translation>Dieser Schlüssel erreicht das Vapi-Konto, das %1 bereits nutzt. Organisationen mit einem gemeinsamen Vapi-Konto teilen sich dessen kostenlose Nummern und deren Obergrenze; das ist fast nie beabsichtigt.</translation>
    </message>
</context>
<context>
    <name>Switchboard::VapiClient</name>
    <message>
        <source>The Vapi API key is empty; paste the account's private key.</source>
        <translation>Der Vapi-API-Schlüssel ist leer; fügen Sie den privaten Schlüssel des Kontos ein.</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>Telefonnummer</translation>
    </message>
    <message>
        <source>The phone number's provider "%1" is not one Vapi knows; send the number's current provider (vapi, twilio, vonage, telnyx or byo-phone-number).</source>
        <translation>Der Anbieter „%1“ der Telefonnummer ist Vapi nicht bekannt; senden Sie den aktuellen Anbieter der Nummer (vapi, twilio, vonage, telnyx oder byo-phone-number).</translation>
    </message>
    <message>
        <source>A phone-number search needs 1 to 100 characters.</source>
        <translation>Eine Suche nach Telefonnummern braucht 1 bis 100 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Switchboard::WizardSteps</name>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceChangeFeed</name>
    <message>
        <source>The team database does not answer (no reply within %1 s).</source>
        <translation>Die Team-Datenbank antwortet nicht (keine Antwort innerhalb von %1 s).</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceCopier</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>a row of %1 cannot be written: %2</source>
        <translation>eine Zeile von %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The two workspaces have different schema versions (%1 and %2).</source>
        <translation>Die beiden Arbeitsbereiche haben unterschiedliche Schemaversionen (%1 und %2).</translation>
    </message>
    <message>
        <source>The table %1 is not known to the copier; nothing was copied.</source>
        <translation>Die Tabelle %1 ist dem Kopiervorgang nicht bekannt; nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>%1 is not empty (%2 holds rows); a workspace is only copied into an empty database. Nothing was copied.</source>
        <translation>%1 ist nicht leer (%2 enthält Zeilen); ein Arbeitsbereich wird nur in eine leere Datenbank kopiert. Nichts wurde kopiert.</translation>
    </message>
    <message>
        <source> Nothing was copied.</source>
        <translation> Nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>The copy could not be committed (%1). Nothing was copied.</source>
        <translation>Die Kopie konnte nicht festgeschrieben werden (%1). Nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>The copy was committed, but the row counts differ (see the table).</source>
        <translation>Die Kopie wurde festgeschrieben, aber die Zeilenzahlen weichen ab (siehe Tabelle).</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceDatabase</name>
    <message>
        <source>No workspace file was given.</source>
        <translation>Es wurde keine Arbeitsbereichsdatei angegeben.</translation>
    </message>
    <message>
        <source>The workspace file %1 cannot be read. Check its permissions.</source>
        <translation>Die Arbeitsbereichsdatei %1 kann nicht gelesen werden. Prüfen Sie ihre Berechtigungen.</translation>
    </message>
    <message>
        <source>%1 is not a Switchboard workspace (it is not an SQLite database, or it is damaged beyond its first bytes). It was left as it is; choose another data folder with --data-dir, or restore the file from a backup.</source>
        <translation>%1 ist kein Switchboard-Arbeitsbereich (keine SQLite-Datenbank, oder hinter den ersten Bytes beschädigt). Die Datei wurde unverändert gelassen; wählen Sie mit --data-dir einen anderen Datenordner, oder stellen Sie die Datei aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose another data folder with --data-dir.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden. Wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The Qt database driver %1 is not installed, so %2 cannot be opened.</source>
        <translation>Der Qt-Datenbanktreiber %1 ist nicht installiert, daher kann %2 nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 is damaged and was left as it is (%2). Restore it from a backup, or choose another data folder.</source>
        <translation>Der Arbeitsbereich %1 ist beschädigt und wurde unverändert gelassen (%2). Stellen Sie ihn aus einer Sicherung wieder her, oder wählen Sie einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>%1 holds a database that Switchboard did not create. It was left as it is; choose another data folder or database.</source>
        <translation>%1 enthält eine Datenbank, die nicht von Switchboard erstellt wurde. Sie wurde unverändert gelassen; wählen Sie einen anderen Datenordner oder eine andere Datenbank.</translation>
    </message>
    <message>
        <source>The workspace %1 has no schema version and was left as it is. Restore it from a backup.</source>
        <translation>Der Arbeitsbereich %1 hat keine Schemaversion und wurde unverändert gelassen. Stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The workspace %1 was written by a newer version of Switchboard (schema %2; this version knows up to %3). It was left as it is: update Switchboard to open it.</source>
        <translation>Der Arbeitsbereich %1 wurde von einer neueren Switchboard-Version geschrieben (Schema %2; diese Version kennt bis %3). Er wurde unverändert gelassen: Aktualisieren Sie Switchboard, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be prepared for use: %2</source>
        <translation>Der Arbeitsbereich %1 kann nicht zur Nutzung vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be upgraded: %2</source>
        <translation>Der Arbeitsbereich %1 konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>The workspace %1 could not be upgraded to schema %2, and was left as it was: %3</source>
        <translation>Der Arbeitsbereich %1 konnte nicht auf Schema %2 aktualisiert werden und wurde unverändert gelassen: %3</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be reached: %2</source>
        <translation>Der Arbeitsbereich %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The workspace %1 cannot be opened: the disk that holds it is full or failing (%2). Free some space, then try again; the file was left as it is.</source>
        <translation>Der Arbeitsbereich %1 kann nicht geöffnet werden: Sein Datenträger ist voll oder defekt (%2). Geben Sie Speicherplatz frei und versuchen Sie es erneut; die Datei blieb unverändert.</translation>
    </message>
    <message>
        <source>it is on a file system mounted read-only (%1)</source>
        <translation>er liegt auf einem schreibgeschützt eingebundenen Dateisystem (%1)</translation>
    </message>
    <message>
        <source>your user may not write to the file</source>
        <translation>Ihr Benutzer darf die Datei nicht schreiben</translation>
    </message>
    <message>
        <source>your user may not write to its folder %1, where SQLite keeps its journal</source>
        <translation>Ihr Benutzer darf nicht in seinen Ordner %1 schreiben, in dem SQLite sein Journal führt</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so no workspace can be created in it. Choose another data folder with --data-dir.</source>
        <translation>Der Ordner %1 ist schreibgeschützt, daher kann darin kein Arbeitsbereich angelegt werden. Wählen Sie mit --data-dir einen anderen Datenordner.</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only: %2. Nothing was changed. To change it, copy its folder somewhere writable and open the copy (--data-dir), or make it writable (mount it read-write, or give your user write permission on the file and its folder).</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt: %2. Es wurde nichts geändert. Um ihn zu ändern, kopieren Sie seinen Ordner an einen beschreibbaren Ort und öffnen Sie die Kopie (--data-dir), oder machen Sie ihn beschreibbar (binden Sie ihn mit Schreibzugriff ein, oder geben Sie Ihrem Benutzer Schreibrechte auf die Datei und ihren Ordner).</translation>
    </message>
    <message>
        <source>The workspace %1 is read-only (%2), and its latest changes are still in %3, which can be read only where the workspace is writable. Open it once where it is writable, or copy its folder somewhere writable.</source>
        <translation>Der Arbeitsbereich %1 ist schreibgeschützt (%2), und seine letzten Änderungen stehen noch in %3, das sich nur lesen lässt, wo der Arbeitsbereich beschreibbar ist. Öffnen Sie ihn einmal dort, wo er beschreibbar ist, oder kopieren Sie seinen Ordner an einen beschreibbaren Ort.</translation>
    </message>
    <message>
        <source>The workspace %1 must be upgraded (schema %2 to %3) before this version can read it, and it is read-only: %4. Open it once where it is writable, or copy its folder somewhere writable.</source>
        <translation>Der Arbeitsbereich %1 muss aktualisiert werden (Schema %2 auf %3), bevor diese Version ihn lesen kann, und er ist schreibgeschützt: %4. Öffnen Sie ihn einmal dort, wo er beschreibbar ist, oder kopieren Sie seinen Ordner an einen beschreibbaren Ort.</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceOpener</name>
    <message>
        <source>The database password cannot be read from the keychain: %1</source>
        <translation>Das Datenbankpasswort kann nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The database password could not be kept in the keychain: %1</source>
        <translation>Das Datenbankpasswort konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceSettings</name>
    <message>
        <source>default area code</source>
        <translation>Standardvorwahl</translation>
    </message>
    <message>
        <source>Twilio number price: must be between 0 and 1000 (US dollars a month)</source>
        <translation>Preis einer Twilio-Nummer: muss zwischen 0 und 1000 liegen (US-Dollar pro Monat)</translation>
    </message>
    <message>
        <source>purchase limit: must be zero or more</source>
        <translation>Kauflimit: darf nicht negativ sein</translation>
    </message>
    <message>
        <source>%1: %2 (was %3)</source>
        <translation>%1: %2 (war %3)</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Workspace setting changed: %1</source>
        <translation>Einstellung des Arbeitsbereichs geändert: %1</translation>
    </message>
    <message>
        <source>monthly price of a Twilio number</source>
        <translation>Monatspreis einer Twilio-Nummer</translation>
    </message>
    <message>
        <source>the workspace's Twilio may buy numbers</source>
        <translation>Twilio des Arbeitsbereichs darf Nummern kaufen</translation>
    </message>
    <message>
        <source>the workspace's monthly purchase limit</source>
        <translation>monatliches Kauflimit des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>new assistants get a number automatically</source>
        <translation>neue Assistenten bekommen automatisch eine Nummer</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>Switchboard::WorkspaceSetup</name>
    <message>
        <source>the workspace has no Twilio account</source>
        <translation>der Arbeitsbereich hat kein Twilio-Konto</translation>
    </message>
    <message>
        <source>the workspace has no Twilio account; give its account SID</source>
        <translation>der Arbeitsbereich hat kein Twilio-Konto; geben Sie seine Konto-SID an</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>a number to remove is not in the workspace's pool any more; nothing was changed</source>
        <translation>eine zu entfernende Nummer ist nicht mehr im Pool des Arbeitsbereichs; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 is in use (a provisioning took it, or it is in Vapi) and stays in the pool; nothing was changed</source>
        <translation>%1 ist in Gebrauch (eine Bereitstellung hat sie genommen, oder sie ist in Vapi) und bleibt im Pool; nichts wurde geändert</translation>
    </message>
</context>
<context>
    <name>UserSettings</name>
    <message>
        <source>The database location in the settings (%1) is refused: %2</source>
        <translation>Der Speicherort der Datenbank in den Einstellungen (%1) wird abgelehnt: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Switchboard gives the Vapi assistants of your customer organizations working phone numbers, and keeps a record of every step.</source>
        <translation>Switchboard gibt den Vapi-Assistenten Ihrer Kundenorganisationen funktionierende Telefonnummern und protokolliert jeden Schritt.</translation>
    </message>
    <message>
        <source>Keep the workspace in &lt;dir&gt; (default: $SWITCHBOARD_DATA_DIR, else the application data folder).</source>
        <translation>Den Arbeitsbereich in &lt;dir&gt; ablegen (Standard: $SWITCHBOARD_DATA_DIR, sonst der Datenordner der Anwendung).</translation>
    </message>
    <message>
        <source>Open the sandbox demo in a temporary workspace; nothing reaches Vapi or Twilio.</source>
        <translation>Die Sandbox-Demo in einem temporären Arbeitsbereich öffnen; nichts erreicht Vapi oder Twilio.</translation>
    </message>
    <message>
        <source>Save a picture of the main window to &lt;file&gt; once it is shown, then quit.</source>
        <translation>Ein Bild des Hauptfensters in &lt;file&gt; speichern, sobald es angezeigt wird, dann beenden.</translation>
    </message>
    <message>
        <source>Switchboard</source>
        <translation>Switchboard</translation>
    </message>
    <message>
        <source>The sandbox workspace cannot be created in %1: %2</source>
        <translation>Der Sandbox-Arbeitsbereich kann nicht in %1 erstellt werden: %2</translation>
    </message>
    <message>
        <source>The sandbox demo cannot start: %1</source>
        <translation>Die Sandbox-Demo kann nicht starten: %1</translation>
    </message>
    <message>
        <source>Open the workspace at &lt;url&gt;: postgresql://user@host:port/db[?sslmode=…] for a team workspace, or an SQLite file (default: the settings' database/location, else the data folder's workspace).</source>
        <translation>Den Arbeitsbereich unter &lt;url&gt; öffnen: postgresql://user@host:port/db[?sslmode=…] für einen Team-Arbeitsbereich oder eine SQLite-Datei (Standard: database/location aus den Einstellungen, sonst der Arbeitsbereich im Datenordner).</translation>
    </message>
    <message>
        <source>No password was given for %1.</source>
        <translation>Für %1 wurde kein Passwort angegeben.</translation>
    </message>
    <message>
        <source>--sandbox opens a temporary workspace of its own, removed when the demo ends: leave out --data-dir and --database, or leave out --sandbox to open that workspace.</source>
        <translation>--sandbox öffnet einen eigenen, vorübergehenden Arbeitsbereich, der am Ende der Demo entfernt wird: Lassen Sie --data-dir und --database weg, oder lassen Sie --sandbox weg, um diesen Arbeitsbereich zu öffnen.</translation>
    </message>
</context>
</TS>