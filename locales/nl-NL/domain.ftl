# Namen van de keuzelijsten in crates/domain (message_id van elke waarde).
# Voor jobcoaches, in eenvoudige taal (B1).

## Doelen uit de privacyverklaring

purpose-guidance = Begeleiding naar (betaald) werk
purpose-loonwaarde = Loonwaarde en behoefte aan jobcoaching vaststellen
purpose-employer-subsidy = Subsidie aan werkgevers
purpose-jobcoach-subsidy = Subsidie aan jobcoachorganisaties
purpose-matching = Passend werk zoeken en duurzaam plaatsen
purpose-life-domain-support = Hulp of doorverwijzen bij andere problemen, zoals geld of wonen
purpose-work-preparation = Voorbereiden op betaald werk
purpose-uwv-request = Aanvraag bij het UWV
purpose-job-retention = Aan het werk blijven en zo nodig herplaatsen
purpose-medical-examination = Medisch onderzoek aanvragen
purpose-verzuim = Verzuimcontrole
purpose-verklaring-56-plus = Verklaring 56+ voor werkgevers
purpose-management-reports = Managementrapportages
purpose-research = Wetenschappelijk onderzoek en statistiek
purpose-satisfaction-survey = Klanttevredenheidsonderzoek

## Soorten persoonsgegevens

category-name = Naam
category-address = Adres
category-woonplaats = Woonplaats
category-gender = Geslacht
category-bsn = BSN
category-phone = Telefoonnummer
category-email = E-mailadres
category-id-document-number = Documentnummer ID-bewijs
category-marital-status = Burgerlijke staat
category-nationality = Nationaliteit
category-verblijfstitel = Verblijfstitel
category-housing = Woon- en huurgegevens
category-language-education-experience = Taal, opleiding en werkervaring
category-availability-obstacles = Beschikbaarheid voor werk en belemmeringen
category-motivation-career-wishes = Motivatie en beroepswensen
category-support = Rapportages, afspraken en doelen
category-assessments = Beoordelingen, waarschuwingen en maatregelen
category-health = Gezondheid
category-loonwaarde = Loonwaardebepaling

## Ontvangers van gegevens

recipient-possible-employer = Mogelijke werkgever
recipient-social-service-provider = Maatschappelijk dienstverlener
recipient-debt-counsellor = Schuldhulpverlener
recipient-uwv = UWV
recipient-svb = SVB (Sociale Verzekeringsbank)
recipient-guidance-provider = Arbeidsontwikkelbedrijf of andere begeleidende organisatie
recipient-werkgeversservicepunt = Werkgeversservicepunt
recipient-research-agency = Onderzoeksbureau
recipient-jobcoach-organisation = Jobcoachorganisatie
recipient-verzuim-controller = Verzuimcontroleur
recipient-connectie = De Connectie

## Traject

traject-state-aangemeld = Aangemeld
traject-state-intake = Intake
traject-state-actief = Actief
traject-state-geplaatst = Geplaatst
traject-state-nazorg = Nazorg
traject-state-ended = Afgesloten
end-reason-beeindigd = Beëindigd na begeleiding
end-reason-geweigerd = Begeleiding geweigerd
end-reason-afgebroken = Begeleiding afgebroken

## Inwoner

