<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <source>Help from your IT support: report a problem, follow your requests, and find answers in the knowledge base.</source>
        <translation>L&apos;aide de votre support informatique&#xa0;: signalez un problème, suivez vos demandes et trouvez des réponses dans la base de connaissances.</translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation>Fourni par&#xa0;:</translation>
    </message>
    <message>
        <source>Helpdesk:</source>
        <translation>Service d&apos;assistance&#xa0;:</translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation>Journaux&#xa0;:</translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation>Licence&#xa0;:</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Conçu avec&#xa0;:</translation>
    </message>
    <message>
        <source>Open the &amp;logs folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>&amp;Copier les détails</translation>
    </message>
    <message>
        <source>Copy these details, to paste them for support</source>
        <translation>Copier ces détails pour les transmettre au support</translation>
    </message>
    <message>
        <source>not set up yet (open Settings)</source>
        <translation>pas encore configuré (ouvrez les Paramètres)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à l&apos;adresse %2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation>&amp;Mes demandes</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de connaissances</translation>
    </message>
    <message>
        <source>C&amp;heck my computer…</source>
        <translation>&amp;Vérifier mon ordinateur…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation>À pr&amp;opos…</translation>
    </message>
    <message>
        <source>&amp;Other ways to get help…</source>
        <translation>A&amp;utres moyens d&apos;obtenir de l&apos;aide…</translation>
    </message>
    <message>
        <source>Let support &amp;connect to my computer…</source>
        <translation>Autoriser le support à se &amp;connecter à mon ordinateur…</translation>
    </message>
    <message>
        <source>S&amp;top remote assistance</source>
        <translation>A&amp;rrêter l&apos;assistance à distance</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Steps</source>
        <translation>Étapes</translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>S&amp;upprimer</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <source>Add a step (Insert or Ctrl+N)</source>
        <translation>Ajouter une étape (Inser ou Ctrl+N)</translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation>Supprimer l&apos;étape sélectionnée (Suppr)</translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation>Monter l&apos;étape sélectionnée (Alt+Flèche haut)</translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation>Descendre l&apos;étape sélectionnée (Alt+Flèche bas)</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>What did you do?</source>
        <translation>Qu&apos;avez-vous fait&#xa0;?</translation>
    </message>
    <message>
        <source>List what you did before the problem appeared, in order, one step per line. Support will try the same steps.</source>
        <translation>Indiquez ce que vous avez fait avant l&apos;apparition du problème, dans l&apos;ordre, une étape par ligne. Le support refera les mêmes étapes.</translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation>É&amp;tapes&#xa0;:</translation>
    </message>
    <message>
        <source>Enter opens the next line • Insert adds a step • Delete removes it • Alt+Up / Alt+Down change the order</source>
        <translation>Entrée ouvre la ligne suivante • Inser ajoute une étape • Suppr la supprime • Alt+Flèche haut / Alt+Flèche bas changent l&apos;ordre</translation>
    </message>
</context>
<context>
    <name>AnnouncementCard</name>
    <message>
        <source>Affects: %1</source>
        <translation>Concerne&#xa0;: %1</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Détails…</translation>
    </message>
    <message>
        <source>More about it</source>
        <translation>En savoir plus</translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation>Depuis %1.</translation>
    </message>
    <message>
        <source>Expected to be fixed by %1.</source>
        <translation>Résolution prévue&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>AnnouncementDetails</name>
    <message>
        <source>Known problem</source>
        <translation>Problème connu</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>HelpClient closed unexpectedly last time. Requests you had already sent are safe with support. The technical details are saved in %1.</source>
        <translation>HelpClient s&apos;est fermé de manière inattendue la dernière fois. Les demandes que vous aviez déjà envoyées sont en lieu sûr auprès du support. Les détails techniques sont enregistrés dans %1.</translation>
    </message>
    <message>
        <source>HelpClient cannot keep reports on this computer: %1 Reports will be sent directly, and only while the helpdesk can be reached.</source>
        <translation>HelpClient ne peut pas conserver de signalements sur cet ordinateur&#xa0;: %1 Les signalements seront envoyés directement, et seulement lorsque le service d&apos;assistance est joignable.</translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>This &amp;solved my problem</source>
        <translation>Cela a &amp;résolu mon problème</translation>
    </message>
    <message>
        <source>&amp;Not what I need</source>
        <translation>&amp;Ce n&apos;est pas ce qu&apos;il me faut</translation>
    </message>
</context>
<context>
    <name>AttachmentsButton</name>
    <message>
        <source>Files in this conversation: choose one to save it in your downloads folder</source>
        <translation>Fichiers de cette conversation&#xa0;: choisissez-en un pour l&apos;enregistrer dans votre dossier Téléchargements</translation>
    </message>
    <message>
        <source>Save %1 (%2)</source>
        <translation>Enregistrer %1 (%2)</translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation>Enregistrer %1</translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation>Pièces jointes (%1)</translation>
    </message>
</context>
<context>
    <name>BrowserSignIn</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation>Connexion annulée.</translation>
    </message>
    <message>
        <source>HelpClient was not allowed access in the browser, so you are not signed in. To sign in, choose Sign in again and allow access on the page that opens.</source>
        <translation>HelpClient n&apos;a pas été autorisé dans le navigateur, vous n&apos;êtes donc pas connecté. Pour vous connecter, choisissez de nouveau Se connecter et autorisez l&apos;accès sur la page qui s&apos;ouvre.</translation>
    </message>
    <message>
        <source>The browser came back with an answer that does not belong to this sign-in, so HelpClient ignored it. Choose Sign in to try again; if this happens again, tell IT support.</source>
        <translation>Le navigateur a renvoyé une réponse qui n&apos;appartient pas à cette connexion&#xa0;; HelpClient l&apos;a ignorée. Choisissez Se connecter pour réessayer&#xa0;; si cela se reproduit, prévenez le support informatique.</translation>
    </message>
    <message>
        <source>The browser did not come back in time. Choose Sign in to try again.</source>
        <translation>Le navigateur n&apos;a pas répondu à temps. Choisissez Se connecter pour réessayer.</translation>
    </message>
    <message>
        <source>The helpdesk refused the sign-in. It said: %1</source>
        <translation>Le service d&apos;assistance a refusé la connexion. Sa réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>HelpClient opens %1&apos;s sign-in page in your web browser. Sign in there and allow HelpClient access; then come back here. HelpClient keeps the sign-in in your system keyring, not your password.</source>
        <translation>HelpClient ouvre la page de connexion de %1 dans votre navigateur web. Connectez-vous-y et autorisez l&apos;accès à HelpClient, puis revenez ici. HelpClient conserve la connexion dans le trousseau de votre système, pas votre mot de passe.</translation>
    </message>
    <message>
        <source>Stop &amp;waiting</source>
        <translation>Arrêter d&apos;&amp;attendre</translation>
    </message>
    <message>
        <source>You are signed in to %1. You can close this tab and return to HelpClient.</source>
        <translation>Vous êtes connecté à %1. Vous pouvez fermer cet onglet et revenir à HelpClient.</translation>
    </message>
    <message>
        <source>Waiting for your browser… Sign in to %1 on the page that opened, then come back here.</source>
        <translation>En attente de votre navigateur… Connectez-vous à %1 sur la page qui s&apos;est ouverte, puis revenez ici.</translation>
    </message>
    <message>
        <source>HelpClient could not open your web browser. Open this address in it to sign in; HelpClient waits meanwhile:
