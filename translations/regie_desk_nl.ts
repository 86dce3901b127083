<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
<context>
    <name>ApiClient</name>
    <message>
        <source>De server is niet bereikbaar. Controleer het adres en de verbinding.</source>
        <translation>De server is niet bereikbaar. Controleer het adres en de verbinding.</translation>
    </message>
    <message>
        <source>Niet alle gegevens kloppen.</source>
        <translation>Niet alle gegevens kloppen.</translation>
    </message>
    <message>
        <source>U bent niet (meer) ingelogd.</source>
        <translation>U bent niet (meer) ingelogd.</translation>
    </message>
    <message>
        <source>Dit mag u niet doen met uw rol.</source>
        <translation>Dit mag u niet doen met uw rol.</translation>
    </message>
    <message>
        <source>Dit bestaat niet, of u heeft er geen toegang toe.</source>
        <translation>Dit bestaat niet, of u heeft er geen toegang toe.</translation>
    </message>
    <message>
        <source>Iemand anders heeft dit net veranderd.</source>
        <translation>Iemand anders heeft dit net veranderd.</translation>
    </message>
    <message>
        <source>Uw account is tijdelijk geblokkeerd.</source>
        <translation>Uw account is tijdelijk geblokkeerd.</translation>
    </message>
    <message>
        <source>Te veel pogingen. Wacht even.</source>
        <translation>Te veel pogingen. Wacht even.</translation>
    </message>
    <message>
        <source>Er ging iets mis op de server. Probeer het later opnieuw.</source>
        <translation>Er ging iets mis op de server. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Er ging iets mis.</source>
        <translation>Er ging iets mis.</translation>
    </message>
    <message>
        <source>Log opnieuw in.</source>
        <translation>Log opnieuw in.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Adres van regie-server.</source>
        <translation>Adres van regie-server.</translation>
    </message>
    <message>
        <source>Demomodus: toon de code van demo-accounts.</source>
        <translation>Demomodus: toon de code van demo-accounts.</translation>
    </message>
