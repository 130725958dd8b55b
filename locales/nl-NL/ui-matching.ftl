# Schermen voor werk zoeken en plaatsen (issue 6): werkgevers, werkplekken, het zoekprofiel,
# passende werkplekken en plaatsingen. Voor jobcoaches, in eenvoudige taal (B1), met "u".
# Een match is een advies. De jobcoach besluit.

## Algemeen
matching-cancel = Annuleren
nav-employers = Werkgevers

## Werkgevers
employers-title = Werkgevers
employers-intro = Werkgevers en hun werkplekken zijn van het hele team. Iedere jobcoach ziet ze en kan ze aanpassen.
employers-count =
    { $count ->
        [0] Nog geen werkgevers
        [one] 1 werkgever
       *[other] { $count } werkgevers
    }
employers-empty = Er staan nog geen werkgevers op deze laptop. Voeg een werkgever toe of importeer een CSV-bestand.
employers-caption = Werkgevers
employers-col-name = Naam
employers-col-place = Plaats
employers-col-workplaces = Aantal werkplekken
employer-new = Nieuwe werkgever
employer-new-title = Nieuwe werkgever
employer-add = Werkgever opslaan
employer-save-changes = Wijzigingen opslaan
employer-back = Terug naar werkgevers
employer-loading-title = Werkgever
employer-facts-title = Gegevens van de werkgever
employer-edit = Werkgever wijzigen
employer-edit-title = Werkgever wijzigen
employer-field-name = Naam van de werkgever
employer-field-kvk = KvK-nummer
employer-field-kvk-description = 8 cijfers. Niet verplicht.
employer-field-loonheffingennummer = Loonheffingennummer
employer-field-loonheffingennummer-description = Bijvoorbeeld 123456782L01. Nodig voor een verklaring 56+. Niet verplicht.
employer-address = Adres
employer-field-street = Straat
employer-field-house-number = Huisnummer
employer-field-house-number-addition = Toevoeging
employer-field-postcode = Postcode
employer-field-woonplaats = Plaats
employer-contacts = Contactpersonen
employer-contacts-empty = Nog geen contactpersonen.
employer-contact-row = Contactpersoon { $n }
employer-contact-add = Contactpersoon toevoegen
employer-contact-remove = Contactpersoon { $n } verwijderen
employer-contact-name = Naam
employer-contact-role = Functie
employer-contact-phone = Telefoonnummer
employer-contact-email = E-mailadres
employer-field-notes = Notities
employer-field-notes-description = Bijvoorbeeld: bij wie u zich meldt. Schrijf hier geen gegevens van inwoners.

## Werkplekken
workplaces-title = Werkplekken
workplaces-empty = Deze werkgever heeft nog geen werkplekken.
workplace-new = Nieuwe werkplek
workplace-new-title = Nieuwe werkplek
workplace-add = Werkplek opslaan
workplace-save-changes = Wijzigingen opslaan
workplace-edit = Wijzigen
workplace-edit-label = Werkplek { $title } wijzigen
workplace-edit-title = Werkplek { $title } wijzigen
workplace-candidates = Kandidaten
workplace-candidates-label = Kandidaten voor { $title }
workplace-hours = { $hours } uur per week
workplace-occupation = Beroep: { $label }
workplace-no-occupation = Nog geen beroep gekozen
workplace-days = Werkdagen: { $days }
workplace-days-flexible = Geen vaste werkdagen
workplace-demand = Lichamelijk: { $physical }. Mentaal: { $mental }.
workplace-support = Steun: { $support }
workplace-open =
    { $places ->
        [one] Open, 1 plek
       *[other] Open, { $places } plekken
    }
