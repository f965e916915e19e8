<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Help from your IT support: report a problem, follow your requests, and find answers in the knowledge base.</source>
        <translation>Hilfe von Ihrem IT-Support: Probleme melden, Ihre Anfragen verfolgen und Antworten in der Wissensdatenbank finden.</translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation>Bereitgestellt von:</translation>
    </message>
    <message>
        <source>Helpdesk:</source>
        <translation>Helpdesk:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Protokolle:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Lizenz:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Open the &amp;logs folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>Details &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy these details, to paste them for support</source>
        <translation>Diese Details kopieren, um sie für den Support einzufügen</translation>
    </message>
    <message>
        <source>not set up yet (open Settings)</source>
        <translation>noch nicht eingerichtet (Einstellungen öffnen)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>Problem &amp;melden…</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>Meine &amp;Anfragen</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Wissensdatenbank</translation>
    </message>
    <message>
        <source>C&amp;heck my computer…</source>
        <translation>&amp;Computer prüfen…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>&amp;Info…</translation>
    </message>
    <message>
        <source>&amp;Other ways to get help…</source>
        <translation>Weitere &amp;Kontaktmöglichkeiten…</translation>
    </message>
    <message>
        <source>Let support &amp;connect to my computer…</source>
        <translation>Dem Support &amp;Zugriff auf meinen Computer erlauben…</translation>
    </message>
    <message>
        <source>S&amp;top remote assistance</source>
        <translation>Remote&amp;hilfe beenden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>Schritt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <source>Add a step (Insert or Ctrl+N)</source>
        <translation>Schritt hinzufügen (Einfg oder Strg+N)</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Ausgewählten Schritt entfernen (Entf)</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Ausgewählten Schritt nach oben verschieben (Alt+↑)</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Ausgewählten Schritt nach unten verschieben (Alt+↓)</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>What did you do?</source>
        <translation>Was haben Sie getan?</translation>
    </message>
    <message>
        <source>List what you did before the problem appeared, in order, one step per line. Support will try the same steps.</source>
        <translation>Führen Sie der Reihe nach auf, was Sie getan haben, bevor das Problem auftrat – einen Schritt pro Zeile. Der Support wird dieselben Schritte ausprobieren.</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>&amp;Schritte:</translation>
    </message>
    <message>
        <source>Enter opens the next line • Insert adds a step • Delete removes it • Alt+Up / Alt+Down change the order</source>
        <translation>Eingabetaste öffnet die nächste Zeile • Einfg fügt einen Schritt hinzu • Entf entfernt ihn • Alt+↑ / Alt+↓ ändern die Reihenfolge</translation>
    </message>
</context>
<context>
    <name>AnnouncementCard</name>
    <message>
        <source>Affects: %1</source>
        <translation>Betrifft: %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>More about it</source>
        <translation>Mehr dazu</translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation>Seit %1.</translation>
    </message>
    <message>
        <source>Expected to be fixed by %1.</source>
        <translation>Voraussichtlich behoben bis %1.</translation>
    </message>
</context>
<context>
    <name>AnnouncementDetails</name>
    <message>
        <source>Known problem</source>
        <translation>Bekanntes Problem</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>HelpClient closed unexpectedly last time. Requests you had already sent are safe with support. The technical details are saved in %1.</source>
        <translation>HelpClient wurde beim letzten Mal unerwartet beendet. Bereits gesendete Anfragen sind beim Support sicher. Die technischen Details wurden in %1 gespeichert.</translation>
    </message>
    <message>
        <source>HelpClient cannot keep reports on this computer: %1 Reports will be sent directly, and only while the helpdesk can be reached.</source>
        <translation>HelpClient kann auf diesem Computer keine Meldungen speichern: %1 Meldungen werden direkt gesendet, und zwar nur, solange der Helpdesk erreichbar ist.</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>This &amp;solved my problem</source>
        <translation>Das hat mein Problem &amp;gelöst</translation>
    </message>
    <message>
        <source>&amp;Not what I need</source>
        <translation>&amp;Nicht das, was ich brauche</translation>
    </message>
</context>
<context>
    <name>AttachmentsButton</name>
    <message>
        <source>Files in this conversation: choose one to save it in your downloads folder</source>
        <translation>Dateien in dieser Unterhaltung: Wählen Sie eine aus, um sie in Ihrem Downloads-Ordner zu speichern</translation>
    </message>
    <message>
        <source>Save %1 (%2)</source>
        <translation>%1 speichern (%2)</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Anhänge (%1)</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>HelpClient was not allowed access in the browser, so you are not signed in. To sign in, choose Sign in again and allow access on the page that opens.</source>
        <translation>HelpClient wurde im Browser kein Zugriff erlaubt, daher sind Sie nicht angemeldet. Wählen Sie erneut „Anmelden“ und erlauben Sie den Zugriff auf der Seite, die sich öffnet.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in, so HelpClient ignored it. Choose Sign in to try again; if this happens again, tell IT support.</source>
        <translation>Der Browser hat eine Antwort geliefert, die nicht zu dieser Anmeldung gehört; HelpClient hat sie ignoriert. Wählen Sie „Anmelden“, um es erneut zu versuchen; wenn das wieder passiert, informieren Sie den IT-Support.</translation>
    </message>
    <message>
        <source>The browser did not come back in time. Choose Sign in to try again.</source>
        <translation>Der Browser hat nicht rechtzeitig geantwortet. Wählen Sie „Anmelden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>The helpdesk refused the sign-in. It said: %1</source>
        <translation>Der Helpdesk hat die Anmeldung abgelehnt. Antwort: %1</translation>
    </message>
    <message>
        <source>HelpClient opens %1&apos;s sign-in page in your web browser. Sign in there and allow HelpClient access; then come back here. HelpClient keeps the sign-in in your system keyring, not your password.</source>
        <translation>HelpClient öffnet die Anmeldeseite von %1 in Ihrem Webbrowser. Melden Sie sich dort an, erlauben Sie HelpClient den Zugriff und kehren Sie dann hierher zurück. HelpClient speichert die Anmeldung im Schlüsselbund Ihres Systems, nicht Ihr Passwort.</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>&amp;Warten beenden</translation>
    </message>
    <message>
        <source>You are signed in to %1. You can close this tab and return to HelpClient.</source>
        <translation>Sie sind bei %1 angemeldet. Sie können diesen Tab schließen und zu HelpClient zurückkehren.</translation>
    </message>
    <message>
        <source>Waiting for your browser… Sign in to %1 on the page that opened, then come back here.</source>
        <translation>Warten auf Ihren Browser… Melden Sie sich auf der geöffneten Seite bei %1 an und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>HelpClient could not open your web browser. Open this address in it to sign in; HelpClient waits meanwhile:
%1</source>
        <translation>HelpClient konnte Ihren Webbrowser nicht öffnen. Öffnen Sie diese Adresse darin, um sich anzumelden; HelpClient wartet so lange:
%1</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Other ways to get help</source>
        <translation>Weitere Kontaktmöglichkeiten</translation>
    </message>
    <message>
        <source>You can also reach %1 support this way:</source>
        <translation>Sie erreichen den Support von %1 auch auf diesem Weg:</translation>
    </message>
    <message>
        <source>You can also reach support this way:</source>
        <translation>Sie erreichen den Support auch auf diesem Weg:</translation>
    </message>
    <message>
        <source>the e-mail starts with your report, so it works even when HelpClient cannot reach the helpdesk.</source>
        <translation>Die E-Mail enthält bereits Ihre Meldung; das funktioniert also auch, wenn HelpClient den Helpdesk nicht erreicht.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Anrufen</translation>
    </message>
    <message>
        <source>[The report is longer than an e-mail link can carry; the rest was left out.]</source>
        <translation>[Die Meldung ist länger, als ein E-Mail-Link aufnehmen kann; der Rest wurde weggelassen.]</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation>E-Mail schreiben</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Chat:</translation>
    </message>
    <message>
        <source>Open the chat</source>
        <translation>Chat öffnen</translation>
    </message>
    <message>
        <source>Self-service portal:</source>
        <translation>Self-Service-Portal:</translation>
    </message>
    <message>
        <source>Open the portal</source>
        <translation>Portal öffnen</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Quick checks: %1</source>
        <translation>Schnellprüfungen: %1</translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>Checking your computer…</source>
        <translation>Ihr Computer wird geprüft…</translation>
    </message>
    <message>
        <source>The checks could not run.</source>
        <translation>Die Prüfungen konnten nicht ausgeführt werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need your attention.</source>
        <translation>
            <numerusform>%n Befund erfordert Ihre Aufmerksamkeit.</numerusform>
            <numerusform>%n Befunde erfordern Ihre Aufmerksamkeit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing wrong found, but some checks could not tell.</source>
        <translation>Keine Fehler gefunden, aber einige Prüfungen lieferten kein eindeutiges Ergebnis.</translation>
    </message>
    <message>
        <source>Everything checked looks fine.</source>
        <translation>Alles Geprüfte ist in Ordnung.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Working on it…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Das hat nicht funktioniert: %1</translation>
    </message>
    <message>
        <source>Done. Check again to see whether it helped.</source>
        <translation>Fertig. Prüfen Sie erneut, ob es geholfen hat.</translation>
    </message>