</context>
<context>
    <name>regie::desk::AfspraakVersiesModel</name>
    <message>
        <source>(alle, %1)</source>
        <translation>(alle, %1)</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservering</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Max./opname</source>
        <translation>Max./opname</translation>
    </message>
    <message>
        <source>Max./week</source>
        <translation>Max./week</translation>
    </message>
    <message>
        <source>Aantal/week</source>
        <translation>Aantal/week</translation>
    </message>
    <message>
        <source>Max./maand</source>
        <translation>Max./maand</translation>
    </message>
    <message>
        <source>Aantal/maand</source>
        <translation>Aantal/maand</translation>
    </message>
    <message>
        <source>Min. saldo</source>
        <translation>Min. saldo</translation>
    </message>
    <message>
        <source>Ingang</source>
        <translation>Ingang</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Vastgelegd</source>
        <translation>Vastgelegd</translation>
    </message>
    <message>
        <source>%1, gewijzigd</source>
        <translation>%1, gewijzigd</translation>
    </message>
    <message>
        <source>Gewijzigd; was: %1</source>
        <translation>Gewijzigd; was: %1</translation>
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
        <translation>%1: vul een aantal van 0 tot en met %2 in.</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservering</translation>
    </message>
    <message>
        <source>De reservering waarvoor u de afspraak maakt.</source>
        <translation>De reservering waarvoor u de afspraak maakt.</translation>
    </message>
    <message>
        <source>Inwoner:</source>
        <translation>Inwoner:</translation>
    </message>
    <message>
        <source>Reservering:</source>
        <translation>Reservering:</translation>
    </message>
    <message>
        <source>Versies (▲ = gewijzigd ten opzichte van de vorige versie)</source>
        <translation>Versies (▲ = gewijzigd ten opzichte van de vorige versie)</translation>
    </message>
    <message>
        <source>Versiegeschiedenis van de afspraken</source>
        <translation>Versiegeschiedenis van de afspraken</translation>
    </message>
    <message>
        <source>Afspraak</source>
        <translation>Afspraak</translation>
    </message>
    <message>
        <source>Vrij opnemen (binnen de grenzen)</source>
        <translation>Vrij opnemen (binnen de grenzen)</translation>
    </message>
    <message>
        <source>Altijd na akkoord medewerker</source>
        <translation>Altijd na akkoord medewerker</translation>
    </message>
    <message>
        <source>Niet toegestaan</source>
        <translation>Niet toegestaan</translation>
    </message>
    <message>
        <source>Modus</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>&amp;Modus:</source>
        <translation>&amp;Modus:</translation>
    </message>
    <message>
        <source>geen grens</source>
        <translation>geen grens</translation>
    </message>
    <message>
        <source>Max. per opname (€)</source>
        <translation>Max. per opname (€)</translation>
    </message>
    <message>
        <source>Boven dit bedrag beslist een medewerker.</source>
        <translation>Boven dit bedrag beslist een medewerker.</translation>
    </message>
    <message>
        <source>Max. per week (€)</source>
        <translation>Max. per week (€)</translation>
    </message>
    <message>
        <source>Totaal van deze ISO-week, inclusief deze opname.</source>
        <translation>Totaal van deze ISO-week, inclusief deze opname.</translation>
    </message>
    <message>
        <source>Max. aantal per week</source>
        <translation>Max. aantal per week</translation>
    </message>
    <message>
        <source>Aantal opnames per week.</source>
        <translation>Aantal opnames per week.</translation>
    </message>
    <message>
        <source>Max. per maand (€)</source>
        <translation>Max. per maand (€)</translation>
    </message>
    <message>
        <source>Totaal van deze kalendermaand.</source>
        <translation>Totaal van deze kalendermaand.</translation>
    </message>
    <message>
        <source>Max. aantal per maand</source>
        <translation>Max. aantal per maand</translation>
    </message>
    <message>
        <source>Aantal opnames per maand.</source>
        <translation>Aantal opnames per maand.</translation>
    </message>
    <message>
        <source>Minimum saldo (€)</source>
        <translation>Minimum saldo (€)</translation>
    </message>
    <message>
        <source>Dit blijft altijd in de reservering staan.</source>
        <translation>Dit blijft altijd in de reservering staan.</translation>
    </message>
    <message>
        <source>Alleen naar eigen, gecontroleerde rekening</source>
        <translation>Alleen naar eigen, gecontroleerde rekening</translation>
    </message>
    <message>
        <source>Alleen eigen rekening</source>
        <translation>Alleen eigen rekening</translation>
    </message>
    <message>
        <source>Ingangsdatum</source>
        <translation>Ingangsdatum</translation>
    </message>
    <message>
        <source>&amp;Ingangsdatum:</source>
        <translation>&amp;Ingangsdatum:</translation>
    </message>
    <message>
        <source>Geldig tot</source>
        <translation>Geldig tot</translation>
    </message>
    <message>
        <source>Reden van de wijziging</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <source>Verplicht. Komt in de geschiedenis en de audittrail.</source>
        <translation>Verplicht. Komt in de geschiedenis en de audittrail.</translation>
    </message>
    <message>
        <source>&amp;Reden (verplicht):</source>
        <translation>&amp;Reden (verplicht):</translation>
    </message>
    <message>
        <source>Controle van de afspraak</source>
        <translation>Controle van de afspraak</translation>
    </message>
    <message>
        <source>&amp;Opslaan als nieuwe versie</source>
        <translation>&amp;Opslaan als nieuwe versie</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Slaat een nieuwe versie op. Oude versies blijven bewaard.</source>
        <translation>Slaat een nieuwe versie op. Oude versies blijven bewaard.</translation>
    </message>
    <message>
        <source>Proberen (er wordt niets opgeslagen)</source>
        <translation>Proberen (er wordt niets opgeslagen)</translation>
    </message>
    <message>
        <source>Bedrag, bijv. 75,00</source>
        <translation>Bedrag, bijv. 75,00</translation>
    </message>
    <message>
        <source>Bedrag om te proberen</source>
        <translation>Bedrag om te proberen</translation>
    </message>
    <message>
        <source>&amp;Proberen</source>
        <translation>&amp;Proberen</translation>
    </message>
    <message>
        <source>Proberen</source>
        <translation>Proberen</translation>
    </message>
    <message>
        <source>Laat zien wat de regels nu zouden besluiten met deze concept-afspraak.</source>
        <translation>Laat zien wat de regels nu zouden besluiten met deze concept-afspraak.</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Redenen</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>Max. per opname</source>
        <translation>Max. per opname</translation>
    </message>
    <message>
        <source>Max. per week</source>
        <translation>Max. per week</translation>
    </message>
    <message>
        <source>Max. per maand</source>
        <translation>Max. per maand</translation>
    </message>
    <message>
        <source>Minimum saldo</source>
        <translation>Minimum saldo</translation>
    </message>
    <message>
        <source>Eerst de afspraak of het bedrag verbeteren.</source>
        <translation>Eerst de afspraak of het bedrag verbeteren.</translation>
    </message>
    <message>
        <source>Uitkomst: VRIJ — de inwoner krijgt het geld direct.</source>
        <translation>Uitkomst: VRIJ — de inwoner krijgt het geld direct.</translation>
    </message>
    <message>
        <source>Uitkomst: NA AKKOORD — een medewerker beslist.</source>
        <translation>Uitkomst: NA AKKOORD — een medewerker beslist.</translation>
    </message>
    <message>
        <source>Uitkomst: NIET TOEGESTAAN — automatisch afgewezen.</source>
        <translation>Uitkomst: NIET TOEGESTAAN — automatisch afgewezen.</translation>
    </message>
    <message>
        <source>Uitkomst: ONVOLDOENDE SALDO — automatisch afgewezen.</source>
        <translation>Uitkomst: ONVOLDOENDE SALDO — automatisch afgewezen.</translation>
    </message>
    <message>
        <source>Nu beschikbaar: %1. Maximaal vrij: %2.</source>
        <translation>Nu beschikbaar: %1. Maximaal vrij: %2.</translation>
    </message>
    <message>
        <source>De inwoner leest: %1</source>
        <translation>De inwoner leest: %1</translation>
    </message>
    <message>
        <source>Vul een reden in.</source>
        <translation>Vul een reden in.</translation>
    </message>
    <message>
        <source>Afspraak opgeslagen als nieuwe versie.</source>
        <translation>Afspraak opgeslagen als nieuwe versie.</translation>
    </message>
    <message>
        <source>Een inwoner</source>
        <translation>Een inwoner</translation>
    </message>
    <message>
        <source>Standaard per vorm</source>
        <translation>Standaard per vorm</translation>
    </message>
    <message>
        <source>Afspraken voor</source>
        <translation>Afspraken voor</translation>
    </message>
    <message>
        <source>Een inwoner, of de standaard voor iedereen met dezelfde vorm van budgetbeheer.</source>
        <translation>Een inwoner, of de standaard voor iedereen met dezelfde vorm van budgetbeheer.</translation>
    </message>
    <message>
        <source>Afspraken &amp;voor:</source>
        <translation>Afspraken &amp;voor:</translation>
    </message>
    <message>
        <source>Vorm</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <source>De vorm van budgetbeheer waarvoor u de standaardafspraak maakt.</source>
        <translation>De vorm van budgetbeheer waarvoor u de standaardafspraak maakt.</translation>
    </message>
    <message>
        <source>Vorm:</source>
        <translation>Vorm:</translation>
    </message>
    <message>
        <source>Vrij besteedbaar potje</source>
        <translation>Vrij besteedbaar potje</translation>
    </message>
    <message>
        <source>Gebonden potje</source>
        <translation>Gebonden potje</translation>
    </message>
    <message>
        <source>Soort potje</source>
        <translation>Soort potje</translation>
    </message>
    <message>
        <source>Soort potje:</source>
        <translation>Soort potje:</translation>
    </message>
    <message>
        <source>In het potje (€)</source>
        <translation>In het potje (€)</translation>
    </message>
    <message>
        <source>bijv. 250,00</source>
        <translation>bijv. 250,00</translation>
    </message>
    <message>
        <source>Eerder opgenomen deze week (aantal)</source>
        <translation>Eerder opgenomen deze week (aantal)</translation>
    </message>
    <message>
        <source>Eerder opgenomen deze week (€)</source>
        <translation>Eerder opgenomen deze week (€)</translation>
    </message>
    <message>
        <source>Eerst de situatie verbeteren.</source>
        <translation>Eerst de situatie verbeteren.</translation>
    </message>
    <message>
        <source>Standaardafspraak opgeslagen als nieuwe versie.</source>
        <translation>Standaardafspraak opgeslagen als nieuwe versie.</translation>
    </message>
    <message>
        <source>In het potje</source>
        <translation>In het potje</translation>
    </message>
    <message>
        <source>Eerder opgenomen (aantal)</source>
        <translation>Eerder opgenomen (aantal)</translation>
    </message>
    <message>
        <source>Eerder opgenomen (€)</source>
        <translation>Eerder opgenomen (€)</translation>
    </message>
