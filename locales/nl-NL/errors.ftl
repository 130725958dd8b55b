# Foutmeldingen bij het invullen en opslaan van gegevens.
# Voor jobcoaches, in eenvoudige taal (B1). Elke id hoort bij
# ValidationError::message_id in crates/domain/src/error.rs.

error-required = Vul dit veld in.
error-too-long = Deze tekst is te lang. Gebruik niet meer dan { $max } tekens.
error-too-short = Dit is te kort om te kunnen controleren. Schrijf minstens { $min } tekens.
error-bsn-format = Een BSN heeft 9 cijfers. Vul alleen cijfers in.
error-bsn-checksum = Dit BSN bestaat niet. Kijk of u de cijfers goed hebt overgenomen.
error-postcode-format = Vul de postcode in met 4 cijfers en 2 letters, bijvoorbeeld 6811 AB.
error-postcode-letters = Deze postcode bestaat niet. Een postcode eindigt nooit op SA, SD of SS.
error-iban-format = Dit rekeningnummer klopt niet. Een Nederlands rekeningnummer ziet er zo uit: NL91 ABNA 0417 1643 00.
error-iban-not-dutch = Vul een Nederlands rekeningnummer in. Dat begint met NL.
error-iban-checksum = Dit rekeningnummer bestaat niet. Kijk of u alle tekens goed hebt overgenomen.
error-kvk-format = Een KvK-nummer heeft 8 cijfers.
error-loonheffingennummer-format = Een loonheffingennummer heeft 9 cijfers, dan de letter L en dan 2 cijfers. Bijvoorbeeld: 123456782L01.
error-loonheffingennummer-checksum = Dit loonheffingennummer bestaat niet. Kijk of u de eerste 9 cijfers goed hebt overgenomen.
error-email-format = Dit e-mailadres klopt niet. Een e-mailadres ziet er zo uit: naam@voorbeeld.nl.
error-phone-format = Dit telefoonnummer klopt niet. Vul een Nederlands nummer in met 10 cijfers, bijvoorbeeld 06 12345678. Een nummer uit het buitenland begint met + en het landnummer, bijvoorbeeld +48 601 234 567.
error-house-number-format = Vul bij huisnummer alleen het nummer in. Een letter of ander extra deel vult u in bij toevoeging.
error-number-format = Vul een heel getal in, zonder letters of komma.
error-amount-format = Vul een bedrag in euro in, bijvoorbeeld 725,00.
error-date-format = Vul de datum in als dd-mm-jjjj, bijvoorbeeld 31-12-1990.
error-date-does-not-exist = Deze datum bestaat niet. Kijk of de dag en de maand kloppen.
error-date-in-future = Deze datum ligt in de toekomst. Vul de datum van vandaag of een eerdere datum in.
error-birth-date-in-future = Deze geboortedatum ligt in de toekomst. Kijk of het jaar klopt.
error-birth-date-too-old = Deze geboortedatum ligt vóór 1900. Kijk of het jaar klopt.
error-end-before-start = De einddatum ligt vóór de begindatum. Kijk of beide datums kloppen.
error-date-out-of-order = Deze datum ligt vóór een eerdere stap in het traject. Kies een latere datum.
error-out-of-range = Vul een getal in van { $min } tot en met { $max }.
error-invalid-choice = Kies een van de mogelijkheden uit de lijst.
error-invalid-transition =
    Deze stap kan niet. Een traject kan niet van { $from ->
        [aangemeld] ‘aangemeld’
        [intake] ‘intake’
        [actief] ‘actief’
        [geplaatst] ‘geplaatst’
        [nazorg] ‘nazorg’
        [ended] ‘beëindigd’
       *[other] ‘{ $from }’
    } naar { $to ->
        [aangemeld] ‘aangemeld’
        [intake] ‘intake’
        [actief] ‘actief’
        [geplaatst] ‘geplaatst’
        [nazorg] ‘nazorg’
        [ended] ‘beëindigd’
       *[other] ‘{ $to }’
    } gaan.
error-traject-ended = Dit traject is al beëindigd. U kunt het niet meer veranderen. Begin zo nodig een nieuw traject.
error-staff-required = Vul in welke medewerker dit heeft besloten of vastgelegd. De computer besluit nooit alleen.
error-no-declaration-possible = Voor deze startdatum kan de gemeente geen verklaring 56+ afgeven. U kunt de aanvraag wel afwijzen.
error-placement-ended = Deze plaatsing is al beëindigd. Is de inwoner weer aan het werk? Leg dan een nieuwe plaatsing vast.
error-shares-not-hundred = De hoofdtaken tellen samen op tot { $total } %. Samen moet het 100 % zijn.
error-task-too-small = Een hoofdtaak kost minstens 1/16 van de uren per week (7 % of meer). Voeg kleine taken samen.
error-worked-over-fulltime = De gewerkte uren zijn meer dan een volledige werkweek bij deze werkgever. Controleer beide getallen.
error-not-the-assessor = Alleen de loonwaardedeskundige van deze bepaling kan tekenen. Vul haar of zijn naam in.
error-already-signed = Deze loonwaardebepaling is al getekend en verandert niet meer. Maak een nieuwe bepaling voor een herbeoordeling.
error-not-signed = De loonwaarde is nog niet getekend door de loonwaardedeskundige.
error-trial-too-long = Een proefplaatsing duurt hoogstens 3 maanden.
error-outside-decision = Deze periode valt buiten de beschikking (voor de start, na een nieuwe beschikking of na het einde van de plaatsing).
error-progress-report-missing = Het voortgangsverslag van de jobcoachorganisatie is nog niet binnen. Leg het eerst vast.
error-no-rate-known = Voor deze datum staat geen bedrag in de tabel. Vraag de functioneel beheerder de tabel aan te vullen.
error-no-lks-at-full-loonwaarde = Bij een loonwaarde van 100 % is er geen loonkostensubsidie. Kies "afgewezen" en leg uit waarom.
error-consent-required = De inwoner moet eerst toestemming geven. Leg vast wanneer en hoe de inwoner dat deed, en waarvoor.
error-file-too-large = Dit bestand is te groot. Een bijlage mag hoogstens { $max } MB zijn. Maak de scan kleiner of splits het bestand.
error-file-type = Dit soort bestand kan niet mee. Kies een PDF, een PNG of een JPEG (foto of scan).
error-repeat-too-soon = Het UWV heeft minder dan 12 maanden geleden nee gezegd. Een nieuwe aanvraag kan vanaf { $from }. Eerder kan alleen als er iets veranderd is: schrijf op wat.
error-account-required = Vraag eerst de inwoner om zijn of haar kant van het verhaal. Pas daarna, of als de termijn voorbij is, kan iemand besluiten.
error-time-format = Schrijf een tijd als uu:mm, bijvoorbeeld 09:30.
error-request-locked = Dit is al verstuurd of besloten en verandert niet meer. Maak zo nodig een nieuw verzoek.
error-month-format = Schrijf een maand als jjjj-mm, bijvoorbeeld 2026-12.
error-month-too-old = Deze maand is te lang geleden. Kies een maand van de laatste { $months } maanden.
error-survey-no-answer = Er is geen enkele vraag beantwoord. Vul minstens één antwoord in.
