<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
<context>
    <name>ApiClient</name>
    <message>
        <source>De server is niet bereikbaar. Controleer het adres en de verbinding.</source>
        <translation>The server cannot be reached. Check the address and the connection.</translation>
    </message>
    <message>
        <source>Niet alle gegevens kloppen.</source>
        <translation>Some of the details are not correct.</translation>
    </message>
    <message>
        <source>U bent niet (meer) ingelogd.</source>
        <translation>You are not logged in (any more).</translation>
    </message>
    <message>
        <source>Dit mag u niet doen met uw rol.</source>
        <translation>Your role does not allow this.</translation>
    </message>
    <message>
        <source>Dit bestaat niet, of u heeft er geen toegang toe.</source>
        <translation>This does not exist, or you have no access to it.</translation>
    </message>
    <message>
        <source>Iemand anders heeft dit net veranderd.</source>
        <translation>Someone else has just changed this.</translation>
    </message>
    <message>
        <source>Uw account is tijdelijk geblokkeerd.</source>
        <translation>Your account is temporarily locked.</translation>
    </message>
    <message>
        <source>Te veel pogingen. Wacht even.</source>
        <translation>Too many attempts. Please wait a moment.</translation>
    </message>
    <message>
        <source>Er ging iets mis op de server. Probeer het later opnieuw.</source>
        <translation>Something went wrong on the server. Please try again later.</translation>
    </message>
    <message>
        <source>Er ging iets mis.</source>
        <translation>Something went wrong.</translation>
    </message>
    <message>
        <source>Log opnieuw in.</source>
        <translation>Please log in again.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Adres van regie-server.</source>
        <translation>Address of regie-server.</translation>
    </message>
    <message>
        <source>Demomodus: toon de code van demo-accounts.</source>
        <translation>Demo mode: show the code of demo accounts.</translation>
    </message>
</context>
<context>
    <name>regie::desk::AfspraakVersiesModel</name>
    <message>
        <source>(alle, %1)</source>
        <translation>(all, %1)</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Modus</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Max./opname</source>
        <translation>Max./withdrawal</translation>
    </message>
    <message>
        <source>Max./week</source>
        <translation>Max./week</translation>
    </message>
    <message>
        <source>Aantal/week</source>
        <translation>Count/week</translation>
    </message>
    <message>
        <source>Max./maand</source>
        <translation>Max./month</translation>
    </message>
    <message>
        <source>Aantal/maand</source>
        <translation>Count/month</translation>
    </message>
    <message>
        <source>Min. saldo</source>
        <translation>Min. balance</translation>
    </message>
    <message>
        <source>Ingang</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Vastgelegd</source>
        <translation>Recorded</translation>
    </message>
    <message>
        <source>%1, gewijzigd</source>
        <translation>%1, changed</translation>
    </message>
    <message>
        <source>Gewijzigd; was: %1</source>
        <translation>Changed; was: %1</translation>
    </message>