</context>
<context>
    <name>regie::desk::AuditRapport</name>
    <message>
        <source>De controle van de hashketen kon niet worden uitgevoerd.</source>
        <translation>De controle van de hashketen kon niet worden uitgevoerd.</translation>
    </message>
    <message>
        <source>Hashketen gecontroleerd: INTACT (%1 gebeurtenissen gecontroleerd, laatste hash %2).</source>
        <translation>Hashketen gecontroleerd: INTACT (%1 gebeurtenissen gecontroleerd, laatste hash %2).</translation>
    </message>
    <message>
        <source>Hashketen gecontroleerd: NIET INTACT — %1 bij gebeurtenis %2. Meld dit direct bij de beheerder.</source>
        <translation>Hashketen gecontroleerd: NIET INTACT — %1 bij gebeurtenis %2. Meld dit direct bij de beheerder.</translation>
    </message>
    <message>
        <source>Aantal gebeurtenissen per actie</source>
        <translation>Aantal gebeurtenissen per actie</translation>
    </message>
    <message>
        <source>overig</source>
        <translation>overig</translation>
    </message>
    <message>
        <source>Auditrapport Regie</source>
        <translation>Auditrapport Regie</translation>
    </message>
    <message>
        <source>Periode: %1 t/m %2. Medewerker: %3. Inwoner: %4. Acties: %5.</source>
        <translation>Periode: %1 t/m %2. Medewerker: %3. Inwoner: %4. Acties: %5.</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>Opgesteld door %1 op %2.</source>
        <translation>Opgesteld door %1 op %2.</translation>
    </message>
    <message>
        <source>Samenvatting</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <source>%1 gebeurtenissen gevonden; %2 in dit rapport.</source>
        <translation>%1 gebeurtenissen gevonden; %2 in dit rapport.</translation>
    </message>
    <message>
        <source>Actie</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Gelukt</source>
        <translation>Gelukt</translation>
    </message>
    <message>
        <source>Geweigerd of fout</source>
        <translation>Geweigerd of fout</translation>
    </message>
    <message>
        <source>Totaal</source>
        <translation>Totaal</translation>
    </message>
    <message>
        <source>Gebeurtenissen per actie</source>
        <translation>Gebeurtenissen per actie</translation>
    </message>
    <message>
        <source>Gebeurtenissen</source>
        <translation>Gebeurtenissen</translation>
    </message>
    <message>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Rol</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Uitkomst</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
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
        <translation>Berichten aan Allegro en het zaaksysteem die na alle pogingen niet zijn aangekomen.</translation>
    </message>
    <message>
        <source>Aantal mislukte berichten</source>
        <translation>Aantal mislukte berichten</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Lijst vernieuwen</source>
        <translation>Lijst vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Opnieuw proberen</source>
        <translation>&amp;Opnieuw proberen</translation>
    </message>
    <message>
        <source>Opnieuw proberen</source>
        <translation>Opnieuw proberen</translation>
    </message>
    <message>
        <source>Zet het gekozen bericht terug in de wachtrij om opnieuw te versturen.</source>
        <translation>Zet het gekozen bericht terug in de wachtrij om opnieuw te versturen.</translation>
    </message>
    <message>
        <source>Mislukte berichten</source>
        <translation>Mislukte berichten</translation>
    </message>
    <message numerus="yes">
        <source>%n mislukt bericht(en)</source>
        <translation>
            <numerusform>%n mislukt bericht(en)</numerusform>
            <numerusform>%n mislukt bericht(en)</numerusform>
        </translation>
    </message>
    <message>
        <source>Het bericht wordt opnieuw verstuurd.</source>
        <translation>Het bericht wordt opnieuw verstuurd.</translation>
    </message>
    <message>
        <source>Bewaartermijn</source>
        <translation>Bewaartermijn</translation>
    </message>
    <message>
        <source>Wanneer persoonsgegevens het laatst zijn opgeruimd.</source>
        <translation>Wanneer persoonsgegevens het laatst zijn opgeruimd.</translation>
    </message>
    <message>
        <source>Bewaartermijn: niet op te halen.</source>
        <translation>Bewaartermijn: niet op te halen.</translation>
    </message>
    <message>
        <source>Bewaartermijn: nog nooit verwerkt.</source>
        <translation>Bewaartermijn: nog nooit verwerkt.</translation>
    </message>
    <message numerus="yes">
        <source>Bewaartermijn: laatst verwerkt op %1. %n dossier(s) geanonimiseerd</source>
        <translation>
            <numerusform>Bewaartermijn: laatst verwerkt op %1. %n dossier geanonimiseerd</numerusform>
            <numerusform>Bewaartermijn: laatst verwerkt op %1. %n dossiers geanonimiseerd</numerusform>
        </translation>
    </message>
    <message>
        <source>(budgetbeheer beëindigd op of voor %1, na %2 maanden).</source>
        <translation>(budgetbeheer beëindigd op of voor %1, na %2 maanden).</translation>
    </message>
    <message>
        <source>De volgende keer gaat het verder.</source>
        <translation>De volgende keer gaat het verder.</translation>
    </message>
</context>
<context>
    <name>regie::desk::BudgetplanModel</name>
    <message>
        <source>Leefgeld</source>
        <translation>Leefgeld</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Periode</source>
        <translation>Periode</translation>
    </message>
    <message>
        <source>Volgende datum</source>
        <translation>Volgende datum</translation>
    </message>
</context>
<context>
    <name>regie::desk::DossierView</name>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Kies een inwoner uit uw caseload.</source>
        <translation>Kies een inwoner uit uw caseload.</translation>
    </message>
    <message>
        <source>&amp;Inwoner:</source>
        <translation>&amp;Inwoner:</translation>
    </message>
    <message>
        <source>Vernieuwen</source>
        <translation>Vernieuwen</translation>
    </message>
    <message>
        <source>Dossier vernieuwen</source>
        <translation>Dossier vernieuwen</translation>
    </message>
    <message>
        <source>Samenvatting van het dossier</source>
        <translation>Samenvatting van het dossier</translation>
    </message>
    <message>
        <source>Reserveringen</source>
        <translation>Reserveringen</translation>
    </message>
    <message>
        <source>Transacties</source>
        <translation>Transacties</translation>
    </message>
    <message>
        <source>Budgetplan</source>
        <translation>Budgetplan</translation>
    </message>
    <message>
        <source>Verzoeken</source>
        <translation>Verzoeken</translation>
    </message>
    <message numerus="yes">
        <source>%n open verzoek(en)</source>
        <translation>
            <numerusform>%n open verzoek</numerusform>
            <numerusform>%n open verzoeken</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (%3) · %4</source>
        <translation>%1 %2 (%3) · %4</translation>
    </message>
    <message>
        <source>Beheerrekening: %1 · Niet gereserveerd: %2 · Bijgewerkt: %3</source>
        <translation>Beheerrekening: %1 · Niet gereserveerd: %2 · Bijgewerkt: %3</translation>
    </message>
    <message>
        <source>Lening %1: nog %2 open, %3 per maand, achterstand %4</source>
        <translation>Lening %1: nog %2 open, %3 per maand, achterstand %4</translation>
    </message>
    <message>
        <source>Meldingen aan de inwoner</source>
        <translation>Meldingen aan de inwoner</translation>
    </message>
    <message>
        <source>Meldingen</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <source>Eigen rekeningen</source>
        <translation>Eigen rekeningen</translation>
    </message>
</context>
<context>
    <name>regie::desk::EigenRekeningenModel</name>
    <message>
        <source>Rekening</source>
        <translation>Rekening</translation>
    </message>
    <message>
        <source>Eindigt op</source>
        <translation>Eindigt op</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Gecontroleerd met</source>
        <translation>Gecontroleerd met</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Beëindigd %1: %2</source>
        <translation>Beëindigd %1: %2</translation>
    </message>
    <message>
        <source>In gebruik</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Niet gecontroleerd</source>
        <translation>Niet gecontroleerd</translation>
    </message>
