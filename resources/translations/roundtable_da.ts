<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK">
<context>
    <name>App</name>
    <message>
        <source>Captures kept for later</source>
        <translation>Registreringer gemt til senere</translation>
    </message>
    <message>
        <source>Another program was still writing to the database, so the last captures could not be saved in it. They are kept in %s and saved when Roundtable starts again.</source>
        <translation>Et andet program skrev stadig i databasen, så de sidste registreringer kunne ikke gemmes i den. De er gemt i %s og kommer i databasen, når Roundtable starter igen.</translation>
    </message>
    <message>
        <source>Roundtable cannot open its data</source>
        <translation>Roundtable kan ikke åbne sine data</translation>
    </message>
    <message>
        <source>Roundtable is already running</source>
        <translation>Roundtable kører allerede</translation>
    </message>
    <message>
        <source>Roundtable is already open with the data folder %s. Switch to that window; two windows on one folder could overwrite each other&apos;s work.</source>
        <translation>Roundtable er allerede åben med datamappen %s. Skift til det vindue; to vinduer på samme mappe kunne overskrive hinandens arbejde.</translation>
    </message>
    <message>
        <source>Choose a backup to restore now?</source>
        <translation>Vil du vælge en sikkerhedskopi at gendanne nu?</translation>
    </message>
    <message>
        <source>Changes are not being saved: %s</source>
        <translation>Ændringer bliver ikke gemt: %s</translation>
    </message>
    <message>
        <source>Read only: %s</source>
        <translation>Kun læsning: %s</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen er beskadiget</translation>
    </message>
    <message>
        <source>%s

Roundtable will not change it: you can read and export sessions, but new changes are refused until it is restored.</source>
        <translation>%s

Roundtable ændrer den ikke: du kan læse og eksportere sessioner, men nye ændringer afvises, indtil den er gendannet.</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Read only: the database is damaged.</source>
        <translation>Skrivebeskyttet: databasen er beskadiget.</translation>
    </message>
    <message>
        <source>The automatic backup failed: %s</source>
        <translation>Den automatiske sikkerhedskopi mislykkedes: %s</translation>
    </message>
</context>
<context>
    <name>BarrierGridModel</name>
    <message>
        <source>Recurs</source>
        <translation>Går igen</translation>
    </message>
    <message numerus="yes">
        <source>in %1 of %n session(s)</source>
        <translation>
            <numerusform>i %1 af %n session</numerusform>
            <numerusform>i %1 af %n sessioner</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BarriersView</name>
    <message>
        <source>Barriers that no idea answers yet</source>
        <translation>Barrierer, som ingen idé imødegår endnu</translation>
    </message>
    <message>
        <source>Not answered by any idea yet (%d)</source>
        <translation>Ingen idé imødegår dem endnu (%d)</translation>
    </message>
    <message>
        <source>No barriers were captured.</source>
        <translation>Der er ikke noteret nogen barrierer.</translation>
    </message>
    <message>
        <source>Answered (%d)</source>
        <translation>Besvaret (%d)</translation>
    </message>
    <message>
        <source>Answered by: %s</source>
        <translation>Besvaret af: %s</translation>
    </message>
</context>
<context>
    <name>BuildsOnLabel</name>
    <message>
        <source>Builds on</source>
        <translation>Bygger videre på</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Fjern henvisningen</translation>
    </message>
    <message>
        <source>Builds on: %1</source>
        <translation>Bygger videre på: %1</translation>
    </message>
    <message>
        <source>Builds on an item that is not in this library</source>
        <translation>Bygger videre på et punkt, der ikke er i dette bibliotek</translation>
    </message>
    <message>
        <source>Built on by: %1</source>
        <translation>Videreført af: %1</translation>
    </message>
    <message>
        <source>Remove builds-on link</source>
        <translation>Fjern henvisningen til det tidligere punkt</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Capture</source>
        <translation>Notér</translation>
    </message>
    <message>
        <source>Who (Ctrl+D)</source>
        <translation>Hvem (Ctrl+D)</translation>
    </message>
    <message>
        <source>Who said it</source>
        <translation>Hvem sagde det</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Category (Ctrl+G)</source>
        <translation>Kategori (Ctrl+G)</translation>
    </message>
    <message>
        <source>%s: type and press Enter</source>
        <translation>%s: skriv og tryk Enter</translation>
    </message>
</context>
<context>
    <name>CompletedNote</name>
    <message>
        <source>The session is completed: what was recorded is kept as it is. Reopen it to capture or change more.</source>
        <translation>Sessionen er afsluttet: det registrerede bevares, som det er. Genåbn den for at notere eller ændre mere.</translation>
    </message>
    <message>
        <source>&amp;Reopen session</source>
        <translation>&amp;Genåbn sessionen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Type a date: 12.12.2026, 12/12, +14d, fri, tomorrow</source>
        <translation>Skriv en dato: 12.12.2026, 12/12, +14d, fre, i morgen</translation>
    </message>
    <message>
        <source>Pick a date in a calendar</source>
        <translation>Vælg en dato i en kalender</translation>
    </message>
    <message>
        <source>“%s” is not a date: type e.g. 12.12.2026, 12/12, +14d or fri</source>
        <translation>»%s« er ikke en dato: skriv fx 12.12.2026, 12/12, +14d eller fre</translation>
    </message>
</context>
<context>
    <name>FaultBanner</name>
    <message numerus="yes">
        <source>%n capture(s) waiting for the database: another program is writing to it. They are saved, in order, as soon as it is free.</source>
        <translation>
            <numerusform>%n registrering venter på databasen: et andet program skriver i den. Den gemmes, så snart databasen er fri.</numerusform>
            <numerusform>%n registreringer venter på databasen: et andet program skriver i den. De gemmes i rækkefølge, så snart databasen er fri.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FinishPage</name>
    <message>
        <source>The facilitator&apos;s summary</source>
        <translation>Facilitatorens opsummering</translation>
    </message>
    <message>
        <source>What the table found, agreed and will do next…</source>
        <translation>Hvad bordet fandt, blev enige om og gør nu…</translation>
    </message>
    <message>
        <source>Recap</source>
        <translation>Opsamling</translation>
    </message>
    <message>
        <source>Export the minutes…</source>
        <translation>Eksportér referatet…</translation>
    </message>
    <message>
        <source>Export the session file…</source>
        <translation>Eksportér sessionsfilen…</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Opsummering</translation>
    </message>
    <message numerus="yes">
        <source>(%n vote(s))</source>
        <translation>
            <numerusform>(%n stemme)</numerusform>
            <numerusform>(%n stemmer)</numerusform>
        </translation>
    </message>
    <message>
        <source>no owner yet</source>
        <translation>ingen ansvarlig endnu</translation>
    </message>
    <message>
        <source>due %s</source>
        <translation>frist %s</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
    <message>
        <source>Top ideas</source>
        <translation>De stærkeste idéer</translation>
    </message>
    <message>
        <source>No ideas captured.</source>
        <translation>Ingen idéer noteret.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>No actions captured.</source>
        <translation>Ingen handlinger noteret.</translation>
    </message>
    <message>
        <source>Barriers that no idea answers</source>
        <translation>Barrierer, som ingen idé imødegår</translation>
    </message>
    <message>
        <source>Every barrier has an idea that answers it.</source>
        <translation>Alle barrierer har en idé, der imødegår dem.</translation>
    </message>
