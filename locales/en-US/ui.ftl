# Texts of the Werkpad window (ui/). For jobcoaches, in plain language.
# Names of choices (purposes, traject state, gender …) are in domain.ftl,
# error messages of the store in errors.ftl and cli.ftl.

## General

app-name = Werkpad
app-loading = One moment, loading…
screen-loading = One moment, loading the screen…
skip-to-content = Skip to content
value-empty = Not filled in
value-yes = Yes
value-no = No

## Forms

form-required-marker = (required)
form-choose = Choose…
form-date-description = Write the date as dd-mm-yyyy, for example 31-12-1990.
form-error-summary-title =
    { $count ->
        [one] There is 1 error. Please correct it first.
       *[other] There are { $count } errors. Please correct them first.
    }
form-error-summary-item = { $field }: { $message }
form-row-field = { $row }, { $field }

## Header, menu and status bar

nav-label = Main menu
nav-caseload = Residents
nav-intake = New intake
nav-settings = Settings
nav-lock = Lock
header-coach = Signed in as { $name }
status-offline = Not connected — changes will be synchronised later.
status-pending =
    { $count ->
        [0] No changes are waiting.
        [one] 1 change is waiting.
       *[other] { $count } changes are waiting.
    }

## First start

firstrun-title = Set up Werkpad
firstrun-intro = Werkpad keeps your residents' data encrypted on this laptop. Choose a passphrase. Without it nobody can open the data, not even you.
firstrun-coach = Your name
firstrun-coach-description = This name is recorded with everything you enter.
firstrun-passphrase = Passphrase
firstrun-passphrase-description = At least { $min } characters. A sentence of a few words is strong and easy to remember.
firstrun-repeat = Repeat the passphrase
firstrun-submit = Set up Werkpad
firstrun-error-mismatch = The passphrases are not the same. Type the same passphrase twice.
firstrun-strength-hint = Passphrase strength: nothing entered yet. Use at least { $min } characters.
firstrun-strength-weak = Passphrase strength: weak. Use at least { $min } characters.
firstrun-strength-fair = Passphrase strength: fair. Make it longer, or also use capitals, digits or punctuation.
firstrun-strength-strong = Passphrase strength: strong.

## Unlock

unlock-title = Unlock Werkpad
unlock-intro = Enter your passphrase to continue.
unlock-intro-named = Welcome back, { $name }. Enter your passphrase to continue.
unlock-passphrase = Passphrase
unlock-submit = Unlock
unlock-try-again = You can try again now.

## Residents (caseload)

caseload-title = Residents
caseload-search-region = Search residents
caseload-search = Search
caseload-search-description = Search by name, BSN, postcode or place of residence.
caseload-state = Traject state
caseload-state-all = All residents
caseload-count =
    { $count ->
        [0] No residents found.
        [one] 1 resident found.
       *[other] { $count } residents found.
    }
caseload-count-partial = Showing { $count } of { $total } residents.
caseload-count-search-more = The first { $count } matching residents. Type more to narrow the list.
caseload-more = Show more residents
caseload-empty = No residents match your search.
caseload-caption = Your residents
caseload-col-name = Name
caseload-col-birth-date = Date of birth
caseload-col-postcode = Postcode
caseload-col-woonplaats = Place of residence
caseload-col-traject = Traject
caseload-col-next-appointment = Next appointment
caseload-no-traject = No traject
caseload-no-appointment = No appointment

## Intake

intake-title = New intake
intake-steps-label = Intake steps
intake-step-number = { $n }. { $title }
intake-step-heading = Step { $n } of { $total }: { $title }
intake-step-person = Person
intake-step-address = Address and contact
intake-step-identity = Identity and residence
intake-step-housing = Housing
intake-step-background = Language, education and work experience
intake-step-availability = Availability and obstacles
intake-step-motivation = Motivation and wishes
intake-step-health = Health
intake-step-privacy = Privacy statement
intake-step-review = Check and save
intake-next = Next
intake-back = Previous
intake-submit = Save intake
intake-resumed = You are continuing the intake you started earlier.
intake-draft-saved = Your intake has been saved as a draft.
intake-draft-failed = Saving the draft did not work. What you entered stays on the screen.
intake-discard = Discard intake
intake-discard-question = Do you really want to discard this intake? Everything you entered will be gone.
intake-discard-confirm = Yes, discard
intake-discard-cancel = No, continue
intake-discarded = The intake was discarded. You can start a new intake.

