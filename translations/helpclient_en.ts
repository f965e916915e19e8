<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CheckSummary</name>
    <message numerus="yes">
        <source>%n finding(s) need your attention.</source>
        <translation>
            <numerusform>%n finding needs your attention.</numerusform>
            <numerusform>%n findings need your attention.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnowledgeBaseWindow</name>
    <message numerus="yes">
        <source>%n article(s) found</source>
        <translation>
            <numerusform>%n article found</numerusform>
            <numerusform>%n articles found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProblemWatchers</name>
    <message numerus="yes">
        <source>%n known problem(s)</source>
        <translation>
            <numerusform>%n known problem</numerusform>
            <numerusform>%n known problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Known &amp;problems (%n)…</source>
        <translation>
            <numerusform>Known &amp;problems (%n)…</numerusform>
            <numerusform>Known &amp;problems (%n)…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message numerus="yes">
        <source>%n request(s) with news</source>
        <translation>
            <numerusform>%n request with news</numerusform>
            <numerusform>%n requests with news</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Support is waiting for your answer on %n request(s)</source>
        <translation>
            <numerusform>Support is waiting for your answer on %n request</numerusform>
            <numerusform>Support is waiting for your answer on %n requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_Waiting</name>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reply(ies)</source>
        <translation>
            <numerusform>%n reply</numerusform>
            <numerusform>%n replies</numerusform>
        </translation>
    </message>
</context>
</TS>