%1</source>
        <translation>HelpClient n&apos;a pas pu ouvrir votre navigateur web. Ouvrez-y cette adresse pour vous connecter&#xa0;; HelpClient attend pendant ce temps&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Other ways to get help</source>
        <translation>Autres moyens d&apos;obtenir de l&apos;aide</translation>
    </message>
    <message>
        <source>You can also reach %1 support this way:</source>
        <translation>Vous pouvez aussi joindre le support de %1 par ces moyens&#xa0;:</translation>
    </message>
    <message>
        <source>You can also reach support this way:</source>
        <translation>Vous pouvez aussi joindre le support par ces moyens&#xa0;:</translation>
    </message>
    <message>
        <source>the e-mail starts with your report, so it works even when HelpClient cannot reach the helpdesk.</source>
        <translation>l&apos;e-mail commence par votre signalement&#xa0;: cela fonctionne donc même quand HelpClient ne parvient pas à joindre le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>[The report is longer than an e-mail link can carry; the rest was left out.]</source>
        <translation>[Le signalement est plus long que ce qu&apos;un lien e-mail peut contenir&#xa0;; la suite a été omise.]</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation>Écrire un e-mail</translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation>Chat&#xa0;:</translation>
    </message>
    <message>
        <source>Open the chat</source>
        <translation>Ouvrir le chat</translation>
    </message>
    <message>
        <source>Self-service portal:</source>
        <translation>Portail libre-service&#xa0;:</translation>
    </message>
    <message>
        <source>Open the portal</source>
        <translation>Ouvrir le portail</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Quick checks: %1</source>
        <translation>Vérifications rapides&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>Checking your computer…</source>
        <translation>Vérification de votre ordinateur…</translation>
    </message>
    <message>
        <source>The checks could not run.</source>
        <translation>Les vérifications n&apos;ont pas pu être exécutées.</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need your attention.</source>
        <translation>
            <numerusform>%n point requiert votre attention.</numerusform>
            <numerusform>%n points requièrent votre attention.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing wrong found, but some checks could not tell.</source>
        <translation>Aucun problème détecté, mais certaines vérifications n&apos;ont pas pu conclure.</translation>
    </message>
    <message>
        <source>Everything checked looks fine.</source>
        <translation>Tout ce qui a été vérifié semble correct.</translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Working on it…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation>Cela n&apos;a pas fonctionné&#xa0;: %1</translation>
    </message>
    <message>
        <source>Done. Check again to see whether it helped.</source>
        <translation>Terminé. Vérifiez à nouveau pour savoir si cela a aidé.</translation>
    </message>
</context>
<context>
    <name>CheckWindow</name>
    <message>
        <source>Check my computer</source>
        <translation>Vérifier mon ordinateur</translation>
    </message>
    <message>
        <source>HelpClient checked the things that most often stop a computer from working. A finding says what it saw, links the article that fixes it, and offers a safe fix where there is one.</source>
        <translation>HelpClient a vérifié ce qui empêche le plus souvent un ordinateur de fonctionner. Chaque point indique ce qui a été constaté, renvoie à l&apos;article qui explique la solution et propose une correction sans risque lorsqu&apos;il en existe une.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Open network settings</source>
        <translation>Ouvrir les paramètres réseau</translation>
    </message>
    <message>
        <source>Open disk clean-up</source>
        <translation>Ouvrir le nettoyage de disque</translation>
    </message>
    <message>
        <source>Restart the print queue</source>
        <translation>Redémarrer la file d&apos;attente d&apos;impression</translation>
    </message>
    <message>
        <source>No network connection: no network adapter is connected.</source>
        <translation>Aucune connexion réseau&#xa0;: aucune carte réseau n&apos;est connectée.</translation>
    </message>
    <message>
        <source>Connected ({interfaces}).</source>
        <translation>Connecté ({interfaces}).</translation>
    </message>
    <message>
        <source>Connected to a network ({interfaces}), but it has no way out (no default gateway).</source>
        <translation>Connecté à un réseau ({interfaces}), mais sans accès vers l&apos;extérieur (pas de passerelle par défaut).</translation>
    </message>
    <message>
        <source>Connected ({interfaces}), default gateway {gateway}.</source>
        <translation>Connecté ({interfaces}), passerelle par défaut {gateway}.</translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation>Connexion réseau</translation>
    </message>
    <message>
        <source>Wi-Fi network connection not working</source>
        <translation>connexion réseau Wi-Fi ne fonctionne pas</translation>
    </message>
    <message>
        <source>Nothing to look up: the servers are given by their addresses.</source>
        <translation>Aucun nom à résoudre&#xa0;: les serveurs sont indiqués par leur adresse IP.</translation>
    </message>
    <message>
        <source>These names cannot be found (DNS): {names}.</source>
        <translation>Ces noms sont introuvables (DNS)&#xa0;: {names}.</translation>
    </message>
    <message>
        <source>Names are found ({names}).</source>
        <translation>Les noms sont résolus ({names}).</translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation>Résolution de noms (DNS)</translation>
    </message>
    <message>
        <source>internet does not work Wi-Fi network</source>
        <translation>internet ne fonctionne pas réseau Wi-Fi</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) answers.</source>
        <translation>Le service d&apos;assistance ({host}) répond.</translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address ({url}) is not a valid web address.</source>
        <translation>L&apos;adresse du service d&apos;assistance ({url}) n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) cannot be found: its name does not resolve.</source>
        <translation>Le service d&apos;assistance ({host}) est introuvable&#xa0;: son nom ne peut pas être résolu.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) answers, but its secure connection is not trusted.</source>
        <translation>Le service d&apos;assistance ({host}) répond, mais sa connexion sécurisée n&apos;est pas approuvée.</translation>
    </message>
    <message>
        <source>The helpdesk ({host}) does not answer.</source>
        <translation>Le service d&apos;assistance ({host}) ne répond pas.</translation>
    </message>
    <message>
        <source>Helpdesk server</source>
        <translation>Serveur du service d&apos;assistance</translation>
    </message>
    <message>
        <source>VPN does not connect company network</source>
        <translation>VPN ne se connecte pas réseau de l&apos;entreprise</translation>
    </message>
    <message>
        <source>No company service answers ({hosts}).</source>
        <translation>Aucun service de l&apos;entreprise ne répond ({hosts}).</translation>
    </message>
    <message>
        <source>Some company services do not answer: {hosts}.</source>
        <translation>Certains services de l&apos;entreprise ne répondent pas&#xa0;: {hosts}.</translation>
    </message>
    <message>
        <source>Company services answer ({hosts}).</source>
        <translation>Les services de l&apos;entreprise répondent ({hosts}).</translation>
    </message>
    <message>
        <source>Company services</source>
        <translation>Services de l&apos;entreprise</translation>
    </message>
    <message>
        <source>The system proxy is switched on, but no proxy server is set.</source>
        <translation>Le proxy système est activé, mais aucun serveur proxy n&apos;est défini.</translation>
    </message>
    <message>
        <source>The proxy setting {name} is not a valid address.</source>
        <translation>Le paramètre de proxy {name} n&apos;est pas une adresse valide.</translation>
    </message>
    <message>
        <source>The proxy settings {first} and {second} disagree, so programs may connect differently.</source>
        <translation>Les paramètres de proxy {first} et {second} ne concordent pas&#xa0;: les programmes risquent donc de se connecter différemment.</translation>
    </message>
    <message>
        <source>No proxy is set: connections go directly.</source>
        <translation>Aucun proxy n&apos;est défini&#xa0;: les connexions sont directes.</translation>
    </message>
    <message>
        <source>The proxy settings agree ({proxy}).</source>
        <translation>Les paramètres de proxy concordent ({proxy}).</translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation>Paramètres de proxy</translation>
    </message>
    <message>
        <source>proxy settings web pages do not open</source>
        <translation>paramètres proxy pages web ne s&apos;ouvrent pas</translation>
    </message>
    <message>
        <source>The VPN is connected ({names}).</source>
        <translation>Le VPN est connecté ({names}).</translation>
    </message>
    <message>
        <source>The company VPN is not connected.</source>
        <translation>Le VPN de l&apos;entreprise n&apos;est pas connecté.</translation>
    </message>
    <message>
        <source>VPN</source>
        <translation>VPN</translation>
    </message>
    <message>
        <source>VPN does not connect</source>
        <translation>VPN ne se connecte pas</translation>
    </message>
    <message>
        <source>No printers are set up.</source>
        <translation>Aucune imprimante n&apos;est configurée.</translation>
    </message>
    <message>
        <source>Print jobs are moving (none has waited 10 min).</source>
        <translation>Les travaux d&apos;impression avancent (aucun n&apos;attend depuis 10&#xa0;min).</translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation>Aucun travail d&apos;impression en attente.</translation>
    </message>
    <message>
        <source>A print job has been waiting on {queue} for {minutes} min.</source>
        <translation>Un travail d&apos;impression attend sur {queue} depuis {minutes}&#xa0;min.</translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation>File d&apos;attente d&apos;impression</translation>
    </message>
    <message>
        <source>printer does not print documents</source>
        <translation>imprimante n&apos;imprime pas documents</translation>
    </message>
    <message>
        <source>Could not check in time (within {seconds} s).</source>
        <extracomment>Every check has concluded (or been given up) this many seconds after the start.</extracomment>
        <translation>Vérification impossible dans le délai imparti ({seconds}&#xa0;s).</translation>
    </message>
    <message>
        <source>Could not check: {error}.</source>
        <translation>Vérification impossible&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The disk of your home folder is almost full: {free} GB free of {total} GB ({percent} %).</source>
        <extracomment>below either, a volume is a problem; below LOW_SHARE it needs attention a quota this full needs attention; FULL_QUOTA is a problem memory: available below these shares of the total a process holding this share of the whole processor is &quot;most of it&quot; … … and for minutes when it is this old and its processor time could cover that span the processor sample&apos;s length (the rest of the check&apos;s time is for the OS to answer)</extracomment>
        <translation>Le disque de votre dossier personnel est presque plein&#xa0;: {free}&#xa0;Go libres sur {total}&#xa0;Go ({percent}&#xa0;%).</translation>
    </message>
    <message>
        <source>The system disk is almost full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>Le disque système est presque plein&#xa0;: {free}&#xa0;Go libres sur {total}&#xa0;Go ({percent}&#xa0;%).</translation>
    </message>
    <message>
        <source>The disk of your home folder is getting full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>Le disque de votre dossier personnel se remplit&#xa0;: {free}&#xa0;Go libres sur {total}&#xa0;Go ({percent}&#xa0;%).</translation>
    </message>
    <message>
        <source>The system disk is getting full: {free} GB free of {total} GB ({percent} %).</source>
        <translation>Le disque système se remplit&#xa0;: {free}&#xa0;Go libres sur {total}&#xa0;Go ({percent}&#xa0;%).</translation>
    </message>
    <message>
        <source>{free} GB free of {total} GB on the system disk ({percent} %).</source>
        <translation>Disque système&#xa0;: {free}&#xa0;Go libres sur {total}&#xa0;Go ({percent}&#xa0;%).</translation>
    </message>
    <message>
        <source>Your storage quota is used up: {used} GB of {limit} GB.</source>
        <translation>Votre quota de stockage est épuisé&#xa0;: {used}&#xa0;Go utilisés sur {limit}&#xa0;Go.</translation>
    </message>
    <message>
        <source>Your storage quota is almost used up: {used} GB of {limit} GB.</source>
        <translation>Votre quota de stockage est presque épuisé&#xa0;: {used}&#xa0;Go utilisés sur {limit}&#xa0;Go.</translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation>Espace disque libre</translation>
    </message>
    <message>
        <source>disk is full free space</source>
        <translation>disque plein espace libre</translation>
    </message>
    <message>
        <source>Memory is almost exhausted: {available} GB free of {total} GB; programs slow down.</source>
        <translation>La mémoire est presque épuisée&#xa0;: {available}&#xa0;Go libres sur {total}&#xa0;Go&#xa0;; les programmes ralentissent.</translation>
    </message>
    <message>
        <source>Memory is running low: {available} GB free of {total} GB.</source>
        <translation>La mémoire devient insuffisante&#xa0;: {available}&#xa0;Go libres sur {total}&#xa0;Go.</translation>
    </message>
    <message>
        <source>{available} GB of {total} GB memory free.</source>
        <translation>{available}&#xa0;Go de mémoire libres sur {total}&#xa0;Go.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>computer is slow memory</source>
        <translation>ordinateur lent mémoire</translation>
    </message>
    <message>
        <source>No program is holding the processor.</source>
        <translation>Aucun programme n&apos;accapare le processeur.</translation>
    </message>
    <message>
        <source>{name} has been using most of the processor ({percent} %) for minutes.</source>
        <translation>{name} utilise la majeure partie du processeur ({percent}&#xa0;%) depuis plusieurs minutes.</translation>
    </message>
    <message>
        <source>No program is holding the processor (the busiest, {name}, uses {percent} %).</source>
        <translation>Aucun programme n&apos;accapare le processeur (le plus actif, {name}, en utilise {percent}&#xa0;%).</translation>
    </message>
    <message>
        <source>Processor load</source>
        <translation>Charge du processeur</translation>
    </message>
    <message>
        <source>computer is slow programs</source>
        <translation>ordinateur lent programmes</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min ahead of the helpdesk&apos;s; sign-ins and secure connections may fail.</source>
        <extracomment>a clock further off than this breaks sign-ins (Kerberos allows 5 min) and, at worst, TLS</extracomment>
        <translation>L&apos;horloge de cet ordinateur avance de {minutes}&#xa0;min par rapport à celle du service d&apos;assistance&#xa0;; l&apos;identification et les connexions sécurisées peuvent échouer.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min behind the helpdesk&apos;s; sign-ins and secure connections may fail.</source>
        <translation>L&apos;horloge de cet ordinateur retarde de {minutes}&#xa0;min par rapport à celle du service d&apos;assistance&#xa0;; l&apos;identification et les connexions sécurisées peuvent échouer.</translation>
    </message>
    <message>
        <source>The clock agrees with the helpdesk&apos;s (within {seconds} s).</source>
        <translation>L&apos;horloge concorde avec celle du service d&apos;assistance (à {seconds}&#xa0;s près).</translation>
    </message>
    <message>
        <source>The helpdesk did not tell its time.</source>
        <translation>Le service d&apos;assistance n&apos;a pas indiqué son heure.</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>clock shows the wrong time</source>
        <translation>l&apos;horloge affiche une heure incorrecte</translation>
    </message>
    <message>
        <source>This system does not tell whether a restart is pending.</source>
        <translation>Ce système n&apos;indique pas si un redémarrage est en attente.</translation>
    </message>
    <message>
        <source>Updates are waiting for a restart to finish installing.</source>
        <translation>Des mises à jour attendent un redémarrage pour terminer leur installation.</translation>
    </message>
    <message>
        <source>No restart is pending.</source>
        <translation>Aucun redémarrage en attente.</translation>
    </message>
    <message>
        <source>Pending restart</source>
        <translation>Redémarrage en attente</translation>
    </message>
    <message>
        <source>restart to finish installing updates</source>
        <translation>redémarrer pour terminer l&apos;installation des mises à jour</translation>
    </message>
    <message>
        <source>The version {version} of {program} cannot be compared with {current}.</source>
        <translation>La version {version} de {program} ne peut pas être comparée à {current}.</translation>
    </message>
    <message>
        <source>{program} {version} is older than the version IT supports ({current}); updating it may fix the problem.</source>
        <translation>{program} {version} est plus ancien que la version prise en charge par le service informatique ({current})&#xa0;; le mettre à jour peut résoudre le problème.</translation>
    </message>
    <message>
        <source>{program} {version} is current (IT lists {current}).</source>
        <translation>{program} {version} est à jour (le service informatique indique {current}).</translation>
    </message>
    <message>
        <source>Program version</source>
        <translation>Version du programme</translation>
    </message>
    <message>
        <source>update a program to the current version</source>
        <translation>mettre à jour un programme vers la version actuelle</translation>
    </message>
    <message>
        <source>Fine</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Attention requise</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Fine: {checks}.</source>
        <translation>OK&#xa0;: {checks}.</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Remote assistance</source>
        <translation>Assistance à distance</translation>
    </message>
    <message>
        <source>Let support connect to your computer?</source>
        <translation>Autoriser le support à se connecter à votre ordinateur&#xa0;?</translation>
    </message>
    <message>
        <source>HelpClient will open %1, the remote-assistance service your support team uses, in your web browser.</source>
        <translation>HelpClient va ouvrir dans votre navigateur web %1, l&apos;outil d&apos;assistance à distance utilisé par votre équipe de support.</translation>
    </message>
    <message>
        <source>HelpClient will start %1, the remote-assistance program your support team uses.</source>
        <translation>HelpClient va démarrer %1, le programme d&apos;assistance à distance utilisé par votre équipe de support.</translation>
    </message>
    <message>
        <source>Once you let them in, the person from support sees your screen and may use your mouse and keyboard, to work on the problem with you.</source>
        <translation>Une fois que vous lui avez donné accès, la personne du support voit votre écran et peut utiliser votre souris et votre clavier pour résoudre le problème avec vous.</translation>
    </message>
    <message>
        <source>You stay in control: you see everything they do, and you can end the session at any time.</source>
        <translation>Vous gardez le contrôle&#xa0;: vous voyez tout ce qu&apos;elle fait et pouvez mettre fin à la session à tout moment.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To stop:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Pour arrêter&#xa0;:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Request to add the note to</source>
        <translation>Demande à laquelle ajouter la note</translation>
    </message>
    <message>
        <source>A note that you agreed will be added to your request:</source>
        <translation>Une note indiquant votre accord sera ajoutée à votre demande&#xa0;:</translation>
    </message>
    <message>
        <source>HelpClient asks every time. Nothing starts unless you agree.</source>
        <translation>HelpClient vous le demande à chaque fois. Rien ne démarre sans votre accord.</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation>Démarrer %1</translation>
    </message>
    <message>
        <source>#%1 — %2</source>
        <translation>N°&#xa0;%1 — %2</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>No request: do not add a note</source>
        <translation>Aucune demande&#xa0;: ne pas ajouter de note</translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>How urgent, and how to reach you</source>
        <translation>Urgence et coordonnées</translation>
    </message>
    <message>
        <source>Support uses this to decide what comes first and to answer you.</source>
        <translation>Le support s&apos;en sert pour établir les priorités et pour vous répondre.</translation>
    </message>
    <message>
        <source>How &amp;urgent is it?</source>
        <translation>Quelle est l&apos;&amp;urgence&#xa0;?</translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation>nom@entreprise.com</translation>
    </message>
    <message>
        <source>Optional, e.g. +1 555 0100</source>
        <translation>Facultatif, par ex. +33 1 23 45 67 89</translation>
    </message>
    <message>
        <source>Please check that your contact details are correct.</source>
        <translation>Veuillez vérifier que vos coordonnées sont correctes.</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Attachment:</source>
        <translation>Pièce jointe&#xa0;:</translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation>Aucun message pour l&apos;instant.</translation>
    </message>
    <message>
        <source>The status changed</source>
        <translation>Le statut a changé</translation>
    </message>
    <message>
        <source>You changed the status to “%1”</source>
        <translation>Vous avez changé le statut en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 changed the status to “%2”</source>
        <translation>%1 a changé le statut en «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Status changed to “%1”</source>
        <translation>Statut changé en «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation>Expéditeur inconnu</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>{program} closed unexpectedly</source>
        <translation>{program} s&apos;est fermé de manière inattendue</translation>
    </message>
    <message>
        <source>{program} closed unexpectedly on {date} at {time} ({reason}).</source>
        <translation>{program} s&apos;est fermé de manière inattendue le {date} à {time} ({reason}).</translation>
    </message>
    <message>
        <source>{program} closed unexpectedly on {date} at {time}.</source>
        <translation>{program} s&apos;est fermé de manière inattendue le {date} à {time}.</translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation>Version&#xa0;: {version}</translation>
    </message>
    <message>
        <source>Program file: {path}</source>
        <translation>Fichier du programme&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Command line: {command}</source>
        <translation>Ligne de commande&#xa0;: {command}</translation>
    </message>
    <message>
        <source>What the crash record says:</source>
        <translation>Contenu du rapport de plantage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong inside HelpClient. Your work has been kept. The details were written to the log:
%1</source>
        <translation>Une erreur s&apos;est produite dans HelpClient. Votre travail a été conservé. Les détails ont été écrits dans le journal&#xa0;:
%1</translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>%1 B</source>
        <extracomment>``QCoreApplication.translate`` with the interface language&apos;s numbers, for core text rendered through functions that take only a ``translate`` (a report&apos;s body shown in the outbox)</extracomment>
        <translation>%1&#xa0;o</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1&#xa0;Ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1&#xa0;Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1&#xa0;Go</translation>
    </message>
</context>
<context>
    <name>DeliveryNotices</name>
    <message>
        <source>You can also reach support another way: Other ways to get help, in HelpClient&apos;s menu.</source>
        <translation>Vous pouvez aussi joindre le support autrement&#xa0;: «&#xa0;Autres moyens d&apos;obtenir de l&apos;aide&#xa0;», dans le menu de HelpClient.</translation>
    </message>
    <message>
        <source>Request #%1 sent</source>
        <translation>Demande n°&#xa0;%1 envoyée</translation>
    </message>
    <message>
        <source>A report that was waiting has reached support.</source>
        <translation>Un signalement en attente est bien parvenu au support.</translation>
    </message>
    <message>
        <source>Sign in to send your report</source>
        <translation>Connectez-vous pour envoyer votre signalement</translation>
    </message>
    <message>
        <source>The helpdesk did not accept your sign-in. Your report is kept: sign in again in Settings and it will be sent.</source>
        <translation>Le service d&apos;assistance n&apos;a pas accepté votre connexion. Votre signalement est conservé&#xa0;: reconnectez-vous dans les Paramètres et il sera envoyé.</translation>
    </message>
    <message>
        <source>Your report was not accepted</source>
        <translation>Votre signalement n&apos;a pas été accepté</translation>
    </message>
    <message>
        <source>%1 The report is kept: open the reports waiting to be sent from HelpClient&apos;s menu.</source>
        <translation>%1 Le signalement est conservé&#xa0;: ouvrez la liste des éléments en attente d&apos;envoi depuis le menu de HelpClient.</translation>
    </message>
    <message>
        <source>Sign in to send your reply</source>
        <translation>Connectez-vous pour envoyer votre réponse</translation>
    </message>
    <message>
        <source>Your reply to request #%1 is kept: sign in again in Settings and it will be sent.</source>
        <translation>Votre réponse à la demande n°&#xa0;%1 est conservée&#xa0;: reconnectez-vous dans les Paramètres et elle sera envoyée.</translation>
    </message>
    <message>
        <source>Your reply to request #%1 was not accepted</source>
        <translation>Votre réponse à la demande n°&#xa0;%1 n&apos;a pas été acceptée</translation>
    </message>
    <message>
        <source>%1 The reply is kept: open the reports waiting to be sent from HelpClient&apos;s menu.</source>
        <translation>%1 La réponse est conservée&#xa0;: ouvrez la liste des éléments en attente d&apos;envoi depuis le menu de HelpClient.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation>Ouvrir dans le &amp;navigateur</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Autres moyens de joindre le support…</translation>
    </message>
    <message>
        <source>The e-mail starts with this report</source>
        <translation>L&apos;e-mail commence par ce signalement</translation>
    </message>
    <message>
        <source>Request #%1 sent</source>
        <translation>Demande n°&#xa0;%1 envoyée</translation>
    </message>
    <message>
        <source>Thank you. Support has received your request.</source>
        <translation>Merci. Le support a bien reçu votre demande.</translation>
    </message>
    <message>
        <source>You can follow your request, see support&apos;s answers and reply to them in My requests.</source>
        <translation>Dans Mes demandes, vous pouvez suivre votre demande, lire les réponses du support et y répondre.</translation>
    </message>
    <message>
        <source>&amp;Follow request #%1</source>
        <translation>&amp;Suivre la demande n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Open it in My requests</source>
        <translation>L&apos;ouvrir dans Mes demandes</translation>
    </message>
    <message>
        <source>Your report is saved and will be sent</source>
        <translation>Votre signalement est enregistré et sera envoyé</translation>
    </message>
    <message>
        <source>HelpClient could not reach the helpdesk right now.</source>
        <translation>HelpClient n&apos;a pas pu joindre le service d&apos;assistance pour le moment.</translation>
    </message>
    <message>
        <source>Nothing is lost: the report waits on this computer and is sent by itself when the connection is back, even after a restart. The tray menu shows reports waiting to be sent.</source>
        <translation>Rien n&apos;est perdu&#xa0;: le signalement attend sur cet ordinateur et sera envoyé automatiquement dès le retour de la connexion, même après un redémarrage. Le menu de la zone de notification affiche les signalements en attente d&apos;envoi.</translation>
    </message>
    <message>
        <source>Your report is saved but not sent</source>
        <translation>Votre signalement est enregistré mais n&apos;a pas été envoyé</translation>
    </message>
    <message>
        <source>The helpdesk needs something from you first.</source>
        <translation>Le service d&apos;assistance a d&apos;abord besoin d&apos;une action de votre part.</translation>
    </message>
    <message>
        <source>The report waits on this computer. Open the reports waiting to be sent from HelpClient&apos;s menu to send it again, or save it to a file for IT.</source>
        <translation>Le signalement attend sur cet ordinateur. Ouvrez la liste des éléments en attente d&apos;envoi depuis le menu de HelpClient pour le renvoyer, ou enregistrez-le dans un fichier pour le service informatique.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Draft not saved</source>
        <translation>Brouillon non enregistré</translation>
    </message>
    <message>
        <source>Continue your report?</source>
        <translation>Reprendre votre signalement&#xa0;?</translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation>(pas encore de résumé)</translation>
    </message>
    <message>
        <source>You started a problem report that was not sent: “%1”.</source>
        <translation>Vous avez commencé un signalement qui n&apos;a pas été envoyé&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>This looks like your open request #%1 “%2”. Add what you know now to it, so support sees it in one place.</source>
        <translation>Cela ressemble à votre demande ouverte n°&#xa0;%1 «&#xa0;%2&#xa0;». Ajoutez-y ce que vous savez maintenant, afin que le support ait tout au même endroit.</translation>
    </message>
    <message>
        <source>Add this to request #%1</source>
        <translation>Ajouter à la demande n°&#xa0;%1</translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Masquer</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Autres moyens de joindre le support…</translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>What did you see?</source>
        <translation>Qu&apos;avez-vous vu&#xa0;?</translation>
    </message>
    <message>
        <source>Copy the exact words of the error message: support searches for them.</source>
        <translation>Copiez le texte exact du message d&apos;erreur&#xa0;: c&apos;est avec lui que le support fait ses recherches.</translation>
    </message>
    <message>
        <source>Paste the message here (Ctrl+V). In most message windows, Ctrl+C copies the whole message.</source>
        <translation>Collez le message ici (Ctrl+V). Dans la plupart des fenêtres de message, Ctrl+C copie tout le message.</translation>
    </message>
    <message>
        <source>E&amp;xact error message:</source>
        <translation>Message d&apos;erreur e&amp;xact&#xa0;:</translation>
    </message>
    <message>
        <source>There was no error &amp;message</source>
        <translation>Il n&apos;y avait pas de &amp;message d&apos;erreur</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>When did it &amp;start?</source>
        <translation>&amp;Quand le problème a-t-il commencé&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your sign-in to the helpdesk has expired or was revoked. Sign in again in Settings.</source>
        <translation>Votre connexion au service d&apos;assistance a expiré ou a été révoquée. Reconnectez-vous dans les Paramètres.</translation>
    </message>
    <message>
        <source>The helpdesk did not accept your access token. It may be mistyped, expired or revoked. Sign in again in Settings with a valid token.</source>
        <translation>Le service d&apos;assistance n&apos;a pas accepté votre jeton d&apos;accès. Il est peut-être mal saisi, expiré ou révoqué. Reconnectez-vous dans les Paramètres avec un jeton valide.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so HelpClient did not send anything. Check the server address; if it is right, ask IT to install the company&apos;s certificate authority.</source>
        <translation>Le certificat de sécurité du serveur n&apos;est pas approuvé&#xa0;: HelpClient n&apos;a donc rien envoyé. Vérifiez l&apos;adresse du serveur&#xa0;; si elle est correcte, demandez au service informatique d&apos;installer l&apos;autorité de certification de l&apos;entreprise.</translation>
    </message>
    <message>
        <source>The server name could not be found. Check the server address for typos, and check that you are connected to the network (or VPN).</source>
        <translation>Le nom du serveur est introuvable. Vérifiez que l&apos;adresse du serveur ne contient pas de faute de frappe et que vous êtes connecté au réseau (ou au VPN).</translation>
    </message>
    <message>
        <source>The helpdesk is busy and asked HelpClient to wait. Try again in a minute.</source>
        <translation>Le service d&apos;assistance est occupé et a demandé à HelpClient de patienter. Réessayez dans une minute.</translation>
    </message>
    <message>
        <source>The helpdesk server was reached but did not answer in time. It may be busy. Try again in a few minutes.</source>
        <translation>Le serveur du service d&apos;assistance a été joint mais n&apos;a pas répondu à temps. Il est peut-être surchargé. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The helpdesk server is not answering. It may be down, or your network may be disconnected. Try again later.</source>
        <translation>Le serveur du service d&apos;assistance ne répond pas. Il est peut-être hors service, ou votre réseau est déconnecté. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the expected helpdesk. Check the server address and the helpdesk type.</source>
        <translation>Quelque chose a répondu à cette adresse, mais ce n&apos;est pas le service d&apos;assistance attendu. Vérifiez l&apos;adresse du serveur et le type de service d&apos;assistance.</translation>
    </message>
    <message>
        <source>The helpdesk does not allow your account to do this. Ask IT support to check your permissions.</source>
        <translation>Le service d&apos;assistance n&apos;autorise pas votre compte à effectuer cette action. Demandez au support informatique de vérifier vos autorisations.</translation>
    </message>
    <message>
        <source>The helpdesk could not find this item. It may have been deleted or moved.</source>
        <translation>Le service d&apos;assistance n&apos;a pas trouvé cet élément. Il a peut-être été supprimé ou déplacé.</translation>
    </message>
    <message>
        <source>The helpdesk does not accept files this large. Leave the largest file out or compress it, then send again.</source>
        <translation>Le service d&apos;assistance n&apos;accepte pas des fichiers aussi volumineux. Retirez le plus gros fichier ou compressez-le, puis envoyez à nouveau.</translation>
    </message>
    <message>
        <source>HelpClient is not connected to a helpdesk yet. Open Settings to set it up.</source>
        <translation>HelpClient n&apos;est pas encore connecté à un service d&apos;assistance. Ouvrez les Paramètres pour le configurer.</translation>
    </message>
    <message>
        <source>The helpdesk sent an answer HelpClient could not read. Try again in a few minutes; if this keeps happening, tell IT support: the helpdesk, or something between it and you, is sending wrong data.</source>
        <translation>Le service d&apos;assistance a envoyé une réponse que HelpClient n&apos;a pas pu lire. Réessayez dans quelques minutes&#xa0;; si cela se reproduit, prévenez le support informatique&#xa0;: le service d&apos;assistance, ou un élément situé entre lui et vous, envoie des données incorrectes.</translation>
    </message>
    <message>
        <source>The helpdesk had a temporary problem. Try again in a few minutes.</source>
        <translation>Le service d&apos;assistance a rencontré un problème temporaire. Réessayez dans quelques minutes.</translation>
    </message>
    <message>
        <source>The helpdesk refused this action. It said: %1</source>
        <translation>Le service d&apos;assistance a refusé cette action. Sa réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>HelpClient&apos;s helpdesk settings cannot be used: %1 Check them in Settings or ask IT support.</source>
        <translation>Les paramètres du service d&apos;assistance de HelpClient ne sont pas utilisables&#xa0;: %1 Vérifiez-les dans les Paramètres ou contactez le support informatique.</translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation>Une erreur s&apos;est produite&#xa0;: %1</translation>
    </message>
    <message>
        <source>The server name could not be found (no network, or no VPN?).</source>
        <translation>Le nom du serveur est introuvable (pas de réseau ou pas de VPN&#xa0;?).</translation>
    </message>
    <message>
        <source>The helpdesk is busy and asked HelpClient to wait.</source>
        <translation>Le service d&apos;assistance est occupé et a demandé à HelpClient de patienter.</translation>
    </message>
    <message>
        <source>The helpdesk server did not answer in time.</source>
        <translation>Le serveur du service d&apos;assistance n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>The helpdesk server could not be reached.</source>
        <translation>Le serveur du service d&apos;assistance est injoignable.</translation>
    </message>
    <message>
        <source>The helpdesk sent an answer HelpClient could not read.</source>
        <translation>Le service d&apos;assistance a envoyé une réponse que HelpClient n&apos;a pas pu lire.</translation>
    </message>
    <message>
        <source>The helpdesk had a temporary problem.</source>
        <translation>Le service d&apos;assistance a rencontré un problème temporaire.</translation>
    </message>
</context>
<context>
    <name>FormFieldsBox</name>
    <message>
        <source>Details your helpdesk asks for</source>
        <translation>Informations demandées par votre service d&apos;assistance</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>FreshserviceSignIn</name>
    <message>
        <source>The address is your company&apos;s Freshservice address, like https://yourcompany.freshservice.com (its API answers there, not at a custom domain).</source>
        <translation>L&apos;adresse est celle du Freshservice de votre entreprise, par exemple https://yourcompany.freshservice.com (son API répond là, pas sur un domaine personnalisé).</translation>
    </message>
    <message>
        <source>Your API key is in Freshservice&apos;s support portal: click your profile picture (top right) → Profile settings; the key is shown below “Change password”. Copy it and paste it here with the e-mail address you sign in to Freshservice with. HelpClient keeps the key in your system keyring.</source>
        <translation>Votre clé d&apos;API se trouve dans le portail d&apos;assistance de Freshservice&#xa0;: cliquez sur votre photo de profil (en haut à droite) → Paramètres du profil&#xa0;; la clé s&apos;affiche sous «&#xa0;Modifier le mot de passe&#xa0;». Copiez-la et collez-la ici avec l&apos;adresse e-mail avec laquelle vous vous connectez à Freshservice. HelpClient conserve la clé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>No API key in your profile settings? Freshservice&apos;s administrator may have switched API access off for requesters; ask IT support.</source>
        <translation>Pas de clé d&apos;API dans les paramètres de votre profil&#xa0;? L&apos;administrateur de Freshservice a peut-être désactivé l&apos;accès à l&apos;API pour les demandeurs&#xa0;; contactez le support informatique.</translation>
    </message>
    <message>
        <source>Freshservice did not accept this API key. Copy it again from Profile settings in the support portal; if it was reset, the old key no longer works.</source>
        <translation>Freshservice n&apos;a pas accepté cette clé d&apos;API. Copiez-la de nouveau depuis les Paramètres du profil du portail d&apos;assistance&#xa0;; si elle a été réinitialisée, l&apos;ancienne clé ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>GlpiSignIn</name>
    <message>
        <source>The address is GLPI&apos;s web address; its API address ending in /apirest.php works too.</source>
        <translation>L&apos;adresse est l&apos;adresse web de GLPI&#xa0;; son adresse d&apos;API se terminant par /apirest.php fonctionne aussi.</translation>
    </message>
    <message>
        <source>Login and password</source>
        <translation>Identifiant et mot de passe</translation>
    </message>
    <message>
        <source>Personal API token</source>
        <translation>Jeton d&apos;API personnel</translation>
    </message>
    <message>
        <source>In GLPI: your name (top right) → My settings → Remote access keys → API token; tick Regenerate and save if it is empty, then copy it here.</source>
        <translation>Dans GLPI&#xa0;: votre nom (en haut à droite) → Mes préférences → Clés d&apos;accès distant → Jeton d&apos;API&#xa0;; s&apos;il est vide, cochez Régénérer et enregistrez, puis copiez-le ici.</translation>
    </message>
    <message>
        <source>Use the login and password of GLPI&apos;s web page. This works only if GLPI&apos;s administrator enabled login with credentials for the API.</source>
        <translation>Utilisez l&apos;identifiant et le mot de passe de la page web de GLPI. Cela ne fonctionne que si l&apos;administrateur de GLPI a activé la connexion avec identifiants pour l&apos;API.</translation>
    </message>
    <message>
        <source>GLPI&apos;s administrator must enable, in Setup → General → API: “Enable Rest API”, “Enable login with credentials”, and an API client that allows employees&apos; addresses (the default client allows only the server itself). If GLPI asks for an application token, IT sets it by policy — you never type it.</source>
        <translation>L&apos;administrateur de GLPI doit activer, dans Configuration → Générale → API&#xa0;: «&#xa0;Activer l&apos;API Rest&#xa0;», «&#xa0;Activer la connexion avec les identifiants&#xa0;» et un client d&apos;API qui autorise les adresses des employés (le client par défaut n&apos;autorise que le serveur lui-même). Si GLPI demande un jeton d&apos;application, le service informatique le définit par stratégie — vous n&apos;avez jamais à le saisir.</translation>
    </message>
    <message>
        <source>GLPI&apos;s administrator must enable, in Setup → General → API: “Enable Rest API”, “Enable login with external token”, and an API client that allows employees&apos; addresses (the default client allows only the server itself). If GLPI asks for an application token, IT sets it by policy — you never type it.</source>
        <translation>L&apos;administrateur de GLPI doit activer, dans Configuration → Générale → API&#xa0;: «&#xa0;Activer l&apos;API Rest&#xa0;», «&#xa0;Activer la connexion avec un jeton externe&#xa0;» et un client d&apos;API qui autorise les adresses des employés (le client par défaut n&apos;autorise que le serveur lui-même). Si GLPI demande un jeton d&apos;application, le service informatique le définit par stratégie — vous n&apos;avez jamais à le saisir.</translation>
    </message>
    <message>
        <source>GLPI did not accept this login and password. Check them; if they work on GLPI&apos;s web page, login with credentials may be disabled for the API — sign in with your personal API token instead.</source>
        <translation>GLPI n&apos;a pas accepté cet identifiant et ce mot de passe. Vérifiez-les&#xa0;; s&apos;ils fonctionnent sur la page web de GLPI, la connexion avec identifiants est peut-être désactivée pour l&apos;API — connectez-vous plutôt avec votre jeton d&apos;API personnel.</translation>
    </message>
    <message>
        <source>GLPI did not accept this API token. Copy it again from My settings → Remote access keys; if you regenerated it, the old one no longer works.</source>
        <translation>GLPI n&apos;a pas accepté ce jeton d&apos;API. Copiez-le à nouveau depuis Mes préférences → Clés d&apos;accès distant&#xa0;; si vous l&apos;avez régénéré, l&apos;ancien ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>HelpClientApp</name>
    <message>
        <source>The language has changed. The window you are working in keeps its language until you close it; nothing in it is lost.</source>
        <translation>La langue a changé. La fenêtre dans laquelle vous travaillez garde sa langue jusqu&apos;à ce que vous la fermiez&#xa0;; rien de ce qu&apos;elle contient n&apos;est perdu.</translation>
    </message>
</context>
<context>
    <name>HelpdeskBox</name>
    <message>
        <source>Helpdesk server</source>
        <extracomment>(the entered server) → what answers there (the connector&apos;s probe; blocking)</extracomment>
        <translation>Serveur du service d&apos;assistance</translation>
    </message>
    <message>
        <source>the project&apos;s identifier, e.g. it-help</source>
        <translation>l&apos;identifiant du projet, par ex. it-help</translation>
    </message>
    <message>
        <source>empty: the project&apos;s first tracker</source>
        <translation>vide&#xa0;: premier tracker du projet</translation>
    </message>
    <message>
        <source>optional: PEM file of your company&apos;s CA</source>
        <translation>facultatif&#xa0;: fichier PEM de l&apos;AC de l&apos;entreprise</translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation>Se c&amp;onnecter…</translation>
    </message>
    <message>
        <source>Helpdesk &amp;type:</source>
        <translation>&amp;Type de service d&apos;assistance&#xa0;:</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;racker:</source>
        <translation>T&amp;racker&#xa0;:</translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation>&amp;Certificat d&apos;AC supplémentaire&#xa0;:</translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation>Connexion&#xa0;:</translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation>Tester la co&amp;nnexion</translation>
    </message>
    <message>
        <source>Sign o&amp;ut</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Défini par la stratégie de votre organisation.</translation>
    </message>
    <message>
        <source>The token comes from the HELPCLIENT_TOKEN environment variable and is not stored.</source>
        <translation>Le jeton provient de la variable d&apos;environnement HELPCLIENT_TOKEN et n&apos;est pas enregistré.</translation>
    </message>
    <message>
        <source>No secure keyring was found on this system, so what you sign in with is kept only until HelpClient quits; you will be asked again at the next start.</source>
        <translation>Aucun trousseau sécurisé n&apos;a été trouvé sur ce système&#xa0;: vos informations de connexion ne sont donc conservées que jusqu&apos;à la fermeture de HelpClient&#xa0;; elles vous seront redemandées au prochain démarrage.</translation>
    </message>
    <message>
        <source>What you sign in with is kept in your system keyring.</source>
        <translation>Vos informations de connexion sont conservées dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Not signed in to this server.</source>
        <translation>Non connecté à ce serveur.</translation>
    </message>
    <message>
        <source>As %1, with a password.</source>
        <translation>En tant que %1, avec un mot de passe.</translation>
    </message>
    <message>
        <source>Through your web browser.</source>
        <translation>Par votre navigateur web.</translation>
    </message>
    <message>
        <source>As %1, with an API key.</source>
        <translation>En tant que %1, avec une clé d&apos;API.</translation>
    </message>
    <message>
        <source>With an access token.</source>
        <translation>Avec un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://</source>
        <translation>Saisissez l&apos;adresse du serveur, en commençant par https://</translation>
    </message>
    <message>
        <source>Enter the identifier of the project your requests go to (IT support knows it).</source>
        <translation>Saisissez l&apos;identifiant du projet dans lequel arrivent vos demandes (le support informatique le connaît).</translation>
    </message>
    <message>
        <source>The CA file does not exist: %1</source>
        <translation>Le fichier d&apos;autorité de certification n&apos;existe pas&#xa0;: %1</translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation>Déconnexion…</translation>
    </message>
    <message>
        <source>Signed out. Sign in again to use the helpdesk.</source>
        <translation>Déconnecté. Reconnectez-vous pour utiliser le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Sign in first: HelpClient has nothing to sign in to this server with yet.</source>
        <translation>Connectez-vous d&apos;abord&#xa0;: HelpClient n&apos;a encore aucune information de connexion pour ce serveur.</translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation>Connexion établie en tant que %1.</translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>&lt;h2&gt;How can we help?&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Comment pouvons-nous vous aider&#xa0;?&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your desktop has no system tray (on GNOME, the AppIndicator extension adds one), so HelpClient opens this window instead. Closing it keeps HelpClient running until you choose Quit.</source>
        <translation>Votre bureau n&apos;a pas de zone de notification (sous GNOME, l&apos;extension AppIndicator en ajoute une)&#xa0;: HelpClient ouvre donc cette fenêtre à la place. Si vous la fermez, HelpClient continue de fonctionner jusqu&apos;à ce que vous choisissiez Quitter.</translation>
    </message>
</context>
<context>
    <name>JsmSignIn</name>
    <message>
        <source>Service &amp;desk:</source>
        <translation>Centre de &amp;services&#xa0;:</translation>
    </message>
    <message>
        <source>The address of your Jira site, such as https://example.atlassian.net (the help center&apos;s address works too).</source>
        <translation>L&apos;adresse de votre site Jira, par exemple https://example.atlassian.net (l&apos;adresse du centre d&apos;aide convient aussi).</translation>
    </message>
    <message>
        <source>My e-mail address and an API token (Atlassian cloud)</source>
        <translation>Mon adresse e-mail et un jeton d&apos;API (cloud Atlassian)</translation>
    </message>
    <message>
        <source>A personal access token (Jira Data Center)</source>
        <translation>Un jeton d&apos;accès personnel (Jira Data Center)</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>Create an API token at id.atlassian.com: open %1, choose “Create API token”, name it “HelpClient”, copy it and paste it below with the e-mail address of your Atlassian account. On Jira Data Center, enter your user name and password instead.</source>
        <translation>Créez un jeton d&apos;API sur id.atlassian.com&#xa0;: ouvrez %1, choisissez «&#xa0;Create API token&#xa0;», nommez-le «&#xa0;HelpClient&#xa0;», copiez-le et collez-le ci-dessous avec l&apos;adresse e-mail de votre compte Atlassian. Sur Jira Data Center, saisissez plutôt votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>In Jira, click your avatar and open Profile → Personal Access Tokens. Create a token, copy it (Jira shows it only once) and paste it here.</source>
        <translation>Dans Jira, cliquez sur votre avatar et ouvrez Profil → Jetons d&apos;accès personnels. Créez un jeton, copiez-le (Jira ne l&apos;affiche qu&apos;une fois) et collez-le ici.</translation>
    </message>
    <message>
        <source>On Atlassian&apos;s page, sign in with the account you use on this site and allow access to this site.</source>
        <translation>Sur la page d&apos;Atlassian, connectez-vous avec le compte que vous utilisez sur ce site et autorisez l&apos;accès à ce site.</translation>
    </message>
    <message>
        <source>No way to create API tokens? Help-center accounts that are not Atlassian accounts have none: ask IT to invite you with an Atlassian account.</source>
        <translation>Impossible de créer un jeton d&apos;API&#xa0;? Les comptes du centre d&apos;aide qui ne sont pas des comptes Atlassian n&apos;en ont pas&#xa0;: demandez au service informatique de vous inviter avec un compte Atlassian.</translation>
    </message>
    <message>
        <source>Personal access tokens exist in Jira Data Center 8.14 and later, unless its administrator switched them off.</source>
        <translation>Les jetons d&apos;accès personnels existent dans Jira Data Center 8.14 et versions ultérieures, sauf si l&apos;administrateur les a désactivés.</translation>
    </message>
    <message>
        <source>This Jira site accepts neither API tokens nor personal access tokens from apps. Ask its administrator.</source>
        <translation>Ce site Jira n&apos;accepte des applications ni jetons d&apos;API ni jetons d&apos;accès personnels. Adressez-vous à son administrateur.</translation>
    </message>
    <message>
        <source>The sign-in through the browser does not reach %1. Sign in again with the Atlassian account you use on this site, and allow access to this site on Atlassian&apos;s page.</source>
        <translation>La connexion par le navigateur ne donne pas accès à %1. Reconnectez-vous avec le compte Atlassian que vous utilisez sur ce site et autorisez l&apos;accès à ce site sur la page d&apos;Atlassian.</translation>
    </message>
    <message>
        <source>Jira did not accept this e-mail address and API token. Check the address of your Atlassian account and copy the token again; it may have expired or been revoked.</source>
        <translation>Jira n&apos;a pas accepté cette adresse e-mail et ce jeton d&apos;API. Vérifiez l&apos;adresse de votre compte Atlassian et copiez à nouveau le jeton&#xa0;; il a peut-être expiré ou été révoqué.</translation>
    </message>
    <message>
        <source>Jira did not accept this personal access token. Create a new one in your Jira profile; it may have expired or been revoked.</source>
        <translation>Jira n&apos;a pas accepté ce jeton d&apos;accès personnel. Créez-en un nouveau dans votre profil Jira&#xa0;; il a peut-être expiré ou été révoqué.</translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseWindow</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Search the knowledge base…</source>
        <translation>Rechercher dans la base de connaissances…</translation>
    </message>
    <message>
        <source>Search the knowledge base</source>
        <translation>Rechercher dans la base de connaissances</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Rubriques</translation>
    </message>
    <message>
        <source>Articles</source>
        <translation>Articles</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Article</translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation>Choisissez un article pour le lire ici.</translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation>Consultés récemment</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article trouvé</numerusform>
            <numerusform>%n articles trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>No articles match. Try other words.</source>
        <translation>Aucun article ne correspond. Essayez d&apos;autres mots.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>This article is no longer in the knowledge base.</source>
        <translation>Cet article ne figure plus dans la base de connaissances.</translation>
    </message>
</context>
<context>
    <name>KnowledgeSettings</name>
    <message>
        <source>Knowledge base</source>
        <translation>Base de connaissances</translation>
    </message>
    <message>
        <source>Search HelpClient&apos;s &amp;starter articles</source>
        <translation>Rechercher dans les articles &amp;intégrés à HelpClient</translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation>&amp;Ajouter un dossier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Article &amp;folders:</source>
        <translation>&amp;Dossiers d&apos;articles&#xa0;:</translation>
    </message>
    <message>
        <source>Markdown (.md) and HTML files in these folders are searched too; changes are picked up within a minute.</source>
        <translation>Les fichiers Markdown (.md) et HTML de ces dossiers sont aussi inclus dans la recherche&#xa0;; les modifications sont prises en compte en moins d&apos;une minute.</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>How often the helpdesk&apos;s articles are copied to this computer, so they can be searched offline.</source>
        <translation>Fréquence à laquelle les articles du service d&apos;assistance sont copiés sur cet ordinateur, pour pouvoir les rechercher hors connexion.</translation>
    </message>
    <message>
        <source>Copy helpdesk articles e&amp;very:</source>
        <translation>&amp;Fréquence de copie des articles&#xa0;:</translation>
    </message>
    <message>
        <source>Folder of articles</source>
        <translation>Dossier d&apos;articles</translation>
    </message>
    <message>
        <source>The article folder “%1” does not exist or cannot be read.</source>
        <translation>Le dossier d&apos;articles «&#xa0;%1&#xa0;» n&apos;existe pas ou n&apos;est pas lisible.</translation>
    </message>
</context>
<context>
    <name>KnownProblemPanel</name>
    <message>
        <source>We already know about this problem</source>
        <extracomment>Wait this long after a keystroke before matching. Announcements shown at most: the best ones; more would push the form away.</extracomment>
        <translation>Nous connaissons déjà ce problème</translation>
    </message>
    <message>
        <source>IT is working on it, and you will be told when it is fixed — no need to report it. If your problem is a different one, or you have something to add, go on with your report.</source>
        <translation>Le service informatique y travaille, et un message vous préviendra lorsqu&apos;il sera résolu — inutile de le signaler. Si votre problème est différent, ou si vous avez quelque chose à ajouter, poursuivez votre signalement.</translation>
    </message>
</context>
<context>
    <name>KnownProblemsWindow</name>
    <message>
        <source>Known problems</source>
        <translation>Problèmes connus</translation>
    </message>
    <message>
        <source>IT already knows about these problems and is working on them. You will be told when each is fixed.</source>
        <translation>Le service informatique connaît déjà ces problèmes et y travaille. Un message vous préviendra lorsque chacun sera résolu.</translation>
    </message>
    <message>
        <source>There are no known problems right now.</source>
        <translation>Aucun problème connu pour le moment.</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Signaler un problème…</translation>
    </message>
    <message>
        <source>Your problem is a different one, or you have something to add</source>
        <translation>Votre problème est différent, ou vous avez quelque chose à ajouter</translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Notify me when support replies or a request changes</source>
        <translation>M&apos;avertir quand le support répond ou qu&apos;une demande change</translation>
    </message>
    <message>
        <source>e.g. 22:00-07:00</source>
        <translation>par ex. 22:00-07:00</translation>
    </message>
    <message>
        <source>No notifications during these hours each day; the tray still counts the requests with news.</source>
        <translation>Aucune notification pendant ces heures, chaque jour&#xa0;; l&apos;icône de la zone de notification compte toujours les demandes qui ont du nouveau.</translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation>&amp;Heures calmes&#xa0;:</translation>
    </message>
    <message>
        <source>Quiet hours look like 22:00-07:00 (from-to, 24-hour clock).</source>
        <translation>Les heures calmes s&apos;écrivent sous la forme 22:00-07:00 (de-à, au format 24 heures).</translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>{count} requests have news</source>
        <translation>{count} demandes ont du nouveau</translation>
    </message>
    <message>
        <source>Open My requests to see what support did.</source>
        <translation>Ouvrez Mes demandes pour voir ce qu&apos;a fait le support.</translation>
    </message>
    <message>
        <source>Support is waiting for your answer on request #{id}</source>
        <translation>Le support attend votre réponse sur la demande n°&#xa0;{id}</translation>
    </message>
    <message>
        <source>{excerpt}</source>
        <translation>{excerpt}</translation>
    </message>
    <message>
        <source>Support replied to request #{id}</source>
        <translation>Le support a répondu à la demande n°&#xa0;{id}</translation>
    </message>
    <message>
        <source>Request #{id} is solved</source>
        <translation>La demande n°&#xa0;{id} est résolue</translation>
    </message>
    <message>
        <source>{subject}
If the problem is still there, you can reopen it.</source>
        <translation>{subject}
Si le problème persiste, vous pouvez la rouvrir.</translation>
    </message>
    <message>
        <source>Request #{id} changed status</source>
        <translation>Le statut de la demande n°&#xa0;{id} a changé</translation>
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
        <translation>En attente de connexion — prochain essai à %1</translation>
    </message>
    <message>
        <source>Waiting for a helpdesk to be set up (Settings)</source>
        <translation>En attente de la configuration d&apos;un service d&apos;assistance (Paramètres)</translation>
    </message>
    <message>
        <source>Waiting for you to sign in again (Settings)</source>
        <translation>En attente de votre reconnexion (Paramètres)</translation>
    </message>
    <message>
        <source>Not accepted by the helpdesk — see the reason below</source>
        <translation>Refusé par le service d&apos;assistance — voir le motif ci-dessous</translation>
    </message>
    <message>
        <source>Reply to request #%1</source>
        <translation>Réponse à la demande n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation>Fichiers&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
    <message>
        <source>Waiting reports</source>
        <translation>Signalements en attente</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texte du signalement</translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Save to &amp;ZIP…</source>
        <translation>Enregistrer en &amp;ZIP…</translation>
    </message>
    <message>
        <source>&amp;Delete report…</source>
        <translation>&amp;Supprimer le signalement…</translation>
    </message>
    <message>
        <source>&amp;Other ways to reach support…</source>
        <translation>&amp;Autres moyens de joindre le support…</translation>
    </message>
    <message>
        <source>The e-mail starts with this report</source>
        <translation>L&apos;e-mail commence par ce signalement</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>&amp;Stop upload</source>
        <translation>A&amp;rrêter l&apos;envoi</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. They are kept on this computer until the helpdesk has them.</source>
        <translation>En attente d&apos;envoi&#xa0;: %1. Ces éléments sont conservés sur cet ordinateur jusqu&apos;à leur réception par le service d&apos;assistance.</translation>
    </message>
    <message>
        <source>Everything was sent.</source>
        <translation>Tout a été envoyé.</translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 MB</source>
        <translation>Envoi&#xa0;: %1 sur %2&#xa0;Mo</translation>
    </message>
    <message>
        <source>&amp;Delete reply…</source>
        <translation>&amp;Supprimer la réponse…</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Dernière tentative&#xa0;: %1</translation>
    </message>
    <message>
        <source>Save report to a ZIP file</source>
        <translation>Enregistrer le signalement dans un fichier ZIP</translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation>Fichiers ZIP (*.zip)</translation>
    </message>
    <message>
        <source>The ZIP file could not be saved: %1</source>
        <translation>Impossible d&apos;enregistrer le fichier ZIP&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved to %1. Hand this file to IT.</source>
        <translation>Enregistré dans %1. Remettez ce fichier au service informatique.</translation>
    </message>
    <message>
        <source>Delete your reply to request #%1 without sending it?</source>
        <translation>Supprimer votre réponse à la demande n°&#xa0;%1 sans l&apos;envoyer&#xa0;?</translation>
    </message>
    <message>
        <source>Delete the report “%1” without sending it?</source>
        <translation>Supprimer le signalement «&#xa0;%1&#xa0;» sans l&apos;envoyer&#xa0;?</translation>
    </message>
</context>
<context>
    <name>OversizeBox</name>
    <message>
        <source>&amp;Compress</source>
        <translation>&amp;Compresser</translation>
    </message>
    <message>
        <source>&amp;Leave it out</source>
        <translation>&amp;Ne pas le joindre</translation>
    </message>
    <message>
        <source>“%1” is %2 MB; your helpdesk accepts files up to %3 MB.</source>
        <translation>«&#xa0;%1&#xa0;» fait %2&#xa0;Mo&#xa0;; votre service d&apos;assistance accepte les fichiers jusqu&apos;à %3&#xa0;Mo.</translation>
    </message>
    <message>
        <source>Even compressed it is too large. Leave it out and give it to IT another way.</source>
        <translation>Même compressé, il est trop volumineux. Ne le joignez pas et transmettez-le au service informatique d&apos;une autre manière.</translation>
    </message>
    <message>
        <source>Compress it into a ZIP file, or leave it out of the report.</source>
        <translation>Compressez-le dans un fichier ZIP, ou ne le joignez pas au signalement.</translation>
    </message>
    <message>
        <source>Compressing “%1”…</source>
        <translation>Compression de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Compressed, “%1” is still %2 MB; your helpdesk accepts files up to %3 MB. Leave it out and give it to IT another way.</source>
        <translation>Une fois compressé, «&#xa0;%1&#xa0;» fait encore %2&#xa0;Mo&#xa0;; votre service d&apos;assistance accepte les fichiers jusqu&apos;à %3&#xa0;Mo. Ne le joignez pas et transmettez-le au service informatique d&apos;une autre manière.</translation>
    </message>
    <message>
        <source>“%1” could not be compressed (%2). It is still attached; try again or leave it out.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas pu être compressé (%2). Il reste joint&#xa0;; réessayez ou ne le joignez pas.</translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>What is wrong?</source>
        <translation>Quel est le problème&#xa0;?</translation>
    </message>
    <message>
        <source>Say in one line what does not work, then choose what it is about.</source>
        <translation>Décrivez en une ligne ce qui ne fonctionne pas, puis choisissez ce que cela concerne.</translation>
    </message>
    <message>
        <source>Example: Outlook says “Disconnected” since this morning</source>
        <translation>Exemple&#xa0;: Outlook indique «&#xa0;Déconnecté&#xa0;» depuis ce matin</translation>
    </message>
    <message>
        <source>The problem in one &amp;line:</source>
        <translation>Le problème en une &amp;ligne&#xa0;:</translation>
    </message>
    <message>
        <source>What is it &amp;about?</source>
        <translation>De &amp;quoi s&apos;agit-il&#xa0;?</translation>
    </message>
</context>
<context>
    <name>ProblemWatchers</name>
    <message>
        <source>Known problem: %1</source>
        <translation>Problème connu&#xa0;: %1</translation>
    </message>
    <message>
        <source>IT is working on it. You will be told when it is fixed.</source>
        <translation>Le service informatique y travaille. Un message vous préviendra lorsqu&apos;il sera résolu.</translation>
    </message>
    <message numerus="yes">
        <source>%n known problem(s)</source>
        <translation>
            <numerusform>%n problème connu</numerusform>
            <numerusform>%n problèmes connus</numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation>Résolu&#xa0;: %1</translation>
    </message>
    <message>
        <source>IT says this problem is fixed. If it still happens to you, report it.</source>
        <translation>Le service informatique indique que ce problème est résolu. S&apos;il se produit encore chez vous, signalez-le.</translation>
    </message>
    <message>
        <source>%1 closed unexpectedly</source>
        <translation>%1 s&apos;est fermé de manière inattendue</translation>
    </message>
    <message>
        <source>Report this problem: the details are filled in for you.</source>
        <translation>Signalez ce problème&#xa0;: les détails sont déjà remplis pour vous.</translation>
    </message>
    <message numerus="yes">
        <source>Known &amp;problems (%n)…</source>
        <translation>
            <numerusform>Problèmes co&amp;nnus (%n)…</numerusform>
            <numerusform>Problèmes co&amp;nnus (%n)…</numerusform>
        </translation>
    </message>
    <message>
        <source>Report the crash of %1…</source>
        <translation>Signaler le plantage de %1…</translation>
    </message>
</context>
<context>
    <name>QueuedReply</name>
    <message>
        <source>HelpClient sends it after you sign in again in Settings.</source>
        <translation>HelpClient l&apos;enverra après votre reconnexion dans les Paramètres.</translation>
    </message>
    <message>
        <source>Not sent: %1 Open “Waiting to be sent” in HelpClient&apos;s menu to send it again or delete it.</source>
        <translation>Non envoyée&#xa0;: %1 Ouvrez «&#xa0;En attente d&apos;envoi&#xa0;» dans le menu de HelpClient pour la renvoyer ou la supprimer.</translation>
    </message>
    <message>
        <source>HelpClient sends it by itself as soon as the helpdesk can be reached.</source>
        <translation>HelpClient l&apos;enverra automatiquement dès que le service d&apos;assistance sera joignable.</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>En attente d&apos;envoi</translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Rate the article — was it helpful?</source>
        <translation>Évaluez l&apos;article — vous a-t-il été utile&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation>&amp;Utile</translation>
    </message>
    <message>
        <source>N&amp;ot helpful</source>
        <translation>&amp;Pas utile</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation>Merci&#xa0;!</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>How did we do?</source>
        <translation>Qu&apos;avez-vous pensé de notre aide&#xa0;?</translation>
    </message>
    <message>
        <source>Are you happy with how support solved this request?</source>
        <translation>La façon dont le support a résolu cette demande vous convient-elle&#xa0;?</translation>
    </message>
    <message>
        <source>A comment for support (optional)</source>
        <translation>Un commentaire pour le support (facultatif)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Satisfaisant</translation>
    </message>
    <message>
        <source>Not good</source>
        <translation>Insatisfaisant</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
</context>
<context>
    <name>RedmineSignIn</name>
    <message>
        <source>The address is Redmine&apos;s web address: its home page, not a project&apos;s or an issue&apos;s page.</source>
        <translation>L&apos;adresse est l&apos;adresse web de Redmine&#xa0;: sa page d&apos;accueil, et non la page d&apos;un projet ou d&apos;une demande.</translation>
    </message>
    <message>
        <source>API access key</source>
        <translation>Clé d&apos;accès API</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>&amp;Clé d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>In Redmine: My account (top right) → API access key → Show. Copy the key and paste it here. HelpClient keeps it in your system keyring.</source>
        <translation>Dans Redmine&#xa0;: Mon compte (en haut à droite) → Clé d&apos;accès API → Afficher. Copiez la clé et collez-la ici. HelpClient la conserve dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>No API access key on My account? Redmine&apos;s administrator must enable Administration → Settings → API → “Enable REST web service”. Your role in the requests&apos; project needs “Add issues”, “View issues” (your own), “Add notes”, and “Edit own issues” for closing your requests. IT sets the project and tracker in HelpClient&apos;s settings.</source>
        <translation>Pas de clé d&apos;accès API dans Mon compte&#xa0;? L&apos;administrateur de Redmine doit activer Administration → Configuration → API → «&#xa0;Activer l&apos;API REST&#xa0;». Votre rôle dans le projet des demandes a besoin des permissions «&#xa0;Créer des demandes&#xa0;», «&#xa0;Voir les demandes&#xa0;» (les vôtres), «&#xa0;Ajouter des notes&#xa0;» et, pour clore vos demandes, «&#xa0;Modifier ses propres demandes&#xa0;». Le service informatique définit le projet et le tracker dans les paramètres de HelpClient.</translation>
    </message>
    <message>
        <source>Redmine did not accept this API key. Copy it again from My account → API access key → Show; if it was reset, the old key no longer works.</source>
        <translation>Redmine n&apos;a pas accepté cette clé d&apos;API. Copiez-la à nouveau depuis Mon compte → Clé d&apos;accès API → Afficher&#xa0;; si elle a été réinitialisée, l&apos;ancienne clé ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>RemoteAssist</name>
    <message>
        <source>Remote assistance: I agreed to let support connect to my computer with {tool}. HelpClient opened it in my browser at {time}.</source>
        <extracomment>The placeholders IT may use, each filled from :class:`Facts`.</extracomment>
        <translation>Assistance à distance&#xa0;: j&apos;ai accepté que le support se connecte à mon ordinateur avec {tool}. HelpClient l&apos;a ouvert dans mon navigateur à {time}.</translation>
    </message>
    <message>
        <source>Remote assistance: I agreed to let support connect to my computer with {tool}. HelpClient started it at {time}.</source>
        <translation>Assistance à distance&#xa0;: j&apos;ai accepté que le support se connecte à mon ordinateur avec {tool}. HelpClient l&apos;a démarré à {time}.</translation>
    </message>
</context>
<context>
    <name>RemoteConsent</name>
    <message>
        <source>End the session on the %1 page, or close that browser tab.</source>
        <translation>Mettez fin à la session sur la page %1, ou fermez cet onglet du navigateur.</translation>
    </message>
    <message>
        <source>Close %1, or end the session in its window.</source>
        <translation>Fermez %1, ou mettez fin à la session dans sa fenêtre.</translation>
    </message>
    <message>
        <source>HelpClient&apos;s menu also offers “Stop remote assistance” while %1 runs.</source>
        <translation>Tant que %1 fonctionne, le menu de HelpClient propose aussi «&#xa0;Arrêter l&apos;assistance à distance&#xa0;».</translation>
    </message>
</context>
<context>
    <name>RemoteNotices</name>
    <message>
        <source>Remote assistance</source>
        <translation>Assistance à distance</translation>
    </message>
    <message>
        <source>To stop: %1</source>
        <translation>Pour arrêter&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 is open in your web browser. Support can connect once you follow the steps on that page.</source>
        <translation>%1 est ouvert dans votre navigateur web. Le support pourra se connecter une fois que vous aurez suivi les étapes indiquées sur cette page.</translation>
    </message>
    <message>
        <source>%1 is starting. Support can connect once you follow the steps in its window.</source>
        <translation>%1 démarre. Le support pourra se connecter une fois que vous aurez suivi les étapes indiquées dans sa fenêtre.</translation>
    </message>
    <message>
        <source>%1 is already running: support can connect with it.</source>
        <translation>%1 est déjà en cours d&apos;exécution&#xa0;: le support peut se connecter par son intermédiaire.</translation>
    </message>
    <message>
        <source>Nothing was shared with support. Ask support to help you another way, and tell them this message so IT can fix the remote-assistance tool on this computer.</source>
        <translation>Rien n&apos;a été partagé avec le support. Demandez au support de vous aider d&apos;une autre manière, et communiquez-lui ce message pour que le service informatique puisse réparer l&apos;outil d&apos;assistance à distance de cet ordinateur.</translation>
    </message>
    <message>
        <source>Support&apos;s phone: %1.</source>
        <translation>Téléphone du support&#xa0;: %1.</translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation>%1 n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>Remote assistance started, but the note about it could not be added to request #%1: %2 Tell support about the session yourself, in the request or by phone.</source>
        <translation>L&apos;assistance à distance a démarré, mais la note correspondante n&apos;a pas pu être ajoutée à la demande n°&#xa0;%1&#xa0;: %2 Informez vous-même le support de la session, dans la demande ou par téléphone.</translation>
    </message>
    <message>
        <source>The remote-assistance tool</source>
        <extracomment>``send_note(ticket_id, text)``: True when the request has it, False when it waits to be sent</extracomment>
        <translation>L&apos;outil d&apos;assistance à distance</translation>
    </message>
    <message>
        <source>The remote-assistance tool is not available on this computer any more.</source>
        <translation>L&apos;outil d&apos;assistance à distance n&apos;est plus disponible sur cet ordinateur.</translation>
    </message>
    <message>
        <source>HelpClient could not open your web browser. Open this address in it yourself: %1</source>
        <translation>HelpClient n&apos;a pas pu ouvrir votre navigateur web. Ouvrez-y vous-même cette adresse&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 could not be started (%2).</source>
        <translation>Impossible de démarrer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 stopped right after it started (exit code %2), so support cannot connect.</source>
        <translation>%1 s&apos;est arrêté juste après son démarrage (code de sortie %2)&#xa0;: le support ne peut donc pas se connecter.</translation>
    </message>
</context>
<context>
    <name>RemoteOffer</name>
    <message>
        <source>Let support connect to my computer…</source>
        <translation>Autoriser le support à se connecter à mon ordinateur…</translation>
    </message>
    <message>
        <source>Start the remote-assistance tool your support team uses (HelpClient asks you first)</source>
        <translation>Démarrer l&apos;outil d&apos;assistance à distance utilisé par votre équipe de support (HelpClient vous demande d&apos;abord votre accord)</translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen request</source>
        <translation>Rouvrir la demande</translation>
    </message>
    <message>
        <source>Tell support what is still wrong, so they can pick it up again.</source>
        <translation>Indiquez au support ce qui ne va toujours pas, pour qu&apos;il puisse reprendre la demande.</translation>
    </message>
    <message>
        <source>For example: the printer stopped again this morning.</source>
        <translation>Par exemple&#xa0;: l&apos;imprimante s&apos;est de nouveau arrêtée ce matin.</translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation>Motif de la réouverture</translation>
    </message>
    <message>
        <source>Please describe why the request should be reopened.</source>
        <translation>Veuillez expliquer pourquoi la demande doit être rouverte.</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
</context>
<context>
    <name>ReplyFiles</name>
    <message>
        <source>Attach files…</source>
        <translation>Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Add screenshot</source>
        <translation>Ajouter une capture d&apos;écran</translation>
    </message>
    <message>
        <source>Take a picture of your screen or of one window (HelpClient&apos;s windows step aside), crop it or black out what support should not see, and attach it to the reply</source>
        <translation>Prendre une capture de votre écran ou d&apos;une fenêtre (les fenêtres de HelpClient s&apos;effacent), la rogner ou masquer en noir ce que le support ne doit pas voir, puis la joindre à la réponse</translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation>Retirer les fichiers</translation>
    </message>
    <message>
        <source>Attach files to your reply</source>
        <translation>Joindre des fichiers à votre réponse</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>A program or app</source>
        <translation>Programme ou application</translation>
    </message>
    <message>
        <source>Computer or device</source>
        <translation>Ordinateur ou appareil</translation>
    </message>
    <message>
        <source>Network, Wi-Fi or VPN</source>
        <translation>Réseau, Wi-Fi ou VPN</translation>
    </message>
    <message>
        <source>Account, password or access</source>
        <translation>Compte, mot de passe ou accès</translation>
    </message>
    <message>
        <source>Printing or scanning</source>
        <translation>Impression ou numérisation</translation>
    </message>
    <message>
        <source>E-mail or calendar</source>
        <translation>E-mail ou calendrier</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Autre chose</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>À l&apos;instant</translation>
    </message>
    <message>
        <source>Earlier today</source>
        <translation>Plus tôt dans la journée</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Hier</translation>
    </message>
    <message>
        <source>In the last few days</source>
        <translation>Ces derniers jours</translation>
    </message>
    <message>
        <source>More than a week ago</source>
        <translation>Il y a plus d&apos;une semaine</translation>
    </message>
    <message>
        <source>It never worked</source>
        <translation>Cela n&apos;a jamais fonctionné</translation>
    </message>
    <message>
        <source>It can wait — I have a workaround</source>
        <translation>Cela peut attendre — j&apos;ai une solution de contournement</translation>
    </message>
    <message>
        <source>It slows down my work</source>
        <translation>Cela ralentit mon travail</translation>
    </message>
    <message>
        <source>I cannot work</source>
        <translation>Je ne peux pas travailler</translation>
    </message>
    <message>
        <source>Several people cannot work</source>
        <translation>Plusieurs personnes ne peuvent pas travailler</translation>
    </message>
    <message>
        <source>Describe the problem in one line.</source>
        <translation>Décrivez le problème en une ligne.</translation>
    </message>
    <message>
        <source>Use at least {n} characters to describe the problem.</source>
        <translation>Décrivez le problème en {n} caractères au moins.</translation>
    </message>
    <message>
        <source>Keep the summary under {n} characters; put details in the next steps.</source>
        <translation>Le résumé doit faire moins de {n} caractères&#xa0;; donnez les détails aux étapes suivantes.</translation>
    </message>
    <message>
        <source>Choose what the problem is about.</source>
        <translation>Choisissez ce que concerne le problème.</translation>
    </message>
    <message>
        <source>Add at least one thing you did, one step per line.</source>
        <translation>Ajoutez au moins une chose que vous avez faite, une étape par ligne.</translation>
    </message>
    <message>
        <source>Step {i} is too long: keep each step under {n} characters.</source>
        <translation>L&apos;étape {i} est trop longue&#xa0;: chaque étape doit faire moins de {n} caractères.</translation>
    </message>
    <message>
        <source>Paste the exact error message, or tick “There was no error message”.</source>
        <translation>Collez le message d&apos;erreur exact, ou cochez «&#xa0;Il n&apos;y avait pas de message d&apos;erreur&#xa0;».</translation>
    </message>
    <message>
        <source>The error text is longer than {n} characters; paste only the most important lines.</source>
        <translation>Le texte de l&apos;erreur dépasse {n} caractères&#xa0;; ne collez que les lignes les plus importantes.</translation>
    </message>
    <message>
        <source>Choose when the problem started.</source>
        <translation>Choisissez quand le problème a commencé.</translation>
    </message>
    <message>
        <source>Name the program that has the problem, or tick “Not about a specific program”.</source>
        <translation>Indiquez le programme concerné par le problème, ou cochez «&#xa0;Ne concerne pas un programme en particulier&#xa0;».</translation>
    </message>
    <message>
        <source>Choose how urgent the problem is.</source>
        <translation>Choisissez le degré d&apos;urgence du problème.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Saisissez votre nom.</translation>
    </message>
    <message>
        <source>Enter your e-mail address so support can answer you.</source>
        <translation>Saisissez votre adresse e-mail pour que le support puisse vous répondre.</translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address (example: name@company.com).</source>
        <translation>«&#xa0;{value}&#xa0;» n&apos;est pas une adresse e-mail valide (exemple&#xa0;: nom@entreprise.com).</translation>
    </message>
    <message>
        <source>Tick “I agree” to send the checked information, or uncheck every item to send none.</source>
        <translation>Cochez «&#xa0;J&apos;accepte&#xa0;» pour envoyer les informations cochées, ou décochez tous les éléments pour n&apos;en envoyer aucune.</translation>
    </message>
    <message>
        <source>Your helpdesk needs this field filled in.</source>
        <translation>Votre service d&apos;assistance exige que ce champ soit rempli.</translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number: use digits, spaces and an optional leading +.</source>
        <translation>«&#xa0;{value}&#xa0;» ne ressemble pas à un numéro de téléphone&#xa0;: utilisez des chiffres, des espaces et éventuellement un + au début.</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>What I did</source>
        <translation>Ce que j&apos;ai fait</translation>
    </message>
    <message>
        <source>What I saw</source>
        <translation>Ce que j&apos;ai vu</translation>
    </message>
    <message>
        <source>There was no error message.</source>
        <translation>Il n&apos;y avait pas de message d&apos;erreur.</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début du problème</translation>
    </message>
    <message>
        <source>Software affected</source>
        <translation>Logiciel concerné</translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation>version inconnue</translation>
    </message>
    <message>
        <source>Not about a specific program.</source>
        <translation>Ne concerne pas un programme en particulier.</translation>
    </message>
    <message>
        <source>Urgency and contact</source>
        <translation>Urgence et coordonnées</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Fichiers joints</translation>
    </message>
    <message>
        <source>System information</source>
        <translation>Informations système</translation>
    </message>
    <message>
        <source>{n} items about this computer, reviewed by me, attached as a ZIP file.</source>
        <translation>{n} éléments concernant cet ordinateur, vérifiés par moi-même, joints sous forme de fichier ZIP.</translation>
    </message>
    <message>
        <source>Articles already tried</source>
        <translation>Articles déjà essayés</translation>
    </message>
    <message>
        <source>Quick checks of this computer</source>
        <translation>Vérifications rapides de cet ordinateur</translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Discard this report?</source>
        <translation>Abandonner ce signalement&#xa0;?</translation>
    </message>
    <message>
        <source>What you entered will be lost.</source>
        <translation>Ce que vous avez saisi sera perdu.</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Continuer la saisie</translation>
    </message>
    <message>
        <source>Glad that solved it!</source>
        <translation>Ravis que cela ait résolu le problème&#xa0;!</translation>
    </message>
    <message>
        <source>Nothing was sent to support. If the problem comes back, choose Report a problem from HelpClient&apos;s icon in the system tray (or its window) at any time.</source>
        <translation>Rien n&apos;a été envoyé au support. Si le problème revient, choisissez à tout moment Signaler un problème depuis l&apos;icône de HelpClient dans la zone de notification (ou depuis sa fenêtre).</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>Back &amp;to review</source>
        <translation>Retour au &amp;récapitulatif</translation>
    </message>
</context>
<context>
    <name>RequestTrackerSignIn</name>
    <message>
        <source>In Request Tracker, open Logged in as → Settings → Auth Tokens, create a token and paste it here. If that menu is missing, IT support creates the token for you.</source>
        <translation>Dans Request Tracker, ouvrez Logged in as → Settings → Auth Tokens, créez un jeton et collez-le ici. Si ce menu n&apos;existe pas, le support informatique crée le jeton pour vous.</translation>
    </message>
    <message>
        <source>Request Tracker lets only privileged users create their own tokens: for everyone else an administrator creates them (see HelpClient&apos;s README, “Using it with your own Request Tracker”).</source>
        <translation>Request Tracker ne permet qu&apos;aux utilisateurs privilégiés de créer leurs propres jetons&#xa0;: pour tous les autres, c&apos;est un administrateur qui les crée (voir le README de HelpClient, section «&#xa0;Using it with your own Request Tracker&#xa0;»).</translation>
    </message>
</context>
<context>
    <name>RequestsWindow</name>
    <message>
        <source>My requests</source>
        <translation>Mes demandes</translation>
    </message>
    <message>
        <source>You have no requests yet.</source>
        <translation>Vous n&apos;avez encore aucune demande.</translation>
    </message>
    <message>
        <source>When you report a problem, you can follow it here.</source>
        <translation>Quand vous signalez un problème, vous pouvez le suivre ici.</translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation>Signaler un problème…</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>Actualisation…</translation>
    </message>
    <message>
        <source>Request #%1 — %2</source>
        <translation>Demande n°&#xa0;%1 — %2</translation>
    </message>
    <message>
        <source>Search by subject or number</source>
        <translation>Rechercher par objet ou par numéro</translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation>Rechercher des demandes</translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Check the helpdesk for news (F5)</source>
        <translation>Vérifier s&apos;il y a du nouveau sur le service d&apos;assistance (F5)</translation>
    </message>
    <message>
        <source>← My requests</source>
        <translation>← Mes demandes</translation>
    </message>
    <message>
        <source>Back to the list (%1)</source>
        <translation>Retour à la liste (%1)</translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation>Mis à jour à %1</translation>
    </message>
    <message>
        <source>Not up to date: as of %1</source>
        <translation>Pas à jour&#xa0;: état au %1</translation>
    </message>
</context>
<context>
    <name>ResultRowWidget</name>
    <message>
        <source>How to fix it: %1</source>
        <extracomment>rows in this order: what needs the user first</extracomment>
        <translation>Comment y remédier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and send</source>
        <translation>Récapitulatif et envoi</translation>
    </message>
    <message>
        <source>This is exactly what support will receive. Use Edit to change a part, then press Send.</source>
        <translation>Voici exactement ce que le support recevra. Utilisez Modifier pour changer une partie, puis appuyez sur Envoyer.</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Envoi de votre demande…</translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation>Autres moyens de joindre le support…</translation>
    </message>
    <message>
        <source>Also for when sending does not work: the e-mail starts with this report</source>
        <translation>Également si l&apos;envoi ne fonctionne pas&#xa0;: l&apos;e-mail commence par ce signalement</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 sur %2&#xa0;Mo</translation>
    </message>
    <message>
        <source>Your request was not sent. %1

Nothing was lost: your report is still here. Press Send to try again.</source>
        <translation>Votre demande n&apos;a pas été envoyée. %1

Rien n&apos;est perdu&#xa0;: votre signalement est toujours là. Appuyez sur Envoyer pour réessayer.</translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>Show requests</source>
        <translation>Afficher les demandes</translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation>En attente de ma réponse (%1)</translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation>En attente de ma réponse</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Résolues</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
</context>
<context>
    <name>ScreenshotBar</name>
    <message>
        <source>Add a &amp;screenshot</source>
        <translation>Ajouter une &amp;capture d&apos;écran</translation>
    </message>
    <message>
        <source>Screenshots</source>
        <translation>Captures d&apos;écran</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Re&amp;tirer</translation>
    </message>
    <message>
        <source>HelpClient hides its own windows while it takes the picture.</source>
        <translation>HelpClient masque ses propres fenêtres pendant la capture.</translation>
    </message>
</context>
<context>
    <name>ScreenshotEditor</name>
    <message>
        <source>Screenshot</source>
        <translation>Capture d&apos;écran</translation>
    </message>
    <message>
        <source>Drag over the picture to crop it or to black out what support should not see.</source>
        <translation>Faites glisser la souris sur l&apos;image pour la rogner ou pour masquer en noir ce que le support ne doit pas voir.</translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation>&amp;Rogner</translation>
    </message>
    <message>
        <source>&amp;Black out</source>
        <translation>&amp;Masquer en noir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation>&amp;Joindre</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>&amp;Whole desktop</source>
        <translation>&amp;Tout le bureau</translation>
    </message>
    <message>
        <source>Screen %1 (%2)</source>
        <translation>Écran %1 (%2)</translation>
    </message>
    <message>
        <source>One window</source>
        <translation>Une fenêtre</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Helpdesk</source>
        <translation>&amp;Service d&apos;assistance</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Base de connaissances</translation>
    </message>
    <message>
        <source>System &amp;information</source>
        <translation>Informations s&amp;ystème</translation>
    </message>
    <message>
        <source>Settings shown greyed out are set by %1 for this computer and cannot be changed here.</source>
        <translation>Les paramètres grisés sont définis par %1 pour cet ordinateur et ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>Settings shown greyed out are set by your organisation for this computer and cannot be changed here.</source>
        <translation>Les paramètres grisés sont définis par votre organisation pour cet ordinateur et ne peuvent pas être modifiés ici.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Show HelpClient in:</source>
        <translation>&amp;Afficher HelpClient en&#xa0;:</translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation>Comme l&apos;interface</translation>
    </message>
    <message>
        <source>&amp;Write requests in:</source>
        <translation>&amp;Rédiger les demandes en&#xa0;:</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Défini par la stratégie de votre organisation.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>SettingsGroup</name>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation>Défini par la stratégie de votre organisation.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation>Connexion à %1</translation>
    </message>
    <message>
        <source>Sign in to %1 at %2.</source>
        <translation>Connexion à %1 à l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation>Se connecter avec&#xa0;:</translation>
    </message>
    <message>
        <source>Asking %1 how you may sign in…</source>
        <translation>Interrogation de %1 sur les modes de connexion possibles…</translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation>Adresse &amp;e-mail&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>Clé d&apos;&amp;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation>&amp;File d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <source>My web browser</source>
        <translation>Mon navigateur web</translation>
    </message>
    <message>
        <source>My login and password</source>
        <translation>Mon identifiant et mon mot de passe</translation>
    </message>
    <message>
        <source>My e-mail address and API key</source>
        <translation>Mon adresse e-mail et ma clé d&apos;API</translation>
    </message>
    <message>
        <source>An access token</source>
        <translation>Un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>&amp;Jeton d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Paste the access token you created in %1 (or that IT support gave you). HelpClient keeps it in your system keyring.</source>
        <translation>Collez le jeton d&apos;accès que vous avez créé dans %1 (ou que le support informatique vous a fourni). HelpClient le conserve dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Use the login and password of %1&apos;s web page. HelpClient keeps them in your system keyring.</source>
        <translation>Utilisez l&apos;identifiant et le mot de passe de la page web de %1. HelpClient les conserve dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Enter the e-mail address of your %1 account and your personal API key. HelpClient keeps the key in your system keyring.</source>
        <translation>Saisissez l&apos;adresse e-mail de votre compte %1 et votre clé d&apos;API personnelle. HelpClient conserve la clé dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in now. Ask the helpdesk&apos;s administrator, or choose another way.</source>
        <translation>Le serveur n&apos;accepte pas ce mode de connexion actuellement. Adressez-vous à l&apos;administrateur du service d&apos;assistance, ou choisissez un autre mode.</translation>
    </message>
    <message>
        <source>The helpdesk did not accept this login and password. Check them and try again.</source>
        <translation>Le service d&apos;assistance n&apos;a pas accepté cet identifiant et ce mot de passe. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>%1 (switched off on this server)</source>
        <translation>%1 (désactivé sur ce serveur)</translation>
    </message>
    <message>
        <source>%1 answers at this address.</source>
        <translation>%1 répond à cette adresse.</translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation>Impossible d&apos;interroger le serveur&#xa0;: %1</translation>
    </message>
    <message>
        <source>Fill in the fields above first.</source>
        <translation>Remplissez d&apos;abord les champs ci-dessus.</translation>
    </message>
    <message>
        <source>Paste your access token first.</source>
        <translation>Collez d&apos;abord votre jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Connexion…</translation>
    </message>
</context>
<context>
    <name>SoftwarePage</name>
    <message>
        <source>Which program?</source>
        <translation>Quel programme&#xa0;?</translation>
    </message>
    <message>
        <source>Name the program that has the problem, and its version if you know it.</source>
        <translation>Indiquez le programme concerné par le problème, et sa version si vous la connaissez.</translation>
    </message>
    <message>
        <source>Example: Microsoft Outlook</source>
        <translation>Exemple&#xa0;: Microsoft Outlook</translation>
    </message>
    <message>
        <source>If you know it: usually under Help › About</source>
        <translation>Si vous la connaissez&#xa0;: généralement dans Aide › À propos</translation>
    </message>
    <message>
        <source>N&amp;ot about a specific program</source>
        <translation>&amp;Ne concerne pas un programme en particulier</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>Pro&amp;gramme&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>Start typing: programs installed on this computer are suggested</source>
        <translation>Commencez à taper&#xa0;: les programmes installés sur cet ordinateur sont suggérés</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>En attente de votre réponse</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En suspens</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Résolue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Support has received the request and will look at it soon.</source>
        <translation>Le support a reçu la demande et va bientôt l&apos;examiner.</translation>
    </message>
    <message>
        <source>Support is working on the request.</source>
        <translation>Le support traite la demande.</translation>
    </message>
    <message>
        <source>Support needs an answer from you to go on.</source>
        <translation>Le support a besoin d&apos;une réponse de votre part pour continuer.</translation>
    </message>
    <message>
        <source>The request is paused, for example while support waits for a delivery or another team.</source>
        <translation>La demande est en pause, par exemple pendant que le support attend une livraison ou une autre équipe.</translation>
    </message>
    <message>
        <source>The problem is solved. If it comes back, reopen the request.</source>
        <translation>Le problème est résolu. S&apos;il revient, rouvrez la demande.</translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation>La demande est fermée.</translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>These articles may solve it right away:</source>
        <translation>Ces articles peuvent résoudre le problème tout de suite&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SysinfoPage</name>
    <message>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <source>Support needs some facts about your computer. Check what may be attached to your report; nothing is sent until you press Send.</source>
        <translation>Le support a besoin de quelques informations sur votre ordinateur. Vérifiez ce qui peut être joint à votre signalement&#xa0;; rien n&apos;est envoyé tant que vous n&apos;avez pas appuyé sur Envoyer.</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Information to send</source>
        <translation>Informations à envoyer</translation>
    </message>
    <message>
        <source>Exact text that will be sent</source>
        <translation>Texte exact qui sera envoyé</translation>
    </message>
    <message>
        <source>&amp;Hide my user name, computer name, folders, e-mail and IP addresses</source>
        <translation>&amp;Masquer nom d&apos;utilisateur, nom d&apos;ordinateur, dossiers, adresses e-mail et IP</translation>
    </message>
    <message>
        <source>I &amp;agree to send the checked information with my report</source>
        <translation>J&apos;&amp;accepte d&apos;envoyer les informations cochées avec mon signalement</translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation>Défini par la stratégie de votre organisation</translation>
    </message>
    <message>
        <source>System information is not available.</source>
        <translation>Les informations système ne sont pas disponibles.</translation>
    </message>
    <message>
        <source>Collecting information about this computer…</source>
        <translation>Collecte d&apos;informations sur cet ordinateur…</translation>
    </message>
    <message>
        <source>Could not collect system information: %1. Your report can be sent without it.</source>
        <translation>Impossible de collecter les informations système&#xa0;: %1. Votre signalement peut être envoyé sans elles.</translation>
    </message>
    <message>
        <source>Technical information</source>
        <translation>Informations techniques</translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation>Non collecté</translation>
    </message>
    <message>
        <source>Select an item to see exactly what will be sent. Highlighted marks show where secrets were removed.</source>
        <translation>Sélectionnez un élément pour voir exactement ce qui sera envoyé. Les marques surlignées indiquent où des secrets ont été retirés.</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>… The preview shows the first %1 of %2; the whole file is sent.</source>
        <translation>… L&apos;aperçu montre les premiers %1 sur %2&#xa0;; le fichier est envoyé en entier.</translation>
    </message>
    <message>
        <source>Not collected: %1</source>
        <translation>Non collecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1 items, %2, will be attached as a ZIP file.</source>
        <translation>%1 éléments (%2) seront joints sous forme de fichier ZIP.</translation>
    </message>
    <message>
        <source>Left out because of the size limit: %1.</source>
        <translation>Omis en raison de la limite de taille&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No system information will be sent.</source>
        <translation>Aucune information système ne sera envoyée.</translation>
    </message>
</context>
<context>
    <name>SysinfoSettings</name>
    <message>
        <source>System information</source>
        <translation>Informations système</translation>
    </message>
    <message>
        <source>&amp;Offer to attach system information to new reports</source>
        <translation>&amp;Proposer de joindre les informations système aux nouveaux signalements</translation>
    </message>
    <message>
        <source>A&amp;nonymise it: hide my user name, computer name, folders, e-mail and IP addresses</source>
        <translation>&amp;Anonymiser&#xa0;: masquer nom d&apos;utilisateur, nom d&apos;ordinateur, dossiers, e-mail et IP</translation>
    </message>
    <message>
        <source>You see every item before a report is sent and can leave any of them out. Passwords and tokens are always removed.</source>
        <translation>Vous voyez chaque élément avant l&apos;envoi d&apos;un signalement et pouvez exclure n&apos;importe lequel. Les mots de passe et les jetons sont toujours retirés.</translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>left out by the user</source>
        <translation>exclu par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>left out: the bundle would exceed {cap} bytes</source>
        <translation>omis&#xa0;: l&apos;ensemble dépasserait {cap}&#xa0;octets</translation>
    </message>
    <message>
        <source>System information for support</source>
        <translation>Informations système pour le support</translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation>Créé&#xa0;: {when}</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Éléments</translation>
    </message>
    <message>
        <source>Not included</source>
        <translation>Non inclus</translation>
    </message>
    <message>
        <source>User name, computer name, home folders, e-mail and IP addresses were replaced by [REDACTED:…] marks.</source>
        <translation>Le nom d&apos;utilisateur, le nom de l&apos;ordinateur, les dossiers personnels, les adresses e-mail et IP ont été remplacés par des marques [REDACTED:…].</translation>
    </message>
    <message>
        <source>(summary unavailable: {error})</source>
        <translation>(résumé indisponible&#xa0;: {error})</translation>
    </message>
    <message>
        <source>collected</source>
        <translation>collecté</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>Operating system</source>
        <extracomment>the app&apos;s own way to servers (its proxy, its trust): the connection checks take it</extracomment>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Many problems depend on the exact system version.</source>
        <translation>De nombreux problèmes dépendent de la version exacte du système.</translation>
    </message>
    <message>
        <source>Computer model and name</source>
        <translation>Modèle et nom de l&apos;ordinateur</translation>
    </message>
    <message>
        <source>Identifies your computer in the IT inventory.</source>
        <translation>Identifie votre ordinateur dans l&apos;inventaire informatique.</translation>
    </message>
    <message>
        <source>User account</source>
        <translation>Compte utilisateur</translation>
    </message>
    <message>
        <source>Account problems depend on who is signed in.</source>
        <translation>Les problèmes de compte dépendent de l&apos;utilisateur connecté.</translation>
    </message>
    <message>
        <source>Uptime and last start</source>
        <translation>Durée de fonctionnement et dernier démarrage</translation>
    </message>
    <message>
        <source>Some problems go away with a restart; this tells support when the last one was.</source>
        <translation>Certains problèmes disparaissent avec un redémarrage&#xa0;; cela indique au support quand a eu lieu le dernier.</translation>
    </message>
    <message>
        <source>Processor and load</source>
        <translation>Processeur et charge</translation>
    </message>
    <message>
        <source>Shows whether the computer is overloaded.</source>
        <translation>Indique si l&apos;ordinateur est surchargé.</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Too little free memory slows everything.</source>
        <translation>Trop peu de mémoire libre ralentit tout.</translation>
    </message>
    <message>
        <source>Disks and free space</source>
        <translation>Disques et espace libre</translation>
    </message>
    <message>
        <source>A full disk causes many strange errors.</source>
        <translation>Un disque plein provoque de nombreuses erreurs étranges.</translation>
    </message>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>Power saving can slow down or disconnect a laptop.</source>
        <translation>L&apos;économie d&apos;énergie peut ralentir ou déconnecter un ordinateur portable.</translation>
    </message>
    <message>
        <source>Screens</source>
        <translation>Écrans</translation>
    </message>
    <message>
        <source>Display problems depend on resolution and scaling.</source>
        <translation>Les problèmes d&apos;affichage dépendent de la résolution et de la mise à l&apos;échelle.</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Paramètres réseau</translation>
    </message>
    <message>
        <source>Addresses, DNS, gateway, proxy and VPN explain most connection problems.</source>
        <translation>Les adresses, le DNS, la passerelle, le proxy et le VPN expliquent la plupart des problèmes de connexion.</translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation>Tests de connexion</translation>
    </message>
    <message>
        <source>Shows whether the helpdesk and company services can be reached.</source>
        <translation>Indique si le service d&apos;assistance et les services de l&apos;entreprise sont joignables.</translation>
    </message>
    <message>
        <source>Installed software</source>
        <translation>Logiciels installés</translation>
    </message>
    <message>
        <source>Support checks which programs and versions are installed.</source>
        <translation>Le support vérifie quels programmes et quelles versions sont installés.</translation>
    </message>
    <message>
        <source>Busiest programs</source>
        <translation>Programmes les plus gourmands</translation>
    </message>
    <message>
        <source>Shows which programs use the most processor time and memory.</source>
        <translation>Indique quels programmes utilisent le plus de temps processeur et de mémoire.</translation>
    </message>
    <message>
        <source>Recent system errors</source>
        <translation>Erreurs système récentes</translation>
    </message>
    <message>
        <source>Errors the system logged in the last 24 hours often name the cause.</source>
        <translation>Les erreurs enregistrées par le système au cours des dernières 24 heures en indiquent souvent la cause.</translation>
    </message>
    <message>
        <source>Printers</source>
        <translation>Imprimantes</translation>
    </message>
    <message>
        <source>Printer names and stuck print jobs.</source>
        <translation>Noms des imprimantes et travaux d&apos;impression bloqués.</translation>
    </message>
    <message>
        <source>Language, time zone and clock</source>
        <translation>Langue, fuseau horaire et horloge</translation>
    </message>
    <message>
        <source>Wrong time or language settings break sign-ins and documents.</source>
        <translation>Une heure ou des paramètres de langue incorrects perturbent les connexions et les documents.</translation>
    </message>
    <message>
        <source>HelpClient version and settings</source>
        <translation>Version et paramètres de HelpClient</translation>
    </message>
    <message>
        <source>Lets support check how HelpClient itself is set up.</source>
        <translation>Permet au support de vérifier la configuration de HelpClient lui-même.</translation>
    </message>
    <message>
        <source>HelpClient log (last lines)</source>
        <translation>Journal de HelpClient (dernières lignes)</translation>
    </message>
    <message>
        <source>Shows what HelpClient did just before the problem.</source>
        <translation>Montre ce que HelpClient a fait juste avant le problème.</translation>
    </message>
    <message>
        <source>OS: {name} (kernel {kernel}, {arch})</source>
        <translation>Système&#xa0;: {name} (noyau {kernel}, {arch})</translation>
    </message>
    <message>
        <source>Uptime: {hours} h (since {boot})</source>
        <translation>Durée de fonctionnement&#xa0;: {hours}&#xa0;h (depuis {boot})</translation>
    </message>
    <message>
        <source>CPU: {model}; logical cores: {cores}; load: {load}</source>
        <translation>Processeur&#xa0;: {model}&#xa0;; cœurs logiques&#xa0;: {cores}&#xa0;; charge&#xa0;: {load}</translation>
    </message>
    <message>
        <source>Memory: {free} MB free of {total} MB</source>
        <translation>Mémoire&#xa0;: {free}&#xa0;Mo libres sur {total}&#xa0;Mo</translation>
    </message>
    <message>
        <source>Disk {mount}: {free} GB free of {size} GB</source>
        <translation>Disque {mount}&#xa0;: {free}&#xa0;Go libres sur {size}&#xa0;Go</translation>
    </message>
    <message>
        <source>Disk {mount}: {free} GB free of {size} GB — LOW SPACE</source>
        <translation>Disque {mount}&#xa0;: {free}&#xa0;Go libres sur {size}&#xa0;Go — ESPACE FAIBLE</translation>
    </message>
    <message>
        <source>Network: interfaces up: {up}; gateway: {gateway}; DNS: {dns}; VPN: {vpn}</source>
        <translation>Réseau&#xa0;: interfaces actives&#xa0;: {up}&#xa0;; passerelle&#xa0;: {gateway}&#xa0;; DNS&#xa0;: {dns}&#xa0;; VPN&#xa0;: {vpn}</translation>
    </message>
    <message>
        <source>Reach {url}: OK</source>
        <translation>Accès à {url}&#xa0;: OK</translation>
    </message>
    <message>
        <source>Reach {url}: FAILED ({error})</source>
        <translation>Accès à {url}&#xa0;: ÉCHEC ({error})</translation>
    </message>
    <message>
        <source>Installed packages: {count}; sources: {sources}</source>
        <translation>Paquets installés&#xa0;: {count}&#xa0;; sources&#xa0;: {sources}</translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Open in browser</source>
        <translation>Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>Open this request on the helpdesk&apos;s website</source>
        <translation>Ouvrir cette demande sur le site web du service d&apos;assistance</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>N°&#xa0;%1</translation>
    </message>
    <message>
        <source>Opened %1 · Last update %2</source>
        <translation>Ouverte&#xa0;: %1 · Dernière mise à jour&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation>Pris en charge par</translation>
    </message>
    <message>
        <source>#%1</source>
        <translation>N°&#xa0;%1</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>There is news you have not seen yet.</source>
        <translation>Il y a du nouveau que vous n&apos;avez pas encore vu.</translation>
    </message>
    <message>
        <source>Support is waiting for your answer.</source>
        <translation>Le support attend votre réponse.</translation>
    </message>
    <message>
        <source>Updated %1
Created %2</source>
        <translation>Mise à jour&#xa0;: %1
Création&#xa0;: %2</translation>
    </message>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation>En attente de votre réponse&#xa0;: %1</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>Du nouveau&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Sending your rating…</source>
        <translation>Envoi de votre évaluation…</translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation>Merci pour votre évaluation.</translation>
    </message>
    <message>
        <source>Saved as %1 in %2</source>
        <translation>Enregistré sous %1 dans %2</translation>
    </message>
    <message>
        <source>Sending your reply…</source>
        <translation>Envoi de votre réponse…</translation>
    </message>
    <message>
        <source>Sending your reply… %1 %</source>
        <translation>Envoi de votre réponse… %1&#xa0;%</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Confirming the solution…</source>
        <translation>Confirmation de la solution…</translation>
    </message>
    <message>
        <source>Marking the request as solved…</source>
        <translation>Marquage de la demande comme résolue…</translation>
    </message>
    <message>
        <source>Reopening the request…</source>
        <translation>Réouverture de la demande…</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation>Chargement de la conversation…</translation>
    </message>
    <message>
        <source>Support is waiting for your answer.</source>
        <translation>Le support attend votre réponse.</translation>
    </message>
    <message>
        <source>Write a reply to support…</source>
        <translation>Écrivez une réponse au support…</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>My problem is solved</source>
        <translation>Mon problème est résolu</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>Rate the help…</source>
        <translation>Évaluer l&apos;aide…</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation>Envoyer la réponse (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation>Demande n°&#xa0;%1</translation>
    </message>
    <message>
        <source>Confirm the solution</source>
        <translation>Confirmer la solution</translation>
    </message>
    <message>
        <source>This request is solved.</source>
        <translation>Cette demande est résolue.</translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation>Cette demande est fermée.</translation>
    </message>
    <message>
        <source>If the problem came back, reopen it.</source>
        <translation>Si le problème est revenu, rouvrez-la.</translation>
    </message>
    <message>
        <source>If the problem came back, report it again.</source>
        <translation>Si le problème est revenu, signalez-le à nouveau.</translation>
    </message>
    <message>
        <source>Request #%1: %2</source>
        <translation>Demande n°&#xa0;%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1&#xa0;min</translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation>il y a %1&#xa0;h</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation>hier à %1</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Waiting to be sent: %1 — will send when the connection is back</source>
        <translation>En attente d&apos;envoi&#xa0;: %1 — envoi dès le retour de la connexion</translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation>En attente d&apos;envoi&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with news</source>
        <translation>
            <numerusform>%n demande avec du nouveau</numerusform>
            <numerusform>%n demandes avec du nouveau</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Support is waiting for your answer on %n request(s)</source>
        <translation>
            <numerusform>Le support attend votre réponse sur %n demande</numerusform>
            <numerusform>Le support attend votre réponse sur %n demandes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to %1</source>
        <translation>Bienvenue dans %1</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 is ready to help&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;%1 est prêt à vous aider&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>When something on your computer does not work, click this icon in the system tray (the row of small icons by the clock). From its menu you can report a problem, follow your requests and search the knowledge base. %1 keeps running there; you do not need to start it.</source>
        <translation>Quand quelque chose ne fonctionne pas sur votre ordinateur, cliquez sur cette icône dans la zone de notification (la rangée de petites icônes près de l&apos;horloge). Son menu vous permet de signaler un problème, de suivre vos demandes et de rechercher dans la base de connaissances. %1 y reste en fonctionnement&#xa0;; vous n&apos;avez pas besoin de le démarrer.</translation>
    </message>
    <message>
        <source>&amp;Report a problem now</source>
        <translation>&amp;Signaler un problème maintenant</translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation>&amp;Compris</translation>
    </message>
</context>
<context>
    <name>ZammadSignIn</name>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>In Zammad, click your avatar and open Profile → Token Access. Create a token with the permission “ticket.customer”, copy it (Zammad shows it only once) and paste it here.</source>
        <translation>Dans Zammad, cliquez sur votre avatar et ouvrez Profil → Accès par jeton. Créez un jeton avec l&apos;autorisation «&#xa0;ticket.customer&#xa0;», copiez-le (Zammad ne l&apos;affiche qu&apos;une seule fois) et collez-le ici.</translation>
    </message>
    <message>
        <source>Use the login (often your e-mail address) and password you sign in to Zammad&apos;s web page with. An access token is safer: you can revoke it without changing your password.</source>
        <translation>Utilisez l&apos;identifiant (souvent votre adresse e-mail) et le mot de passe avec lesquels vous vous connectez à la page web de Zammad. Un jeton d&apos;accès est plus sûr&#xa0;: vous pouvez le révoquer sans changer votre mot de passe.</translation>
    </message>
    <message>
        <source>Zammad accepts passwords from apps only when its administrator switches on “API password access” (Settings → System → API).</source>
        <translation>Zammad n&apos;accepte les mots de passe provenant d&apos;applications que si son administrateur active «&#xa0;API password access&#xa0;» (Paramètres → Système → API).</translation>
    </message>
    <message>
        <source>No Token Access in your profile? Zammad&apos;s administrator must give the Customer role the permission “user_preferences.access_token” (Manage → Roles → Customer) and keep “API token access” switched on (Settings → System → API).</source>
        <translation>Pas d&apos;accès par jeton dans votre profil&#xa0;? L&apos;administrateur de Zammad doit donner au rôle Customer l&apos;autorisation «&#xa0;user_preferences.access_token&#xa0;» (Gérer → Rôles → Customer) et laisser «&#xa0;API token access&#xa0;» activé (Paramètres → Système → API).</translation>
    </message>
    <message>
        <source>This Zammad accepts neither access tokens nor passwords from apps. Ask its administrator to switch on “API token access” (Settings → System → API).</source>
        <translation>Ce Zammad n&apos;accepte ni les jetons d&apos;accès ni les mots de passe provenant d&apos;applications. Demandez à son administrateur d&apos;activer «&#xa0;API token access&#xa0;» (Paramètres → Système → API).</translation>
    </message>
    <message>
        <source>Zammad did not accept this login and password. Check them and try again; if they work on Zammad&apos;s web page, “API password access” may be switched off — sign in with an access token instead.</source>
        <translation>Zammad n&apos;a pas accepté cet identifiant et ce mot de passe. Vérifiez-les et réessayez&#xa0;; s&apos;ils fonctionnent sur la page web de Zammad, «&#xa0;API password access&#xa0;» est peut-être désactivé — connectez-vous plutôt avec un jeton d&apos;accès.</translation>
    </message>
    <message>
        <source>Zammad did not accept this access token. Copy it again from Profile → Token Access; it may have expired or been deleted, or token access is switched off.</source>
        <translation>Zammad n&apos;a pas accepté ce jeton d&apos;accès. Copiez-le à nouveau depuis Profil → Accès par jeton&#xa0;; il a peut-être expiré ou été supprimé, ou l&apos;accès par jeton est désactivé.</translation>
    </message>
</context>
<context>
    <name>ZendeskSignIn</name>
    <message>
        <source>The address is your company&apos;s Zendesk address, like https://yourcompany.zendesk.com (or its help center&apos;s own domain).</source>
        <translation>L&apos;adresse est celle du Zendesk de votre entreprise, par exemple https://yourcompany.zendesk.com (ou le domaine propre de son centre d&apos;aide).</translation>
    </message>
    <message>
        <source>My e-mail address and password</source>
        <translation>Mon adresse e-mail et mon mot de passe</translation>
    </message>
    <message>
        <source>Use the e-mail address and password you sign in to your company&apos;s help center with (where you see “My requests”). HelpClient keeps them in your system keyring.</source>
        <translation>Utilisez l&apos;adresse e-mail et le mot de passe avec lesquels vous vous connectez au centre d&apos;aide de votre entreprise (là où figure «&#xa0;Mes demandes&#xa0;»). HelpClient les conserve dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>Zendesk accepts passwords from apps only when its administrator switches on “Allow API password access” (Admin Center → Apps and integrations → APIs → API configuration). HelpClient never signs in with an API token: a token belongs to the whole company account and can act as anyone.</source>
        <translation>Zendesk n&apos;accepte les mots de passe provenant d&apos;applications que si son administrateur active «&#xa0;Allow API password access&#xa0;» (Admin Center → Apps and integrations → APIs → API configuration). HelpClient ne se connecte jamais avec un jeton d&apos;API&#xa0;: un jeton appartient à tout le compte de l&apos;entreprise et peut agir au nom de n&apos;importe qui.</translation>
    </message>
    <message>
        <source>Zendesk did not accept this e-mail address and password. Check them and try again; if they work on the help center&apos;s web page, API password access may be switched off — ask your IT department.</source>
        <translation>Zendesk n&apos;a pas accepté cette adresse e-mail et ce mot de passe. Vérifiez-les et réessayez&#xa0;; s&apos;ils fonctionnent sur le site du centre d&apos;aide, l&apos;accès par mot de passe à l&apos;API est peut-être désactivé — adressez-vous à votre service informatique.</translation>
    </message>
    <message>
        <source>HelpClient does not sign in with a Zendesk API token (an address ending in “/token”) or an administrator&apos;s account: either can act for every user of your company&apos;s Zendesk, and it would be kept on this computer. Sign in with your own e-mail address and password.</source>
        <translation>HelpClient ne se connecte ni avec un jeton d&apos;API Zendesk (une adresse se terminant par «&#xa0;/token&#xa0;») ni avec un compte d&apos;administrateur&#xa0;: l&apos;un comme l&apos;autre peut agir au nom de tous les utilisateurs du Zendesk de votre entreprise, et serait conservé sur cet ordinateur. Connectez-vous avec votre propre adresse e-mail et votre mot de passe.</translation>
    </message>
</context>
<context>
    <name>_Waiting</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n signalement</numerusform>
            <numerusform>%n signalements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
</context>
</TS>