# Step 1: person
intake-field-given-names = Given names
intake-field-initials = Initials
intake-field-initials-description = As in the passport, for example J.P.
intake-field-tussenvoegsel = Name prefix (tussenvoegsel)
intake-field-tussenvoegsel-description = For example: van der
intake-field-family-name = Family name
intake-field-preferred-name = Preferred name
intake-field-preferred-name-description = Only fill this in if the resident wants to be called differently.
intake-field-birth-date = Date of birth
intake-field-gender = Gender
intake-field-bsn = BSN
intake-field-bsn-description = The citizen service number has 9 digits.

# Step 2: address and contact
intake-field-street = Street
intake-field-house-number = House number
intake-field-house-number-addition = Addition
intake-field-house-number-addition-description = For example A or 2 hoog.
intake-field-postcode = Postcode
intake-field-postcode-description = For example 6811 AB.
intake-field-woonplaats = Place of residence
intake-field-phone = Phone number
intake-field-phone-description = For example 06 12345678. From abroad with + and the country code, for example +48 601 234 567.
intake-field-email = E-mail address

# Step 3: identity and residence
intake-legend-id-document = Identity document
intake-id-document-hint = Fill this in if you have seen the identity document. Otherwise leave it empty.
intake-field-id-document-kind = Kind of document
intake-field-id-document-number = Document number
intake-field-id-document-expires-on = Valid until
intake-field-nationality = Nationality
intake-field-marital-status = Marital status
intake-legend-verblijfstitel = Residence permit
intake-verblijfstitel-hint = Only fill this in if the resident has a residence permit.
intake-field-verblijfstitel-kind = Kind of residence permit
intake-field-verblijfstitel-kind-description = As written on the card, for example: regulier bepaalde tijd.
intake-field-verblijfstitel-expires-on = Valid until

# Step 4: housing
intake-field-housing-kind = Housing situation
intake-field-monthly-rent = Rent per month
intake-field-monthly-rent-description = Amount in euros, for example 1.234,56.
intake-field-landlord = Landlord

# Step 5: language, education and work experience
intake-legend-languages = Languages
intake-languages-empty = No languages entered yet.
intake-language-row = Language { $n }
intake-language-add = Add language
intake-language-remove = Remove language { $n }
intake-field-language = Language
intake-field-language-level = Level
intake-legend-education = Education
intake-education-empty = No education entered yet.
intake-education-row = Education { $n }
intake-education-add = Add education
intake-education-remove = Remove education { $n }
intake-field-education-name = Name of the education
intake-field-education-institution = School
intake-field-education-level = Level
intake-field-education-level-description = For example: mbo 2.
intake-field-education-diploma = Diploma obtained
intake-field-education-year = Year completed
intake-legend-work-experience = Work experience
intake-work-empty = No work experience entered yet.
intake-work-row = Job { $n }
intake-work-add = Add job
intake-work-remove = Remove job { $n }
intake-field-work-occupation = Occupation
intake-field-work-employer = Employer
intake-field-work-from = From
intake-field-work-until = Until
intake-field-work-description = What did the resident do?

# Step 6: availability and obstacles
intake-field-hours-per-week = Hours per week
intake-field-hours-per-week-description = How many hours a week can the resident work? From 0 to 60.
intake-field-days = Days the resident can work
intake-field-available-from = Available from
intake-field-availability-notes = Notes on availability
intake-legend-obstacles = Obstacles
intake-obstacles-empty = No obstacles entered yet.
intake-obstacle-row = Obstacle { $n }
intake-obstacle-add = Add obstacle
intake-obstacle-remove = Remove obstacle { $n }
intake-field-obstacle-kind = Kind of obstacle
intake-field-obstacle-description = Explanation
intake-field-obstacle-description-hint = Do not write health data here. It belongs in the Health step.

