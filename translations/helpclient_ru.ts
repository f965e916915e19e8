<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Report a problem…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
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
    <name>App</name>
    <message>
        <source>HelpClient closed unexpectedly last time. Nothing you had sent was lost. The technical details are saved in %1.</source>
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
        <source>%1 changed the status to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status changed to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
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
    <name>CrashReporter</name>
    <message>
        <source>HelpClient error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside HelpClient. Your work has been kept. The details were written to the log:
%1</source>
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
</context>
<context>
    <name>ErrorBanner</name>
    <message>
        <source>Try again</source>
        <extracomment>Text colour for inline error messages; dark enough on light themes, light enough on dark.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
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
        <source>The helpdesk had a temporary problem. Try again in a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The helpdesk refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpClientApp</name>
    <message>
        <source>Report a problem — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My requests — %1</source>
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
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <source>Add at least one thing you did before or after the problem appeared.</source>
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
        <source>The error text is longer than {n} characters; attach it as a file instead.</source>
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
</context>
<context>
    <name>ReportWizard</name>
    <message>
        <source>Report a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back &amp;to review</source>
        <translation type="unfinished"></translation>
    </message>
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
</context>
<context>
    <name>RequestsWindow</name>
    <message>
        <source>My requests</source>
        <extracomment>The user asked to report a new problem (the app opens the report wizard). A refresh finished successfully and the list shows its result.</extracomment>
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
        <source>Report a problem…</source>
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
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request was not sent. %1

Nothing was lost: your report is still here. Press Send to try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>HelpClient settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helpdesk server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: PEM file of your company&apos;s CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paste the access token from your helpdesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a token is stored; type a new one to replace it</source>
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
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra &amp;CA file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token comes from the HELPCLIENT_TOKEN environment variable and is not stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring was found on this system, so the token is kept only until HelpClient quits; you will be asked for it at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in your system keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by your organisation&apos;s policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server address, starting with https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your access token. You get it from your helpdesk&apos;s web page or from IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA file does not exist: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected as %1.</source>
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
        <source>%1 (%2)</source>
        <extracomment>Item data role under which list models give the ``TicketStatus`` to ``StatusBadgeDelegate``.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketListModel</name>
    <message>
        <source>Status</source>
        <extracomment>Role giving the row&apos;s ``Ticket`` object. Role giving a value that sorts naturally (numbers as numbers, dates as timestamps).</extracomment>
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
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1
Created %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>Loading…</source>
        <extracomment>The ticket changed on the helpdesk because of an action here (reply, solve, reopen); the id is passed so a list can refresh. The ticket and its conversation have been (re)loaded and shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending your reply…</source>
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
        <source>Open in browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this request on the helpdesk&apos;s website</source>
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
        <source>Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send the reply (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>helpdesk status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened %1 · Last update %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request #%1</source>
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
</context>
<context>
    <name>Time</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
