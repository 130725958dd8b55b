# Teksten van het Werkpad-scherm (ui/). Voor jobcoaches, in eenvoudige taal (B1), u-vorm.
# Namen van keuzes (doelen, trajectstatus, geslacht …) staan in domain.ftl,
# foutmeldingen van de opslag in errors.ftl en cli.ftl.

## Algemeen

app-name = Werkpad
app-loading = Even geduld, de gegevens worden geladen…
screen-loading = Even geduld, het scherm wordt geladen…
skip-to-content = Naar de inhoud
value-empty = Niet ingevuld
value-yes = Ja
value-no = Nee

## Formulieren

form-required-marker = (verplicht)
form-choose = Kies…
form-date-description = Schrijf de datum als dd-mm-jjjj, bijvoorbeeld 31-12-1990.
form-error-summary-title =
    { $count ->
        [one] Er is 1 fout. Verbeter deze eerst.
       *[other] Er zijn { $count } fouten. Verbeter deze eerst.
    }
form-error-summary-item = { $field }: { $message }
form-row-field = { $row }, { $field }

## Kop, menu en statusbalk

nav-label = Hoofdmenu
nav-caseload = Inwoners
nav-intake = Nieuwe intake
nav-settings = Instellingen
nav-lock = Vergrendelen
header-coach = Ingelogd als { $name }
status-offline = Niet verbonden — wijzigingen worden later gesynchroniseerd.
status-pending =
    { $count ->
        [0] Er wachten geen wijzigingen.
        [one] Er wacht 1 wijziging.
       *[other] Er wachten { $count } wijzigingen.
    }

## Eerste keer starten

firstrun-title = Werkpad instellen
firstrun-intro = Werkpad bewaart de gegevens van uw inwoners versleuteld op deze laptop. Kies een wachtwoord. Zonder dit wachtwoord kan niemand de gegevens openen, ook u niet.
firstrun-coach = Uw naam
firstrun-coach-description = Deze naam staat bij alles wat u vastlegt.
firstrun-passphrase = Wachtwoord
firstrun-passphrase-description = Minstens { $min } tekens. Een zin van een paar woorden is sterk en makkelijk te onthouden.
firstrun-repeat = Herhaal het wachtwoord
firstrun-submit = Werkpad instellen
firstrun-error-mismatch = De wachtwoorden zijn niet gelijk. Typ twee keer hetzelfde wachtwoord.
firstrun-strength-hint = Sterkte van het wachtwoord: nog niets ingevuld. Gebruik minstens { $min } tekens.
firstrun-strength-weak = Sterkte van het wachtwoord: zwak. Gebruik minstens { $min } tekens.
firstrun-strength-fair = Sterkte van het wachtwoord: redelijk. Maak het langer, of gebruik ook hoofdletters, cijfers of leestekens.
firstrun-strength-strong = Sterkte van het wachtwoord: sterk.

## Ontgrendelen

unlock-title = Werkpad ontgrendelen
unlock-intro = Vul uw wachtwoord in om verder te werken.
unlock-intro-named = Welkom terug, { $name }. Vul uw wachtwoord in om verder te werken.
unlock-passphrase = Wachtwoord
unlock-submit = Ontgrendelen
unlock-try-again = U kunt het nu opnieuw proberen.

## Inwoners (caseload)

caseload-title = Inwoners
caseload-search-region = Inwoners zoeken
caseload-search = Zoeken
caseload-search-description = Zoek op naam, BSN, postcode of woonplaats.
caseload-state = Stand van het traject
caseload-state-all = Alle inwoners
caseload-count =
    { $count ->
        [0] Geen inwoners gevonden.
        [one] 1 inwoner gevonden.
       *[other] { $count } inwoners gevonden.
    }
caseload-count-partial = { $count } van { $total } inwoners getoond.
caseload-count-search-more = De eerste { $count } inwoners die passen. Typ meer om de lijst korter te maken.
caseload-more = Meer inwoners tonen
caseload-empty = Er zijn geen inwoners die passen bij uw zoekopdracht.
caseload-caption = Uw inwoners
caseload-col-name = Naam
caseload-col-birth-date = Geboortedatum
caseload-col-postcode = Postcode
caseload-col-woonplaats = Woonplaats
caseload-col-traject = Traject
caseload-col-next-appointment = Volgende afspraak
caseload-no-traject = Geen traject
caseload-no-appointment = Geen afspraak

## Intake