# Step 7: motivation and wishes
intake-field-motivation = Motivation
intake-field-motivation-description = Why does the resident want to work? Use the resident's own words where you can.
intake-legend-career-wishes = Career wishes
intake-wishes-empty = No career wishes entered yet.
intake-wish-row = Wish { $n }
intake-wish-add = Add wish
intake-wish-remove = Remove wish { $n }
intake-field-career-wish = Occupation or work

# Step 8: health
intake-health-special-title = Health is special-category data
intake-health-special-text = Health data is extra sensitive (GDPR article 9). Only record it when the guidance to work needs it. Write down why. Only those who really need it can see it, and every view is recorded.
intake-health-record = Record health data
intake-health-record-description = Leave this empty if it is not needed.
intake-field-health-necessity = Why does the guidance need this?
intake-field-health-necessity-description = For example: needed to choose a suitable workplace.
intake-field-health-summary = What is known?
intake-field-health-summary-description = As short as possible. Only what the guidance needs.
intake-field-health-work-limitations = What does this mean for work?
intake-field-health-source = Source
intake-field-health-source-description = Who gave this information? For example: company doctor or the resident.

# Step 9: privacy statement
intake-privacy-intro = Give the resident the privacy statement and explain what the municipality does with the data, why, and how long it is kept.
intake-field-privacy = I gave the privacy statement to the resident and explained it
intake-field-privacy-date = Date explained
intake-field-purposes = Purposes of this traject
intake-field-purposes-description = Guidance to work is always a purpose. Choose the other purposes that are needed now.

# Step 10: check
intake-review-intro = Check that everything is right. Is something wrong? Choose Change for that part.
intake-review-edit = Change
intake-review-edit-label = Change: { $section }
review-address = Address
review-postcode-woonplaats = Postcode and place of residence
review-valid-until = valid until { $date }
review-amount = EUR { $amount }
review-period = from { $from } until { $until }

## Resident file

file-loading-title = File
file-back = Back to residents
file-subtitle = Born on { $date }
file-tabs-label = Parts of the file
file-tab-personal = Personal data
file-tab-traject = Traject
file-tab-reports = Reports
file-tab-plan = Agreements and goals
file-tab-appointments = Calendar
file-tab-health = Health

# Personal data
personal-edit = Change data
personal-edit-title = Change personal data
personal-save = Save changes
personal-cancel = Cancel
personal-saved = The changes have been saved.

# Traject
traject-none = This resident has no traject yet.
traject-current = Current traject
traject-state = State
traject-started-on = Started on
traject-coach = Jobcoach
traject-purposes = Purposes
traject-next-title = Next step
traject-next-intro = Move the traject one step on. You can write down why.
traject-transition-reason = Reason (optional)
traject-to = To: { $state }
traject-end-title = End traject
traject-end-intro = Ending is a decision. It also sets how long the file is kept.
traject-end-open = End traject
traject-end-decision = You take this decision yourself, not the computer. Your name is recorded with it.
traject-end-reason = How did the traject end?
traject-end-reason-description = Ended after guidance: the file is kept 10 years. Refused: 5 years. Aborted: 6 weeks.
traject-ended-on = End date
traject-end-reasoning = Reasoning
traject-end-reasoning-description = Write down why the traject stops.
traject-end-submit = End traject
traject-end-cancel = Cancel
traject-decided-by = Decided by
traject-retention = Kept until { $date }
traject-retention-explained = After that Werkpad destroys the data of this traject, on this laptop and on the server.
traject-history = History
traject-history-empty = The traject has not changed state yet.
traject-history-date = Date
traject-history-step = Step
traject-history-by = By
traject-history-reason = Reason
traject-history-change = From { $from } to { $to }
traject-earlier = Earlier trajecten
traject-earlier-item = From { $from } until { $until }: { $reason }.

# Reports
report-add-title = Add report
report-append-only = Once saved, a report cannot be changed. Write a new report if something needs correcting.
report-kind = Kind of contact
report-text = Report
report-submit = Save report
report-added = The report has been saved.
report-list-title = All reports, newest first
report-empty = There are no reports yet.
report-meta = { $date }, written by { $author }

