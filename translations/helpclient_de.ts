<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help from your IT support: report a problem, follow your requests, and find answers in the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provided by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;logs folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these details, to paste them for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set up yet (open Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;heck my computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other ways to get help…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let support &amp;connect to my computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;top remote assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsEditor</name>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step (Insert or Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected step (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step up (Alt+Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected step down (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>What did you do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List what you did before the problem appeared, in order, one step per line. Support will try the same steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter opens the next line • Insert adds a step • Delete removes it • Alt+Up / Alt+Down change the order</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnouncementCard</name>
    <message>
        <source>Affects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected to be fixed by %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnnouncementDetails</name>
    <message>
        <source>Known problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>HelpClient closed unexpectedly last time. Requests you had already sent are safe with support. The technical details are saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient cannot keep reports on this computer: %1 Reports will be sent directly, and only while the helpdesk can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArticleDialog</name>
    <message>
        <source>This &amp;solved my problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not what I need</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachmentsButton</name>
    <message>
        <source>Files in this conversation: choose one to save it in your downloads folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChannelsDialog</name>
    <message>
        <source>Other ways to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also reach %1 support this way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also reach support this way:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the e-mail starts with your report, so it works even when HelpClient cannot reach the helpdesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[The report is longer than an e-mail link can carry; the rest was left out.]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Self-service portal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckPanel</name>
    <message>
        <source>Quick checks: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckSummary</name>
    <message>
        <source>Checking your computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need your attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing wrong found, but some checks could not tell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything checked looks fine.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckView</name>
    <message>
        <source>Working on it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That did not work: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done. Check again to see whether it helped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckWindow</name>
    <message>
        <source>Check my computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient checked the things that most often stop a computer from working. A finding says what it saw, links the article that fixes it, and offers a safe fix where there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Open network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open disk clean-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart the print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No network connection: no network adapter is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected ({interfaces}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to a network ({interfaces}), but it has no way out (no default gateway).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected ({interfaces}), default gateway {gateway}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wi-Fi network connection not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to look up: the servers are given by their addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These names cannot be found (DNS): {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names are found ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name lookup (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet does not work Wi-Fi network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk ({host}) answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk&apos;s address ({url}) is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk ({host}) cannot be found: its name does not resolve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk ({host}) answers, but its secure connection is not trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk ({host}) does not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN does not connect company network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No company service answers ({hosts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some company services do not answer: {hosts}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company services answer ({hosts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system proxy is switched on, but no proxy server is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy setting {name} is not a valid address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy settings {first} and {second} disagree, so programs may connect differently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No proxy is set: connections go directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy settings agree ({proxy}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proxy settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proxy settings web pages do not open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The VPN is connected ({names}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The company VPN is not connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VPN does not connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printers are set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print jobs are moving (none has waited 10 min).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No print jobs are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A print job has been waiting on {queue} for {minutes} min.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>printer does not print documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check in time (within {seconds} s).</source>
        <extracomment>Every check has concluded (or been given up) this many seconds after the start.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of your home folder is almost full: {free} GB free of {total} GB ({percent} %).</source>
        <extracomment>below either, a volume is a problem; below LOW_SHARE it needs attention a quota this full needs attention; FULL_QUOTA is a problem memory: available below these shares of the total a process holding this share of the whole processor is &quot;most of it&quot; … … and for minutes when it is this old and its processor time could cover that span the processor sample&apos;s length (the rest of the check&apos;s time is for the OS to answer)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system disk is almost full: {free} GB free of {total} GB ({percent} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of your home folder is getting full: {free} GB free of {total} GB ({percent} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system disk is getting full: {free} GB free of {total} GB ({percent} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{free} GB free of {total} GB on the system disk ({percent} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your storage quota is used up: {used} GB of {limit} GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your storage quota is almost used up: {used} GB of {limit} GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free disk space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disk is full free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory is almost exhausted: {available} GB free of {total} GB; programs slow down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory is running low: {available} GB free of {total} GB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{available} GB of {total} GB memory free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computer is slow memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is holding the processor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has been using most of the processor ({percent} %) for minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program is holding the processor (the busiest, {name}, uses {percent} %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>computer is slow programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min ahead of the helpdesk&apos;s; sign-ins and secure connections may fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {minutes} min behind the helpdesk&apos;s; sign-ins and secure connections may fail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock agrees with the helpdesk&apos;s (within {seconds} s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk did not tell its time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clock shows the wrong time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This system does not tell whether a restart is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updates are waiting for a restart to finish installing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No restart is pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending restart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restart to finish installing updates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The version {version} of {program} cannot be compared with {current}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} {version} is older than the version IT supports ({current}); updating it may fix the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} {version} is current (IT lists {current}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>update a program to the current version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fine: {checks}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Remote assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let support connect to your computer?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient will open %1, the remote-assistance service your support team uses, in your web browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient will start %1, the remote-assistance program your support team uses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once you let them in, the person from support sees your screen and may use your mouse and keyboard, to work on the problem with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You stay in control: you see everything they do, and you can end the session at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;To stop:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to add the note to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note that you agreed will be added to your request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient asks every time. Nothing starts unless you agree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No request: do not add a note</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPage</name>
    <message>
        <source>How urgent, and how to reach you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support uses this to decide what comes first and to answer you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;urgent is it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional, e.g. +1 555 0100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check that your contact details are correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Conversation</name>
    <message>
        <source>Attachment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You changed the status to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the status to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReport</name>
    <message>
        <source>{program} closed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} closed unexpectedly on {date} at {time} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{program} closed unexpectedly on {date} at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version: {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Program file: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command line: {command}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the crash record says:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Something went wrong inside HelpClient. Your work has been kept. The details were written to the log:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSize</name>
    <message>
        <source>%1 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliveryNotices</name>
    <message>
        <source>You can also reach support another way: Other ways to get help, in HelpClient&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report that was waiting has reached support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to send your report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk did not accept your sign-in. Your report is kept: sign in again in Settings and it will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your report was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The report is kept: open the reports waiting to be sent from HelpClient&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to send your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply to request #%1 is kept: sign in again in Settings and it will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply to request #%1 was not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 The reply is kept: open the reports waiting to be sent from HelpClient&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in &amp;browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail starts with this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1 sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Support has received your request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can follow your request, see support&apos;s answers and reply to them in My requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open it in My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your report is saved and will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient could not reach the helpdesk right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is lost: the report waits on this computer and is sent by itself when the connection is back, even after a restart. The tray menu shows reports waiting to be sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your report is saved but not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk needs something from you first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report waits on this computer. Open the reports waiting to be sent from HelpClient&apos;s menu to send it again, or save it to a file for IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Drafts</name>
    <message>
        <source>Draft not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue your report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no summary yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You started a problem report that was not sent: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DuplicateHint</name>
    <message>
        <source>This looks like your open request #%1 “%2”. Add what you know now to it, so support sees it in one place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this to request #%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorPage</name>
    <message>
        <source>What did you see?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the exact words of the error message: support searches for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the message here (Ctrl+V). In most message windows, Ctrl+C copies the whole message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xact error message:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no error &amp;message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When did it &amp;start?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The helpdesk did not accept your access token. It may be mistyped, expired or revoked. Sign in again in Settings with a valid token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so HelpClient did not send anything. Check the server address; if it is right, ask IT to install the company&apos;s certificate authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server name could not be found. Check the server address for typos, and check that you are connected to the network (or VPN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk is busy and asked HelpClient to wait. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk server was reached but did not answer in time. It may be busy. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk server is not answering. It may be down, or your network may be disconnected. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something answered at this address, but it is not the expected helpdesk. Check the server address and the helpdesk type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk does not allow your account to do this. Ask IT support to check your permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk could not find this item. It may have been deleted or moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient is not connected to a helpdesk yet. Open Settings to set it up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk sent an answer HelpClient could not read. Try again in a few minutes; if this keeps happening, tell IT support: the helpdesk, or something between it and you, is sending wrong data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk had a temporary problem. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk refused this action. It said: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FreshserviceSignIn</name>
    <message>
        <source>The address is your company&apos;s Freshservice address, like https://yourcompany.freshservice.com (its API answers there, not at a custom domain).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your API key is in Freshservice&apos;s support portal: click your profile picture (top right) → Profile settings; the key is shown below “Change password”. Copy it and paste it here with the e-mail address you sign in to Freshservice with. HelpClient keeps the key in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key in your profile settings? Freshservice&apos;s administrator may have switched API access off for requesters; ask IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freshservice did not accept this API key. Copy it again from Profile settings in the support portal; if it was reset, the old key no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlpiSignIn</name>
    <message>
        <source>The address is GLPI&apos;s web address; its API address ending in /apirest.php works too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In GLPI: your name (top right) → My settings → Remote access keys → API token; tick Regenerate and save if it is empty, then copy it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the login and password of GLPI&apos;s web page. This works only if GLPI&apos;s administrator enabled login with credentials for the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLPI&apos;s administrator must enable, in Setup → General → API: “Enable Rest API”, “Enable login with credentials”, and an API client that allows employees&apos; addresses (the default client allows only the server itself). If GLPI asks for an application token, IT sets it by policy — you never type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLPI&apos;s administrator must enable, in Setup → General → API: “Enable Rest API”, “Enable login with external token”, and an API client that allows employees&apos; addresses (the default client allows only the server itself). If GLPI asks for an application token, IT sets it by policy — you never type it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLPI did not accept this login and password. Check them; if they work on GLPI&apos;s web page, login with credentials may be disabled for the API — sign in with your personal API token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GLPI did not accept this API token. Copy it again from My settings → Remote access keys; if you regenerated it, the old one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpClientApp</name>
    <message>
        <source>The language has changed. The window you are working in keeps its language until you close it; nothing in it is lost.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpdeskBox</name>
    <message>
        <source>Helpdesk server</source>
        <extracomment>(the entered server) → what answers there (the connector&apos;s probe; blocking)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the project&apos;s identifier, e.g. it-help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: the project&apos;s first tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PEM file of your company&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk &amp;type:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;racker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test co&amp;nnection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token comes from the HELPCLIENT_TOKEN environment variable and is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring was found on this system, so what you sign in with is kept only until HelpClient quits; you will be asked again at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you sign in with is kept in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in to this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, with a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, with an API key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the identifier of the project your requests go to (IT support knows it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in first: HelpClient has nothing to sign in to this server with yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeWindow</name>
    <message>
        <source>&lt;h2&gt;How can we help?&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your desktop has no system tray (on GNOME, the AppIndicator extension adds one), so HelpClient opens this window instead. Closing it keeps HelpClient running until you choose Quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseWindow</name>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the knowledge base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an article to read it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently viewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No articles match. Try other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This article is no longer in the knowledge base.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnowledgeSettings</name>
    <message>
        <source>Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search HelpClient&apos;s &amp;starter articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Article &amp;folders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (.md) and HTML files in these folders are searched too; changes are picked up within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often the helpdesk&apos;s articles are copied to this computer, so they can be searched offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy helpdesk articles e&amp;very:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder of articles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The article folder “%1” does not exist or cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownProblemPanel</name>
    <message>
        <source>We already know about this problem</source>
        <extracomment>Wait this long after a keystroke before matching. Announcements shown at most: the best ones; more would push the form away.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT is working on it, and you will be told when it is fixed — no need to report it. If your problem is a different one, or you have something to add, go on with your report.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KnownProblemsWindow</name>
    <message>
        <source>Known problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT already knows about these problems and is working on them. You will be told when each is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no known problems right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your problem is a different one, or you have something to add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationSettings</name>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me when support replies or a request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 22:00-07:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications during these hours each day; the tray still counts the requests with news.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours look like 22:00-07:00 (from-to, 24-hour clock).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Notify</name>
    <message>
        <source>{count} requests have news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open My requests to see what support did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support is waiting for your answer on request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{excerpt}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support replied to request #{id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #{id} is solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}
If the problem is still there, you can reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #{id} changed status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{subject}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>Waiting for the connection — next try at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you to sign in again (Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by the helpdesk — see the reason below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxWindow</name>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to &amp;ZIP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other ways to reach support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail starts with this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop upload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: %1. They are kept on this computer until the helpdesk has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading: %1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report to a ZIP file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ZIP files (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ZIP file could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Hand this file to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your reply to request #%1 without sending it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the report “%1” without sending it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OversizeBox</name>
    <message>
        <source>&amp;Compress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is %2 MB; your helpdesk accepts files up to %3 MB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Even compressed it is too large. Leave it out and give it to IT another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compress it into a ZIP file, or leave it out of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressed, “%1” is still %2 MB; your helpdesk accepts files up to %3 MB. Leave it out and give it to IT another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” could not be compressed (%2). It is still attached; try again or leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemPage</name>
    <message>
        <source>What is wrong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in one line what does not work, then choose what it is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: Outlook says “Disconnected” since this morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem in one &amp;line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it &amp;about?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemWatchers</name>
    <message>
        <source>Known problem: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT is working on it. You will be told when it is fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n known problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Fixed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IT says this problem is fixed. If it still happens to you, report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed unexpectedly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report this problem: the details are filled in for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Known &amp;problems (%n)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Report the crash of %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QueuedReply</name>
    <message>
        <source>HelpClient sends it after you sign in again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk refused it: %1 Open “Waiting to be sent” in HelpClient&apos;s menu to send it again or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient sends it by itself as soon as the helpdesk can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingBar</name>
    <message>
        <source>Rate the article — was it helpful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ot helpful</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>How did we do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you happy with how support solved this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment for support (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RedmineSignIn</name>
    <message>
        <source>The address is Redmine&apos;s web address: its home page, not a project&apos;s or an issue&apos;s page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API access key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Redmine: My account (top right) → API access key → Show. Copy the key and paste it here. HelpClient keeps it in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API access key on My account? Redmine&apos;s administrator must enable Administration → Settings → API → “Enable REST web service”. Your role in the requests&apos; project needs “Add issues”, “View issues” (your own), “Add notes”, and “Edit own issues” for closing your requests. IT sets the project and tracker in HelpClient&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redmine did not accept this API key. Copy it again from My account → API access key → Show; if it was reset, the old key no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteAssist</name>
    <message>
        <source>Remote assistance: I agreed to let support connect to my computer with {tool}. HelpClient opened it in my browser at {time}.</source>
        <extracomment>The placeholders IT may use, each filled from :class:`Facts`.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote assistance: I agreed to let support connect to my computer with {tool}. HelpClient started it at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteConsent</name>
    <message>
        <source>End the session on the %1 page, or close that browser tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close %1, or end the session in its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient&apos;s menu also offers “Stop remote assistance” while %1 runs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteNotices</name>
    <message>
        <source>Remote assistance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stop: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in your web browser. Support can connect once you follow the steps on that page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is starting. Support can connect once you follow the steps in its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already running: support can connect with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was shared with support. Ask support to help you another way, and tell them this message so IT can fix the remote-assistance tool on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support&apos;s phone: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote assistance started, but the note about it could not be added to request #%1: %2 Tell support about the session yourself, in the request or by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote-assistance tool</source>
        <extracomment>``send_note(ticket_id, text)``: True when the request has it, False when it waits to be sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The remote-assistance tool is not available on this computer any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient could not open your web browser. Open this address in it yourself: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be started (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped right after it started (exit code %2), so support cannot connect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemoteOffer</name>
    <message>
        <source>Let support connect to my computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the remote-assistance tool your support team uses (HelpClient asks you first)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReopenDialog</name>
    <message>
        <source>Reopen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell support what is still wrong, so they can pick it up again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the printer stopped again this morning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for reopening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please describe why the request should be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyFiles</name>
    <message>
        <source>Attach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a picture of your screen or of one window (HelpClient&apos;s windows step aside), crop it or black out what support should not see, and attach it to the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files to your reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>A program or app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer or device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network, Wi-Fi or VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account, password or access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing or scanning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail or calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last few days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than a week ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It never worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can wait — I have a workaround</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It slows down my work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I cannot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Several people cannot work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the problem in one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {n} characters to describe the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the summary under {n} characters; put details in the next steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what the problem is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one thing you did, one step per line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step {i} is too long: keep each step under {n} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the exact error message, or tick “There was no error message”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error text is longer than {n} characters; paste only the most important lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose when the problem started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the program that has the problem, or tick “Not about a specific program”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how urgent the problem is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your e-mail address so support can answer you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” is not a valid e-mail address (example: name@company.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick “I agree” to send the checked information, or uncheck every item to send none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{value}” does not look like a phone number: use digits, spaces and an optional leading +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I did</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There was no error message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Software affected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not about a specific program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency and contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} items about this computer, reviewed by me, attached as a ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Articles already tried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick checks of this computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Discard this report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you entered will be lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glad that solved it!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was sent to support. If the problem comes back, choose Report a problem from HelpClient&apos;s icon in the system tray (or its window) at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;to review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestTrackerSignIn</name>
    <message>
        <source>In Request Tracker, open Logged in as → Settings → Auth Tokens, create a token and paste it here. If that menu is missing, IT support creates the token for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request Tracker lets only privileged users create their own tokens: for everyone else an administrator creates them (see HelpClient&apos;s README, “Using it with your own Request Tracker”).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestsWindow</name>
    <message>
        <source>My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no requests yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you report a problem, you can follow it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by subject or number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refreshing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the helpdesk for news (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>← My requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not up to date: as of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultRowWidget</name>
    <message>
        <source>How to fix it: %1</source>
        <extracomment>rows in this order: what needs the user first</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Review and send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is exactly what support will receive. Use Edit to change a part, then press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ways to reach support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also for when sending does not work: the e-mail starts with this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was not sent. %1

Nothing was lost: your report is still here. Press Send to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScopeBar</name>
    <message>
        <source>Show requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for me (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotBar</name>
    <message>
        <source>Add a &amp;screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient hides its own windows while it takes the picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotEditor</name>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag over the picture to crop it or to black out what support should not see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Crop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Black out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotTaker</name>
    <message>
        <source>&amp;Whole desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System &amp;information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings shown greyed out are set by %1 for this computer and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings shown greyed out are set by your organisation for this computer and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show HelpClient in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write requests in:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsGroup</name>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 how you may sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My login and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My e-mail address and API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the access token you created in %1 (or that IT support gave you). HelpClient keeps it in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the login and password of %1&apos;s web page. HelpClient keeps them in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the e-mail address of your %1 account and your personal API key. HelpClient keeps the key in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not accept this way of signing in now. Ask the helpdesk&apos;s administrator, or choose another way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk did not accept this login and password. Check them and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (switched off on this server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers at this address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the fields above first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your access token first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SoftwarePage</name>
    <message>
        <source>Which program?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the program that has the problem, and its version if you know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Example: Microsoft Outlook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you know it: usually under Help › About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ot about a specific program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start typing: programs installed on this computer are suggested</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support has received the request and will look at it soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support is working on the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs an answer from you to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is paused, for example while support waits for a delivery or another team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The problem is solved. If it comes back, reopen the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SuggestionPanel</name>
    <message>
        <source>These articles may solve it right away:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SysinfoPage</name>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support needs some facts about your computer. Check what may be attached to your report; nothing is sent until you press Send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact text that will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide my user name, computer name, folders, e-mail and IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;agree to send the checked information with my report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System information is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting information about this computer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not collect system information: %1. Your report can be sent without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see exactly what will be sent. Highlighted marks show where secrets were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… The preview shows the first %1 of %2; the whole file is sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not collected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, %2, will be attached as a ZIP file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out because of the size limit: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No system information will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SysinfoSettings</name>
    <message>
        <source>System information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Offer to attach system information to new reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;nonymise it: hide my user name, computer name, folders, e-mail and IP addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You see every item before a report is sent and can leave any of them out. Passwords and tokens are always removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>left out by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>left out: the bundle would exceed {cap} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System information for support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name, computer name, home folders, e-mail and IP addresses were replaced by [REDACTED:…] marks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(summary unavailable: {error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many problems depend on the exact system version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer model and name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifies your computer in the IT inventory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account problems depend on who is signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime and last start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some problems go away with a restart; this tells support when the last one was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processor and load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows whether the computer is overloaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little free memory slows everything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disks and free space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A full disk causes many strange errors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power saving can slow down or disconnect a laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display problems depend on resolution and scaling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses, DNS, gateway, proxy and VPN explain most connection problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows whether the helpdesk and company services can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed software</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support checks which programs and versions are installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busiest programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows which programs use the most processor time and memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent system errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors the system logged in the last 24 hours often name the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printer names and stuck print jobs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language, time zone and clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong time or language settings break sign-ins and documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient version and settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lets support check how HelpClient itself is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HelpClient log (last lines)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows what HelpClient did just before the problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS: {name} (kernel {kernel}, {arch})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uptime: {hours} h (since {boot})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU: {model}; logical cores: {cores}; load: {load}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory: {free} MB free of {total} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk {mount}: {free} GB free of {size} GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk {mount}: {free} GB free of {size} GB — LOW SPACE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network: interfaces up: {up}; gateway: {gateway}; DNS: {dns}; VPN: {vpn}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach {url}: OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reach {url}: FAILED ({error})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed packages: {count}; sources: {sources}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketHeader</name>
    <message>
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this request on the helpdesk&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 · Last update %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is news you have not seen yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support is waiting for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1
Created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your answer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Saving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your rating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your rating.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your reply…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your reply… %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirming the solution…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking the request as solved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopening the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the conversation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support is waiting for your answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a reply to support…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My problem is solved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the help…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is solved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the problem came back, reopen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the problem came back, report it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Time</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Waiting to be sent: %1 — will send when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) with news</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Support is waiting for your answer on %n request(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Welcome to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1 is ready to help&lt;/h3&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When something on your computer does not work, click this icon in the system tray (the row of small icons by the clock). From its menu you can report a problem, follow your requests and search the knowledge base. %1 keeps running there; you do not need to start it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report a problem now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Got it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZammadSignIn</name>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Zammad, click your avatar and open Profile → Token Access. Create a token with the permission “ticket.customer”, copy it (Zammad shows it only once) and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the login (often your e-mail address) and password you sign in to Zammad&apos;s web page with. An access token is safer: you can revoke it without changing your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zammad accepts passwords from apps only when its administrator switches on “API password access” (Settings → System → API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Token Access in your profile? Zammad&apos;s administrator must give the Customer role the permission “user_preferences.access_token” (Manage → Roles → Customer) and keep “API token access” switched on (Settings → System → API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Zammad accepts neither access tokens nor passwords from apps. Ask its administrator to switch on “API token access” (Settings → System → API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zammad did not accept this login and password. Check them and try again; if they work on Zammad&apos;s web page, “API password access” may be switched off — sign in with an access token instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zammad did not accept this access token. Copy it again from Profile → Token Access; it may have expired or been deleted, or token access is switched off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>_Waiting</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