intake-title = Nieuwe intake
intake-steps-label = Stappen van de intake
intake-step-number = { $n }. { $title }
intake-step-heading = Stap { $n } van { $total }: { $title }
intake-step-person = Persoon
intake-step-address = Adres en contact
intake-step-identity = Identiteit en verblijf
intake-step-housing = Wonen
intake-step-background = Taal, opleiding en werkervaring
intake-step-availability = Beschikbaarheid en belemmeringen
intake-step-motivation = Motivatie en wensen
intake-step-health = Gezondheid
intake-step-privacy = Privacyverklaring
intake-step-review = Controleren en opslaan
intake-next = Volgende
intake-back = Vorige
intake-submit = Intake opslaan
intake-resumed = U gaat verder met de intake die u eerder begon.
intake-draft-saved = Uw intake is tussentijds bewaard.
intake-draft-failed = Het tussentijds bewaren is niet gelukt. Wat u invult, blijft op het scherm staan.
intake-discard = Intake weggooien
intake-discard-question = Wilt u deze intake echt weggooien? Alles wat u hebt ingevuld, is dan weg.
intake-discard-confirm = Ja, weggooien
intake-discard-cancel = Nee, doorgaan
intake-discarded = De intake is weggegooid. U kunt een nieuwe intake beginnen.

# Stap 1: persoon
intake-field-given-names = Voornamen
intake-field-initials = Voorletters
intake-field-initials-description = Zoals in het paspoort, bijvoorbeeld J.P.
intake-field-tussenvoegsel = Tussenvoegsel
intake-field-tussenvoegsel-description = Bijvoorbeeld: van der
intake-field-family-name = Achternaam
intake-field-preferred-name = Roepnaam
intake-field-preferred-name-description = Vul dit alleen in als de inwoner anders genoemd wil worden.
intake-field-birth-date = Geboortedatum
intake-field-gender = Geslacht
intake-field-bsn = BSN
intake-field-bsn-description = Het burgerservicenummer heeft 9 cijfers.

# Stap 2: adres en contact
intake-field-street = Straat
intake-field-house-number = Huisnummer
intake-field-house-number-addition = Toevoeging
intake-field-house-number-addition-description = Bijvoorbeeld A of 2 hoog.
intake-field-postcode = Postcode
intake-field-postcode-description = Bijvoorbeeld 6811 AB.
intake-field-woonplaats = Woonplaats
intake-field-phone = Telefoonnummer
intake-field-phone-description = Bijvoorbeeld 06 12345678. Uit het buitenland met + en het landnummer, bijvoorbeeld +48 601 234 567.
intake-field-email = E-mailadres

# Stap 3: identiteit en verblijf
intake-legend-id-document = ID-bewijs
intake-id-document-hint = Vul dit in als u het ID-bewijs hebt gezien. Laat het anders leeg.
intake-field-id-document-kind = Soort ID-bewijs
intake-field-id-document-number = Documentnummer
intake-field-id-document-expires-on = Geldig tot
intake-field-nationality = Nationaliteit
intake-field-marital-status = Burgerlijke staat
intake-legend-verblijfstitel = Verblijfstitel
intake-verblijfstitel-hint = Alleen invullen als de inwoner een verblijfsvergunning heeft.
intake-field-verblijfstitel-kind = Soort verblijfstitel
intake-field-verblijfstitel-kind-description = Zoals op de pas staat, bijvoorbeeld: regulier bepaalde tijd.
intake-field-verblijfstitel-expires-on = Geldig tot

# Stap 4: wonen
intake-field-housing-kind = Woonsituatie
intake-field-monthly-rent = Huur per maand
intake-field-monthly-rent-description = Bedrag in euro, bijvoorbeeld 1.234,56.
intake-field-landlord = Verhuurder

# Stap 5: taal, opleiding en werkervaring
intake-legend-languages = Talen
intake-languages-empty = Er zijn nog geen talen ingevuld.
intake-language-row = Taal { $n }
intake-language-add = Taal toevoegen
intake-language-remove = Taal { $n } verwijderen
intake-field-language = Taal
intake-field-language-level = Niveau
intake-legend-education = Opleidingen
intake-education-empty = Er zijn nog geen opleidingen ingevuld.
intake-education-row = Opleiding { $n }
intake-education-add = Opleiding toevoegen
intake-education-remove = Opleiding { $n } verwijderen
intake-field-education-name = Naam van de opleiding
intake-field-education-institution = School
intake-field-education-level = Niveau
intake-field-education-level-description = Bijvoorbeeld: mbo 2.
intake-field-education-diploma = Diploma gehaald
intake-field-education-year = Jaar van afronden
intake-legend-work-experience = Werkervaring
intake-work-empty = Er is nog geen werkervaring ingevuld.
intake-work-row = Baan { $n }
intake-work-add = Baan toevoegen
intake-work-remove = Baan { $n } verwijderen
intake-field-work-occupation = Beroep
intake-field-work-employer = Werkgever
intake-field-work-from = Van
intake-field-work-until = Tot
intake-field-work-description = Wat deed de inwoner?

