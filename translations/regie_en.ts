<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="nl_NL">
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
            <translation>We could not get your details. Please try again later.</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>We konden je gegevens niet ophalen. De cijfers zijn van %1.</source>
            <translation>We could not get your details. These figures are from %1.</translation>
        </message>
    </context>
    <context>
        <name>AuditActions</name>
        <message>
            <location filename="../core/audit/AuditActions.cpp" line="+18" />
            <source>Ingelogd</source>
            <translation>Logged in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inloggen mislukt</source>
            <translation>Login failed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Account geblokkeerd</source>
            <translation>Account blocked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uitgelogd</source>
            <translation>Logged out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sessie verlopen</source>
            <translation>Session expired</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wachtwoord gewijzigd</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tweede factor ingesteld</source>
            <translation>Second factor set up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dossier bekeken</source>
            <translation>File viewed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Transacties bekeken</source>
            <translation>Transactions viewed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budgetplan bekeken</source>
            <translation>Budget plan viewed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lening bekeken</source>
            <translation>Loan viewed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek bekeken</source>
            <translation>Withdrawal request viewed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audittrail bekeken</source>
            <translation>Audit trail viewed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek aangemaakt</source>
            <translation>Withdrawal request created</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek geannuleerd</source>
            <translation>Withdrawal request cancelled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek ingediend</source>
            <translation>Withdrawal request submitted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opname uitgevoerd</source>
            <translation>Withdrawal paid out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek automatisch afgewezen</source>
            <translation>Withdrawal request refused automatically</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek ingetrokken</source>
            <translation>Withdrawal request retracted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Opnameverzoek verlopen</source>
            <translation>Withdrawal request expired</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Betaling niet gelukt, geld terug in het potje</source>
            <translation>Payment failed, money back in the savings pot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Akkoord gegeven</source>
            <translation>Approval given</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verzoek geweigerd</source>
            <translation>Request refused</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maatwerkafspraak aangemaakt</source>
            <translation>Arrangement created</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maatwerkafspraak gewijzigd</source>
            <translation>Arrangement changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservering gewijzigd</source>
            <translation>Savings pot changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budgetplan gewijzigd</source>
            <translation>Budget plan changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eigen rekening toegevoegd</source>
            <translation>Own bank account added</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eigen rekening gecontroleerd</source>
            <translation>Own bank account checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eigen rekening verwijderd</source>
            <translation>Own bank account removed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Toestemming gegeven</source>
            <translation>Permission given</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Toestemming ingetrokken</source>
            <translation>Permission withdrawn</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gebruiker aangemaakt</source>
            <translation>User created</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Soort opslag (echt of demo) vastgelegd</source>
            <translation>Kind of store (real or demo) fixed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Code om mee te kijken gemaakt</source>
            <translation>Code to view along made</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wijziging voorgesteld aan een teamleider</source>
            <translation>Change proposed to a team leader</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Over een voorgestelde wijziging besloten</source>
            <translation>Proposed change decided</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gebruiker gewijzigd</source>
            <translation>User changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gebruiker uitgeschakeld</source>
            <translation>User disabled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Caseload gewijzigd</source>
            <translation>Caseload changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instelling gewijzigd</source>
            <translation>Setting changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Standaardreden gewijzigd</source>
            <translation>Standard reason changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Standaardreden ingetrokken</source>
            <translation>Standard reason retired</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Melding van het zaaksysteem ontvangen</source>
            <translation>Notification from the case system received</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bankbestand verwerkt</source>
            <translation>Bank file processed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mislukt bericht opnieuw geprobeerd</source>
            <translation>Failed message tried again</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bericht naar ander systeem opnieuw verstuurd</source>
            <translation>Message to another system sent again</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Team aangemaakt</source>
            <translation>Team created</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vorm van budgetbeheer gewijzigd</source>
            <translation>Type of budget management changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inwoner aangemeld</source>
            <translation>Resident registered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservering aangemaakt</source>
            <translation>Savings pot created</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Geld in reservering gezet</source>
            <translation>Money put in savings pot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Lening bijgewerkt</source>
            <translation>Loan updated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Banktransacties geboekt</source>
            <translation>Bank transactions booked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Huishouden overgenomen uit Allegro</source>
            <translation>Household taken over from Allegro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budgetbeheer beëindigd</source>
            <translation>Budget management ended</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservering beëindigd</source>
            <translation>Savings pot ended</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budgetplanregel beëindigd</source>
            <translation>Budget plan line ended</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audittrail geëxporteerd</source>
            <translation>Audit trail exported</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gegevens geëxporteerd</source>
            <translation>Data exported</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gegevens uit Allegro bijgewerkt</source>
            <translation>Data updated from Allegro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verwerkt in Allegro</source>
            <translation>Processed in Allegro</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zaak aangemaakt</source>
            <translation>Case created</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zaak bijgewerkt</source>
            <translation>Case updated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Betaalopdracht aangemaakt</source>
            <translation>Payment order created</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bericht verstuurd</source>
            <translation>Message sent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Persoonsgegevens geanonimiseerd</source>
            <translation>Personal data anonymised</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gegevens verwijderd</source>
            <translation>Data deleted</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bewaartermijn verwerkt</source>
            <translation>Retention period processed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Audittrail gecontroleerd</source>
            <translation>Audit trail checked</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Controlepunt audittrail vastgelegd</source>
            <translation>Audit trail checkpoint recorded</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Gegevens versleuteld met de nieuwe sleutel</source>
            <translation>Data encrypted with the new key</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back-up gemaakt</source>
            <translation>Backup made</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Back-up teruggezet</source>
            <translation>Backup restored</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Instellingen en koppelingen gecontroleerd</source>
            <translation>Settings and connections checked</translation>
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
            <translation>Your loan is fully paid.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je moet nog %1 terugbetalen. Dat doe je met %2 per maand.</source>
            <translation>You still have to pay back %1. You pay %2 a month.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je loopt %1 achter. Praat hierover met je medewerker.</source>
            <translation>You are %1 behind. Talk to your caseworker about this.</translation>
        </message>
    </context>
    <context>
        <name>Iban</name>
        <message>
            <location filename="../core/money/Iban.cpp" line="+137" />
            <source>Vul een rekeningnummer in.</source>
            <translation>Please fill in an account number.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Dit is geen goed rekeningnummer. Een Nederlands nummer begint met NL en heeft 18 tekens.</source>
            <translation>This is not a valid account number. A Dutch number starts with NL and has 18 characters.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dit rekeningnummer klopt niet. Kijk of je een cijfer verkeerd hebt getypt.</source>
            <translation>This account number is not right. Check if you typed a wrong digit.</translation>
        </message>
    </context>
    <context>
        <name>Mailmeldingen</name>
        <message>
            <location filename="../core/services/Mailmeldingen.cpp" line="+68" />
            <source>Nieuw opnameverzoek in je werkvoorraad</source>
            <translation>New withdrawal request in your work queue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Er wacht een nieuw opnameverzoek op je besluit.

Bedrag: %1
Reservering: %2

Open regie-desk om het verzoek te bekijken.</source>
            <translation>A new withdrawal request is waiting for your decision.

Amount: %1
Savings pot: %2