workplace-closed = Gesloten: de werkgever zoekt nu niemand
workplace-start = Begint op { $date }
workplace-field-title = Naam van de werkplek
workplace-field-title-description = Zoals de werkgever het werk noemt, bijvoorbeeld Medewerker magazijn.
workplace-field-kind = Soort werkplek
workplace-field-occupation = Beroep
workplace-field-occupation-description = Het beroep helpt om passende inwoners te vinden. Niet verplicht.
workplace-field-tasks = Taken
workplace-field-hours = Uren per week
workplace-field-days = Werkdagen
workplace-field-days-description = Kies geen dagen als de werkdagen niet vastliggen.
workplace-field-postcode = Postcode van de werkplek
workplace-field-place = Plaats van de werkplek
workplace-field-physical = Lichamelijk werk
workplace-field-mental = Mentale belasting
workplace-field-support = Steun die de werkplek geeft
workplace-field-dutch = Niveau Nederlands dat nodig is
workplace-field-dutch-none = Geen eis
workplace-field-start = Eerste werkdag
workplace-field-places = Aantal plekken
workplace-field-places-description = Hoeveel mensen hier kunnen werken. Leeg is 1.
workplace-field-open = Open voor kandidaten
workplace-field-open-description = Haal het vinkje weg als de werkgever nu niemand zoekt.

## Beroep zoeken
occupation-search = Zoek een beroep
occupation-search-other = Zoek een ander beroep
occupation-search-description = Typ een deel van de naam, bijvoorbeeld heftruck. U ziet ook andere namen voor hetzelfde beroep.
occupation-search-short = Typ minstens { $min } letters.
occupation-search-count =
    { $count ->
        [one] 1 beroep gevonden
       *[other] { $count } beroepen gevonden
    }
occupation-search-none = Geen beroep gevonden. Staan de beroepen al op deze laptop? Kijk bij Instellingen, Naslaggegevens.
occupation-search-failed = Zoeken lukte niet. Probeer het opnieuw.
occupation-hits-label = Gevonden beroepen
occupation-synonym = (ook: { $synonym })
occupation-group = (beroepsgroep { $group })
occupation-picked = { $label } gekozen.
occupation-none-chosen = Nog geen beroep gekozen.
occupation-none-chosen-multiple = Nog geen beroepen gekozen.
occupation-remove = Verwijderen
occupation-remove-label = { $label } verwijderen

## Importeren uit CSV
csv-title = Importeren uit CSV
csv-intro = Heeft uw team de werkgevers en werkplekken in een spreadsheet? Sla die op als CSV-bestand en importeer het hier. Werkpad slaat alles op, of niets als er een fout in staat.
csv-columns = Kolommen: werkgever en werkplek (verplicht), kvk, loonheffingennummer, straat, huisnummer, toevoeging, werkgever_postcode, werkgever_plaats, soort, beroep, taken, uren, dagen, postcode, plaats, fysiek, mentaal, ondersteuning, taalniveau, startdatum, plaatsen.
csv-file = CSV-bestand
csv-file-description = Een bestand met één regel per werkplek. De eerste regel bevat de namen van de kolommen.
csv-file-missing = Kies eerst een bestand.
csv-import = Importeren
csv-imported =
    Klaar. { $employers ->
        [one] 1 nieuwe werkgever
       *[other] { $employers } nieuwe werkgevers
    } en { $workplaces ->
        [one] 1 werkplek
       *[other] { $workplaces } werkplekken
    } opgeslagen.
csv-errors-title =
    { $count ->
        [one] 1 regel heeft een fout
       *[other] { $count } regels hebben een fout
    }
csv-errors-nothing-stored = Er is niets opgeslagen. Verbeter deze regels in het bestand en importeer het opnieuw.
csv-line = Regel { $line }
csv-column-error = Kolom { $column }: { $message }
csv-line-unreadable = Deze regel kan niet gelezen worden. Kijk of het aantal kolommen klopt en of de aanhalingstekens goed staan.

## Kandidaten voor een werkplek
candidates-title = Kandidaten voor { $title }
candidates-loading-title = Kandidaten
candidates-subtitle = { $employer }, { $place }
candidates-back = Terug naar { $employer }
candidates-empty = Er staan nog geen inwoners op deze laptop.
candidate-open-label = Dossier van { $name } openen

## Matches: score en redenen
match-advice-note = Dit is een advies van de computer. U als jobcoach besluit of een werkplek past.
match-basis-no-postcodes = Op deze laptop staan nog geen postcodegebieden. Daarom telt de reisafstand nog niet mee. De gegevens komen met de synchronisatie met de server.
match-basis-no-profile = Deze inwoner heeft nog geen zoekprofiel. Vul het zoekprofiel in voor een beter advies.
match-basis-workplaces =
    { $count ->
        [one] 1 werkplek bekeken.
       *[other] { $count } werkplekken bekeken.
    }