# Stap 6: beschikbaarheid en belemmeringen
intake-field-hours-per-week = Uren per week
intake-field-hours-per-week-description = Hoeveel uur per week kan de inwoner werken? Van 0 tot 60.
intake-field-days = Dagen waarop de inwoner kan werken
intake-field-available-from = Beschikbaar vanaf
intake-field-availability-notes = Opmerkingen over beschikbaarheid
intake-legend-obstacles = Belemmeringen
intake-obstacles-empty = Er zijn nog geen belemmeringen ingevuld.
intake-obstacle-row = Belemmering { $n }
intake-obstacle-add = Belemmering toevoegen
intake-obstacle-remove = Belemmering { $n } verwijderen
intake-field-obstacle-kind = Soort belemmering
intake-field-obstacle-description = Uitleg
intake-field-obstacle-description-hint = Schrijf hier geen gezondheidsgegevens. Die horen bij de stap Gezondheid.

# Stap 7: motivatie en wensen
intake-field-motivation = Motivatie
intake-field-motivation-description = Waarom wil de inwoner aan het werk? Gebruik zo veel mogelijk de woorden van de inwoner.
intake-legend-career-wishes = Beroepswensen
intake-wishes-empty = Er zijn nog geen beroepswensen ingevuld.
intake-wish-row = Wens { $n }
intake-wish-add = Wens toevoegen
intake-wish-remove = Wens { $n } verwijderen
intake-field-career-wish = Beroep of werk

# Stap 8: gezondheid
intake-health-special-title = Gezondheid is een bijzonder gegeven
intake-health-special-text = Gezondheidsgegevens zijn extra gevoelig (AVG artikel 9). Leg ze alleen vast als dat nodig is voor de begeleiding naar werk. Schrijf op waarom. Alleen wie het echt nodig heeft, kan ze inzien, en elke keer wordt vastgelegd wie ze bekeek.
intake-health-record = Gezondheidsgegevens vastleggen
intake-health-record-description = Laat dit leeg als het niet nodig is.
intake-field-health-necessity = Waarom is dit nodig voor de begeleiding?
intake-field-health-necessity-description = Bijvoorbeeld: nodig om een passende werkplek te kiezen.
intake-field-health-summary = Wat is er bekend?
intake-field-health-summary-description = Zo kort mogelijk. Alleen wat nodig is voor de begeleiding.
intake-field-health-work-limitations = Wat betekent dit voor het werk?
intake-field-health-source = Bron
intake-field-health-source-description = Van wie komt deze informatie? Bijvoorbeeld: bedrijfsarts of de inwoner zelf.

# Stap 9: privacyverklaring
intake-privacy-intro = Geef de inwoner de privacyverklaring en leg uit wat de gemeente met de gegevens doet, waarom, en hoe lang ze bewaard worden.
intake-field-privacy = Ik heb de privacyverklaring aan de inwoner gegeven en uitgelegd
intake-field-privacy-date = Datum van uitleg
intake-field-purposes = Doelen van dit traject
intake-field-purposes-description = Begeleiding naar werk is altijd een doel. Kies de andere doelen die nu al nodig zijn.

# Stap 10: controleren
intake-review-intro = Kijk of alles klopt. Klopt iets niet? Kies dan Wijzigen bij dat deel.
intake-review-edit = Wijzigen
intake-review-edit-label = Wijzigen: { $section }
review-address = Adres
review-postcode-woonplaats = Postcode en woonplaats
review-valid-until = geldig tot { $date }
review-amount = € { $amount }
review-period = van { $from } tot { $until }

## Dossier van een inwoner

file-loading-title = Dossier
file-back = Terug naar inwoners
file-subtitle = Geboren op { $date }
file-tabs-label = Onderdelen van het dossier
file-tab-personal = Persoonsgegevens
file-tab-traject = Traject
file-tab-reports = Rapportages
file-tab-plan = Afspraken en doelen
file-tab-appointments = Agenda
file-tab-health = Gezondheid

# Persoonsgegevens
personal-edit = Gegevens wijzigen
personal-edit-title = Persoonsgegevens wijzigen
personal-save = Wijzigingen opslaan
personal-cancel = Annuleren
personal-saved = De wijzigingen zijn opgeslagen.