</context>
<context>
    <name>regie::desk::AfsprakenView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: vul een aantal van 0 tot en met %2 in.</source>
        <translation>%1: enter a number from 0 to %2.</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>De reservering waarvoor u de afspraak maakt.</source>
        <translation>The reservation this arrangement is for.</translation>
    </message>
    <message>
        <source>Inwoner:</source>
        <translation>Resident:</translation>
    </message>
    <message>
        <source>Reservering:</source>
        <translation>Reservation:</translation>
    </message>
    <message>
        <source>Versies (▲ = gewijzigd ten opzichte van de vorige versie)</source>
        <translation>Versions (▲ = changed since the previous version)</translation>
    </message>
    <message>
        <source>Versiegeschiedenis van de afspraken</source>
        <translation>Version history of the arrangements</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Arrangement</translation>
    </message>
    <message>
        <source>Vrij opnemen (binnen de grenzen)</source>
        <translation>Free withdrawal (within the limits)</translation>
    </message>
    <message>
        <source>Altijd na akkoord medewerker</source>
        <translation>Always after approval by staff</translation>
    </message>
    <message>
        <source>Niet toegestaan</source>
        <translation>Not allowed</translation>
    </message>
    <message>
        <source>Modus</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>&amp;Modus:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>geen grens</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>Max. per opname (€)</source>
        <translation>Max. per withdrawal (€)</translation>
    </message>
    <message>
        <source>Boven dit bedrag beslist een medewerker.</source>
        <translation>Above this amount a staff member decides.</translation>
    </message>
    <message>
        <source>Max. per week (€)</source>
        <translation>Max. per week (€)</translation>
    </message>
    <message>
        <source>Totaal van deze ISO-week, inclusief deze opname.</source>
        <translation>Total of this ISO week, including this withdrawal.</translation>
    </message>
    <message>
        <source>Max. aantal per week</source>
        <translation>Max. number per week</translation>
    </message>
    <message>
        <source>Aantal opnames per week.</source>
        <translation>Number of withdrawals per week.</translation>
    </message>
    <message>
        <source>Max. per maand (€)</source>
        <translation>Max. per month (€)</translation>
    </message>
    <message>
        <source>Totaal van deze kalendermaand.</source>
        <translation>Total of this calendar month.</translation>
    </message>
    <message>
        <source>Max. aantal per maand</source>
        <translation>Max. number per month</translation>
    </message>
    <message>
        <source>Aantal opnames per maand.</source>
        <translation>Number of withdrawals per month.</translation>
    </message>
    <message>
        <source>Minimum saldo (€)</source>
        <translation>Minimum balance (€)</translation>
    </message>
    <message>
        <source>Dit blijft altijd in de reservering staan.</source>
        <translation>This always stays in the reservation.</translation>
    </message>
    <message>
        <source>Alleen naar eigen, gecontroleerde rekening</source>
        <translation>Only to own, verified account</translation>
    </message>
    <message>
        <source>Alleen eigen rekening</source>
        <translation>Own account only</translation>
    </message>
    <message>
        <source>Ingangsdatum</source>
        <translation>Effective date</translation>
    </message>
    <message>
        <source>&amp;Ingangsdatum:</source>
        <translation>&amp;Effective date:</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Reden van de wijziging</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Verplicht. Komt in de geschiedenis en de audittrail.</source>
        <translation>Required. Goes into the history and the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Reden (verplicht):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Controle van de afspraak</source>
        <translation>Check of the arrangement</translation>
    </message>
    <message>
        <source>&amp;Opslaan als nieuwe versie</source>
        <translation>&amp;Save as new version</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Slaat een nieuwe versie op. Oude versies blijven bewaard.</source>
        <translation>Saves a new version. Old versions are kept.</translation>
    </message>
    <message>
        <source>Proberen (er wordt niets opgeslagen)</source>
        <translation>Try (nothing is saved)</translation>
    </message>
    <message>
        <source>Bedrag, bijv. 75,00</source>
        <translation>Amount, e.g. 75,00</translation>
    </message>
    <message>
        <source>Bedrag om te proberen</source>
        <translation>Amount to try</translation>
    </message>
    <message>
        <source>&amp;Proberen</source>
        <translation>&amp;Try</translation>
    </message>
    <message>
        <source>Proberen</source>
        <translation>Try</translation>
    </message>
    <message>
        <source>Laat zien wat de regels nu zouden besluiten met deze concept-afspraak.</source>
        <translation>Shows what the rules would decide now with this draft arrangement.</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Redenen</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Max. per opname</source>
        <translation>Max. per withdrawal</translation>
    </message>
    <message>
        <source>Max. per week</source>
        <translation>Max. per week</translation>
    </message>
    <message>
        <source>Max. per maand</source>
        <translation>Max. per month</translation>
    </message>
    <message>
        <source>Minimum saldo</source>
        <translation>Minimum balance</translation>
    </message>
    <message>
        <source>Eerst de afspraak of het bedrag verbeteren.</source>
        <translation>Correct the arrangement or the amount first.</translation>
    </message>
    <message>
        <source>Uitkomst: VRIJ — de inwoner krijgt het geld direct.</source>
        <translation>Outcome: FREE — the resident gets the money at once.</translation>
    </message>
    <message>
        <source>Uitkomst: NA AKKOORD — een medewerker beslist.</source>
        <translation>Outcome: AFTER APPROVAL — a staff member decides.</translation>
    </message>
    <message>
        <source>Uitkomst: NIET TOEGESTAAN — automatisch afgewezen.</source>
        <translation>Outcome: NOT ALLOWED — refused automatically.</translation>
    </message>
    <message>
        <source>Uitkomst: ONVOLDOENDE SALDO — automatisch afgewezen.</source>
        <translation>Outcome: INSUFFICIENT BALANCE — refused automatically.</translation>
    </message>
    <message>
        <source>Nu beschikbaar: %1. Maximaal vrij: %2.</source>
        <translation>Available now: %1. Maximum free: %2.</translation>
    </message>
    <message>
        <source>De inwoner leest: %1</source>
        <translation>The resident reads: %1</translation>
    </message>
    <message>
        <source>Vul een reden in.</source>
        <translation>Enter a reason.</translation>
    </message>
    <message>
        <source>Afspraak opgeslagen als nieuwe versie.</source>
        <translation>Arrangement saved as a new version.</translation>
    </message>
    <message>
        <source>Een inwoner</source>
        <translation>A resident</translation>
    </message>
    <message>
        <source>Standaard per vorm</source>
        <translation>Default per form</translation>
    </message>
    <message>
        <source>Afspraken voor</source>
        <translation>Arrangements for</translation>
    </message>
    <message>
        <source>Een inwoner, of de standaard voor iedereen met dezelfde vorm van budgetbeheer.</source>
        <translation>A resident, or the default for everyone with the same form of budget management.</translation>
    </message>
    <message>
        <source>Afspraken &amp;voor:</source>
        <translation>Arrangements &amp;for:</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Form</translation>
    </message>
    <message>
        <source>De vorm van budgetbeheer waarvoor u de standaardafspraak maakt.</source>
        <translation>The form of budget management you make the default arrangement for.</translation>
    </message>
    <message>
        <source>Vorm:</source>
        <translation>Form:</translation>
    </message>
    <message>
        <source>Vrij besteedbaar potje</source>
        <translation>Freely spendable pot</translation>
    </message>
    <message>
        <source>Gebonden potje</source>
        <translation>Earmarked pot</translation>
    </message>
    <message>
        <source>Soort potje</source>
        <translation>Kind of pot</translation>
    </message>
    <message>
        <source>Soort potje:</source>
        <translation>Kind of pot:</translation>
    </message>
    <message>
        <source>In het potje (€)</source>
        <translation>In the pot (€)</translation>
    </message>
    <message>
        <source>bijv. 250,00</source>
        <translation>e.g. 250,00</translation>
    </message>
    <message>
        <source>Eerder opgenomen deze week (aantal)</source>
        <translation>Withdrawn earlier this week (number)</translation>
    </message>
    <message>
        <source>Eerder opgenomen deze week (€)</source>
        <translation>Withdrawn earlier this week (€)</translation>
    </message>
    <message>
        <source>Eerst de situatie verbeteren.</source>
        <translation>Correct the situation first.</translation>
    </message>
    <message>
        <source>Standaardafspraak opgeslagen als nieuwe versie.</source>
        <translation>Default arrangement saved as a new version.</translation>
    </message>
    <message>
        <source>In het potje</source>
        <translation>In the pot</translation>
    </message>
    <message>
        <source>Eerder opgenomen (aantal)</source>
        <translation>Withdrawn earlier (number)</translation>
    </message>
    <message>
        <source>Eerder opgenomen (€)</source>
        <translation>Withdrawn earlier (€)</translation>
    </message>