</context>
<context>
    <name>FinishQuestion</name>
    <message>
        <source>The phase “%s” is still open.</source>
        <translation>Fasen »%s« er stadig åben.</translation>
    </message>
    <message>
        <source>%s has the floor.</source>
        <translation>%s har ordet.</translation>
    </message>
    <message>
        <source>Finish the session now? Everything open ends, and the summary opens.</source>
        <translation>Afslut sessionen nu? Alt åbent afsluttes, og opsummeringen åbner.</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Afslut sessionen</translation>
    </message>
</context>
<context>
    <name>FollowUpModel</name>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Idea or action</source>
        <translation>Idé eller handling</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>Skift status</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>Skift ansvarlig</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>Skift frist</translation>
    </message>
    <message>
        <source>Change outcome</source>
        <translation>Skift resultat</translation>
    </message>
</context>
<context>
    <name>HadBeforeLine</name>
    <message>
        <source>Had before in earlier sessions</source>
        <translation>Har været oppe før i tidligere sessioner</translation>
    </message>
    <message>
        <source>%1 in %2: “%3”</source>
        <translation>%1 i %2: »%3«</translation>
    </message>
    <message>
        <source>Builds on: “%1” (%2) — %3 unlinks</source>
        <translation>Bygger videre på: »%1« (%2) — %3 fjerner henvisningen</translation>
    </message>
    <message>
        <source>Had before: %s</source>
        <translation>Har været oppe før: %s</translation>
    </message>
    <message>
        <source>%1: the new item builds on the first</source>
        <translation>%1: det nye punkt bygger videre på det første</translation>
    </message>
</context>
<context>
    <name>IdeaMatrix</name>
    <message>
        <source>Place idea</source>
        <translation>placering af idé</translation>
    </message>
    <message>
        <source>Impact and effort matrix</source>
        <translation>Matrix for effekt og indsats</translation>
    </message>
    <message>
        <source>Tab selects the next idea; the arrow keys move the selected idea: up for more impact, right for more effort.</source>
        <translation>Tab vælger den næste idé; piletasterne flytter den valgte idé: op for mere effekt, højre for mere indsats.</translation>
    </message>
    <message>
        <source>%s — not placed yet, votes %s</source>
        <translation>%s — ikke placeret endnu, stemmer %s</translation>
    </message>
    <message>
        <source>%s — impact %s, effort %s, votes %s</source>
        <translation>%s — effekt %s, indsats %s, stemmer %s</translation>
    </message>
    <message>
        <source>Votes: %s · Impact: %s · Effort: %s</source>
        <translation>Stemmer: %s · Effekt: %s · Indsats: %s</translation>
    </message>
    <message>
        <source>Not placed yet</source>
        <translation>Ikke placeret endnu</translation>
    </message>
    <message>
        <source>Quick wins</source>
        <translation>Lavthængende frugter</translation>
    </message>
    <message>
        <source>Big bets</source>
        <translation>Store satsninger</translation>
    </message>
    <message>
        <source>Fill-ins</source>
        <translation>Småting</translation>
    </message>
    <message>
        <source>Money pits</source>
        <translation>Pengeslugere</translation>
    </message>
    <message>
        <source>Effort →</source>
        <translation>Indsats →</translation>
    </message>
    <message>
        <source>Impact →</source>
        <translation>Effekt →</translation>
    </message>
    <message>
        <source>All ideas are placed.</source>
        <translation>Alle idéer er placeret.</translation>
    </message>
    <message>
        <source>No ideas yet.</source>
        <translation>Ingen idéer endnu.</translation>
    </message>
</context>
<context>
    <name>IdeaShareModel</name>
    <message>
        <source>Builds on: %1 (%2)</source>
        <translation>Bygger videre på: %1 (%2)</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Share of votes</source>
        <translation>Andel af stemmerne</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
</context>
<context>
    <name>ItemDetails</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Change speaker</source>
        <translation>ændring af hvem der sagde det</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>stemme</translation>
    </message>
    <message>
        <source>One vote less</source>
        <translation>Én stemme mindre</translation>
    </message>
    <message>
        <source>One vote more</source>
        <translation>Én stemme mere</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Indsats</translation>
    </message>
    <message>
        <source>Barriers this idea answers</source>
        <translation>Barrierer, som idéen imødegår</translation>
    </message>
    <message>
        <source>A participant or anyone else</source>
        <translation>En deltager eller en anden</translation>
    </message>
    <message>
        <source>Select an item to see its details.</source>
        <translation>Vælg et punkt for at se detaljerne.</translation>
    </message>
    <message>
        <source>Change owner</source>
        <translation>ændring af ansvarlig</translation>
    </message>
    <message>
        <source>Change status</source>
        <translation>ændring af status</translation>
    </message>
    <message>
        <source>Standing item: carried into the next in series</source>
        <translation>Fast punkt: føres med til næste i serien</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Hvem</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Effekt (1–5)</translation>
    </message>
    <message>
        <source>Effort (1–5)</source>
        <translation>Indsats (1–5)</translation>
    </message>
    <message>
        <source>Answers barriers</source>
        <translation>Imødegår barrierer</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Næste skridt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Standing item</source>
        <translation>Fast punkt</translation>
    </message>
    <message>
        <source>Not a standing item</source>
        <translation>Ikke et fast punkt</translation>
    </message>
    <message>
        <source>Select an item to see and edit its details.</source>
        <translation>Vælg et punkt for at se og rette detaljerne.</translation>
    </message>
    <message>
        <source>Edit item</source>
        <translation>rettelse af punkt</translation>
    </message>
    <message>
        <source>Change category</source>
        <translation>ændring af kategori</translation>
    </message>
    <message>
        <source>Link idea and barriers</source>
        <translation>kobling af idé og barrierer</translation>
    </message>
    <message>
        <source>Change due date</source>
        <translation>ændring af frist</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <source>Captured items</source>
        <translation>Noterede punkter</translation>
    </message>