# Traject
traject-none = Deze inwoner heeft nog geen traject.
traject-current = Huidig traject
traject-state = Stand
traject-started-on = Begonnen op
traject-coach = Jobcoach
traject-purposes = Doelen
traject-next-title = Volgende stap
traject-next-intro = Zet het traject een stap verder. U kunt erbij schrijven waarom.
traject-transition-reason = Reden (niet verplicht)
traject-to = Naar: { $state }
traject-end-title = Traject beëindigen
traject-end-intro = Beëindigen is een besluit. Het bepaalt ook hoe lang het dossier bewaard blijft.
traject-end-open = Traject beëindigen
traject-end-decision = U neemt dit besluit zelf, de computer niet. Uw naam komt bij het besluit te staan.
traject-end-reason = Hoe is het traject geëindigd?
traject-end-reason-description = Beëindigd na begeleiding: het dossier blijft 10 jaar bewaard. Geweigerd: 5 jaar. Afgebroken: 6 weken.
traject-ended-on = Einddatum
traject-end-reasoning = Toelichting
traject-end-reasoning-description = Schrijf op waarom het traject stopt.
traject-end-submit = Traject beëindigen
traject-end-cancel = Annuleren
traject-decided-by = Besloten door
traject-retention = Bewaard tot { $date }
traject-retention-explained = Daarna vernietigt Werkpad de gegevens van dit traject, op deze laptop en op de server.
traject-history = Geschiedenis
traject-history-empty = Het traject is nog niet van stand veranderd.
traject-history-date = Datum
traject-history-step = Stap
traject-history-by = Door
traject-history-reason = Reden
traject-history-change = Van { $from } naar { $to }
traject-earlier = Eerdere trajecten
traject-earlier-item = Van { $from } tot { $until }: { $reason }.

# Rapportages
report-add-title = Rapportage toevoegen
report-append-only = Na het opslaan kunt u een rapportage niet meer wijzigen. Schrijf een nieuwe rapportage als er iets verbeterd moet worden.
report-kind = Soort contact
report-text = Rapportage
report-submit = Rapportage opslaan
report-added = De rapportage is opgeslagen.
report-list-title = Alle rapportages, nieuwste eerst
report-empty = Er zijn nog geen rapportages.
report-meta = { $date }, geschreven door { $author }

# Afspraken en doelen
plan-agreements = Gemaakte afspraken
plan-agreements-empty = Er zijn nog geen afspraken gemaakt.
plan-agreement-new = Nieuwe afspraak
plan-agreement-edit = Afspraak wijzigen
plan-goals = Doelen
plan-goals-empty = Er zijn nog geen doelen.
plan-goal-new = Nieuw doel
plan-goal-edit = Doel wijzigen
plan-description = Omschrijving
plan-due-on = Klaar op
plan-target-date = Bereikt op
plan-status = Status
plan-actions = Acties
plan-edit = Wijzigen
plan-edit-label = Wijzigen: { $item }
plan-add = Toevoegen
plan-save-changes = Wijzigingen opslaan
plan-cancel = Annuleren

# Agenda
appointment-empty = Er zijn nog geen afspraken in de agenda.
appointment-new-title = Afspraak plannen
appointment-edit-title = Afspraak wijzigen
appointment-date = Datum
appointment-time = Tijd
appointment-time-range = { $start } tot { $end }
appointment-start = Begintijd
appointment-end = Eindtijd
appointment-subject = Onderwerp
appointment-location = Plaats
appointment-status = Status
appointment-add = Afspraak opslaan
appointment-save-changes = Wijzigingen opslaan
appointment-error-time = Vul de tijd in als uu:mm, bijvoorbeeld 09:30.

# Gezondheid
health-logged-explained = Gezondheidsgegevens zijn extra gevoelig. U ziet ze pas als u kiest waarvoor u ze nodig hebt en uitlegt waarom. Werkpad legt elke keer vast wie de gegevens bekeek, wanneer en waarom.
health-count =
    { $count ->
        [0] Er zijn geen gezondheidsgegevens vastgelegd.
        [one] Er is 1 notitie over gezondheid vastgelegd.
       *[other] Er zijn { $count } notities over gezondheid vastgelegd.
    }
health-purpose = Waarvoor hebt u de gegevens nodig?
health-reason = Waarom wilt u de gegevens nu zien?
health-reason-description = Bijvoorbeeld: ik zoek een werkplek waar de inwoner kan zitten.
health-show = Gezondheidsgegevens tonen
health-hide = Gezondheidsgegevens verbergen
health-error-purpose = Kies waarvoor u de gegevens nodig hebt.
health-error-reason = Schrijf op waarom u de gegevens nu wilt zien.
health-records-title = Gezondheidsgegevens
health-none = Er zijn geen gezondheidsgegevens.
health-record-meta = Vastgelegd op { $date } door { $author }

## Instellingen

