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
</TS>