</context>
<context>
    <name>regie::desk::KoppelDialog</name>
    <message>
        <source>Inwoner koppelen aan Allegro</source>
        <translation>Inwoner koppelen aan Allegro</translation>
    </message>
    <message>
        <source>Regie neemt het huishouden over uit Allegro: budgetplan, reserveringen, lening en rekeningen. Daarna komt de inwoner in de caseload van de gekozen medewerker.</source>
        <translation>Regie neemt het huishouden over uit Allegro: budgetplan, reserveringen, lening en rekeningen. Daarna komt de inwoner in de caseload van de gekozen medewerker.</translation>
    </message>
    <message>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <source>Negen cijfers; wordt gecontroleerd met de elfproef.</source>
        <translation>Negen cijfers; wordt gecontroleerd met de elfproef.</translation>
    </message>
    <message>
        <source>Allegro-relatie</source>
        <translation>Allegro-relatie</translation>
    </message>
    <message>
        <source>De relatiecode van het huishouden in Allegro.</source>
        <translation>De relatiecode van het huishouden in Allegro.</translation>
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
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Wie de inwoner in de caseload krijgt. Zonder medewerker krijgt de teamleider de meldingen.</source>
        <translation>Wie de inwoner in de caseload krijgt. Zonder medewerker krijgt de teamleider de meldingen.</translation>
    </message>
    <message>
        <source>&amp;Medewerker:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Verplicht. Komt in de audittrail.</source>
        <translation>Verplicht. Komt in de audittrail.</translation>
    </message>
    <message>
        <source>&amp;Koppelen</source>
        <translation>&amp;Koppelen</translation>
    </message>
    <message>
        <source>(nog geen medewerker)</source>
        <translation>(nog geen medewerker)</translation>
    </message>
    <message>
        <source>Dit BSN klopt niet (elfproef). Controleer de cijfers.</source>
        <translation>Dit BSN klopt niet (elfproef). Controleer de cijfers.</translation>
    </message>
    <message>
        <source>De inwoner is gekoppeld, maar niet aan de medewerker: %1</source>
        <translation>De inwoner is gekoppeld, maar niet aan de medewerker: %1</translation>
    </message>
</context>
<context>
    <name>regie::desk::LoginDialog</name>
    <message>
        <source>Inloggen bij Regie</source>
        <translation>Inloggen bij Regie</translation>
    </message>
    <message>
        <source>Demo-melding</source>
        <translation>Demo-melding</translation>
    </message>
    <message>
        <source>Deze omgeving is een demo. Gebruik geen echte gegevens.</source>
        <translation>Deze omgeving is een demo. Gebruik geen echte gegevens.</translation>
    </message>
    <message>
        <source>Kopieer code</source>
        <translation>Kopieer code</translation>
    </message>
    <message>
        <source>Kopieer demo-code</source>
        <translation>Kopieer demo-code</translation>
    </message>
    <message>
        <source>Zet de huidige demo-code op het klembord en in het codeveld.</source>
        <translation>Zet de huidige demo-code op het klembord en in het codeveld.</translation>
    </message>
    <message>
        <source>Serveradres</source>
        <translation>Serveradres</translation>
    </message>
    <message>
        <source>Het adres van regie-server, bijvoorbeeld https://regie.utrecht.nl</source>
        <translation>Het adres van regie-server, bijvoorbeeld https://regie.utrecht.nl</translation>
    </message>
    <message>
        <source>Gebruikersnaam</source>
        <translation>Gebruikersnaam</translation>
    </message>
    <message>
        <source>Wachtwoord</source>
        <translation>Wachtwoord</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>De zescijferige code uit uw authenticator-app.</source>
        <translation>De zescijferige code uit uw authenticator-app.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Gebruikersnaam:</source>
        <translation>&amp;Gebruikersnaam:</translation>
    </message>
    <message>
        <source>&amp;Wachtwoord:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <source>&amp;Code (authenticator):</source>
        <translation>&amp;Code (authenticator):</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>&amp;Inloggen</source>
        <translation>&amp;Inloggen</translation>
    </message>
    <message>
        <source>DEMO — geen echte gegevens. Vul een demo-gebruikersnaam in om de code te zien.</source>
        <translation>DEMO — geen echte gegevens. Vul een demo-gebruikersnaam in om de code te zien.</translation>
    </message>
    <message>
        <source>DEMO — geen echte gegevens. Code voor %1: %2 (wachtwoord: regie-demo)</source>
        <translation>DEMO — geen echte gegevens. Code voor %1: %2 (wachtwoord: regie-demo)</translation>
    </message>
    <message>
        <source>Vul een geldig serveradres in.</source>
        <translation>Vul een geldig serveradres in.</translation>
    </message>
    <message>
        <source>Vul gebruikersnaam, wachtwoord en code in.</source>
        <translation>Vul gebruikersnaam, wachtwoord en code in.</translation>
    </message>
</context>
<context>
    <name>regie::desk::MainWindow</name>
    <message>
        <source>DEMO — geen echte gegevens</source>
        <translation>DEMO — geen echte gegevens</translation>
    </message>
    <message>
        <source>Demo-melding</source>
        <translation>Demo-melding</translation>
    </message>
    <message>
        <source>Regie — budgetbeheer</source>
        <translation>Regie — budgetbeheer</translation>
    </message>
    <message>
        <source>Onderdelen</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <source>&amp;Werkvoorraad</source>
        <translation>&amp;Werkvoorraad</translation>
    </message>
    <message>
        <source>&amp;Verzoek</source>
        <translation>&amp;Verzoek</translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;Afspraken</source>
        <translation>&amp;Afspraken</translation>
    </message>
    <message>
        <source>&amp;Rapportages</source>
        <translation>&amp;Rapportages</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Ongelezen meldingen</source>
        <translation>Ongelezen meldingen</translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Sessie beëindigd</source>
        <translation>Sessie beëindigd</translation>
    </message>
    <message>
        <source>&amp;Bestand</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Uitloggen</source>
        <translation>&amp;Uitloggen</translation>
    </message>
    <message>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>B&amp;eeld</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Vernieuwen</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Over Regie</source>
        <translation>&amp;Over Regie</translation>
    </message>
    <message>
        <source>Over Regie</source>
        <translation>Over Regie</translation>
    </message>
    <message>
        <source>regie-desk %1 — budgetbeheer voor gemeente Utrecht.
Verbonden met %2.</source>
        <translation>regie-desk %1 — budgetbeheer voor gemeente Utrecht.
Verbonden met %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n ongelezen melding(en)</source>
        <translation>
            <numerusform>%n ongelezen melding</numerusform>
            <numerusform>%n ongelezen meldingen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Koppelingen</source>
        <translation>&amp;Koppelingen</translation>
    </message>
    <message>
        <source>R&amp;edenen</source>
        <translation>R&amp;edenen</translation>
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
        <translation>Moment</translation>
    </message>
    <message>
        <source>Titel</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tekst</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Gelezen</source>
        <translation>Gelezen</translation>
    </message>
    <message>
        <source>gelezen</source>
        <translation>gelezen</translation>
    </message>
    <message>
        <source>ongelezen</source>
        <translation>ongelezen</translation>
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
        <translation>Soort</translation>
    </message>
    <message>
        <source>Tekst voor medewerkers</source>
        <translation>Tekst voor medewerkers</translation>
    </message>
    <message>
        <source>Versie</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Weigering</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <source>In gebruik</source>
        <translation>In gebruik</translation>
    </message>
    <message>
        <source>Ingetrokken</source>
        <translation>Ingetrokken</translation>
    </message>