settings-title = Instellingen
settings-locale = Taal
settings-locale-nl = Nederlands
settings-locale-en = English
settings-autolock = Automatisch vergrendelen na (minuten)
settings-autolock-description = Werkpad gaat op slot als u zo lang niets doet. Kies van { $min } tot en met { $max } minuten.
settings-save = Instellingen opslaan
settings-saved = De instellingen zijn opgeslagen.
settings-keyring-title = Waar de sleutel bewaard wordt
settings-keyring = Sleutel bewaard in
settings-keyring-keyring = Besturingssysteem-sleutelbos
settings-keyring-file = Beveiligd bestand op deze laptop
settings-keyring-unknown = Onbekend
settings-keyring-keyring-explained = De sleutel van uw gegevens staat in de sleutelbos van het besturingssysteem (bijvoorbeeld Windows Referentiebeheer of macOS Sleutelhanger). Zonder uw wachtwoord is de sleutel niet te gebruiken.
settings-keyring-file-explained = Deze laptop heeft geen werkende sleutelbos. De sleutel staat daarom in een beveiligd bestand op deze laptop. Zonder uw wachtwoord is de sleutel niet te gebruiken.

## Sync (issue 4): statusbalk, verbinding met de server, conflicten

# Statusbalk
sync-online = Online.
sync-offline = Offline — uw werk wordt bewaard en later verstuurd.
sync-not-logged-in = Niet verbonden met de server.
sync-running = Bezig met synchroniseren…
sync-next-attempt = Werkpad probeert het om { $time } opnieuw.
sync-pending =
    { $count ->
        [one] 1 wijziging wacht op verzending.
       *[other] { $count } wijzigingen wachten op verzending.
    }
sync-pending-age =
    { $count ->
        [one] 1 wijziging wacht al { $age }.
       *[other] { $count } wijzigingen wachten, de oudste al { $age }.
    }
sync-pending-none = Alle wijzigingen zijn verstuurd.
sync-age-now = minder dan een minuut
sync-age-minutes =
    { $n ->
        [one] 1 minuut
       *[other] { $n } minuten
    }
sync-age-hours =
    { $n ->
        [one] 1 uur
       *[other] { $n } uur
    }
sync-age-days =
    { $n ->
        [one] 1 dag
       *[other] { $n } dagen
    }
sync-last = Laatst gesynchroniseerd: { $time }.
sync-last-never = Nog niet gesynchroniseerd.
sync-failing-since = Dit lukt al { $age } niet.
sync-rejected =
    { $count ->
        [one] 1 wijziging is niet overgenomen door de server. Vraag uw teamleider wat u kunt doen.
       *[other] { $count } wijzigingen zijn niet overgenomen door de server. Vraag uw teamleider wat u kunt doen.
    }
sync-repaired = Bij de controle van { $time } heeft Werkpad verschillen met de server hersteld.
sync-progress = Gegevens ophalen: { $done } van { $total }
sync-progress-unknown = Gegevens ophalen: { $done } ontvangen
sync-conflicts-link =
    { $count ->
        [one] 1 conflict oplossen
       *[other] { $count } conflicten oplossen
    }
sync-now = Nu synchroniseren
sync-now-needs-login = Verbind eerst met de server bij Instellingen.
sync-now-running = Werkpad is al bezig.
sync-wiped = Deze laptop is ingetrokken door de beheerder. De gegevens op deze laptop zijn gewist.

# Instellingen: verbinding met de server
server-title = Verbinding met de server
server-not-connected = Deze laptop is niet verbonden met de server. Uw werk staat alleen op deze laptop. Als u verbindt, gaan uw wijzigingen naar de server en krijgt u de wijzigingen van anderen.
server-address = Server
server-user = Gebruikersnaam
server-connected = Verbonden met de server. Deze laptop is aangemeld als uw apparaat.
server-disconnected = De verbinding met de server is verbroken. De gegevens op deze laptop blijven bewaard.
server-logout-explained = Verbreekt u de verbinding, dan blijven de gegevens op deze laptop staan. Wijzigingen gaan pas weer naar de server als u opnieuw verbindt.
server-logout = Verbinding verbreken
server-login-device-note = Als u verbindt, meldt Werkpad deze laptop bij de server aan als uw apparaat. Uw wachtwoord wordt niet op deze laptop bewaard. De beheerder kan dit apparaat later intrekken.
server-login-url = Adres van de server
server-login-url-description = Dit adres krijgt u van de beheerder, bijvoorbeeld https://werkpad.uwgemeente.nl.
server-login-user = Gebruikersnaam
server-login-password = Wachtwoord voor de server
server-login-submit = Verbinden

# Conflicten
conflicts-title = Conflicten oplossen
conflicts-intro = Soms is hetzelfde gegeven op twee plaatsen tegelijk veranderd: op deze laptop of een ander apparaat, en op de server. Werkpad kiest dan niet zelf. Kijk per gegeven welke waarde klopt en kies die. Uw keuze gaat bij de volgende synchronisatie naar de server.
conflicts-count =
    { $count ->
        [one] Er is 1 conflict.
       *[other] Er zijn { $count } conflicten.
    }