</context>
<context>
    <name>ItemsModel</name>
    <message>
        <source>“%s”</source>
        <comment>a quote in the list: »%s« in Danish</comment>
        <translation>»%s«</translation>
    </message>
    <message numerus="yes">
        <source>%n vote(s)</source>
        <translation>
            <numerusform>%n stemme</numerusform>
            <numerusform>%n stemmer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>answers %n barrier(s)</source>
        <translation>
            <numerusform>imødegår %n barriere</numerusform>
            <numerusform>imødegår %n barrierer</numerusform>
        </translation>
    </message>
    <message>
        <source>owner: %s</source>
        <translation>ansvarlig: %s</translation>
    </message>
    <message>
        <source>due %s</source>
        <translation>frist %s</translation>
    </message>
    <message>
        <source>Edit text</source>
        <translation>rettelse af tekst</translation>
    </message>
    <message>
        <source>Move item</source>
        <translation>flytning af punkt</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Municipal narrative</source>
        <translation>Kommunens fortælling</translation>
    </message>
    <message>
        <source>Barriers and opportunities</source>
        <translation>Barrierer og muligheder</translation>
    </message>
    <message>
        <source>Ideas and next steps</source>
        <translation>Idéer og næste skridt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Citat</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Barrier</source>
        <translation>Barriere</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Mulighed</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Noter</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Citater</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Spørgsmål</translation>
    </message>
    <message>
        <source>Barriers</source>
        <translation>Barrierer</translation>
    </message>
    <message>
        <source>Opportunities</source>
        <translation>Muligheder</translation>
    </message>
    <message>
        <source>Ideas</source>
        <translation>Idéer</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Handlinger</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>Kommunal</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privat</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Øvrige</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Foreslået</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>Lovgivning</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Procurement</source>
        <translation>Udbud</translation>
    </message>
    <message>
        <source>Economy</source>
        <translation>Økonomi</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Competences</source>
        <translation>Kompetencer</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Teknologi</translation>
    </message>
    <message>
        <source>Ethics and trust</source>
        <translation>Etik og tillid</translation>
    </message>
    <message>
        <source>Implementation and scaling</source>
        <translation>Implementering og skalering</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
</context>
<context>
    <name>LibraryPage</name>
    <message>
        <source>Welcome to Roundtable. Create a session with New session (Ctrl+N), add the participants, then run the three phases and type what is said: every line is saved the moment you press Enter.</source>
        <translation>Velkommen til Roundtable. Opret en session med Ny session (Ctrl+N), tilføj deltagerne, og kør så de tre faser og skriv, hvad der bliver sagt: hver linje gemmes, i det øjeblik du trykker Enter.</translation>
    </message>
    <message>
        <source>Open the sample session</source>
        <translation>Åbn eksempelsessionen</translation>
    </message>
    <message>
        <source>Search titles, themes, people and items…</source>
        <translation>Søg i titler, temaer, personer og punkter…</translation>
    </message>
    <message>
        <source>Search sessions</source>
        <translation>Søg i sessioner</translation>
    </message>
    <message>
        <source>Filter by theme</source>
        <translation>Filtrér efter tema</translation>
    </message>
    <message>
        <source>Filter by series</source>
        <translation>Filtrér efter serie</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrér efter status</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statusser</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Duplicate as new</source>
        <translation>Kopiér som ny</translation>
    </message>
    <message>
        <source>Next in series</source>
        <translation>Næste i serien</translation>
    </message>
    <message>
        <source>A new planned session in the same series, with its participants proposed</source>
        <translation>En ny planlagt session i samme serie, med deltagerne foreslået</translation>
    </message>
    <message>
        <source>Set series…</source>
        <translation>Angiv serie…</translation>
    </message>
    <message>
        <source>Put the selected sessions in one series</source>
        <translation>Saml de valgte sessioner i én serie</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Slet…</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>All themes</source>
        <translation>Alle temaer</translation>
    </message>
    <message>
        <source>All series</source>
        <translation>Alle serier</translation>
    </message>
    <message>
        <source>Set series</source>
        <translation>Angiv serie</translation>
    </message>
    <message>
        <source>Series of the selected sessions (empty: none):</source>
        <translation>Serie for de valgte sessioner (tom: ingen):</translation>
    </message>
    <message>
        <source>No sessions yet.</source>
        <translation>Ingen sessioner endnu.</translation>
    </message>
    <message>
        <source>No session matches.</source>
        <translation>Ingen session passer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Overview — Roundtable</source>
        <translation>Overblik — Roundtable</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Duplicated as a new planned session.</source>
        <translation>Kopieret som en ny planlagt session.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Slet session</translation>
    </message>
    <message>
        <source>Delete “%s” with all its participants and items? This cannot be undone.</source>
        <translation>Slet »%s« med alle deltagere og punkter? Det kan ikke fortrydes.</translation>
    </message>
    <message>
        <source>Deleted “%s”.</source>
        <translation>»%s« er slettet.</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastaturgenveje</translation>
    </message>
</context>
<context>
    <name>NextInSeries</name>
    <message>
        <source>Select a session of the series first.</source>
        <translation>Vælg først en session i serien.</translation>
    </message>
    <message>
        <source>“%s” is in no series: set its series first.</source>
        <translation>»%s« er ikke i nogen serie: angiv først dens serie.</translation>
    </message>
    <message>
        <source>The next session of “%s”, on the date the last one set for it: confirm the date and the proposed participants.</source>
        <translation>Den næste session i »%s«, på den dato den forrige satte for den: bekræft datoen og de foreslåede deltagere.</translation>
    </message>
    <message>
        <source>The next session of “%s”: confirm the proposed participants and set the date.</source>
        <translation>Næste session i »%s«: bekræft de foreslåede deltagere, og angiv datoen.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Sessions in the overview</source>
        <translation>Sessioner i overblikket</translation>
    </message>
    <message>
        <source>Barriers by category and session</source>
        <translation>Barrierer efter kategori og session</translation>
    </message>
    <message>
        <source>The statements behind the selected cell</source>
        <translation>Udsagnene bag den valgte celle</translation>
    </message>
    <message>
        <source>Ideas across sessions by share of votes</source>
        <translation>Idéer på tværs af sessioner efter andel af stemmerne</translation>
    </message>
    <message>
        <source>Recurring barriers and opportunities</source>
        <translation>Barrierer og muligheder, der går igen</translation>
    </message>
    <message>
        <source>Ideas across sessions</source>
        <translation>Idéer på tværs af sessioner</translation>
    </message>
    <message>
        <source>Participation</source>
        <translation>Deltagelse</translation>
    </message>
    <message>
        <source>Follow-up register</source>
        <translation>Opfølgningsliste</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Temaer</translation>
    </message>
    <message>
        <source>Synthesis text</source>
        <translation>Syntesetekst</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>The sessions the library shows</source>
        <translation>Sessionerne, som biblioteket viser</translation>
    </message>
    <message>
        <source>Series: %s</source>
        <translation>Serie: %s</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessioner</numerusform>
        </translation>
    </message>
    <message>
        <source>No barriers or opportunities with a category in these sessions yet.</source>
        <translation>Ingen barrierer eller muligheder med en kategori i disse sessioner endnu.</translation>
    </message>
    <message>
        <source>Choose a cell above to read the statements behind it.</source>
        <translation>Vælg en celle ovenfor for at læse udsagnene bag den.</translation>
    </message>
    <message>
        <source>No barriers or opportunities in this category in this session.</source>
        <translation>Ingen barrierer eller muligheder i denne kategori i denne session.</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Sektor</translation>
    </message>
    <message>
        <source>Also written as</source>
        <translation>Også skrevet som</translation>
    </message>
    <message>
        <source>“%1” is also an everyday word: under the Chatham House Rule it is hidden only where written with its capital, not opening a sentence. Add a fuller name here if notes use it otherwise.</source>
        <translation>»%1« er også et almindeligt ord: under Chatham House-reglen skjules det kun, hvor det står med stort begyndelsesbogstav og ikke indleder en sætning. Tilføj et fuldere navn her, hvis noterne bruger det anderledes.</translation>
    </message>
    <message>
        <source>“%1” is also an everyday word</source>
        <translation>»%1« er også et almindeligt ord</translation>
    </message>
    <message>
        <source>Edit participant</source>
        <translation>Ret deltager</translation>
    </message>
