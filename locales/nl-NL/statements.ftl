# Tekst van de verklaringen en overzichten die Werkpad afdrukt (PDF).
# Wat een inwoner leest is in eenvoudige taal (B1).

stmt-page-label = Pagina {"{"}page{"}"} van {"{"}pages{"}"}
stmt-reference = Kenmerk: { $reference }
stmt-copy-mark = AFSCHRIFT
stmt-copy-note = afschrift van de verklaring van { $date }
stmt-municipality = Gemeente { $name }
stmt-empty = -
stmt-yes = Ja
stmt-no = Nee
stmt-date-line = Datum: { $date }
stmt-date-blank = Datum: ____________________
stmt-signature-resident = Handtekening inwoner
stmt-signature-coach = Handtekening jobcoach
stmt-signature-college = Namens burgemeester en wethouders
stmt-subject-resident = Gegevens van een inwoner, begeleiding naar werk

pdf-month-1 = januari
pdf-month-2 = februari
pdf-month-3 = maart
pdf-month-4 = april
pdf-month-5 = mei
pdf-month-6 = juni
pdf-month-7 = juli
pdf-month-8 = augustus
pdf-month-9 = september
pdf-month-10 = oktober
pdf-month-11 = november
pdf-month-12 = december

## Verklaring 56+

pdf-v56-title = Verklaring 56+ (doelgroepverklaring LKV)
pdf-v56-intro = Het college van burgemeester en wethouders van { $municipality } verklaart dat de werknemer hieronder op de startdatum van het dienstverband hoort bij de doelgroep oudere werknemer (56 jaar of ouder) voor het loonkostenvoordeel.
pdf-v56-employee = Werknemer
pdf-v56-employer = Werkgever
pdf-v56-employment = Dienstverband
pdf-v56-name = Naam
pdf-v56-bsn = Burgerservicenummer (BSN)
pdf-v56-birth-date = Geboortedatum
pdf-v56-employer-name = Naam
pdf-v56-loonheffingennummer = Loonheffingennummer
pdf-v56-address = Adres
pdf-v56-start-date = Startdatum dienstverband
pdf-v56-target-group = Doelgroep
pdf-v56-target-group-value = Oudere werknemer (56 jaar of ouder)
pdf-v56-benefit = Uitkering van de gemeente
pdf-v56-benefit-value = { $benefit } in { $month }
pdf-v56-decision-date = Datum besluit
pdf-v56-reference = Kenmerk
pdf-v56-rules = Regeling
pdf-v56-employer-heading = Wat doet de werkgever met deze verklaring?
pdf-v56-employer-text = Bewaar deze verklaring bij de loonadministratie en vermeld het loonkostenvoordeel (LKV) in de aangifte loonheffingen. Het UWV krijgt een afschrift.

## Intakeverslag

pdf-intake-title = Intakeverslag
pdf-intake-intro = Verslag van de intake voor begeleiding naar werk. Gezondheidsgegevens staan niet in dit verslag.
pdf-intake-person = Persoonsgegevens
pdf-intake-contact = Contactgegevens
pdf-intake-situation = Woonsituatie en verblijf
pdf-intake-background = Taal, opleiding en werkervaring
pdf-intake-availability = Beschikbaarheid en belemmeringen
pdf-intake-motivation = Motivatie en beroepswensen
pdf-intake-traject = Begeleiding
pdf-intake-privacy = Privacyverklaring
pdf-intake-privacy-explained = De privacyverklaring is op { $date } aan de inwoner gegeven en uitgelegd.
pdf-intake-privacy-not-explained = Er is nog niet vastgelegd dat de privacyverklaring is gegeven en uitgelegd.
pdf-field-name = Naam
pdf-field-birth-date = Geboortedatum
pdf-field-gender = Geslacht
pdf-field-bsn = BSN
pdf-field-address = Adres
pdf-field-phone = Telefoon
pdf-field-email = E-mail
pdf-field-id-document = Identiteitsbewijs
pdf-field-marital-status = Burgerlijke staat
pdf-field-nationality = Nationaliteit
pdf-field-verblijfstitel = Verblijfstitel
pdf-field-housing = Woonsituatie
pdf-field-rent = Huur per maand
pdf-field-languages = Talen
pdf-field-language = Taal
pdf-field-level = Niveau
pdf-field-education = Opleiding
pdf-field-institution = School
pdf-field-diploma = Diploma
pdf-field-year = Jaar
pdf-field-occupation = Beroep
pdf-field-employer = Werkgever
pdf-field-period = Periode
pdf-field-hours = Uren per week
pdf-field-days = Dagen
pdf-field-available-from = Beschikbaar vanaf
pdf-field-obstacles = Belemmeringen
pdf-field-motivation = Motivatie
pdf-field-career-wishes = Beroepswensen
pdf-field-coach = Jobcoach
pdf-field-traject-start = Begeleiding gestart op
pdf-field-traject-state = Stand van zaken
pdf-field-purposes = Doelen