gender-male = Man
gender-female = Vrouw
gender-other = Anders
gender-unknown = Onbekend
id-document-kind-passport = Paspoort
id-document-kind-identity-card = Identiteitskaart
id-document-kind-driving-licence = Rijbewijs
id-document-kind-residence-document = Verblijfsdocument
marital-status-unmarried = Ongehuwd
marital-status-married = Gehuwd
marital-status-registered-partnership = Geregistreerd partnerschap
marital-status-divorced = Gescheiden
marital-status-widowed = Weduwe of weduwnaar
housing-kind-rent = Huurwoning
housing-kind-owner = Koopwoning
housing-kind-living-in = Inwonend
housing-kind-shelter = Opvang
housing-kind-homeless = Geen vaste woonplek
housing-kind-other = Anders
language-level-native = Moedertaal
language-level-a1 = A1 (beginner)
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2 (zeer goed)
obstacle-kind-transport = Vervoer
obstacle-kind-childcare = Kinderopvang
obstacle-kind-language = Taal
obstacle-kind-debts = Schulden
obstacle-kind-care-tasks = Zorg voor anderen
obstacle-kind-housing = Woonsituatie
obstacle-kind-other = Anders
weekday-mon = maandag
weekday-tue = dinsdag
weekday-wed = woensdag
weekday-thu = donderdag
weekday-fri = vrijdag
weekday-sat = zaterdag
weekday-sun = zondag

## Ondersteuning

report-kind-conversation = Gesprek
report-kind-phone = Telefoongesprek
report-kind-workplace-visit = Bezoek op de werkplek
report-kind-home-visit = Huisbezoek
report-kind-other = Anders
agreement-status-open = Open
agreement-status-kept = Nagekomen
agreement-status-not-kept = Niet nagekomen
agreement-status-cancelled = Vervallen
goal-status-open = Open
goal-status-achieved = Bereikt
goal-status-not-achieved = Niet bereikt
goal-status-dropped = Gestopt
appointment-status-planned = Gepland
appointment-status-held = Gehouden
appointment-status-no-show = Niet gekomen
appointment-status-cancelled = Afgezegd
assessment-kind-beoordeling = Beoordeling
assessment-kind-waarschuwing = Waarschuwing
assessment-kind-maatregel = Maatregel

## Soorten gegevens in Werkpad

entity-resident = Inwoner
entity-traject = Traject
entity-report = Rapportage
entity-agreement = Gemaakte afspraak
entity-goal = Doel
entity-appointment = Afspraak in de agenda
entity-health-record = Gezondheidsgegevens
entity-assessment = Beoordeling, waarschuwing of maatregel

## Verklaring 56+ (doelgroepverklaring LKV oudere werknemer)

entity-verklaring56-decision = Besluit verklaring 56+
entity-issued-statement = Afgegeven verklaring
entity-disclosure = Verstrekking aan een andere partij
entity-employer = Werkgever
entity-workplace = Werkplek
entity-placement = Plaatsing
entity-placement-contact = Contactmoment bij een plaatsing
entity-match-profile = Zoekprofiel
entity-occupation = Beroep
entity-isco-group = Beroepsgroep
entity-pc4-area = Postcodegebied
entity-reference-release = Versie van de naslaggegevens
benefit-participatiewet = Bijstand (Participatiewet)
benefit-ioaw = IOAW-uitkering
benefit-ioaz = IOAZ-uitkering
benefit-bbz = Bbz-uitkering
job-kind-regular = Gewone baan, verzekerd voor de werknemersverzekeringen
job-kind-wsw = Sociale werkvoorziening (Wsw)
job-kind-beschut-werk = Beschut werk
lkv56-rule-version = De regeling geldt voor deze startdatum
lkv56-rule-age = 56 jaar of ouder op de startdatum
lkv56-rule-aow = Jonger dan de AOW-leeftijd op de startdatum
lkv56-rule-benefit = Uitkering van de gemeente in de maand voor de start
lkv56-rule-new-employer = Niet bij dezelfde werkgever in de 6 maanden ervoor
lkv56-rule-regular-job = Gewone baan, geen Wsw en geen beschut werk
lkv56-rule-request-in-time = Aangevraagd binnen 3 maanden na de start
decision-granted = Toegekend
decision-refused = Afgewezen
statement-verklaring-56-plus = Verklaring 56+
statement-intake-report = Intakeverslag
statement-plan-van-aanpak = Plan van aanpak
statement-inzage = Inzage in gegevens (AVG)
statement-loonwaarde-report = Rapport loonwaardebepaling
statement-lks-beschikking = Beschikking loonkostensubsidie
statement-uwv-request = Aanvraag aan het UWV
statement-verzuim-warning = Waarschuwing na verzuim