</context>
<context>
    <name>ParticipationView</name>
    <message>
        <source>Participants per sector in each session</source>
        <translation>Deltagere pr. sektor i hver session</translation>
    </message>
    <message>
        <source>Talk share by sector</source>
        <translation>Taleandel pr. sektor</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>I alt</translation>
    </message>
    <message>
        <source>At more than one session (how many): %s</source>
        <translation>Deltog i flere sessioner (antal): %s</translation>
    </message>
    <message>
        <source>No organisation came to more than one of these sessions.</source>
        <translation>Ingen organisation deltog i mere end én af disse sessioner.</translation>
    </message>
</context>
<context>
    <name>PhaseStepper</name>
    <message>
        <source>Finish</source>
        <translation>Afslutning</translation>
    </message>
</context>
<context>
    <name>PhaseTimer</name>
    <message>
        <source>Time left in this phase</source>
        <translation>Tid tilbage i denne fase</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På pause</translation>
    </message>
    <message>
        <source>Over the timebox</source>
        <translation>Over tiden</translation>
    </message>
    <message>
        <source>Less than a fifth of the time left</source>
        <translation>Under en femtedel af tiden tilbage</translation>
    </message>
    <message>
        <source>Starts with the phase</source>
        <translation>Starter med fasen</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tid tilbage</translation>
    </message>
    <message>
        <source>Resume the timer</source>
        <translation>Genoptag uret</translation>
    </message>
    <message>
        <source>Pause the timer</source>
        <translation>Sæt uret på pause</translation>
    </message>
</context>
<context>
    <name>PhaseViews</name>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Rangering</translation>
    </message>
    <message>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <source>Unanswered barriers</source>
        <translation>Ubesvarede barrierer</translation>
    </message>
    <message>
        <source>Since last time</source>
        <translation>Siden sidst</translation>
    </message>
    <message>
        <source>Nothing captured in this phase yet. Type below and press Enter.</source>
        <translation>Intet noteret i denne fase endnu. Skriv nedenfor og tryk Enter.</translation>
    </message>
</context>
<context>
    <name>PinButton</name>
    <message>
        <source>Unpin headline</source>
        <translation>Fjern som overskrift</translation>
    </message>
    <message>
        <source>Pin as headline</source>
        <translation>Fastgør som overskrift</translation>
    </message>
    <message>
        <source>Pinned ideas are the report&apos;s headline ideas, and only they (none pinned: the five with the largest share of the votes); a pinned statement is always quoted under its category (P)</source>
        <translation>Fastgjorte idéer er rapportens vigtigste idéer, og kun de (ingen fastgjort: de fem med størst andel af stemmerne); et fastgjort udsagn citeres altid under sin kategori (P)</translation>
    </message>
</context>
<context>
    <name>PresenterWindow</name>
    <message>
        <source>Roundtable — presenter screen</source>
        <translation>Roundtable — præsentationsskærm</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Kig i:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fil&amp;type:</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Idea</source>
        <translation>Idé</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Stemmer</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Effekt</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Indsats</translation>
    </message>
</context>
<context>
    <name>RankingView</name>
    <message>
        <source>Ideas ranked by votes</source>
        <translation>Idéer rangeret efter stemmer</translation>
    </message>
