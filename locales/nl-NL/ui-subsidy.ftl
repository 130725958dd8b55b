# Schermen voor loonwaarde, loonkostensubsidie en jobcoaching (issue 22): de tabbladen
# Loonwaarde en Subsidies in het dossier, en de loonkostensubsidie op de pagina van de
# werkgever. Voor jobcoaches, in eenvoudige taal (B1), met "u".
# Werkpad rekent. Een mens beslist en tekent.

## Algemeen
file-tab-loonwaarde = Loonwaarde
file-tab-subsidies = Subsidies
subsidy-cancel = Annuleren
subsidy-percent = { $value } %
subsidy-period = { $from } tot en met { $until }
subsidy-by-on = { $coach } op { $date }
subsidy-recorded-by-coach = U legt dit vast op naam van { $coach }.
subsidy-recorded-by-you = U legt dit vast op uw eigen naam.

## Tabblad Loonwaarde
lw-intro = De loonwaarde zegt hoeveel werk iemand doet vergeleken met een gewone werknemer in dezelfde functie. De loonwaardedeskundige bepaalt die op de werkplek. U kunt het formulier bij de werkgever op de laptop invullen, ook zonder internet.
lw-reassess-label = Volgende herbeoordeling:
lw-reassess-due-symbol = !
lw-reassess-due = Herbeoordeling nodig
lw-new = Nieuwe loonwaardebepaling
lw-list-title = Loonwaardebepalingen
lw-empty = Er is nog geen loonwaardebepaling.
lw-saved = Het concept is opgeslagen. De loonwaardedeskundige kan het nu tekenen.
lw-signed = De loonwaardebepaling is getekend. Ze verandert niet meer.
lw-unknown-employer = Onbekende werkgever
lw-unknown-workplace = Onbekende werkplek

## Een loonwaardebepaling in de lijst
lw-item-title = { $employer }, bezoek op { $date }
lw-status-draft = Concept: nog niet getekend
lw-status-signed = Getekend
lw-fact-percent = Loonwaarde
lw-percent-signed = { $percent } %
lw-percent-draft = { $percent } % (berekend, nog niet getekend)
lw-fact-hours = Uren per week
lw-hours-of = { $worked } van { $fulltime } uur
lw-fact-assessor = Loonwaardedeskundige
lw-fact-signed = Getekend
lw-signed-line = Getekend door { $assessor } op { $date }. Vastgelegd door { $coach }.
lw-fact-reassess = Herbeoordeling
lw-fact-jobcoaching = Jobcoaching nodig
lw-jobcoaching-line = { $hours } uur per maand, { $intensity }, { $months } maanden
lw-jobcoaching-none = Nee
lw-col-contribution = Telt mee voor
lw-arithmetic-title = Berekening
lw-edit = Concept aanpassen
lw-sign = Tekenen

