# Screens for loonwaarde, wage cost subsidy and job coaching (issue 22): the Loonwaarde and
# Subsidies tabs of the file, and the wage cost subsidy on the employer's page.
# Werkpad calculates. A person decides and signs.

## General
file-tab-loonwaarde = Loonwaarde
file-tab-subsidies = Subsidies
subsidy-cancel = Cancel
subsidy-percent = { $value } %
subsidy-period = { $from } to { $until }
subsidy-by-on = { $coach } on { $date }
subsidy-recorded-by-coach = You record this in the name of { $coach }.
subsidy-recorded-by-you = You record this in your own name.

## Loonwaarde tab
lw-intro = The loonwaarde (wage value) says how much work someone does compared with an average employee in the same job. The assessor determines it at the workplace. You can fill in the form on the laptop at the employer's, also without internet.
lw-reassess-label = Next re-assessment:
lw-reassess-due-symbol = !
lw-reassess-due = Re-assessment needed
lw-new = New loonwaarde assessment
lw-list-title = Loonwaarde assessments
lw-empty = There is no loonwaarde assessment yet.
lw-saved = The draft has been saved. The assessor can now sign it.
lw-signed = The loonwaarde assessment has been signed. It no longer changes.
lw-unknown-employer = Unknown employer
lw-unknown-workplace = Unknown workplace

## An assessment in the list
lw-item-title = { $employer }, visit on { $date }
lw-status-draft = Draft: not signed yet
lw-status-signed = Signed
lw-fact-percent = Loonwaarde
lw-percent-signed = { $percent } %
lw-percent-draft = { $percent } % (calculated, not signed yet)
lw-fact-hours = Hours a week
lw-hours-of = { $worked } of { $fulltime } hours
lw-fact-assessor = Assessor
lw-fact-signed = Signed
lw-signed-line = Signed by { $assessor } on { $date }. Recorded by { $coach }.
lw-fact-reassess = Re-assessment
lw-fact-jobcoaching = Job coaching needed
lw-jobcoaching-line = { $hours } hours a month, { $intensity }, { $months } months
lw-jobcoaching-none = No
lw-col-contribution = Counts for
lw-arithmetic-title = Calculation
lw-edit = Change draft
lw-sign = Sign

## Assessment form
lw-form-title-new = New loonwaarde assessment
lw-form-title-edit = Change draft
lw-form-intro = Fill in what you see at the workplace. Werkpad calculates the loonwaarde while you type. After saving it is a draft until the assessor signs.
lw-legend-workplace = Workplace and hours
lw-field-placement = Placement
lw-field-placement-description = Choose the placement if the resident already works there. The employer and the hours are then filled in.
lw-no-placement = No placement
lw-placement-option = { $workplace } at { $employer } (from { $start })
lw-field-employer = Employer
lw-field-employer-contact = Contact person at the employer
lw-field-normfunctie = Reference job (normfunctie)
lw-field-normfunctie-description = The job of an average employee you compare with.
lw-field-actual-function = The resident's job
lw-field-worked-hours = The resident's hours a week
lw-hours-description = In hours, for example 24 or 24,5.
lw-field-fulltime-hours = Full working week at this employer
lw-field-fulltime-hours-description = Hours a week of a full-time job, for example 38.
lw-legend-visit = Visit and assessor
lw-field-visit-date = Date of the visit
lw-field-report-date = Date of the report
lw-field-report-date-description = Leave empty if it is the date of the visit. Write the date as dd-mm-yyyy.
lw-field-assessor-kind = Who determines the loonwaarde?
lw-field-assessor-name = Name of the assessor
lw-field-assessor-organisation = Name of the research agency
lw-field-assessor-organisation-description = Only needed when a research agency determines the loonwaarde.
lw-tasks-legend = Main tasks
lw-task-legend = Main task { $n }
lw-task-add = Add main task
lw-task-remove = Remove main task { $n }
lw-tasks-empty = There is no main task yet. Add a main task.
lw-tasks-full = You cannot fill in more than { $max } main tasks.
lw-task-name = Task
lw-task-share = Share of the time (%)
lw-task-share-description = Which share of the working week goes to this task? 100 % together.
lw-task-tempo = Tempo (%)
lw-task-quality = Quality (%)
lw-task-net-time = Net working time (%)
lw-task-score-description = Compared with an average employee. 100 is just as good.
lw-preview-title = Calculation
lw-preview-intro = Werkpad calculates while you type. Nothing is saved yet.
lw-preview-total = Loonwaarde: { $percent } %
lw-preview-waiting = The loonwaarde appears when the main tasks and the other required fields are filled in.
lw-field-notes = What did you see at the workplace?
lw-field-notes-description = In the assessor's words.
lw-legend-jobcoaching = Need for job coaching
lw-jobcoaching-intro = Only fill in if the resident needs a job coach.
lw-field-jobcoaching-hours = Hours of job coaching a month
lw-field-jobcoaching-intensity = How often
lw-field-jobcoaching-months = How many months
lw-save = Save draft