</context>
<context>
    <name>regie::desk::AuditRapport</name>
    <message>
        <source>De controle van de hashketen kon niet worden uitgevoerd.</source>
        <translation>The hash chain check could not be run.</translation>
    </message>
    <message>
        <source>Hashketen gecontroleerd: INTACT (%1 gebeurtenissen gecontroleerd, laatste hash %2).</source>
        <translation>Hash chain checked: INTACT (%1 events checked, last hash %2).</translation>
    </message>
    <message>
        <source>Hashketen gecontroleerd: NIET INTACT — %1 bij gebeurtenis %2. Meld dit direct bij de beheerder.</source>
        <translation>Hash chain checked: NOT INTACT — %1 at event %2. Report this to the administrator at once.</translation>
    </message>
    <message>
        <source>Aantal gebeurtenissen per actie</source>
        <translation>Number of events per action</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>other</translation>
    </message>
    <message>
        <source>Auditrapport Regie</source>
        <translation>Regie audit report</translation>
    </message>
    <message>
        <source>Periode: %1 t/m %2. Medewerker: %3. Inwoner: %4. Acties: %5.</source>
        <translation>Period: %1 to %2. Staff member: %3. Resident: %4. Actions: %5.</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Opgesteld door %1 op %2.</source>
        <translation>Prepared by %1 on %2.</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>%1 gebeurtenissen gevonden; %2 in dit rapport.</source>
        <translation>%1 events found; %2 in this report.</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Succeeded</translation>
    </message>
    <message>
        <source>Geweigerd of fout</source>
        <translation>Refused or failed</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Gebeurtenissen per actie</source>
        <translation>Events per action</translation>
    </message>
    <message>
        <source>Gebeurtenissen</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Object</translation>
    </message>
</context>
<context>
    <name>regie::desk::BeheerView</name>
    <message>
        <source>Berichten aan Allegro en het zaaksysteem die na alle pogingen niet zijn aangekomen.</source>
        <translation>Messages to Allegro and the case system that did not arrive after all attempts.</translation>
    </message>
    <message>
        <source>Aantal mislukte berichten</source>
        <translation>Number of failed messages</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Lijst vernieuwen</source>
        <translation>Refresh list</translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Retry</translation>
    </message>
    <message>
        <source>Zet het gekozen bericht terug in de wachtrij om opnieuw te versturen.</source>
        <translation>Puts the selected message back in the queue to send it again.</translation>
    </message>
    <message>
        <source>Mislukte berichten</source>
        <translation>Failed messages</translation>
    </message>
    <message numerus="yes">
        <source>%n mislukt bericht(en)</source>
        <translation>
            <numerusform>%n failed message</numerusform>
            <numerusform>%n failed messages</numerusform>
        </translation>
    </message>
    <message>
        <source>Het bericht wordt opnieuw verstuurd.</source>
        <translation>The message will be sent again.</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Wanneer persoonsgegevens het laatst zijn opgeruimd.</source>
        <translation>When personal data was last cleaned up.</translation>
    </message>
    <message>
        <source>Bewaartermijn: niet op te halen.</source>
        <translation>Retention period: could not be fetched.</translation>
    </message>
    <message>
        <source>Bewaartermijn: nog nooit verwerkt.</source>
        <translation>Retention period: never processed yet.</translation>
    </message>
    <message numerus="yes">
        <source>Bewaartermijn: laatst verwerkt op %1. %n dossier(s) geanonimiseerd</source>
        <translation>
            <numerusform>Retention period: last processed on %1. %n file anonymised</numerusform>
            <numerusform>Retention period: last processed on %1. %n files anonymised</numerusform>
        </translation>
    </message>
    <message>
        <source>(budgetbeheer beëindigd op of voor %1, na %2 maanden).</source>
        <translation>(budget management ended on or before %1, after %2 months).</translation>
    </message>
    <message>
        <source>De volgende keer gaat het verder.</source>
        <translation>The next run continues.</translation>
    </message>
</context>
<context>
    <name>regie::desk::BudgetplanModel</name>
    <message>
        <source>Leefgeld</source>
        <translation>Living allowance</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Period</translation>
    </message>
    <message>
        <source>Volgende datum</source>
        <translation>Next date</translation>
    </message>
</context>
<context>
    <name>regie::desk::DossierView</name>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Kies een inwoner uit uw caseload.</source>
        <translation>Choose a resident from your caseload.</translation>
    </message>
    <message>
        <source>&amp;Inwoner:</source>
        <translation>&amp;Resident:</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Dossier vernieuwen</source>
        <translation>Refresh file</translation>
    </message>
    <message>
        <source>Samenvatting van het dossier</source>
        <translation>Summary of the file</translation>
    </message>
    <message>
        <source>Reserveringen</source>
        <translation>Reservations</translation>
    </message>
    <message>
        <source>Transacties</source>
        <translation>Transactions</translation>
    </message>
    <message>
        <source>Budgetplan</source>
        <translation>Budget plan</translation>
    </message>
    <message>
        <source>Verzoeken</source>
        <translation>Requests</translation>
    </message>
    <message numerus="yes">
        <source>%n open verzoek(en)</source>
        <translation>
            <numerusform>%n open request</numerusform>
            <numerusform>%n open requests</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3) · %4</source>
        <translation>%1 %2 (%3) · %4</translation>
    </message>
    <message>
        <source>Beheerrekening: %1 · Niet gereserveerd: %2 · Bijgewerkt: %3</source>
        <translation>Managed account: %1 · Not reserved: %2 · Updated: %3</translation>
    </message>
    <message>
        <source>Lening %1: nog %2 open, %3 per maand, achterstand %4</source>
        <translation>Loan %1: %2 outstanding, %3 per month, arrears %4</translation>
    </message>
    <message>
        <source>Meldingen aan de inwoner</source>
        <translation>Messages to the resident</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Eigen rekeningen</source>
        <translation>Own accounts</translation>
    </message>