## Formulier loonwaardebepaling
lw-form-title-new = Nieuwe loonwaardebepaling
lw-form-title-edit = Concept aanpassen
lw-form-intro = Vul in wat u op de werkplek ziet. Werkpad rekent de loonwaarde uit terwijl u typt. Na het opslaan is het een concept, tot de loonwaardedeskundige tekent.
lw-legend-workplace = Werkplek en uren
lw-field-placement = Plaatsing
lw-field-placement-description = Kies de plaatsing als de inwoner al werkt. De werkgever en de uren worden dan ingevuld.
lw-no-placement = Geen plaatsing
lw-placement-option = { $workplace } bij { $employer } (vanaf { $start })
lw-field-employer = Werkgever
lw-field-employer-contact = Contactpersoon bij de werkgever
lw-field-normfunctie = Normfunctie
lw-field-normfunctie-description = De functie van een gewone werknemer waarmee u vergelijkt.
lw-field-actual-function = Functie van de inwoner
lw-field-worked-hours = Uren per week van de inwoner
lw-hours-description = In uren, bijvoorbeeld 24 of 24,5.
lw-field-fulltime-hours = Volledige werkweek bij deze werkgever
lw-field-fulltime-hours-description = Uren per week van een volledige baan, bijvoorbeeld 38.
lw-legend-visit = Bezoek en loonwaardedeskundige
lw-field-visit-date = Datum van het bezoek
lw-field-report-date = Datum van het rapport
lw-field-report-date-description = Leeg laten als het de datum van het bezoek is. Schrijf de datum als dd-mm-jjjj.
lw-field-assessor-kind = Wie bepaalt de loonwaarde?
lw-field-assessor-name = Naam van de loonwaardedeskundige
lw-field-assessor-organisation = Naam van het onderzoeksbureau
lw-field-assessor-organisation-description = Alleen nodig als een onderzoeksbureau de loonwaarde bepaalt.
lw-tasks-legend = Hoofdtaken
lw-task-legend = Hoofdtaak { $n }
lw-task-add = Hoofdtaak toevoegen
lw-task-remove = Hoofdtaak { $n } verwijderen
lw-tasks-empty = Er is nog geen hoofdtaak. Voeg een hoofdtaak toe.
lw-tasks-full = U kunt niet meer dan { $max } hoofdtaken invullen.
lw-task-name = Taak
lw-task-share = Deel van de tijd (%)
lw-task-share-description = Welk deel van de werkweek gaat naar deze taak? Samen 100 %.
lw-task-tempo = Tempo (%)
lw-task-quality = Kwaliteit (%)
lw-task-net-time = Netto werktijd (%)
lw-task-score-description = Vergeleken met een gewone werknemer. 100 is even goed.
lw-preview-title = Berekening
lw-preview-intro = Werkpad rekent mee terwijl u typt. Er wordt nog niets opgeslagen.
lw-preview-total = Loonwaarde: { $percent } %
lw-preview-waiting = De loonwaarde verschijnt als de hoofdtaken en de andere verplichte velden zijn ingevuld.
lw-field-notes = Wat zag u op de werkplek?
lw-field-notes-description = In de woorden van de loonwaardedeskundige.
lw-legend-jobcoaching = Behoefte aan jobcoaching
lw-jobcoaching-intro = Alleen invullen als de inwoner een jobcoach nodig heeft.
lw-field-jobcoaching-hours = Uren jobcoaching per maand
lw-field-jobcoaching-intensity = Hoe vaak
lw-field-jobcoaching-months = Hoeveel maanden
lw-save = Concept opslaan

## Tekenen
lw-sign-title = Tekenen door de loonwaardedeskundige
lw-sign-intro = De loonwaardedeskundige heeft het rapport getekend. Vul in wie tekende en wanneer. Daarna verandert de loonwaardebepaling niet meer.
lw-sign-field-by = Getekend door
lw-sign-field-by-description = De naam van de loonwaardedeskundige, zoals in het formulier.
lw-sign-field-on = Datum van tekenen
lw-sign-save = Tekenen vastleggen

## Tabblad Subsidies
subsidy-intro = Hier staan de loonkostensubsidie voor de werkgever en de jobcoaching. Werkpad rekent. Een medewerker beslist en keurt betalingen goed.
subsidy-notice-decided = Het besluit is vastgelegd.
subsidy-notice-paid = De betaling is vastgelegd.
subsidy-notice-planned = De jobcoaching is gepland.
subsidy-notice-reported = Het voortgangsverslag is vastgelegd.
subsidy-notice-approved = De betaling aan de jobcoachorganisatie is goedgekeurd.
subsidy-notice-organisation = De jobcoachorganisatie is toegevoegd.