## Signing
lw-sign-title = Signed by the assessor
lw-sign-intro = The assessor has signed the report. Fill in who signed and when. After that the assessment no longer changes.
lw-sign-field-by = Signed by
lw-sign-field-by-description = The assessor's name, as in the form.
lw-sign-field-on = Date of signing
lw-sign-save = Record signature

## Subsidies tab
subsidy-intro = Here are the wage cost subsidy for the employer and the job coaching. Werkpad calculates. A staff member decides and approves payments.
subsidy-notice-decided = The decision has been recorded.
subsidy-notice-paid = The payment has been recorded.
subsidy-notice-planned = The job coaching has been planned.
subsidy-notice-reported = The progress report has been recorded.
subsidy-notice-approved = The payment to the job coach organisation has been approved.
subsidy-notice-organisation = The job coach organisation has been added.

## Wage cost subsidy
lks-title = Wage cost subsidy (loonkostensubsidie)
lks-intro = The employer receives a wage cost subsidy when the loonwaarde is below 100 %. A signed loonwaarde is needed for it.
lks-new = Decision on wage cost subsidy
lks-empty = There is no decision on wage cost subsidy yet.
lks-item-title = { $employer }, from { $date }
lks-fact-loonwaarde = Loonwaarde
lks-fact-hours = Contract hours
lks-hours-per-week = { $hours } hours a week
lks-fact-trial = Trial placement
lks-trial-none = None
lks-fact-last-day = Runs until
lks-last-day-open = Still running
lks-fact-decided = Decision
lks-decided-line = { $outcome } by { $coach } on { $date }
lks-fact-paid = Paid in total
lks-estimate-title = Calculation at the decision (first month)
lks-estimate-was-advice = This was the advice. A staff member decided.
lks-part-title = Part { $n }: { $from } to { $until }
lks-source = Source: { $source }
lks-payments-title = Payments
lks-payments-empty = Nothing has been paid yet.
lks-col-period = Period
lks-col-hours = Hours worked
lks-col-subsidy = Subsidy
lks-col-allowance = Allowance for employer costs
lks-col-total = Total
lks-col-approved = Approved by
lks-pay-open = Record payment
lks-pay-title = Record payment
lks-pay-approved-by-coach = You approve this payment in the name of { $coach }.
lks-pay-approved-by-you = You approve this payment in your own name.
lks-pay-field-from = First day of the period
lks-pay-field-until = Last day of the period
lks-pay-field-hours = Hours actually worked in the period
lks-pay-field-hours-description = In hours, for example 96 or 96,5.
lks-pay-save = Record payment