</context>
<context>
    <name>CheckWindow</name>
    <message>
        <source>Check my computer</source>
        <translation>Computer prüfen</translation>
    </message>
    <message>
        <source>HelpClient checked the things that most often stop a computer from working. A finding says what it saw, links the article that fixes it, and offers a safe fix where there is one.</source>
        <translation>HelpClient hat geprüft, was einen Computer am häufigsten am Arbeiten hindert. Jeder Befund nennt, was festgestellt wurde, verweist auf den Artikel mit der Lösung und bietet, wo möglich, eine sichere Behebung an.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>Problem &amp;melden…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Open network settings</source>
        <translation>Netzwerkeinstellungen öffnen</translation>
    </message>
    <message>
        <source>Open disk clean-up</source>
        <translation>Datenträgerbereinigung öffnen</translation>
    </message>
    <message>
        <source>Restart the print queue</source>
        <translation>Druckwarteschlange neu starten</translation>
    </message>
    <message>
        <source>No network connection: no network adapter is connected.</source>
        <translation>Keine Netzwerkverbindung: Kein Netzwerkadapter ist verbunden.</translation>
    </message>
    <message>
        <source>Connected ({interfaces}).</source>
        <translation>Verbunden ({interfaces}).</translation>
    </message>
    <message>
        <source>Connected to a network ({interfaces}), but it has no way out (no default gateway).</source>
        <translation>Mit einem Netzwerk verbunden ({interfaces}), aber ohne Weg nach außen (kein Standardgateway).</translation>
    </message>
    <message>
        <source>Connected ({interfaces}), default gateway {gateway}.</source>
        <translation>Verbunden ({interfaces}), Standardgateway {gateway}.</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Netzwerkverbindung</translation>
    </message>
    <message>
        <source>Wi-Fi network connection not working</source>
        <translation>WLAN Netzwerkverbindung funktioniert nicht</translation>
    </message>
    <message>
        <source>Nothing to look up: the servers are given by their addresses.</source>
        <translation>Nichts aufzulösen: Die Server sind direkt als Adressen angegeben.</translation>
    </message>
    <message>
        <source>These names cannot be found (DNS): {names}.</source>
        <translation>Diese Namen können nicht aufgelöst werden (DNS): {names}.</translation>
    </message>
    <message>
        <source>Names are found ({names}).</source>
        <translation>Namen werden aufgelöst ({names}).</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Namensauflösung (DNS)</translation>
    </message>
    <message>
        <source>internet does not work Wi-Fi network</source>
        <translation>Internet funktioniert nicht WLAN Netzwerk</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) answers.</source>
        <translation>Der Helpdesk ({host}) antwortet.</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address ({url}) is not a valid web address.</source>
        <translation>Die Adresse des Helpdesks ({url}) ist keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) cannot be found: its name does not resolve.</source>
        <translation>Der Helpdesk ({host}) wurde nicht gefunden: Sein Name kann nicht aufgelöst werden.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) answers, but its secure connection is not trusted.</source>
        <translation>Der Helpdesk ({host}) antwortet, aber seiner sicheren Verbindung wird nicht vertraut.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) does not answer.</source>
        <translation>Der Helpdesk ({host}) antwortet nicht.</translation>
    </message>
    <message>
        <source>Helpdesk server</source>
        <translation>Helpdesk-Server</translation>
    </message>
    <message>
        <source>VPN does not connect company network</source>
        <translation>VPN keine Verbindung Firmennetzwerk</translation>
    </message>
    <message>
        <source>No company service answers ({hosts}).</source>
        <translation>Kein Firmendienst antwortet ({hosts}).</translation>
    </message>
    <message>
        <source>Some company services do not answer: {hosts}.</source>
        <translation>Einige Firmendienste antworten nicht: {hosts}.</translation>
    </message>
    <message>
        <source>Company services answer ({hosts}).</source>
        <translation>Die Firmendienste antworten ({hosts}).</translation>
    </message>
    <message>
        <source>Company services</source>
        <translation>Firmendienste</translation>
    </message>
    <message>
        <source>The system proxy is switched on, but no proxy server is set.</source>
        <translation>Der System-Proxy ist eingeschaltet, aber es ist kein Proxyserver festgelegt.</translation>
    </message>
    <message>
        <source>The proxy setting {name} is not a valid address.</source>
        <translation>Die Proxy-Einstellung {name} ist keine gültige Adresse.</translation>
    </message>
    <message>
        <source>The proxy settings {first} and {second} disagree, so programs may connect differently.</source>
        <translation>Die Proxy-Einstellungen {first} und {second} stimmen nicht überein, daher verbinden sich Programme möglicherweise unterschiedlich.</translation>
    </message>
    <message>
        <source>No proxy is set: connections go directly.</source>
        <translation>Kein Proxy festgelegt: Verbindungen erfolgen direkt.</translation>
    </message>
    <message>
        <source>The proxy settings agree ({proxy}).</source>
        <translation>Die Proxy-Einstellungen stimmen überein ({proxy}).</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Proxy-Einstellungen</translation>
    </message>
    <message>
        <source>proxy settings web pages do not open</source>
        <translation>Proxy-Einstellungen Webseiten laden nicht</translation>
    </message>
    <message>
        <source>The VPN is connected ({names}).</source>
        <translation>Das VPN ist verbunden ({names}).</translation>
    </message>
    <message>
        <source>The company VPN is not connected.</source>
        <translation>Das Firmen-VPN ist nicht verbunden.</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>VPN does not connect</source>
        <translation>VPN keine Verbindung</translation>
    </message>
    <message>
        <source>No printers are set up.</source>
        <translation>Es sind keine Drucker eingerichtet.</translation>
    </message>
    <message>
        <source>Print jobs are moving (none has waited 10 min).</source>
        <translation>Druckaufträge werden abgearbeitet (keiner wartet länger als 10 Min.).</translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation>Es warten keine Druckaufträge.</translation>
    </message>
    <message>
        <source>A print job has been waiting on {queue} for {minutes} min.</source>
        <translation>Ein Druckauftrag wartet seit {minutes} Min. in {queue}.</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>Druckwarteschlange</translation>
    </message>
    <message>
        <source>printer does not print documents</source>
        <translation>Drucker druckt keine Dokumente</translation>
    </message>
    <message>
        <source>Could not check in time (within {seconds} s).</source>
        <extracomment>Every check has concluded (or been given up) this many seconds after the start.</extracomment>
        <translation>Prüfung nicht rechtzeitig abgeschlossen (innerhalb von {seconds} s).</translation>
    </message>
    <message>
        <source>Could not check: {error}.</source>
        <translation>Prüfung nicht möglich: {error}.</translation>
    </message>
    <message>
        <source>The disk of your home folder is almost full: {free} GB free of {total} GB ({percent} %).</source>
        <extracomment>below either, a volume is a problem; below LOW_SHARE it needs attention a quota this full needs attention; FULL_QUOTA is a problem memory: available below these shares of the total a process holding this share of the whole processor is &quot;most of it&quot; … … and for minutes when it is this old and its processor time could cover that span the processor sample&apos;s length (the rest of the check&apos;s time is for the OS to answer)</extracomment>
        <translation>Der Datenträger Ihres persönlichen Ordners ist fast voll: {free} GB von {total} GB frei ({percent} %).</translation>
    </message>
    <message>
        <source>The system disk is almost full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>Der Systemdatenträger ist fast voll: {free} GB von {total} GB frei ({percent} %).</translation>
    </message>
    <message>
        <source>The disk of your home folder is getting full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>Der Datenträger Ihres persönlichen Ordners füllt sich: {free} GB von {total} GB frei ({percent} %).</translation>
    </message>
    <message>
        <source>The system disk is getting full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>Der Systemdatenträger füllt sich: {free} GB von {total} GB frei ({percent} %).</translation>
    </message>
    <message>
        <source>{free} GB free of {total} GB on the system disk ({percent} %).</source>
        <translation>{free} GB von {total} GB auf dem Systemdatenträger frei ({percent} %).</translation>
    </message>
    <message>
        <source>Your storage quota is used up: {used} GB of {limit} GB.</source>
        <translation>Ihr Speicherkontingent ist aufgebraucht: {used} GB von {limit} GB belegt.</translation>
    </message>
    <message>
        <source>Your storage quota is almost used up: {used} GB of {limit} GB.</source>
        <translation>Ihr Speicherkontingent ist fast aufgebraucht: {used} GB von {limit} GB belegt.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Freier Speicherplatz</translation>
    </message>
    <message>
        <source>disk is full free space</source>
        <translation>Festplatte voll freier Speicherplatz</translation>
    </message>
    <message>
        <source>Memory is almost exhausted: {available} GB free of {total} GB; programs slow down.</source>
        <translation>Der Arbeitsspeicher ist fast erschöpft: {available} GB von {total} GB frei; Programme werden langsamer.</translation>
    </message>
    <message>
        <source>Memory is running low: {available} GB free of {total} GB.</source>
        <translation>Der Arbeitsspeicher wird knapp: {available} GB von {total} GB frei.</translation>
    </message>
    <message>
        <source>{available} GB of {total} GB memory free.</source>
        <translation>{available} GB von {total} GB Arbeitsspeicher frei.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>computer is slow memory</source>
        <translation>Computer ist langsam Arbeitsspeicher</translation>
    </message>
    <message>
        <source>No program is holding the processor.</source>
        <translation>Kein Programm belegt den Prozessor.</translation>
    </message>
    <message>
        <source>{name} has been using most of the processor ({percent} %) for minutes.</source>
        <translation>{name} belegt seit Minuten den Großteil des Prozessors ({percent} %).</translation>
    </message>
    <message>
        <source>No program is holding the processor (the busiest, {name}, uses {percent} %).</source>
        <translation>Kein Programm belegt den Prozessor (das aktivste, {name}, nutzt {percent} %).</translation>
    </message>
    <message>
        <source>Processor load</source>
        <translation>Prozessorauslastung</translation>
    </message>
    <message>
        <source>computer is slow programs</source>
        <translation>Computer ist langsam Programme</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min ahead of the helpdesk&apos;s; sign-ins and secure connections may fail.</source>
        <extracomment>a clock further off than this breaks sign-ins (Kerberos allows 5 min) and, at worst, TLS</extracomment>
        <translation>Die Uhr dieses Computers geht gegenüber dem Helpdesk {minutes} Min. vor; Anmeldungen und sichere Verbindungen können fehlschlagen.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min behind the helpdesk&apos;s; sign-ins and secure connections may fail.</source>
        <translation>Die Uhr dieses Computers geht gegenüber dem Helpdesk {minutes} Min. nach; Anmeldungen und sichere Verbindungen können fehlschlagen.</translation>
    </message>
    <message>
        <source>The clock agrees with the helpdesk&apos;s (within {seconds} s).</source>
        <translation>Die Uhr stimmt mit der des Helpdesks überein (auf {seconds} s genau).</translation>
    </message>
    <message>
        <source>The helpdesk did not tell its time.</source>
        <translation>Der Helpdesk hat seine Uhrzeit nicht mitgeteilt.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <source>clock shows the wrong time</source>
        <translation>Uhr zeigt falsche Uhrzeit</translation>
    </message>
    <message>
        <source>This system does not tell whether a restart is pending.</source>
        <translation>Dieses System gibt nicht an, ob ein Neustart aussteht.</translation>
    </message>
    <message>
        <source>Updates are waiting for a restart to finish installing.</source>
        <translation>Updates warten auf einen Neustart, um die Installation abzuschließen.</translation>
    </message>
    <message>
        <source>No restart is pending.</source>
        <translation>Es steht kein Neustart aus.</translation>
    </message>
    <message>
        <source>Pending restart</source>
        <translation>Ausstehender Neustart</translation>
    </message>
    <message>
        <source>restart to finish installing updates</source>
        <translation>Neustart Installation Updates abschließen</translation>
    </message>
    <message>
        <source>The version {version} of {program} cannot be compared with {current}.</source>
        <translation>Die Version {version} von {program} kann nicht mit {current} verglichen werden.</translation>
    </message>
    <message>
        <source>{program} {version} is older than the version IT supports ({current}); updating it may fix the problem.</source>
        <translation>{program} {version} ist älter als die von der IT unterstützte Version ({current}); ein Update kann das Problem beheben.</translation>
    </message>
    <message>
        <source>{program} {version} is current (IT lists {current}).</source>
        <translation>{program} {version} ist aktuell (die IT nennt {current}).</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Programmversion</translation>
    </message>
    <message>
        <source>update a program to the current version</source>
        <translation>Programm auf aktuelle Version aktualisieren</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Aufmerksamkeit erforderlich</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fine: {checks}.</source>
        <translation>In Ordnung: {checks}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Remote assistance</source>
        <translation>Remotehilfe</translation>
    </message>
    <message>
        <source>Let support connect to your computer?</source>
        <translation>Dem Support Zugriff auf Ihren Computer erlauben?</translation>
    </message>
    <message>
        <source>HelpClient will open %1, the remote-assistance service your support team uses, in your web browser.</source>
        <translation>HelpClient öffnet %1, den Remotehilfe-Dienst Ihres Support-Teams, in Ihrem Webbrowser.</translation>
    </message>
    <message>
        <source>HelpClient will start %1, the remote-assistance program your support team uses.</source>
        <translation>HelpClient startet %1, das Remotehilfe-Programm Ihres Support-Teams.</translation>
    </message>
    <message>
        <source>Once you let them in, the person from support sees your screen and may use your mouse and keyboard, to work on the problem with you.</source>
        <translation>Sobald Sie den Zugriff zulassen, sieht die Person vom Support Ihren Bildschirm und kann Maus und Tastatur verwenden, um das Problem gemeinsam mit Ihnen zu lösen.</translation>
    </message>
    <message>
        <source>You stay in control: you see everything they do, and you can end the session at any time.</source>
        <translation>Sie behalten die Kontrolle: Sie sehen alles, was dabei geschieht, und können die Sitzung jederzeit beenden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To stop:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Zum Beenden:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Request to add the note to</source>
        <translation>Anfrage, der die Notiz hinzugefügt wird</translation>
    </message>
    <message>
        <source>A note that you agreed will be added to your request:</source>
        <translation>Ihrer Anfrage wird eine Notiz hinzugefügt, dass Sie zugestimmt haben:</translation>
    </message>
    <message>
        <source>HelpClient asks every time. Nothing starts unless you agree.</source>
        <translation>HelpClient fragt jedes Mal nach. Ohne Ihre Zustimmung wird nichts gestartet.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>%1 öffnen</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>%1 starten</translation>
    </message>
    <message>
        <source>#%1 — %2</source>
        <translation>#%1 – %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>No request: do not add a note</source>
        <translation>Keine Anfrage: keine Notiz hinzufügen</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>How urgent, and how to reach you</source>
        <translation>Dringlichkeit und Erreichbarkeit</translation>
    </message>
    <message>
        <source>Support uses this to decide what comes first and to answer you.</source>
        <translation>Damit entscheidet der Support, was zuerst bearbeitet wird, und kann Ihnen antworten.</translation>
    </message>
    <message>
        <source>How &amp;urgent is it?</source>
        <translation>Wie &amp;dringend ist es?</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <source>Optional, e.g. +1 555 0100</source>
        <translation>Optional, z. B. +49 30 1234567</translation>
    </message>
    <message>
        <source>Please check that your contact details are correct.</source>
        <translation>Bitte prüfen Sie, ob Ihre Kontaktdaten stimmen.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Attachment:</source>
        <translation>Anhang:</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Noch keine Nachrichten.</translation>
    </message>
    <message>
        <source>The status changed</source>
        <translation>Der Status wurde geändert</translation>
    </message>
    <message>
        <source>You changed the status to “%1”</source>
        <translation>Sie haben den Status in „%1“ geändert</translation>
    </message>
    <message>
        <source>%1 changed the status to “%2”</source>
        <translation>%1 hat den Status in „%2“ geändert</translation>
    </message>
    <message>
        <source>Status changed to “%1”</source>
        <translation>Status in „%1“ geändert</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>{program} closed unexpectedly</source>
        <translation>{program} wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>{program} closed unexpectedly on {date} at {time} ({reason}).</source>
        <translation>{program} wurde am {date} um {time} unerwartet beendet ({reason}).</translation>
    </message>
    <message>
        <source>{program} closed unexpectedly on {date} at {time}.</source>
        <translation>{program} wurde am {date} um {time} unerwartet beendet.</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Version: {version}</translation>
    </message>
    <message>
        <source>Program file: {path}</source>
        <translation>Programmdatei: {path}</translation>
    </message>
    <message>
        <source>Command line: {command}</source>
        <translation>Befehlszeile: {command}</translation>
    </message>
    <message>
        <source>What the crash record says:</source>
        <translation>Inhalt des Absturzprotokolls:</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong inside HelpClient. Your work has been kept. The details were written to the log:
%1</source>
        <translation>In HelpClient ist ein interner Fehler aufgetreten. Ihre Eingaben sind erhalten geblieben. Die Details wurden in das Protokoll geschrieben:
%1</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>%1 B</source>
        <extracomment>``QCoreApplication.translate`` with the interface language&apos;s numbers, for core text rendered through functions that take only a ``translate`` (a report&apos;s body shown in the outbox)</extracomment>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