## Roles on the server
role-jobcoach = Jobcoach
role-teamleider = Teamleider
role-functioneel-beheerder = Functioneel beheerder
role-beleid-statistiek = Beleid en statistiek

## Werk zoeken en plaatsen (matching)
workplace-kind-regulier = Gewone werkplek
workplace-kind-beschut = Beschut werk
workplace-kind-aangepast = Aangepaste werkplek
workplace-kind-leerwerkplek = Leerwerkplek
demand-level-licht = Licht
demand-level-middel = Middelzwaar
demand-level-zwaar = Zwaar
support-kind-jobcoach-on-site = Jobcoach op de werkplek
support-kind-adjusted-hours = Aangepaste werktijden
support-kind-quiet-workspace = Rustige werkplek
support-kind-adapted-equipment = Aangepast gereedschap of hulpmiddelen
support-kind-buddy = Vaste collega als maatje
support-kind-accessible-building = Toegankelijk gebouw
support-kind-extra-instruction = Extra uitleg en begeleiding
indication-beschut-werk = Indicatie beschut werk
indication-banenafspraak = Indicatie banenafspraak
contract-kind-arbeidsovereenkomst = Arbeidsovereenkomst
contract-kind-proefplaatsing = Proefplaatsing
contract-kind-detachering = Detachering
contract-kind-leerwerkplek = Leerwerkplek
contract-kind-beschut-dienstverband = Dienstverband beschut werk
contract-kind-participatieplek = Participatieplek
placement-end-reason-contract-ended = Contract afgelopen
placement-end-reason-resident-quit = Inwoner is zelf gestopt
placement-end-reason-dismissed = Ontslagen door de werkgever
placement-end-reason-not-suitable = Werk paste niet
placement-end-reason-health = Gezondheid
placement-end-reason-doorstroom-regulier = Doorgestroomd naar gewoon werk
placement-end-reason-other = Andere reden
contact-party-employer = Werkgever
contact-party-resident = Inwoner
contact-party-both = Werkgever en inwoner samen
match-effect-plus = Pluspunt
match-effect-minus = Minpunt
match-effect-neutral = Goed om te weten
match-effect-exclusion = Past nu niet
match-component-occupation = Beroep
match-component-hours = Uren
match-component-travel = Reizen
match-component-days = Werkdagen
match-component-support = Steun
match-component-physical = Lichamelijk werk
match-component-mental = Mentale belasting
match-component-dutch = Nederlands
match-component-kind = Soort werkplek

entity-rights-request = Verzoek over gegevens
rights-kind-rectification = Gegevens verbeteren of aanvullen
rights-kind-erasure = Gegevens wissen
rights-kind-restriction = Gebruik van gegevens beperken
rights-kind-objection = Bezwaar tegen gebruik van gegevens
rights-outcome-granted = Toegekend
rights-outcome-partly-granted = Deels toegekend
rights-outcome-refused = Afgewezen

## Noodtoegang (break-the-glass): waarom een coach een dossier buiten haar caseload opent
emergency-reason-stand-in = Ik vervang een collega die afwezig is
emergency-reason-urgent = Er is iets dringends met de inwoner
emergency-reason-hand-over = Het dossier wordt aan mij overgedragen

# Loonwaarde, loonkostensubsidie en jobcoaching
entity-loonwaarde = Loonwaardebepaling
entity-lks-decision = Besluit loonkostensubsidie
entity-lks-payment = Betaling loonkostensubsidie
entity-jobcoach-subsidy = Subsidie jobcoaching
entity-jobcoach-organisation = Jobcoachorganisatie
assessor-kind-staff = Loonwaardedeskundige van de gemeente
assessor-kind-research-agency = Onderzoeksbureau
coaching-intensity-light = Licht (een paar keer per maand)
coaching-intensity-regular = Gewoon (elke week)
coaching-intensity-intensive = Intensief (meer keren per week)
lks-outcome-granted = Toegekend
lks-outcome-refused = Afgewezen