# Agreements and goals
plan-agreements = Agreements made
plan-agreements-empty = No agreements have been made yet.
plan-agreement-new = New agreement
plan-agreement-edit = Change agreement
plan-goals = Goals
plan-goals-empty = There are no goals yet.
plan-goal-new = New goal
plan-goal-edit = Change goal
plan-description = Description
plan-due-on = Due on
plan-target-date = Reached by
plan-status = Status
plan-actions = Actions
plan-edit = Change
plan-edit-label = Change: { $item }
plan-add = Add
plan-save-changes = Save changes
plan-cancel = Cancel

# Calendar
appointment-empty = There are no appointments in the calendar yet.
appointment-new-title = Plan an appointment
appointment-edit-title = Change appointment
appointment-date = Date
appointment-time = Time
appointment-time-range = { $start } to { $end }
appointment-start = Start time
appointment-end = End time
appointment-subject = Subject
appointment-location = Place
appointment-status = Status
appointment-add = Save appointment
appointment-save-changes = Save changes
appointment-error-time = Enter the time as hh:mm, for example 09:30.

# Health
health-logged-explained = Health data is extra sensitive. You only see it after you choose what you need it for and explain why. Werkpad records every time who looked at the data, when and why.
health-count =
    { $count ->
        [0] No health data has been recorded.
        [one] 1 health note has been recorded.
       *[other] { $count } health notes have been recorded.
    }
health-purpose = What do you need the data for?
health-reason = Why do you want to see the data now?
health-reason-description = For example: I am looking for a workplace where the resident can sit.
health-show = Show health data
health-hide = Hide health data
health-error-purpose = Choose what you need the data for.
health-error-reason = Write down why you want to see the data now.
health-records-title = Health data
health-none = There is no health data.
health-record-meta = Recorded on { $date } by { $author }

## Settings

settings-title = Settings
settings-locale = Language
settings-locale-nl = Nederlands
settings-locale-en = English
settings-autolock = Lock automatically after (minutes)
settings-autolock-description = Werkpad locks when you do nothing for this long. Choose from { $min } to { $max } minutes.
settings-save = Save settings
settings-saved = The settings have been saved.
settings-keyring-title = Where the key is kept
settings-keyring = Key kept in
settings-keyring-keyring = Operating system keyring
settings-keyring-file = Protected file on this laptop
settings-keyring-unknown = Unknown
settings-keyring-keyring-explained = The key to your data is in the operating system's keyring (for example Windows Credential Manager or macOS Keychain). Without your passphrase the key cannot be used.
settings-keyring-file-explained = This laptop has no working keyring. So the key is kept in a protected file on this laptop. Without your passphrase the key cannot be used.

## Sync (issue 4): status bar, server connection, conflicts

# Status bar
sync-online = Online.
sync-offline = Offline — your work is kept and sent later.
sync-not-logged-in = Not connected to the server.
sync-running = Synchronising…
sync-next-attempt = Werkpad will try again at { $time }.
sync-pending =
    { $count ->
        [one] 1 change is waiting to be sent.
       *[other] { $count } changes are waiting to be sent.
    }
sync-pending-age =
    { $count ->
        [one] 1 change has been waiting for { $age }.
       *[other] { $count } changes are waiting, the oldest for { $age }.
    }
sync-pending-none = All changes have been sent.
sync-age-now = less than a minute
sync-age-minutes =
    { $n ->
        [one] 1 minute
       *[other] { $n } minutes
    }
sync-age-hours =
    { $n ->
        [one] 1 hour
       *[other] { $n } hours
    }
sync-age-days =
    { $n ->
        [one] 1 day
       *[other] { $n } days
    }
sync-last = Last synchronised: { $time }.
sync-last-never = Not synchronised yet.
sync-failing-since = This has not worked for { $age }.
sync-rejected =
    { $count ->
        [one] 1 change was not accepted by the server. Ask your team lead what to do.
       *[other] { $count } changes were not accepted by the server. Ask your team lead what to do.
    }
sync-repaired = At the check of { $time }, Werkpad repaired differences with the server.
sync-progress = Fetching data: { $done } of { $total }
sync-progress-unknown = Fetching data: { $done } received
sync-conflicts-link =
    { $count ->
        [one] Resolve 1 conflict
       *[other] Resolve { $count } conflicts
    }