</context>
<context>
    <name>RefusedPreview</name>
    <message>
        <source>Workbook refused</source>
        <translation>Regnearket blev afvist</translation>
    </message>
    <message numerus="yes">
        <source>%1 was not imported and nothing changed: %n cell(s) need correcting first.</source>
        <translation>
            <numerusform>%1 blev ikke importeret, og intet er ændret: %n celle skal rettes først.</numerusform>
            <numerusform>%1 blev ikke importeret, og intet er ændret: %n celler skal rettes først.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Celle</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Hvad er galt</translation>
    </message>
    <message>
        <source>“%1” is no idea or action in this library</source>
        <translation>»%1« er ikke en idé eller handling i dette bibliotek</translation>
    </message>
    <message>
        <source>“%1” is also in row %2</source>
        <translation>»%1« står også i række %2</translation>
    </message>
    <message>
        <source>“%1” is not a status: one of %3</source>
        <translation>»%1« er ikke en status: en af %3</translation>
    </message>
    <message>
        <source>“%1” is not a status of an idea: one of %3</source>
        <translation>»%1« er ikke en status for en idé: en af %3</translation>
    </message>
    <message>
        <source>“%1” is not a status of an action: one of %3</source>
        <translation>»%1« er ikke en status for en handling: en af %3</translation>
    </message>
    <message>
        <source>“%1” is not a date: write it as 15.12.2024 or 2024-12-15</source>
        <translation>»%1« er ikke en dato: skriv den som 15.12.2024 eller 2024-12-15</translation>
    </message>
    <message>
        <source>%1 is no due date (a number or a time typed into the date, perhaps)</source>
        <translation>%1 er ingen frist (måske et tal eller et klokkeslæt skrevet i datoen)</translation>
    </message>
    <message>
        <source>holds a formula (=%1) saved without its value: type the value, or open and save the workbook in Excel or LibreOffice</source>
        <translation>indeholder en formel (=%1), der er gemt uden sin værdi: skriv værdien, eller åbn og gem projektmappen i Excel eller LibreOffice</translation>
    </message>
    <message>
        <source>an idea has no due date</source>
        <translation>en idé har ingen frist</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Show</source>
        <translation>Vis</translation>
    </message>
    <message>
        <source>All ideas and actions</source>
        <translation>Alle idéer og handlinger</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åben</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Filter by owner</source>
        <translation>Filtrér efter ansvarlig</translation>
    </message>
    <message>
        <source>Filter by organisation</source>
        <translation>Filtrér efter organisation</translation>
    </message>
    <message>
        <source>Follow-up register</source>
        <translation>Opfølgningsliste</translation>
    </message>
    <message>
        <source>Every owner</source>
        <translation>Alle ansvarlige</translation>
    </message>
    <message>
        <source>Every organisation</source>
        <translation>Alle organisationer</translation>
    </message>
    <message>
        <source>%1 shown, %2 overdue</source>
        <translation>%1 vist, %2 over fristen</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>A session in the overview was held under the Chatham House Rule, so the report of all of them is under it: it names no participant or organisation, only sectors. In the workbook the rows of the sessions held under the rule name no one.</source>
        <translation>En session i overblikket blev holdt under Chatham House-reglen, så rapporten for dem alle er under den: den nævner ingen deltager eller organisation, kun sektorer. I regnearket nævner rækkerne fra de sessioner, der blev holdt under reglen, ingen.</translation>
    </message>
    <message>
        <source>Write report…</source>
        <translation>Skriv rapport…</translation>
    </message>
    <message>
        <source>Export data…</source>
        <translation>Eksportér data…</translation>
    </message>
    <message>
        <source>Import status…</source>
        <translation>Importér status…</translation>
    </message>
    <message>
        <source>Bring back the statuses, owners, due dates and outcomes of a workbook</source>
        <translation>Hent status, ansvarlige, frister og resultater tilbage fra et regneark</translation>
    </message>
    <message>
        <source>Under the Chatham House Rule</source>
        <translation>Under Chatham House-reglen</translation>
    </message>
    <message>
        <source>Roundtables</source>
        <translation>Rundborde</translation>
    </message>
    <message>
        <source> It is under the Chatham House Rule: it names no participant.</source>
        <translation> Den er under Chatham House-reglen: den nævner ingen deltager.</translation>
    </message>
    <message>
        <source>Write report</source>
        <translation>Skriv rapport</translation>
    </message>
    <message>
        <source>Write report (under the Chatham House Rule)</source>
        <translation>Skriv rapport (under Chatham House-reglen)</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Report written to %1.</source>
        <translation>Rapporten er skrevet til %1.</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-regneark (*.xlsx)</translation>
    </message>
    <message>
        <source>Items as CSV (*.csv)</source>
        <translation>Punkterne som CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export data</source>
        <translation>Eksportér data</translation>
    </message>
    <message>
        <source>Data written to %1.</source>
        <translation>Data er skrevet til %1.</translation>
    </message>
    <message>
        <source> The sessions held under the Chatham House Rule name no participant in it.</source>
        <translation> De sessioner, der blev holdt under Chatham House-reglen, nævner ingen deltager i det.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport mislykkedes</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Importér status</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import afvist</translation>
    </message>
    <message>
        <source>%1 changes nothing: every status, owner, due date and outcome in it is already stored.</source>
        <translation>%1 ændrer intet: hver status, ansvarlig, frist og hvert resultat i det er allerede gemt.</translation>
    </message>
    <message>
        <source>Import status from %1</source>
        <translation>Importér status fra %1</translation>
    </message>
    <message numerus="yes">
        <source>Updated %n idea(s) and action(s) from %1.</source>
        <translation>
            <numerusform>%n idé eller handling er opdateret fra %1.</numerusform>
            <numerusform>%n idéer og handlinger er opdateret fra %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Gendan fra sikkerhedskopi</translation>
    </message>
    <message>
        <source>Choose the backup to put in place of the database. The current database is moved aside into %s, not deleted.</source>
        <translation>Vælg den sikkerhedskopi, der skal erstatte databasen. Den nuværende database flyttes til %s; den slettes ikke.</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taget</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessioner</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Gendan</translation>
    </message>
    <message>
        <source>There are no backups in %s.</source>
        <translation>Der er ingen sikkerhedskopier i %s.</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>kan ikke læses</translation>
    </message>
    <message>
        <source>Captures are still waiting for the database; restore once they are saved.</source>
        <translation>Registreringer venter stadig på databasen; gendan, når de er gemt.</translation>
    </message>
    <message>
        <source>Restored the backup taken %s: %d sessions, %d items.</source>
        <translation>Sikkerhedskopien fra %s er gendannet: %d sessioner, %d punkter.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>The line typed and not captured is back.</source>
        <translation>Linjen, du skrev og ikke noterede, er tilbage.</translation>
    </message>
    <message>
        <source>The session is completed. The minutes can be exported at any time.</source>
        <translation>Sessionen er afsluttet. Referatet kan eksporteres når som helst.</translation>
    </message>
    <message>
        <source>An edit of an item that was not stored is back: Enter stores it, Esc drops it.</source>
        <translation>En ændring af et punkt, som ikke var gemt, er tilbage: Enter gemmer den, Esc kasserer den.</translation>
    </message>
    <message>
        <source>An edit that was not stored could not be reopened: »%s«</source>
        <translation>En ændring, som ikke var gemt, kunne ikke åbnes igen: »%s«</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Afslut sessionen</translation>
    </message>
    <message>
        <source>Back to %s</source>
        <translation>Tilbage til %s</translation>
    </message>
    <message>
        <source>%s has started and its timer runs; Ctrl+PgDown again moves on.</source>
        <translation>%s er startet, og uret kører; Ctrl+PgDown igen går videre.</translation>
    </message>
    <message>
        <source>Start %s</source>
        <translation>Start %s</translation>
    </message>
    <message>
        <source>Reopen session</source>
        <translation>genåbning af sessionen</translation>
    </message>
    <message>
        <source>Capture %s</source>
        <translation>%s</translation>
    </message>
    <message>
        <source>No single participant matches “%s”: saved without a speaker.</source>
        <translation>Ingen enkelt deltager passer til »%s«: gemt uden taler.</translation>
    </message>
    <message>
        <source>%s captured: it is under Items (Alt+1).</source>
        <translation>%s gemt: det ligger under Punkter (Alt+1).</translation>
    </message>
    <message>
        <source>Delete %s</source>
        <translation>sletning: %s</translation>
    </message>
    <message>
        <source>Deleted. Ctrl+Z brings it back.</source>
        <translation>Slettet. Ctrl+Z henter det tilbage.</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>stemme</translation>
    </message>
    <message>
        <source>Edit summary</source>
        <translation>rettelse af opsummeringen</translation>
    </message>
</context>
<context>
    <name>SectorBar</name>
    <message>
        <source>Talk time by sector</source>
        <translation>Taletid pr. sektor</translation>
    </message>
    <message>
        <source>No one has spoken yet</source>
        <translation>Ingen har talt endnu</translation>
    </message>
</context>
<context>
    <name>SessionFiles</name>
    <message>
        <source>Import refused</source>
        <translation>Import afvist</translation>
    </message>
    <message>
        <source>Imported “%s” as a new session.</source>
        <translation>»%s« er importeret som en ny session.</translation>
    </message>
    <message>
        <source>Updated “%s” from the file.</source>
        <translation>»%s« er opdateret fra filen.</translation>
    </message>
    <message>
        <source>“%s” is already up to date.</source>
        <translation>»%s« er allerede opdateret.</translation>
    </message>
    <message>
        <source>Imported “%s”: both copies had changed, so it is kept beside it.</source>
        <translation>»%s« er importeret: begge kopier var ændret, så den gemmes ved siden af.</translation>
    </message>
    <message>
        <source>Import session file</source>
        <translation>Importér sessionsfil</translation>
    </message>
    <message>
        <source>Roundtable session (*.roundtable.json *.json)</source>
        <translation>Roundtable-session (*.roundtable.json *.json)</translation>
    </message>
    <message>
        <source>Export session file</source>
        <translation>Eksportér sessionsfil</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Eksport mislykkedes</translation>
    </message>
    <message>
        <source>Exported to %s</source>
        <translation>Eksporteret til %s</translation>
    </message>
    <message>
        <source>Export minutes</source>
        <translation>Eksportér referat</translation>
    </message>
    <message>
        <source>Word document (*.docx)</source>
        <translation>Word-dokument (*.docx)</translation>
    </message>
    <message>
        <source>Minutes written to %s</source>
        <translation>Referatet er skrevet til %s</translation>
    </message>