conflicts-empty = Er zijn geen conflicten. U hoeft niets op te lossen.
conflicts-resolved = Uw keuze is bewaard. Werkpad stuurt die bij de volgende synchronisatie naar de server.
conflicts-resident-unknown = Inwoner die niet op deze laptop staat
conflicts-what = Gegeven: { $field } ({ $record })
conflicts-mine = Uw waarde
conflicts-theirs = Waarde op de server
conflicts-created-at = Conflict ontstaan op
conflicts-keep-mine = Mijn waarde houden
conflicts-keep-theirs = Waarde van de server houden
conflicts-edit = Aanpassen
conflicts-edit-label = Nieuwe waarde voor { $field }
conflicts-edit-description = U begint met uw eigen waarde. Laat het veld leeg om het gegeven leeg te maken.
conflicts-edit-save = Deze waarde bewaren
conflicts-edit-cancel = Annuleren
conflicts-other-device = Waarde van een ander apparaat
conflicts-keep-other-device = Waarde van het andere apparaat houden
conflicts-edit-description-server = U begint met de waarde op de server. Laat het veld leeg om het gegeven leeg te maken.
conflicts-health-hidden = Dit conflict gaat over gezondheidsgegevens. U ziet de waarden pas als u kiest waarvoor u ze nodig hebt en uitlegt waarom. Werkpad legt vast wie ze bekeek, wanneer en waarom.
conflicts-health-show = Waarden tonen
sync-value-empty = (leeg)

# Namen van gegevens in een conflict
sync-field-name = Naam
sync-field-birth-date = Geboortedatum
sync-field-gender = Geslacht
sync-field-bsn = BSN
sync-field-address = Adres
sync-field-phone = Telefoonnummer
sync-field-email = E-mailadres
sync-field-id-document = ID-bewijs
sync-field-marital-status = Burgerlijke staat
sync-field-nationality = Nationaliteit
sync-field-verblijfstitel = Verblijfstitel
sync-field-housing = Woonsituatie
sync-field-languages = Talen
sync-field-education = Opleidingen
sync-field-work-experience = Werkervaring
sync-field-availability = Beschikbaarheid
sync-field-obstacles = Belemmeringen
sync-field-motivation = Motivatie
sync-field-career-wishes = Beroepswensen
sync-field-privacy-explained-on = Datum van uitleg privacyverklaring
sync-field-state = Stand van het traject
sync-field-purposes = Doelen
sync-field-coach = Jobcoach
sync-field-started-on = Begonnen op
sync-field-end = Einde van het traject
sync-field-description = Omschrijving
sync-field-made-on = Gemaakt op
sync-field-due-on = Klaar op
sync-field-target-date = Bereikt op
sync-field-status = Status
sync-field-starts-at = Begintijd
sync-field-ends-at = Eindtijd
sync-field-location = Plaats
sync-field-subject = Onderwerp
sync-field-necessity = Waarom dit nodig is
sync-field-summary = Wat er bekend is
sync-field-work-limitations = Wat dit betekent voor het werk
sync-field-source = Bron

## Verklaringen

file-tab-statements = Verklaringen
statements-print-folder = Werkpad zet PDF-bestanden in een eigen, afgeschermde map. Als Werkpad vergrendelt of afsluit, worden ze verwijderd. Wilt u een bestand bewaren? Kies dan ‘Opslaan als…’.

# Verklaring 56+: gegevens en advies
statements-v56-title = Verklaring 56+
statements-v56-intro = Neemt een werkgever een inwoner van 56 jaar of ouder met een uitkering van de gemeente in dienst? Dan kan de werkgever loonkostenvoordeel krijgen. Vul de gegevens van de baan in en kies ‘Controleer’. Werkpad geeft dan een advies. U besluit zelf.
statements-employer = Werkgever
statements-employer-name = Naam werkgever
statements-loonheffingennummer = Loonheffingennummer
statements-loonheffingennummer-description = 9 cijfers, de letter L en 2 cijfers. Bijvoorbeeld: 123456782L01.
statements-street = Straat
statements-house-number = Huisnummer
statements-house-number-addition = Toevoeging
statements-postcode = Postcode
statements-woonplaats = Plaats
statements-employment = Dienstverband
statements-start-date = Startdatum dienstverband
statements-request-date = Datum aanvraag
statements-benefit = Uitkering van de gemeente in de maand voor de start
statements-benefit-none = Geen uitkering van de gemeente
statements-same-employer = Werkte de inwoner in de 6 maanden voor de start al bij deze werkgever?
statements-job-kind = Soort baan
statements-check = Controleer
statements-error-benefit = Kies een uitkering. Had de inwoner geen uitkering van de gemeente? Kies dan ‘Geen uitkering van de gemeente’.
statements-advice-title = Advies (u beslist)
statements-advice-eligible = Volgens het advies is aan alle voorwaarden voldaan.
statements-advice-not-eligible = Volgens het advies is niet aan alle voorwaarden voldaan.
statements-check-met-symbol = ✓
statements-check-unmet-symbol = ✗
statements-check-met = Voldaan.
statements-check-unmet = Niet voldaan.