</context>
<context>
    <name>regie::desk::RedenTellingenModel</name>
    <message>
        <source>Besluit</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Aantal</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Weigering</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <source>(zonder reden)</source>
        <translation>(zonder reden)</translation>
    </message>
</context>
<context>
    <name>regie::desk::RedenVersiesModel</name>
    <message>
        <source>Versie</source>
        <translation>Versie</translation>
    </message>
    <message>
        <source>Tekst voor medewerkers</source>
        <translation>Tekst voor medewerkers</translation>
    </message>
    <message>
        <source>Tekst voor de inwoner (B1)</source>
        <translation>Tekst voor de inwoner (B1)</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Door</translation>
    </message>
    <message>
        <source>Waarom</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Wanneer</source>
        <translation>Wanneer</translation>
    </message>
</context>
<context>
    <name>regie::desk::RedenenView</name>
    <message>
        <source>Redenen voor akkoord en weigering. Medewerkers kiezen op de tekst voor medewerkers; de inwoner leest de B1-tekst in het bericht. Een wijziging wordt een nieuwe versie: eerdere besluiten houden de tekst die toen gold.</source>
        <translation>Redenen voor akkoord en weigering. Medewerkers kiezen op de tekst voor medewerkers; de inwoner leest de B1-tekst in het bericht. Een wijziging wordt een nieuwe versie: eerdere besluiten houden de tekst die toen gold.</translation>
    </message>
    <message>
        <source>Redenen</source>
        <translation>Redenen</translation>
    </message>
    <message>
        <source>Versies van de gekozen reden</source>
        <translation>Versies van de gekozen reden</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Hoofdletters, cijfers en _; verandert nooit.</source>
        <translation>Hoofdletters, cijfers en _; verandert nooit.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <source>Weigering</source>
        <translation>Weigering</translation>
    </message>
    <message>
        <source>Akkoord</source>
        <translation>Akkoord</translation>
    </message>
    <message>
        <source>Soort</source>
        <translation>Soort</translation>
    </message>
    <message>
        <source>&amp;Soort:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <source>Tekst voor medewerkers</source>
        <translation>Tekst voor medewerkers</translation>
    </message>
    <message>
        <source>Waar medewerkers de reden aan herkennen.</source>
        <translation>Waar medewerkers de reden aan herkennen.</translation>
    </message>
    <message>
        <source>Tekst voor &amp;medewerkers:</source>
        <translation>Tekst voor &amp;medewerkers:</translation>
    </message>
    <message>
        <source>Tekst voor de inwoner</source>
        <translation>Tekst voor de inwoner</translation>
    </message>
    <message>
        <source>Eenvoudig Nederlands (B1). Komt letterlijk in het bericht.</source>
        <translation>Eenvoudig Nederlands (B1). Komt letterlijk in het bericht.</translation>
    </message>
    <message>
        <source>Tekst voor de &amp;inwoner (B1):</source>
        <translation>Tekst voor de &amp;inwoner (B1):</translation>
    </message>
    <message>
        <source>Voorbeeld van het bericht aan de inwoner</source>
        <translation>Voorbeeld van het bericht aan de inwoner</translation>
    </message>
    <message>
        <source>Voorbeeld:</source>
        <translation>Voorbeeld:</translation>
    </message>
    <message>
        <source>Reden van de wijziging</source>
        <translation>Reden van de wijziging</translation>
    </message>
    <message>
        <source>Verplicht. Komt in de versiegeschiedenis.</source>
        <translation>Verplicht. Komt in de versiegeschiedenis.</translation>
    </message>
    <message>
        <source>&amp;Waarom (verplicht):</source>
        <translation>&amp;Waarom (verplicht):</translation>
    </message>
    <message>
        <source>&amp;Nieuwe reden</source>
        <translation>&amp;Nieuwe reden</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Opslaan</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>Een bestaande reden krijgt een nieuwe versie.</source>
        <translation>Een bestaande reden krijgt een nieuwe versie.</translation>
    </message>
    <message>
        <source>&amp;Intrekken</source>
        <translation>&amp;Intrekken</translation>
    </message>
    <message>
        <source>Intrekken</source>
        <translation>Intrekken</translation>
    </message>
    <message>
        <source>Medewerkers kunnen de reden niet meer kiezen; eerdere besluiten blijven.</source>
        <translation>Medewerkers kunnen de reden niet meer kiezen; eerdere besluiten blijven.</translation>
    </message>
    <message>
        <source>Je medewerker heeft ja gezegd tegen je verzoek.</source>
        <translation>Je medewerker heeft ja gezegd tegen je verzoek.</translation>
    </message>
    <message>
        <source>Je medewerker heeft nee gezegd tegen je verzoek.</source>
        <translation>Je medewerker heeft nee gezegd tegen je verzoek.</translation>
    </message>
    <message>
        <source>Vul in waarom u dit wijzigt.</source>
        <translation>Vul in waarom u dit wijzigt.</translation>
    </message>
    <message>
        <source>Reden %1 opgeslagen (versie %2).</source>
        <translation>Reden %1 opgeslagen (versie %2).</translation>
    </message>
    <message>
        <source>Reden %1 heeft nu versie %2.</source>
        <translation>Reden %1 heeft nu versie %2.</translation>
    </message>
    <message>
        <source>Vul in waarom u deze reden intrekt.</source>
        <translation>Vul in waarom u deze reden intrekt.</translation>
    </message>
    <message>
        <source>Reden %1 is ingetrokken (laatste versie %2).</source>
        <translation>Reden %1 is ingetrokken (laatste versie %2).</translation>
    </message>
</context>
<context>
    <name>regie::desk::RekeningenPaneel</name>
    <message>
        <source>Eigen rekeningen</source>
        <translation>Eigen rekeningen</translation>
    </message>
    <message>
        <source>Gecontroleerde rekening toevoegen of beëindigen</source>
        <translation>Gecontroleerde rekening toevoegen of beëindigen</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>Wordt gecontroleerd; daarna ziet u alleen de laatste 4 tekens.</source>
        <translation>Wordt gecontroleerd; daarna ziet u alleen de laatste 4 tekens.</translation>
    </message>
    <message>
        <source>Naam van de rekening</source>
        <translation>Naam van de rekening</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: Betaalrekening ING.</source>
        <translation>Bijvoorbeeld: Betaalrekening ING.</translation>
    </message>
    <message>
        <source>Hoe gecontroleerd</source>
        <translation>Hoe gecontroleerd</translation>
    </message>
    <message>
        <source>Hoe u heeft gezien dat de rekening van de inwoner is.</source>
        <translation>Hoe u heeft gezien dat de rekening van de inwoner is.</translation>
    </message>
    <message>
        <source>Gecontroleerd met:</source>
        <translation>Gecontroleerd met:</translation>
    </message>
    <message>
        <source>Notitie</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Wat u heeft gezien, voor collega&apos;s. Geen IBAN of BSN.</source>
        <translation>Wat u heeft gezien, voor collega&apos;s. Geen IBAN of BSN.</translation>
    </message>
    <message>
        <source>Rekening &amp;toevoegen</source>
        <translation>Rekening &amp;toevoegen</translation>
    </message>
    <message>
        <source>Reden van beëindigen</source>
        <translation>Reden van beëindigen</translation>
    </message>
    <message>
        <source>Verplicht om een rekening te beëindigen.</source>
        <translation>Verplicht om een rekening te beëindigen.</translation>
    </message>
    <message>
        <source>Gekozen rekening &amp;beëindigen</source>
        <translation>Gekozen rekening &amp;beëindigen</translation>
    </message>
    <message>
        <source>Rekening die eindigt op %1 is toegevoegd.</source>
        <translation>Rekening die eindigt op %1 is toegevoegd.</translation>
    </message>
    <message>
        <source>Kies eerst een rekening in de lijst.</source>
        <translation>Kies eerst een rekening in de lijst.</translation>
    </message>
    <message>
        <source>Rekening die eindigt op %1 is beëindigd.</source>
        <translation>Rekening die eindigt op %1 is beëindigd.</translation>
    </message>