</context>
<context>
    <name>DeliveryNotices</name>
    <message>
        <source>You can also reach support another way: Other ways to get help, in HelpClient&apos;s menu.</source>
        <translation>Sie können den Support auch auf anderem Weg erreichen: „Weitere Kontaktmöglichkeiten“ im Menü von HelpClient.</translation>
    </message>
    <message>
        <source>Request #%1 sent</source>
        <translation>Anfrage #%1 gesendet</translation>
    </message>
    <message>
        <source>A report that was waiting has reached support.</source>
        <translation>Eine wartende Meldung hat den Support erreicht.</translation>
    </message>
    <message>
        <source>Sign in to send your report</source>
        <translation>Melden Sie sich an, um Ihre Meldung zu senden</translation>
    </message>
    <message>
        <source>The helpdesk did not accept your sign-in. Your report is kept: sign in again in Settings and it will be sent.</source>
        <translation>Der Helpdesk hat Ihre Anmeldung nicht akzeptiert. Ihre Meldung bleibt erhalten: Melden Sie sich in den Einstellungen erneut an, dann wird sie gesendet.</translation>
    </message>
    <message>
        <source>Your report was not accepted</source>
        <translation>Ihre Meldung wurde nicht angenommen</translation>
    </message>
    <message>
        <source>%1 The report is kept: open the reports waiting to be sent from HelpClient&apos;s menu.</source>
        <translation>%1 Die Meldung bleibt erhalten: Öffnen Sie den Postausgang über das Menü von HelpClient.</translation>
    </message>
    <message>
        <source>Sign in to send your reply</source>
        <translation>Melden Sie sich an, um Ihre Antwort zu senden</translation>
    </message>
    <message>
        <source>Your reply to request #%1 is kept: sign in again in Settings and it will be sent.</source>
        <translation>Ihre Antwort auf Anfrage #%1 bleibt erhalten: Melden Sie sich in den Einstellungen erneut an, dann wird sie gesendet.</translation>
    </message>
    <message>
        <source>Your reply to request #%1 was not accepted</source>
        <translation>Ihre Antwort auf Anfrage #%1 wurde nicht angenommen</translation>
    </message>
    <message>
        <source>%1 The reply is kept: open the reports waiting to be sent from HelpClient&apos;s menu.</source>
        <translation>%1 Die Antwort bleibt erhalten: Öffnen Sie den Postausgang über das Menü von HelpClient.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Im &amp;Browser öffnen</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Support anderweitig erreichen…</translation>
    </message>
    <message>
        <source>The e-mail starts with this report</source>
        <translation>Die E-Mail enthält bereits diese Meldung</translation>
    </message>
    <message>
        <source>Request #%1 sent</source>
        <translation>Anfrage #%1 gesendet</translation>
    </message>
    <message>
        <source>Thank you. Support has received your request.</source>
        <translation>Vielen Dank. Der Support hat Ihre Anfrage erhalten.</translation>
    </message>
    <message>
        <source>You can follow your request, see support&apos;s answers and reply to them in My requests.</source>
        <translation>Unter „Meine Anfragen“ können Sie Ihre Anfrage verfolgen, die Antworten des Supports lesen und darauf antworten.</translation>
    </message>
    <message>
        <source>&amp;Follow request #%1</source>
        <translation>Anfrage #%1 &amp;verfolgen</translation>
    </message>
    <message>
        <source>Open it in My requests</source>
        <translation>In „Meine Anfragen“ öffnen</translation>
    </message>
    <message>
        <source>Your report is saved and will be sent</source>
        <translation>Ihre Meldung ist gespeichert und wird gesendet</translation>
    </message>
    <message>
        <source>HelpClient could not reach the helpdesk right now.</source>
        <translation>HelpClient konnte den Helpdesk gerade nicht erreichen.</translation>
    </message>
    <message>
        <source>Nothing is lost: the report waits on this computer and is sent by itself when the connection is back, even after a restart. The tray menu shows reports waiting to be sent.</source>
        <translation>Es geht nichts verloren: Die Meldung wartet auf diesem Computer und wird automatisch gesendet, sobald die Verbindung wieder besteht – auch nach einem Neustart. Das Menü des HelpClient-Symbols im Infobereich zeigt, was im Postausgang wartet.</translation>
    </message>
    <message>
        <source>Your report is saved but not sent</source>
        <translation>Ihre Meldung ist gespeichert, aber nicht gesendet</translation>
    </message>
    <message>
        <source>The helpdesk needs something from you first.</source>
        <translation>Der Helpdesk benötigt zuerst etwas von Ihnen.</translation>
    </message>
    <message>
        <source>The report waits on this computer. Open the reports waiting to be sent from HelpClient&apos;s menu to send it again, or save it to a file for IT.</source>
        <translation>Die Meldung wartet auf diesem Computer. Öffnen Sie den Postausgang über das Menü von HelpClient, um sie erneut zu senden, oder speichern Sie sie als Datei für die IT.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Draft not saved</source>
        <translation>Entwurf nicht gespeichert</translation>
    </message>
    <message>
        <source>Continue your report?</source>
        <translation>Meldung fortsetzen?</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>(noch keine Zusammenfassung)</translation>
    </message>
    <message>
        <source>You started a problem report that was not sent: “%1”.</source>
        <translation>Sie haben eine Problemmeldung begonnen, die nicht gesendet wurde: „%1“.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>This looks like your open request #%1 “%2”. Add what you know now to it, so support sees it in one place.</source>
        <translation>Das sieht nach Ihrer offenen Anfrage #%1 „%2“ aus. Ergänzen Sie diese um das, was Sie jetzt wissen, damit der Support alles an einer Stelle sieht.</translation>
    </message>
    <message>
        <source>Add this to request #%1</source>
        <translation>Zu Anfrage #%1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Support anderweitig erreichen…</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>What did you see?</source>
        <translation>Was haben Sie gesehen?</translation>
    </message>
    <message>
        <source>Copy the exact words of the error message: support searches for them.</source>
        <translation>Kopieren Sie den genauen Wortlaut der Fehlermeldung: Der Support sucht danach.</translation>
    </message>
    <message>
        <source>Paste the message here (Ctrl+V). In most message windows, Ctrl+C copies the whole message.</source>
        <translation>Fügen Sie die Meldung hier ein (Strg+V). In den meisten Meldungsfenstern kopiert Strg+C die gesamte Meldung.</translation>
    </message>
    <message>
        <source>E&amp;xact error message:</source>
        <translation>&amp;Genaue Fehlermeldung:</translation>
    </message>
    <message>
        <source>There was no error &amp;message</source>
        <translation>Es gab keine Fehler&amp;meldung</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>When did it &amp;start?</source>
        <translation>Wann hat es &amp;begonnen?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your sign-in to the helpdesk has expired or was revoked. Sign in again in Settings.</source>
        <translation>Ihre Anmeldung beim Helpdesk ist abgelaufen oder wurde widerrufen. Melden Sie sich in den Einstellungen erneut an.</translation>
    </message>
    <message>
        <source>The helpdesk did not accept your access token. It may be mistyped, expired or revoked. Sign in again in Settings with a valid token.</source>
        <translation>Der Helpdesk hat Ihr Zugriffstoken nicht akzeptiert. Es ist möglicherweise falsch eingegeben, abgelaufen oder widerrufen. Melden Sie sich in den Einstellungen mit einem gültigen Token erneut an.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so HelpClient did not send anything. Check the server address; if it is right, ask IT to install the company&apos;s certificate authority.</source>
        <translation>Das Sicherheitszertifikat des Servers ist nicht vertrauenswürdig, deshalb hat HelpClient nichts gesendet. Prüfen Sie die Serveradresse; wenn sie stimmt, bitten Sie die IT, die Zertifizierungsstelle Ihres Unternehmens zu installieren.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the server address for typos, and check that you are connected to the network (or VPN).</source>
        <translation>Der Servername wurde nicht gefunden. Prüfen Sie die Serveradresse auf Tippfehler und ob Sie mit dem Netzwerk (oder VPN) verbunden sind.</translation>
    </message>
    <message>
        <source>The helpdesk is busy and asked HelpClient to wait. Try again in a minute.</source>
        <translation>Der Helpdesk ist ausgelastet und hat HelpClient gebeten zu warten. Versuchen Sie es in einer Minute erneut.</translation>
    </message>
    <message>
        <source>The helpdesk server was reached but did not answer in time. It may be busy. Try again in a few minutes.</source>
        <translation>Der Helpdesk-Server wurde erreicht, hat aber nicht rechtzeitig geantwortet. Möglicherweise ist er ausgelastet. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The helpdesk server is not answering. It may be down, or your network may be disconnected. Try again later.</source>
        <translation>Der Helpdesk-Server antwortet nicht. Möglicherweise ist er ausgefallen, oder Ihre Netzwerkverbindung ist getrennt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the expected helpdesk. Check the server address and the helpdesk type.</source>
        <translation>Unter dieser Adresse hat etwas geantwortet, aber nicht der erwartete Helpdesk. Prüfen Sie die Serveradresse und den Helpdesk-Typ.</translation>
    </message>
    <message>
        <source>The helpdesk does not allow your account to do this. Ask IT support to check your permissions.</source>
        <translation>Der Helpdesk erlaubt Ihrem Konto diese Aktion nicht. Bitten Sie den IT-Support, Ihre Berechtigungen zu prüfen.</translation>
    </message>
    <message>
        <source>The helpdesk could not find this item. It may have been deleted or moved.</source>
        <translation>Der Helpdesk konnte dieses Element nicht finden. Möglicherweise wurde es gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>The helpdesk does not accept files this large. Leave the largest file out or compress it, then send again.</source>
        <translation>Der Helpdesk nimmt so große Dateien nicht an. Lassen Sie die größte Datei weg oder komprimieren Sie sie, und senden Sie dann erneut.</translation>
    </message>
    <message>
        <source>HelpClient is not connected to a helpdesk yet. Open Settings to set it up.</source>
        <translation>HelpClient ist noch mit keinem Helpdesk verbunden. Öffnen Sie die Einstellungen, um die Verbindung einzurichten.</translation>
    </message>
    <message>
        <source>The helpdesk sent an answer HelpClient could not read. Try again in a few minutes; if this keeps happening, tell IT support: the helpdesk, or something between it and you, is sending wrong data.</source>
        <translation>Der Helpdesk hat eine Antwort gesendet, die HelpClient nicht lesen konnte. Versuchen Sie es in einigen Minuten erneut; wenn das weiterhin passiert, informieren Sie den IT-Support: Der Helpdesk oder etwas zwischen ihm und Ihnen sendet fehlerhafte Daten.</translation>
    </message>
    <message>
        <source>The helpdesk had a temporary problem. Try again in a few minutes.</source>
        <translation>Beim Helpdesk ist ein vorübergehendes Problem aufgetreten. Versuchen Sie es in einigen Minuten erneut.</translation>
    </message>
    <message>
        <source>The helpdesk refused this action. It said: %1</source>
        <translation>Der Helpdesk hat diese Aktion abgelehnt. Seine Antwort: %1</translation>
    </message>
    <message>
        <source>HelpClient&apos;s helpdesk settings cannot be used: %1 Check them in Settings or ask IT support.</source>
        <translation>Die Helpdesk-Einstellungen von HelpClient sind nicht verwendbar: %1 Prüfen Sie sie in den Einstellungen, oder wenden Sie sich an den IT-Support.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Ein Fehler ist aufgetreten: %1</translation>
    </message>
    <message>
        <source>The server name could not be found (no network, or no VPN?).</source>
        <translation>Der Servername wurde nicht gefunden (kein Netzwerk oder kein VPN?).</translation>
    </message>
    <message>
        <source>The helpdesk is busy and asked HelpClient to wait.</source>
        <translation>Der Helpdesk ist ausgelastet und hat HelpClient gebeten zu warten.</translation>
    </message>
    <message>
        <source>The helpdesk server did not answer in time.</source>
        <translation>Der Helpdesk-Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The helpdesk server could not be reached.</source>
        <translation>Der Helpdesk-Server war nicht erreichbar.</translation>
    </message>
    <message>
        <source>The helpdesk sent an answer HelpClient could not read.</source>
        <translation>Der Helpdesk hat eine Antwort gesendet, die HelpClient nicht lesen konnte.</translation>
    </message>
    <message>
        <source>The helpdesk had a temporary problem.</source>
        <translation>Beim Helpdesk ist ein vorübergehendes Problem aufgetreten.</translation>
    </message>
</context>
<context>
    <name>FormFieldsBox</name>
    <message>
        <source>Details your helpdesk asks for</source>
        <translation>Angaben, die Ihr Helpdesk benötigt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
</context>
<context>
    <name>FreshserviceSignIn</name>
    <message>
        <source>The address is your company&apos;s Freshservice address, like https://yourcompany.freshservice.com (its API answers there, not at a custom domain).</source>
        <translation>Die Adresse ist die Freshservice-Adresse Ihres Unternehmens, etwa https://yourcompany.freshservice.com (die API antwortet dort, nicht unter einer eigenen Domain).</translation>
    </message>
    <message>
        <source>Your API key is in Freshservice&apos;s support portal: click your profile picture (top right) → Profile settings; the key is shown below “Change password”. Copy it and paste it here with the e-mail address you sign in to Freshservice with. HelpClient keeps the key in your system keyring.</source>
        <translation>Ihren API-Schlüssel finden Sie im Supportportal von Freshservice: Klicken Sie auf Ihr Profilbild (oben rechts) → Profileinstellungen; der Schlüssel steht unter „Passwort ändern“. Kopieren Sie ihn und fügen Sie ihn hier zusammen mit der E-Mail-Adresse ein, mit der Sie sich bei Freshservice anmelden. HelpClient speichert den Schlüssel im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>No API key in your profile settings? Freshservice&apos;s administrator may have switched API access off for requesters; ask IT support.</source>
        <translation>Kein API-Schlüssel in Ihren Profileinstellungen? Möglicherweise hat der Freshservice-Administrator den API-Zugriff für Anfragende deaktiviert; wenden Sie sich an den IT-Support.</translation>
    </message>
    <message>
        <source>Freshservice did not accept this API key. Copy it again from Profile settings in the support portal; if it was reset, the old key no longer works.</source>
        <translation>Freshservice hat diesen API-Schlüssel nicht akzeptiert. Kopieren Sie ihn erneut aus den Profileinstellungen im Supportportal; wurde er zurückgesetzt, gilt der alte Schlüssel nicht mehr.</translation>
    </message>
