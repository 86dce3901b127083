<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="nl_NL">
    <context>
        <name>Allegro</name>
        <message>
            <location filename="../core/integrations/allegro/AllegroClient.cpp" line="+68" />
            <source>Too many calls are waiting for the Allegro login.</source>
            <translation>Too many calls are waiting for the Allegro login.</translation>
        </message>
        <message>
            <location line="+28" />
            <source>Allegro refused the login. Check the Allegro account settings.</source>
            <translation>Allegro refused the login. Check the Allegro account settings.</translation>
        </message>
        <message>
            <location line="+65" />
            <source>Allegro's answer is larger than %1 bytes.</source>
            <translation>Allegro's answer is larger than %1 bytes.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Allegro did not answer within %1 ms.</source>
            <translation>Allegro did not answer within %1 ms.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Allegro cannot be reached (%1).</source>
            <translation>Allegro cannot be reached (%1).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Allegro answered with HTTP status %1.</source>
            <translation>Allegro answered with HTTP status %1.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Allegro did not finish %1 in time.</source>
            <translation>Allegro did not finish %1 in time.</translation>
        </message>
        <message>
            <location filename="../core/integrations/allegro/Codec.cpp" line="+55" />
            <source>Allegro sent an unexpected value in %1: %2</source>
            <translation>Allegro sent an unexpected value in %1: %2</translation>
        </message>
        <message>
            <location filename="../core/integrations/allegro/Codec.h" line="+152" />
            <source>Allegro answered a different operation: %1 instead of %2</source>
            <translation>Allegro answered a different operation: %1 instead of %2</translation>
        </message>
        <message>
            <location filename="../core/integrations/allegro/Soap.cpp" line="+11" />
            <source>Allegro sent an unexpected answer: %1</source>
            <translation>Allegro sent an unexpected answer: %1</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Allegro reported an error: %1 (%2)</source>
            <translation>Allegro reported an error: %1 (%2)</translation>
        </message>
        <message>
            <location filename="../core/integrations/allegro/XmlTree.cpp" line="+13" />
            <source>Allegro sent an unreadable answer: %1</source>
            <translation>Allegro sent an unreadable answer: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Allegro's answer is too large: %1</source>
            <translation>Allegro's answer is too large: %1</translation>
        </message>
    </context>
    <context>
        <name>AllegroSync</name>
        <message>
            <location filename="../core/integrations/runtime/AllegroSync.cpp" line="+66" />
            <source>We konden je gegevens niet ophalen. Probeer het later opnieuw.</source>
            <translation>We konden je gegevens niet ophalen. Probeer het later opnieuw.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>We konden je gegevens niet ophalen. De cijfers zijn van %1.</source>
            <translation>We konden je gegevens niet ophalen. De cijfers zijn van %1.</translation>
        </message>
    </context>
    <context>
        <name>AuditActions</name>
        <message>
            <location filename="../core/audit/AuditActions.cpp" line="+18" />
            <source>Ingelogd</source>
            <translation>Ingelogd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inloggen mislukt</source>
            <translation>Inloggen mislukt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account geblokkeerd</source>
            <translation>Account geblokkeerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uitgelogd</source>
            <translation>Uitgelogd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessie verlopen</source>
            <translation>Sessie verlopen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wachtwoord gewijzigd</source>
            <translation>Wachtwoord gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tweede factor ingesteld</source>
            <translation>Tweede factor ingesteld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dossier bekeken</source>
            <translation>Dossier bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transacties bekeken</source>
            <translation>Transacties bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budgetplan bekeken</source>
            <translation>Budgetplan bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lening bekeken</source>
            <translation>Lening bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek bekeken</source>
            <translation>Opnameverzoek bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audittrail bekeken</source>
            <translation>Audittrail bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek aangemaakt</source>
            <translation>Opnameverzoek aangemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek geannuleerd</source>
            <translation>Opnameverzoek geannuleerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek ingediend</source>
            <translation>Opnameverzoek ingediend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opname uitgevoerd</source>
            <translation>Opname uitgevoerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek automatisch afgewezen</source>
            <translation>Opnameverzoek automatisch afgewezen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek ingetrokken</source>
            <translation>Opnameverzoek ingetrokken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek verlopen</source>
            <translation>Opnameverzoek verlopen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Betaling niet gelukt, geld terug in het potje</source>
            <translation>Betaling niet gelukt, geld terug in het potje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Akkoord gegeven</source>
            <translation>Akkoord gegeven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verzoek geweigerd</source>
            <translation>Verzoek geweigerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maatwerkafspraak aangemaakt</source>
            <translation>Maatwerkafspraak aangemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maatwerkafspraak gewijzigd</source>
            <translation>Maatwerkafspraak gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservering gewijzigd</source>
            <translation>Reservering gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budgetplan gewijzigd</source>
            <translation>Budgetplan gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eigen rekening toegevoegd</source>
            <translation>Eigen rekening toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eigen rekening gecontroleerd</source>
            <translation>Eigen rekening gecontroleerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eigen rekening verwijderd</source>
            <translation>Eigen rekening verwijderd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Toestemming gegeven</source>
            <translation>Toestemming gegeven</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Toestemming ingetrokken</source>
            <translation>Toestemming ingetrokken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gebruiker aangemaakt</source>
            <translation>Gebruiker aangemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Soort opslag (echt of demo) vastgelegd</source>
            <translation>Soort opslag (echt of demo) vastgelegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code om mee te kijken gemaakt</source>
            <translation>Code om mee te kijken gemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wijziging voorgesteld aan een teamleider</source>
            <translation>Wijziging voorgesteld aan een teamleider</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Over een voorgestelde wijziging besloten</source>
            <translation>Over een voorgestelde wijziging besloten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gebruiker gewijzigd</source>
            <translation>Gebruiker gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gebruiker uitgeschakeld</source>
            <translation>Gebruiker uitgeschakeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caseload gewijzigd</source>
            <translation>Caseload gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instelling gewijzigd</source>
            <translation>Instelling gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Standaardreden gewijzigd</source>
            <translation>Standaardreden gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Standaardreden ingetrokken</source>
            <translation>Standaardreden ingetrokken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Melding van het zaaksysteem ontvangen</source>
            <translation>Melding van het zaaksysteem ontvangen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bankbestand verwerkt</source>
            <translation>Bankbestand verwerkt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mislukt bericht opnieuw geprobeerd</source>
            <translation>Mislukt bericht opnieuw geprobeerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bericht naar ander systeem opnieuw verstuurd</source>
            <translation>Bericht naar ander systeem opnieuw verstuurd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team aangemaakt</source>
            <translation>Team aangemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vorm van budgetbeheer gewijzigd</source>
            <translation>Vorm van budgetbeheer gewijzigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inwoner aangemeld</source>
            <translation>Inwoner aangemeld</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservering aangemaakt</source>
            <translation>Reservering aangemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Geld in reservering gezet</source>
            <translation>Geld in reservering gezet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lening bijgewerkt</source>
            <translation>Lening bijgewerkt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Banktransacties geboekt</source>
            <translation>Banktransacties geboekt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Huishouden overgenomen uit Allegro</source>
            <translation>Huishouden overgenomen uit Allegro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budgetbeheer beëindigd</source>
            <translation>Budgetbeheer beëindigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservering beëindigd</source>
            <translation>Reservering beëindigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budgetplanregel beëindigd</source>
            <translation>Budgetplanregel beëindigd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audittrail geëxporteerd</source>
            <translation>Audittrail geëxporteerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gegevens geëxporteerd</source>
            <translation>Gegevens geëxporteerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gegevens uit Allegro bijgewerkt</source>
            <translation>Gegevens uit Allegro bijgewerkt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verwerkt in Allegro</source>
            <translation>Verwerkt in Allegro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zaak aangemaakt</source>
            <translation>Zaak aangemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zaak bijgewerkt</source>
            <translation>Zaak bijgewerkt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Betaalopdracht aangemaakt</source>
            <translation>Betaalopdracht aangemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bericht verstuurd</source>
            <translation>Bericht verstuurd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Persoonsgegevens geanonimiseerd</source>
            <translation>Persoonsgegevens geanonimiseerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gegevens verwijderd</source>
            <translation>Gegevens verwijderd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bewaartermijn verwerkt</source>
            <translation>Bewaartermijn verwerkt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audittrail gecontroleerd</source>
            <translation>Audittrail gecontroleerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Controlepunt audittrail vastgelegd</source>
            <translation>Controlepunt audittrail vastgelegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gegevens versleuteld met de nieuwe sleutel</source>
            <translation>Gegevens versleuteld met de nieuwe sleutel</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back-up gemaakt</source>
            <translation>Back-up gemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back-up teruggezet</source>
            <translation>Back-up teruggezet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instellingen en koppelingen gecontroleerd</source>
            <translation>Instellingen en koppelingen gecontroleerd</translation>
        </message>
    </context>
    <context>
        <name>Camt053</name>
        <message>
            <location filename="../core/integrations/sepa/Camt053.cpp" line="+416" />
            <source>file is larger than the limit</source>
            <translation>file is larger than the limit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not well-formed XML (truncated, DTD or wrong root)</source>
            <translation>not well-formed XML (truncated, DTD or wrong root)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>elements nested deeper than the limit</source>
            <translation>elements nested deeper than the limit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>not a camt.053.001.02 document</source>
            <translation>not a camt.053.001.02 document</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no statement in the file</source>
            <translation>no statement in the file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>more statements than the limit</source>
            <translation>more statements than the limit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>more entries than the limit</source>
            <translation>more entries than the limit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>an element's text is longer than the limit</source>
            <translation>an element's text is longer than the limit</translation>
        </message>
        <message>
            <location line="+1" />
            <source>statement has no account IBAN</source>
            <translation>statement has no account IBAN</translation>
        </message>
        <message>
            <location line="+1" />
            <source>statement account IBAN is invalid</source>
            <translation>statement account IBAN is invalid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>currency is not EUR</source>
            <translation>currency is not EUR</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amount missing, signed or with more than 2 decimals</source>
            <translation>amount missing, signed or with more than 2 decimals</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CdtDbtInd missing or not CRDT/DBIT</source>
            <translation>CdtDbtInd missing or not CRDT/DBIT</translation>
        </message>
        <message>
            <location line="+1" />
            <source>date missing or invalid</source>
            <translation>date missing or invalid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>entry status is not BOOK</source>
            <translation>entry status is not BOOK</translation>
        </message>
        <message>
            <location line="+1" />
            <source>opening (OPBD/PRCD) or closing (CLBD) balance missing</source>
            <translation>opening (OPBD/PRCD) or closing (CLBD) balance missing</translation>
        </message>
        <message>
            <location line="+1" />
            <source>a balance type occurs twice</source>
            <translation>a balance type occurs twice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>opening balance plus entries is not the closing balance</source>
            <translation>opening balance plus entries is not the closing balance</translation>
        </message>
        <message>
            <location line="+38" />
            <source> (statement %1</source>
            <translation> (statement %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, entry %1</source>
            <translation>, entry %1</translation>
        </message>
        <message>
            <location line="+3" />
            <source>camt.053 refused: %1%2, line %3</source>
            <translation>camt.053 refused: %1%2, line %3</translation>
        </message>
    </context>
    <context>
        <name>Dossier</name>
        <message>
            <location filename="../core/services/Dossier.cpp" line="+52" />
            <source>Je lening is helemaal betaald.</source>
            <translation>Je lening is helemaal betaald.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je moet nog %1 terugbetalen. Dat doe je met %2 per maand.</source>
            <translation>Je moet nog %1 terugbetalen. Dat doe je met %2 per maand.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je loopt %1 achter. Praat hierover met je medewerker.</source>
            <translation>Je loopt %1 achter. Praat hierover met je medewerker.</translation>
        </message>
    </context>
    <context>
        <name>Iban</name>
        <message>
            <location filename="../core/money/Iban.cpp" line="+137" />
            <source>Vul een rekeningnummer in.</source>
            <translation>Vul een rekeningnummer in.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dit is geen goed rekeningnummer. Een Nederlands nummer begint met NL en heeft 18 tekens.</source>
            <translation>Dit is geen goed rekeningnummer. Een Nederlands nummer begint met NL en heeft 18 tekens.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dit rekeningnummer klopt niet. Kijk of je een cijfer verkeerd hebt getypt.</source>
            <translation>Dit rekeningnummer klopt niet. Kijk of je een cijfer verkeerd hebt getypt.</translation>
        </message>
    </context>
    <context>
        <name>Mailmeldingen</name>
        <message>
            <location filename="../core/services/Mailmeldingen.cpp" line="+68" />
            <source>Nieuw opnameverzoek in je werkvoorraad</source>
            <translation>Nieuw opnameverzoek in je werkvoorraad</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Er wacht een nieuw opnameverzoek op je besluit.

Bedrag: %1
Reservering: %2

Open regie-desk om het verzoek te bekijken.</source>
            <translation>Er wacht een nieuw opnameverzoek op je besluit.

Bedrag: %1
Reservering: %2

Open regie-desk om het verzoek te bekijken.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Log in op Regie om alles te zien.</source>
            <translation>Log in op Regie om alles te zien.</translation>
        </message>
    </context>
    <context>
        <name>Meekijkcodes</name>
        <message>
            <location filename="../core/services/Meekijkcodes.cpp" line="+74" />
            <source>Je hebt al %1 codes die nog niemand gebruikt heeft. Wacht tot ze verlopen.</source>
            <translation>Je hebt al %1 codes die nog niemand gebruikt heeft. Wacht tot ze verlopen.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Deze code werkt niet. Misschien is hij al gebruikt of te oud. Vraag je hulpverlener om een nieuwe code.</source>
            <translation>Deze code werkt niet. Misschien is hij al gebruikt of te oud. Vraag je hulpverlener om een nieuwe code.</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <location filename="../core/money/Money.cpp" line="+178" />
            <source>Vul een bedrag in.</source>
            <translation>Vul een bedrag in.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vul een bedrag in met cijfers. Bijvoorbeeld 25 of 12,50.</source>
            <translation>Vul een bedrag in met cijfers. Bijvoorbeeld 25 of 12,50.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Gebruik niet meer dan 2 cijfers na de komma. Bijvoorbeeld 12,50.</source>
            <translation>Gebruik niet meer dan 2 cijfers na de komma. Bijvoorbeeld 12,50.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Het bedrag moet hoger zijn dan nul.</source>
            <translation>Het bedrag moet hoger zijn dan nul.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dit bedrag is te hoog.</source>
            <translation>Dit bedrag is te hoog.</translation>
        </message>
    </context>
    <context>
        <name>Opnames</name>
        <message>
            <location filename="../core/services/Opnames.cpp" line="+337" />
            <source>We sturen %1 uit je potje %2 naar je rekening.</source>
            <translation>We sturen %1 uit je potje %2 naar je rekening.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je geld is onderweg</source>
            <translation>Je geld is onderweg</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Je vraagt %1 uit je potje %2. Dit past niet in je afspraken. Je medewerker kijkt %3 naar je verzoek. Je krijgt daarna een bericht.</source>
            <translation>Je vraagt %1 uit je potje %2. Dit past niet in je afspraken. Je medewerker kijkt %3 naar je verzoek. Je krijgt daarna een bericht.</translation>
        </message>
        <message>
            <location line="+168" />
            <source>We kennen je eigen rekening nog niet. Bel je medewerker.</source>
            <translation>We kennen je eigen rekening nog niet. Bel je medewerker.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Je uitleg is te lang. Gebruik niet meer dan 500 tekens.</source>
            <translation>Je uitleg is te lang. Gebruik niet meer dan 500 tekens.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+18" />
            <source>Er ging iets mis met het formulier. Probeer het opnieuw.</source>
            <translation>Er ging iets mis met het formulier. Probeer het opnieuw.</translation>
        </message>
        <message>
            <location line="-600" />
            <source>Je hebt al veel verzoeken die wachten. Wacht eerst op je medewerker.</source>
            <translation>Je hebt al veel verzoeken die wachten. Wacht eerst op je medewerker.</translation>
        </message>
        <message>
            <location line="+618" />
            <location line="+1" />
            <source>Kies je eigen rekening.</source>
            <translation>Kies je eigen rekening.</translation>
        </message>
        <message>
            <location line="-230" />
            <source>Je verzoek is verstuurd</source>
            <translation>Je verzoek is verstuurd</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nieuw opnameverzoek</source>
            <translation>Nieuw opnameverzoek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Er wacht een verzoek van %1 uit %2.</source>
            <translation>Er wacht een verzoek van %1 uit %2.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Je verzoek kan niet</source>
            <translation>Je verzoek kan niet</translation>
        </message>
        <message>
            <location line="+314" />
            <source>Dit verzoek kun je niet meer intrekken.</source>
            <translation>Dit verzoek kun je niet meer intrekken.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Verzoek ingetrokken</source>
            <translation>Verzoek ingetrokken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je hebt je verzoek ingetrokken. Het geld blijft in je potje %1.</source>
            <translation>Je hebt je verzoek ingetrokken. Het geld blijft in je potje %1.</translation>
        </message>
        <message>
            <location line="+126" />
            <source>Je verzoek is verlopen</source>
            <translation>Je verzoek is verlopen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je medewerker heeft niet op tijd naar je verzoek gekeken. Het geld blijft in je potje. Bel je medewerker als je het geld nog nodig hebt.</source>
            <translation>Je medewerker heeft niet op tijd naar je verzoek gekeken. Het geld blijft in je potje. Bel je medewerker als je het geld nog nodig hebt.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Het geld kon niet naar je rekening</source>
            <translation>Het geld kon niet naar je rekening</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We konden %1 uit je potje %2 niet naar je rekening sturen. Het geld staat weer in je potje. Je medewerker weet dit en neemt contact met je op.</source>
            <translation>We konden %1 uit je potje %2 niet naar je rekening sturen. Het geld staat weer in je potje. Je medewerker weet dit en neemt contact met je op.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Betaling niet gelukt</source>
            <translation>Betaling niet gelukt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De betaling van %1 uit %2 is niet gelukt. Het geld staat weer in het potje. Neem contact op met de inwoner.</source>
            <translation>De betaling van %1 uit %2 is niet gelukt. Het geld staat weer in het potje. Neem contact op met de inwoner.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>binnen 1 werkdag</source>
            <translation>binnen 1 werkdag</translation>
        </message>
        <message>
            <location line="+0" />
            <source>binnen %1 werkdagen</source>
            <translation>binnen %1 werkdagen</translation>
        </message>
        <message>
            <location filename="../core/services/OpnamesLezen.cpp" line="+60" />
            <source>Het geld staat uiterlijk %1 op je rekening.</source>
            <translation>Het geld staat uiterlijk %1 op je rekening.</translation>
        </message>
        <message>
            <location filename="../core/services/Besluiten.cpp" line="+46" />
            <source>Je verzoek is goedgekeurd</source>
            <translation>Je verzoek is goedgekeurd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je verzoek is niet goedgekeurd</source>
            <translation>Je verzoek is niet goedgekeurd</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Je medewerker heeft ja gezegd tegen je verzoek van %1.</source>
            <translation>Je medewerker heeft ja gezegd tegen je verzoek van %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <source>Je medewerker schrijft: %1</source>
            <translation>Je medewerker schrijft: %1</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Je medewerker heeft nee gezegd tegen je verzoek van %1.</source>
            <translation>Je medewerker heeft nee gezegd tegen je verzoek van %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het geld blijft in je potje %1.</source>
            <translation>Het geld blijft in je potje %1.</translation>
        </message>
    </context>
    <context>
        <name>Pain001</name>
        <message>
            <location filename="../core/integrations/sepa/Pain001Writer.cpp" line="+225" />
            <source>there are no payments</source>
            <translation>there are no payments</translation>
        </message>
        <message>
            <location line="+1" />
            <source>too many payments for one file</source>
            <translation>too many payments for one file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>message id is not a valid SEPA reference</source>
            <translation>message id is not a valid SEPA reference</translation>
        </message>
        <message>
            <location line="+1" />
            <source>execution date is missing or invalid</source>
            <translation>execution date is missing or invalid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>debtor IBAN is invalid</source>
            <translation>debtor IBAN is invalid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>debtor BIC is invalid</source>
            <translation>debtor BIC is invalid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>debtor name is empty after transliteration</source>
            <translation>debtor name is empty after transliteration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>end-to-end id is not 1-35 SEPA characters</source>
            <translation>end-to-end id is not 1-35 SEPA characters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>end-to-end id occurs twice</source>
            <translation>end-to-end id occurs twice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>amount must be between 0.01 and 999999999.99</source>
            <translation>amount must be between 0.01 and 999999999.99</translation>
        </message>
        <message>
            <location line="+1" />
            <source>creditor IBAN is invalid</source>
            <translation>creditor IBAN is invalid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>creditor name is empty after transliteration</source>
            <translation>creditor name is empty after transliteration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>total of the payments is too large</source>
            <translation>total of the payments is too large</translation>
        </message>
        <message>
            <location line="+4" />
            <source>SEPA file refused: %1</source>
            <translation>SEPA file refused: %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>SEPA file refused: payment %1: %2</source>
            <translation>SEPA file refused: payment %1: %2</translation>
        </message>
    </context>
    <context>
        <name>Server</name>
        <message>
            <location filename="../citizen-web/server/ErrorPage.cpp" line="+26" />
            <source>Dat ging niet goed</source>
            <translation>Dat ging niet goed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>We begrijpen je verzoek niet. Probeer het opnieuw.</source>
            <translation>We begrijpen je verzoek niet. Probeer het opnieuw.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log eerst in</source>
            <translation>Log eerst in</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je bent niet ingelogd. Log in om verder te gaan.</source>
            <translation>Je bent niet ingelogd. Log in om verder te gaan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dit mag niet</source>
            <translation>Dit mag niet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je mag dit niet doen. Ga terug en probeer het opnieuw.</source>
            <translation>Je mag dit niet doen. Ga terug en probeer het opnieuw.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pagina niet gevonden</source>
            <translation>Pagina niet gevonden</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deze pagina bestaat niet.</source>
            <translation>Deze pagina bestaat niet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dit kan niet</source>
            <translation>Dit kan niet</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dit kan niet op deze pagina.</source>
            <translation>Dit kan niet op deze pagina.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Te veel tekst</source>
            <translation>Te veel tekst</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je bericht is te groot. Maak het korter.</source>
            <translation>Je bericht is te groot. Maak het korter.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Even wachten</source>
            <translation>Even wachten</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je hebt het te vaak geprobeerd. Wacht even.</source>
            <translation>Je hebt het te vaak geprobeerd. Wacht even.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Even niet beschikbaar</source>
            <translation>Even niet beschikbaar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Regie is even niet bereikbaar. Probeer het later nog eens.</source>
            <translation>Regie is even niet bereikbaar. Probeer het later nog eens.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Er ging iets mis</source>
            <translation>Er ging iets mis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Er ging bij ons iets mis. Probeer het later nog eens.</source>
            <translation>Er ging bij ons iets mis. Probeer het later nog eens.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Naar de startpagina</source>
            <translation>Naar de startpagina</translation>
        </message>
    </context>
    <context>
        <name>SmtpClient</name>
        <message>
            <location filename="../core/integrations/mail/SmtpClient.cpp" line="+36" />
            <source>sent</source>
            <translation>sent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>message is invalid</source>
            <translation>message is invalid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connect failed</source>
            <translation>connect failed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TLS required but not available</source>
            <translation>TLS required but not available</translation>
        </message>
        <message>
            <location line="+1" />
            <source>TLS failed</source>
            <translation>TLS failed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>no supported AUTH mechanism</source>
            <translation>no supported AUTH mechanism</translation>
        </message>
        <message>
            <location line="+1" />
            <source>authentication rejected</source>
            <translation>authentication rejected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>sender rejected</source>
            <translation>sender rejected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>recipient rejected</source>
            <translation>recipient rejected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>message rejected</source>
            <translation>message rejected</translation>
        </message>
        <message>
            <location line="+1" />
            <source>unexpected server reply</source>
            <translation>unexpected server reply</translation>
        </message>
        <message>
            <location line="+1" />
            <source>timeout</source>
            <translation>timeout</translation>
        </message>
        <message>
            <location line="+1" />
            <source>connection lost</source>
            <translation>connection lost</translation>
        </message>
        <message>
            <location line="+37" />
            <source>SMTP %1 at step %2</source>
            <translation>SMTP %1 at step %2</translation>
        </message>
        <message>
            <location line="+4" />
            <source>, recipient %1</source>
            <translation>, recipient %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>, reply %1</source>
            <translation>, reply %1</translation>
        </message>
    </context>
    <context>
        <name>pages</name>
        <message>
            <location filename="../citizen-web/pages/Digid.cpp" line="+64" />
            <location line="+2" />
            <source>Inloggen is niet gelukt</source>
            <translation>Inloggen is niet gelukt</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Opnieuw inloggen</source>
            <translation>Opnieuw inloggen</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Inloggen is niet gelukt. Probeer het opnieuw.</source>
            <translation>Inloggen is niet gelukt. Probeer het opnieuw.</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Inloggen met DigiD kan nu niet. Probeer het later opnieuw.</source>
            <translation>Inloggen met DigiD kan nu niet. Probeer het later opnieuw.</translation>
        </message>
        <message>
            <location line="-19" />
            <location line="+2" />
            <source>Je hebt geen budgetbeheer</source>
            <translation>Je hebt geen budgetbeheer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je bent goed ingelogd met DigiD.</source>
            <translation>Je bent goed ingelogd met DigiD.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maar de gemeente beheert je geld niet (meer). Daarom zie je hier geen gegevens.</source>
            <translation>Maar de gemeente beheert je geld niet (meer). Daarom zie je hier geen gegevens.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Heb je vragen? Neem contact op met de gemeente.</source>
            <translation>Heb je vragen? Neem contact op met de gemeente.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heb je vragen? Neem contact op met %1.</source>
            <translation>Heb je vragen? Neem contact op met %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bel %1.</source>
            <translation>Bel %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Of mail naar %1.</source>
            <translation>Of mail naar %1.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Je bent al een paar keer begonnen met inloggen.</source>
            <translation>Je bent al een paar keer begonnen met inloggen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wacht tien minuten en probeer het dan opnieuw.</source>
            <translation>Wacht tien minuten en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Je bent ingelogd op een manier die niet veilig genoeg is voor Regie.</source>
            <translation>Je bent ingelogd op een manier die niet veilig genoeg is voor Regie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in met de DigiD app. Doe in de app eerst de ID-check met je paspoort, rijbewijs of identiteitskaart.</source>
            <translation>Log in met de DigiD app. Doe in de app eerst de ID-check met je paspoort, rijbewijs of identiteitskaart.</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Foutpaginas.cpp" line="+30" />
            <source>Bel</source>
            <translation>Bel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mail naar</source>
            <translation>Mail naar</translation>
        </message>
        <message>
            <location line="+0" />
            <source>of mail naar</source>
            <translation>of mail naar</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Je bent uitgelogd</source>
            <translation>Je bent uitgelogd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je was een tijdje niet actief. Daarom ben je uitgelogd. Zo blijft je geld veilig.</source>
            <translation>Je was een tijdje niet actief. Daarom ben je uitgelogd. Zo blijft je geld veilig.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log opnieuw in om verder te gaan.</source>
            <translation>Log opnieuw in om verder te gaan.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dit mag je niet bekijken</source>
            <translation>Dit mag je niet bekijken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deze pagina is niet voor jou.</source>
            <translation>Deze pagina is niet voor jou.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Ga terug naar je overzicht.</source>
            <translation>Ga terug naar je overzicht.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Deze pagina bestaat niet</source>
            <translation>Deze pagina bestaat niet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Misschien is de link oud. Of er zit een fout in het adres.</source>
            <translation>Misschien is de link oud. Of er zit een fout in het adres.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dit is al veranderd</source>
            <translation>Dit is al veranderd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Iemand anders heeft dit net veranderd. Of je hebt twee keer op een knop gedrukt.</source>
            <translation>Iemand anders heeft dit net veranderd. Of je hebt twee keer op een knop gedrukt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kijk bij Mijn verzoeken hoe het nu staat.</source>
            <translation>Kijk bij Mijn verzoeken hoe het nu staat.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je tekst is te lang</source>
            <translation>Je tekst is te lang</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je hebt te veel tekst gestuurd. Dat kunnen we niet verwerken.</source>
            <translation>Je hebt te veel tekst gestuurd. Dat kunnen we niet verwerken.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ga terug. Maak je tekst korter en probeer het opnieuw.</source>
            <translation>Ga terug. Maak je tekst korter en probeer het opnieuw.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er ging iets mis met het formulier</source>
            <translation>Er ging iets mis met het formulier</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We konden je formulier niet goed lezen. Misschien stond de pagina te lang open.</source>
            <translation>We konden je formulier niet goed lezen. Misschien stond de pagina te lang open.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ga terug en probeer het opnieuw.</source>
            <translation>Ga terug en probeer het opnieuw.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Even wachten</source>
            <translation>Even wachten</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je hebt het vaak achter elkaar geprobeerd.</source>
            <translation>Je hebt het vaak achter elkaar geprobeerd.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wacht een kwartier en probeer het dan opnieuw.</source>
            <translation>Wacht een kwartier en probeer het dan opnieuw.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Regie is even niet bereikbaar</source>
            <translation>Regie is even niet bereikbaar</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het ligt niet aan jou. Een ander systeem doet het nu niet.</source>
            <translation>Het ligt niet aan jou. Een ander systeem doet het nu niet.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>Probeer het over een paar minuten opnieuw.</source>
            <translation>Probeer het over een paar minuten opnieuw.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Er ging iets mis bij ons</source>
            <translation>Er ging iets mis bij ons</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het ligt niet aan jou. Er ging iets mis in Regie.</source>
            <translation>Het ligt niet aan jou. Er ging iets mis in Regie.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Naar de startpagina</source>
            <translation>Naar de startpagina</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="+27" />
            <source>Naar meekijken</source>
            <translation>Naar meekijken</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="-2" />
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="+179" />
            <source>Naar je overzicht</source>
            <translation>Naar je overzicht</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lukt het dan nog niet? Neem contact met ons op.</source>
            <translation>Lukt het dan nog niet? Neem contact met ons op.</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Meekijken.cpp" line="+32" />
            <location line="+11" />
            <location line="+39" />
            <location filename="../citizen-web/pages/PageKit.cpp" line="+114" />
            <source>Meekijken</source>
            <translation>Meekijken</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Deze mensen hebben gezegd dat je mag meekijken. Je kunt alleen kijken.</source>
            <translation>Deze mensen hebben gezegd dat je mag meekijken. Je kunt alleen kijken.</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Iemand laten toevoegen</source>
            <translation>Iemand laten toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wil je meekijken met iemand? Maak een code en geef die aan die persoon. Die vult de code in bij Wie mag meekijken.</source>
            <translation>Wil je meekijken met iemand? Maak een code en geef die aan die persoon. Die vult de code in bij Wie mag meekijken.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Een code werkt één keer en 7 dagen lang.</source>
            <translation>Een code werkt één keer en 7 dagen lang.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je nieuwe code</source>
            <translation>Je nieuwe code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De code is %1. Hij werkt tot %2. Je ziet de code maar één keer.</source>
            <translation>De code is %1. Hij werkt tot %2. Je ziet de code maar één keer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Maak een code</source>
            <translation>Maak een code</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Er heeft nog niemand toestemming gegeven.</source>
            <translation>Er heeft nog niemand toestemming gegeven.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Overzicht van %1</source>
            <translation>Overzicht van %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alleen bekijken</source>
            <translation>Alleen bekijken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 heeft je toestemming gegeven om mee te kijken. Je kunt hier niets veranderen.</source>
            <translation>%1 heeft je toestemming gegeven om mee te kijken. Je kunt hier niets veranderen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Terug naar de lijst</source>
            <translation>Terug naar de lijst</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Mijn.cpp" line="+28" />
            <source>Nieuw</source>
            <translation>Nieuw</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bekijk het verzoek</source>
            <translation>Bekijk het verzoek</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+10" />
            <location filename="../citizen-web/pages/PageKit.cpp" line="-8" />
            <source>Berichten</source>
            <translation>Berichten</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Je hebt nog geen berichten.</source>
            <translation>Je hebt nog geen berichten.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je hebt 1 nieuw bericht.</source>
            <translation>Je hebt 1 nieuw bericht.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je hebt %1 nieuwe berichten.</source>
            <translation>Je hebt %1 nieuwe berichten.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alles gelezen</source>
            <translation>Alles gelezen</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Een medewerker</source>
            <translation>Een medewerker</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Een medewerker van %1</source>
            <translation>Een medewerker van %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Een teamleider</source>
            <translation>Een teamleider</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Een teamleider van %1</source>
            <translation>Een teamleider van %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Een hulpverlener</source>
            <translation>Een hulpverlener</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Een hulpverlener van %1</source>
            <translation>Een hulpverlener van %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Een beheerder van Regie</source>
            <translation>Een beheerder van Regie</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Iemand van de gemeente</source>
            <translation>Iemand van de gemeente</translation>
        </message>
        <message>
            <location line="+7" />
            <source>heeft je overzicht bekeken</source>
            <translation>heeft je overzicht bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je betalingen bekeken</source>
            <translation>heeft je betalingen bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je budgetplan bekeken</source>
            <translation>heeft je budgetplan bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je lening bekeken</source>
            <translation>heeft je lening bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een verzoek van je bekeken</source>
            <translation>heeft een verzoek van je bekeken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft ja gezegd tegen een verzoek</source>
            <translation>heeft ja gezegd tegen een verzoek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft nee gezegd tegen een verzoek</source>
            <translation>heeft nee gezegd tegen een verzoek</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een afspraak gemaakt</source>
            <translation>heeft een afspraak gemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een afspraak veranderd</source>
            <translation>heeft een afspraak veranderd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een potje gemaakt</source>
            <translation>heeft een potje gemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een potje veranderd</source>
            <translation>heeft een potje veranderd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft geld in een potje gezet</source>
            <translation>heeft geld in een potje gezet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je budgetplan veranderd</source>
            <translation>heeft je budgetplan veranderd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je lening bijgewerkt</source>
            <translation>heeft je lening bijgewerkt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een rekening van je toegevoegd</source>
            <translation>heeft een rekening van je toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je rekening gecontroleerd</source>
            <translation>heeft je rekening gecontroleerd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een rekening van je weggehaald</source>
            <translation>heeft een rekening van je weggehaald</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je dossier gemaakt</source>
            <translation>heeft je dossier gemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft betalingen toegevoegd</source>
            <translation>heeft betalingen toegevoegd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je gegevens gedownload</source>
            <translation>heeft je gegevens gedownload</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je medewerker veranderd</source>
            <translation>heeft je medewerker veranderd</translation>
        </message>
        <message>
            <location line="+6" />
            <source>heeft je gegevens gebruikt</source>
            <translation>heeft je gegevens gebruikt</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="+115" />
            <source>Wie heeft mijn gegevens bekeken?</source>
            <translation>Wie heeft mijn gegevens bekeken?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hier zie je wie er in je gegevens heeft gekeken. Of wie iets heeft veranderd.</source>
            <translation>Hier zie je wie er in je gegevens heeft gekeken. Of wie iets heeft veranderd.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We laten de functie en het team zien. Geen namen.</source>
            <translation>We laten de functie en het team zien. Geen namen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wil je weten wie het was? Vraag het aan je medewerker.</source>
            <translation>Wil je weten wie het was? Vraag het aan je medewerker.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er heeft nog niemand in je gegevens gekeken.</source>
            <translation>Er heeft nog niemand in je gegevens gekeken.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Wie heeft mijn gegevens bekeken</source>
            <translation>Wie heeft mijn gegevens bekeken</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+18" />
            <source>Mijn gegevens</source>
            <translation>Mijn gegevens</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Dit zijn de belangrijkste gegevens die we van je hebben.</source>
            <translation>Dit zijn de belangrijkste gegevens die we van je hebben.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Naam</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Soort budgetbeheer</source>
            <translation>Soort budgetbeheer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beheerrekening</source>
            <translation>Beheerrekening</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../citizen-web/pages/Opnemen.cpp" line="+213" />
            <source>eindigt op %1</source>
            <translation>eindigt op %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aantal potjes</source>
            <translation>Aantal potjes</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je team</source>
            <translation>Je team</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alles downloaden</source>
            <translation>Alles downloaden</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je mag alles zien wat we van je hebben. Download het bestand hieronder.</source>
            <translation>Je mag alles zien wat we van je hebben. Download het bestand hieronder.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het bestand is voor een computer gemaakt. Je medewerker kan je helpen het te lezen.</source>
            <translation>Het bestand is voor een computer gemaakt. Je medewerker kan je helpen het te lezen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Download al mijn gegevens</source>
            <translation>Download al mijn gegevens</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="+44" />
            <source>Klopt er iets niet?</source>
            <translation>Klopt er iets niet?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neem contact op met je medewerker. Dan verbeteren we het.</source>
            <translation>Neem contact op met je medewerker. Dan verbeteren we het.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lees wat we met je gegevens doen</source>
            <translation>Lees wat we met je gegevens doen</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Overal uitloggen</source>
            <translation>Overal uitloggen</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Ben je ook ingelogd op een andere computer of telefoon? Log dan overal uit.</source>
            <translation>Ben je ook ingelogd op een andere computer of telefoon? Log dan overal uit.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Wie mag meekijken?</source>
            <translation>Wie mag meekijken?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Iemand die je helpt, mag ook je geld zien. Bijvoorbeeld iemand van het buurtteam.</source>
            <translation>Iemand die je helpt, mag ook je geld zien. Bijvoorbeeld iemand van het buurtteam.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Die persoon kan alleen kijken. Geld opnemen kan niet.</source>
            <translation>Die persoon kan alleen kijken. Geld opnemen kan niet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wie kijkt nu mee?</source>
            <translation>Wie kijkt nu mee?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er kijkt nu niemand mee.</source>
            <translation>Er kijkt nu niemand mee.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 van %2</source>
            <translation>%1 van %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mag meekijken sinds %1.</source>
            <translation>Mag meekijken sinds %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet meer laten meekijken</source>
            <translation>Niet meer laten meekijken</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Je krijgt deze code van je hulpverlener. Een code werkt één keer en 7 dagen lang.</source>
            <translation>Je krijgt deze code van je hulpverlener. Een code werkt één keer en 7 dagen lang.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Iemand toevoegen</source>
            <translation>Iemand toevoegen</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Code van je hulpverlener</source>
            <translation>Code van je hulpverlener</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Toevoegen</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="-3" />
            <source>Wie mag meekijken</source>
            <translation>Wie mag meekijken</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Vul de code van je hulpverlener in.</source>
            <translation>Vul de code van je hulpverlener in.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Je hulpverlener mag nu meekijken.</source>
            <translation>Je hulpverlener mag nu meekijken.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Deze hulpverlener kan niet meer meekijken.</source>
            <translation>Deze hulpverlener kan niet meer meekijken.</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Opnemen.cpp" line="-152" />
            <source>Er zit %1 in.</source>
            <translation>Er zit %1 in.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+54" />
            <location filename="../citizen-web/pages/Overzicht.cpp" line="+111" />
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="-74" />
            <source>Je kunt nu tot %1 zelf opnemen.</source>
            <translation>Je kunt nu tot %1 zelf opnemen.</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+5" />
            <location line="+6" />
            <location filename="../citizen-web/pages/PageKit.cpp" line="+4" />
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="+102" />
            <source>Geld opnemen</source>
            <translation>Geld opnemen</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Je hebt geen potjes waar je zelf geld uit kunt opnemen.</source>
            <translation>Je hebt geen potjes waar je zelf geld uit kunt opnemen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heb je geld nodig? Neem contact op met je medewerker.</source>
            <translation>Heb je geld nodig? Neem contact op met je medewerker.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het geld gaat naar je eigen rekening.</source>
            <translation>Het geld gaat naar je eigen rekening.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Uit welk potje wil je geld opnemen?</source>
            <translation>Uit welk potje wil je geld opnemen?</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+30" />
            <source>Verder</source>
            <translation>Verder</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Kies een potje.</source>
            <translation>Kies een potje.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Hoeveel geld wil je opnemen uit %1?</source>
            <translation>Hoeveel geld wil je opnemen uit %1?</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../citizen-web/pages/Overzicht.cpp" line="-22" />
            <source>In dit potje</source>
            <translation>In dit potje</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Dit bedrag past niet in je afspraken. Je medewerker kijkt %1.</source>
            <translation>Dit bedrag past niet in je afspraken. Je medewerker kijkt %1.</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Bedrag in euro</source>
            <translation>Bedrag in euro</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bijvoorbeeld 25 of 12,50</source>
            <translation>Bijvoorbeeld 25 of 12,50</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Waar is het geld voor? (mag je leeg laten)</source>
            <translation>Waar is het geld voor? (mag je leeg laten)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je medewerker leest dit als hij of zij moet kijken. Niet meer dan 500 tekens.</source>
            <translation>Je medewerker leest dit als hij of zij moet kijken. Niet meer dan 500 tekens.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Een ander potje kiezen</source>
            <translation>Een ander potje kiezen</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Heb je meer geld nodig? Neem contact op met je medewerker.</source>
            <translation>Heb je meer geld nodig? Neem contact op met je medewerker.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bedrag kiezen</source>
            <translation>Bedrag kiezen</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Het geld gaat meteen naar je rekening.</source>
            <translation>Het geld gaat meteen naar je rekening.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dit past in je afspraken. Je medewerker hoeft niets te doen.</source>
            <translation>Dit past in je afspraken. Je medewerker hoeft niets te doen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je medewerker moet eerst ja zeggen.</source>
            <translation>Je medewerker moet eerst ja zeggen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dit verzoek gaat niet lukken.</source>
            <translation>Dit verzoek gaat niet lukken.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../citizen-web/pages/Overzicht.cpp" line="+57" />
            <source>Potje</source>
            <translation>Potje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bedrag</source>
            <translation>Bedrag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Naar je rekening</source>
            <translation>Naar je rekening</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Waar het voor is</source>
            <translation>Waar het voor is</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wil je dit verzoek versturen?</source>
            <translation>Wil je dit verzoek versturen?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bedrag veranderen</source>
            <translation>Bedrag veranderen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wat gebeurt er als je ja zegt?</source>
            <translation>Wat gebeurt er als je ja zegt?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ja, versturen</source>
            <translation>Ja, versturen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nee, niet versturen</source>
            <translation>Nee, niet versturen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verzoek controleren</source>
            <translation>Verzoek controleren</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Overzicht.cpp" line="-96" />
            <source>Je beheerrekening</source>
            <translation>Je beheerrekening</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Op je beheerrekening staat</source>
            <translation>Op je beheerrekening staat</translation>
        </message>
        <message>
            <location line="+12" />
            <source>We weten niet wanneer dit bedrag is bijgewerkt. Het kan nu anders zijn.</source>
            <translation>We weten niet wanneer dit bedrag is bijgewerkt. Het kan nu anders zijn.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bijgewerkt op %1.</source>
            <translation>Bijgewerkt op %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dit bedrag is niet nieuw.</source>
            <translation>Dit bedrag is niet nieuw.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Het echte bedrag kan nu anders zijn. We halen de nieuwe cijfers zo snel mogelijk op.</source>
            <translation>Het echte bedrag kan nu anders zijn. We halen de nieuwe cijfers zo snel mogelijk op.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Bijgewerkt om %1.</source>
            <translation>Bijgewerkt om %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hiervan zit %1 nog niet in een potje.</source>
            <translation>Hiervan zit %1 nog niet in een potje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Jouw soort budgetbeheer</source>
            <translation>Jouw soort budgetbeheer</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Er komt bij</source>
            <translation>Er komt bij</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wacht op je medewerker</source>
            <translation>Wacht op je medewerker</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+50" />
            <source>Doel</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Hoogstens</source>
            <translation>Hoogstens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1% van het doel</source>
            <translation>%1% van het doel</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dit geld is voor vaste lasten. Je kunt het niet zelf opnemen.</source>
            <translation>Dit geld is voor vaste lasten. Je kunt het niet zelf opnemen.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Geld opnemen uit %1</source>
            <translation>Geld opnemen uit %1</translation>
        </message>
        <message>
            <location line="+58" />
            <source>%1: %2 van %3.</source>
            <translation>%1: %2 van %3.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Geld in je potjes</source>
            <translation>Geld in je potjes</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Blauw is het geld in het potje. De stippellijn is het doel.</source>
            <translation>Blauw is het geld in het potje. De stippellijn is het doel.</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Erin</source>
            <translation>Erin</translation>
        </message>
        <message>
            <location line="-96" />
            <source>De beheerrekening van %1</source>
            <translation>De beheerrekening van %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Op de beheerrekening van %1 staat</source>
            <translation>Op de beheerrekening van %1 staat</translation>
        </message>
        <message>
            <location line="+6" />
            <source>We konden de nieuwe cijfers niet ophalen.</source>
            <translation>We konden de nieuwe cijfers niet ophalen.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Soort budgetbeheer van %1</source>
            <translation>Soort budgetbeheer van %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Wacht op de medewerker</source>
            <translation>Wacht op de medewerker</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Dit geld is voor vaste lasten. %1 kan het niet zelf opnemen.</source>
            <translation>Dit geld is voor vaste lasten. %1 kan het niet zelf opnemen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 kan nu tot %2 zelf opnemen.</source>
            <translation>%1 kan nu tot %2 zelf opnemen.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>geen</source>
            <translation>geen</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Geld in de potjes van %1</source>
            <translation>Geld in de potjes van %1</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Je budgetplan</source>
            <translation>Je budgetplan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Budgetplan van %1</source>
            <translation>Budgetplan van %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Per maand komt erbij</source>
            <translation>Per maand komt erbij</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Per maand gaat eraf</source>
            <translation>Per maand gaat eraf</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leefgeld</source>
            <translation>Leefgeld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je volgende leefgeld is %1. Je krijgt het op %2.</source>
            <translation>Je volgende leefgeld is %1. Je krijgt het op %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het volgende leefgeld van %1 is %2. %1 krijgt het op %3.</source>
            <translation>Het volgende leefgeld van %1 is %2. %1 krijgt het op %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Er gaat meer geld uit dan erbij komt. Praat hierover met je medewerker.</source>
            <translation>Er gaat meer geld uit dan erbij komt. Praat hierover met je medewerker.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Er gaat meer geld uit dan erbij komt. %1 kan hierover praten met de medewerker.</source>
            <translation>Er gaat meer geld uit dan erbij komt. %1 kan hierover praten met de medewerker.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wat erbij komt en wat eraf gaat</source>
            <translation>Wat erbij komt en wat eraf gaat</translation>
        </message>
        <message>
            <location line="+3" />
            <source>erbij</source>
            <translation>erbij</translation>
        </message>
        <message>
            <location line="+0" />
            <source>eraf</source>
            <translation>eraf</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 heeft de lening helemaal betaald.</source>
            <translation>%1 heeft de lening helemaal betaald.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 moet nog %2 terugbetalen, met %3 per maand.</source>
            <translation>%1 moet nog %2 terugbetalen, met %3 per maand.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 loopt %2 achter.</source>
            <translation>%1 loopt %2 achter.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Geleend</source>
            <translation>Geleend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nog te betalen</source>
            <translation>Nog te betalen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Per maand</source>
            <translation>Per maand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nog te gaan</source>
            <translation>Nog te gaan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 maanden</source>
            <translation>%1 maanden</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Achterstand</source>
            <translation>Achterstand</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Klaar op</source>
            <translation>Klaar op</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je lening</source>
            <translation>Je lening</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lening van %1</source>
            <translation>Lening van %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je lening: %1</source>
            <translation>Je lening: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lening van %1: %2</source>
            <translation>Lening van %1: %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>potje %1</source>
            <translation>potje %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>eraf %1</source>
            <translation>eraf %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>erbij %1</source>
            <translation>erbij %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deze persoon</source>
            <translation>Deze persoon</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je potjes</source>
            <translation>Je potjes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Potjes van %1</source>
            <translation>Potjes van %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je hebt nog geen potjes.</source>
            <translation>Je hebt nog geen potjes.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 heeft nog geen potjes.</source>
            <translation>%1 heeft nog geen potjes.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Laatste betalingen</source>
            <translation>Laatste betalingen</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+106" />
            <source>Er zijn nog geen betalingen.</source>
            <translation>Er zijn nog geen betalingen.</translation>
        </message>
        <message>
            <location line="-102" />
            <source>Alle betalingen bekijken</source>
            <translation>Alle betalingen bekijken</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Je overzicht</source>
            <translation>Je overzicht</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="-31" />
            <source>Vragen?</source>
            <translation>Vragen?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Neem contact op met je medewerker.</source>
            <translation>Neem contact op met je medewerker.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../citizen-web/pages/PageKit.cpp" line="-1" />
            <source>Overzicht</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Je betalingen</source>
            <translation>Je betalingen</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Zoek een betaling</source>
            <translation>Zoek een betaling</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Typ bijvoorbeeld de naam van een winkel</source>
            <translation>Typ bijvoorbeeld de naam van een winkel</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoeken</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Je zocht op: %1. We vonden %2 betalingen.</source>
            <translation>Je zocht op: %1. We vonden %2 betalingen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We vonden geen betalingen. Probeer een ander woord.</source>
            <translation>We vonden geen betalingen. Probeer een ander woord.</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Pagina's</source>
            <translation>Pagina's</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pagina %1 van %2</source>
            <translation>Pagina %1 van %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vorige pagina</source>
            <translation>Vorige pagina</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volgende pagina</source>
            <translation>Volgende pagina</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Alles in Excel</source>
            <translation>Alles in Excel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Wil je alles in Excel zien? Download dan dit bestand.</source>
            <translation>Wil je alles in Excel zien? Download dan dit bestand.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Download het bestand (CSV)</source>
            <translation>Download het bestand (CSV)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Betalingen</source>
            <translation>Betalingen</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/PageKit.cpp" line="-47" />
            <source>%1 om %2</source>
            <translation>%1 om %2</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1 nieuw</source>
            <translation>%1 nieuw</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="-2" />
            <location line="+13" />
            <source>Mijn verzoeken</source>
            <translation>Mijn verzoeken</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hulp</source>
            <translation>Hulp</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hoofdmenu</source>
            <translation>Hoofdmenu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Uitloggen</source>
            <translation>Uitloggen</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="-46" />
            <location line="+16" />
            <source>Toegankelijkheid</source>
            <translation>Toegankelijkheid</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="+5" />
            <location line="+28" />
            <source>Privacy</source>
            <translation>Privacy</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="+6" />
            <location line="+27" />
            <source>Hulp en contact</source>
            <translation>Hulp en contact</translation>
        </message>
        <message>
            <location line="+37" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="-132" />
            <source>Testomgeving</source>
            <translation>Testomgeving</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dit zijn geen echte gegevens. Er gaat geen echt geld over.</source>
            <translation>Dit zijn geen echte gegevens. Er gaat geen echt geld over.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Naar de inhoud</source>
            <translation>Naar de inhoud</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Gemeente Utrecht</source>
            <translation>Gemeente Utrecht</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Er ging iets mis</source>
            <translation>Er ging iets mis</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Publiek.cpp" line="-36" />
            <source>Regie: je geld in beeld</source>
            <translation>Regie: je geld in beeld</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je bent uitgelogd.</source>
            <translation>Je bent uitgelogd.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zit je in budgetbeheer bij de gemeente? Dan regelt de gemeente een deel van je geld.</source>
            <translation>Zit je in budgetbeheer bij de gemeente? Dan regelt de gemeente een deel van je geld.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In Regie zie je hoeveel geld er is. Je ziet ook je potjes en je vaste lasten.</source>
            <translation>In Regie zie je hoeveel geld er is. Je ziet ook je potjes en je vaste lasten.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je kunt zelf geld uit je potjes opnemen. Dat kan binnen de afspraken met je medewerker.</source>
            <translation>Je kunt zelf geld uit je potjes opnemen. Dat kan binnen de afspraken met je medewerker.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+32" />
            <source>Inloggen</source>
            <translation>Inloggen</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Je logt in met DigiD. Houd je DigiD app bij de hand.</source>
            <translation>Je logt in met DigiD. Houd je DigiD app bij de hand.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inloggen met DigiD</source>
            <translation>Inloggen met DigiD</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je kunt hier inloggen als een testpersoon. Er gaat geen echt geld over.</source>
            <translation>Je kunt hier inloggen als een testpersoon. Er gaat geen echt geld over.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+19" />
            <location line="+5" />
            <location line="+4" />
            <source>Inloggen als testpersoon</source>
            <translation>Inloggen als testpersoon</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Welkom</source>
            <translation>Welkom</translation>
        </message>
        <message>
            <location line="+5" />
            <source>hulpverlener</source>
            <translation>hulpverlener</translation>
        </message>
        <message>
            <location line="+0" />
            <source>inwoner</source>
            <translation>inwoner</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Deze mensen zijn niet echt. Er gaat geen echt geld over.</source>
            <translation>Deze mensen zijn niet echt. Er gaat geen echt geld over.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kies iemand uit de lijst. Dan kun je alles zelf proberen.</source>
            <translation>Kies iemand uit de lijst. Dan kun je alles zelf proberen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er zijn nog geen testpersonen. Laad eerst de testgegevens.</source>
            <translation>Er zijn nog geen testpersonen. Laad eerst de testgegevens.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wie wil je zijn?</source>
            <translation>Wie wil je zijn?</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Kies iemand uit de lijst.</source>
            <translation>Kies iemand uit de lijst.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Iedereen moet Regie kunnen gebruiken. Daar doen we ons best voor.</source>
            <translation>Iedereen moet Regie kunnen gebruiken. Daar doen we ons best voor.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wat we doen</source>
            <translation>Wat we doen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regie volgt de regels voor websites van de overheid: WCAG 2.1 niveau AA.</source>
            <translation>Regie volgt de regels voor websites van de overheid: WCAG 2.1 niveau AA.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je kunt alles doen met alleen een toetsenbord.</source>
            <translation>Je kunt alles doen met alleen een toetsenbord.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regie werkt met een schermlezer.</source>
            <translation>Regie werkt met een schermlezer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je kunt de tekst groter maken. Er valt dan niets weg.</source>
            <translation>Je kunt de tekst groter maken. Er valt dan niets weg.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regie werkt ook op een kleine telefoon.</source>
            <translation>Regie werkt ook op een kleine telefoon.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regie werkt ook zonder JavaScript.</source>
            <translation>Regie werkt ook zonder JavaScript.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We schrijven in eenvoudige taal.</source>
            <translation>We schrijven in eenvoudige taal.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Een grafiek staat ook altijd als tabel op de pagina.</source>
            <translation>Een grafiek staat ook altijd als tabel op de pagina.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wat nog niet goed is</source>
            <translation>Wat nog niet goed is</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sommige teksten van de gemeente zijn alleen in het Nederlands. Bijvoorbeeld de uitleg over je soort budgetbeheer.</source>
            <translation>Sommige teksten van de gemeente zijn alleen in het Nederlands. Bijvoorbeeld de uitleg over je soort budgetbeheer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Werkt iets niet goed?</source>
            <translation>Werkt iets niet goed?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laat het ons weten. Dan lossen we het op. Je krijgt binnen 5 werkdagen antwoord.</source>
            <translation>Laat het ons weten. Dan lossen we het op. Je krijgt binnen 5 werkdagen antwoord.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Hier lees je welke gegevens we van je hebben. En wat we ermee doen.</source>
            <translation>Hier lees je welke gegevens we van je hebben. En wat we ermee doen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Welke gegevens hebben we?</source>
            <translation>Welke gegevens hebben we?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je naam en je burgerservicenummer.</source>
            <translation>Je naam en je burgerservicenummer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je rekeningnummers.</source>
            <translation>Je rekeningnummers.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het geld op je beheerrekening en in je potjes.</source>
            <translation>Het geld op je beheerrekening en in je potjes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je betalingen, je budgetplan en je lening.</source>
            <translation>Je betalingen, je budgetplan en je lening.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je afspraken met je medewerker.</source>
            <translation>Je afspraken met je medewerker.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je verzoeken om geld en je berichten.</source>
            <translation>Je verzoeken om geld en je berichten.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waarom hebben we die gegevens?</source>
            <translation>Waarom hebben we die gegevens?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De gemeente helpt je met je geld. Dat is een taak uit de wet.</source>
            <translation>De gemeente helpt je met je geld. Dat is een taak uit de wet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zonder deze gegevens kunnen we je rekeningen niet betalen.</source>
            <translation>Zonder deze gegevens kunnen we je rekeningen niet betalen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wie kan je gegevens zien?</source>
            <translation>Wie kan je gegevens zien?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alleen je medewerkers en hun teamleider. Een hulpverlener kijkt alleen mee als jij dat goed vindt.</source>
            <translation>Alleen je medewerkers en hun teamleider. Een hulpverlener kijkt alleen mee als jij dat goed vindt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We schrijven op wie je gegevens bekijkt. Dat kun je zelf nakijken.</source>
            <translation>We schrijven op wie je gegevens bekijkt. Dat kun je zelf nakijken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hoe lang bewaren we je gegevens?</source>
            <translation>Hoe lang bewaren we je gegevens?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We bewaren je gegevens tot 7 jaar na het einde van je budgetbeheer. Dat moet van de wet.</source>
            <translation>We bewaren je gegevens tot 7 jaar na het einde van je budgetbeheer. Dat moet van de wet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daarna halen we je naam en nummers weg.</source>
            <translation>Daarna halen we je naam en nummers weg.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wat mag je zelf?</source>
            <translation>Wat mag je zelf?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je mag al je gegevens zien en downloaden.</source>
            <translation>Je mag al je gegevens zien en downloaden.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je mag vragen om een fout te verbeteren.</source>
            <translation>Je mag vragen om een fout te verbeteren.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je mag bezwaar maken.</source>
            <translation>Je mag bezwaar maken.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je mag een klacht indienen bij de Autoriteit Persoonsgegevens.</source>
            <translation>Je mag een klacht indienen bij de Autoriteit Persoonsgegevens.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bekijk je gegevens</source>
            <translation>Bekijk je gegevens</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Heb je een vraag over je gegevens? Neem contact met ons op.</source>
            <translation>Heb je een vraag over je gegevens? Neem contact met ons op.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Je medewerkers zitten in %1.</source>
            <translation>Je medewerkers zitten in %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We zijn bereikbaar op werkdagen van 9:00 tot 17:00 uur.</source>
            <translation>We zijn bereikbaar op werkdagen van 9:00 tot 17:00 uur.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hoe neem ik geld op?</source>
            <translation>Hoe neem ik geld op?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ga naar Geld opnemen. Kies een potje en vul een bedrag in.</source>
            <translation>Ga naar Geld opnemen. Kies een potje en vul een bedrag in.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past het bedrag in je afspraken? Dan krijg je het geld meteen.</source>
            <translation>Past het bedrag in je afspraken? Dan krijg je het geld meteen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past het niet? Dan kijkt je medewerker ernaar. Je krijgt %1 antwoord.</source>
            <translation>Past het niet? Dan kijkt je medewerker ernaar. Je krijgt %1 antwoord.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wanneer staat het geld op mijn rekening?</source>
            <translation>Wanneer staat het geld op mijn rekening?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vraag je het voor 14:00 uur op een werkdag? Dan staat het geld er de volgende werkdag.</source>
            <translation>Vraag je het voor 14:00 uur op een werkdag? Dan staat het geld er de volgende werkdag.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wat is een potje?</source>
            <translation>Wat is een potje?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Een potje is geld dat apart staat. Bijvoorbeeld voor kleding of voor de boodschappen.</source>
            <translation>Een potje is geld dat apart staat. Bijvoorbeeld voor kleding of voor de boodschappen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uit sommige potjes mag je zelf geld opnemen. De andere potjes regelt de gemeente voor je.</source>
            <translation>Uit sommige potjes mag je zelf geld opnemen. De andere potjes regelt de gemeente voor je.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kan ik een verzoek nog stoppen?</source>
            <translation>Kan ik een verzoek nog stoppen?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wacht je verzoek nog op je medewerker? Dan kun je het intrekken.</source>
            <translation>Wacht je verzoek nog op je medewerker? Dan kun je het intrekken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mijn verzoek lukt niet. Wat nu?</source>
            <translation>Mijn verzoek lukt niet. Wat nu?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bij je verzoek staat waarom het niet lukt. Je kunt een lager bedrag kiezen. Of je belt of mailt je medewerker.</source>
            <translation>Bij je verzoek staat waarom het niet lukt. Je kunt een lager bedrag kiezen. Of je belt of mailt je medewerker.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kan iemand met mij meekijken?</source>
            <translation>Kan iemand met mij meekijken?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ja. Een hulpverlener mag meekijken als jij dat goed vindt. Dat regel je zelf. Je kunt het ook weer stoppen.</source>
            <translation>Ja. Een hulpverlener mag meekijken als jij dat goed vindt. Dat regel je zelf. Je kunt het ook weer stoppen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lukt inloggen niet?</source>
            <translation>Lukt inloggen niet?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je logt in met DigiD. Lukt dat niet? Kijk dan op digid.nl. Daar staat ook het nummer van de DigiD helpdesk.</source>
            <translation>Je logt in met DigiD. Lukt dat niet? Kijk dan op digid.nl. Daar staat ook het nummer van de DigiD helpdesk.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bel of mail ons. Dan kijken we samen wat er aan de hand is.</source>
            <translation>Bel of mail ons. Dan kijken we samen wat er aan de hand is.</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="-181" />
            <source>Je vroeg %1 uit je potje %2.</source>
            <translation>Je vroeg %1 uit je potje %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+191" />
            <source>Verzoek intrekken</source>
            <translation>Verzoek intrekken</translation>
        </message>
        <message>
            <location line="-181" />
            <source>Je medewerker schrijft: %1</source>
            <translation>Je medewerker schrijft: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Het geld is onderweg</source>
            <translation>Het geld is onderweg</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je hebt %1 opgenomen uit je potje %2.</source>
            <translation>Je hebt %1 opgenomen uit je potje %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je medewerker heeft ja gezegd.</source>
            <translation>Je medewerker heeft ja gezegd.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wanneer krijg je het geld?</source>
            <translation>Wanneer krijg je het geld?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het geld staat binnen 2 werkdagen op je rekening.</source>
            <translation>Het geld staat binnen 2 werkdagen op je rekening.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het geld gaat naar je rekening die eindigt op %1.</source>
            <translation>Het geld gaat naar je rekening die eindigt op %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je ziet de betaling ook bij je betalingen.</source>
            <translation>Je ziet de betaling ook bij je betalingen.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Je verzoek is verstuurd</source>
            <translation>Je verzoek is verstuurd</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waarom moet je medewerker kijken?</source>
            <translation>Waarom moet je medewerker kijken?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dit bedrag past niet in je afspraken.</source>
            <translation>Dit bedrag past niet in je afspraken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Het is een groot bedrag. Daarom kijken er twee medewerkers naar.</source>
            <translation>Het is een groot bedrag. Daarom kijken er twee medewerkers naar.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+72" />
            <source>Wat gebeurt er nu?</source>
            <translation>Wat gebeurt er nu?</translation>
        </message>
        <message>
            <location line="-71" />
            <location line="+135" />
            <source>Je medewerker kijkt %1 naar je verzoek.</source>
            <translation>Je medewerker kijkt %1 naar je verzoek.</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Je krijgt daarna een bericht in Regie.</source>
            <translation>Je krijgt daarna een bericht in Regie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tot die tijd blijft het geld apart staan in je potje.</source>
            <translation>Tot die tijd blijft het geld apart staan in je potje.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heb je het geld niet meer nodig?</source>
            <translation>Heb je het geld niet meer nodig?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dit kan niet</source>
            <translation>Dit kan niet</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+35" />
            <source>Waarom niet?</source>
            <translation>Waarom niet?</translation>
        </message>
        <message>
            <location line="-34" />
            <location line="+13" />
            <source>Er gaat geen geld van je potje af.</source>
            <translation>Er gaat geen geld van je potje af.</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+13" />
            <location line="+21" />
            <location line="+16" />
            <source>Wat kun je nu doen?</source>
            <translation>Wat kun je nu doen?</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Heb je het geld toch nodig? Neem contact op met je medewerker. Samen kijken jullie wat wel kan.</source>
            <translation>Heb je het geld toch nodig? Neem contact op met je medewerker. Samen kijken jullie wat wel kan.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Er staat niet genoeg geld in dit potje</source>
            <translation>Er staat niet genoeg geld in dit potje</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoveel geld staat er nu niet in.</source>
            <translation>Zoveel geld staat er nu niet in.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kies een lager bedrag</source>
            <translation>Kies een lager bedrag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Of neem contact op met je medewerker.</source>
            <translation>Of neem contact op met je medewerker.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Je verzoek is niet verstuurd</source>
            <translation>Je verzoek is niet verstuurd</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je hebt op Nee gedrukt.</source>
            <translation>Je hebt op Nee gedrukt.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Er gaat geen geld van je potje af. Je medewerker krijgt niets te zien.</source>
            <translation>Er gaat geen geld van je potje af. Je medewerker krijgt niets te zien.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wil je toch geld opnemen?</source>
            <translation>Wil je toch geld opnemen?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Opnieuw beginnen</source>
            <translation>Opnieuw beginnen</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je medewerker heeft nee gezegd</source>
            <translation>Je medewerker heeft nee gezegd</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>Het geld blijft in je potje.</source>
            <translation>Het geld blijft in je potje.</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Heb je vragen? Neem contact op met je medewerker.</source>
            <translation>Heb je vragen? Neem contact op met je medewerker.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je hebt je verzoek ingetrokken</source>
            <translation>Je hebt je verzoek ingetrokken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het geld blijft in je potje %1.</source>
            <translation>Het geld blijft in je potje %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je medewerker hoeft er niet meer naar te kijken.</source>
            <translation>Je medewerker hoeft er niet meer naar te kijken.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je verzoek is verlopen</source>
            <translation>Je verzoek is verlopen</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je medewerker heeft niet op tijd gekeken. Dat spijt ons.</source>
            <translation>Je medewerker heeft niet op tijd gekeken. Dat spijt ons.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Heb je het geld nog nodig? Doe dan een nieuw verzoek. Of bel je medewerker.</source>
            <translation>Heb je het geld nog nodig? Doe dan een nieuw verzoek. Of bel je medewerker.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Het geld kon niet naar je rekening</source>
            <translation>Het geld kon niet naar je rekening</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De bank of het systeem van de gemeente heeft de betaling niet gedaan.</source>
            <translation>De bank of het systeem van de gemeente heeft de betaling niet gedaan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het geld staat weer in je potje %1.</source>
            <translation>Het geld staat weer in je potje %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je medewerker weet dit. Hij of zij neemt contact met je op.</source>
            <translation>Je medewerker weet dit. Hij of zij neemt contact met je op.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heb je het geld snel nodig? Bel of mail dan zelf je medewerker.</source>
            <translation>Heb je het geld snel nodig? Bel of mail dan zelf je medewerker.</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Publiek.cpp" line="-9" />
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="+27" />
            <source>Al je verzoeken</source>
            <translation>Al je verzoeken</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="+2" />
            <source>Je verzoek</source>
            <translation>Je verzoek</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Gemaakt</source>
            <translation>Gemaakt</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verstuurd</source>
            <translation>Verstuurd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je medewerker zei ja</source>
            <translation>Je medewerker zei ja</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je medewerker zei nee</source>
            <translation>Je medewerker zei nee</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Klaar: %1</source>
            <translation>Klaar: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Je hebt nog geen verzoeken gedaan.</source>
            <translation>Je hebt nog geen verzoeken gedaan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uit %2</source>
            <translation>%1 uit %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bekijk dit verzoek</source>
            <translation>Bekijk dit verzoek</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Wil je dit verzoek intrekken?</source>
            <translation>Wil je dit verzoek intrekken?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Als je het intrekt, blijft het geld in je potje. Je medewerker hoeft dan niet meer te kijken.</source>
            <translation>Als je het intrekt, blijft het geld in je potje. Je medewerker hoeft dan niet meer te kijken.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ja, intrekken</source>
            <translation>Ja, intrekken</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nee, terug</source>
            <translation>Nee, terug</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Je verzoek is ingetrokken.</source>
            <translation>Je verzoek is ingetrokken.</translation>
        </message>
    </context>
    <context>
        <name>regie</name>
        <message>
            <location filename="../core/domain/Domain.cpp" line="+108" />
            <source>Nog niet verstuurd</source>
            <translation>Nog niet verstuurd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet verstuurd</source>
            <translation>Niet verstuurd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wacht op je medewerker</source>
            <translation>Wacht op je medewerker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wacht op een tweede medewerker</source>
            <translation>Wacht op een tweede medewerker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Betaald</source>
            <translation>Betaald</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet goedgekeurd</source>
            <translation>Niet goedgekeurd</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet mogelijk</source>
            <translation>Niet mogelijk</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ingetrokken</source>
            <translation>Ingetrokken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Verlopen</source>
            <translation>Verlopen</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet gelukt</source>
            <translation>Niet gelukt</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Inwoner</source>
            <translation>Inwoner</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Medewerker</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Teamleider</source>
            <translation>Teamleider</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ketenpartner</source>
            <translation>Ketenpartner</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Beheerder</source>
            <translation>Beheerder</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Systeem</source>
            <translation>Systeem</translation>
        </message>
        <message>
            <location line="+9" />
            <source>per week</source>
            <translation>per week</translation>
        </message>
        <message>
            <location line="+2" />
            <source>per 4 weken</source>
            <translation>per 4 weken</translation>
        </message>
        <message>
            <location line="+2" />
            <source>per maand</source>
            <translation>per maand</translation>
        </message>
        <message>
            <location line="+2" />
            <source>per kwartaal</source>
            <translation>per kwartaal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>per jaar</source>
            <translation>per jaar</translation>
        </message>
    </context>
    <context>
        <name>regie::calendar::Datum</name>
        <message>
            <location filename="../core/calendar/DatumTekst.cpp" line="+13" />
            <source>maandag</source>
            <translation>maandag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dinsdag</source>
            <translation>dinsdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>woensdag</source>
            <translation>woensdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>donderdag</source>
            <translation>donderdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vrijdag</source>
            <translation>vrijdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>zaterdag</source>
            <translation>zaterdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>zondag</source>
            <translation>zondag</translation>
        </message>
        <message>
            <location line="+10" />
            <source>januari</source>
            <translation>januari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>februari</source>
            <translation>februari</translation>
        </message>
        <message>
            <location line="+1" />
            <source>maart</source>
            <translation>maart</translation>
        </message>
        <message>
            <location line="+1" />
            <source>april</source>
            <translation>april</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mei</source>
            <translation>mei</translation>
        </message>
        <message>
            <location line="+1" />
            <source>juni</source>
            <translation>juni</translation>
        </message>
        <message>
            <location line="+1" />
            <source>juli</source>
            <translation>juli</translation>
        </message>
        <message>
            <location line="+1" />
            <source>augustus</source>
            <translation>augustus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>september</source>
            <translation>september</translation>
        </message>
        <message>
            <location line="+1" />
            <source>oktober</source>
            <translation>oktober</translation>
        </message>
        <message>
            <location line="+1" />
            <source>november</source>
            <translation>november</translation>
        </message>
        <message>
            <location line="+1" />
            <source>december</source>
            <translation>december</translation>
        </message>
    </context>
    <context>
        <name>regie::calendar::Feestdag</name>
        <message>
            <location filename="../core/calendar/Feestdagen.cpp" line="+91" />
            <source>Nieuwjaarsdag</source>
            <translation>Nieuwjaarsdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goede Vrijdag</source>
            <translation>Goede Vrijdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eerste Paasdag</source>
            <translation>Eerste Paasdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tweede Paasdag</source>
            <translation>Tweede Paasdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Koningsdag</source>
            <translation>Koningsdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bevrijdingsdag</source>
            <translation>Bevrijdingsdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hemelvaartsdag</source>
            <translation>Hemelvaartsdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eerste Pinksterdag</source>
            <translation>Eerste Pinksterdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tweede Pinksterdag</source>
            <translation>Tweede Pinksterdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eerste Kerstdag</source>
            <translation>Eerste Kerstdag</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tweede Kerstdag</source>
            <translation>Tweede Kerstdag</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Koninginnedag</source>
            <translation>Koninginnedag</translation>
        </message>
    </context>
    <context>
        <name>regie::calendar::WerkdagKalender</name>
        <message>
            <location filename="../core/calendar/WerkdagKalender.cpp" line="+97" />
            <source>het weekend</source>
            <translation>het weekend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>een extra sluitingsdag</source>
            <translation>een extra sluitingsdag</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Het geld staat uiterlijk %1 op je rekening.</source>
            <translation>Het geld staat uiterlijk %1 op je rekening.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Daarom verstuurt de bank het geld pas op %1.</source>
            <translation>Daarom verstuurt de bank het geld pas op %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Je opdracht kwam na %1 uur binnen.</source>
            <translation>Je opdracht kwam na %1 uur binnen.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Op %1 werkt de bank niet.</source>
            <translation>Op %1 werkt de bank niet.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In het weekend werkt de bank niet.</source>
            <translation>In het weekend werkt de bank niet.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Op %1 is de bank dicht.</source>
            <translation>Op %1 is de bank dicht.</translation>
        </message>
    </context>
    <context>
        <name>regie::crypto::KeyStore</name>
        <message>
            <location filename="../core/crypto/KeyStore.cpp" line="+64" />
            <source>Key entry %1 has an invalid key id (use 0 to 255).</source>
            <translation>Key entry %1 has an invalid key id (use 0 to 255).</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Key entry %1 has no key id; write &lt;id&gt;:&lt;key&gt; when there are several keys.</source>
            <translation>Key entry %1 has no key id; write &lt;id&gt;:&lt;key&gt; when there are several keys.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Key entry %1 is not a base64 encoded 32-byte key.</source>
            <translation>Key entry %1 is not a base64 encoded 32-byte key.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>The key file %1 does not exist.</source>
            <translation>The key file %1 does not exist.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 is not a regular file.</source>
            <translation>The key file %1 is not a regular file.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>The key file %1 can be read or changed by other users. Refusing to start. Make it private, for example: chmod 600 %1</source>
            <translation>The key file %1 can be read or changed by other users. Refusing to start. Make it private, for example: chmod 600 %1</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+10" />
            <source>The key file %1 is too large to be a key file.</source>
            <translation>The key file %1 is too large to be a key file.</translation>
        </message>
        <message>
            <location line="-5" />
            <source>Cannot read the key file %1: %2</source>
            <translation>Cannot read the key file %1: %2</translation>
        </message>
        <message>
            <location line="+10" />
            <source>The key file %1 is invalid: %2</source>
            <translation>The key file %1 is invalid: %2</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Cannot create the folder for the key file %1.</source>
            <translation>Cannot create the folder for the key file %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Another process holds the lock on the key file %1.</source>
            <translation>Another process holds the lock on the key file %1.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>No master key was given.</source>
            <translation>No master key was given.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Too many master keys (at most %1).</source>
            <translation>Too many master keys (at most %1).</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The environment variable %1 is not set.</source>
            <translation>The environment variable %1 is not set.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>The environment variable %1 is invalid: %2</source>
            <translation>The environment variable %1 is invalid: %2</translation>
        </message>
        <message>
            <location line="+44" />
            <source>The key file %1 has no free key id left.</source>
            <translation>The key file %1 has no free key id left.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>The configured master key is invalid: %1</source>
            <translation>The configured master key is invalid: %1</translation>
        </message>
        <message>
            <location line="+18" />
            <location line="+15" />
            <source>Cannot write the key file %1: %2</source>
            <translation>Cannot write the key file %1: %2</translation>
        </message>
        <message>
            <location line="-7" />
            <location line="+14" />
            <source>Cannot make the key file %1 private.</source>
            <translation>Cannot make the key file %1 private.</translation>
        </message>
    </context>
    <context>
        <name>regie::crypto::Keyring</name>
        <message>
            <location filename="../core/crypto/Keyring.cpp" line="+28" />
            <source>Master key %1 has the wrong length: expected %2 bytes.</source>
            <translation>Master key %1 has the wrong length: expected %2 bytes.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Master key id %1 is used twice.</source>
            <translation>Master key id %1 is used twice.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Too many master keys (at most %1).</source>
            <translation>Too many master keys (at most %1).</translation>
        </message>
    </context>
    <context>
        <name>regie::demo</name>
        <message>
            <location filename="../core/demo/Generator.cpp" line="+66" />
            <source>Een kleine opname uit Kleding past in de afspraak en gaat direct.</source>
            <translation>Een kleine opname uit Kleding past in de afspraak en gaat direct.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dit bedrag is hoger dan 50 euro, dus de medewerker beslist.</source>
            <translation>Dit bedrag is hoger dan 50 euro, dus de medewerker beslist.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Uit de buffer mag niets worden opgenomen.</source>
            <translation>Uit de buffer mag niets worden opgenomen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Er staat te weinig in Verjaardagen voor deze opname.</source>
            <translation>Er staat te weinig in Verjaardagen voor deze opname.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>De lening heeft een achterstand; dat staat op het overzicht.</source>
            <translation>De lening heeft een achterstand; dat staat op het overzicht.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Naar reservering %1</source>
            <translation>Naar reservering %1</translation>
        </message>
        <message>
            <location filename="../core/demo/Huishouden.cpp" line="+216" />
            <source>Mijn betaalrekening</source>
            <translation>Mijn betaalrekening</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mijn spaarrekening</source>
            <translation>Mijn spaarrekening</translation>
        </message>
        <message>
            <location line="+340" />
            <source>Houdt zich goed aan het budgetplan; kleine opnames mogen vrij.</source>
            <translation>Houdt zich goed aan het budgetplan; kleine opnames mogen vrij.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>We bekijken elke opname eerst samen.</source>
            <translation>We bekijken elke opname eerst samen.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+22" />
            <source>De buffer is voor onverwachte rekeningen.</source>
            <translation>De buffer is voor onverwachte rekeningen.</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Kleding koopt de inwoner zelf, tot 75 euro per keer.</source>
            <translation>Kleding koopt de inwoner zelf, tot 75 euro per keer.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Vaste afspraak: tot 50 euro per week vrij opnemen.</source>
            <translation>Vaste afspraak: tot 50 euro per week vrij opnemen.</translation>
        </message>
        <message>
            <location line="+284" />
            <source>Reservering %1</source>
            <translation>Reservering %1</translation>
        </message>
        <message>
            <location filename="../core/demo/Organisatie.cpp" line="+49" />
            <source>Totaal budgetbeheer</source>
            <translation>Totaal budgetbeheer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wij betalen al je vaste lasten. Je krijgt elke week leefgeld. We sparen ook voor je in potjes. Geld uit een potje vraag je aan.</source>
            <translation>Wij betalen al je vaste lasten. Je krijgt elke week leefgeld. We sparen ook voor je in potjes. Geld uit een potje vraag je aan.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Standaard: elke opname eerst langs de medewerker.</source>
            <translation>Standaard: elke opname eerst langs de medewerker.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis budgetbeheer</source>
            <translation>Basis budgetbeheer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wij betalen je vaste lasten, zoals huur en energie. Je krijgt elke week leefgeld. Kleine bedragen uit je potjes neem je zelf op.</source>
            <translation>Wij betalen je vaste lasten, zoals huur en energie. Je krijgt elke week leefgeld. Kleine bedragen uit je potjes neem je zelf op.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Standaard: tot 50 euro per week vrij opnemen.</source>
            <translation>Standaard: tot 50 euro per week vrij opnemen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inkomensbeheer</source>
            <translation>Inkomensbeheer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je inkomen komt binnen bij de gemeente. Wij betalen je huur en zorgverzekering. De rest krijg je zelf.</source>
            <translation>Je inkomen komt binnen bij de gemeente. Wij betalen je huur en zorgverzekering. De rest krijg je zelf.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Standaard: tot 100 euro per keer en 150 euro per week vrij opnemen.</source>
            <translation>Standaard: tot 100 euro per keer en 150 euro per week vrij opnemen.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Er is nu te weinig geld voor deze opname. Je budget is deze maand al nodig.</source>
            <translation>Er is nu te weinig geld voor deze opname. Je budget is deze maand al nodig.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget niet toereikend: de opname past niet in het budgetplan van deze periode.</source>
            <translation>Budget niet toereikend: de opname past niet in het budgetplan van deze periode.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We weten niet goed waar het geld voor is. Stuur een bon of prijsopgave mee.</source>
            <translation>We weten niet goed waar het geld voor is. Stuur een bon of prijsopgave mee.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Geen onderbouwing: bon, offerte of toelichting ontbreekt.</source>
            <translation>Geen onderbouwing: bon, offerte of toelichting ontbreekt.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dit geld blijft staan voor onverwachte kosten. Zo kom je niet in de problemen.</source>
            <translation>Dit geld blijft staan voor onverwachte kosten. Zo kom je niet in de problemen.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservering is de buffer; na de opname zou die te laag worden.</source>
            <translation>Reservering is de buffer; na de opname zou die te laag worden.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Eerst moeten je vaste lasten betaald worden. Daarna kijken we opnieuw.</source>
            <translation>Eerst moeten je vaste lasten betaald worden. Daarna kijken we opnieuw.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vaste lasten (huur, energie, zorgverzekering) gaan voor; nu geen ruimte.</source>
            <translation>Vaste lasten (huur, energie, zorgverzekering) gaan voor; nu geen ruimte.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je verzoek is goedgekeurd. Het geld komt op je eigen rekening.</source>
            <translation>Je verzoek is goedgekeurd. Het geld komt op je eigen rekening.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Akkoord: past in het budgetplan en bij het doel van de reservering.</source>
            <translation>Akkoord: past in het budgetplan en bij het doel van de reservering.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We maken deze keer een uitzondering. Je afspraken blijven hetzelfde.</source>
            <translation>We maken deze keer een uitzondering. Je afspraken blijven hetzelfde.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eenmalig akkoord buiten de afspraken; de afspraken zijn niet gewijzigd.</source>
            <translation>Eenmalig akkoord buiten de afspraken; de afspraken zijn niet gewijzigd.</translation>
        </message>
    </context>
    <context>
        <name>regie::rules</name>
        <message>
            <location filename="../core/rules/Beoordeling.cpp" line="+99" />
            <location line="+71" />
            <location filename="../core/rules/RuleEngine.cpp" line="+440" />
            <source>Voor geld uit dit potje moet je medewerker eerst ja zeggen.</source>
            <translation>Voor geld uit dit potje moet je medewerker eerst ja zeggen.</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Dit bedrag is hoger dan je afspraak. Je mag tot %1 per keer opnemen. Je medewerker moet eerst ja zeggen.</source>
            <translation>Dit bedrag is hoger dan je afspraak. Je mag tot %1 per keer opnemen. Je medewerker moet eerst ja zeggen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dan neem je deze week meer op dan je afspraak. Je mag tot %1 per week opnemen. Je medewerker moet eerst ja zeggen.</source>
            <translation>Dan neem je deze week meer op dan je afspraak. Je mag tot %1 per week opnemen. Je medewerker moet eerst ja zeggen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dan neem je deze maand meer op dan je afspraak. Je mag tot %1 per maand opnemen. Je medewerker moet eerst ja zeggen.</source>
            <translation>Dan neem je deze maand meer op dan je afspraak. Je mag tot %1 per maand opnemen. Je medewerker moet eerst ja zeggen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je mag %1 keer per week zelf geld opnemen. Dit is keer %2 deze week. Je medewerker moet eerst ja zeggen.</source>
            <translation>Je mag %1 keer per week zelf geld opnemen. Dit is keer %2 deze week. Je medewerker moet eerst ja zeggen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je mag %1 keer per maand zelf geld opnemen. Dit is keer %2 deze maand. Je medewerker moet eerst ja zeggen.</source>
            <translation>Je mag %1 keer per maand zelf geld opnemen. Dit is keer %2 deze maand. Je medewerker moet eerst ja zeggen.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Gevraagd bedrag %1 is hoger dan het maximum per opname van %2.</source>
            <translation>Gevraagd bedrag %1 is hoger dan het maximum per opname van %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Opnames deze week inclusief dit verzoek (%1) zijn hoger dan het maximum per week van %2.</source>
            <translation>Opnames deze week inclusief dit verzoek (%1) zijn hoger dan het maximum per week van %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Opnames deze maand inclusief dit verzoek (%1) zijn hoger dan het maximum per maand van %2.</source>
            <translation>Opnames deze maand inclusief dit verzoek (%1) zijn hoger dan het maximum per maand van %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Aantal opnames deze week inclusief dit verzoek (%1) is hoger dan het maximum van %2 per week.</source>
            <translation>Aantal opnames deze week inclusief dit verzoek (%1) is hoger dan het maximum van %2 per week.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aantal opnames deze maand inclusief dit verzoek (%1) is hoger dan het maximum van %2 per maand.</source>
            <translation>Aantal opnames deze maand inclusief dit verzoek (%1) is hoger dan het maximum van %2 per maand.</translation>
        </message>
        <message>
            <location line="+20" />
            <location filename="../core/rules/RuleEngine.cpp" line="-3" />
            <source>Uit dit potje kun je zelf geen geld opnemen. Bel of mail je medewerker als je geld nodig hebt.</source>
            <translation>Uit dit potje kun je zelf geen geld opnemen. Bel of mail je medewerker als je geld nodig hebt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dit potje is voor vaste betalingen. Je kunt er zelf geen geld uit halen.</source>
            <translation>Dit potje is voor vaste betalingen. Je kunt er zelf geen geld uit halen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dit potje is gesloten. Je kunt er geen geld uit halen.</source>
            <translation>Dit potje is gesloten. Je kunt er geen geld uit halen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je afspraken voor dit potje gelden vandaag niet. Bel of mail je medewerker.</source>
            <translation>Je afspraken voor dit potje gelden vandaag niet. Bel of mail je medewerker.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je kunt alleen geld naar je eigen bankrekening sturen. Kies je eigen rekening.</source>
            <translation>Je kunt alleen geld naar je eigen bankrekening sturen. Kies je eigen rekening.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er staat niet genoeg geld in dit potje. Er staat nu %1 in. Kies een lager bedrag, of bel je medewerker.</source>
            <translation>Er staat niet genoeg geld in dit potje. Er staat nu %1 in. Kies een lager bedrag, of bel je medewerker.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Er moet altijd %1 in dit potje blijven. Kies een lager bedrag, of bel je medewerker.</source>
            <translation>Er moet altijd %1 in dit potje blijven. Kies een lager bedrag, of bel je medewerker.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>De afspraak staat op 'niet toegestaan': opnemen door de inwoner kan niet.</source>
            <translation>De afspraak staat op 'niet toegestaan': opnemen door de inwoner kan niet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De reservering is gebonden: de inwoner kan hier niet zelf uit opnemen.</source>
            <translation>De reservering is gebonden: de inwoner kan hier niet zelf uit opnemen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De reservering is niet actief.</source>
            <translation>De reservering is niet actief.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De datum van het verzoek ligt na de einddatum van de afspraak.</source>
            <translation>De datum van het verzoek ligt na de einddatum van de afspraak.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De datum van het verzoek ligt voor de ingangsdatum van de afspraak.</source>
            <translation>De datum van het verzoek ligt voor de ingangsdatum van de afspraak.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De doelrekening is geen geverifieerde rekening van de inwoner.</source>
            <translation>De doelrekening is geen geverifieerde rekening van de inwoner.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gevraagd bedrag %1 is hoger dan het beschikbare saldo van %2.</source>
            <translation>Gevraagd bedrag %1 is hoger dan het beschikbare saldo van %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saldo na opname %1 is lager dan het minimumsaldo van %2.</source>
            <translation>Saldo na opname %1 is lager dan het minimumsaldo van %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De afspraak staat op 'na akkoord': elke opname gaat langs een medewerker.</source>
            <translation>De afspraak staat op 'na akkoord': elke opname gaat langs een medewerker.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Je kunt nu %1 opnemen uit dit potje.</source>
            <translation>Je kunt nu %1 opnemen uit dit potje.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je medewerker moet eerst ja zeggen. Daarna krijg je een bericht.</source>
            <translation>Je medewerker moet eerst ja zeggen. Daarna krijg je een bericht.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er staat niet genoeg geld in dit potje. Kies een lager bedrag, of bel je medewerker.</source>
            <translation>Er staat niet genoeg geld in dit potje. Kies een lager bedrag, of bel je medewerker.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je kunt dit geld niet opnemen. Bel of mail je medewerker als je vragen hebt.</source>
            <translation>Je kunt dit geld niet opnemen. Bel of mail je medewerker als je vragen hebt.</translation>
        </message>
        <message>
            <location filename="../core/rules/RuleEngine.cpp" line="-38" />
            <source>Je kunt hier zelf tot %1 per keer uit halen.</source>
            <translation>Je kunt hier zelf tot %1 per keer uit halen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Per week mag het samen %1 zijn.</source>
            <translation>Per week mag het samen %1 zijn.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je kunt hier zelf tot %1 per week uit halen.</source>
            <translation>Je kunt hier zelf tot %1 per week uit halen.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je kunt hier zelf tot %1 per maand uit halen.</source>
            <translation>Je kunt hier zelf tot %1 per maand uit halen.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Per maand mag het samen %1 zijn.</source>
            <translation>Per maand mag het samen %1 zijn.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Je kunt hier zelf geld uit halen.</source>
            <translation>Je kunt hier zelf geld uit halen.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dat kan %1 keer per week.</source>
            <translation>Dat kan %1 keer per week.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dat kan %1 keer per maand.</source>
            <translation>Dat kan %1 keer per maand.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Er moet altijd %1 in blijven.</source>
            <translation>Er moet altijd %1 in blijven.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Het geld gaat naar je eigen bankrekening.</source>
            <translation>Het geld gaat naar je eigen bankrekening.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wil je meer? Dan moet je medewerker eerst ja zeggen.</source>
            <translation>Wil je meer? Dan moet je medewerker eerst ja zeggen.</translation>
        </message>
        <message>
            <location filename="../core/rules/Validatie.cpp" line="+12" />
            <source>Het maximum per opname</source>
            <translation>Het maximum per opname</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Het maximumbedrag per week</source>
            <translation>Het maximumbedrag per week</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Het maximumaantal per week</source>
            <translation>Het maximumaantal per week</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Het maximumbedrag per maand</source>
            <translation>Het maximumbedrag per maand</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Het maximumaantal per maand</source>
            <translation>Het maximumaantal per maand</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het minimumsaldo</source>
            <translation>Het minimumsaldo</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+12" />
            <source>%1 mag niet negatief zijn.</source>
            <translation>%1 mag niet negatief zijn.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1 is te groot.</source>
            <translation>%1 is te groot.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 mag niet hoger zijn dan %2.</source>
            <translation>%1 mag niet hoger zijn dan %2.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Het nummer van de afspraak mag niet negatief zijn.</source>
            <translation>Het nummer van de afspraak mag niet negatief zijn.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De versie van de afspraak moet 1 of hoger zijn.</source>
            <translation>De versie van de afspraak moet 1 of hoger zijn.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kies voor wie de afspraak geldt.</source>
            <translation>Kies voor wie de afspraak geldt.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kies de reservering waar deze afspraak voor geldt.</source>
            <translation>Kies de reservering waar deze afspraak voor geldt.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Een afspraak voor de inwoner of de vorm hoort niet bij een reservering.</source>
            <translation>Een afspraak voor de inwoner of de vorm hoort niet bij een reservering.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kies of opnemen vrij, na akkoord of niet toegestaan is.</source>
            <translation>Kies of opnemen vrij, na akkoord of niet toegestaan is.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Het maximum per opname is hoger dan het maximumbedrag per week.</source>
            <translation>Het maximum per opname is hoger dan het maximumbedrag per week.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het maximum per opname is hoger dan het maximumbedrag per maand.</source>
            <translation>Het maximum per opname is hoger dan het maximumbedrag per maand.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het maximumbedrag per week is hoger dan het maximumbedrag per maand.</source>
            <translation>Het maximumbedrag per week is hoger dan het maximumbedrag per maand.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het maximumaantal per week is hoger dan het maximumaantal per maand.</source>
            <translation>Het maximumaantal per week is hoger dan het maximumaantal per maand.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Vul de datum in waarop de afspraak ingaat.</source>
            <translation>Vul de datum in waarop de afspraak ingaat.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De einddatum is geen geldige datum.</source>
            <translation>De einddatum is geen geldige datum.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De einddatum ligt voor de ingangsdatum.</source>
            <translation>De einddatum ligt voor de ingangsdatum.</translation>
        </message>
    </context>
</TS>