</context>
<context>
    <name>regie::desk::ReserveringenModel</name>
    <message>
        <source>Beheerrekening (totaal)</source>
        <translation>Beheerrekening (totaal)</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservering</translation>
    </message>
    <message>
        <source>Saldo</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <source>Beschikbaar</source>
        <translation>Beschikbaar</translation>
    </message>
    <message>
        <source>Vastgehouden</source>
        <translation>Vastgehouden</translation>
    </message>
    <message>
        <source>Nu vrij op te nemen</source>
        <translation>Nu vrij op te nemen</translation>
    </message>
    <message>
        <source>Uitleg voor de inwoner</source>
        <translation>Uitleg voor de inwoner</translation>
    </message>
</context>
<context>
    <name>regie::desk::TeamleiderView</name>
    <message>
        <source>Auditrapport</source>
        <translation>Auditrapport</translation>
    </message>
    <message>
        <source>Periode vanaf</source>
        <translation>Periode vanaf</translation>
    </message>
    <message>
        <source>Periode tot en met</source>
        <translation>Periode tot en met</translation>
    </message>
    <message>
        <source>t/m</source>
        <translation>t/m</translation>
    </message>
    <message>
        <source>Periode:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>alle (of gebruikersnummer)</source>
        <translation>alle (of gebruikersnummer)</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Het gebruikersnummer van de medewerker; leeg voor iedereen.</source>
        <translation>Het gebruikersnummer van de medewerker; leeg voor iedereen.</translation>
    </message>
    <message>
        <source>&amp;Medewerker:</source>
        <translation>&amp;Medewerker:</translation>
    </message>
    <message>
        <source>alle (of pseudoniem)</source>
        <translation>alle (of pseudoniem)</translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Het pseudoniem van de inwoner; leeg voor iedereen.</source>
        <translation>Het pseudoniem van de inwoner; leeg voor iedereen.</translation>
    </message>
    <message>
        <source>&amp;Inwoner:</source>
        <translation>&amp;Inwoner:</translation>
    </message>
    <message>
        <source>alle (of bijv. besluit.akkoord,besluit.weigering)</source>
        <translation>alle (of bijv. besluit.akkoord,besluit.weigering)</translation>
    </message>
    <message>
        <source>Acties</source>
        <translation>Acties</translation>
    </message>
    <message>
        <source>&amp;Acties:</source>
        <translation>&amp;Acties:</translation>
    </message>
    <message>
        <source>&amp;PDF maken…</source>
        <translation>&amp;PDF maken…</translation>
    </message>
    <message>
        <source>&amp;CSV opslaan…</source>
        <translation>&amp;CSV opslaan…</translation>
    </message>
    <message>
        <source>PDF maken</source>
        <translation>PDF maken</translation>
    </message>
    <message>
        <source>Maakt een PDF met samenvatting, grafiek en de controle van de hashketen.</source>
        <translation>Maakt een PDF met samenvatting, grafiek en de controle van de hashketen.</translation>
    </message>
    <message>
        <source>CSV opslaan</source>
        <translation>CSV opslaan</translation>
    </message>
    <message>
        <source>Status van het rapport</source>
        <translation>Status van het rapport</translation>
    </message>
    <message>
        <source>PDF opslaan</source>
        <translation>PDF opslaan</translation>
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
        <translation>Managementinformatie (zelfde periode)</translation>
    </message>
    <message>
        <source>Cijfers van het team</source>
        <translation>Cijfers van het team</translation>
    </message>
    <message>
        <source>Besluiten per reden</source>
        <translation>Besluiten per reden</translation>
    </message>
    <message>
        <source>Cijfers &amp;verversen</source>
        <translation>Cijfers &amp;verversen</translation>
    </message>
    <message>
        <source>Cijfers verversen</source>
        <translation>Cijfers verversen</translation>
    </message>
    <message>
        <source>Rapport wordt gemaakt…</source>
        <translation>Rapport wordt gemaakt…</translation>
    </message>
    <message>
        <source>PDF opgeslagen: %1</source>
        <translation>PDF opgeslagen: %1</translation>
    </message>
    <message>
        <source>De PDF kon niet worden gemaakt.</source>
        <translation>De PDF kon niet worden gemaakt.</translation>
    </message>
    <message>
        <source>CSV opgeslagen: %1</source>
        <translation>CSV opgeslagen: %1</translation>
    </message>
    <message>
        <source>Opslaan mislukt.</source>
        <translation>Opslaan mislukt.</translation>
    </message>
    <message>
        <source>Open verzoeken: %1 (waarvan %2 boven de doeltijd). Afgehandeld: %3, gemiddeld in %4 u %5 min. Akkoord: %6. Geweigerd: %7.</source>
        <translation>Open verzoeken: %1 (waarvan %2 boven de doeltijd). Afgehandeld: %3, gemiddeld in %4 u %5 min. Akkoord: %6. Geweigerd: %7.</translation>
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
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>Medewerkers</source>
        <translation>Medewerkers</translation>
    </message>
    <message>
        <source>Inwoners</source>
        <translation>Inwoners</translation>
    </message>