## Loonkostensubsidie
lks-title = Loonkostensubsidie
lks-intro = De werkgever krijgt loonkostensubsidie als de loonwaarde lager is dan 100 %. Daarvoor is een getekende loonwaarde nodig.
lks-new = Besluit over loonkostensubsidie
lks-empty = Er is nog geen besluit over loonkostensubsidie.
lks-item-title = { $employer }, vanaf { $date }
lks-fact-loonwaarde = Loonwaarde
lks-fact-hours = Uren volgens het contract
lks-hours-per-week = { $hours } uur per week
lks-fact-trial = Proefplaatsing
lks-trial-none = Geen
lks-fact-last-day = Loopt tot en met
lks-last-day-open = Loopt nog
lks-fact-decided = Besluit
lks-decided-line = { $outcome } door { $coach } op { $date }
lks-fact-paid = Betaald in totaal
lks-estimate-title = Berekening bij het besluit (eerste maand)
lks-estimate-was-advice = Dit was het advies. Een medewerker heeft besloten.
lks-part-title = Deel { $n }: { $from } tot en met { $until }
lks-source = Bron: { $source }
lks-payments-title = Betalingen
lks-payments-empty = Er is nog niets betaald.
lks-col-period = Periode
lks-col-hours = Gewerkte uren
lks-col-subsidy = Subsidie
lks-col-allowance = Vergoeding werkgeverskosten
lks-col-total = Totaal
lks-col-approved = Goedgekeurd door
lks-pay-open = Betaling vastleggen
lks-pay-title = Betaling vastleggen
lks-pay-approved-by-coach = U keurt deze betaling goed op naam van { $coach }.
lks-pay-approved-by-you = U keurt deze betaling goed op uw eigen naam.
lks-pay-field-from = Eerste dag van de periode
lks-pay-field-until = Laatste dag van de periode
lks-pay-field-hours = Echt gewerkte uren in de periode
lks-pay-field-hours-description = In uren, bijvoorbeeld 96 of 96,5.
lks-pay-save = Betaling vastleggen

## Besluit loonkostensubsidie
lks-form-title = Besluit over loonkostensubsidie
lks-field-placement = Plaatsing
lks-placement-option = { $workplace } bij { $employer }, { $hours } uur per week (vanaf { $start })
lks-field-loonwaarde = Getekende loonwaarde
lks-field-loonwaarde-none = Er is nog geen getekende loonwaarde. Laat de loonwaardedeskundige eerst tekenen.
lks-loonwaarde-option = { $percent } % bij { $employer }, getekend op { $date }
lks-field-starts-on = Eerste dag van de subsidie
lks-legend-trial = Proefplaatsing
lks-trial-intro = Alleen invullen als er eerst een proefplaatsing is. Die duurt niet langer dan 3 maanden.
lks-field-trial-from = Eerste dag van de proefplaatsing
lks-field-trial-until = Laatste dag van de proefplaatsing
lks-field-supersedes = Vervangt besluit
lks-field-supersedes-description = Kies het oude besluit als dit besluit het vervangt, bijvoorbeeld na een nieuwe loonwaarde of een ander contract.
lks-supersedes-none = Vervangt geen besluit
lks-decision-option = { $outcome }: { $employer }, vanaf { $date }
lks-advice-title = Advies: berekening voor de eerste maand
lks-advice-intro = Dit is een berekening, geen besluit. U besluit zelf of de werkgever subsidie krijgt.
lks-advice-waiting = Kies de plaatsing en de getekende loonwaarde, en vul de eerste dag in. Dan ziet u hier de berekening.
lks-legend-decision = Uw besluit
lks-decided-by-coach = U legt dit besluit vast op naam van { $coach }. De computer besluit niet.
lks-decided-by-you = U legt dit besluit vast op uw eigen naam. De computer besluit niet.
lks-field-outcome = Besluit
lks-field-decided-on = Datum van het besluit
lks-field-decided-on-description = Leeg laten voor vandaag. Schrijf de datum als dd-mm-jjjj.
lks-field-reasoning = Waarom?
lks-field-reasoning-description = De werkgever leest dit in de beschikking. Schrijf het in gewone woorden.
lks-save = Besluit vastleggen

