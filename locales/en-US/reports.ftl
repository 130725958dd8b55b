# Management information (issue 24): the tables, rows and columns of a management report
# (ids from crates/domain/src/report/), the PDF, the CSV, the screen and the errors. Rows
# with an id elsewhere: end-reason-*, lks-outcome-*, decision-*, verzuim-outcome-*,
# life-domain-* (domain.ftl), survey-question-* (domain.ftl).

## Tables
report-table-caseload = Caseload per month
report-table-caseload-by-coach = Caseload per jobcoach at the end of the period
report-table-caseload-by-team = Caseload per team at the end of the period
report-table-inflow = New referrals per month
report-table-ended = Ended trajectories, by reason
report-table-placements = Placements in paid work
report-table-durations = Lead times in days (median)
report-table-lks = Wage cost subsidy decisions
report-table-verklaring56 = 56+ declaration decisions
report-table-absences = Absences, by outcome
report-table-referrals = Referrals, by life domain
report-table-survey-responses = Satisfaction surveys filled in
report-table-survey = Satisfaction per question (score 1 to 5)
report-table-funnel = From referral to lasting work

## Rows
report-row-caseload = Residents supported
report-row-coach = Jobcoach
report-row-team = Team
report-row-unknown = Unknown
report-row-total = Total
report-row-inflow = Referred
report-row-placed = Placed in paid work
report-row-working-6 = Still working after 6 months
report-row-stopped-6 = No longer working after 6 months
report-row-working-12 = Still working after 12 months
report-row-stopped-12 = No longer working after 12 months
report-row-referral-to-intake = From referral to intake
report-row-referral-to-placement = From referral to first placement
report-row-lks-amount = Amount granted
report-row-undecided = Not decided yet
report-row-responses = Filled in
report-row-referred = Referred
report-row-intake = Had an intake
report-row-placed-any = Placed (any workplace)
report-row-paid = In paid work

## Columns
report-column-total = Total
report-column-at-end = At the end
report-column-period = In the period
report-column-answers = Answers
report-column-mean = Average
report-column-value-1 = Score 1
report-column-value-2 = Score 2
report-column-value-3 = Score 3
report-column-value-4 = Score 4
report-column-value-5 = Score 5

## Months, short
report-month-short-1 = Jan
report-month-short-2 = Feb
report-month-short-3 = Mar
report-month-short-4 = Apr
report-month-short-5 = May
report-month-short-6 = Jun
report-month-short-7 = Jul
report-month-short-8 = Aug
report-month-short-9 = Sep
report-month-short-10 = Oct
report-month-short-11 = Nov
report-month-short-12 = Dec

## CSV
report-csv-table = Table
report-csv-row = Row
report-csv-column = Column
report-csv-value = Value

## PDF and screen
report-pdf-title = Management report
report-pdf-subject = Management information on support towards work: totals only, no data of residents
report-pdf-team = Team
report-pdf-period = Period
report-pdf-as-of = Figures as of
report-pdf-fetched = Fetched on
report-pdf-printed = Printed on
report-period = { $from } up to and including { $to }
report-all-teams = All teams
report-legend-hidden = x: fewer than { $threshold }, or hidden so that a small group cannot be traced.

## Screen: management information
reports-nav = Management information
reports-title = Management information
reports-intro = Figures on support towards work. Totals only: nobody can be recognised.
reports-choose = Which figures?
reports-from = From month
reports-to = Up to and including month
reports-team = Team
reports-show = Fetch figures
reports-loading = Fetching the figures…
reports-as-of = Figures as of { $date }
reports-cached = You are offline. These are the figures last fetched, on { $fetched }. They may be out of date.
reports-teams-cached = You are offline. The list of teams is from { $fetched }.
reports-save-csv = Save CSV
reports-print-pdf = Print PDF
reports-saved = Saved in { $path }.
reports-pdf-opened = The PDF has been opened. Print it from the program that is now open.
reports-chart-bars = Bar chart: { $table }, { $row } per month
reports-chart-funnel = Funnel: { $table }
reports-chart-hidden = x
reports-table-of = Table: { $table }
reports-empty-cell = none
reports-no-tables = There are no figures for this period.

## Errors
error-report-not-cached = There is no connection to the server, and these figures have never been fetched on this laptop. Try again when you are online.
error-report-forbidden = You may not see these figures. Only team leads (their own team) and policy staff get management information.
error-report-no-such-team = This team does not exist (any more). Choose another team.
error-report-bad-month = Choose a month (month and year).
error-report-period-reversed = The last month lies before the first month. Choose another period.
error-report-period-too-long = A report covers at most { $max } months. Choose a shorter period.
error-report-period-future = The period starts in the future. Choose an earlier first month.