</context>
<context>
    <name>GlpiSignIn</name>
    <message>
        <source>The address is GLPI&apos;s web address; its API address ending in /apirest.php works too.</source>
        <translation>Die Adresse ist die Webadresse von GLPI; die API-Adresse, die auf /apirest.php endet, funktioniert ebenfalls.</translation>
    </message>
    <message>
        <source>Login and password</source>
        <translation>Anmeldename und Passwort</translation>
    </message>
    <message>
        <source>Personal API token</source>
        <translation>Persönliches API-Token</translation>
    </message>
    <message>
        <source>In GLPI: your name (top right) → My settings → Remote access keys → API token; tick Regenerate and save if it is empty, then copy it here.</source>
        <translation>In GLPI: Ihr Name (oben rechts) → Meine Einstellungen → Fernzugriffsschlüssel → API-Token; ist es leer, aktivieren Sie „Neu generieren“ und speichern Sie, dann kopieren Sie es hierher.</translation>
    </message>
    <message>
        <source>Use the login and password of GLPI&apos;s web page. This works only if GLPI&apos;s administrator enabled login with credentials for the API.</source>
        <translation>Verwenden Sie den Anmeldenamen und das Passwort der GLPI-Webseite. Das funktioniert nur, wenn der GLPI-Administrator die Anmeldung mit Zugangsdaten für die API aktiviert hat.</translation>
    </message>
    <message>
        <source>GLPI&apos;s administrator must enable, in Setup → General → API: “Enable Rest API”, “Enable login with credentials”, and an API client that allows employees&apos; addresses (the default client allows only the server itself). If GLPI asks for an application token, IT sets it by policy — you never type it.</source>
        <translation>Der GLPI-Administrator muss unter Einrichtung → Allgemein → API Folgendes aktivieren: „Rest-API aktivieren“, „Anmeldung mit Zugangsdaten aktivieren“ und einen API-Client, der die Adressen der Mitarbeitenden zulässt (der Standard-Client lässt nur den Server selbst zu). Falls GLPI ein Anwendungstoken verlangt, legt die IT es per Richtlinie fest – Sie geben es nie selbst ein.</translation>
    </message>
    <message>
        <source>GLPI&apos;s administrator must enable, in Setup → General → API: “Enable Rest API”, “Enable login with external token”, and an API client that allows employees&apos; addresses (the default client allows only the server itself). If GLPI asks for an application token, IT sets it by policy — you never type it.</source>
        <translation>Der GLPI-Administrator muss unter Einrichtung → Allgemein → API Folgendes aktivieren: „Rest-API aktivieren“, „Anmeldung mit externem Token aktivieren“ und einen API-Client, der die Adressen der Mitarbeitenden zulässt (der Standard-Client lässt nur den Server selbst zu). Falls GLPI ein Anwendungstoken verlangt, legt die IT es per Richtlinie fest – Sie geben es nie selbst ein.</translation>
    </message>
    <message>
        <source>GLPI did not accept this login and password. Check them; if they work on GLPI&apos;s web page, login with credentials may be disabled for the API — sign in with your personal API token instead.</source>
        <translation>GLPI hat diesen Anmeldenamen und dieses Passwort nicht akzeptiert. Prüfen Sie beides; wenn es auf der GLPI-Webseite funktioniert, ist die Anmeldung mit Zugangsdaten für die API möglicherweise deaktiviert – melden Sie sich stattdessen mit Ihrem persönlichen API-Token an.</translation>
    </message>
    <message>
        <source>GLPI did not accept this API token. Copy it again from My settings → Remote access keys; if you regenerated it, the old one no longer works.</source>
        <translation>GLPI hat dieses API-Token nicht akzeptiert. Kopieren Sie es erneut unter Meine Einstellungen → Fernzugriffsschlüssel; wenn Sie es neu generiert haben, funktioniert das alte nicht mehr.</translation>
    </message>
</context>
<context>
    <name>HelpClientApp</name>
    <message>
        <source>The language has changed. The window you are working in keeps its language until you close it; nothing in it is lost.</source>
        <translation>Die Sprache wurde geändert. Das Fenster, in dem Sie gerade arbeiten, behält seine Sprache, bis Sie es schließen; es geht nichts darin verloren.</translation>
    </message>
</context>
<context>
    <name>HelpdeskBox</name>
    <message>
        <source>Helpdesk server</source>
        <extracomment>(the entered server) → what answers there (the connector&apos;s probe; blocking)</extracomment>
        <translation>Helpdesk-Server</translation>
    </message>
    <message>
        <source>the project&apos;s identifier, e.g. it-help</source>
        <translation>Kennung des Projekts, z. B. it-help</translation>
    </message>
    <message>
        <source>empty: the project&apos;s first tracker</source>
        <translation>leer: erster Tracker des Projekts</translation>
    </message>
    <message>
        <source>optional: PEM file of your company&apos;s CA</source>
        <translation>optional: PEM-Datei der CA Ihres Unternehmens</translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation>An&amp;melden…</translation>
    </message>
    <message>
        <source>Helpdesk &amp;type:</source>
        <translation>Helpdesk-&amp;Typ:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Serveradr&amp;esse:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>T&amp;racker:</source>
        <translation>T&amp;racker:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>Zusätzliche &amp;CA-Datei:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Angemeldet:</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>A&amp;bmelden</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Durch die Richtlinie Ihrer Organisation festgelegt.</translation>
    </message>
    <message>
        <source>The token comes from the HELPCLIENT_TOKEN environment variable and is not stored.</source>
        <translation>Das Token stammt aus der Umgebungsvariablen HELPCLIENT_TOKEN und wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>No secure keyring was found on this system, so what you sign in with is kept only until HelpClient quits; you will be asked again at the next start.</source>
        <translation>Kein sicherer Schlüsselbund gefunden: Ihre Anmeldedaten bleiben nur bis zum Beenden von HelpClient erhalten; beim nächsten Start werden Sie erneut gefragt.</translation>
    </message>
    <message>
        <source>What you sign in with is kept in your system keyring.</source>
        <translation>Ihre Anmeldedaten werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>Not signed in to this server.</source>
        <translation>Nicht an diesem Server angemeldet.</translation>
    </message>
    <message>
        <source>As %1, with a password.</source>
        <translation>Als %1, mit Passwort.</translation>
    </message>
    <message>
        <source>Through your web browser.</source>
        <translation>Über Ihren Webbrowser.</translation>
    </message>
    <message>
        <source>As %1, with an API key.</source>
        <translation>Als %1, mit einem API-Schlüssel.</translation>
    </message>
    <message>
        <source>With an access token.</source>
        <translation>Mit einem Zugriffstoken.</translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://</source>
        <translation>Geben Sie die Serveradresse ein, beginnend mit https://</translation>
    </message>
    <message>
        <source>Enter the identifier of the project your requests go to (IT support knows it).</source>
        <translation>Geben Sie die Kennung des Projekts ein, in das Ihre Anfragen gehen (der IT-Support kennt sie).</translation>
    </message>
    <message>
        <source>The CA file does not exist: %1</source>
        <translation>Die CA-Datei existiert nicht: %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Abmelden…</translation>
    </message>
    <message>
        <source>Signed out. Sign in again to use the helpdesk.</source>
        <translation>Abgemeldet. Melden Sie sich erneut an, um den Helpdesk zu nutzen.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Sign in first: HelpClient has nothing to sign in to this server with yet.</source>
        <translation>Melden Sie sich zuerst an: HelpClient hat noch keine Anmeldedaten für diesen Server.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>&lt;h2&gt;How can we help?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Wie können wir helfen?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your desktop has no system tray (on GNOME, the AppIndicator extension adds one), so HelpClient opens this window instead. Closing it keeps HelpClient running until you choose Quit.</source>
        <translation>Ihre Arbeitsumgebung hat keinen Infobereich (unter GNOME fügt die Erweiterung AppIndicator einen hinzu), daher öffnet HelpClient stattdessen dieses Fenster. Wenn Sie es schließen, läuft HelpClient weiter, bis Sie „Beenden“ wählen.</translation>
    </message>
</context>
<context>
    <name>JsmSignIn</name>
    <message>
        <source>Service &amp;desk:</source>
        <translation>Service-&amp;Desk:</translation>
    </message>
    <message>
        <source>The address of your Jira site, such as https://example.atlassian.net (the help center&apos;s address works too).</source>
        <translation>Die Adresse Ihrer Jira-Website, z. B. https://example.atlassian.net (die Adresse des Hilfe-Centers funktioniert auch).</translation>
    </message>
    <message>
        <source>My e-mail address and an API token (Atlassian cloud)</source>
        <translation>Meine E-Mail-Adresse und ein API-Token (Atlassian Cloud)</translation>
    </message>
    <message>
        <source>A personal access token (Jira Data Center)</source>
        <translation>Ein persönliches Zugriffstoken (Jira Data Center)</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>Create an API token at id.atlassian.com: open %1, choose “Create API token”, name it “HelpClient”, copy it and paste it below with the e-mail address of your Atlassian account. On Jira Data Center, enter your user name and password instead.</source>
        <translation>Erstellen Sie ein API-Token auf id.atlassian.com: Öffnen Sie %1, wählen Sie „Create API token“, nennen Sie es „HelpClient“, kopieren Sie es und fügen Sie es unten zusammen mit der E-Mail-Adresse Ihres Atlassian-Kontos ein. Bei Jira Data Center geben Sie stattdessen Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>In Jira, click your avatar and open Profile → Personal Access Tokens. Create a token, copy it (Jira shows it only once) and paste it here.</source>
        <translation>Klicken Sie in Jira auf Ihren Avatar und öffnen Sie Profil → Persönliche Zugriffstoken. Erstellen Sie ein Token, kopieren Sie es (Jira zeigt es nur einmal an) und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>On Atlassian&apos;s page, sign in with the account you use on this site and allow access to this site.</source>
        <translation>Melden Sie sich auf der Atlassian-Seite mit dem Konto an, das Sie auf dieser Website verwenden, und erlauben Sie den Zugriff auf diese Website.</translation>
    </message>
    <message>
        <source>No way to create API tokens? Help-center accounts that are not Atlassian accounts have none: ask IT to invite you with an Atlassian account.</source>
        <translation>Sie können kein API-Token erstellen? Hilfe-Center-Konten, die keine Atlassian-Konten sind, haben keine: Bitten Sie die IT, Sie mit einem Atlassian-Konto einzuladen.</translation>
    </message>
    <message>
        <source>Personal access tokens exist in Jira Data Center 8.14 and later, unless its administrator switched them off.</source>
        <translation>Persönliche Zugriffstoken gibt es ab Jira Data Center 8.14, sofern der Administrator sie nicht ausgeschaltet hat.</translation>
    </message>
    <message>
        <source>This Jira site accepts neither API tokens nor personal access tokens from apps. Ask its administrator.</source>
        <translation>Diese Jira-Website akzeptiert von Apps weder API-Token noch persönliche Zugriffstoken. Wenden Sie sich an ihren Administrator.</translation>
    </message>
    <message>
        <source>The sign-in through the browser does not reach %1. Sign in again with the Atlassian account you use on this site, and allow access to this site on Atlassian&apos;s page.</source>
        <translation>Die Anmeldung über den Browser erreicht %1 nicht. Melden Sie sich erneut mit dem Atlassian-Konto an, das Sie auf dieser Website verwenden, und erlauben Sie auf der Atlassian-Seite den Zugriff auf diese Website.</translation>
    </message>
    <message>
        <source>Jira did not accept this e-mail address and API token. Check the address of your Atlassian account and copy the token again; it may have expired or been revoked.</source>
        <translation>Jira hat diese E-Mail-Adresse und dieses API-Token nicht akzeptiert. Prüfen Sie die Adresse Ihres Atlassian-Kontos und kopieren Sie das Token erneut; möglicherweise ist es abgelaufen oder wurde widerrufen.</translation>
    </message>
    <message>
        <source>Jira did not accept this personal access token. Create a new one in your Jira profile; it may have expired or been revoked.</source>
        <translation>Jira hat dieses persönliche Zugriffstoken nicht akzeptiert. Erstellen Sie in Ihrem Jira-Profil ein neues; möglicherweise ist es abgelaufen oder wurde widerrufen.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseWindow</name>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Search the knowledge base…</source>
        <translation>Wissensdatenbank durchsuchen…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Wissensdatenbank durchsuchen</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Wählen Sie einen Artikel aus, um ihn hier zu lesen.</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Zuletzt angesehen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n Artikel gefunden</numerusform>
            <numerusform>%n Artikel gefunden</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles match. Try other words.</source>
        <translation>Keine passenden Artikel. Versuchen Sie es mit anderen Begriffen.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This article is no longer in the knowledge base.</source>
        <translation>Dieser Artikel ist nicht mehr in der Wissensdatenbank vorhanden.</translation>
    </message>
</context>
<context>
    <name>KnowledgeSettings</name>
    <message>
        <source>Knowledge base</source>
        <translation>Wissensdatenbank</translation>
    </message>
    <message>
        <source>Search HelpClient&apos;s &amp;starter articles</source>
        <translation>&amp;Mitgelieferte Artikel von HelpClient durchsuchen</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Article &amp;folders:</source>
        <translation>Artikelor&amp;dner:</translation>
    </message>
    <message>
        <source>Markdown (.md) and HTML files in these folders are searched too; changes are picked up within a minute.</source>
        <translation>Markdown- (.md) und HTML-Dateien in diesen Ordnern werden ebenfalls durchsucht; Änderungen werden innerhalb einer Minute übernommen.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>How often the helpdesk&apos;s articles are copied to this computer, so they can be searched offline.</source>
        <translation>Wie oft die Artikel des Helpdesks auf diesen Computer kopiert werden, damit sie auch offline durchsucht werden können.</translation>
    </message>
    <message>
        <source>Copy helpdesk articles e&amp;very:</source>
        <translation>Helpdesk-Artikel &amp;kopieren alle:</translation>
    </message>
    <message>
        <source>Folder of articles</source>
        <translation>Ordner mit Artikeln</translation>
    </message>
    <message>
        <source>The article folder “%1” does not exist or cannot be read.</source>
        <translation>Der Artikelordner „%1“ existiert nicht oder kann nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>KnownProblemPanel</name>
    <message>
        <source>We already know about this problem</source>
        <extracomment>Wait this long after a keystroke before matching. Announcements shown at most: the best ones; more would push the form away.</extracomment>
        <translation>Dieses Problem ist uns bereits bekannt</translation>
    </message>
    <message>
        <source>IT is working on it, and you will be told when it is fixed — no need to report it. If your problem is a different one, or you have something to add, go on with your report.</source>
        <translation>Die IT arbeitet daran, und Sie werden informiert, sobald es behoben ist – Sie müssen es nicht melden. Wenn Ihr Problem ein anderes ist oder Sie etwas ergänzen möchten, setzen Sie Ihre Meldung fort.</translation>
    </message>