Open regie-desk to look at the request.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Log in op Regie om alles te zien.</source>
            <translation>Log in to Regie to see everything.</translation>
        </message>
    </context>
    <context>
        <name>Meekijkcodes</name>
        <message>
            <location filename="../core/services/Meekijkcodes.cpp" line="+74" />
            <source>Je hebt al %1 codes die nog niemand gebruikt heeft. Wacht tot ze verlopen.</source>
            <translation>You already have %1 codes that nobody has used. Wait until they expire.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Deze code werkt niet. Misschien is hij al gebruikt of te oud. Vraag je hulpverlener om een nieuwe code.</source>
            <translation>This code does not work. Maybe it was used already or is too old. Ask your support worker for a new code.</translation>
        </message>
    </context>
    <context>
        <name>Money</name>
        <message>
            <location filename="../core/money/Money.cpp" line="+178" />
            <source>Vul een bedrag in.</source>
            <translation>Please fill in an amount.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vul een bedrag in met cijfers. Bijvoorbeeld 25 of 12,50.</source>
            <translation>Please fill in an amount in numbers. For example 25 or 12,50.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Gebruik niet meer dan 2 cijfers na de komma. Bijvoorbeeld 12,50.</source>
            <translation>Do not use more than 2 digits after the comma. For example 12,50.</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+2" />
            <source>Het bedrag moet hoger zijn dan nul.</source>
            <translation>The amount must be more than zero.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dit bedrag is te hoog.</source>
            <translation>This amount is too high.</translation>
        </message>
    </context>
    <context>
        <name>Opnames</name>
        <message>
            <location filename="../core/services/Opnames.cpp" line="+337" />
            <source>We sturen %1 uit je potje %2 naar je rekening.</source>
            <translation>We are sending %1 from your pot %2 to your account.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je geld is onderweg</source>
            <translation>Your money is on its way</translation>
        </message>
        <message>
            <location line="+78" />
            <source>Je vraagt %1 uit je potje %2. Dit past niet in je afspraken. Je medewerker kijkt %3 naar je verzoek. Je krijgt daarna een bericht.</source>
            <translation>You are asking for %1 from your savings pot %2. This does not fit your arrangements. Your caseworker will look at your request %3. You will get a message after that.</translation>
        </message>
        <message>
            <location line="+168" />
            <source>We kennen je eigen rekening nog niet. Bel je medewerker.</source>
            <translation>We do not know your own bank account yet. Please call your caseworker.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>Je uitleg is te lang. Gebruik niet meer dan 500 tekens.</source>
            <translation>Your explanation is too long. Do not use more than 500 characters.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+18" />
            <source>Er ging iets mis met het formulier. Probeer het opnieuw.</source>
            <translation>Something went wrong with the form. Please try again.</translation>
        </message>
        <message>
            <location line="-600" />
            <source>Je hebt al veel verzoeken die wachten. Wacht eerst op je medewerker.</source>
            <translation>You already have many requests waiting. Please wait for your caseworker first.</translation>
        </message>
        <message>
            <location line="+618" />
            <location line="+1" />
            <source>Kies je eigen rekening.</source>
            <translation>Choose your own bank account.</translation>
        </message>
        <message>
            <location line="-230" />
            <source>Je verzoek is verstuurd</source>
            <translation>Your request has been sent</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Nieuw opnameverzoek</source>
            <translation>New withdrawal request</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Er wacht een verzoek van %1 uit %2.</source>
            <translation>A request for %1 from %2 is waiting.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Je verzoek kan niet</source>
            <translation>Your request is not possible</translation>
        </message>
        <message>
            <location line="+314" />
            <source>Dit verzoek kun je niet meer intrekken.</source>
            <translation>You can no longer cancel this request.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Verzoek ingetrokken</source>
            <translation>Request cancelled</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je hebt je verzoek ingetrokken. Het geld blijft in je potje %1.</source>
            <translation>You have cancelled your request. The money stays in your pot %1.</translation>
        </message>
        <message>
            <location line="+126" />
            <source>Je verzoek is verlopen</source>
            <translation>Your request has expired</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je medewerker heeft niet op tijd naar je verzoek gekeken. Het geld blijft in je potje. Bel je medewerker als je het geld nog nodig hebt.</source>
            <translation>Your caseworker did not look at your request in time. The money stays in your pot. Call your caseworker if you still need the money.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>Het geld kon niet naar je rekening</source>
            <translation>The money could not go to your account</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We konden %1 uit je potje %2 niet naar je rekening sturen. Het geld staat weer in je potje. Je medewerker weet dit en neemt contact met je op.</source>
            <translation>We could not send %1 from your savings pot %2 to your account. The money is back in your savings pot. Your caseworker knows this and will contact you.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Betaling niet gelukt</source>
            <translation>Payment failed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De betaling van %1 uit %2 is niet gelukt. Het geld staat weer in het potje. Neem contact op met de inwoner.</source>
            <translation>The payment of %1 from %2 failed. The money is back in the savings pot. Please contact the resident.</translation>
        </message>
        <message>
            <location line="+19" />
            <source>binnen 1 werkdag</source>
            <translation>within 1 working day</translation>
        </message>
        <message>
            <location line="+0" />
            <source>binnen %1 werkdagen</source>
            <translation>within %1 working days</translation>
        </message>
        <message>
            <location filename="../core/services/OpnamesLezen.cpp" line="+60" />
            <source>Het geld staat uiterlijk %1 op je rekening.</source>
            <translation>The money will be in your account by %1 at the latest.</translation>
        </message>
        <message>
            <location filename="../core/services/Besluiten.cpp" line="+46" />
            <source>Je verzoek is goedgekeurd</source>
            <translation>Your request has been approved</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je verzoek is niet goedgekeurd</source>
            <translation>Your request has not been approved</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Je medewerker heeft ja gezegd tegen je verzoek van %1.</source>
            <translation>Your caseworker said yes to your request for %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+6" />
            <source>Je medewerker schrijft: %1</source>
            <translation>Your caseworker writes: %1</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Je medewerker heeft nee gezegd tegen je verzoek van %1.</source>
            <translation>Your caseworker said no to your request for %1.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het geld blijft in je potje %1.</source>
            <translation>The money stays in your pot %1.</translation>
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
            <translation>That did not work</translation>
        </message>
        <message>
            <location line="+0" />
            <source>We begrijpen je verzoek niet. Probeer het opnieuw.</source>
            <translation>We do not understand your request. Please try again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log eerst in</source>
            <translation>Log in first</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je bent niet ingelogd. Log in om verder te gaan.</source>
            <translation>You are not logged in. Log in to continue.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dit mag niet</source>
            <translation>This is not allowed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je mag dit niet doen. Ga terug en probeer het opnieuw.</source>
            <translation>You may not do this. Go back and try again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pagina niet gevonden</source>
            <translation>Page not found</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Deze pagina bestaat niet.</source>
            <translation>This page does not exist.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dit kan niet</source>
            <translation>This is not possible</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dit kan niet op deze pagina.</source>
            <translation>This is not possible on this page.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Te veel tekst</source>
            <translation>Too much text</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je bericht is te groot. Maak het korter.</source>
            <translation>Your message is too long. Make it shorter.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Even wachten</source>
            <translation>Please wait a moment</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je hebt het te vaak geprobeerd. Wacht even.</source>
            <translation>You have tried too often. Please wait a moment.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Even niet beschikbaar</source>
            <translation>Not available right now</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Regie is even niet bereikbaar. Probeer het later nog eens.</source>
            <translation>Regie cannot be reached right now. Please try again later.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Er ging iets mis</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Er ging bij ons iets mis. Probeer het later nog eens.</source>
            <translation>Something went wrong on our side. Please try again later.</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Naar de startpagina</source>
            <translation>Go to the home page</translation>
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
            <translation>Logging in did not work</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Opnieuw inloggen</source>
            <translation>Log in again</translation>
        </message>
        <message>
            <location line="+81" />
            <source>Inloggen is niet gelukt. Probeer het opnieuw.</source>
            <translation>Logging in did not work. Please try again.</translation>
        </message>
        <message>
            <location line="-53" />
            <source>Inloggen met DigiD kan nu niet. Probeer het later opnieuw.</source>
            <translation>You cannot log in with DigiD right now. Please try again later.</translation>
        </message>
        <message>
            <location line="-19" />
            <location line="+2" />
            <source>Je hebt geen budgetbeheer</source>
            <translation>You are not in budget management</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je bent goed ingelogd met DigiD.</source>
            <translation>You logged in with DigiD.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Maar de gemeente beheert je geld niet (meer). Daarom zie je hier geen gegevens.</source>
            <translation>But the municipality does not manage your money (any more). That is why you see no details here.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Heb je vragen? Neem contact op met de gemeente.</source>
            <translation>Any questions? Contact the municipality.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heb je vragen? Neem contact op met %1.</source>
            <translation>Any questions? Contact %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bel %1.</source>
            <translation>Call %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Of mail naar %1.</source>
            <translation>Or e-mail %1.</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Je bent al een paar keer begonnen met inloggen.</source>
            <translation>You have started to log in several times already.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wacht tien minuten en probeer het dan opnieuw.</source>
            <translation>Wait ten minutes and then try again.</translation>
        </message>
        <message>
            <location line="+31" />
            <source>Je bent ingelogd op een manier die niet veilig genoeg is voor Regie.</source>
            <translation>You logged in in a way that is not safe enough for Regie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log in met de DigiD app. Doe in de app eerst de ID-check met je paspoort, rijbewijs of identiteitskaart.</source>
            <translation>Log in with the DigiD app. First do the ID check in the app with your passport, driving licence or identity card.</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Foutpaginas.cpp" line="+30" />
            <source>Bel</source>
            <translation>Call</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mail naar</source>
            <translation>Email</translation>
        </message>
        <message>
            <location line="+0" />
            <source>of mail naar</source>
            <translation>or email</translation>
        </message>
        <message>
            <location line="+18" />
            <source>Je bent uitgelogd</source>
            <translation>You are logged out</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je was een tijdje niet actief. Daarom ben je uitgelogd. Zo blijft je geld veilig.</source>
            <translation>You were not active for a while. So we logged you out. This keeps your money safe.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Log opnieuw in om verder te gaan.</source>
            <translation>Log in again to go on.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dit mag je niet bekijken</source>
            <translation>You may not see this</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Deze pagina is niet voor jou.</source>
            <translation>This page is not for you.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+5" />
            <source>Ga terug naar je overzicht.</source>
            <translation>Go back to your overview.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Deze pagina bestaat niet</source>
            <translation>This page does not exist</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Misschien is de link oud. Of er zit een fout in het adres.</source>
            <translation>Maybe the link is old. Or there is a mistake in the address.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dit is al veranderd</source>
            <translation>This has already changed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Iemand anders heeft dit net veranderd. Of je hebt twee keer op een knop gedrukt.</source>
            <translation>Someone else just changed this. Or you pressed a button twice.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kijk bij Mijn verzoeken hoe het nu staat.</source>
            <translation>Look at My requests to see how things are now.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je tekst is te lang</source>
            <translation>Your text is too long</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je hebt te veel tekst gestuurd. Dat kunnen we niet verwerken.</source>
            <translation>You sent too much text. We cannot handle that.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ga terug. Maak je tekst korter en probeer het opnieuw.</source>
            <translation>Go back. Make your text shorter and try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er ging iets mis met het formulier</source>
            <translation>Something went wrong with the form</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We konden je formulier niet goed lezen. Misschien stond de pagina te lang open.</source>
            <translation>We could not read your form properly. Maybe the page was open for too long.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ga terug en probeer het opnieuw.</source>
            <translation>Go back and try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Even wachten</source>
            <translation>Please wait a moment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je hebt het vaak achter elkaar geprobeerd.</source>
            <translation>You tried many times in a row.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wacht een kwartier en probeer het dan opnieuw.</source>
            <translation>Wait fifteen minutes and then try again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Regie is even niet bereikbaar</source>
            <translation>Regie cannot be reached right now</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het ligt niet aan jou. Een ander systeem doet het nu niet.</source>
            <translation>It is not your fault. Another system is not working right now.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+4" />
            <source>Probeer het over een paar minuten opnieuw.</source>
            <translation>Try again in a few minutes.</translation>
        </message>
        <message>
            <location line="-2" />
            <source>Er ging iets mis bij ons</source>
            <translation>Something went wrong on our side</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het ligt niet aan jou. Er ging iets mis in Regie.</source>
            <translation>It is not your fault. Something went wrong in Regie.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Naar de startpagina</source>
            <translation>Go to the home page</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="+27" />
            <source>Naar meekijken</source>
            <translation>Go to Viewing</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="-2" />
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="+179" />
            <source>Naar je overzicht</source>
            <translation>Go to your overview</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Lukt het dan nog niet? Neem contact met ons op.</source>
            <translation>Still not working? Please contact us.</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Meekijken.cpp" line="+32" />
            <location line="+11" />
            <location line="+39" />
            <location filename="../citizen-web/pages/PageKit.cpp" line="+114" />
            <source>Meekijken</source>
            <translation>Viewing</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Deze mensen hebben gezegd dat je mag meekijken. Je kunt alleen kijken.</source>
            <translation>These people said you may view their money. You can only look.</translation>
        </message>
        <message>
            <location line="-18" />
            <source>Iemand laten toevoegen</source>
            <translation>Let someone add you</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wil je meekijken met iemand? Maak een code en geef die aan die persoon. Die vult de code in bij Wie mag meekijken.</source>
            <translation>Do you want to view someone's money? Make a code and give it to that person. They fill in the code at Who may view my money.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Een code werkt één keer en 7 dagen lang.</source>
            <translation>A code works once and for 7 days.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je nieuwe code</source>
            <translation>Your new code</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De code is %1. Hij werkt tot %2. Je ziet de code maar één keer.</source>
            <translation>The code is %1. It works until %2. You see the code only once.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Maak een code</source>
            <translation>Make a code</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Er heeft nog niemand toestemming gegeven.</source>
            <translation>Nobody has given permission yet.</translation>
        </message>
        <message>
            <location line="+42" />
            <source>Overzicht van %1</source>
            <translation>Overview of %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alleen bekijken</source>
            <translation>View only</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 heeft je toestemming gegeven om mee te kijken. Je kunt hier niets veranderen.</source>
            <translation>%1 has given you permission to look along. You cannot change anything here.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Terug naar de lijst</source>
            <translation>Back to the list</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Mijn.cpp" line="+28" />
            <source>Nieuw</source>
            <translation>New</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bekijk het verzoek</source>
            <translation>See the request</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+10" />
            <location filename="../citizen-web/pages/PageKit.cpp" line="-8" />
            <source>Berichten</source>
            <translation>Messages</translation>
        </message>
        <message>
            <location line="-8" />
            <source>Je hebt nog geen berichten.</source>
            <translation>You have no messages yet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je hebt 1 nieuw bericht.</source>
            <translation>You have 1 new message.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je hebt %1 nieuwe berichten.</source>
            <translation>You have %1 new messages.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Alles gelezen</source>
            <translation>All read</translation>
        </message>
        <message>
            <location line="+21" />
            <source>Een medewerker</source>
            <translation>A caseworker</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Een medewerker van %1</source>
            <translation>A caseworker from %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Een teamleider</source>
            <translation>A team leader</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Een teamleider van %1</source>
            <translation>A team leader from %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Een hulpverlener</source>
            <translation>A support worker</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Een hulpverlener van %1</source>
            <translation>A support worker from %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Een beheerder van Regie</source>
            <translation>A Regie administrator</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Iemand van de gemeente</source>
            <translation>Someone from the municipality</translation>
        </message>
        <message>
            <location line="+7" />
            <source>heeft je overzicht bekeken</source>
            <translation>viewed your overview</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je betalingen bekeken</source>
            <translation>viewed your payments</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je budgetplan bekeken</source>
            <translation>viewed your budget plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je lening bekeken</source>
            <translation>viewed your loan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een verzoek van je bekeken</source>
            <translation>viewed one of your requests</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft ja gezegd tegen een verzoek</source>
            <translation>said yes to a request</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft nee gezegd tegen een verzoek</source>
            <translation>said no to a request</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een afspraak gemaakt</source>
            <translation>made an arrangement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een afspraak veranderd</source>
            <translation>changed an arrangement</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een potje gemaakt</source>
            <translation>made a pot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een potje veranderd</source>
            <translation>changed a pot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft geld in een potje gezet</source>
            <translation>put money in a pot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je budgetplan veranderd</source>
            <translation>changed your budget plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je lening bijgewerkt</source>
            <translation>updated your loan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een rekening van je toegevoegd</source>
            <translation>added one of your accounts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je rekening gecontroleerd</source>
            <translation>checked your account</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft een rekening van je weggehaald</source>
            <translation>removed one of your accounts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je dossier gemaakt</source>
            <translation>made your file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft betalingen toegevoegd</source>
            <translation>added payments</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je gegevens gedownload</source>
            <translation>downloaded your details</translation>
        </message>
        <message>
            <location line="+1" />
            <source>heeft je medewerker veranderd</source>
            <translation>changed your caseworker</translation>
        </message>
        <message>
            <location line="+6" />
            <source>heeft je gegevens gebruikt</source>
            <translation>used your details</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="+115" />
            <source>Wie heeft mijn gegevens bekeken?</source>
            <translation>Who has looked at my details?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hier zie je wie er in je gegevens heeft gekeken. Of wie iets heeft veranderd.</source>
            <translation>Here you see who looked at your details. Or who changed something.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We laten de functie en het team zien. Geen namen.</source>
            <translation>We show the job and the team. No names.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wil je weten wie het was? Vraag het aan je medewerker.</source>
            <translation>Do you want to know who it was? Ask your caseworker.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er heeft nog niemand in je gegevens gekeken.</source>
            <translation>Nobody has looked at your details yet.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Wie heeft mijn gegevens bekeken</source>
            <translation>Who has looked at my details</translation>
        </message>
        <message>
            <location line="+12" />
            <location line="+18" />
            <source>Mijn gegevens</source>
            <translation>My details</translation>
        </message>
        <message>
            <location line="-17" />
            <source>Dit zijn de belangrijkste gegevens die we van je hebben.</source>
            <translation>These are the most important details we have about you.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Naam</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Soort budgetbeheer</source>
            <translation>Type of budget management</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Beheerrekening</source>
            <translation>Managed account</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../citizen-web/pages/Opnemen.cpp" line="+213" />
            <source>eindigt op %1</source>
            <translation>ends in %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Aantal potjes</source>
            <translation>Number of pots</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je team</source>
            <translation>Your team</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alles downloaden</source>
            <translation>Download everything</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je mag alles zien wat we van je hebben. Download het bestand hieronder.</source>
            <translation>You may see everything we have about you. Download the file below.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het bestand is voor een computer gemaakt. Je medewerker kan je helpen het te lezen.</source>
            <translation>The file is made for a computer. Your caseworker can help you read it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Download al mijn gegevens</source>
            <translation>Download all my details</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="+44" />
            <source>Klopt er iets niet?</source>
            <translation>Is something wrong?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Neem contact op met je medewerker. Dan verbeteren we het.</source>
            <translation>Contact your caseworker. Then we will correct it.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lees wat we met je gegevens doen</source>
            <translation>Read what we do with your details</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>Overal uitloggen</source>
            <translation>Log out everywhere</translation>
        </message>
        <message>
            <location line="-1" />
            <source>Ben je ook ingelogd op een andere computer of telefoon? Log dan overal uit.</source>
            <translation>Are you also logged in on another computer or phone? Then log out everywhere.</translation>
        </message>
        <message>
            <location line="+34" />
            <source>Wie mag meekijken?</source>
            <translation>Who may view my money?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Iemand die je helpt, mag ook je geld zien. Bijvoorbeeld iemand van het buurtteam.</source>
            <translation>Someone who helps you may also see your money. For example someone from the neighbourhood team.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Die persoon kan alleen kijken. Geld opnemen kan niet.</source>
            <translation>That person can only look. They cannot take out money.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wie kijkt nu mee?</source>
            <translation>Who is viewing your money now?</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er kijkt nu niemand mee.</source>
            <translation>Nobody is viewing your money now.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>%1 van %2</source>
            <translation>%1 from %2</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Mag meekijken sinds %1.</source>
            <translation>Can view your money since %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet meer laten meekijken</source>
            <translation>Stop sharing</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Je krijgt deze code van je hulpverlener. Een code werkt één keer en 7 dagen lang.</source>
            <translation>You get this code from your support worker. A code works once and for 7 days.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Iemand toevoegen</source>
            <translation>Add someone</translation>
        </message>
        <message>
            <location line="-3" />
            <source>Code van je hulpverlener</source>
            <translation>Code of your support worker</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Toevoegen</source>
            <translation>Add</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="-3" />
            <source>Wie mag meekijken</source>
            <translation>Who may view my money</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Vul de code van je hulpverlener in.</source>
            <translation>Fill in the code of your support worker.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Je hulpverlener mag nu meekijken.</source>
            <translation>Your support worker may view your money now.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>Deze hulpverlener kan niet meer meekijken.</source>
            <translation>This support worker can no longer view your money.</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Opnemen.cpp" line="-152" />
            <source>Er zit %1 in.</source>
            <translation>It holds %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+54" />
            <location filename="../citizen-web/pages/Overzicht.cpp" line="+111" />
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="-74" />
            <source>Je kunt nu tot %1 zelf opnemen.</source>
            <translation>You can now take out up to %1 yourself.</translation>
        </message>
        <message>
            <location line="-51" />
            <location line="+5" />
            <location line="+6" />
            <location filename="../citizen-web/pages/PageKit.cpp" line="+4" />
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="+102" />
            <source>Geld opnemen</source>
            <translation>Take out money</translation>
        </message>
        <message>
            <location line="-9" />
            <source>Je hebt geen potjes waar je zelf geld uit kunt opnemen.</source>
            <translation>You have no pots you can take money out of yourself.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heb je geld nodig? Neem contact op met je medewerker.</source>
            <translation>Do you need money? Contact your caseworker.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het geld gaat naar je eigen rekening.</source>
            <translation>The money goes to your own bank account.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Uit welk potje wil je geld opnemen?</source>
            <translation>Which pot do you want to take money out of?</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+30" />
            <source>Verder</source>
            <translation>Next</translation>
        </message>
        <message>
            <location line="-20" />
            <source>Kies een potje.</source>
            <translation>Choose a pot.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>Hoeveel geld wil je opnemen uit %1?</source>
            <translation>How much money do you want to take out of %1?</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../citizen-web/pages/Overzicht.cpp" line="-22" />
            <source>In dit potje</source>
            <translation>In this pot</translation>
        </message>
        <message>
            <location line="+79" />
            <source>Dit bedrag past niet in je afspraken. Je medewerker kijkt %1.</source>
            <translation>This amount does not fit your arrangements. Your caseworker will look at it %1.</translation>
        </message>
        <message>
            <location line="-93" />
            <source>Bedrag in euro</source>
            <translation>Amount in euros</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bijvoorbeeld 25 of 12,50</source>
            <translation>For example 25 or 12,50</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Waar is het geld voor? (mag je leeg laten)</source>
            <translation>What is the money for? (you may leave this empty)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je medewerker leest dit als hij of zij moet kijken. Niet meer dan 500 tekens.</source>
            <translation>Your caseworker reads this if they need to check. No more than 500 characters.</translation>
        </message>
        <message>
            <location line="+16" />
            <source>Een ander potje kiezen</source>
            <translation>Choose another pot</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Heb je meer geld nodig? Neem contact op met je medewerker.</source>
            <translation>Do you need more money? Contact your caseworker.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Bedrag kiezen</source>
            <translation>Choose an amount</translation>
        </message>
        <message>
            <location line="+62" />
            <source>Het geld gaat meteen naar je rekening.</source>
            <translation>The money goes to your account straight away.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dit past in je afspraken. Je medewerker hoeft niets te doen.</source>
            <translation>This fits your arrangements. Your caseworker does not need to do anything.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je medewerker moet eerst ja zeggen.</source>
            <translation>Your caseworker must say yes first.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dit verzoek gaat niet lukken.</source>
            <translation>This request will not work.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../citizen-web/pages/Overzicht.cpp" line="+57" />
            <source>Potje</source>
            <translation>Pot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bedrag</source>
            <translation>Amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Naar je rekening</source>
            <translation>To your account</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Waar het voor is</source>
            <translation>What it is for</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wil je dit verzoek versturen?</source>
            <translation>Do you want to send this request?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Bedrag veranderen</source>
            <translation>Change the amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wat gebeurt er als je ja zegt?</source>
            <translation>What happens if you say yes?</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Ja, versturen</source>
            <translation>Yes, send it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nee, niet versturen</source>
            <translation>No, do not send it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verzoek controleren</source>
            <translation>Check your request</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Overzicht.cpp" line="-96" />
            <source>Je beheerrekening</source>
            <translation>Your managed account</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Op je beheerrekening staat</source>
            <translation>Your managed account holds</translation>
        </message>
        <message>
            <location line="+12" />
            <source>We weten niet wanneer dit bedrag is bijgewerkt. Het kan nu anders zijn.</source>
            <translation>We do not know when this amount was updated. It may be different now.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bijgewerkt op %1.</source>
            <translation>Updated on %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dit bedrag is niet nieuw.</source>
            <translation>This amount is not new.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+6" />
            <source>Het echte bedrag kan nu anders zijn. We halen de nieuwe cijfers zo snel mogelijk op.</source>
            <translation>The real amount may be different now. We will get the new figures as soon as we can.</translation>
        </message>
        <message>
            <location line="-4" />
            <source>Bijgewerkt om %1.</source>
            <translation>Updated at %1.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hiervan zit %1 nog niet in een potje.</source>
            <translation>%1 of this is not in a pot yet.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Jouw soort budgetbeheer</source>
            <translation>Your type of budget management</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Er komt bij</source>
            <translation>Added</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wacht op je medewerker</source>
            <translation>Waiting for your caseworker</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+50" />
            <source>Doel</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location line="-50" />
            <source>Hoogstens</source>
            <translation>At most</translation>
        </message>
        <message>
            <location line="+2" />
            <source>%1% van het doel</source>
            <translation>%1% of the goal</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Dit geld is voor vaste lasten. Je kunt het niet zelf opnemen.</source>
            <translation>This money is for fixed costs. You cannot take it out yourself.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Geld opnemen uit %1</source>
            <translation>Take out money from %1</translation>
        </message>
        <message>
            <location line="+58" />
            <source>%1: %2 van %3.</source>
            <translation>%1: %2 of %3.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1: %2.</source>
            <translation>%1: %2.</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Geld in je potjes</source>
            <translation>Money in your pots</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Blauw is het geld in het potje. De stippellijn is het doel.</source>
            <translation>Blue is the money in the pot. The dotted line is the goal.</translation>
        </message>
        <message>
            <location line="-36" />
            <source>Erin</source>
            <translation>In the pot</translation>
        </message>
        <message>
            <location line="-96" />
            <source>De beheerrekening van %1</source>
            <translation>The managed account of %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Op de beheerrekening van %1 staat</source>
            <translation>The managed account of %1 holds</translation>
        </message>
        <message>
            <location line="+6" />
            <source>We konden de nieuwe cijfers niet ophalen.</source>
            <translation>We could not fetch the new figures.</translation>
        </message>
        <message>
            <location line="+22" />
            <source>Soort budgetbeheer van %1</source>
            <translation>Type of budget management of %1</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Wacht op de medewerker</source>
            <translation>Waiting for the caseworker</translation>
        </message>
        <message>
            <location line="+14" />
            <source>Dit geld is voor vaste lasten. %1 kan het niet zelf opnemen.</source>
            <translation>This money is for fixed costs. %1 cannot withdraw it.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>%1 kan nu tot %2 zelf opnemen.</source>
            <translation>%1 can now withdraw up to %2.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>geen</source>
            <translation>none</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Geld in de potjes van %1</source>
            <translation>Money in the savings pots of %1</translation>
        </message>
        <message>
            <location line="+29" />
            <source>Je budgetplan</source>
            <translation>Your budget plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Budgetplan van %1</source>
            <translation>Budget plan of %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Per maand komt erbij</source>
            <translation>Comes in each month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Per maand gaat eraf</source>
            <translation>Goes out each month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Leefgeld</source>
            <translation>Living allowance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je volgende leefgeld is %1. Je krijgt het op %2.</source>
            <translation>Your next living allowance is %1. You get it on %2.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het volgende leefgeld van %1 is %2. %1 krijgt het op %3.</source>
            <translation>The next living allowance of %1 is %2. %1 gets it on %3.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Er gaat meer geld uit dan erbij komt. Praat hierover met je medewerker.</source>
            <translation>More money goes out than comes in. Talk to your caseworker about this.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Er gaat meer geld uit dan erbij komt. %1 kan hierover praten met de medewerker.</source>
            <translation>More money goes out than comes in. %1 can talk about this with the caseworker.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wat erbij komt en wat eraf gaat</source>
            <translation>What comes in and what goes out</translation>
        </message>
        <message>
            <location line="+3" />
            <source>erbij</source>
            <translation>in</translation>
        </message>
        <message>
            <location line="+0" />
            <source>eraf</source>
            <translation>out</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 heeft de lening helemaal betaald.</source>
            <translation>%1 has paid off the loan completely.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>%1 moet nog %2 terugbetalen, met %3 per maand.</source>
            <translation>%1 still has to pay back %2, at %3 a month.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 loopt %2 achter.</source>
            <translation>%1 is %2 behind.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Geleend</source>
            <translation>Borrowed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nog te betalen</source>
            <translation>Still to pay</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Per maand</source>
            <translation>Per month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nog te gaan</source>
            <translation>Time left</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 maanden</source>
            <translation>%1 months</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Achterstand</source>
            <translation>Behind on payments</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Klaar op</source>
            <translation>Paid off on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je lening</source>
            <translation>Your loan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lening van %1</source>
            <translation>Loan of %1</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je lening: %1</source>
            <translation>Your loan: %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Lening van %1: %2</source>
            <translation>Loan of %1: %2</translation>
        </message>
        <message>
            <location line="+16" />
            <source>potje %1</source>
            <translation>pot %1</translation>
        </message>
        <message>
            <location line="+4" />
            <source>eraf %1</source>
            <translation>out %1</translation>
        </message>
        <message>
            <location line="+0" />
            <source>erbij %1</source>
            <translation>in %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Deze persoon</source>
            <translation>This person</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je potjes</source>
            <translation>Your pots</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Potjes van %1</source>
            <translation>Savings pots of %1</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je hebt nog geen potjes.</source>
            <translation>You have no pots yet.</translation>
        </message>
        <message>
            <location line="+0" />
            <source>%1 heeft nog geen potjes.</source>
            <translation>%1 has no savings pots yet.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>Laatste betalingen</source>
            <translation>Latest payments</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+106" />
            <source>Er zijn nog geen betalingen.</source>
            <translation>There are no payments yet.</translation>
        </message>
        <message>
            <location line="-102" />
            <source>Alle betalingen bekijken</source>
            <translation>See all payments</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Je overzicht</source>
            <translation>Your overview</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="-31" />
            <source>Vragen?</source>
            <translation>Questions?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Neem contact op met je medewerker.</source>
            <translation>Contact your caseworker.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../citizen-web/pages/PageKit.cpp" line="-1" />
            <source>Overzicht</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location line="+83" />
            <source>Je betalingen</source>
            <translation>Your payments</translation>
        </message>
        <message>
            <location line="-55" />
            <source>Zoek een betaling</source>
            <translation>Search for a payment</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Typ bijvoorbeeld de naam van een winkel</source>
            <translation>For example, type the name of a shop</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Zoeken</source>
            <translation>Search</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Je zocht op: %1. We vonden %2 betalingen.</source>
            <translation>You searched for: %1. We found %2 payments.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We vonden geen betalingen. Probeer een ander woord.</source>
            <translation>We found no payments. Try another word.</translation>
        </message>
        <message>
            <location line="-27" />
            <source>Pagina's</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Pagina %1 van %2</source>
            <translation>Page %1 of %2</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Vorige pagina</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Volgende pagina</source>
            <translation>Next page</translation>
        </message>
        <message>
            <location line="+25" />
            <source>Alles in Excel</source>
            <translation>Everything in Excel</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Wil je alles in Excel zien? Download dan dit bestand.</source>
            <translation>Do you want to see everything in Excel? Then download this file.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Download het bestand (CSV)</source>
            <translation>Download the file (CSV)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Betalingen</source>
            <translation>Payments</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/PageKit.cpp" line="-47" />
            <source>%1 om %2</source>
            <translation>%1 at %2</translation>
        </message>
        <message>
            <location line="+46" />
            <source>%1 nieuw</source>
            <translation>%1 new</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="-2" />
            <location line="+13" />
            <source>Mijn verzoeken</source>
            <translation>My requests</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Hulp</source>
            <translation>Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hoofdmenu</source>
            <translation>Main menu</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Uitloggen</source>
            <translation>Log out</translation>
        </message>
        <message>
            <location line="+10" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="-46" />
            <location line="+16" />
            <source>Toegankelijkheid</source>
            <translation>Accessibility</translation>
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
            <translation>Help and contact</translation>
        </message>
        <message>
            <location line="+37" />
            <location filename="../citizen-web/pages/Publiek.cpp" line="-132" />
            <source>Testomgeving</source>
            <translation>Test environment</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Dit zijn geen echte gegevens. Er gaat geen echt geld over.</source>
            <translation>This is not real data. No real money is moved.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Naar de inhoud</source>
            <translation>Skip to content</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Gemeente Utrecht</source>
            <translation>City of Utrecht</translation>
        </message>
        <message>
            <location line="+71" />
            <source>Er ging iets mis</source>
            <translation>Something went wrong</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Publiek.cpp" line="-36" />
            <source>Regie: je geld in beeld</source>
            <translation>Regie: your money at a glance</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je bent uitgelogd.</source>
            <translation>You are logged out.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zit je in budgetbeheer bij de gemeente? Dan regelt de gemeente een deel van je geld.</source>
            <translation>Are you in budget management with the municipality? Then the municipality handles part of your money.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>In Regie zie je hoeveel geld er is. Je ziet ook je potjes en je vaste lasten.</source>
            <translation>In Regie you see how much money there is. You also see your pots and your fixed costs.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je kunt zelf geld uit je potjes opnemen. Dat kan binnen de afspraken met je medewerker.</source>
            <translation>You can take money out of your pots yourself. You can do this within the arrangements with your caseworker.</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+32" />
            <source>Inloggen</source>
            <translation>Log in</translation>
        </message>
        <message>
            <location line="-32" />
            <source>Je logt in met DigiD. Houd je DigiD app bij de hand.</source>
            <translation>You log in with DigiD. Keep your DigiD app at hand.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inloggen met DigiD</source>
            <translation>Log in with DigiD</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je kunt hier inloggen als een testpersoon. Er gaat geen echt geld over.</source>
            <translation>Here you can log in as a test person. No real money is moved.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+19" />
            <location line="+5" />
            <location line="+4" />
            <source>Inloggen als testpersoon</source>
            <translation>Log in as a test person</translation>
        </message>
        <message>
            <location line="-26" />
            <source>Welkom</source>
            <translation>Welcome</translation>
        </message>
        <message>
            <location line="+5" />
            <source>hulpverlener</source>
            <translation>support worker</translation>
        </message>
        <message>
            <location line="+0" />
            <source>inwoner</source>
            <translation>resident</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Deze mensen zijn niet echt. Er gaat geen echt geld over.</source>
            <translation>These people are not real. No real money is moved.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kies iemand uit de lijst. Dan kun je alles zelf proberen.</source>
            <translation>Choose someone from the list. Then you can try everything yourself.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er zijn nog geen testpersonen. Laad eerst de testgegevens.</source>
            <translation>There are no test people yet. Load the test data first.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Wie wil je zijn?</source>
            <translation>Who do you want to be?</translation>
        </message>
        <message>
            <location line="+20" />
            <source>Kies iemand uit de lijst.</source>
            <translation>Choose someone from the list.</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Iedereen moet Regie kunnen gebruiken. Daar doen we ons best voor.</source>
            <translation>Everyone must be able to use Regie. We do our best for that.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wat we doen</source>
            <translation>What we do</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regie volgt de regels voor websites van de overheid: WCAG 2.1 niveau AA.</source>
            <translation>Regie follows the rules for government websites: WCAG 2.1 level AA.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je kunt alles doen met alleen een toetsenbord.</source>
            <translation>You can do everything with just a keyboard.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regie werkt met een schermlezer.</source>
            <translation>Regie works with a screen reader.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je kunt de tekst groter maken. Er valt dan niets weg.</source>
            <translation>You can make the text bigger. Nothing disappears then.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regie werkt ook op een kleine telefoon.</source>
            <translation>Regie also works on a small phone.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Regie werkt ook zonder JavaScript.</source>
            <translation>Regie also works without JavaScript.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We schrijven in eenvoudige taal.</source>
            <translation>We write in plain language.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Een grafiek staat ook altijd als tabel op de pagina.</source>
            <translation>A chart is always on the page as a table too.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wat nog niet goed is</source>
            <translation>What is not right yet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Sommige teksten van de gemeente zijn alleen in het Nederlands. Bijvoorbeeld de uitleg over je soort budgetbeheer.</source>
            <translation>Some texts from the municipality are only in Dutch. For example the explanation of your type of budget management.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Werkt iets niet goed?</source>
            <translation>Is something not working?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Laat het ons weten. Dan lossen we het op. Je krijgt binnen 5 werkdagen antwoord.</source>
            <translation>Let us know. Then we will fix it. You will get an answer within 5 working days.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Hier lees je welke gegevens we van je hebben. En wat we ermee doen.</source>
            <translation>Here you can read which details we have about you. And what we do with them.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Welke gegevens hebben we?</source>
            <translation>Which details do we have?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je naam en je burgerservicenummer.</source>
            <translation>Your name and your citizen service number (BSN).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je rekeningnummers.</source>
            <translation>Your account numbers.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het geld op je beheerrekening en in je potjes.</source>
            <translation>The money in your managed account and in your pots.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je betalingen, je budgetplan en je lening.</source>
            <translation>Your payments, your budget plan and your loan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je afspraken met je medewerker.</source>
            <translation>Your arrangements with your caseworker.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je verzoeken om geld en je berichten.</source>
            <translation>Your requests for money and your messages.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waarom hebben we die gegevens?</source>
            <translation>Why do we have these details?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De gemeente helpt je met je geld. Dat is een taak uit de wet.</source>
            <translation>The municipality helps you with your money. The law gives us this task.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zonder deze gegevens kunnen we je rekeningen niet betalen.</source>
            <translation>Without these details we cannot pay your bills.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wie kan je gegevens zien?</source>
            <translation>Who can see your details?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Alleen je medewerkers en hun teamleider. Een hulpverlener kijkt alleen mee als jij dat goed vindt.</source>
            <translation>Only your caseworkers and their team leader. A support worker only looks if you agree.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We schrijven op wie je gegevens bekijkt. Dat kun je zelf nakijken.</source>
            <translation>We write down who looks at your details. You can check this yourself.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Hoe lang bewaren we je gegevens?</source>
            <translation>How long do we keep your details?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>We bewaren je gegevens tot 7 jaar na het einde van je budgetbeheer. Dat moet van de wet.</source>
            <translation>We keep your details for up to 7 years after your budget management ends. The law says we must.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Daarna halen we je naam en nummers weg.</source>
            <translation>After that we remove your name and numbers.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wat mag je zelf?</source>
            <translation>What may you do yourself?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je mag al je gegevens zien en downloaden.</source>
            <translation>You may see and download all your details.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je mag vragen om een fout te verbeteren.</source>
            <translation>You may ask us to correct a mistake.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je mag bezwaar maken.</source>
            <translation>You may object.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je mag een klacht indienen bij de Autoriteit Persoonsgegevens.</source>
            <translation>You may make a complaint to the Dutch Data Protection Authority (Autoriteit Persoonsgegevens).</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bekijk je gegevens</source>
            <translation>See your details</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Heb je een vraag over je gegevens? Neem contact met ons op.</source>
            <translation>Do you have a question about your details? Please contact us.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Je medewerkers zitten in %1.</source>
            <translation>Your caseworkers are in %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We zijn bereikbaar op werkdagen van 9:00 tot 17:00 uur.</source>
            <translation>You can reach us on working days from 9:00 to 17:00.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hoe neem ik geld op?</source>
            <translation>How do I take out money?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ga naar Geld opnemen. Kies een potje en vul een bedrag in.</source>
            <translation>Go to Take out money. Choose a pot and fill in an amount.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past het bedrag in je afspraken? Dan krijg je het geld meteen.</source>
            <translation>Does the amount fit your arrangements? Then you get the money straight away.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Past het niet? Dan kijkt je medewerker ernaar. Je krijgt %1 antwoord.</source>
            <translation>Does it not fit? Then your caseworker will look at it. You will get an answer %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wanneer staat het geld op mijn rekening?</source>
            <translation>When will the money be in my account?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vraag je het voor 14:00 uur op een werkdag? Dan staat het geld er de volgende werkdag.</source>
            <translation>Do you ask before 14:00 on a working day? Then the money is there the next working day.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wat is een potje?</source>
            <translation>What is a pot?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Een potje is geld dat apart staat. Bijvoorbeeld voor kleding of voor de boodschappen.</source>
            <translation>A pot is money that is set aside. For example for clothes or for the shopping.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Uit sommige potjes mag je zelf geld opnemen. De andere potjes regelt de gemeente voor je.</source>
            <translation>You may take money out of some pots yourself. The municipality looks after the other pots for you.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kan ik een verzoek nog stoppen?</source>
            <translation>Can I still stop a request?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wacht je verzoek nog op je medewerker? Dan kun je het intrekken.</source>
            <translation>Is your request still waiting for your caseworker? Then you can withdraw it.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Mijn verzoek lukt niet. Wat nu?</source>
            <translation>My request does not work. What now?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bij je verzoek staat waarom het niet lukt. Je kunt een lager bedrag kiezen. Of je belt of mailt je medewerker.</source>
            <translation>Your request says why it does not work. You can choose a lower amount. Or you call or email your caseworker.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Kan iemand met mij meekijken?</source>
            <translation>Can someone look along with me?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Ja. Een hulpverlener mag meekijken als jij dat goed vindt. Dat regel je zelf. Je kunt het ook weer stoppen.</source>
            <translation>Yes. A support worker may look along if you agree. You arrange that yourself. You can also stop it again.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Lukt inloggen niet?</source>
            <translation>Can you not log in?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je logt in met DigiD. Lukt dat niet? Kijk dan op digid.nl. Daar staat ook het nummer van de DigiD helpdesk.</source>
            <translation>You log in with DigiD. Does that not work? Then look at digid.nl. The number of the DigiD helpdesk is there too.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Bel of mail ons. Dan kijken we samen wat er aan de hand is.</source>
            <translation>Call or email us. Then we will look together at what is going on.</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="-181" />
            <source>Je vroeg %1 uit je potje %2.</source>
            <translation>You asked for %1 from your pot %2.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+191" />
            <source>Verzoek intrekken</source>
            <translation>Cancel request</translation>
        </message>
        <message>
            <location line="-181" />
            <source>Je medewerker schrijft: %1</source>
            <translation>Your caseworker writes: %1</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Het geld is onderweg</source>
            <translation>The money is on its way</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je hebt %1 opgenomen uit je potje %2.</source>
            <translation>You took %1 out of your pot %2.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je medewerker heeft ja gezegd.</source>
            <translation>Your caseworker said yes.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wanneer krijg je het geld?</source>
            <translation>When will you get the money?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het geld staat binnen 2 werkdagen op je rekening.</source>
            <translation>The money will be in your account within 2 working days.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het geld gaat naar je rekening die eindigt op %1.</source>
            <translation>The money goes to your account ending in %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je ziet de betaling ook bij je betalingen.</source>
            <translation>You will also see the payment with your payments.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Je verzoek is verstuurd</source>
            <translation>Your request has been sent</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Waarom moet je medewerker kijken?</source>
            <translation>Why must your caseworker look at it?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Dit bedrag past niet in je afspraken.</source>
            <translation>This amount does not fit your arrangements.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Het is een groot bedrag. Daarom kijken er twee medewerkers naar.</source>
            <translation>It is a large amount. So two caseworkers look at it.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+72" />
            <source>Wat gebeurt er nu?</source>
            <translation>What happens now?</translation>
        </message>
        <message>
            <location line="-71" />
            <location line="+135" />
            <source>Je medewerker kijkt %1 naar je verzoek.</source>
            <translation>Your caseworker will look at your request %1.</translation>
        </message>
        <message>
            <location line="-134" />
            <source>Je krijgt daarna een bericht in Regie.</source>
            <translation>After that you will get a message in Regie.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tot die tijd blijft het geld apart staan in je potje.</source>
            <translation>Until then the money is kept aside in your pot.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heb je het geld niet meer nodig?</source>
            <translation>Do you no longer need the money?</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Dit kan niet</source>
            <translation>This is not possible</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+35" />
            <source>Waarom niet?</source>
            <translation>Why not?</translation>
        </message>
        <message>
            <location line="-34" />
            <location line="+13" />
            <source>Er gaat geen geld van je potje af.</source>
            <translation>No money is taken from your pot.</translation>
        </message>
        <message>
            <location line="-12" />
            <location line="+13" />
            <location line="+21" />
            <location line="+16" />
            <source>Wat kun je nu doen?</source>
            <translation>What can you do now?</translation>
        </message>
        <message>
            <location line="-49" />
            <source>Heb je het geld toch nodig? Neem contact op met je medewerker. Samen kijken jullie wat wel kan.</source>
            <translation>Do you still need the money? Contact your caseworker. Together you will see what is possible.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Er staat niet genoeg geld in dit potje</source>
            <translation>There is not enough money in this pot</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Zoveel geld staat er nu niet in.</source>
            <translation>There is not that much money in it now.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Kies een lager bedrag</source>
            <translation>Choose a lower amount</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Of neem contact op met je medewerker.</source>
            <translation>Or contact your caseworker.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Je verzoek is niet verstuurd</source>
            <translation>Your request was not sent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je hebt op Nee gedrukt.</source>
            <translation>You pressed No.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Er gaat geen geld van je potje af. Je medewerker krijgt niets te zien.</source>
            <translation>No money is taken from your pot. Your caseworker will not see anything.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wil je toch geld opnemen?</source>
            <translation>Do you still want to take out money?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Opnieuw beginnen</source>
            <translation>Start again</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je medewerker heeft nee gezegd</source>
            <translation>Your caseworker said no</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+15" />
            <source>Het geld blijft in je potje.</source>
            <translation>The money stays in your pot.</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Heb je vragen? Neem contact op met je medewerker.</source>
            <translation>Do you have questions? Contact your caseworker.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je hebt je verzoek ingetrokken</source>
            <translation>You have cancelled your request</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het geld blijft in je potje %1.</source>
            <translation>The money stays in your pot %1.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je medewerker hoeft er niet meer naar te kijken.</source>
            <translation>Your caseworker no longer needs to look at it.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je verzoek is verlopen</source>
            <translation>Your request has expired</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je medewerker heeft niet op tijd gekeken. Dat spijt ons.</source>
            <translation>Your caseworker did not look in time. We are sorry about that.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Heb je het geld nog nodig? Doe dan een nieuw verzoek. Of bel je medewerker.</source>
            <translation>Do you still need the money? Then make a new request. Or call your caseworker.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Het geld kon niet naar je rekening</source>
            <translation>The money could not go to your account</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De bank of het systeem van de gemeente heeft de betaling niet gedaan.</source>
            <translation>The bank or the municipality's system did not make the payment.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het geld staat weer in je potje %1.</source>
            <translation>The money is back in your savings pot %1.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je medewerker weet dit. Hij of zij neemt contact met je op.</source>
            <translation>Your caseworker knows this and will contact you.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Heb je het geld snel nodig? Bel of mail dan zelf je medewerker.</source>
            <translation>Do you need the money soon? Then call or email your caseworker yourself.</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Publiek.cpp" line="-9" />
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="+27" />
            <source>Al je verzoeken</source>
            <translation>All your requests</translation>
        </message>
        <message>
            <location filename="../citizen-web/pages/Verzoeken.cpp" line="+2" />
            <source>Je verzoek</source>
            <translation>Your request</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Gemaakt</source>
            <translation>Created</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Verstuurd</source>
            <translation>Sent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je medewerker zei ja</source>
            <translation>Your caseworker said yes</translation>
        </message>
        <message>
            <location line="+0" />
            <source>Je medewerker zei nee</source>
            <translation>Your caseworker said no</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Klaar: %1</source>
            <translation>Done: %1</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Je hebt nog geen verzoeken gedaan.</source>
            <translation>You have not made any requests yet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>%1 uit %2</source>
            <translation>%1 from %2</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Bekijk dit verzoek</source>
            <translation>See this request</translation>
        </message>
        <message>
            <location line="+13" />
            <source>Wil je dit verzoek intrekken?</source>
            <translation>Do you want to cancel this request?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Als je het intrekt, blijft het geld in je potje. Je medewerker hoeft dan niet meer te kijken.</source>
            <translation>If you cancel it, the money stays in your pot. Your caseworker then no longer needs to look.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ja, intrekken</source>
            <translation>Yes, cancel it</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Nee, terug</source>
            <translation>No, go back</translation>
        </message>
        <message>
            <location line="+12" />
            <source>Je verzoek is ingetrokken.</source>
            <translation>Your request has been cancelled.</translation>
        </message>
    </context>
    <context>
        <name>regie</name>
        <message>
            <location filename="../core/domain/Domain.cpp" line="+108" />
            <source>Nog niet verstuurd</source>
            <translation>Not sent yet</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet verstuurd</source>
            <translation>Not sent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wacht op je medewerker</source>
            <translation>Waiting for your caseworker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wacht op een tweede medewerker</source>
            <translation>Waiting for a second caseworker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Betaald</source>
            <translation>Paid</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet goedgekeurd</source>
            <translation>Not approved</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet mogelijk</source>
            <translation>Not possible</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ingetrokken</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Verlopen</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Niet gelukt</source>
            <translation>Failed</translation>
        </message>
        <message>
            <location line="+9" />
            <source>Inwoner</source>
            <translation>Resident</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Medewerker</source>
            <translation>Caseworker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Teamleider</source>
            <translation>Team leader</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Ketenpartner</source>
            <translation>Support worker</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Beheerder</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Systeem</source>
            <translation>System</translation>
        </message>
        <message>
            <location line="+9" />
            <source>per week</source>
            <translation>per week</translation>
        </message>
        <message>
            <location line="+2" />
            <source>per 4 weken</source>
            <translation>per 4 weeks</translation>
        </message>
        <message>
            <location line="+2" />
            <source>per maand</source>
            <translation>per month</translation>
        </message>
        <message>
            <location line="+2" />
            <source>per kwartaal</source>
            <translation>per quarter</translation>
        </message>
        <message>
            <location line="+2" />
            <source>per jaar</source>
            <translation>per year</translation>
        </message>
    </context>
    <context>
        <name>regie::calendar::Datum</name>
        <message>
            <location filename="../core/calendar/DatumTekst.cpp" line="+13" />
            <source>maandag</source>
            <translation>Monday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>dinsdag</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>woensdag</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>donderdag</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>vrijdag</source>
            <translation>Friday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>zaterdag</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>zondag</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <location line="+10" />
            <source>januari</source>
            <translation>January</translation>
        </message>
        <message>
            <location line="+1" />
            <source>februari</source>
            <translation>February</translation>
        </message>
        <message>
            <location line="+1" />
            <source>maart</source>
            <translation>March</translation>
        </message>
        <message>
            <location line="+1" />
            <source>april</source>
            <translation>April</translation>
        </message>
        <message>
            <location line="+1" />
            <source>mei</source>
            <translation>May</translation>
        </message>
        <message>
            <location line="+1" />
            <source>juni</source>
            <translation>June</translation>
        </message>
        <message>
            <location line="+1" />
            <source>juli</source>
            <translation>July</translation>
        </message>
        <message>
            <location line="+1" />
            <source>augustus</source>
            <translation>August</translation>
        </message>
        <message>
            <location line="+1" />
            <source>september</source>
            <translation>September</translation>
        </message>
        <message>
            <location line="+1" />
            <source>oktober</source>
            <translation>October</translation>
        </message>
        <message>
            <location line="+1" />
            <source>november</source>
            <translation>November</translation>
        </message>
        <message>
            <location line="+1" />
            <source>december</source>
            <translation>December</translation>
        </message>
    </context>
    <context>
        <name>regie::calendar::Feestdag</name>
        <message>
            <location filename="../core/calendar/Feestdagen.cpp" line="+91" />
            <source>Nieuwjaarsdag</source>
            <translation>New Year's Day</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Goede Vrijdag</source>
            <translation>Good Friday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eerste Paasdag</source>
            <translation>Easter Sunday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tweede Paasdag</source>
            <translation>Easter Monday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Koningsdag</source>
            <translation>King's Day</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Bevrijdingsdag</source>
            <translation>Liberation Day</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Hemelvaartsdag</source>
            <translation>Ascension Day</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eerste Pinksterdag</source>
            <translation>Whit Sunday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tweede Pinksterdag</source>
            <translation>Whit Monday</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eerste Kerstdag</source>
            <translation>Christmas Day</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Tweede Kerstdag</source>
            <translation>Boxing Day</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Koninginnedag</source>
            <translation>Queen's Day</translation>
        </message>
    </context>
    <context>
        <name>regie::calendar::WerkdagKalender</name>
        <message>
            <location filename="../core/calendar/WerkdagKalender.cpp" line="+97" />
            <source>het weekend</source>
            <translation>the weekend</translation>
        </message>
        <message>
            <location line="+1" />
            <source>een extra sluitingsdag</source>
            <translation>an extra closing day</translation>
        </message>
        <message>
            <location line="+24" />
            <source>Het geld staat uiterlijk %1 op je rekening.</source>
            <translation>The money will be in your account by %1 at the latest.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Daarom verstuurt de bank het geld pas op %1.</source>
            <translation>So the bank only sends the money on %1.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>Je opdracht kwam na %1 uur binnen.</source>
            <translation>Your request came in after %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>Op %1 werkt de bank niet.</source>
            <translation>The bank does not work on %1.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>In het weekend werkt de bank niet.</source>
            <translation>The bank does not work at the weekend.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Op %1 is de bank dicht.</source>
            <translation>The bank is closed on %1.</translation>
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
            <translation>A small withdrawal from Clothing fits the arrangement and is paid straight away.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Dit bedrag is hoger dan 50 euro, dus de medewerker beslist.</source>
            <translation>This amount is more than 50 euros, so the caseworker decides.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Uit de buffer mag niets worden opgenomen.</source>
            <translation>Nothing may be taken out of the buffer.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Er staat te weinig in Verjaardagen voor deze opname.</source>
            <translation>There is too little in Birthdays for this withdrawal.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>De lening heeft een achterstand; dat staat op het overzicht.</source>
            <translation>The loan is behind on payments; this shows on the overview.</translation>
        </message>
        <message>
            <location line="+63" />
            <source>Naar reservering %1</source>
            <translation>To savings pot %1</translation>
        </message>
        <message>
            <location filename="../core/demo/Huishouden.cpp" line="+216" />
            <source>Mijn betaalrekening</source>
            <translation>My current account</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Mijn spaarrekening</source>
            <translation>My savings account</translation>
        </message>
        <message>
            <location line="+340" />
            <source>Houdt zich goed aan het budgetplan; kleine opnames mogen vrij.</source>
            <translation>Sticks to the budget plan well; small withdrawals are allowed freely.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>We bekijken elke opname eerst samen.</source>
            <translation>We look at every withdrawal together first.</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+22" />
            <source>De buffer is voor onverwachte rekeningen.</source>
            <translation>The buffer is for unexpected bills.</translation>
        </message>
        <message>
            <location line="-14" />
            <source>Kleding koopt de inwoner zelf, tot 75 euro per keer.</source>
            <translation>The resident buys clothing themselves, up to 75 euros each time.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>Vaste afspraak: tot 50 euro per week vrij opnemen.</source>
            <translation>Standing arrangement: take out up to 50 euros a week freely.</translation>
        </message>
        <message>
            <location line="+284" />
            <source>Reservering %1</source>
            <translation>Savings pot %1</translation>
        </message>
        <message>
            <location filename="../core/demo/Organisatie.cpp" line="+49" />
            <source>Totaal budgetbeheer</source>
            <translation>Full budget management</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wij betalen al je vaste lasten. Je krijgt elke week leefgeld. We sparen ook voor je in potjes. Geld uit een potje vraag je aan.</source>
            <translation>We pay all your fixed costs. You get a living allowance every week. We also save for you in pots. You ask for money from a pot.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Standaard: elke opname eerst langs de medewerker.</source>
            <translation>Default: every withdrawal goes to the caseworker first.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Basis budgetbeheer</source>
            <translation>Basic budget management</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Wij betalen je vaste lasten, zoals huur en energie. Je krijgt elke week leefgeld. Kleine bedragen uit je potjes neem je zelf op.</source>
            <translation>We pay your fixed costs, such as rent and energy. You get a living allowance every week. You take small amounts out of your pots yourself.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Standaard: tot 50 euro per week vrij opnemen.</source>
            <translation>Default: take out up to 50 euros a week freely.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Inkomensbeheer</source>
            <translation>Income management</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Je inkomen komt binnen bij de gemeente. Wij betalen je huur en zorgverzekering. De rest krijg je zelf.</source>
            <translation>Your income comes in at the municipality. We pay your rent and health insurance. You get the rest yourself.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Standaard: tot 100 euro per keer en 150 euro per week vrij opnemen.</source>
            <translation>Default: take out up to 100 euros each time and 150 euros a week freely.</translation>
        </message>
        <message>
            <location line="+52" />
            <source>Er is nu te weinig geld voor deze opname. Je budget is deze maand al nodig.</source>
            <translation>There is too little money for this withdrawal now. Your budget is already needed this month.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Budget niet toereikend: de opname past niet in het budgetplan van deze periode.</source>
            <translation>Budget not sufficient: the withdrawal does not fit the budget plan for this period.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We weten niet goed waar het geld voor is. Stuur een bon of prijsopgave mee.</source>
            <translation>We do not know clearly what the money is for. Send a receipt or a price quote with it.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Geen onderbouwing: bon, offerte of toelichting ontbreekt.</source>
            <translation>No supporting evidence: receipt, quote or explanation is missing.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dit geld blijft staan voor onverwachte kosten. Zo kom je niet in de problemen.</source>
            <translation>This money stays for unexpected costs. That way you do not get into trouble.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Reservering is de buffer; na de opname zou die te laag worden.</source>
            <translation>The savings pot is the buffer; after the withdrawal it would be too low.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Eerst moeten je vaste lasten betaald worden. Daarna kijken we opnieuw.</source>
            <translation>Your fixed costs must be paid first. After that we will look again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Vaste lasten (huur, energie, zorgverzekering) gaan voor; nu geen ruimte.</source>
            <translation>Fixed costs (rent, energy, health insurance) come first; there is no room now.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je verzoek is goedgekeurd. Het geld komt op je eigen rekening.</source>
            <translation>Your request has been approved. The money goes to your own bank account.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Akkoord: past in het budgetplan en bij het doel van de reservering.</source>
            <translation>Approved: fits the budget plan and the purpose of the savings pot.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>We maken deze keer een uitzondering. Je afspraken blijven hetzelfde.</source>
            <translation>We are making an exception this time. Your arrangements stay the same.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Eenmalig akkoord buiten de afspraken; de afspraken zijn niet gewijzigd.</source>
            <translation>One-off approval outside the arrangements; the arrangements have not been changed.</translation>
        </message>
    </context>
    <context>
        <name>regie::rules</name>
        <message>
            <location filename="../core/rules/Beoordeling.cpp" line="+99" />
            <location line="+71" />
            <location filename="../core/rules/RuleEngine.cpp" line="+440" />
            <source>Voor geld uit dit potje moet je medewerker eerst ja zeggen.</source>
            <translation>For money from this pot, your caseworker must say yes first.</translation>
        </message>
        <message>
            <location line="-68" />
            <source>Dit bedrag is hoger dan je afspraak. Je mag tot %1 per keer opnemen. Je medewerker moet eerst ja zeggen.</source>
            <translation>This amount is more than your arrangement allows. You may take out up to %1 each time. Your caseworker must say yes first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dan neem je deze week meer op dan je afspraak. Je mag tot %1 per week opnemen. Je medewerker moet eerst ja zeggen.</source>
            <translation>Then you take out more this week than your arrangement allows. You may take out up to %1 a week. Your caseworker must say yes first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dan neem je deze maand meer op dan je afspraak. Je mag tot %1 per maand opnemen. Je medewerker moet eerst ja zeggen.</source>
            <translation>Then you take out more this month than your arrangement allows. You may take out up to %1 a month. Your caseworker must say yes first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je mag %1 keer per week zelf geld opnemen. Dit is keer %2 deze week. Je medewerker moet eerst ja zeggen.</source>
            <translation>You may take out money yourself %1 times a week. This would be withdrawal %2 this week. Your caseworker must say yes first.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Je mag %1 keer per maand zelf geld opnemen. Dit is keer %2 deze maand. Je medewerker moet eerst ja zeggen.</source>
            <translation>You may take out money yourself %1 times a month. This would be withdrawal %2 this month. Your caseworker must say yes first.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Gevraagd bedrag %1 is hoger dan het maximum per opname van %2.</source>
            <translation>Requested amount %1 is more than the maximum per withdrawal of %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Opnames deze week inclusief dit verzoek (%1) zijn hoger dan het maximum per week van %2.</source>
            <translation>Withdrawals this week including this request (%1) are more than the weekly maximum of %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Opnames deze maand inclusief dit verzoek (%1) zijn hoger dan het maximum per maand van %2.</source>
            <translation>Withdrawals this month including this request (%1) are more than the monthly maximum of %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Aantal opnames deze week inclusief dit verzoek (%1) is hoger dan het maximum van %2 per week.</source>
            <translation>Number of withdrawals this week including this request (%1) is more than the maximum of %2 a week.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Aantal opnames deze maand inclusief dit verzoek (%1) is hoger dan het maximum van %2 per maand.</source>
            <translation>Number of withdrawals this month including this request (%1) is more than the maximum of %2 a month.</translation>
        </message>
        <message>
            <location line="+20" />
            <location filename="../core/rules/RuleEngine.cpp" line="-3" />
            <source>Uit dit potje kun je zelf geen geld opnemen. Bel of mail je medewerker als je geld nodig hebt.</source>
            <translation>You cannot take money out of this pot yourself. Call or email your caseworker if you need money.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dit potje is voor vaste betalingen. Je kunt er zelf geen geld uit halen.</source>
            <translation>This pot is for fixed payments. You cannot take money out of it yourself.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dit potje is gesloten. Je kunt er geen geld uit halen.</source>
            <translation>This pot is closed. You cannot take money out of it.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je afspraken voor dit potje gelden vandaag niet. Bel of mail je medewerker.</source>
            <translation>Your arrangements for this pot do not apply today. Call or email your caseworker.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je kunt alleen geld naar je eigen bankrekening sturen. Kies je eigen rekening.</source>
            <translation>You can only send money to your own bank account. Choose your own bank account.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er staat niet genoeg geld in dit potje. Er staat nu %1 in. Kies een lager bedrag, of bel je medewerker.</source>
            <translation>There is not enough money in this pot. It now holds %1. Choose a lower amount, or call your caseworker.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Er moet altijd %1 in dit potje blijven. Kies een lager bedrag, of bel je medewerker.</source>
            <translation>%1 must always stay in this pot. Choose a lower amount, or call your caseworker.</translation>
        </message>
        <message>
            <location line="+10" />
            <source>De afspraak staat op 'niet toegestaan': opnemen door de inwoner kan niet.</source>
            <translation>The arrangement is set to 'not allowed': the resident cannot take money out.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De reservering is gebonden: de inwoner kan hier niet zelf uit opnemen.</source>
            <translation>The savings pot is restricted: the resident cannot take money out of it.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De reservering is niet actief.</source>
            <translation>The savings pot is not active.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De datum van het verzoek ligt na de einddatum van de afspraak.</source>
            <translation>The date of the request is after the end date of the arrangement.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>De datum van het verzoek ligt voor de ingangsdatum van de afspraak.</source>
            <translation>The date of the request is before the start date of the arrangement.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>De doelrekening is geen geverifieerde rekening van de inwoner.</source>
            <translation>The receiving account is not a verified account of the resident.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Gevraagd bedrag %1 is hoger dan het beschikbare saldo van %2.</source>
            <translation>Requested amount %1 is more than the available balance of %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Saldo na opname %1 is lager dan het minimumsaldo van %2.</source>
            <translation>Balance after withdrawal %1 is lower than the minimum balance of %2.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De afspraak staat op 'na akkoord': elke opname gaat langs een medewerker.</source>
            <translation>The arrangement is set to 'after approval': every withdrawal goes to a caseworker.</translation>
        </message>
        <message>
            <location line="+55" />
            <source>Je kunt nu %1 opnemen uit dit potje.</source>
            <translation>You can take out %1 from this pot now.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je medewerker moet eerst ja zeggen. Daarna krijg je een bericht.</source>
            <translation>Your caseworker must say yes first. After that you will get a message.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Er staat niet genoeg geld in dit potje. Kies een lager bedrag, of bel je medewerker.</source>
            <translation>There is not enough money in this pot. Choose a lower amount, or call your caseworker.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je kunt dit geld niet opnemen. Bel of mail je medewerker als je vragen hebt.</source>
            <translation>You cannot take out this money. Call or email your caseworker if you have questions.</translation>
        </message>
        <message>
            <location filename="../core/rules/RuleEngine.cpp" line="-38" />
            <source>Je kunt hier zelf tot %1 per keer uit halen.</source>
            <translation>You can take out up to %1 each time yourself.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Per week mag het samen %1 zijn.</source>
            <translation>Together it may be up to %1 a week.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Je kunt hier zelf tot %1 per week uit halen.</source>
            <translation>You can take out up to %1 a week yourself.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>Je kunt hier zelf tot %1 per maand uit halen.</source>
            <translation>You can take out up to %1 a month yourself.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Per maand mag het samen %1 zijn.</source>
            <translation>Together it may be up to %1 a month.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Je kunt hier zelf geld uit halen.</source>
            <translation>You can take money out of this pot yourself.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Dat kan %1 keer per week.</source>
            <translation>You can do this %1 times a week.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Dat kan %1 keer per maand.</source>
            <translation>You can do this %1 times a month.</translation>
        </message>
        <message>
            <location line="+23" />
            <source>Er moet altijd %1 in blijven.</source>
            <translation>%1 must always stay in it.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Het geld gaat naar je eigen bankrekening.</source>
            <translation>The money goes to your own bank account.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Wil je meer? Dan moet je medewerker eerst ja zeggen.</source>
            <translation>Do you want more? Then your caseworker must say yes first.</translation>
        </message>
        <message>
            <location filename="../core/rules/Validatie.cpp" line="+12" />
            <source>Het maximum per opname</source>
            <translation>The maximum per withdrawal</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Het maximumbedrag per week</source>
            <translation>The maximum amount per week</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Het maximumaantal per week</source>
            <translation>The maximum number per week</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Het maximumbedrag per maand</source>
            <translation>The maximum amount per month</translation>
        </message>
        <message>
            <location line="+2" />
            <source>Het maximumaantal per maand</source>
            <translation>The maximum number per month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>Het minimumsaldo</source>
            <translation>The minimum balance</translation>
        </message>
        <message>
            <location line="+14" />
            <location line="+12" />
            <source>%1 mag niet negatief zijn.</source>
            <translation>%1 must not be negative.</translation>
        </message>
        <message>
            <location line="-9" />
            <source>%1 is te groot.</source>
            <translation>%1 is too large.</translation>
        </message>
        <message>
            <location line="+12" />
            <source>%1 mag niet hoger zijn dan %2.</source>
            <translation>%1 must not be higher than %2.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>Het nummer van de afspraak mag niet negatief zijn.</source>
            <translation>The arrangement number must not be negative.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De versie van de afspraak moet 1 of hoger zijn.</source>
            <translation>The arrangement version must be 1 or higher.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Kies voor wie de afspraak geldt.</source>
            <translation>Choose who the arrangement is for.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kies de reservering waar deze afspraak voor geldt.</source>
            <translation>Choose the savings pot this arrangement is for.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>Een afspraak voor de inwoner of de vorm hoort niet bij een reservering.</source>
            <translation>An arrangement for the resident or the type must not belong to a savings pot.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Kies of opnemen vrij, na akkoord of niet toegestaan is.</source>
            <translation>Choose whether taking out money is free, after approval or not allowed.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Het maximum per opname is hoger dan het maximumbedrag per week.</source>
            <translation>The maximum per withdrawal is higher than the maximum amount per week.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het maximum per opname is hoger dan het maximumbedrag per maand.</source>
            <translation>The maximum per withdrawal is higher than the maximum amount per month.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het maximumbedrag per week is hoger dan het maximumbedrag per maand.</source>
            <translation>The maximum amount per week is higher than the maximum amount per month.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>Het maximumaantal per week is hoger dan het maximumaantal per maand.</source>
            <translation>The maximum number per week is higher than the maximum number per month.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>Vul de datum in waarop de afspraak ingaat.</source>
            <translation>Fill in the date on which the arrangement starts.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De einddatum is geen geldige datum.</source>
            <translation>The end date is not a valid date.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>De einddatum ligt voor de ingangsdatum.</source>
            <translation>The end date is before the start date.</translation>
        </message>
    </context>
</TS>