sync-now = Synchronise now
sync-now-needs-login = Connect to the server in Settings first.
sync-now-running = Werkpad is already synchronising.
sync-wiped = The administrator has revoked this laptop. The data on this laptop has been erased.

# Settings: connection to the server
server-title = Connection to the server
server-not-connected = This laptop is not connected to the server. Your work is only on this laptop. When you connect, your changes go to the server and you receive the changes of others.
server-address = Server
server-user = User name
server-connected = Connected to the server. This laptop is registered as your device.
server-disconnected = The connection to the server has been ended. The data on this laptop is kept.
server-logout-explained = If you disconnect, the data stays on this laptop. Changes go to the server again only after you connect again.
server-logout = Disconnect
server-login-device-note = When you connect, Werkpad registers this laptop with the server as your device. Your password is not stored on this laptop. The administrator can revoke this device later.
server-login-url = Server address
server-login-url-description = You get this address from the administrator, for example https://werkpad.uwgemeente.nl.
server-login-user = User name
server-login-password = Password for the server
server-login-submit = Connect

# Conflicts
conflicts-title = Resolve conflicts
conflicts-intro = Sometimes the same item was changed in two places at once: on this laptop or another device, and on the server. Werkpad does not choose by itself. For each item, check which value is right and choose it. Your choice goes to the server with the next synchronisation.
conflicts-count =
    { $count ->
        [one] There is 1 conflict.
       *[other] There are { $count } conflicts.
    }
conflicts-empty = There are no conflicts. Nothing needs to be resolved.
conflicts-resolved = Your choice has been saved. Werkpad sends it to the server with the next synchronisation.
conflicts-resident-unknown = A resident who is not on this laptop
conflicts-what = Item: { $field } ({ $record })
conflicts-mine = Your value
conflicts-theirs = Value on the server
conflicts-created-at = Conflict found on
conflicts-keep-mine = Keep my value
conflicts-keep-theirs = Keep the server's value
conflicts-edit = Edit
conflicts-edit-label = New value for { $field }
conflicts-edit-description = You start from your own value. Leave the field empty to clear the item.
conflicts-edit-save = Save this value
conflicts-edit-cancel = Cancel
conflicts-other-device = Value from another device
conflicts-keep-other-device = Keep the other device's value
conflicts-edit-description-server = You start from the value on the server. Leave the field empty to clear the item.
conflicts-health-hidden = This conflict is about health data. You see the values only after you choose what you need them for and explain why. Werkpad records who looked at them, when and why.
conflicts-health-show = Show the values
sync-value-empty = (empty)

# Names of items in a conflict
sync-field-name = Name
sync-field-birth-date = Date of birth
sync-field-gender = Gender
sync-field-bsn = BSN
sync-field-address = Address
sync-field-phone = Phone number
sync-field-email = Email address
sync-field-id-document = Identity document
sync-field-marital-status = Marital status
sync-field-nationality = Nationality
sync-field-verblijfstitel = Residence permit
sync-field-housing = Housing
sync-field-languages = Languages
sync-field-education = Education
sync-field-work-experience = Work experience
sync-field-availability = Availability
sync-field-obstacles = Obstacles
sync-field-motivation = Motivation
sync-field-career-wishes = Career wishes
sync-field-privacy-explained-on = Date the privacy statement was explained
sync-field-state = State of the traject
sync-field-purposes = Purposes
sync-field-coach = Job coach
sync-field-started-on = Started on
sync-field-end = End of the traject
sync-field-description = Description
sync-field-made-on = Made on
sync-field-due-on = Due on
sync-field-target-date = Reached by
sync-field-status = Status
sync-field-starts-at = Start time
sync-field-ends-at = End time
sync-field-location = Location
sync-field-subject = Subject
sync-field-necessity = Why it is needed
sync-field-summary = What is known
sync-field-work-limitations = What it means for work
sync-field-source = Source

## Verklaringen

file-tab-statements = Statements
statements-print-folder = Werkpad puts PDF files in a private folder of its own. They are removed when Werkpad locks or closes. Want to keep a file? Choose ‘Save as…’.