</context>
<context>
    <name>KnownProblemsWindow</name>
    <message>
        <source>Known problems</source>
        <translation>Bekannte Probleme</translation>
    </message>
    <message>
        <source>IT already knows about these problems and is working on them. You will be told when each is fixed.</source>
        <translation>Die IT kennt diese Probleme bereits und arbeitet daran. Sie werden jeweils informiert, sobald eines behoben ist.</translation>
    </message>
    <message>
        <source>There are no known problems right now.</source>
        <translation>Derzeit gibt es keine bekannten Probleme.</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Problem melden…</translation>
    </message>
    <message>
        <source>Your problem is a different one, or you have something to add</source>
        <translation>Ihr Problem ist ein anderes, oder Sie möchten etwas ergänzen</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notify me when support replies or a request changes</source>
        <translation>Benachrichtigen, wenn der Support antwortet oder sich eine Anfrage ändert</translation>
    </message>
    <message>
        <source>e.g. 22:00-07:00</source>
        <translation>z. B. 22:00-07:00</translation>
    </message>
    <message>
        <source>No notifications during these hours each day; the tray still counts the requests with news.</source>
        <translation>Täglich in diesen Stunden keine Benachrichtigungen; das Symbol im Infobereich zählt weiterhin die Anfragen mit Neuigkeiten.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>&amp;Ruhezeiten:</translation>
    </message>
    <message>
        <source>Quiet hours look like 22:00-07:00 (from-to, 24-hour clock).</source>
        <translation>Ruhezeiten werden als 22:00-07:00 angegeben (von–bis, 24-Stunden-Format).</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>{count} requests have news</source>
        <translation>Neuigkeiten zu {count} Anfragen</translation>
    </message>
    <message>
        <source>Open My requests to see what support did.</source>
        <translation>Öffnen Sie „Meine Anfragen“, um zu sehen, was der Support getan hat.</translation>
    </message>
    <message>
        <source>Support is waiting for your answer on request #{id}</source>
        <translation>Der Support wartet auf Ihre Antwort zu Anfrage #{id}</translation>
    </message>
    <message>
        <source>{excerpt}</source>
        <translation>{excerpt}</translation>
    </message>
    <message>
        <source>Support replied to request #{id}</source>
        <translation>Der Support hat auf Anfrage #{id} geantwortet</translation>
    </message>
    <message>
        <source>Request #{id} is solved</source>
        <translation>Anfrage #{id} ist gelöst</translation>
    </message>
    <message>
        <source>{subject}
If the problem is still there, you can reopen it.</source>
        <translation>{subject}
Wenn das Problem weiterhin besteht, können Sie die Anfrage erneut öffnen.</translation>
    </message>
    <message>
        <source>Request #{id} changed status</source>
        <translation>Status von Anfrage #{id} geändert</translation>
    </message>
    <message>
        <source>{subject}</source>
        <translation>{subject}</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting for the connection — next try at %1</source>
        <translation>Wartet auf Verbindung – nächster Versuch um %1</translation>
    </message>
    <message>
        <source>Waiting for a helpdesk to be set up (Settings)</source>
        <translation>Wartet auf die Einrichtung eines Helpdesks (Einstellungen)</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again (Settings)</source>
        <translation>Wartet auf Ihre erneute Anmeldung (Einstellungen)</translation>
    </message>
    <message>
        <source>Not accepted by the helpdesk — see the reason below</source>
        <translation>Vom Helpdesk nicht angenommen – Grund siehe unten</translation>
    </message>
    <message>
        <source>Reply to request #%1</source>
        <translation>Antwort auf Anfrage #%1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Dateien: %1</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <source>Waiting reports</source>
        <translation>Wartende Meldungen</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Text der Meldung</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Jetzt senden</translation>
    </message>
    <message>
        <source>Save to &amp;ZIP…</source>
        <translation>Als &amp;ZIP speichern…</translation>
    </message>
    <message>
        <source>&amp;Delete report…</source>
        <translation>Meldung &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Other ways to reach support…</source>
        <translation>Support &amp;anderweitig erreichen…</translation>
    </message>
    <message>
        <source>The e-mail starts with this report</source>
        <translation>Die E-Mail enthält bereits diese Meldung</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Stop upload</source>
        <translation>Hochladen a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. They are kept on this computer until the helpdesk has them.</source>
        <translation>Im Postausgang: %1. Sie bleiben auf diesem Computer gespeichert, bis der Helpdesk sie erhalten hat.</translation>
    </message>
    <message>
        <source>Everything was sent.</source>
        <translation>Alles wurde gesendet.</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 MB</source>
        <translation>Wird hochgeladen: %1 von %2 MB</translation>
    </message>
    <message>
        <source>&amp;Delete reply…</source>
        <translation>Antwort &amp;löschen…</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>Save report to a ZIP file</source>
        <translation>Meldung als ZIP-Datei speichern</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>The ZIP file could not be saved: %1</source>
        <translation>Die ZIP-Datei konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Hand this file to IT.</source>
        <translation>Gespeichert unter %1. Geben Sie diese Datei an die IT weiter.</translation>
    </message>
    <message>
        <source>Delete your reply to request #%1 without sending it?</source>
        <translation>Ihre Antwort auf Anfrage #%1 löschen, ohne sie zu senden?</translation>
    </message>
    <message>
        <source>Delete the report “%1” without sending it?</source>
        <translation>Die Meldung „%1“ löschen, ohne sie zu senden?</translation>
    </message>
</context>
<context>
    <name>OversizeBox</name>
    <message>
        <source>&amp;Compress</source>
        <translation>&amp;Komprimieren</translation>
    </message>
    <message>
        <source>&amp;Leave it out</source>
        <translation>&amp;Weglassen</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; your helpdesk accepts files up to %3 MB.</source>
        <translation>„%1“ ist %2 MB groß; Ihr Helpdesk akzeptiert Dateien bis %3 MB.</translation>
    </message>
    <message>
        <source>Even compressed it is too large. Leave it out and give it to IT another way.</source>
        <translation>Auch komprimiert ist die Datei zu groß. Lassen Sie sie weg und geben Sie sie der IT auf anderem Weg.</translation>
    </message>
    <message>
        <source>Compress it into a ZIP file, or leave it out of the report.</source>
        <translation>Komprimieren Sie die Datei als ZIP-Datei oder lassen Sie sie in der Meldung weg.</translation>
    </message>
    <message>
        <source>Compressing “%1”…</source>
        <translation>„%1“ wird komprimiert…</translation>
    </message>
    <message>
        <source>Compressed, “%1” is still %2 MB; your helpdesk accepts files up to %3 MB. Leave it out and give it to IT another way.</source>
        <translation>Komprimiert ist „%1“ immer noch %2 MB groß; Ihr Helpdesk akzeptiert Dateien bis %3 MB. Lassen Sie die Datei weg und geben Sie sie der IT auf anderem Weg.</translation>
    </message>
    <message>
        <source>“%1” could not be compressed (%2). It is still attached; try again or leave it out.</source>
        <translation>„%1“ konnte nicht komprimiert werden (%2). Die Datei ist weiterhin angehängt; versuchen Sie es erneut oder lassen Sie sie weg.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>What is wrong?</source>
        <translation>Was ist das Problem?</translation>
    </message>
    <message>
        <source>Say in one line what does not work, then choose what it is about.</source>
        <translation>Beschreiben Sie in einer Zeile, was nicht funktioniert, und wählen Sie dann aus, worum es geht.</translation>
    </message>
    <message>
        <source>Example: Outlook says “Disconnected” since this morning</source>
        <translation>Beispiel: Outlook zeigt seit heute Morgen „Getrennt“ an</translation>
    </message>
    <message>
        <source>The problem in one &amp;line:</source>
        <translation>Das Problem in einer Zei&amp;le:</translation>
    </message>
    <message>
        <source>What is it &amp;about?</source>
        <translation>Worum &amp;geht es?</translation>
    </message>