## Requests to other parties (issue 23)
entity-uwv-request = Aanvraag bij het UWV
entity-medical-examination = Medisch onderzoek
entity-referral = Verwijzing
entity-attachment = Bijlage
entity-verzuim = Verzuim
entity-leerwerkplek = Leerwerkplek
entity-training = Opleiding
request-status-drafted = Concept
request-status-sent = Verstuurd
request-status-answered = Antwoord ontvangen
request-status-closed = Afgerond
request-status-withdrawn = Ingetrokken
request-step-send = Versturen
request-step-answer = Antwoord vastleggen
request-step-close = Afronden
request-step-withdraw = Intrekken
consent-form-written = Op papier getekend
consent-form-spoken = Mondeling in een gesprek
consent-form-digital = Via het digitale formulier
media-type-pdf = PDF
media-type-png = PNG-afbeelding
media-type-jpeg = JPEG (foto of scan)
attachment-kind-medical-report = Medisch rapport
attachment-kind-psychological-report = Psychologisch rapport
attachment-kind-school-report = School- of stageverslag
attachment-kind-jobcoach-report = Verslag van de jobcoach
attachment-kind-cv = Cv
attachment-kind-other = Anders
uwv-kind-beschut-werk = Beoordeling arbeidsvermogen: advies beschut werk
uwv-kind-banenafspraak = Indicatie banenafspraak
uwv-kind-wajong = Beoordeling arbeidsvermogen: Wajong
banenafspraak-route-uwv = Het UWV beoordeelt
banenafspraak-route-praktijkroute = Praktijkroute van de gemeente (loonwaarde onder 100 %)
criterion-view-yes = Ja
criterion-view-no = Nee
criterion-view-unsure = Weet ik niet
uwv-outcome-positive = Positief
uwv-outcome-negative = Negatief
examination-kind-medical = Medisch onderzoek
examination-kind-arbeidsdeskundig = Arbeidsdeskundig onderzoek
examination-kind-psychological = Psychologisch onderzoek
life-domain-schuldhulpverlening = Schuldhulpverlening
life-domain-maatschappelijk-werk = Maatschappelijk werk
life-domain-wijkteam = Wijkteam
life-domain-housing = Wonen
referral-progress-accepted = Aangenomen
referral-progress-declined = Niet aangenomen
referral-progress-started = Hulp begonnen
referral-progress-ended = Hulp afgelopen
absence-place-workplace = Op de werkplek
absence-place-programme = Bij het traject
absence-source-no-show = Niet gekomen op een afspraak
absence-source-employer = Gemeld door de werkgever
absence-source-provider = Gemeld door de aanbieder
control-kind-visit = Huisbezoek
control-kind-call = Telefoongesprek
control-finding-ill = Ziek
control-finding-justified = Afwezig met goede reden
control-finding-unjustified = Afwezig zonder goede reden
control-finding-not-reached = Niet bereikt
verzuim-outcome-no-action = Geen gevolg
verzuim-outcome-warning = Waarschuwing (brief)
verzuim-outcome-measure-proposal = Voorstel voor een maatregel aan de afdeling uitkeringen
training-result-ongoing = Loopt nog
training-result-passed = Gehaald
training-result-failed = Niet gehaald
training-result-stopped = Gestopt
survey-question-listens = De jobcoach luistert goed naar mij.
survey-question-next-step = Ik weet wat mijn volgende stap is.
survey-question-fitting-help = Ik krijg hulp die bij mij past.
survey-question-promises-kept = Afspraken worden nagekomen.
survey-question-recommend = Ik zou de jobcoach aanraden aan anderen.
survey-channel-screen = Op de laptop
survey-channel-paper = Op papier