## Decision on wage cost subsidy
lks-form-title = Decision on wage cost subsidy
lks-field-placement = Placement
lks-placement-option = { $workplace } at { $employer }, { $hours } hours a week (from { $start })
lks-field-loonwaarde = Signed loonwaarde
lks-field-loonwaarde-none = There is no signed loonwaarde yet. Have the assessor sign first.
lks-loonwaarde-option = { $percent } % at { $employer }, signed on { $date }
lks-field-starts-on = First day of the subsidy
lks-legend-trial = Trial placement
lks-trial-intro = Only fill in if there is a trial placement first. It lasts no longer than 3 months.
lks-field-trial-from = First day of the trial placement
lks-field-trial-until = Last day of the trial placement
lks-field-supersedes = Replaces decision
lks-field-supersedes-description = Choose the old decision if this decision replaces it, for example after a new loonwaarde or another contract.
lks-supersedes-none = Replaces no decision
lks-decision-option = { $outcome }: { $employer }, from { $date }
lks-advice-title = Advice: calculation for the first month
lks-advice-intro = This is a calculation, not a decision. You decide whether the employer receives the subsidy.
lks-advice-waiting = Choose the placement and the signed loonwaarde, and fill in the first day. Then you see the calculation here.
lks-legend-decision = Your decision
lks-decided-by-coach = You record this decision in the name of { $coach }. The computer does not decide.
lks-decided-by-you = You record this decision in your own name. The computer does not decide.
lks-field-outcome = Decision
lks-field-decided-on = Date of the decision
lks-field-decided-on-description = Leave empty for today. Write the date as dd-mm-yyyy.
lks-field-reasoning = Why?
lks-field-reasoning-description = The employer reads this in the decision letter. Write it in plain words.
lks-save = Record decision

## Job coaching
jc-title = Job coaching
jc-intro = A job coach organisation supports the resident at work. The municipality pays per period, after the progress report.
jc-new = Plan job coaching
jc-empty = No job coaching has been planned yet.
jc-item-title = { $organisation }: { $from } to { $until }
jc-unknown-organisation = Unknown organisation
jc-status-planned = Planned: waiting for the progress report
jc-status-reported = Report received: waiting for approval
jc-status-approved = Payment approved
jc-fact-period = Period
jc-fact-hours = Hours of job coaching
jc-fact-amount = Amount
jc-fact-report = Progress report
jc-report-received = Received on { $date }:
jc-report-missing = Not received yet
jc-fact-approval = Payment approved
jc-approval-none = Not yet
jc-arithmetic-title = Calculation
jc-approve-by-coach = You approve the payment in the name of { $coach }.
jc-approve-by-you = You approve the payment in your own name.
jc-approve = Approve payment
jc-report-open = Record progress report
jc-report-change = Change progress report
jc-report-title = Progress report
jc-report-field-on = Date received
jc-report-field-summary = What does it say?
jc-report-save = Record report
jc-form-title = Plan job coaching
jc-form-intro = The amount follows from the municipality's tariff per hour.
jc-field-organisation = Job coach organisation
jc-field-organisation-none = There is no job coach organisation yet. Add one first, at the bottom of this page.
jc-field-loonwaarde = Belongs to loonwaarde assessment
jc-field-loonwaarde-description = The loonwaarde assessment that states the need for job coaching.
jc-loonwaarde-none = None
jc-loonwaarde-option = { $employer }, visit on { $date }
jc-field-period-from = First day of the period
jc-field-period-until = Last day of the period
jc-field-hours = Hours of job coaching in the period
jc-field-hours-description = In hours, for example 12 or 12,5.
jc-save = Plan job coaching

## Job coach organisations
org-title = Job coach organisations
org-empty = There is no job coach organisation yet.
org-new = Add job coach organisation
org-form-title = Add job coach organisation
org-form-intro = Job coach organisations belong to the whole team. Every job coach sees them.
org-field-name = Name
org-field-kvk = KvK number
org-field-contact-name = Contact person
org-field-email = Email address
org-field-phone = Phone number
org-save = Save organisation

## Employer: wage cost subsidy per employee
employer-lks-title = Wage cost subsidy per employee
employer-lks-intro = Employees of this employer with a wage cost subsidy. Werkpad writes in the log that you look at this.
employer-lks-show = Show employees with wage cost subsidy
employer-lks-empty = No employees with wage cost subsidy at this employer.
employer-lks-col-name = Employee
employer-lks-col-loonwaarde = Loonwaarde
employer-lks-col-hours = Hours a week
employer-lks-col-period = Period
employer-lks-col-paid = Paid
employer-lks-col-paid-until = Paid until
employer-lks-percent = { $value } %
employer-lks-period = { $from } to { $until }
employer-lks-period-open = From { $from }
employer-lks-not-paid = Nothing paid yet
lw-print = Make the loonwaarde report (PDF)
lw-print-draft = Make a draft of the report (PDF)
lks-print = Make the decision letter (PDF, with a copy for the resident)