match-basis-residents =
    { $count ->
        [one] 1 inwoner bekeken.
       *[other] { $count } inwoners bekeken.
    }
match-score = Score: { $score } van 100
match-distance = Afstand: { NUMBER($km, maximumFractionDigits: 1) } km
match-distance-unknown = Afstand: niet bekend
match-reasons-label = Redenen
match-reason-head = { $effect }, { $component }:
match-reason-head-plain = { $effect }:
match-reason-points = ({ $points } van { $max } punten)
match-symbol-plus = +
match-symbol-minus = −
match-symbol-neutral = i
match-symbol-exclusion = ✕
match-fitting-label = Passend, beste eerst
match-none-fitting = Er is nu geen passende werkplek.
match-excluded-title = Niet passend (met reden)
match-excluded-intro = Deze werkplekken passen nu niet. De reden staat erbij. U kunt er zelf anders over besluiten.
match-none-fitting-residents = Er is nu geen passende kandidaat.
match-excluded-intro-residents = Deze inwoners passen nu niet bij de werkplek. De reden staat erbij. U kunt er zelf anders over besluiten.
match-place = Plaatsen
match-place-label = Plaatsen: { $title } bij { $employer }

## Tabblad Werk in het dossier
file-tab-work = Werk
work-intro = Zoek passend werk voor de inwoner. Werkpad geeft advies. U besluit.
profile-title = Zoekprofiel
profile-intro = Wat wil de inwoner en wat kan de inwoner aan op het werk? Schrijf hier geen diagnoses. Die horen bij Gezondheid.
profile-edit = Zoekprofiel wijzigen
profile-save = Zoekprofiel opslaan
profile-saved = Het zoekprofiel is opgeslagen. De passende werkplekken hieronder zijn bijgewerkt.
profile-wished = Gewenste beroepen
profile-wished-description = Welk werk wil de inwoner graag doen?
profile-experience = Werkervaring
profile-experience-description = Welk werk heeft de inwoner al eerder gedaan?
profile-indication = Indicatie van UWV
profile-indication-none = Geen indicatie
profile-physical = Lichamelijk werk dat de inwoner nu aankan
profile-physical-description = Zoals u het ziet bij werk, bijvoorbeeld licht werk.
profile-mental = Mentale belasting die de inwoner nu aankan
profile-mental-description = Bijvoorbeeld: hoeveel drukte en verandering de inwoner aankan.
profile-support = Steun die de inwoner nodig heeft op het werk
profile-max-km = Hoe ver wil of kan de inwoner reizen? (km)
profile-max-km-description = Een heel getal van 1 tot en met { $max }. Leeg is geen grens.
profile-max-km-none = Geen grens
profile-max-km-value = { $km } km
profile-overrides = Reistijd naar een werkplek
profile-overrides-empty = Weet u de echte reistijd naar een werkplek, bijvoorbeeld omdat er geen bus gaat? Vul die dan hier in. Die telt dan in plaats van de afstand.
profile-overrides-count =
    { $count ->
        [one] 1 reistijd ingevuld
       *[other] { $count } reistijden ingevuld
    }
profile-override-row = Reistijd { $n }
profile-override-add = Reistijd toevoegen
profile-override-remove = Reistijd { $n } verwijderen
profile-override-workplace = Werkplek
profile-override-minutes = Reistijd enkele reis (minuten)
profile-override-option = { $title }, { $employer } ({ $place })

## Passende werkplekken
matches-title = Passende werkplekken
matches-empty = Er staan nog geen werkplekken op deze laptop. Voeg ze toe bij Werkgevers.
matches-item-title = { $title } bij { $employer }
matches-item-details = { $kind }, { $hours } uur per week, { $place }
matches-replacing = U zoekt een nieuwe plaatsing na { $workplace } bij { $employer }. De nieuwe plaatsing komt in de plaats van die plaatsing.
matches-replacing-stop = Niet meer zoeken naar een herplaatsing