</context>
<context>
    <name>SessionListModel</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Vært</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Punkter</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Sessions held on one theme or programme</source>
        <translation>Sessioner om ét tema eller program</translation>
    </message>
    <message>
        <source>Why the session is held, and for whom</source>
        <translation>Hvorfor mødet holdes, og for hvem</translation>
    </message>
    <message>
        <source>Names or groups, separated by semicolons</source>
        <translation>Navne eller grupper, adskilt af semikolon</translation>
    </message>
    <message>
        <source>Chatham House Rule: the minutes name no one, only sectors</source>
        <translation>Chatham House-reglen: referatet nævner ingen ved navn, kun sektorer</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min.</translation>
    </message>
    <message>
        <source>Planned minutes: %s</source>
        <translation>Planlagte minutter: %s</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <source>T&amp;heme</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>Serie&amp;s</source>
        <translation>&amp;Serie</translation>
    </message>
    <message>
        <source>Host &amp;municipality</source>
        <translation>&amp;Værtskommune</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>&amp;Sted</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>&amp;Dato og tid</translation>
    </message>
    <message>
        <source>&amp;Facilitator</source>
        <translation>&amp;Facilitator</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>F&amp;ormål</translation>
    </message>
    <message>
        <source>Minute-ta&amp;ker</source>
        <translation>&amp;Referent</translation>
    </message>
    <message>
        <source>Dist&amp;ribution</source>
        <translation>&amp;Udsendt til</translation>
    </message>
    <message>
        <source>&amp;Next meeting</source>
        <translation>&amp;Næste møde</translation>
    </message>
    <message>
        <source>Minutes &amp;language</source>
        <translation>Referatets &amp;sprog</translation>
    </message>
    <message>
        <source>Timeboxes</source>
        <translation>Tidsrammer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Ny deltagers navn</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>New participant&apos;s organisation</source>
        <translation>Ny deltagers organisation</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>New participant&apos;s role</source>
        <translation>Ny deltagers rolle</translation>
    </message>
    <message>
        <source>New participant&apos;s sector</source>
        <translation>Ny deltagers sektor</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Paste from spreadsheet</source>
        <translation>Indsæt fra regneark</translation>
    </message>
    <message>
        <source>Lines of name, organisation, role and sector, separated by tabs</source>
        <translation>Linjer med navn, organisation, rolle og sektor, adskilt af tabulatorer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagere</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Run the session →</source>
        <translation>Afvikl sessionen →</translation>
    </message>
    <message>
        <source>Set up</source>
        <translation>Forberedelse</translation>
    </message>
    <message>
        <source>Look through the session →</source>
        <translation>Se sessionen igennem →</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n deltager</numerusform>
            <numerusform>%n deltagere</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>rettelse af sessionen</translation>
    </message>
    <message>
        <source>Change timebox</source>
        <translation>Skift tidsramme</translation>
    </message>
    <message>
        <source>A participant needs a name.</source>
        <translation>En deltager skal have et navn.</translation>
    </message>
    <message>
        <source>Add participant</source>
        <translation>ny deltager</translation>
    </message>
    <message>
        <source>The clipboard holds no participants.</source>
        <translation>Udklipsholderen indeholder ingen deltagere.</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n participant(s)</source>
        <translation>
            <numerusform>Indsæt %n deltager</numerusform>
            <numerusform>Indsæt %n deltagere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n participant(s).</source>
        <translation>
            <numerusform>%n deltager tilføjet.</numerusform>
            <numerusform>%n deltagere tilføjet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove participants</source>
        <translation>Fjern deltagere</translation>
    </message>
    <message>
        <source>Remove participant</source>
        <translation>fjernelse af deltager</translation>
    </message>
</context>
<context>
    <name>SharedFolder</name>
    <message>
        <source>Shared folder</source>
        <translation>Delt mappe</translation>
    </message>
    <message>
        <source>The shared folder could not be synced: %s</source>
        <translation>Den delte mappe kunne ikke synkroniseres: %s</translation>
    </message>
    <message>
        <source>Skipped in the shared folder: %s</source>
        <translation>Sprunget over i den delte mappe: %s</translation>
    </message>
    <message>
        <source>From the shared folder: “%s” (new).</source>
        <translation>Fra den delte mappe: »%s« (ny).</translation>
    </message>
    <message>
        <source>From the shared folder: “%s” (updated).</source>
        <translation>Fra den delte mappe: »%s« (opdateret).</translation>
    </message>
    <message>
        <source>From the shared folder: “%s” (both copies had changed).</source>
        <translation>Fra den delte mappe: »%s« (begge kopier var ændret).</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Capture the line as an item</source>
        <translation>Notér linjen som et punkt</translation>
    </message>
    <message>
        <source>Choose the kind of item</source>
        <translation>Vælg slags punkt</translation>
    </message>
    <message>
        <source>Who said it (type the start of a name)</source>
        <translation>Hvem sagde det (skriv starten af et navn)</translation>
    </message>
    <message>
        <source>Category of a barrier or opportunity</source>
        <translation>Kategori for en barriere eller mulighed</translation>
    </message>
    <message>
        <source>The item being typed builds on the earlier one shown</source>
        <translation>Punktet, der skrives, bygger videre på det viste tidligere punkt</translation>
    </message>
    <message>
        <source>Back to the capture line</source>
        <translation>Tilbage til noteringslinjen</translation>
    </message>
    <message>
        <source>From the capture line to the items (then F2, Del)</source>
        <translation>Fra noteringslinjen til punkterne (derefter F2, Del)</translation>
    </message>
    <message>
        <source>Next phase</source>
        <translation>Næste fase</translation>
    </message>
    <message>
        <source>Previous phase</source>
        <translation>Forrige fase</translation>
    </message>
    <message>
        <source>Pause or resume the timer</source>
        <translation>Pause eller genoptag uret</translation>
    </message>
    <message>
        <source>Finish the session</source>
        <translation>Afslut sessionen</translation>
    </message>
    <message>
        <source>Raise a hand (type the start of a name, Enter)</source>
        <translation>Ræk hånden op (skriv starten af et navn, Enter)</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Næste taler</translation>
    </message>
    <message>
        <source>End the turn</source>
        <translation>Afslut indlægget</translation>
    </message>
    <message>
        <source>Items, ranking, matrix, unanswered barriers</source>
        <translation>Punkter, rangering, matrix, ubesvarede barrierer</translation>
    </message>
    <message>
        <source>Presenter screen on or off</source>
        <translation>Præsentationsskærm til eller fra</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Fortryd</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Gentag</translation>
    </message>
    <message>
        <source>Edit the selected item</source>
        <translation>Ret det valgte punkt</translation>
    </message>
    <message>
        <source>Move the selected item</source>
        <translation>Flyt det valgte punkt</translation>
    </message>
    <message>
        <source>Vote on the selected idea</source>
        <translation>Stem på den valgte idé</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Slet det valgte punkt</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Ny session</translation>
    </message>
    <message>
        <source>Import a session file</source>
        <translation>Importér en sessionsfil</translation>
    </message>
    <message>
        <source>Export the session file</source>
        <translation>Eksportér sessionsfilen</translation>
    </message>
    <message>
        <source>Export the minutes</source>
        <translation>Eksportér referatet</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Forberedelse</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Afvikling</translation>
    </message>
    <message>
        <source>Overview: the series or the sessions the library shows</source>
        <translation>Overblik: serien eller sessionerne, som biblioteket viser</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Denne liste over genveje</translation>
    </message>