</context>
<context>
    <name>regie::desk::EigenRekeningenModel</name>
    <message>
        <source>Rekening</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Eindigt op</source>
        <translation>Ends in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gecontroleerd met</source>
        <translation>Verified with</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Beëindigd %1: %2</source>
        <translation>Ended %1: %2</translation>
    </message>
    <message>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Niet gecontroleerd</source>
        <translation>Not verified</translation>
    </message>
</context>
<context>
    <name>regie::desk::KoppelDialog</name>
    <message>
        <source>Inwoner koppelen aan Allegro</source>
        <translation>Link a resident to Allegro</translation>
    </message>
    <message>
        <source>Regie neemt het huishouden over uit Allegro: budgetplan, reserveringen, lening en rekeningen. Daarna komt de inwoner in de caseload van de gekozen medewerker.</source>
        <translation>Regie takes over the household from Allegro: budget plan, reservations, loan and accounts. The resident then joins the caseload of the chosen staff member.</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Negen cijfers; wordt gecontroleerd met de elfproef.</source>
        <translation>Nine digits; checked with the eleven test.</translation>
    </message>
    <message>
        <source>Allegro-relatie</source>
        <translation>Allegro relation</translation>
    </message>
    <message>
        <source>De relatiecode van het huishouden in Allegro.</source>
        <translation>The household&apos;s relation code in Allegro.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Team:</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Wie de inwoner in de caseload krijgt. Zonder medewerker krijgt de teamleider de meldingen.</source>
        <translation>Who gets the resident in their caseload. Without a staff member the team leader gets the notifications.</translation>
    </message>
    <message>
        <source>&amp;Medewerker:</source>
        <translation>&amp;Staff member:</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Verplicht. Komt in de audittrail.</source>
        <translation>Required. Goes into the audit trail.</translation>
    </message>
    <message>
        <source>&amp;Koppelen</source>
        <translation>&amp;Link</translation>
    </message>
    <message>
        <source>(nog geen medewerker)</source>
        <translation>(no staff member yet)</translation>
    </message>
    <message>
        <source>Dit BSN klopt niet (elfproef). Controleer de cijfers.</source>
        <translation>This BSN is not valid (eleven test). Check the digits.</translation>
    </message>
    <message>
        <source>De inwoner is gekoppeld, maar niet aan de medewerker: %1</source>
        <translation>The resident is linked, but not to the staff member: %1</translation>
    </message>
</context>
<context>
    <name>regie::desk::LoginDialog</name>
    <message>
        <source>Inloggen bij Regie</source>
        <translation>Log in to Regie</translation>
    </message>
    <message>
        <source>Demo-melding</source>
        <translation>Demo notice</translation>
    </message>
    <message>
        <source>Deze omgeving is een demo. Gebruik geen echte gegevens.</source>
        <translation>This environment is a demo. Do not use real data.</translation>
    </message>
    <message>
        <source>Kopieer code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>Kopieer demo-code</source>
        <translation>Copy demo code</translation>
    </message>
    <message>
        <source>Zet de huidige demo-code op het klembord en in het codeveld.</source>
        <translation>Puts the current demo code on the clipboard and in the code field.</translation>
    </message>
    <message>
        <source>Serveradres</source>
        <translation>Server address</translation>
    </message>
    <message>
        <source>Het adres van regie-server, bijvoorbeeld https://regie.utrecht.nl</source>
        <translation>The address of regie-server, for example https://regie.utrecht.nl</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Username</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>De zescijferige code uit uw authenticator-app.</source>
        <translation>The six-digit code from your authenticator app.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Code (authenticator):</source>
        <translation>&amp;Code (authenticator):</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Inloggen</source>
        <translation>&amp;Log in</translation>
    </message>
    <message>
        <source>DEMO — geen echte gegevens. Vul een demo-gebruikersnaam in om de code te zien.</source>
        <translation>DEMO — no real data. Enter a demo username to see the code.</translation>
    </message>
    <message>
        <source>DEMO — geen echte gegevens. Code voor %1: %2 (wachtwoord: regie-demo)</source>
        <translation>DEMO — no real data. Code for %1: %2 (password: regie-demo)</translation>
    </message>
    <message>
        <source>Vul een geldig serveradres in.</source>
        <translation>Enter a valid server address.</translation>
    </message>
    <message>
        <source>Vul gebruikersnaam, wachtwoord en code in.</source>
        <translation>Enter username, password and code.</translation>
    </message>
</context>
<context>
    <name>regie::desk::MainWindow</name>
    <message>
        <source>DEMO — geen echte gegevens</source>
        <translation>DEMO — no real data</translation>
    </message>
    <message>
        <source>Demo-melding</source>
        <translation>Demo notice</translation>
    </message>
    <message>
        <source>Regie — budgetbeheer</source>
        <translation>Regie — budget management</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>&amp;Werkvoorraad</source>
        <translation>&amp;Work queue</translation>
    </message>
    <message>
        <source>&amp;Verzoek</source>
        <translation>&amp;Request</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Afspraken</source>
        <translation>&amp;Arrangements</translation>
    </message>
    <message>
        <source>&amp;Rapportages</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ongelezen meldingen</source>
        <translation>Unread notifications</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Sessie beëindigd</source>
        <translation>Session ended</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Uitloggen</source>
        <translation>&amp;Log out</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>B&amp;eeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over Regie</source>
        <translation>&amp;About Regie</translation>
    </message>
    <message>
        <source>Over Regie</source>
        <translation>About Regie</translation>
    </message>
    <message>
        <source>regie-desk %1 — budgetbeheer voor gemeente Utrecht.
Verbonden met %2.</source>
        <translation>regie-desk %1 — budget management for the municipality of Utrecht.