# Verklaring 56+: besluit
statements-decision-title = Besluit
statements-decision-by-coach = U, { $coach }, neemt het besluit, niet de software. Werkpad geeft alleen advies. Uw naam komt bij het besluit te staan.
statements-decision-by-you = U neemt het besluit, niet de software. Werkpad geeft alleen advies. Uw naam komt bij het besluit te staan.
statements-outcome = Uw besluit
statements-outcome-granted = Toekennen
statements-outcome-refused = Afwijzen
statements-differs-granted = Let op: volgens het advies is niet aan alle voorwaarden voldaan. Leg in de onderbouwing uit waarom u toch toekent.
statements-differs-refused = Let op: volgens het advies is aan alle voorwaarden voldaan. Leg in de onderbouwing uit waarom u toch afwijst.
statements-reasoning = Onderbouwing
statements-reasoning-description = Schrijf op waarom u zo besluit.
statements-decide = Besluit vastleggen
statements-decided = Het besluit is vastgelegd. U vindt het hieronder bij ‘Besluiten’.
statements-error-outcome = Kies of u de verklaring toekent of afwijst.
statements-error-reasoning = Schrijf op waarom u zo besluit.
statements-decided-on-today = Datum besluit (vandaag)

# Besluiten
statements-decisions-title = Besluiten
statements-decisions-empty = Er zijn nog geen besluiten over een verklaring 56+.
statements-decision-heading = { $outcome }: { $employer }
statements-decided-on = Datum besluit
statements-decided-by = Besloten door
statements-issue-recipients = Afschriften
statements-issue-to-uwv = Afschrift naar UWV
statements-issue-to-employer = Ook naar de werkgever
statements-issue = Verklaring afdrukken

# Afgegeven verklaringen en gedeeld met
statements-issued-title = Afgegeven verklaringen
statements-issued-empty = Er zijn nog geen verklaringen afgegeven.
statements-col-date = Datum
statements-col-kind = Soort
statements-col-reference = Kenmerk
statements-col-issued-by = Afgegeven door
statements-col-actions = Acties
statements-reprint = Afschrift
statements-reprint-label = Afschrift van { $reference }
statements-disclosures-title = Gedeeld met
statements-disclosures-intro = Gaan gegevens van de inwoner naar een andere partij? Dan staat dat hier: aan wie, waarvoor en welke gegevens.
statements-disclosures-empty = Er zijn nog geen gegevens met andere partijen gedeeld.
statements-col-recipient = Ontvanger
statements-col-purpose = Doel
statements-col-categories = Gegevens

# Andere documenten
statements-other-title = Andere documenten
statements-other-intro = Maak een document om af te drukken of op te slaan.
statements-other-inzage-json = De inzage-export maakt een PDF en ook een JSON-bestand met alle gegevens. Dat bestand kan de inwoner in een ander programma openen.
statements-other-intake = Intakeverslag
statements-other-plan = Plan van aanpak
statements-other-inzage = Inzage-export (AVG)
statements-other-privacy = Privacyverklaring

# Afdrukken en opslaan
statements-print-ready = Klaar: { $file }
statements-print-open = Openen en afdrukken
statements-print-save = Opslaan als…
statements-print-save-json = JSON-bestand opslaan als…
statements-print-saved = Opgeslagen in { $path }

rights-title = Verzoeken over gegevens
rights-intro = Een inwoner mag vragen om gegevens te verbeteren of aan te vullen, te wissen of minder te gebruiken. Ook mag een inwoner bezwaar maken tegen het gebruik. U antwoordt binnen een maand. Een medewerker beslist, niet Werkpad.
rights-none = Er zijn geen verzoeken.
rights-add = Verzoek vastleggen
rights-kind = Wat vraagt de inwoner?
rights-received-on = Binnengekomen op
rights-summary = Wat vraagt de inwoner precies?
rights-save = Verzoek bewaren
rights-cancel = Annuleren
rights-received = Binnengekomen op { $date }
rights-due = Antwoord uiterlijk op { $date }
rights-overdue = De termijn is voorbij.
rights-decide = Beantwoorden
rights-outcome = Besluit
rights-decided-on = Besloten op
rights-reasoning = Uitleg voor de inwoner
rights-decide-save = Besluit bewaren
rights-decided = { $outcome } op { $date } door { $name }

