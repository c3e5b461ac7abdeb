<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB">
<context>
    <name>FaultBanner</name>
    <message numerus="yes">
        <source>%n capture(s) waiting for the database: another program is writing to it. They are saved, in order, as soon as it is free.</source>
        <translation><numerusform>%n capture waiting for the database: another program is writing to it. It is saved as soon as it is free.</numerusform><numerusform>%n captures waiting for the database: another program is writing to it. They are saved, in order, as soon as it is free.</numerusform></translation>
    </message>
    </context>
<context>
    <name>ItemsModel</name>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation><numerusform>%n vote</numerusform><numerusform>%n votes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>answers %n barrier(s)</source>
        <translation><numerusform>answers %n barrier</numerusform><numerusform>answers %n barriers</numerusform></translation>
    </message>
    </context>
<context>
    <name>FinishPage</name>
    <message numerus="yes">
        <source>(%n vote(s))</source>
        <translation><numerusform>(%n vote)</numerusform><numerusform>(%n votes)</numerusform></translation>
    </message>
    </context>
<context>
    <name>SetupPage</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participant(s)</source>
        <translation><numerusform>Paste %n participant</numerusform><numerusform>Paste %n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n participant(s).</source>
        <translation><numerusform>Added %n participant.</numerusform><numerusform>Added %n participants.</numerusform></translation>
    </message>
    </context>
<context>
    <name>BarrierGridModel</name>
    <message numerus="yes">
        <source>in %1 of %n session(s)</source>
        <translation><numerusform>in %1 of %n session</numerusform><numerusform>in %1 of %n sessions</numerusform></translation>
    </message>
    </context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation><numerusform>%n session</numerusform><numerusform>%n sessions</numerusform></translation>
    </message>
    </context>
<context>
    <name>RefusedPreview</name>
    <message numerus="yes">
        <source>%1 was not imported and nothing changed: %n cell(s) need correcting first.</source>
        <translation><numerusform>%1 was not imported and nothing changed: %n cell needs correcting first.</numerusform><numerusform>%1 was not imported and nothing changed: %n cells need correcting first.</numerusform></translation>
    </message>
    </context>
<context>
    <name>ReportActions</name>
    <message numerus="yes">
        <source>Updated %n idea(s) and action(s) from %1.</source>
        <translation><numerusform>Updated %n idea or action from %1.</numerusform><numerusform>Updated %n ideas and actions from %1.</numerusform></translation>
    </message>
    </context>
<context>
    <name>StatusPreview</name>
    <message numerus="yes">
        <source>%1 brings changes to %n idea(s) and action(s). Nothing is written until you apply them; Ctrl+Z takes them all back.</source>
        <translation><numerusform>%1 brings changes to %n idea or action. Nothing is written until you apply them; Ctrl+Z takes them all back.</numerusform><numerusform>%1 brings changes to %n ideas and actions. Nothing is written until you apply them; Ctrl+Z takes them all back.</numerusform></translation>
    </message>
    </context>
<context>
    <name>ThemesView</name>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation><numerusform>%n statement</numerusform><numerusform>%n statements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>in %n session(s)</source>
        <translation><numerusform>in %n session</numerusform><numerusform>in %n sessions</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation><numerusform>%n suggestion</numerusform><numerusform>%n suggestions</numerusform></translation>
    </message>
    </context>
</TS>