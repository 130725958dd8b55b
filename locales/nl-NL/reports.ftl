# Managementinformatie (issue 24): de tabellen, rijen en kolommen van een
# managementrapportage (ids uit crates/domain/src/report/), de PDF, de CSV, het scherm en
# de foutmeldingen. Rijen met een eigen id elders: end-reason-*, lks-outcome-*,
# decision-*, verzuim-outcome-*, life-domain-* (domain.ftl), survey-question-* (domain.ftl).

## Tabellen
report-table-caseload = Caseload per maand
report-table-caseload-by-coach = Caseload per jobcoach aan het eind van de periode
report-table-caseload-by-team = Caseload per team aan het eind van de periode
report-table-inflow = Nieuwe aanmeldingen per maand
report-table-ended = Beëindigde trajecten, per reden
report-table-placements = Plaatsingen in betaald werk
report-table-durations = Doorlooptijden in dagen (mediaan)
report-table-lks = Besluiten loonkostensubsidie
report-table-verklaring56 = Besluiten verklaring 56+
report-table-absences = Verzuim, per afloop
report-table-referrals = Doorverwijzingen, per leefgebied
report-table-survey-responses = Ingevulde tevredenheidsonderzoeken
report-table-survey = Tevredenheid per vraag (score 1 tot 5)
report-table-funnel = Van aanmelding naar blijvend werk

## Rijen
report-row-caseload = Inwoners in begeleiding
report-row-coach = Jobcoach
report-row-team = Team
report-row-unknown = Onbekend
report-row-total = Totaal
report-row-inflow = Aangemeld
report-row-placed = Geplaatst in betaald werk
report-row-working-6 = Na 6 maanden nog aan het werk
report-row-stopped-6 = Na 6 maanden niet meer aan het werk
report-row-working-12 = Na 12 maanden nog aan het werk
report-row-stopped-12 = Na 12 maanden niet meer aan het werk
report-row-referral-to-intake = Van aanmelding tot intake
report-row-referral-to-placement = Van aanmelding tot eerste plaatsing
report-row-lks-amount = Toegekend bedrag
report-row-undecided = Nog geen besluit
report-row-responses = Ingevuld
report-row-referred = Aangemeld
report-row-intake = Intake gehad
report-row-placed-any = Geplaatst (elke plek)
report-row-paid = In betaald werk

## Kolommen
report-column-total = Totaal
report-column-at-end = Aan het eind
report-column-period = In de periode
report-column-answers = Antwoorden
report-column-mean = Gemiddeld
report-column-value-1 = Score 1
report-column-value-2 = Score 2
report-column-value-3 = Score 3
report-column-value-4 = Score 4
report-column-value-5 = Score 5

## Maanden, kort
report-month-short-1 = jan
report-month-short-2 = feb
report-month-short-3 = mrt
report-month-short-4 = apr
report-month-short-5 = mei
report-month-short-6 = jun
report-month-short-7 = jul
report-month-short-8 = aug
report-month-short-9 = sep
report-month-short-10 = okt
report-month-short-11 = nov
report-month-short-12 = dec

## CSV
report-csv-table = Tabel
report-csv-row = Rij
report-csv-column = Kolom
report-csv-value = Waarde

## PDF en scherm
report-pdf-title = Managementrapportage
report-pdf-subject = Managementinformatie begeleiding naar werk: alleen totalen, geen gegevens van inwoners
report-pdf-team = Team
report-pdf-period = Periode
report-pdf-as-of = Cijfers van
report-pdf-fetched = Opgehaald op
report-pdf-printed = Afgedrukt op
report-period = { $from } tot en met { $to }
report-all-teams = Alle teams
report-legend-hidden = x: minder dan { $threshold }, of verborgen zodat een kleine groep niet te herleiden is.

## Scherm Managementinformatie
reports-nav = Managementinformatie
reports-title = Managementinformatie
reports-intro = Cijfers over de begeleiding naar werk. Alleen totalen: niemand is te herkennen.
reports-choose = Welke cijfers?
reports-from = Van maand
reports-to = Tot en met maand
reports-team = Team
reports-show = Cijfers ophalen
reports-loading = De cijfers worden opgehaald…
reports-as-of = Cijfers van { $date }
reports-cached = U bent offline. Dit zijn de laatst opgehaalde cijfers, van { $fetched }. Ze kunnen verouderd zijn.
reports-teams-cached = U bent offline. De lijst met teams is van { $fetched }.
reports-save-csv = CSV opslaan
reports-print-pdf = PDF afdrukken
reports-saved = Opgeslagen in { $path }.
reports-pdf-opened = De PDF is geopend. Druk hem af vanuit het programma dat nu open staat.
reports-chart-bars = Staafdiagram: { $table }, { $row } per maand
reports-chart-funnel = Trechter: { $table }
reports-chart-hidden = x
reports-table-of = Tabel: { $table }
reports-empty-cell = geen
reports-no-tables = Er zijn geen cijfers voor deze periode.

## Fouten
error-report-not-cached = Er is geen verbinding met de server, en deze cijfers zijn op deze laptop nog nooit opgehaald. Probeer het opnieuw als u online bent.
error-report-forbidden = U mag deze cijfers niet zien. Alleen teamleiders (eigen team) en beleidsmedewerkers krijgen managementinformatie.
error-report-no-such-team = Dit team bestaat niet (meer). Kies een ander team.
error-report-bad-month = Kies een maand (maand en jaar).
error-report-period-reversed = De laatste maand ligt vóór de eerste maand. Kies een andere periode.
error-report-period-too-long = Een rapportage gaat over hoogstens { $max } maanden. Kies een kortere periode.
error-report-period-future = De periode begint in de toekomst. Kies een eerdere eerste maand.