## Jobcoaching
jc-title = Jobcoaching
jc-intro = Een jobcoachorganisatie begeleidt de inwoner op het werk. De gemeente betaalt per periode, na het voortgangsverslag.
jc-new = Jobcoaching plannen
jc-empty = Er is nog geen jobcoaching gepland.
jc-item-title = { $organisation }: { $from } tot en met { $until }
jc-unknown-organisation = Onbekende organisatie
jc-status-planned = Gepland: wacht op voortgangsverslag
jc-status-reported = Verslag binnen: wacht op goedkeuring
jc-status-approved = Betaling goedgekeurd
jc-fact-period = Periode
jc-fact-hours = Uren jobcoaching
jc-fact-amount = Bedrag
jc-fact-report = Voortgangsverslag
jc-report-received = Binnen op { $date }:
jc-report-missing = Nog niet binnen
jc-fact-approval = Betaling goedgekeurd
jc-approval-none = Nog niet
jc-arithmetic-title = Berekening
jc-approve-by-coach = U keurt de betaling goed op naam van { $coach }.
jc-approve-by-you = U keurt de betaling goed op uw eigen naam.
jc-approve = Betaling goedkeuren
jc-report-open = Voortgangsverslag vastleggen
jc-report-change = Voortgangsverslag aanpassen
jc-report-title = Voortgangsverslag
jc-report-field-on = Datum ontvangen
jc-report-field-summary = Wat staat erin?
jc-report-save = Verslag vastleggen
jc-form-title = Jobcoaching plannen
jc-form-intro = Het bedrag volgt uit het tarief per uur van de gemeente.
jc-field-organisation = Jobcoachorganisatie
jc-field-organisation-none = Er is nog geen jobcoachorganisatie. Voeg die eerst toe, onder aan deze pagina.
jc-field-loonwaarde = Hoort bij loonwaardebepaling
jc-field-loonwaarde-description = De loonwaardebepaling waarin de behoefte aan jobcoaching staat.
jc-loonwaarde-none = Geen
jc-loonwaarde-option = { $employer }, bezoek op { $date }
jc-field-period-from = Eerste dag van de periode
jc-field-period-until = Laatste dag van de periode
jc-field-hours = Uren jobcoaching in de periode
jc-field-hours-description = In uren, bijvoorbeeld 12 of 12,5.
jc-save = Jobcoaching plannen

## Jobcoachorganisaties
org-title = Jobcoachorganisaties
org-empty = Er is nog geen jobcoachorganisatie.
org-new = Jobcoachorganisatie toevoegen
org-form-title = Jobcoachorganisatie toevoegen
org-form-intro = Jobcoachorganisaties zijn van het hele team. Iedere jobcoach ziet ze.
org-field-name = Naam
org-field-kvk = KvK-nummer
org-field-contact-name = Contactpersoon
org-field-email = E-mailadres
org-field-phone = Telefoonnummer
org-save = Organisatie opslaan

## Werkgever: loonkostensubsidie per medewerker
employer-lks-title = Loonkostensubsidie per medewerker
employer-lks-intro = Medewerkers van deze werkgever met loonkostensubsidie. Werkpad schrijft in het logboek dat u dit bekijkt.
employer-lks-show = Medewerkers met loonkostensubsidie tonen
employer-lks-empty = Geen medewerkers met loonkostensubsidie bij deze werkgever.
employer-lks-col-name = Medewerker
employer-lks-col-loonwaarde = Loonwaarde
employer-lks-col-hours = Uren per week
employer-lks-col-period = Periode
employer-lks-col-paid = Betaald
employer-lks-col-paid-until = Betaald tot en met
employer-lks-percent = { $value } %
employer-lks-period = { $from } tot en met { $until }
employer-lks-period-open = Vanaf { $from }
employer-lks-not-paid = Nog niets betaald
lw-print = Rapport loonwaardebepaling maken (PDF)
lw-print-draft = Concept van het rapport maken (PDF)
lks-print = Beschikking maken (PDF, met kopie voor de inwoner)