# Verklaring 56+: facts and advice
statements-v56-title = Verklaring 56+
statements-v56-intro = Does an employer hire a resident aged 56 or older who has a municipal benefit? Then the employer can get a wage cost benefit. Fill in the details of the job and choose ‘Check’. Werkpad then gives advice. You decide.
statements-employer = Employer
statements-employer-name = Employer name
statements-loonheffingennummer = Payroll tax number (loonheffingennummer)
statements-loonheffingennummer-description = 9 digits, the letter L and 2 digits. For example: 123456782L01.
statements-street = Street
statements-house-number = House number
statements-house-number-addition = Addition
statements-postcode = Postcode
statements-woonplaats = Town
statements-employment = Employment
statements-start-date = Start date of the employment
statements-request-date = Date of the request
statements-benefit = Municipal benefit in the month before the start
statements-benefit-none = No municipal benefit
statements-same-employer = Did the resident already work for this employer in the 6 months before the start?
statements-job-kind = Kind of job
statements-check = Check
statements-error-benefit = Choose a benefit. Did the resident have no municipal benefit? Then choose ‘No municipal benefit’.
statements-advice-title = Advice (you decide)
statements-advice-eligible = According to the advice, all conditions are met.
statements-advice-not-eligible = According to the advice, not all conditions are met.
statements-check-met-symbol = ✓
statements-check-unmet-symbol = ✗
statements-check-met = Met.
statements-check-unmet = Not met.

# Verklaring 56+: decision
statements-decision-title = Decision
statements-decision-by-coach = You, { $coach }, make the decision, not the software. Werkpad only gives advice. Your name is recorded with the decision.
statements-decision-by-you = You make the decision, not the software. Werkpad only gives advice. Your name is recorded with the decision.
statements-outcome = Your decision
statements-outcome-granted = Grant
statements-outcome-refused = Refuse
statements-differs-granted = Please note: according to the advice, not all conditions are met. Explain in the reasoning why you grant it anyway.
statements-differs-refused = Please note: according to the advice, all conditions are met. Explain in the reasoning why you refuse anyway.
statements-reasoning = Reasoning
statements-reasoning-description = Write down why you decide this way.
statements-decide = Record decision
statements-decided = The decision has been recorded. You can find it below under ‘Decisions’.
statements-error-outcome = Choose whether you grant or refuse the statement.
statements-error-reasoning = Write down why you decide this way.
statements-decided-on-today = Date of decision (today)

# Decisions
statements-decisions-title = Decisions
statements-decisions-empty = There are no decisions about a verklaring 56+ yet.
statements-decision-heading = { $outcome }: { $employer }
statements-decided-on = Date of decision
statements-decided-by = Decided by
statements-issue-recipients = Copies
statements-issue-to-uwv = Copy to UWV
statements-issue-to-employer = Also to the employer
statements-issue = Print statement

# Issued statements and shared with
statements-issued-title = Issued statements
statements-issued-empty = No statements have been issued yet.
statements-col-date = Date
statements-col-kind = Kind
statements-col-reference = Reference
statements-col-issued-by = Issued by
statements-col-actions = Actions
statements-reprint = Copy
statements-reprint-label = Copy of { $reference }
statements-disclosures-title = Shared with
statements-disclosures-intro = Does the resident's data go to another party? Then it is listed here: to whom, what for and which data.
statements-disclosures-empty = No data has been shared with other parties yet.
statements-col-recipient = Recipient
statements-col-purpose = Purpose
statements-col-categories = Data

# Other documents
statements-other-title = Other documents
statements-other-intro = Make a document to print or save.
statements-other-inzage-json = The access export makes a PDF and also a JSON file with all data. The resident can open that file in another program.
statements-other-intake = Intake report
statements-other-plan = Plan of action
statements-other-inzage = Access export (GDPR)
statements-other-privacy = Privacy statement

# Printing and saving
statements-print-ready = Done: { $file }
statements-print-open = Open and print
statements-print-save = Save as…
statements-print-save-json = Save JSON file as…
statements-print-saved = Saved in { $path }