Connected to %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n ongelezen melding(en)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Koppelingen</source>
        <translation>&amp;Integrations</translation>
    </message>
    <message>
        <source>R&amp;edenen</source>
        <translation>R&amp;easons</translation>
    </message>
    <message>
        <source>&amp;Teams</source>
        <translation>&amp;Teams</translation>
    </message>
</context>
<context>
    <name>regie::desk::MeldingenModel</name>
    <message>
        <source>Moment</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Gelezen</source>
        <translation>Read</translation>
    </message>
    <message>
        <source>gelezen</source>
        <translation>read</translation>
    </message>
    <message>
        <source>ongelezen</source>
        <translation>unread</translation>
    </message>
</context>
<context>
    <name>regie::desk::RedenCatalogusModel</name>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Tekst voor medewerkers</source>
        <translation>Text for staff</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Weigering</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>In gebruik</source>
        <translation>In use</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Retired</translation>
    </message>
</context>
<context>
    <name>regie::desk::RedenTellingenModel</name>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Weigering</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>(zonder reden)</source>
        <translation>(no reason)</translation>
    </message>
</context>
<context>
    <name>regie::desk::RedenVersiesModel</name>
    <message>
        <source>Versie</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Tekst voor medewerkers</source>
        <translation>Text for staff</translation>
    </message>
    <message>
        <source>Tekst voor de inwoner (B1)</source>
        <translation>Text for the resident (B1)</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>When</translation>
    </message>
</context>
<context>
    <name>regie::desk::RedenenView</name>
    <message>
        <source>Redenen voor akkoord en weigering. Medewerkers kiezen op de tekst voor medewerkers; de inwoner leest de B1-tekst in het bericht. Een wijziging wordt een nieuwe versie: eerdere besluiten houden de tekst die toen gold.</source>
        <translation>Reasons for approval and refusal. Staff choose by the text for staff; the resident reads the B1 text in the message. A change becomes a new version: earlier decisions keep the text that applied then.</translation>
    </message>
    <message>
        <source>Redenen</source>
        <translation>Reasons</translation>
    </message>
    <message>
        <source>Versies van de gekozen reden</source>
        <translation>Versions of the chosen reason</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Hoofdletters, cijfers en _; verandert nooit.</source>
        <translation>Capitals, digits and _; never changes.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Weigering</source>
        <translation>Refusal</translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation>Approval</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Tekst voor medewerkers</source>
        <translation>Text for staff</translation>
    </message>
    <message>
        <source>Waar medewerkers de reden aan herkennen.</source>
        <translation>How staff recognise the reason.</translation>
    </message>
    <message>
        <source>Tekst voor &amp;medewerkers:</source>
        <translation>Text for &amp;staff:</translation>
    </message>
    <message>
        <source>Tekst voor de inwoner</source>
        <translation>Text for the resident</translation>
    </message>
    <message>
        <source>Eenvoudig Nederlands (B1). Komt letterlijk in het bericht.</source>
        <translation>Plain Dutch (B1). Goes into the message word for word.</translation>
    </message>
    <message>
        <source>Tekst voor de &amp;inwoner (B1):</source>
        <translation>Text for the &amp;resident (B1):</translation>
    </message>
    <message>
        <source>Voorbeeld van het bericht aan de inwoner</source>
        <translation>Preview of the message to the resident</translation>
    </message>
    <message>
        <source>Voorbeeld:</source>
        <translation>Preview:</translation>
    </message>
    <message>
        <source>Reden van de wijziging</source>
        <translation>Reason for the change</translation>
    </message>
    <message>
        <source>Verplicht. Komt in de versiegeschiedenis.</source>
        <translation>Required. Goes into the version history.</translation>
    </message>
    <message>
        <source>&amp;Waarom (verplicht):</source>
        <translation>&amp;Why (required):</translation>
    </message>
    <message>
        <source>&amp;Nieuwe reden</source>
        <translation>&amp;New reason</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Een bestaande reden krijgt een nieuwe versie.</source>
        <translation>An existing reason gets a new version.</translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Retire</translation>
    </message>
    <message>
        <source>Medewerkers kunnen de reden niet meer kiezen; eerdere besluiten blijven.</source>
        <translation>Staff can no longer choose the reason; earlier decisions stay.</translation>
    </message>
    <message>
        <source>Je medewerker heeft ja gezegd tegen je verzoek.</source>
        <translation>Your caseworker said yes to your request.</translation>
    </message>
    <message>
        <source>Je medewerker heeft nee gezegd tegen je verzoek.</source>
        <translation>Your caseworker said no to your request.</translation>
    </message>
    <message>
        <source>Vul in waarom u dit wijzigt.</source>
        <translation>Fill in why you change this.</translation>
    </message>
    <message>
        <source>Reden %1 opgeslagen (versie %2).</source>
        <translation>Reason %1 saved (version %2).</translation>
    </message>
    <message>
        <source>Reden %1 heeft nu versie %2.</source>
        <translation>Reason %1 now has version %2.</translation>
    </message>
    <message>
        <source>Vul in waarom u deze reden intrekt.</source>
        <translation>Fill in why you retire this reason.</translation>
    </message>
    <message>
        <source>Reden %1 is ingetrokken (laatste versie %2).</source>
        <translation>Reason %1 is retired (last version %2).</translation>
    </message>