## Noodtoegang: een dossier buiten de eigen caseload
emergency-entry-intro = Staat de inwoner niet in uw caseload, en moet u het dossier nu echt inzien?
emergency-entry = Noodtoegang vragen
emergency-title = Noodtoegang tot een dossier
emergency-intro = Vervangt u een collega, of is er iets dringends? Dan kunt u het dossier van een inwoner buiten uw caseload voor korte tijd openen. Dit kan alleen met verbinding met de server.
emergency-rules = Uw teamleider krijgt bericht, met uw uitleg. Alles wat u in het dossier doet, wordt vastgelegd. Na 24 uur verdwijnt het dossier vanzelf van deze laptop.
emergency-bsn = BSN van de inwoner
emergency-reason = Waarom heeft u het dossier nodig?
emergency-explanation = Uitleg voor uw teamleider
emergency-explanation-description = Bijvoorbeeld: "Anna is ziek. Ik ga om 10:00 met de inwoner naar de werkgever."
emergency-submit = Noodtoegang vragen en dossier openen
emergency-running = Dossiers die u nu met noodtoegang heeft
emergency-running-item = Dossier openen (toegang tot { $until })
emergency-notices = Noodtoegang door coaches, laatste 30 dagen
emergency-notice = { $coach } op { $at }, tot { $until }: { $reason }
emergency-banner = U heeft dit dossier met noodtoegang, tot { $until }. Daarna verdwijnt het van deze laptop.

## Wachtwoord vergeten, sleutel kwijt, wachtwoord wijzigen (issue 21)
unlock-forgot = Wachtwoord vergeten?
unlock-key-missing = Sleutel kwijt: herstellen of opnieuw beginnen
recovery-title = Weer bij uw gegevens komen
recovery-intro = U bent uw wachtwoord vergeten. Er zijn twee manieren om verder te gaan. Kies wat bij u past.
recovery-intro-key-missing = De sleutel van uw gegevens staat niet meer op deze laptop. Dat gebeurt bijvoorbeeld als de ICT-afdeling de sleutelbos heeft gewist. Er zijn twee manieren om verder te gaan.
recovery-code-title = Herstellen met een herstelcode
recovery-code-explained = Uw gegevens hebben een herstelkopie die alleen de helpdesk kan openen. Geef dit bestand aan de helpdesk. U krijgt dan een herstelcode. Daarmee opent u uw gegevens en kiest u een nieuw wachtwoord. Er gaat niets verloren.
recovery-code = Herstelcode
recovery-code-description = Tik de code over zoals u hem kreeg. Streepjes en spaties mogen.
recovery-code-needed = Vul de herstelcode in.
recovery-new-passphrase = Nieuw wachtwoord
recovery-submit = Herstellen
recovery-reset-title = Opnieuw beginnen
recovery-unsent = { $count ->
    [one] Er is 1 wijziging die nog niet op de server staat (geteld op { $when }). Die gaat verloren als u opnieuw begint.
   *[other] Er zijn { $count } wijzigingen die nog niet op de server staan (geteld op { $when }). Die gaan verloren als u opnieuw begint.
}
recovery-unsent-none = Al uw wijzigingen staan op de server. Er gaat niets verloren als u opnieuw begint.
recovery-unsent-unknown = Het is niet bekend of alle wijzigingen op de server staan. Wat nog niet verstuurd is, gaat verloren als u opnieuw begint.
recovery-reset-explained = Opnieuw beginnen wist de gegevens op deze laptop. Daarna maakt u een nieuw wachtwoord, logt u in bij de server en haalt u uw dossiers opnieuw op.
recovery-reset-confirm = { $count ->
    [one] Ik begrijp dat 1 wijziging verloren gaat
   *[other] Ik begrijp dat { $count } wijzigingen verloren gaan
}
recovery-reset-confirm-needed = Zet eerst een vinkje: zo weet u zeker wat er verloren gaat.
recovery-reset-submit = Gegevens op deze laptop wissen en opnieuw beginnen
recovery-back = Terug naar ontgrendelen
passphrase-change-title = Wachtwoord wijzigen
passphrase-change-explained = Uw gegevens krijgen bij het wijzigen ook een nieuwe sleutel. Een oude kopie van de sleutel werkt daarna niet meer, ook niet met het oude wachtwoord.
passphrase-change-old = Huidig wachtwoord
passphrase-change-new = Nieuw wachtwoord
passphrase-change-repeat = Nieuw wachtwoord nog een keer
passphrase-change-mismatch = De twee nieuwe wachtwoorden zijn niet gelijk.
passphrase-change-submit = Wachtwoord wijzigen
passphrase-change-done = Uw wachtwoord is gewijzigd. Uw gegevens hebben een nieuwe sleutel.
caseload-reassess-due = Herbeoordeling loonwaarde: { $date }
caseload-answer-due = Antwoord verwacht: { $date }