## Plan van aanpak

pdf-plan-title = Plan van aanpak
pdf-plan-intro = In dit plan staan de doelen en de afspraken die wij samen hebben gemaakt. Lees het goed. Klopt het? Zet dan uw handtekening.
pdf-plan-goals = Doelen
pdf-plan-agreements = Afspraken
pdf-plan-goal = Doel
pdf-plan-target-date = Wanneer
pdf-plan-status = Stand
pdf-plan-agreement = Afspraak
pdf-plan-who = Wie
pdf-plan-due = Wanneer klaar
pdf-plan-none = Nog niets vastgelegd.
pdf-plan-sign = Ondertekening
pdf-plan-sign-text = Met mijn handtekening zeg ik dat ik dit plan heb gelezen en dat ik het met de afspraken eens ben.

## Inzage (AVG artikel 15)

pdf-inzage-title = Inzage in uw gegevens
pdf-inzage-intro = U hebt gevraagd welke gegevens de gemeente { $municipality } over u heeft. In dit overzicht staat alles wat wij in Werkpad over u bewaren. Ook staat erin waarom wij dat doen, met wie wij gegevens hebben gedeeld, waar de gegevens vandaan komen en hoe lang wij ze bewaren.
pdf-inzage-made-on = Gemaakt op { $date }.
pdf-inzage-purposes = Waarom gebruiken wij uw gegevens?
pdf-inzage-categories = Welke soorten gegevens hebben wij?
pdf-inzage-recipients = Met wie hebben wij uw gegevens gedeeld?
pdf-inzage-recipients-none = Wij hebben uw gegevens nog met niemand buiten de gemeente gedeeld.
pdf-inzage-recipient = Aan wie
pdf-inzage-purpose = Waarom
pdf-inzage-data = Welke gegevens
pdf-inzage-date = Datum
pdf-inzage-source = Waar komen de gegevens vandaan?
pdf-inzage-source-text = De meeste gegevens hebt u zelf gegeven, in gesprekken met uw jobcoach. Rapportages, afspraken en doelen schrijft uw jobcoach op. Sommige gegevens komen van andere organisaties, zoals het UWV of uw werkgever.
pdf-inzage-retention = Hoe lang bewaren wij uw gegevens?
pdf-inzage-retention-running = Uw begeleiding loopt nog. Als de begeleiding stopt, hoort u hoe lang wij de gegevens bewaren: meestal 10 jaar.
pdf-inzage-retention-until = Wij bewaren de gegevens van de begeleiding die op { $end } stopte tot { $until }. Daarna vernietigen wij ze.
pdf-inzage-personal = Uw persoonsgegevens
pdf-inzage-trajecten = Uw begeleiding
pdf-inzage-reports = Rapportages
pdf-inzage-agreements = Afspraken
pdf-inzage-goals = Doelen
pdf-inzage-appointments = Agenda
pdf-inzage-assessments = Beoordelingen, waarschuwingen en maatregelen
pdf-inzage-health = Gegevens over uw gezondheid
pdf-inzage-decisions = Besluiten over een verklaring 56+
pdf-inzage-statements = Afgegeven verklaringen
pdf-inzage-none = Geen.
pdf-inzage-rights = Uw rechten
pdf-inzage-rights-text = Klopt er iets niet? Dan mag u vragen om het te verbeteren. U mag ook vragen om gegevens te verwijderen, als wij ze niet meer hoeven te bewaren. Praat erover met uw jobcoach. U kunt ook een bericht sturen aan de Functionaris voor de Gegevensbescherming van de gemeente.
pdf-inzage-when = Wanneer
pdf-inzage-who = Door wie
pdf-inzage-what = Wat
pdf-inzage-kind = Soort

## Privacyverklaring

pdf-privacy-title = Privacyverklaring
pdf-privacy-handed-over = Deze privacyverklaring is bedoeld voor u, inwoner van { $municipality }, die begeleiding krijgt naar werk.