</context>
<context>
    <name>regie::desk::RekeningenPaneel</name>
    <message>
        <source>Eigen rekeningen</source>
        <translation>Own accounts</translation>
    </message>
    <message>
        <source>Gecontroleerde rekening toevoegen of beëindigen</source>
        <translation>Add or end a verified account</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Wordt gecontroleerd; daarna ziet u alleen de laatste 4 tekens.</source>
        <translation>Is checked; afterwards you only see the last 4 characters.</translation>
    </message>
    <message>
        <source>Naam van de rekening</source>
        <translation>Name of the account</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Betaalrekening ING.</source>
        <translation>For example: ING current account.</translation>
    </message>
    <message>
        <source>Hoe gecontroleerd</source>
        <translation>How verified</translation>
    </message>
    <message>
        <source>Hoe u heeft gezien dat de rekening van de inwoner is.</source>
        <translation>How you saw that the account is the resident&apos;s.</translation>
    </message>
    <message>
        <source>Gecontroleerd met:</source>
        <translation>Verified with:</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Wat u heeft gezien, voor collega&apos;s. Geen IBAN of BSN.</source>
        <translation>What you saw, for colleagues. No IBAN or BSN.</translation>
    </message>
    <message>
        <source>Rekening &amp;toevoegen</source>
        <translation>&amp;Add account</translation>
    </message>
    <message>
        <source>Reden van beëindigen</source>
        <translation>Reason for ending</translation>
    </message>
    <message>
        <source>Verplicht om een rekening te beëindigen.</source>
        <translation>Required to end an account.</translation>
    </message>
    <message>
        <source>Gekozen rekening &amp;beëindigen</source>
        <translation>&amp;End the chosen account</translation>
    </message>
    <message>
        <source>Rekening die eindigt op %1 is toegevoegd.</source>
        <translation>Account ending in %1 was added.</translation>
    </message>
    <message>
        <source>Kies eerst een rekening in de lijst.</source>
        <translation>First choose an account in the list.</translation>
    </message>
    <message>
        <source>Rekening die eindigt op %1 is beëindigd.</source>
        <translation>Account ending in %1 was ended.</translation>
    </message>
</context>
<context>
    <name>regie::desk::ReserveringenModel</name>
    <message>
        <source>Beheerrekening (totaal)</source>
        <translation>Managed account (total)</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Balance</translation>
    </message>
    <message>
        <source>Beschikbaar</source>
        <translation>Available</translation>
    </message>
    <message>
        <source>Vastgehouden</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Nu vrij op te nemen</source>
        <translation>Free to withdraw now</translation>
    </message>
    <message>
        <source>Uitleg voor de inwoner</source>
        <translation>Explanation for the resident</translation>
    </message>
</context>
<context>
    <name>regie::desk::TeamleiderView</name>
    <message>
        <source>Auditrapport</source>
        <translation>Audit report</translation>
    </message>
    <message>
        <source>Periode vanaf</source>
        <translation>Period from</translation>
    </message>
    <message>
        <source>Periode tot en met</source>
        <translation>Period up to and including</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <source>alle (of gebruikersnummer)</source>
        <translation>all (or user number)</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <source>Het gebruikersnummer van de medewerker; leeg voor iedereen.</source>
        <translation>The staff member&apos;s user number; empty for everyone.</translation>
    </message>
    <message>
        <source>&amp;Medewerker:</source>
        <translation>&amp;Staff member:</translation>
    </message>
    <message>
        <source>alle (of pseudoniem)</source>
        <translation>all (or pseudonym)</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Het pseudoniem van de inwoner; leeg voor iedereen.</source>
        <translation>The resident&apos;s pseudonym; empty for everyone.</translation>
    </message>
    <message>
        <source>&amp;Inwoner:</source>
        <translation>&amp;Resident:</translation>
    </message>
    <message>
        <source>alle (of bijv. besluit.akkoord,besluit.weigering)</source>
        <translation>all (or e.g. besluit.akkoord,besluit.weigering)</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>&amp;Acties:</source>
        <translation>&amp;Actions:</translation>
    </message>
    <message>
        <source>&amp;PDF maken…</source>
        <translation>Create &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;CSV opslaan…</source>
        <translation>Save &amp;CSV…</translation>
    </message>
    <message>
        <source>PDF maken</source>
        <translation>Create PDF</translation>
    </message>
    <message>
        <source>Maakt een PDF met samenvatting, grafiek en de controle van de hashketen.</source>
        <translation>Creates a PDF with summary, chart and the hash chain check.</translation>
    </message>
    <message>
        <source>CSV opslaan</source>
        <translation>Save CSV</translation>
    </message>
    <message>
        <source>Status van het rapport</source>
        <translation>Report status</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Managementinformatie (zelfde periode)</source>
        <translation>Management information (same period)</translation>
    </message>
    <message>
        <source>Cijfers van het team</source>
        <translation>Team figures</translation>
    </message>
    <message>
        <source>Besluiten per reden</source>
        <translation>Decisions per reason</translation>
    </message>
    <message>
        <source>Cijfers &amp;verversen</source>
        <translation>&amp;Refresh figures</translation>
    </message>
    <message>
        <source>Cijfers verversen</source>
        <translation>Refresh figures</translation>
    </message>
    <message>
        <source>Rapport wordt gemaakt…</source>
        <translation>Creating report…</translation>
    </message>
    <message>
        <source>PDF opgeslagen: %1</source>
        <translation>PDF saved: %1</translation>
    </message>
    <message>
        <source>De PDF kon niet worden gemaakt.</source>
        <translation>The PDF could not be created.</translation>
    </message>
    <message>
        <source>CSV opgeslagen: %1</source>
        <translation>CSV saved: %1</translation>
    </message>
    <message>
        <source>Opslaan mislukt.</source>
        <translation>Saving failed.</translation>
    </message>
    <message>
        <source>Open verzoeken: %1 (waarvan %2 boven de doeltijd). Afgehandeld: %3, gemiddeld in %4 u %5 min. Akkoord: %6. Geweigerd: %7.</source>
        <translation>Open requests: %1 (%2 past the target time). Handled: %3, on average in %4 h %5 min. Approved: %6. Refused: %7.</translation>
    </message>
</context>
<context>
    <name>regie::desk::TeamsModel</name>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Inwoners</source>
        <translation>Residents</translation>
    </message>