## Plaatsen
placement-form-title = Plaatsen: { $title } bij { $employer }
placement-decided-by-coach = U legt dit besluit vast op naam van { $coach }. De computer besluit niet.
placement-decided-by-you = U legt dit besluit vast op uw eigen naam. De computer besluit niet.
placement-replaces = Deze plaatsing komt in de plaats van { $workplace } bij { $employer }.
placement-field-start = Eerste werkdag
placement-field-hours = Uren per week
placement-field-contract = Soort contract
placement-field-job-coaching = Jobcoaching op de werkplek
placement-field-job-coaching-description = Een jobcoach begeleidt de inwoner op het werk.
placement-field-follow-up = Contact na hoeveel weken
placement-field-follow-up-description = Om de hoeveel weken u contact hebt met de werkgever of de inwoner. Van 1 tot en met 26.
placement-field-decided-on = Datum van het besluit
placement-field-decided-on-description = Leeg is vandaag. Schrijf de datum als dd-mm-jjjj.
placement-field-reasoning = Waarom deze werkplek?
placement-field-reasoning-description = Schrijf in uw eigen woorden waarom u voor deze werkplek kiest.
placement-save = Plaatsing vastleggen
placement-placed = De plaatsing is vastgelegd. U ziet haar hieronder bij Plaatsingen. Zet zo nodig ook het traject op geplaatst.

## Plaatsingen
placements-title = Plaatsingen
placements-empty = Deze inwoner heeft nog geen plaatsingen.
placement-title = { $workplace } bij { $employer }
placement-unknown-workplace = Werkplek (niet op deze laptop)
placement-unknown-employer = onbekende werkgever
placement-end = Einde
placement-running = Loopt nog
placement-ended-on = Laatste werkdag { $date }
placement-decision = Besluit
placement-decision-by = Besloten door { $coach } op { $date }
placement-next-follow-up = Volgend contact
placement-follow-up-none = Geen contact meer gepland
placement-overdue = te laat
placement-overdue-symbol = !
contacts-title = Contacten na de plaatsing
contacts-empty = Nog geen contacten.
contact-line = { $date }, { $with }, door { $coach }:
contact-add = Contact toevoegen
contact-form-title = Contact toevoegen
contact-field-on = Datum van het contact
contact-field-with = Met wie
contact-field-notes = Wat is besproken?
contact-save = Contact opslaan
placement-end-open = Plaatsing beëindigen
placement-end-title = Plaatsing beëindigen
placement-end-field-on = Laatste werkdag
placement-end-field-reason = Reden
placement-end-field-explanation = Toelichting
placement-end-field-explanation-description = Verplicht bij Andere reden. Schrijf hier geen medische gegevens.
placement-end-field-replacement = Herplaatsing nodig?
placement-end-field-replacement-description = Moet u een nieuwe werkplek zoeken voor de inwoner?
placement-end-save = Plaatsing beëindigen
placement-replace-offer = Deze plaatsing is beëindigd. U gaf aan dat de inwoner een nieuwe werkplek nodig heeft.
placement-replace = Nieuwe plaatsing zoeken

## Instellingen: naslaggegevens
reference-title = Naslaggegevens
reference-intro = Werkpad gebruikt lijsten van beroepen en postcodegebieden om werk te zoeken. U ziet hier welke versie op deze laptop staat. Nieuwe versies komen met de synchronisatie met de server.
reference-empty = Er staan nog geen naslaggegevens op deze laptop. Werk zoeken kan wel, maar zonder reisafstand en zonder beroepen zoeken.
reference-caption = Versies van de naslaggegevens
reference-col-dataset = Gegevens
reference-col-version = Versie
reference-col-imported-at = Klaargezet op
reference-col-records = Aantal
reference-records =
    { $count ->
        [one] 1 regel
       *[other] { $count } regels
    }
reference-dataset-esco-occupations = Beroepen (ESCO)
reference-dataset-isco-groups = Beroepsgroepen (ISCO-08)
reference-dataset-pc4 = Postcodegebieden
workplace-field-qualifications = Gevraagde diploma's of certificaten
workplace-field-qualifications-description = Bijvoorbeeld: VCA Basis; Heftruckcertificaat. Zet een ; tussen twee namen.
match-qualifications = Gevraagd
match-qualification-held = { $label }: heeft het (opleiding gehaald)
match-qualification-missing = { $label }: nog niet gehaald