rights-title = Requests about data
rights-intro = A resident may ask to correct or complete data, to erase it or to use it less. A resident may also object to its use. You answer within one month. A staff member decides, not Werkpad.
rights-none = There are no requests.
rights-add = Record a request
rights-kind = What does the resident ask?
rights-received-on = Received on
rights-summary = What exactly does the resident ask?
rights-save = Save the request
rights-cancel = Cancel
rights-received = Received on { $date }
rights-due = Answer by { $date }
rights-overdue = The deadline has passed.
rights-decide = Answer
rights-outcome = Decision
rights-decided-on = Decided on
rights-reasoning = Explanation for the resident
rights-decide-save = Save the decision
rights-decided = { $outcome } on { $date } by { $name }

## Emergency access: a file outside the own caseload
emergency-entry-intro = Is the resident not in your caseload, and do you really need the file now?
emergency-entry = Ask for emergency access
emergency-title = Emergency access to a file
emergency-intro = Are you standing in for a colleague, or is something urgent? Then you can open the file of a resident outside your caseload for a short time. This works only with a connection to the server.
emergency-rules = Your team lead is told, with your explanation. Everything you do in the file is logged. After 24 hours the file leaves this laptop by itself.
emergency-bsn = The resident's BSN
emergency-reason = Why do you need the file?
emergency-explanation = Explanation for your team lead
emergency-explanation-description = For example: "Anna is ill. At 10:00 I take the resident to the employer."
emergency-submit = Ask for emergency access and open the file
emergency-running = Files you hold by emergency access now
emergency-running-item = Open the file (access until { $until })
emergency-notices = Emergency access by coaches, last 30 days
emergency-notice = { $coach } on { $at }, until { $until }: { $reason }
emergency-banner = You hold this file by emergency access, until { $until }. Then it leaves this laptop.

## Forgotten passphrase, lost key, passphrase change (issue 21)
unlock-forgot = Forgot your passphrase?
unlock-key-missing = Key lost: recover or start again
recovery-title = Getting back to your data
recovery-intro = You forgot your passphrase. There are two ways to go on. Choose what suits you.
recovery-intro-key-missing = The key of your data is no longer on this laptop. This happens, for example, when IT cleared the keyring. There are two ways to go on.
recovery-code-title = Recover with a recovery code
recovery-code-explained = Your data has a recovery copy that only the helpdesk can open. Give this file to the helpdesk. You then get a recovery code. With it you open your data and choose a new passphrase. Nothing is lost.
recovery-code = Recovery code
recovery-code-description = Type the code as you received it. Dashes and spaces are fine.
recovery-code-needed = Fill in the recovery code.
recovery-new-passphrase = New passphrase
recovery-submit = Recover
recovery-reset-title = Start again
recovery-unsent = { $count ->
    [one] 1 change has not reached the server yet (counted on { $when }). It is lost if you start again.
   *[other] { $count } changes have not reached the server yet (counted on { $when }). They are lost if you start again.
}
recovery-unsent-none = All your changes are on the server. Nothing is lost if you start again.
recovery-unsent-unknown = It is not known whether all changes are on the server. What was not sent is lost if you start again.
recovery-reset-explained = Starting again clears the data on this laptop. Then you choose a new passphrase, log in to the server and fetch your files again.
recovery-reset-confirm = { $count ->
    [one] I understand that 1 change is lost
   *[other] I understand that { $count } changes are lost
}
recovery-reset-confirm-needed = Tick the box first, so you know for sure what is lost.
recovery-reset-submit = Clear the data on this laptop and start again
recovery-back = Back to unlock
passphrase-change-title = Change passphrase
passphrase-change-explained = Changing it also gives your data a new key. An old copy of the key no longer works afterwards, not even with the old passphrase.
passphrase-change-old = Current passphrase
passphrase-change-new = New passphrase
passphrase-change-repeat = New passphrase again
passphrase-change-mismatch = The two new passphrases are not the same.
passphrase-change-submit = Change passphrase
passphrase-change-done = Your passphrase has been changed. Your data has a new key.
caseload-reassess-due = Loonwaarde re-assessment: { $date }
caseload-answer-due = Answer due: { $date }