</context>
<context>
    <name>regie::desk::TeamsView</name>
    <message>
        <source>Deze gegevens ziet een inwoner als hij contact moet opnemen met zijn team.</source>
        <translation>A resident sees these details when they must contact their team.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Contactgegevens</source>
        <translation>Contact details</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Het nummer dat inwoners bellen.</source>
        <translation>The number residents call.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Opening hours</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: maandag tot en met vrijdag 9.00 tot 17.00 uur.</source>
        <translation>For example: Monday to Friday 9.00 to 17.00.</translation>
    </message>
    <message>
        <source>Inwoner &amp;koppelen aan Allegro…</source>
        <translation>&amp;Link a resident to Allegro…</translation>
    </message>
    <message>
        <source>Inwoner koppelen</source>
        <translation>Link a resident</translation>
    </message>
    <message>
        <source>Neemt een huishouden over uit Allegro en wijst de caseload toe.</source>
        <translation>Takes over a household from Allegro and assigns the caseload.</translation>
    </message>
    <message>
        <source>&amp;Nieuw team</source>
        <translation>&amp;New team</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Vul ten minste de naam en het telefoonnummer in.</source>
        <translation>Fill in at least the name and the phone number.</translation>
    </message>
    <message>
        <source>Team %1 opgeslagen.</source>
        <translation>Team %1 saved.</translation>
    </message>
    <message>
        <source>Inwoner %1 is gekoppeld.</source>
        <translation>Resident %1 is linked.</translation>
    </message>
</context>
<context>
    <name>regie::desk::Tekst</name>
    <message>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <source>vier weken</source>
        <translation>four weeks</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>month</translation>
    </message>
    <message>
        <source>kwartaal</source>
        <translation>quarter</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>year</translation>
    </message>
    <message>
        <source>bankpas en legitimatie gezien</source>
        <translation>bank card and ID seen</translation>
    </message>
    <message>
        <source>bankafschrift op naam gezien</source>
        <translation>bank statement in their name seen</translation>
    </message>
    <message>
        <source>bekend in Allegro</source>
        <translation>known in Allegro</translation>
    </message>
    <message>
        <source>bevestigd door de bank</source>
        <translation>confirmed by the bank</translation>
    </message>
    <message>
        <source>anders (zie notitie)</source>
        <translation>other (see note)</translation>
    </message>
    <message>
        <source>niet vastgelegd</source>
        <translation>not recorded</translation>
    </message>
</context>
<context>
    <name>regie::desk::TransactiesModel</name>
    <message>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tegenpartij</source>
        <translation>Counterparty</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservation</translation>
    </message>
</context>
<context>
    <name>regie::desk::UitgaandeBerichtenModel</name>
    <message>
        <source>Onderwerp</source>
        <translation>Topic</translation>
    </message>
    <message>
        <source>Pogingen</source>
        <translation>Attempts</translation>
    </message>
    <message>
        <source>Laatste fout</source>
        <translation>Last error</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Created</translation>
    </message>