</context>
<context>
    <name>SinceLastTimeView</name>
    <message>
        <source>Open since last time</source>
        <translation>Åbent siden sidst</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hvad</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gennemført</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>I gang</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Opgivet</translation>
    </message>
    <message>
        <source>Mark the selected:</source>
        <translation>Markér det valgte:</translation>
    </message>
    <message>
        <source>Open from the earlier sessions of the series: %1. Go through them first.</source>
        <translation>Åbent fra seriens tidligere sessioner: %1. Gå dem igennem først.</translation>
    </message>
    <message>
        <source>Mark as %s</source>
        <translation>Markér som %s</translation>
    </message>
</context>
<context>
    <name>SpeakerPanel</name>
    <message>
        <source>Speaking now</source>
        <translation>Taler nu</translation>
    </message>
    <message>
        <source>Length of this turn</source>
        <translation>Indlæggets længde</translation>
    </message>
    <message>
        <source>Next speaker</source>
        <translation>Næste taler</translation>
    </message>
    <message>
        <source>End this turn and give the word to the next (F9)</source>
        <translation>Afslut indlægget og giv ordet til den næste (F9)</translation>
    </message>
    <message>
        <source>End turn</source>
        <translation>Afslut indlæg</translation>
    </message>
    <message>
        <source>End this turn without a next speaker (Shift+F9)</source>
        <translation>Afslut indlægget uden en næste taler (Shift+F9)</translation>
    </message>
    <message>
        <source>Speaker queue</source>
        <translation>Talerliste</translation>
    </message>
    <message>
        <source>Raise a hand: a name, Enter (Ctrl+H)</source>
        <translation>Ræk hånden op: et navn, Enter (Ctrl+H)</translation>
    </message>
    <message>
        <source>Raise a hand for</source>
        <translation>Ræk hånden op for</translation>
    </message>
    <message>
        <source>Balance sectors</source>
        <translation>Balancér sektorerne</translation>
    </message>
    <message>
        <source>Put first those whose sector has spoken least so far</source>
        <translation>Sæt dem først, hvis sektor har talt mindst indtil nu</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Ingen grænse</translation>
    </message>
    <message>
        <source> min per turn</source>
        <translation> min. pr. indlæg</translation>
    </message>
    <message>
        <source>Timebox per speaking turn</source>
        <translation>Tidsramme pr. indlæg</translation>
    </message>
    <message>
        <source>Talk time by person; Enter raises a hand</source>
        <translation>Taletid pr. person; Enter rækker hånden op</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Talerliste</translation>
    </message>
    <message>
        <source>Talk time</source>
        <translation>Taletid</translation>
    </message>
    <message>
        <source>Speaking: no one</source>
        <translation>Ordet: ingen</translation>
    </message>
    <message>
        <source>Speaking: %s</source>
        <translation>Ordet: %s</translation>
    </message>
    <message>
        <source>No hands raised.</source>
        <translation>Ingen hænder oppe.</translation>
    </message>
    <message>
        <source>Quietest sector first.</source>
        <translation>Den mest tavse sektor først.</translation>
    </message>
    <message>
        <source>Next at the top; Alt+Up/Down or drag to reorder.</source>
        <translation>Den næste øverst; Alt+Op/Ned eller træk for at flytte.</translation>
    </message>
    <message>
        <source>The session is completed: its speaking turns stay as they were.</source>
        <translation>Sessionen er afsluttet: dens indlæg forbliver, som de var.</translation>
    </message>
    <message>
        <source>%s is already in the queue.</source>
        <translation>%s er allerede på talerlisten.</translation>
    </message>
    <message>
        <source>Raise a hand for %s</source>
        <translation>Ræk hånden op for %s</translation>
    </message>
    <message>
        <source>No single participant matches “%s”.</source>
        <translation>Ingen enkelt deltager passer på »%s«.</translation>
    </message>
    <message>
        <source>Lower the hand of %s</source>
        <translation>Tag hånden ned for %s</translation>
    </message>
    <message>
        <source>Switch off the balance to order the queue by hand.</source>
        <translation>Slå balancen fra for at ordne talerlisten i hånden.</translation>
    </message>
    <message>
        <source>Reorder queue</source>
        <translation>ny rækkefølge i talerlisten</translation>
    </message>
    <message>
        <source>Give the word to %s</source>
        <translation>Giv ordet til %s</translation>
    </message>
    <message>
        <source>The turn ended; no hands are raised.</source>
        <translation>Indlægget er slut; ingen hænder er oppe.</translation>
    </message>
    <message>
        <source>No hands are raised: Ctrl+H raises one.</source>
        <translation>Ingen hænder er oppe: Ctrl+H rækker en op.</translation>
    </message>
    <message>
        <source>End speaking turn</source>
        <translation>afslutning af indlæg</translation>
    </message>
</context>
<context>
    <name>StartField</name>
    <message>
        <source>Type a date and a time: 14.05.2025 09:30, fri 13:00</source>
        <translation>Skriv en dato og et klokkeslæt: 14.05.2025 09:30, fre 13:00</translation>
    </message>
    <message>
        <source>Pick the day in a calendar</source>
        <translation>Vælg dagen i en kalender</translation>
    </message>
    <message>
        <source>“%s” is not a date and time: type e.g. 14.05.2025 09:30</source>
        <translation>»%s« er ikke en dato og et klokkeslæt: skriv fx 14.05.2025 09:30</translation>
    </message>
</context>
<context>
    <name>StatusPreview</name>
    <message>
        <source>Import status from a workbook</source>
        <translation>Importér status fra et regneark</translation>
    </message>
    <message numerus="yes">
        <source>%1 brings changes to %n idea(s) and action(s). Nothing is written until you apply them; Ctrl+Z takes them all back.</source>
        <translation>
            <numerusform>%1 ændrer %n idé eller handling. Intet skrives, før du anvender ændringerne; Ctrl+Z fortryder dem alle.</numerusform>
            <numerusform>%1 ændrer %n idéer og handlinger. Intet skrives, før du anvender ændringerne; Ctrl+Z fortryder dem alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Idea or action</source>
        <translation>Idé eller handling</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Felt</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>From the workbook</source>
        <translation>Fra regnearket</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ansvarlig</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Changed in Roundtable since the workbook was exported, when it was %1: the workbook&apos;s value replaces it.</source>
        <translation>Ændret i Roundtable, siden regnearket blev eksporteret, da det var %1: regnearkets værdi erstatter det.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n of them were also changed here since the workbook was exported: the workbook&apos;s values replace those changes.</source>
        <translation>
            <numerusform>⚠ %n af dem er også ændret her, siden regnearket blev eksporteret: regnearkets værdier erstatter de ændringer.</numerusform>
            <numerusform>⚠ %n af dem er også ændret her, siden regnearket blev eksporteret: regnearkets værdier erstatter de ændringer.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the changes</source>
        <translation>Anvend ændringerne</translation>
    </message>