</context>
<context>
    <name>ProblemWatchers</name>
    <message>
        <source>Known problem: %1</source>
        <translation>Bekanntes Problem: %1</translation>
    </message>
    <message>
        <source>IT is working on it. You will be told when it is fixed.</source>
        <translation>Die IT arbeitet daran. Sie werden informiert, sobald es behoben ist.</translation>
    </message>
    <message numerus="yes">
        <source>%n known problem(s)</source>
        <translation>
            <numerusform>%n bekanntes Problem</numerusform>
            <numerusform>%n bekannte Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Behoben: %1</translation>
    </message>
    <message>
        <source>IT says this problem is fixed. If it still happens to you, report it.</source>
        <translation>Laut IT ist dieses Problem behoben. Wenn es bei Ihnen weiterhin auftritt, melden Sie es.</translation>
    </message>
    <message>
        <source>%1 closed unexpectedly</source>
        <translation>%1 wurde unerwartet beendet</translation>
    </message>
    <message>
        <source>Report this problem: the details are filled in for you.</source>
        <translation>Melden Sie dieses Problem: Die Details sind bereits ausgefüllt.</translation>
    </message>
    <message numerus="yes">
        <source>Known &amp;problems (%n)…</source>
        <translation>
            <numerusform>Bekannte &amp;Probleme (%n)…</numerusform>
            <numerusform>Bekannte &amp;Probleme (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Report the crash of %1…</source>
        <translation>Absturz von %1 melden…</translation>
    </message>
</context>
<context>
    <name>QueuedReply</name>
    <message>
        <source>HelpClient sends it after you sign in again in Settings.</source>
        <translation>HelpClient sendet sie, nachdem Sie sich in den Einstellungen erneut angemeldet haben.</translation>
    </message>
    <message>
        <source>Not sent: %1 Open “Waiting to be sent” in HelpClient&apos;s menu to send it again or delete it.</source>
        <translation>Nicht gesendet: %1 Öffnen Sie „Postausgang“ im Menü von HelpClient, um sie erneut zu senden oder zu löschen.</translation>
    </message>
    <message>
        <source>HelpClient sends it by itself as soon as the helpdesk can be reached.</source>
        <translation>HelpClient sendet sie automatisch, sobald der Helpdesk erreichbar ist.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Wartet auf Versand</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Rate the article — was it helpful?</source>
        <translation>Bewerten Sie den Artikel – war er hilfreich?</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>&amp;Hilfreich</translation>
    </message>
    <message>
        <source>N&amp;ot helpful</source>
        <translation>&amp;Nicht hilfreich</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Vielen Dank!</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>How did we do?</source>
        <translation>Wie zufrieden sind Sie?</translation>
    </message>
    <message>
        <source>Are you happy with how support solved this request?</source>
        <translation>Sind Sie damit zufrieden, wie der Support diese Anfrage gelöst hat?</translation>
    </message>
    <message>
        <source>A comment for support (optional)</source>
        <translation>Ein Kommentar für den Support (optional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Nicht gut</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
</context>
<context>
    <name>RedmineSignIn</name>
    <message>
        <source>The address is Redmine&apos;s web address: its home page, not a project&apos;s or an issue&apos;s page.</source>
        <translation>Die Adresse ist die Webadresse von Redmine: die Startseite, nicht die Seite eines Projekts oder Tickets.</translation>
    </message>
    <message>
        <source>API access key</source>
        <translation>API-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>In Redmine: My account (top right) → API access key → Show. Copy the key and paste it here. HelpClient keeps it in your system keyring.</source>
        <translation>In Redmine: Mein Konto (oben rechts) → API-Zugriffsschlüssel → Anzeigen. Kopieren Sie den Schlüssel und fügen Sie ihn hier ein. HelpClient bewahrt ihn im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>No API access key on My account? Redmine&apos;s administrator must enable Administration → Settings → API → “Enable REST web service”. Your role in the requests&apos; project needs “Add issues”, “View issues” (your own), “Add notes”, and “Edit own issues” for closing your requests. IT sets the project and tracker in HelpClient&apos;s settings.</source>
        <translation>Kein API-Zugriffsschlüssel unter „Mein Konto“? Der Redmine-Administrator muss unter Administration → Konfiguration → API „REST-Schnittstelle aktivieren“ einschalten. Ihre Rolle im Projekt der Anfragen benötigt „Tickets hinzufügen“, „Tickets anzeigen“ (eigene), „Kommentare hinzufügen“ und, um Ihre Anfragen schließen zu können, „Eigene Tickets bearbeiten“. Projekt und Tracker legt die IT in den Einstellungen von HelpClient fest.</translation>
    </message>
    <message>
        <source>Redmine did not accept this API key. Copy it again from My account → API access key → Show; if it was reset, the old key no longer works.</source>
        <translation>Redmine hat diesen API-Schlüssel nicht akzeptiert. Kopieren Sie ihn erneut unter Mein Konto → API-Zugriffsschlüssel → Anzeigen; wenn er zurückgesetzt wurde, funktioniert der alte Schlüssel nicht mehr.</translation>
    </message>
</context>
<context>
    <name>RemoteAssist</name>
    <message>
        <source>Remote assistance: I agreed to let support connect to my computer with {tool}. HelpClient opened it in my browser at {time}.</source>
        <extracomment>The placeholders IT may use, each filled from :class:`Facts`.</extracomment>
        <translation>Remotehilfe: Ich habe zugestimmt, dass sich der Support mit {tool} mit meinem Computer verbindet. HelpClient hat es um {time} in meinem Browser geöffnet.</translation>
    </message>
    <message>
        <source>Remote assistance: I agreed to let support connect to my computer with {tool}. HelpClient started it at {time}.</source>
        <translation>Remotehilfe: Ich habe zugestimmt, dass sich der Support mit {tool} mit meinem Computer verbindet. HelpClient hat es um {time} gestartet.</translation>
    </message>
</context>
<context>
    <name>RemoteConsent</name>
    <message>
        <source>End the session on the %1 page, or close that browser tab.</source>
        <translation>Beenden Sie die Sitzung auf der Seite von %1 oder schließen Sie diesen Browser-Tab.</translation>
    </message>
    <message>
        <source>Close %1, or end the session in its window.</source>
        <translation>Schließen Sie %1 oder beenden Sie die Sitzung in seinem Fenster.</translation>
    </message>
    <message>
        <source>HelpClient&apos;s menu also offers “Stop remote assistance” while %1 runs.</source>
        <translation>Solange %1 läuft, bietet das Menü von HelpClient außerdem „Remotehilfe beenden“ an.</translation>
    </message>
</context>
<context>
    <name>RemoteNotices</name>
    <message>
        <source>Remote assistance</source>
        <translation>Remotehilfe</translation>
    </message>
    <message>
        <source>To stop: %1</source>
        <translation>Zum Beenden: %1</translation>
    </message>
    <message>
        <source>%1 is open in your web browser. Support can connect once you follow the steps on that page.</source>
        <translation>%1 ist in Ihrem Webbrowser geöffnet. Der Support kann sich verbinden, sobald Sie die Schritte auf dieser Seite ausgeführt haben.</translation>
    </message>
    <message>
        <source>%1 is starting. Support can connect once you follow the steps in its window.</source>
        <translation>%1 wird gestartet. Der Support kann sich verbinden, sobald Sie die Schritte in seinem Fenster ausgeführt haben.</translation>
    </message>
    <message>
        <source>%1 is already running: support can connect with it.</source>
        <translation>%1 läuft bereits: Der Support kann sich darüber verbinden.</translation>
    </message>
    <message>
        <source>Nothing was shared with support. Ask support to help you another way, and tell them this message so IT can fix the remote-assistance tool on this computer.</source>
        <translation>Es wurde nichts für den Support freigegeben. Bitten Sie den Support, Ihnen auf anderem Weg zu helfen, und nennen Sie ihm diese Meldung, damit die IT das Remotehilfe-Programm auf diesem Computer reparieren kann.</translation>
    </message>
    <message>
        <source>Support&apos;s phone: %1.</source>
        <translation>Telefon des Supports: %1.</translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation>%1 wurde nicht gestartet</translation>
    </message>
    <message>
        <source>Remote assistance started, but the note about it could not be added to request #%1: %2 Tell support about the session yourself, in the request or by phone.</source>
        <translation>Die Remotehilfe wurde gestartet, aber die Notiz dazu konnte nicht zu Anfrage #%1 hinzugefügt werden: %2 Informieren Sie den Support selbst über die Sitzung, in der Anfrage oder telefonisch.</translation>
    </message>
    <message>
        <source>The remote-assistance tool</source>
        <extracomment>``send_note(ticket_id, text)``: True when the request has it, False when it waits to be sent</extracomment>
        <translation>Das Remotehilfe-Programm</translation>
    </message>
    <message>
        <source>The remote-assistance tool is not available on this computer any more.</source>
        <translation>Das Remotehilfe-Programm ist auf diesem Computer nicht mehr verfügbar.</translation>
    </message>
    <message>
        <source>HelpClient could not open your web browser. Open this address in it yourself: %1</source>
        <translation>HelpClient konnte Ihren Webbrowser nicht öffnen. Öffnen Sie diese Adresse selbst darin: %1</translation>
    </message>
    <message>
        <source>%1 could not be started (%2).</source>
        <translation>%1 konnte nicht gestartet werden (%2).</translation>
    </message>
    <message>
        <source>%1 stopped right after it started (exit code %2), so support cannot connect.</source>
        <translation>%1 wurde direkt nach dem Start beendet (Exitcode %2), daher kann sich der Support nicht verbinden.</translation>
    </message>
</context>
<context>
    <name>RemoteOffer</name>
    <message>
        <source>Let support connect to my computer…</source>
        <translation>Dem Support Zugriff auf meinen Computer erlauben…</translation>
    </message>
    <message>
        <source>Start the remote-assistance tool your support team uses (HelpClient asks you first)</source>
        <translation>Das Remotehilfe-Programm Ihres Support-Teams starten (HelpClient fragt Sie vorher)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen request</source>
        <translation>Anfrage erneut öffnen</translation>
    </message>
    <message>
        <source>Tell support what is still wrong, so they can pick it up again.</source>
        <translation>Teilen Sie dem Support mit, was noch nicht stimmt, damit er sich erneut darum kümmern kann.</translation>
    </message>
    <message>
        <source>For example: the printer stopped again this morning.</source>
        <translation>Zum Beispiel: Der Drucker ist heute Morgen wieder ausgefallen.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Grund für das erneute Öffnen</translation>
    </message>
    <message>
        <source>Please describe why the request should be reopened.</source>
        <translation>Bitte beschreiben Sie, warum die Anfrage erneut geöffnet werden soll.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Erneut öffnen</translation>
    </message>
</context>
<context>
    <name>ReplyFiles</name>
    <message>
        <source>Attach files…</source>
        <translation>Dateien anhängen…</translation>
    </message>
    <message>
        <source>Add screenshot</source>
        <translation>Bildschirmfoto hinzufügen</translation>
    </message>
    <message>
        <source>Take a picture of your screen or of one window (HelpClient&apos;s windows step aside), crop it or black out what support should not see, and attach it to the reply</source>
        <translation>Ein Bildschirmfoto des ganzen Bildschirms oder eines Fensters aufnehmen (die Fenster von HelpClient werden dafür ausgeblendet), zuschneiden oder schwärzen, was der Support nicht sehen soll, und an die Antwort anhängen</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Dateien entfernen</translation>
    </message>
    <message>
        <source>Attach files to your reply</source>
        <translation>Dateien an Ihre Antwort anhängen</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>A program or app</source>
        <translation>Ein Programm oder eine App</translation>
    </message>
    <message>
        <source>Computer or device</source>
        <translation>Computer oder Gerät</translation>
    </message>
    <message>
        <source>Network, Wi-Fi or VPN</source>
        <translation>Netzwerk, WLAN oder VPN</translation>
    </message>
    <message>
        <source>Account, password or access</source>
        <translation>Konto, Passwort oder Zugriff</translation>
    </message>
    <message>
        <source>Printing or scanning</source>
        <translation>Drucken oder Scannen</translation>
    </message>
    <message>
        <source>E-mail or calendar</source>
        <translation>E-Mail oder Kalender</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Etwas anderes</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Gerade eben</translation>
    </message>
    <message>
        <source>Earlier today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>In the last few days</source>
        <translation>In den letzten Tagen</translation>
    </message>
    <message>
        <source>More than a week ago</source>
        <translation>Vor mehr als einer Woche</translation>
    </message>
    <message>
        <source>It never worked</source>
        <translation>Es hat noch nie funktioniert</translation>
    </message>
    <message>
        <source>It can wait — I have a workaround</source>
        <translation>Es kann warten – ich habe eine Ausweichlösung</translation>
    </message>
    <message>
        <source>It slows down my work</source>
        <translation>Es verlangsamt meine Arbeit</translation>
    </message>
    <message>
        <source>I cannot work</source>
        <translation>Ich kann nicht arbeiten</translation>
    </message>
    <message>
        <source>Several people cannot work</source>
        <translation>Mehrere Personen können nicht arbeiten</translation>
    </message>
    <message>
        <source>Describe the problem in one line.</source>
        <translation>Beschreiben Sie das Problem in einer Zeile.</translation>
    </message>
    <message>
        <source>Use at least {n} characters to describe the problem.</source>
        <translation>Verwenden Sie mindestens {n} Zeichen, um das Problem zu beschreiben.</translation>
    </message>
    <message>
        <source>Keep the summary under {n} characters; put details in the next steps.</source>
        <translation>Die Zusammenfassung muss kürzer als {n} Zeichen sein; Details gehören in die nächsten Schritte.</translation>
    </message>
    <message>
        <source>Choose what the problem is about.</source>
        <translation>Wählen Sie aus, worum es bei dem Problem geht.</translation>
    </message>
    <message>
        <source>Add at least one thing you did, one step per line.</source>
        <translation>Geben Sie mindestens einen Schritt an, den Sie ausgeführt haben – einen Schritt pro Zeile.</translation>
    </message>
    <message>
        <source>Step {i} is too long: keep each step under {n} characters.</source>
        <translation>Schritt {i} ist zu lang: Jeder Schritt muss kürzer als {n} Zeichen sein.</translation>
    </message>
    <message>
        <source>Paste the exact error message, or tick “There was no error message”.</source>
        <translation>Fügen Sie die genaue Fehlermeldung ein, oder aktivieren Sie „Es gab keine Fehlermeldung“.</translation>
    </message>
    <message>
        <source>The error text is longer than {n} characters; paste only the most important lines.</source>
        <translation>Der Fehlertext ist länger als {n} Zeichen; fügen Sie nur die wichtigsten Zeilen ein.</translation>
    </message>
    <message>
        <source>Choose when the problem started.</source>
        <translation>Wählen Sie aus, wann das Problem begonnen hat.</translation>
    </message>
    <message>
        <source>Name the program that has the problem, or tick “Not about a specific program”.</source>
        <translation>Nennen Sie das Programm, bei dem das Problem auftritt, oder aktivieren Sie „Betrifft kein bestimmtes Programm“.</translation>
    </message>
    <message>
        <source>Choose how urgent the problem is.</source>
        <translation>Wählen Sie aus, wie dringend das Problem ist.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Geben Sie Ihren Namen ein.</translation>
    </message>
    <message>
        <source>Enter your e-mail address so support can answer you.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse ein, damit der Support Ihnen antworten kann.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address (example: name@company.com).</source>
        <translation>„{value}“ ist keine gültige E-Mail-Adresse (Beispiel: name@firma.de).</translation>
    </message>
    <message>
        <source>Tick “I agree” to send the checked information, or uncheck every item to send none.</source>
        <translation>Aktivieren Sie „Ich stimme zu …“, um die ausgewählten Informationen zu senden, oder deaktivieren Sie alle Einträge, um keine zu senden.</translation>
    </message>
    <message>
        <source>Your helpdesk needs this field filled in.</source>
        <translation>Ihr Helpdesk benötigt eine Angabe in diesem Feld.</translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number: use digits, spaces and an optional leading +.</source>
        <translation>„{value}“ sieht nicht wie eine Telefonnummer aus: Verwenden Sie Ziffern, Leerzeichen und optional ein führendes +.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Was ich getan habe</translation>
    </message>
    <message>
        <source>What I saw</source>
        <translation>Was ich gesehen habe</translation>
    </message>
    <message>
        <source>There was no error message.</source>
        <translation>Es gab keine Fehlermeldung.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Software affected</source>
        <translation>Betroffene Software</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>Version unbekannt</translation>
    </message>
    <message>
        <source>Not about a specific program.</source>
        <translation>Betrifft kein bestimmtes Programm.</translation>
    </message>
    <message>
        <source>Urgency and contact</source>
        <translation>Dringlichkeit und Kontakt</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Angehängte Dateien</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Systeminformationen</translation>
    </message>
    <message>
        <source>{n} items about this computer, reviewed by me, attached as a ZIP file.</source>
        <translation>{n} Einträge zu diesem Computer, von mir geprüft, als ZIP-Datei angehängt.</translation>
    </message>
    <message>
        <source>Articles already tried</source>
        <translation>Bereits versuchte Artikel</translation>
    </message>
    <message>
        <source>Quick checks of this computer</source>
        <translation>Schnellprüfungen dieses Computers</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Discard this report?</source>
        <translation>Diese Meldung verwerfen?</translation>
    </message>
    <message>
        <source>What you entered will be lost.</source>
        <translation>Ihre Eingaben gehen verloren.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Glad that solved it!</source>
        <translation>Schön, dass das Problem gelöst ist!</translation>
    </message>
    <message>
        <source>Nothing was sent to support. If the problem comes back, choose Report a problem from HelpClient&apos;s icon in the system tray (or its window) at any time.</source>
        <translation>An den Support wurde nichts gesendet. Wenn das Problem wieder auftritt, wählen Sie jederzeit „Problem melden“ im Menü des HelpClient-Symbols im Infobereich (oder in seinem Fenster).</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <source>Back &amp;to review</source>
        <translation>Zurück zur Über&amp;prüfung</translation>
    </message>
</context>
<context>
    <name>RequestTrackerSignIn</name>
    <message>
        <source>In Request Tracker, open Logged in as → Settings → Auth Tokens, create a token and paste it here. If that menu is missing, IT support creates the token for you.</source>
        <translation>Öffnen Sie in Request Tracker „Logged in as“ → Einstellungen → „Auth Tokens“, erstellen Sie ein Token und fügen Sie es hier ein. Fehlt dieses Menü, erstellt der IT-Support das Token für Sie.</translation>
    </message>
    <message>
        <source>Request Tracker lets only privileged users create their own tokens: for everyone else an administrator creates them (see HelpClient&apos;s README, “Using it with your own Request Tracker”).</source>
        <translation>In Request Tracker können nur privilegierte Benutzer eigene Tokens erstellen; für alle anderen erstellt ein Administrator sie (siehe die README von HelpClient, Abschnitt „Using it with your own Request Tracker“).</translation>
    </message>
</context>
<context>
    <name>RequestsWindow</name>
    <message>
        <source>My requests</source>
        <translation>Meine Anfragen</translation>
    </message>
    <message>
        <source>You have no requests yet.</source>
        <translation>Sie haben noch keine Anfragen.</translation>
    </message>
    <message>
        <source>When you report a problem, you can follow it here.</source>
        <translation>Wenn Sie ein Problem melden, können Sie es hier verfolgen.</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Problem melden…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Request #%1 — %2</source>
        <translation>Anfrage #%1 – %2</translation>
    </message>
    <message>
        <source>Search by subject or number</source>
        <translation>Nach Betreff oder Nummer suchen</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Anfragen durchsuchen</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Wird aktualisiert</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Check the helpdesk for news (F5)</source>
        <translation>Beim Helpdesk nach Neuigkeiten suchen (F5)</translation>
    </message>
    <message>
        <source>← My requests</source>
        <translation>← Meine Anfragen</translation>
    </message>
    <message>
        <source>Back to the list (%1)</source>
        <translation>Zurück zur Liste (%1)</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Not up to date: as of %1</source>
        <translation>Nicht aktuell: Stand %1</translation>
    </message>
</context>
<context>
    <name>ResultRowWidget</name>
    <message>
        <source>How to fix it: %1</source>
        <extracomment>rows in this order: what needs the user first</extracomment>
        <translation>So beheben Sie es: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and send</source>
        <translation>Überprüfen und senden</translation>
    </message>
    <message>
        <source>This is exactly what support will receive. Use Edit to change a part, then press Send.</source>
        <translation>Genau das erhält der Support. Ändern Sie Teile mit „Bearbeiten“ und klicken Sie dann auf „Senden“.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Ihre Anfrage wird gesendet…</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Support anderweitig erreichen…</translation>
    </message>
    <message>
        <source>Also for when sending does not work: the e-mail starts with this report</source>
        <translation>Auch wenn das Senden nicht funktioniert: Die E-Mail enthält bereits diese Meldung</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>„%1“ bearbeiten</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
    <message>
        <source>Your request was not sent. %1

Nothing was lost: your report is still here. Press Send to try again.</source>
        <translation>Ihre Anfrage wurde nicht gesendet. %1

Es ist nichts verloren: Ihre Meldung ist noch da. Klicken Sie auf „Senden“, um es erneut zu versuchen.</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>Show requests</source>
        <translation>Anfragen anzeigen</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation>Warten auf mich (%1)</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>Warten auf mich</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>ScreenshotBar</name>
    <message>
        <source>Add a &amp;screenshot</source>
        <translation>&amp;Bildschirmfoto hinzufügen</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Bildschirmfotos</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>HelpClient hides its own windows while it takes the picture.</source>
        <translation>HelpClient blendet seine eigenen Fenster aus, während das Foto aufgenommen wird.</translation>
    </message>
</context>
<context>
    <name>ScreenshotEditor</name>
    <message>
        <source>Screenshot</source>
        <translation>Bildschirmfoto</translation>
    </message>
    <message>
        <source>Drag over the picture to crop it or to black out what support should not see.</source>
        <translation>Ziehen Sie über das Bild, um es zuzuschneiden oder um zu schwärzen, was der Support nicht sehen soll.</translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation>&amp;Zuschneiden</translation>
    </message>
    <message>
        <source>&amp;Black out</source>
        <translation>&amp;Schwärzen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>&amp;Whole desktop</source>
        <translation>&amp;Gesamter Desktop</translation>
    </message>
    <message>
        <source>Screen %1 (%2)</source>
        <translation>Bildschirm %1 (%2)</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>Ein Fenster</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Helpdesk</source>
        <translation>&amp;Helpdesk</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Wissensdatenbank</translation>
    </message>
    <message>
        <source>System &amp;information</source>
        <translation>System&amp;informationen</translation>
    </message>
    <message>
        <source>Settings shown greyed out are set by %1 for this computer and cannot be changed here.</source>
        <translation>Grau dargestellte Einstellungen werden von %1 für diesen Computer festgelegt und können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Settings shown greyed out are set by your organisation for this computer and cannot be changed here.</source>
        <translation>Grau dargestellte Einstellungen werden von Ihrer Organisation für diesen Computer festgelegt und können hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>&amp;Show HelpClient in:</source>
        <translation>&amp;Sprache von HelpClient:</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Wie die Oberfläche</translation>
    </message>
    <message>
        <source>&amp;Write requests in:</source>
        <translation>Anfragen &amp;verfassen in:</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Durch die Richtlinie Ihrer Organisation festgelegt.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>SettingsGroup</name>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Durch die Richtlinie Ihrer Organisation festgelegt.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Bei %1 anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1 at %2.</source>
        <translation>Bei %1 unter %2 anmelden.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>A&amp;nmelden</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Anmelden mit:</translation>
    </message>
    <message>
        <source>Asking %1 how you may sign in…</source>
        <translation>%1 wird nach den Anmeldemöglichkeiten gefragt…</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>&amp;E-Mail-Adresse:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;Warteschlange:</translation>
    </message>
    <message>
        <source>My web browser</source>
        <translation>Mein Webbrowser</translation>
    </message>
    <message>
        <source>My login and password</source>
        <translation>Anmeldename und Passwort</translation>
    </message>
    <message>
        <source>My e-mail address and API key</source>
        <translation>Meine E-Mail-Adresse und mein API-Schlüssel</translation>
    </message>
    <message>
        <source>An access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>Paste the access token you created in %1 (or that IT support gave you). HelpClient keeps it in your system keyring.</source>
        <translation>Fügen Sie das Zugriffstoken ein, das Sie in %1 erstellt haben (oder das Sie vom IT-Support erhalten haben). HelpClient bewahrt es im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>Use the login and password of %1&apos;s web page. HelpClient keeps them in your system keyring.</source>
        <translation>Verwenden Sie den Anmeldenamen und das Passwort der Webseite von %1. HelpClient bewahrt sie im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your %1 account and your personal API key. HelpClient keeps the key in your system keyring.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres %1-Kontos und Ihren persönlichen API-Schlüssel ein. HelpClient speichert den Schlüssel im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in now. Ask the helpdesk&apos;s administrator, or choose another way.</source>
        <translation>Der Server akzeptiert diese Anmeldeart derzeit nicht. Wenden Sie sich an den Administrator des Helpdesks oder wählen Sie eine andere Anmeldeart.</translation>
    </message>
    <message>
        <source>The helpdesk did not accept this login and password. Check them and try again.</source>
        <translation>Der Helpdesk hat diesen Anmeldenamen und dieses Passwort nicht akzeptiert. Prüfen Sie die Angaben und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 (switched off on this server)</source>
        <translation>%1 (auf diesem Server ausgeschaltet)</translation>
    </message>
    <message>
        <source>%1 answers at this address.</source>
        <translation>Unter dieser Adresse antwortet %1.</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Der Server konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>Fill in the fields above first.</source>
        <translation>Füllen Sie zuerst die Felder oben aus.</translation>
    </message>
    <message>
        <source>Paste your access token first.</source>
        <translation>Fügen Sie zuerst Ihr Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
</context>
<context>
    <name>SoftwarePage</name>
    <message>
        <source>Which program?</source>
        <translation>Welches Programm?</translation>
    </message>
    <message>
        <source>Name the program that has the problem, and its version if you know it.</source>
        <translation>Nennen Sie das Programm, bei dem das Problem auftritt, und seine Version, falls bekannt.</translation>
    </message>
    <message>
        <source>Example: Microsoft Outlook</source>
        <translation>Beispiel: Microsoft Outlook</translation>
    </message>
    <message>
        <source>If you know it: usually under Help › About</source>
        <translation>Falls bekannt: meist unter Hilfe › Info</translation>
    </message>
    <message>
        <source>N&amp;ot about a specific program</source>
        <translation>&amp;Betrifft kein bestimmtes Programm</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>P&amp;rogramm:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>Start typing: programs installed on this computer are suggested</source>
        <translation>Beginnen Sie zu tippen: Auf diesem Computer installierte Programme werden vorgeschlagen</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Wartet auf Sie</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Gelöst</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <source>Support has received the request and will look at it soon.</source>
        <translation>Der Support hat die Anfrage erhalten und wird sie sich bald ansehen.</translation>
    </message>
    <message>
        <source>Support is working on the request.</source>
        <translation>Der Support bearbeitet die Anfrage.</translation>
    </message>
    <message>
        <source>Support needs an answer from you to go on.</source>
        <translation>Der Support benötigt eine Antwort von Ihnen, um weitermachen zu können.</translation>
    </message>
    <message>
        <source>The request is paused, for example while support waits for a delivery or another team.</source>
        <translation>Die Anfrage ruht, zum Beispiel während der Support auf eine Lieferung oder ein anderes Team wartet.</translation>
    </message>
    <message>
        <source>The problem is solved. If it comes back, reopen the request.</source>
        <translation>Das Problem ist gelöst. Falls es wieder auftritt, öffnen Sie die Anfrage erneut.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>Die Anfrage ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>These articles may solve it right away:</source>
        <translation>Diese Artikel lösen das Problem vielleicht sofort:</translation>
    </message>
</context>
<context>
    <name>SysinfoPage</name>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Support needs some facts about your computer. Check what may be attached to your report; nothing is sent until you press Send.</source>
        <translation>Der Support benötigt einige Angaben zu Ihrem Computer. Prüfen Sie, was an Ihre Meldung angehängt werden darf; gesendet wird erst, wenn Sie auf „Senden“ klicken.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Information to send</source>
        <translation>Zu sendende Informationen</translation>
    </message>
    <message>
        <source>Exact text that will be sent</source>
        <translation>Genauer Text, der gesendet wird</translation>
    </message>
    <message>
        <source>&amp;Hide my user name, computer name, folders, e-mail and IP addresses</source>
        <translation>Benutzernamen, Computernamen, Ordner, E-Mail- und IP-Adressen &amp;verbergen</translation>
    </message>
    <message>
        <source>I &amp;agree to send the checked information with my report</source>
        <translation>Ich &amp;stimme zu, die ausgewählten Informationen mit meiner Meldung zu senden</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>Durch die Richtlinie Ihrer Organisation festgelegt</translation>
    </message>
    <message>
        <source>System information is not available.</source>
        <translation>Systeminformationen sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Collecting information about this computer…</source>
        <translation>Informationen über diesen Computer werden gesammelt…</translation>
    </message>
    <message>
        <source>Could not collect system information: %1. Your report can be sent without it.</source>
        <translation>Systeminformationen konnten nicht gesammelt werden: %1. Ihre Meldung kann auch ohne sie gesendet werden.</translation>
    </message>
    <message>
        <source>Technical information</source>
        <translation>Technische Informationen</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Persönliche Informationen</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Select an item to see exactly what will be sent. Highlighted marks show where secrets were removed.</source>
        <translation>Wählen Sie einen Eintrag aus, um genau zu sehen, was gesendet wird. Hervorgehobene Markierungen zeigen, wo vertrauliche Daten entfernt wurden.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>… The preview shows the first %1 of %2; the whole file is sent.</source>
        <translation>… Die Vorschau zeigt die ersten %1 von %2; gesendet wird die gesamte Datei.</translation>
    </message>
    <message>
        <source>Not collected: %1</source>
        <translation>Nicht erfasst: %1</translation>
    </message>
    <message>
        <source>%1 items, %2, will be attached as a ZIP file.</source>
        <translation>%1 Einträge, %2, werden als ZIP-Datei angehängt.</translation>
    </message>
    <message>
        <source>Left out because of the size limit: %1.</source>
        <translation>Wegen der Größenbeschränkung weggelassen: %1.</translation>
    </message>
    <message>
        <source>No system information will be sent.</source>
        <translation>Es werden keine Systeminformationen gesendet.</translation>
    </message>
</context>
<context>
    <name>SysinfoSettings</name>
    <message>
        <source>System information</source>
        <translation>Systeminformationen</translation>
    </message>
    <message>
        <source>&amp;Offer to attach system information to new reports</source>
        <translation>Anhängen von Systeminformationen an neue Meldungen an&amp;bieten</translation>
    </message>
    <message>
        <source>A&amp;nonymise it: hide my user name, computer name, folders, e-mail and IP addresses</source>
        <translation>A&amp;nonymisieren (Benutzer- und Computername, Ordner, E-Mail- und IP-Adressen)</translation>
    </message>
    <message>
        <source>You see every item before a report is sent and can leave any of them out. Passwords and tokens are always removed.</source>
        <translation>Vor dem Senden einer Meldung sehen Sie jeden Eintrag und können jeden davon weglassen. Passwörter und Tokens werden immer entfernt.</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>left out by the user</source>
        <translation>vom Benutzer weggelassen</translation>
    </message>
    <message>
        <source>left out: the bundle would exceed {cap} bytes</source>
        <translation>weggelassen: das Paket würde {cap} Byte überschreiten</translation>
    </message>
    <message>
        <source>System information for support</source>
        <translation>Systeminformationen für den Support</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Erstellt: {when}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Nicht enthalten</translation>
    </message>
    <message>
        <source>User name, computer name, home folders, e-mail and IP addresses were replaced by [REDACTED:…] marks.</source>
        <translation>Benutzername, Computername, persönliche Ordner, E-Mail- und IP-Adressen wurden durch [REDACTED:…]-Markierungen ersetzt.</translation>
    </message>
    <message>
        <source>(summary unavailable: {error})</source>
        <translation>(Zusammenfassung nicht verfügbar: {error})</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>Operating system</source>
        <extracomment>the app&apos;s own way to servers (its proxy, its trust): the connection checks take it</extracomment>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Many problems depend on the exact system version.</source>
        <translation>Viele Probleme hängen von der genauen Systemversion ab.</translation>
    </message>
    <message>
        <source>Computer model and name</source>
        <translation>Computermodell und -name</translation>
    </message>
    <message>
        <source>Identifies your computer in the IT inventory.</source>
        <translation>Identifiziert Ihren Computer im IT-Inventar.</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Benutzerkonto</translation>
    </message>
    <message>
        <source>Account problems depend on who is signed in.</source>
        <translation>Kontoprobleme hängen davon ab, wer angemeldet ist.</translation>
    </message>
    <message>
        <source>Uptime and last start</source>
        <translation>Betriebszeit und letzter Start</translation>
    </message>
    <message>
        <source>Some problems go away with a restart; this tells support when the last one was.</source>
        <translation>Manche Probleme verschwinden nach einem Neustart; so sieht der Support, wann der letzte war.</translation>
    </message>
    <message>
        <source>Processor and load</source>
        <translation>Prozessor und Auslastung</translation>
    </message>
    <message>
        <source>Shows whether the computer is overloaded.</source>
        <translation>Zeigt, ob der Computer überlastet ist.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Arbeitsspeicher</translation>
    </message>
    <message>
        <source>Too little free memory slows everything.</source>
        <translation>Zu wenig freier Arbeitsspeicher verlangsamt alles.</translation>
    </message>
    <message>
        <source>Disks and free space</source>
        <translation>Datenträger und freier Speicherplatz</translation>
    </message>
    <message>
        <source>A full disk causes many strange errors.</source>
        <translation>Ein voller Datenträger verursacht viele seltsame Fehler.</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Akku</translation>
    </message>
    <message>
        <source>Power saving can slow down or disconnect a laptop.</source>
        <translation>Energiesparfunktionen können einen Laptop verlangsamen oder seine Verbindung trennen.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Bildschirme</translation>
    </message>
    <message>
        <source>Display problems depend on resolution and scaling.</source>
        <translation>Anzeigeprobleme hängen von Auflösung und Skalierung ab.</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Addresses, DNS, gateway, proxy and VPN explain most connection problems.</source>
        <translation>Adressen, DNS, Gateway, Proxy und VPN erklären die meisten Verbindungsprobleme.</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Verbindungsprüfungen</translation>
    </message>
    <message>
        <source>Shows whether the helpdesk and company services can be reached.</source>
        <translation>Zeigt, ob der Helpdesk und die Firmendienste erreichbar sind.</translation>
    </message>
    <message>
        <source>Installed software</source>
        <translation>Installierte Software</translation>
    </message>
    <message>
        <source>Support checks which programs and versions are installed.</source>
        <translation>Der Support prüft, welche Programme und Versionen installiert sind.</translation>
    </message>
    <message>
        <source>Busiest programs</source>
        <translation>Aktivste Programme</translation>
    </message>
    <message>
        <source>Shows which programs use the most processor time and memory.</source>
        <translation>Zeigt, welche Programme die meiste Prozessorzeit und den meisten Arbeitsspeicher verwenden.</translation>
    </message>
    <message>
        <source>Recent system errors</source>
        <translation>Aktuelle Systemfehler</translation>
    </message>
    <message>
        <source>Errors the system logged in the last 24 hours often name the cause.</source>
        <translation>Fehler, die das System in den letzten 24 Stunden protokolliert hat, nennen oft die Ursache.</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Drucker</translation>
    </message>
    <message>
        <source>Printer names and stuck print jobs.</source>
        <translation>Druckernamen und hängende Druckaufträge.</translation>
    </message>
    <message>
        <source>Language, time zone and clock</source>
        <translation>Sprache, Zeitzone und Uhrzeit</translation>
    </message>
    <message>
        <source>Wrong time or language settings break sign-ins and documents.</source>
        <translation>Falsche Uhrzeit- oder Spracheinstellungen stören Anmeldungen und Dokumente.</translation>
    </message>
    <message>
        <source>HelpClient version and settings</source>
        <translation>Version und Einstellungen von HelpClient</translation>
    </message>
    <message>
        <source>Lets support check how HelpClient itself is set up.</source>
        <translation>Damit kann der Support prüfen, wie HelpClient selbst eingerichtet ist.</translation>
    </message>
    <message>
        <source>HelpClient log (last lines)</source>
        <translation>Protokoll von HelpClient (letzte Zeilen)</translation>
    </message>
    <message>
        <source>Shows what HelpClient did just before the problem.</source>
        <translation>Zeigt, was HelpClient unmittelbar vor dem Problem getan hat.</translation>
    </message>
    <message>
        <source>OS: {name} (kernel {kernel}, {arch})</source>
        <translation>Betriebssystem: {name} (Kernel {kernel}, {arch})</translation>
    </message>
    <message>
        <source>Uptime: {hours} h (since {boot})</source>
        <translation>Betriebszeit: {hours} h (seit {boot})</translation>
    </message>
    <message>
        <source>CPU: {model}; logical cores: {cores}; load: {load}</source>
        <translation>CPU: {model}; logische Kerne: {cores}; Last: {load}</translation>
    </message>
    <message>
        <source>Memory: {free} MB free of {total} MB</source>
        <translation>Arbeitsspeicher: {free} MB von {total} MB frei</translation>
    </message>
    <message>
        <source>Disk {mount}: {free} GB free of {size} GB</source>
        <translation>Datenträger {mount}: {free} GB von {size} GB frei</translation>
    </message>
    <message>
        <source>Disk {mount}: {free} GB free of {size} GB — LOW SPACE</source>
        <translation>Datenträger {mount}: {free} GB von {size} GB frei – WENIG SPEICHERPLATZ</translation>
    </message>
    <message>
        <source>Network: interfaces up: {up}; gateway: {gateway}; DNS: {dns}; VPN: {vpn}</source>
        <translation>Netzwerk: aktive Schnittstellen: {up}; Gateway: {gateway}; DNS: {dns}; VPN: {vpn}</translation>
    </message>
    <message>
        <source>Reach {url}: OK</source>
        <translation>Erreichbarkeit {url}: OK</translation>
    </message>
    <message>
        <source>Reach {url}: FAILED ({error})</source>
        <translation>Erreichbarkeit {url}: FEHLGESCHLAGEN ({error})</translation>
    </message>
    <message>
        <source>Installed packages: {count}; sources: {sources}</source>
        <translation>Installierte Pakete: {count}; Quellen: {sources}</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Open in browser</source>
        <translation>Im Browser öffnen</translation>
    </message>
    <message>
        <source>Open this request on the helpdesk&apos;s website</source>
        <translation>Diese Anfrage auf der Website des Helpdesks öffnen</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>Opened %1 · Last update %2</source>
        <translation>Erstellt: %1 · Letzte Aktualisierung: %2</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Letzte Aktualisierung</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Bearbeitet von</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <source>There is news you have not seen yet.</source>
        <translation>Es gibt Neuigkeiten, die Sie noch nicht gesehen haben.</translation>
    </message>
    <message>
        <source>Support is waiting for your answer.</source>
        <translation>Der Support wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>Updated %1
Created %2</source>
        <translation>Aktualisiert: %1
Erstellt: %2</translation>
    </message>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>Wartet auf Ihre Antwort: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Neuigkeiten: %1</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Saving %1…</source>
        <translation>%1 wird gespeichert…</translation>
    </message>
    <message>
        <source>Sending your rating…</source>
        <translation>Ihre Bewertung wird gesendet…</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Vielen Dank für Ihre Bewertung.</translation>
    </message>
    <message>
        <source>Saved as %1 in %2</source>
        <translation>Als %1 in %2 gespeichert</translation>
    </message>
    <message>
        <source>Sending your reply…</source>
        <translation>Ihre Antwort wird gesendet…</translation>
    </message>
    <message>
        <source>Sending your reply… %1 %</source>
        <translation>Ihre Antwort wird gesendet… %1 %</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Confirming the solution…</source>
        <translation>Lösung wird bestätigt…</translation>
    </message>
    <message>
        <source>Marking the request as solved…</source>
        <translation>Anfrage wird als gelöst markiert…</translation>
    </message>
    <message>
        <source>Reopening the request…</source>
        <translation>Anfrage wird erneut geöffnet…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Unterhaltung wird geladen…</translation>
    </message>
    <message>
        <source>Support is waiting for your answer.</source>
        <translation>Der Support wartet auf Ihre Antwort.</translation>
    </message>
    <message>
        <source>Write a reply to support…</source>
        <translation>Antwort an den Support schreiben…</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>My problem is solved</source>
        <translation>Mein Problem ist gelöst</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Erneut öffnen…</translation>
    </message>
    <message>
        <source>Rate the help…</source>
        <translation>Hilfe bewerten…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Antwort senden (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Anfrage #%1</translation>
    </message>
    <message>
        <source>Confirm the solution</source>
        <translation>Lösung bestätigen</translation>
    </message>
    <message>
        <source>This request is solved.</source>
        <translation>Diese Anfrage ist gelöst.</translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation>Diese Anfrage ist geschlossen.</translation>
    </message>
    <message>
        <source>If the problem came back, reopen it.</source>
        <translation>Wenn das Problem wieder auftritt, öffnen Sie die Anfrage erneut.</translation>
    </message>
    <message>
        <source>If the problem came back, report it again.</source>
        <translation>Wenn das Problem wieder auftritt, melden Sie es erneut.</translation>
    </message>
    <message>
        <source>Request #%1: %2</source>
        <translation>Anfrage #%1: %2</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>vor %1 Min.</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>vor %1 Std.</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>gestern %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Waiting to be sent: %1 — will send when the connection is back</source>
        <translation>Postausgang: %1 – wird gesendet, sobald die Verbindung wieder besteht</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>Postausgang: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with news</source>
        <translation>
            <numerusform>%n Anfrage mit Neuigkeiten</numerusform>
            <numerusform>%n Anfragen mit Neuigkeiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Support is waiting for your answer on %n request(s)</source>
        <translation>
            <numerusform>Der Support wartet bei %n Anfrage auf Ihre Antwort</numerusform>
            <numerusform>Der Support wartet bei %n Anfragen auf Ihre Antwort</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Willkommen bei %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 is ready to help&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 ist bereit, Ihnen zu helfen&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>When something on your computer does not work, click this icon in the system tray (the row of small icons by the clock). From its menu you can report a problem, follow your requests and search the knowledge base. %1 keeps running there; you do not need to start it.</source>
        <translation>Wenn auf Ihrem Computer etwas nicht funktioniert, klicken Sie auf dieses Symbol im Infobereich (die Reihe kleiner Symbole neben der Uhr). In seinem Menü können Sie ein Problem melden, Ihre Anfragen verfolgen und die Wissensdatenbank durchsuchen. %1 läuft dort ständig; Sie müssen es nicht starten.</translation>
    </message>
    <message>
        <source>&amp;Report a problem now</source>
        <translation>Jetzt Problem &amp;melden</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Verstanden</translation>
    </message>
</context>
<context>
    <name>ZammadSignIn</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>In Zammad, click your avatar and open Profile → Token Access. Create a token with the permission “ticket.customer”, copy it (Zammad shows it only once) and paste it here.</source>
        <translation>Klicken Sie in Zammad auf Ihren Avatar und öffnen Sie Profil → Token-Zugriff. Erstellen Sie ein Token mit der Berechtigung „ticket.customer“, kopieren Sie es (Zammad zeigt es nur einmal an) und fügen Sie es hier ein.</translation>
    </message>
    <message>
        <source>Use the login (often your e-mail address) and password you sign in to Zammad&apos;s web page with. An access token is safer: you can revoke it without changing your password.</source>
        <translation>Verwenden Sie den Anmeldenamen (oft Ihre E-Mail-Adresse) und das Passwort, mit denen Sie sich auf der Zammad-Webseite anmelden. Ein Zugriffstoken ist sicherer: Sie können es widerrufen, ohne Ihr Passwort zu ändern.</translation>
    </message>
    <message>
        <source>Zammad accepts passwords from apps only when its administrator switches on “API password access” (Settings → System → API).</source>
        <translation>Zammad akzeptiert Passwörter von Apps nur, wenn der Administrator „API Kennwortzugang“ einschaltet (Einstellungen → System → API).</translation>
    </message>
    <message>
        <source>No Token Access in your profile? Zammad&apos;s administrator must give the Customer role the permission “user_preferences.access_token” (Manage → Roles → Customer) and keep “API token access” switched on (Settings → System → API).</source>
        <translation>Kein Token-Zugriff in Ihrem Profil? Der Zammad-Administrator muss der Rolle „Customer“ die Berechtigung „user_preferences.access_token“ erteilen (Verwalten → Rollen → Customer) und „API-Token Zugriff“ eingeschaltet lassen (Einstellungen → System → API).</translation>
    </message>
    <message>
        <source>This Zammad accepts neither access tokens nor passwords from apps. Ask its administrator to switch on “API token access” (Settings → System → API).</source>
        <translation>Dieses Zammad akzeptiert von Apps weder Zugriffstokens noch Passwörter. Bitten Sie den Administrator, „API-Token Zugriff“ einzuschalten (Einstellungen → System → API).</translation>
    </message>
    <message>
        <source>Zammad did not accept this login and password. Check them and try again; if they work on Zammad&apos;s web page, “API password access” may be switched off — sign in with an access token instead.</source>
        <translation>Zammad hat diesen Anmeldenamen und dieses Passwort nicht akzeptiert. Prüfen Sie die Angaben und versuchen Sie es erneut; wenn sie auf der Zammad-Webseite funktionieren, ist „API Kennwortzugang“ möglicherweise ausgeschaltet – melden Sie sich stattdessen mit einem Zugriffstoken an.</translation>
    </message>
    <message>
        <source>Zammad did not accept this access token. Copy it again from Profile → Token Access; it may have expired or been deleted, or token access is switched off.</source>
        <translation>Zammad hat dieses Zugriffstoken nicht akzeptiert. Kopieren Sie es erneut unter Profil → Token-Zugriff; möglicherweise ist es abgelaufen oder wurde gelöscht, oder der Token-Zugriff ist ausgeschaltet.</translation>
    </message>
</context>
<context>
    <name>ZendeskSignIn</name>
    <message>
        <source>The address is your company&apos;s Zendesk address, like https://yourcompany.zendesk.com (or its help center&apos;s own domain).</source>
        <translation>Die Adresse ist die Zendesk-Adresse Ihres Unternehmens, etwa https://yourcompany.zendesk.com (oder die eigene Domain seines Help Centers).</translation>
    </message>
    <message>
        <source>My e-mail address and password</source>
        <translation>Meine E-Mail-Adresse und mein Passwort</translation>
    </message>
    <message>
        <source>Use the e-mail address and password you sign in to your company&apos;s help center with (where you see “My requests”). HelpClient keeps them in your system keyring.</source>
        <translation>Verwenden Sie die E-Mail-Adresse und das Passwort, mit denen Sie sich im Help Center Ihres Unternehmens anmelden (dort, wo „Meine Anfragen“ steht). HelpClient bewahrt sie im Schlüsselbund Ihres Systems auf.</translation>
    </message>
    <message>
        <source>Zendesk accepts passwords from apps only when its administrator switches on “Allow API password access” (Admin Center → Apps and integrations → APIs → API configuration). HelpClient never signs in with an API token: a token belongs to the whole company account and can act as anyone.</source>
        <translation>Zendesk akzeptiert Passwörter von Apps nur, wenn der Administrator „Allow API password access“ einschaltet (Admin Center → Apps and integrations → APIs → API configuration). HelpClient meldet sich nie mit einem API-Token an: Ein Token gehört dem gesamten Unternehmenskonto und kann als beliebiger Benutzer handeln.</translation>
    </message>
    <message>
        <source>Zendesk did not accept this e-mail address and password. Check them and try again; if they work on the help center&apos;s web page, API password access may be switched off — ask your IT department.</source>
        <translation>Zendesk hat diese E-Mail-Adresse und dieses Passwort nicht akzeptiert. Prüfen Sie sie und versuchen Sie es erneut; funktionieren sie auf der Webseite des Help Centers, ist der Passwortzugang über die API vielleicht ausgeschaltet – wenden Sie sich an Ihre IT-Abteilung.</translation>
    </message>
    <message>
        <source>HelpClient does not sign in with a Zendesk API token (an address ending in “/token”) or an administrator&apos;s account: either can act for every user of your company&apos;s Zendesk, and it would be kept on this computer. Sign in with your own e-mail address and password.</source>
        <translation>HelpClient meldet sich weder mit einem Zendesk-API-Token (einer Adresse, die auf „/token“ endet) noch mit einem Administratorkonto an: Beide können für jeden Benutzer im Zendesk Ihres Unternehmens handeln und würden auf diesem Computer aufbewahrt. Melden Sie sich mit Ihrer eigenen E-Mail-Adresse und Ihrem Passwort an.</translation>
    </message>
</context>
<context>
    <name>_Waiting</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Meldung</numerusform>
            <numerusform>%n Meldungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n Antwort</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
</context>
</TS>