</context>
<context>
    <name>regie::desk::VerzoekView</name>
    <message>
        <source>Kies een verzoek in de werkvoorraad.</source>
        <translation>Choose a request in the work queue.</translation>
    </message>
    <message>
        <source>Verzoek</source>
        <translation>Request</translation>
    </message>
    <message>
        <source>Gegevens van het verzoek</source>
        <translation>Request details</translation>
    </message>
    <message>
        <source>Situatie van de inwoner</source>
        <translation>Resident&apos;s situation</translation>
    </message>
    <message>
        <source>Reserveringen van de inwoner</source>
        <translation>Resident&apos;s reservations</translation>
    </message>
    <message>
        <source>Recente verzoeken</source>
        <translation>Recent requests</translation>
    </message>
    <message>
        <source>Recente verzoeken van de inwoner</source>
        <translation>Resident&apos;s recent requests</translation>
    </message>
    <message>
        <source>Open &amp;dossier</source>
        <translation>Open &amp;file</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>Open file</translation>
    </message>
    <message>
        <source>Toon het volledige dossier van deze inwoner.</source>
        <translation>Show the full file of this resident.</translation>
    </message>
    <message>
        <source>Waarom dit verzoek bij u ligt</source>
        <translation>Why this request is with you</translation>
    </message>
    <message>
        <source>Redenen van de regels</source>
        <translation>Reasons from the rules</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>&amp;Akkoord (Ctrl+Enter)</source>
        <translation>&amp;Approve (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Weigeren (Ctrl+Shift+Enter)</source>
        <translation>&amp;Refuse (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Standaardreden uit de catalogus. Verplicht bij een weigering.</source>
        <translation>Standard reason from the catalogue. Required for a refusal.</translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>Extra toelichting</source>
        <translation>Additional note</translation>
    </message>
    <message>
        <source>Optioneel. De inwoner leest dit letterlijk (max. 1000 tekens).</source>
        <translation>Optional. The resident reads this literally (max. 1000 characters).</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Note:</translation>
    </message>
    <message>
        <source>Vier ogen</source>
        <translation>Four eyes</translation>
    </message>
    <message>
        <source>Dit leest de inwoner:</source>
        <translation>The resident will read:</translation>
    </message>
    <message>
        <source>Voorbeeld van het bericht aan de inwoner</source>
        <translation>Preview of the message to the resident</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>&amp;Versturen</source>
        <translation>&amp;Send</translation>
    </message>
    <message>
        <source>Besluit versturen</source>
        <translation>Send decision</translation>
    </message>
    <message>
        <source>Verstuurt het besluit. Het voorbeeld hierboven is wat de inwoner krijgt.</source>
        <translation>Sends the decision. The preview above is what the resident receives.</translation>
    </message>
    <message>
        <source>Verzoek niet geladen</source>
        <translation>Request not loaded</translation>
    </message>
    <message>
        <source>Verzoek van %1: %2 uit %3</source>
        <translation>Request from %1: %2 from %3</translation>
    </message>
    <message>
        <source>Status: %1 · Verstuurd: %2 · Naar rekening eindigend op %3 · Uitleg van de inwoner: %4</source>
        <translation>Status: %1 · Sent: %2 · To account ending in %3 · Resident&apos;s explanation: %4</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Vier ogen: %1 gaf al akkoord. Een tweede medewerker moet ook akkoord geven; dezelfde medewerker kan dat niet.</source>
        <translation>Four eyes: %1 already approved. A second staff member must approve too; the same staff member cannot.</translation>
    </message>
    <message>
        <source>Vier ogen: voor dit bedrag zijn twee akkoorden van verschillende medewerkers nodig.</source>
        <translation>Four eyes: this amount needs two approvals by different staff members.</translation>
    </message>
    <message>
        <source>Over dit verzoek is al beslist.</source>
        <translation>This request has already been decided.</translation>
    </message>
    <message>
        <source>(geen reden nodig)</source>
        <translation>(no reason needed)</translation>
    </message>
    <message>
        <source>Kies een reden…</source>
        <translation>Choose a reason…</translation>
    </message>
    <message>
        <source>De toelichting is te lang (max. 1000 tekens).</source>
        <translation>The note is too long (max. 1000 characters).</translation>
    </message>
    <message>
        <source>Eerste akkoord: de inwoner krijgt nog geen bericht. Na het tweede akkoord leest de inwoner:</source>
        <translation>First approval: the resident gets no message yet. After the second approval the resident will read:</translation>
    </message>
    <message>
        <source>Besluit verstuurd: %1.</source>
        <translation>Decision sent: %1.</translation>
    </message>
    <message>
        <source>De inwoner leest: %1</source>
        <translation>The resident reads: %1</translation>
    </message>
</context>
<context>
    <name>regie::desk::VerzoekenModel</name>
    <message>
        <source>Verstuurd</source>
        <translation>Sent</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source>akkoord</source>
        <translation>approval</translation>
    </message>
    <message>
        <source>weigering</source>
        <translation>refusal</translation>
    </message>
</context>
<context>
    <name>regie::desk::WerkvoorraadModel</name>
    <message>
        <source>Op tijd</source>
        <translation>On time</translation>
    </message>
    <message>
        <source>Bijna te laat</source>
        <translation>Almost late</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Late</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 u %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n dagen</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Wacht op akkoord</source>
        <translation>Awaiting approval</translation>
    </message>
    <message>
        <source>Wacht op tweede akkoord</source>
        <translation>Awaiting second approval</translation>
    </message>
    <message>
        <source>Uitgevoerd</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Ja, 1e akkoord: %1</source>
        <translation>Yes, 1st approval: %1</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message numerus="yes">
        <source>Doel van het team: binnen %n uur beslissen.</source>
        <translation>
            <numerusform>Team target: decide within %n hour.</numerusform>
            <numerusform>Team target: decide within %n hours.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Resident</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wacht al</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Vier ogen</source>
        <translation>Four eyes</translation>
    </message>
    <message>
        <source>Betaling niet gelukt</source>
        <translation>Payment failed</translation>
    </message>
</context>
<context>
    <name>regie::desk::WerkvoorraadView</name>
    <message>
        <source>Werkvoorraad</source>
        <translation>Work queue</translation>
    </message>
    <message>
        <source>Verzoeken die wachten op een besluit. Enter opent het verzoek.</source>
        <translation>Requests waiting for a decision. Enter opens the request.</translation>
    </message>
    <message>
        <source>Zoek inwoner (Ctrl+F)</source>
        <translation>Find resident (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoek inwoner</source>
        <translation>Find resident</translation>
    </message>
    <message>
        <source>Filter op naam of pseudoniem van de inwoner.</source>
        <translation>Filter on the resident&apos;s name or pseudonym.</translation>
    </message>
    <message>
        <source>Alle wachtende</source>
        <translation>All waiting</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservation</translation>
    </message>
    <message>
        <source>Filter op (een deel van) de naam van de reservering.</source>
        <translation>Filter on (part of) the reservation name.</translation>
    </message>
    <message>
        <source>Aantal verzoeken</source>
        <translation>Number of requests</translation>
    </message>
    <message>
        <source>Laatst bijgewerkt</source>
        <translation>Last updated</translation>
    </message>
    <message numerus="yes">
        <source>%n nieuw(e) verzoek(en) in de werkvoorraad.</source>
        <translation>
            <numerusform>%n new request in the work queue.</numerusform>
            <numerusform>%n new requests in the work queue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Bijgewerkt %1</source>
        <translation>Updated %1</translation>
    </message>
    <message numerus="yes">
        <source>%n verzoek(en)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuw</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message>
        <source>Elke wachttijd</source>
        <translation>Any waiting time</translation>
    </message>
    <message>
        <source>Ouder dan 1 dag</source>
        <translation>Older than 1 day</translation>
    </message>
    <message>
        <source>Ouder dan 2 dagen</source>
        <translation>Older than 2 days</translation>
    </message>
    <message>
        <source>Ouder dan 1 week</source>
        <translation>Older than 1 week</translation>
    </message>
    <message>
        <source>Minimale wachttijd</source>
        <translation>Minimum waiting time</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Caseworker</translation>
    </message>
    <message>
        <source>Filter op caseload of op wie het eerste akkoord gaf.</source>
        <translation>Filter on caseload or on who gave the first approval.</translation>
    </message>
    <message>
        <source>Alle medewerkers</source>
        <translation>All caseworkers</translation>
    </message>
    <message>
        <source>Mijn caseload</source>
        <translation>My caseload</translation>
    </message>
    <message>
        <source>Caseload van %1</source>
        <translation>Caseload of %1</translation>
    </message>
    <message>
        <source>Eerste akkoord door %1</source>
        <translation>First approval by %1</translation>
    </message>
</context>
</TS>