</context>
<context>
    <name>regie::desk::TeamsView</name>
    <message>
        <source>Deze gegevens ziet een inwoner als hij contact moet opnemen met zijn team.</source>
        <translation>Deze gegevens ziet een inwoner als hij contact moet opnemen met zijn team.</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Teams</translation>
    </message>
    <message>
        <source>Contactgegevens</source>
        <translation>Contactgegevens</translation>
    </message>
    <message>
        <source>Naam</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Telefoon</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <source>Het nummer dat inwoners bellen.</source>
        <translation>Het nummer dat inwoners bellen.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Openingstijden</source>
        <translation>Openingstijden</translation>
    </message>
    <message>
        <source>Bijvoorbeeld: maandag tot en met vrijdag 9.00 tot 17.00 uur.</source>
        <translation>Bijvoorbeeld: maandag tot en met vrijdag 9.00 tot 17.00 uur.</translation>
    </message>
    <message>
        <source>Inwoner &amp;koppelen aan Allegro…</source>
        <translation>Inwoner &amp;koppelen aan Allegro…</translation>
    </message>
    <message>
        <source>Inwoner koppelen</source>
        <translation>Inwoner koppelen</translation>
    </message>
    <message>
        <source>Neemt een huishouden over uit Allegro en wijst de caseload toe.</source>
        <translation>Neemt een huishouden over uit Allegro en wijst de caseload toe.</translation>
    </message>
    <message>
        <source>&amp;Nieuw team</source>
        <translation>&amp;Nieuw team</translation>
    </message>
    <message>
        <source>&amp;Opslaan</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>Vul ten minste de naam en het telefoonnummer in.</source>
        <translation>Vul ten minste de naam en het telefoonnummer in.</translation>
    </message>
    <message>
        <source>Team %1 opgeslagen.</source>
        <translation>Team %1 opgeslagen.</translation>
    </message>
    <message>
        <source>Inwoner %1 is gekoppeld.</source>
        <translation>Inwoner %1 is gekoppeld.</translation>
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
        <translation>vier weken</translation>
    </message>
    <message>
        <source>maand</source>
        <translation>maand</translation>
    </message>
    <message>
        <source>kwartaal</source>
        <translation>kwartaal</translation>
    </message>
    <message>
        <source>jaar</source>
        <translation>jaar</translation>
    </message>
    <message>
        <source>bankpas en legitimatie gezien</source>
        <translation>bankpas en legitimatie gezien</translation>
    </message>
    <message>
        <source>bankafschrift op naam gezien</source>
        <translation>bankafschrift op naam gezien</translation>
    </message>
    <message>
        <source>bekend in Allegro</source>
        <translation>bekend in Allegro</translation>
    </message>
    <message>
        <source>bevestigd door de bank</source>
        <translation>bevestigd door de bank</translation>
    </message>
    <message>
        <source>anders (zie notitie)</source>
        <translation>anders (zie notitie)</translation>
    </message>
    <message>
        <source>niet vastgelegd</source>
        <translation>niet vastgelegd</translation>
    </message>
</context>
<context>
    <name>regie::desk::TransactiesModel</name>
    <message>
        <source>Datum</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Omschrijving</source>
        <translation>Omschrijving</translation>
    </message>
    <message>
        <source>Tegenpartij</source>
        <translation>Tegenpartij</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservering</translation>
    </message>
</context>
<context>
    <name>regie::desk::UitgaandeBerichtenModel</name>
    <message>
        <source>Onderwerp</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <source>Pogingen</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Laatste fout</source>
        <translation>Laatste fout</translation>
    </message>
    <message>
        <source>Aangemaakt</source>
        <translation>Aangemaakt</translation>
    </message>