</context>
<context>
    <name>SynthesisText</name>
    <message>
        <source>The organiser&apos;s synthesis of the series</source>
        <translation>Arrangørens syntese af serien</translation>
    </message>
    <message>
        <source>Choose a series above to write its synthesis: what the report of the series says after its opening paragraph.</source>
        <translation>Vælg en serie ovenfor for at skrive dens syntese: det, rapporten om serien siger efter sit indledende afsnit.</translation>
    </message>
    <message>
        <source>Your synthesis of the series “%1”: the report prints it after its opening paragraph. It is stored as you type.</source>
        <translation>Din syntese af serien »%1«: rapporten bringer den efter sit indledende afsnit. Den gemmes, mens du skriver.</translation>
    </message>
    <message>
        <source>What the sessions of the series showed together, in your words…</source>
        <translation>Hvad seriens sessioner viste tilsammen, med dine ord…</translation>
    </message>
    <message>
        <source>A session of the series was held under the Chatham House Rule, so the report shows these names in your text as a placeholder ([participant], [organisation]): %1. Write about sectors instead.</source>
        <translation>En session i serien blev holdt under Chatham House-reglen, så rapporten viser disse navne i din tekst som en pladsholder ([deltager], [organisation]): %1. Skriv om sektorer i stedet.</translation>
    </message>
    <message>
        <source>Edit the synthesis of “%1”</source>
        <translation>Ret syntesen af »%1«</translation>
    </message>
</context>
<context>
    <name>TalkShareChart</name>
    <message>
        <source>Talk share by sector per session</source>
        <translation>Taleandel pr. sektor i hver session</translation>
    </message>
    <message>
        <source>No talk time recorded</source>
        <translation>Ingen taletid registreret</translation>
    </message>
</context>
<context>
    <name>ThemesView</name>
    <message>
        <source>Suggest themes</source>
        <translation>Foreslå temaer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Suggested themes</source>
        <translation>Foreslåede temaer</translation>
    </message>
    <message>
        <source>Choose a suggestion to read its statements.</source>
        <translation>Vælg et forslag for at læse dets udsagn.</translation>
    </message>
    <message>
        <source>The statements of the selected suggestion</source>
        <translation>Udsagnene i det valgte forslag</translation>
    </message>
    <message>
        <source>The theme&apos;s name</source>
        <translation>Temaets navn</translation>
    </message>
    <message>
        <source>Theme name</source>
        <translation>Temanavn</translation>
    </message>
    <message>
        <source>Accept as theme</source>
        <translation>Godkend som tema</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Themes: %s</source>
        <translation>Temaer: %s</translation>
    </message>
    <message>
        <source>No themes yet: ask for suggestions, then accept the ones that hold.</source>
        <translation>Ingen temaer endnu: bed om forslag, og godkend dem, der holder.</translation>
    </message>
    <message>
        <source>Suggest themes, and the groups found are listed here.</source>
        <translation>Foreslå temaer, så vises de fundne grupper her.</translation>
    </message>
    <message>
        <source>Looking for themes…</source>
        <translation>Leder efter temaer…</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n udsagn</numerusform>
            <numerusform>%n udsagn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n session(s)</source>
        <translation>
            <numerusform>i %n session</numerusform>
            <numerusform>i %n sessioner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s)</source>
        <translation>
            <numerusform>%n forslag</numerusform>
            <numerusform>%n forslag</numerusform>
        </translation>
    </message>
    <message>
        <source>No statements alike across sessions.</source>
        <translation>Ingen udsagn ligner hinanden på tværs af sessionerne.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>Accept theme</source>
        <translation>Godkend tema</translation>
    </message>
    <message>
        <source>Theme “%s” accepted.</source>
        <translation>Temaet »%s« er godkendt.</translation>
    </message>
    <message>
        <source>Every suggestion has been accepted or rejected.</source>
        <translation>Alle forslag er taget eller afvist.</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>S&amp;peakers</source>
        <translation>&amp;Talere</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastaturgenveje</translation>
    </message>
    <message>
        <source>Open the &amp;sample session</source>
        <translation>Åbn &amp;eksempelsessionen</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Ny session</translation>
    </message>
    <message>
        <source>&amp;Import session file…</source>
        <translation>&amp;Importér sessionsfil…</translation>
    </message>
    <message>
        <source>&amp;Export session file…</source>
        <translation>&amp;Eksportér sessionsfil…</translation>
    </message>
    <message>
        <source>Export &amp;minutes…</source>
        <translation>Eksportér &amp;referat…</translation>
    </message>
    <message>
        <source>S&amp;hared folder…</source>
        <translation>&amp;Delt mappe…</translation>
    </message>
    <message>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Gendan fra sikkerhedskopi…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Fortryd</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Gentag</translation>
    </message>
    <message>
        <source>Undone: %s</source>
        <translation>Fortrudt: %s</translation>
    </message>
    <message>
        <source>Redone: %s</source>
        <translation>Gentaget: %s</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>&amp;Bibliotek</translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation>&amp;Forberedelse</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Afvikling</translation>
    </message>
    <message>
        <source>Next in &amp;series</source>
        <translation>Næste i &amp;serien</translation>
    </message>
    <message>
        <source>&amp;Next phase</source>
        <translation>&amp;Næste fase</translation>
    </message>
    <message>
        <source>&amp;Previous phase</source>
        <translation>&amp;Forrige fase</translation>
    </message>
    <message>
        <source>&amp;Pause or resume the timer</source>
        <translation>&amp;Pause eller genoptag uret</translation>
    </message>
    <message>
        <source>&amp;Finish the session</source>
        <translation>&amp;Afslut sessionen</translation>
    </message>
    <message>
        <source>&amp;Raise a hand…</source>
        <translation>&amp;Ræk hånden op…</translation>
    </message>
    <message>
        <source>&amp;Next speaker</source>
        <translation>&amp;Næste taler</translation>
    </message>
    <message>
        <source>&amp;End the turn</source>
        <translation>&amp;Afslut indlægget</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Overblik</translation>
    </message>
    <message>
        <source>&amp;Presenter screen</source>
        <translation>&amp;Præsentationsskærm</translation>
    </message>
    <message>
        <source>Speaker &amp;queue on the presenter screen</source>
        <translation>&amp;Talerlisten på præsentationsskærmen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprog</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>The session was changed elsewhere (the shared folder or the command line), so what came before cannot be undone.</source>
        <translation>Sessionen er ændret et andet sted (i den delte mappe eller fra kommandolinjen), så det, der kom før, kan ikke fortrydes.</translation>
    </message>
</context>
</TS>