</context>
<context>
    <name>regie::desk::VerzoekView</name>
    <message>
        <source>Kies een verzoek in de werkvoorraad.</source>
        <translation>Kies een verzoek in de werkvoorraad.</translation>
    </message>
    <message>
        <source>Verzoek</source>
        <translation>Verzoek</translation>
    </message>
    <message>
        <source>Gegevens van het verzoek</source>
        <translation>Gegevens van het verzoek</translation>
    </message>
    <message>
        <source>Situatie van de inwoner</source>
        <translation>Situatie van de inwoner</translation>
    </message>
    <message>
        <source>Reserveringen van de inwoner</source>
        <translation>Reserveringen van de inwoner</translation>
    </message>
    <message>
        <source>Recente verzoeken</source>
        <translation>Recente verzoeken</translation>
    </message>
    <message>
        <source>Recente verzoeken van de inwoner</source>
        <translation>Recente verzoeken van de inwoner</translation>
    </message>
    <message>
        <source>Open &amp;dossier</source>
        <translation>Open &amp;dossier</translation>
    </message>
    <message>
        <source>Open dossier</source>
        <translation>Open dossier</translation>
    </message>
    <message>
        <source>Toon het volledige dossier van deze inwoner.</source>
        <translation>Toon het volledige dossier van deze inwoner.</translation>
    </message>
    <message>
        <source>Waarom dit verzoek bij u ligt</source>
        <translation>Waarom dit verzoek bij u ligt</translation>
    </message>
    <message>
        <source>Redenen van de regels</source>
        <translation>Redenen van de regels</translation>
    </message>
    <message>
        <source>Besluit</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <source>&amp;Akkoord (Ctrl+Enter)</source>
        <translation>&amp;Akkoord (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;Weigeren (Ctrl+Shift+Enter)</source>
        <translation>&amp;Weigeren (Ctrl+Shift+Enter)</translation>
    </message>
    <message>
        <source>Reden</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Standaardreden uit de catalogus. Verplicht bij een weigering.</source>
        <translation>Standaardreden uit de catalogus. Verplicht bij een weigering.</translation>
    </message>
    <message>
        <source>&amp;Reden:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <source>Extra toelichting</source>
        <translation>Extra toelichting</translation>
    </message>
    <message>
        <source>Optioneel. De inwoner leest dit letterlijk (max. 1000 tekens).</source>
        <translation>Optioneel. De inwoner leest dit letterlijk (max. 1000 tekens).</translation>
    </message>
    <message>
        <source>&amp;Toelichting:</source>
        <translation>&amp;Toelichting:</translation>
    </message>
    <message>
        <source>Vier ogen</source>
        <translation>Vier ogen</translation>
    </message>
    <message>
        <source>Dit leest de inwoner:</source>
        <translation>Dit leest de inwoner:</translation>
    </message>
    <message>
        <source>Voorbeeld van het bericht aan de inwoner</source>
        <translation>Voorbeeld van het bericht aan de inwoner</translation>
    </message>
    <message>
        <source>Foutmelding</source>
        <translation>Foutmelding</translation>
    </message>
    <message>
        <source>&amp;Versturen</source>
        <translation>&amp;Versturen</translation>
    </message>
    <message>
        <source>Besluit versturen</source>
        <translation>Besluit versturen</translation>
    </message>
    <message>
        <source>Verstuurt het besluit. Het voorbeeld hierboven is wat de inwoner krijgt.</source>
        <translation>Verstuurt het besluit. Het voorbeeld hierboven is wat de inwoner krijgt.</translation>
    </message>
    <message>
        <source>Verzoek niet geladen</source>
        <translation>Verzoek niet geladen</translation>
    </message>
    <message>
        <source>Verzoek van %1: %2 uit %3</source>
        <translation>Verzoek van %1: %2 uit %3</translation>
    </message>
    <message>
        <source>Status: %1 · Verstuurd: %2 · Naar rekening eindigend op %3 · Uitleg van de inwoner: %4</source>
        <translation>Status: %1 · Verstuurd: %2 · Naar rekening eindigend op %3 · Uitleg van de inwoner: %4</translation>
    </message>
    <message>
        <source>(geen)</source>
        <translation>(geen)</translation>
    </message>
    <message>
        <source>Vier ogen: %1 gaf al akkoord. Een tweede medewerker moet ook akkoord geven; dezelfde medewerker kan dat niet.</source>
        <translation>Vier ogen: %1 gaf al akkoord. Een tweede medewerker moet ook akkoord geven; dezelfde medewerker kan dat niet.</translation>
    </message>
    <message>
        <source>Vier ogen: voor dit bedrag zijn twee akkoorden van verschillende medewerkers nodig.</source>
        <translation>Vier ogen: voor dit bedrag zijn twee akkoorden van verschillende medewerkers nodig.</translation>
    </message>
    <message>
        <source>Over dit verzoek is al beslist.</source>
        <translation>Over dit verzoek is al beslist.</translation>
    </message>
    <message>
        <source>(geen reden nodig)</source>
        <translation>(geen reden nodig)</translation>
    </message>
    <message>
        <source>Kies een reden…</source>
        <translation>Kies een reden…</translation>
    </message>
    <message>
        <source>De toelichting is te lang (max. 1000 tekens).</source>
        <translation>De toelichting is te lang (max. 1000 tekens).</translation>
    </message>
    <message>
        <source>Eerste akkoord: de inwoner krijgt nog geen bericht. Na het tweede akkoord leest de inwoner:</source>
        <translation>Eerste akkoord: de inwoner krijgt nog geen bericht. Na het tweede akkoord leest de inwoner:</translation>
    </message>
    <message>
        <source>Besluit verstuurd: %1.</source>
        <translation>Besluit verstuurd: %1.</translation>
    </message>
    <message>
        <source>De inwoner leest: %1</source>
        <translation>De inwoner leest: %1</translation>
    </message>
</context>
<context>
    <name>regie::desk::VerzoekenModel</name>
    <message>
        <source>Verstuurd</source>
        <translation>Verstuurd</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservering</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Besluiten</source>
        <translation>Besluiten</translation>
    </message>
    <message>
        <source>akkoord</source>
        <translation>akkoord</translation>
    </message>
    <message>
        <source>weigering</source>
        <translation>weigering</translation>
    </message>
</context>
<context>
    <name>regie::desk::WerkvoorraadModel</name>
    <message>
        <source>Op tijd</source>
        <translation>Op tijd</translation>
    </message>
    <message>
        <source>Bijna te laat</source>
        <translation>Bijna te laat</translation>
    </message>
    <message>
        <source>Te laat</source>
        <translation>Te laat</translation>
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
        <translation>%1 u %2 min</translation>
    </message>
    <message numerus="yes">
        <source>%n dagen</source>
        <translation>
            <numerusform>%n dag</numerusform>
            <numerusform>%n dagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Wacht op akkoord</source>
        <translation>Wacht op akkoord</translation>
    </message>
    <message>
        <source>Wacht op tweede akkoord</source>
        <translation>Wacht op tweede akkoord</translation>
    </message>
    <message>
        <source>Uitgevoerd</source>
        <translation>Uitgevoerd</translation>
    </message>
    <message>
        <source>Geweigerd</source>
        <translation>Geweigerd</translation>
    </message>
    <message>
        <source>Nee</source>
        <translation>Nee</translation>
    </message>
    <message>
        <source>Ja, 1e akkoord: %1</source>
        <translation>Ja, 1e akkoord: %1</translation>
    </message>
    <message>
        <source>Ja</source>
        <translation>Ja</translation>
    </message>
    <message numerus="yes">
        <source>Doel van het team: binnen %n uur beslissen.</source>
        <translation>
            <numerusform>Doel van het team: binnen %n uur beslissen.</numerusform>
            <numerusform>Doel van het team: binnen %n uur beslissen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Inwoner</source>
        <translation>Inwoner</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservering</translation>
    </message>
    <message>
        <source>Bedrag</source>
        <translation>Bedrag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wacht al</source>
        <translation>Wacht al</translation>
    </message>
    <message>
        <source>Doel</source>
        <translation>Doel</translation>
    </message>
    <message>
        <source>Vier ogen</source>
        <translation>Vier ogen</translation>
    </message>
    <message>
        <source>Betaling niet gelukt</source>
        <translation>Betaling niet gelukt</translation>
    </message>
</context>
<context>
    <name>regie::desk::WerkvoorraadView</name>
    <message>
        <source>Werkvoorraad</source>
        <translation>Werkvoorraad</translation>
    </message>
    <message>
        <source>Verzoeken die wachten op een besluit. Enter opent het verzoek.</source>
        <translation>Verzoeken die wachten op een besluit. Enter opent het verzoek.</translation>
    </message>
    <message>
        <source>Zoek inwoner (Ctrl+F)</source>
        <translation>Zoek inwoner (Ctrl+F)</translation>
    </message>
    <message>
        <source>Zoek inwoner</source>
        <translation>Zoek inwoner</translation>
    </message>
    <message>
        <source>Filter op naam of pseudoniem van de inwoner.</source>
        <translation>Filter op naam of pseudoniem van de inwoner.</translation>
    </message>
    <message>
        <source>Alle wachtende</source>
        <translation>Alle wachtende</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reservering</source>
        <translation>Reservering</translation>
    </message>
    <message>
        <source>Filter op (een deel van) de naam van de reservering.</source>
        <translation>Filter op (een deel van) de naam van de reservering.</translation>
    </message>
    <message>
        <source>Aantal verzoeken</source>
        <translation>Aantal verzoeken</translation>
    </message>
    <message>
        <source>Laatst bijgewerkt</source>
        <translation>Laatst bijgewerkt</translation>
    </message>
    <message numerus="yes">
        <source>%n nieuw(e) verzoek(en) in de werkvoorraad.</source>
        <translation>
            <numerusform>%n nieuw verzoek in de werkvoorraad.</numerusform>
            <numerusform>%n nieuwe verzoeken in de werkvoorraad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Regie</source>
        <translation>Regie</translation>
    </message>
    <message>
        <source>Bijgewerkt %1</source>
        <translation>Bijgewerkt %1</translation>
    </message>
    <message numerus="yes">
        <source>%n verzoek(en)</source>
        <translation>
            <numerusform>%n verzoek</numerusform>
            <numerusform>%n verzoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n nieuw</source>
        <translation>
            <numerusform>%n nieuw</numerusform>
            <numerusform>%n nieuw</numerusform>
        </translation>
    </message>
    <message>
        <source>Elke wachttijd</source>
        <translation>Elke wachttijd</translation>
    </message>
    <message>
        <source>Ouder dan 1 dag</source>
        <translation>Ouder dan 1 dag</translation>
    </message>
    <message>
        <source>Ouder dan 2 dagen</source>
        <translation>Ouder dan 2 dagen</translation>
    </message>
    <message>
        <source>Ouder dan 1 week</source>
        <translation>Ouder dan 1 week</translation>
    </message>
    <message>
        <source>Minimale wachttijd</source>
        <translation>Minimale wachttijd</translation>
    </message>
    <message>
        <source>Medewerker</source>
        <translation>Medewerker</translation>
    </message>
    <message>
        <source>Filter op caseload of op wie het eerste akkoord gaf.</source>
        <translation>Filter op caseload of op wie het eerste akkoord gaf.</translation>
    </message>
    <message>
        <source>Alle medewerkers</source>
        <translation>Alle medewerkers</translation>
    </message>
    <message>
        <source>Mijn caseload</source>
        <translation>Mijn caseload</translation>
    </message>
    <message>
        <source>Caseload van %1</source>
        <translation>Caseload van %1</translation>
    </message>
    <message>
        <source>Eerste akkoord door %1</source>
        <translation>Eerste akkoord door %1</translation>
    </message>
</context>
</TS>
