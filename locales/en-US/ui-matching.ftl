# Screens for finding work and placing residents (issue 6): employers, workplaces, the
# search profile, matching workplaces and placements. A match is advice; the coach decides.

## General
matching-cancel = Cancel
nav-employers = Employers

## Employers
employers-title = Employers
employers-intro = Employers and their workplaces belong to the whole team. Every job coach sees them and can change them.
employers-count =
    { $count ->
        [0] No employers yet
        [one] 1 employer
       *[other] { $count } employers
    }
employers-empty = There are no employers on this laptop yet. Add an employer or import a CSV file.
employers-caption = Employers
employers-col-name = Name
employers-col-place = Place
employers-col-workplaces = Number of workplaces
employer-new = New employer
employer-new-title = New employer
employer-add = Save employer
employer-save-changes = Save changes
employer-back = Back to employers
employer-loading-title = Employer
employer-facts-title = Employer details
employer-edit = Change employer
employer-edit-title = Change employer
employer-field-name = Employer name
employer-field-kvk = KvK number
employer-field-kvk-description = 8 digits. Optional.
employer-field-loonheffingennummer = Payroll tax number (loonheffingennummer)
employer-field-loonheffingennummer-description = For example 123456782L01. Needed for a verklaring 56+. Optional.
employer-address = Address
employer-field-street = Street
employer-field-house-number = House number
employer-field-house-number-addition = Addition
employer-field-postcode = Postcode
employer-field-woonplaats = Place
employer-contacts = Contact persons
employer-contacts-empty = No contact persons yet.
employer-contact-row = Contact person { $n }
employer-contact-add = Add contact person
employer-contact-remove = Remove contact person { $n }
employer-contact-name = Name
employer-contact-role = Role
employer-contact-phone = Phone number
employer-contact-email = Email address
employer-field-notes = Notes
employer-field-notes-description = For example: whom to ask for at reception. Do not write residents' data here.

## Workplaces
workplaces-title = Workplaces
workplaces-empty = This employer has no workplaces yet.
workplace-new = New workplace
workplace-new-title = New workplace
workplace-add = Save workplace
workplace-save-changes = Save changes
workplace-edit = Change
workplace-edit-label = Change workplace { $title }
workplace-edit-title = Change workplace { $title }
workplace-candidates = Candidates
workplace-candidates-label = Candidates for { $title }
workplace-hours = { $hours } hours a week
workplace-occupation = Occupation: { $label }
workplace-no-occupation = No occupation chosen yet
workplace-days = Working days: { $days }
workplace-days-flexible = No fixed working days
workplace-demand = Physical: { $physical }. Mental: { $mental }.
workplace-support = Support: { $support }
workplace-open =
    { $places ->
        [one] Open, 1 place
       *[other] Open, { $places } places
    }
workplace-closed = Closed: the employer is not looking for anyone now
workplace-start = Starts on { $date }
workplace-field-title = Name of the workplace
workplace-field-title-description = As the employer calls the job, for example Warehouse worker.
workplace-field-kind = Kind of workplace
workplace-field-occupation = Occupation
workplace-field-occupation-description = The occupation helps to find residents who fit. Optional.
workplace-field-tasks = Tasks
workplace-field-hours = Hours a week
workplace-field-days = Working days
workplace-field-days-description = Choose no days when the working days are not fixed.
workplace-field-postcode = Postcode of the workplace
workplace-field-place = Place of the workplace
workplace-field-physical = Physical work
workplace-field-mental = Mental load
workplace-field-support = Support the workplace offers
workplace-field-dutch = Level of Dutch needed
workplace-field-dutch-none = No requirement
workplace-field-start = First working day
workplace-field-places = Number of places
workplace-field-places-description = How many people can work here. Empty means 1.
workplace-field-open = Open for candidates
workplace-field-open-description = Untick this when the employer is not looking for anyone now.

## Occupation search
occupation-search = Search an occupation
occupation-search-other = Search another occupation
occupation-search-description = Type part of the name, for example forklift. You also see other names for the same occupation.
occupation-search-short = Type at least { $min } letters.
occupation-search-count =
    { $count ->
        [one] 1 occupation found
       *[other] { $count } occupations found
    }
occupation-search-none = No occupation found. Are the occupations on this laptop yet? See Settings, Reference data.
occupation-search-failed = The search did not work. Please try again.
occupation-hits-label = Occupations found
occupation-synonym = (also: { $synonym })
occupation-group = (occupation group { $group })
occupation-picked = { $label } chosen.
occupation-none-chosen = No occupation chosen yet.
occupation-none-chosen-multiple = No occupations chosen yet.
occupation-remove = Remove
occupation-remove-label = Remove { $label }

## Import from CSV
csv-title = Import from CSV
csv-intro = Does your team keep its employers and workplaces in a spreadsheet? Save it as a CSV file and import it here. Werkpad stores everything, or nothing when there is an error.
csv-columns = Columns: werkgever and werkplek (required), kvk, loonheffingennummer, straat, huisnummer, toevoeging, werkgever_postcode, werkgever_plaats, soort, beroep, taken, uren, dagen, postcode, plaats, fysiek, mentaal, ondersteuning, taalniveau, startdatum, plaatsen.
csv-file = CSV file
csv-file-description = A file with one line per workplace. The first line holds the column names.
csv-file-missing = Choose a file first.
csv-import = Import
csv-imported =
    Done. { $employers ->
        [one] 1 new employer
       *[other] { $employers } new employers
    } and { $workplaces ->
        [one] 1 workplace
       *[other] { $workplaces } workplaces
    } stored.
csv-errors-title =
    { $count ->
        [one] 1 line has an error
       *[other] { $count } lines have an error
    }
csv-errors-nothing-stored = Nothing was stored. Correct these lines in the file and import it again.
csv-line = Line { $line }
csv-column-error = Column { $column }: { $message }
csv-line-unreadable = This line cannot be read. Check the number of columns and the quotation marks.

## Candidates for a workplace
candidates-title = Candidates for { $title }
candidates-loading-title = Candidates
candidates-subtitle = { $employer }, { $place }
candidates-back = Back to { $employer }
candidates-empty = There are no residents on this laptop yet.
candidate-open-label = Open the file of { $name }

## Matches: score and reasons
match-advice-note = This is advice from the computer. You, the job coach, decide whether a workplace fits.
match-basis-no-postcodes = There are no postcode areas on this laptop yet, so travel distance does not count yet. The data arrives with the synchronisation with the server.
match-basis-no-profile = This resident has no search profile yet. Fill in the search profile for better advice.
match-basis-workplaces =
    { $count ->
        [one] 1 workplace considered.
       *[other] { $count } workplaces considered.
    }
match-basis-residents =
    { $count ->
        [one] 1 resident considered.
       *[other] { $count } residents considered.
    }
match-score = Score: { $score } out of 100
match-distance = Distance: { NUMBER($km, maximumFractionDigits: 1) } km
match-distance-unknown = Distance: not known
match-reasons-label = Reasons
match-reason-head = { $effect }, { $component }:
match-reason-head-plain = { $effect }:
match-reason-points = ({ $points } of { $max } points)
match-symbol-plus = +
match-symbol-minus = −
match-symbol-neutral = i
match-symbol-exclusion = ✕
match-fitting-label = Fitting, best first
match-none-fitting = No workplace fits now.
match-excluded-title = Not fitting (with reason)
match-excluded-intro = These workplaces do not fit now. The reason is given. You can decide otherwise.
match-none-fitting-residents = No candidate fits now.
match-excluded-intro-residents = These residents do not fit the workplace now. The reason is given. You can decide otherwise.
match-place = Place
match-place-label = Place: { $title } at { $employer }

## Work tab in the resident's file
file-tab-work = Work
work-intro = Find suitable work for the resident. Werkpad advises. You decide.
profile-title = Search profile
profile-intro = What does the resident want, and what can the resident handle at work? Do not write diagnoses here. They belong under Health.
profile-edit = Change search profile
profile-save = Save search profile
profile-saved = The search profile has been saved. The matching workplaces below have been updated.
profile-wished = Wished occupations
profile-wished-description = What work would the resident like to do?
profile-experience = Work experience
profile-experience-description = What work has the resident done before?
profile-indication = Indication from UWV
profile-indication-none = No indication
profile-physical = Physical work the resident can handle now
profile-physical-description = As you see it at work, for example light work.
profile-mental = Mental load the resident can handle now
profile-mental-description = For example: how much pressure and change the resident can handle.
profile-support = Support the resident needs at work
profile-max-km = How far can or will the resident travel? (km)
profile-max-km-description = A whole number from 1 to { $max }. Empty means no limit.
profile-max-km-none = No limit
profile-max-km-value = { $km } km
profile-overrides = Travel time to a workplace
profile-overrides-empty = Do you know the real travel time to a workplace, for example because there is no bus? Enter it here. It then counts instead of the distance.
profile-overrides-count =
    { $count ->
        [one] 1 travel time entered
       *[other] { $count } travel times entered
    }
profile-override-row = Travel time { $n }
profile-override-add = Add travel time
profile-override-remove = Remove travel time { $n }
profile-override-workplace = Workplace
profile-override-minutes = Travel time one way (minutes)
profile-override-option = { $title }, { $employer } ({ $place })

## Matching workplaces
matches-title = Matching workplaces
matches-empty = There are no workplaces on this laptop yet. Add them under Employers.
matches-item-title = { $title } at { $employer }
matches-item-details = { $kind }, { $hours } hours a week, { $place }
matches-replacing = You are looking for a new placement after { $workplace } at { $employer }. The new placement replaces that placement.
matches-replacing-stop = Stop looking for a replacement

## Placing
placement-form-title = Place: { $title } at { $employer }
placement-decided-by-coach = You record this decision in the name of { $coach }. The computer does not decide.
placement-decided-by-you = You record this decision in your own name. The computer does not decide.
placement-replaces = This placement replaces { $workplace } at { $employer }.
placement-field-start = First working day
placement-field-hours = Hours a week
placement-field-contract = Kind of contract
placement-field-job-coaching = Job coaching at the workplace
placement-field-job-coaching-description = A job coach guides the resident at work.
placement-field-follow-up = Contact after how many weeks
placement-field-follow-up-description = Every how many weeks you contact the employer or the resident. From 1 to 26.
placement-field-decided-on = Date of the decision
placement-field-decided-on-description = Empty means today. Write the date as dd-mm-yyyy.
placement-field-reasoning = Why this workplace?
placement-field-reasoning-description = Write in your own words why you choose this workplace.
placement-save = Record placement
placement-placed = The placement has been recorded. You see it below under Placements. If needed, also set the traject to placed.

## Placements
placements-title = Placements
placements-empty = This resident has no placements yet.
placement-title = { $workplace } at { $employer }
placement-unknown-workplace = Workplace (not on this laptop)
placement-unknown-employer = unknown employer
placement-end = End
placement-running = Still running
placement-ended-on = Last working day { $date }
placement-decision = Decision
placement-decision-by = Decided by { $coach } on { $date }
placement-next-follow-up = Next contact
placement-follow-up-none = No more contact planned
placement-overdue = overdue
placement-overdue-symbol = !
contacts-title = Contacts after the placement
contacts-empty = No contacts yet.
contact-line = { $date }, { $with }, by { $coach }:
contact-add = Add contact
contact-form-title = Add contact
contact-field-on = Date of the contact
contact-field-with = With whom
contact-field-notes = What was discussed?
contact-save = Save contact
placement-end-open = End placement
placement-end-title = End placement
placement-end-field-on = Last working day
placement-end-field-reason = Reason
placement-end-field-explanation = Explanation
placement-end-field-explanation-description = Required for Other reason. Do not write medical data here.
placement-end-field-replacement = New placement needed?
placement-end-field-replacement-description = Do you need to find a new workplace for the resident?
placement-end-save = End placement
placement-replace-offer = This placement has ended. You said the resident needs a new workplace.
placement-replace = Look for a new placement

## Settings: reference data
reference-title = Reference data
reference-intro = Werkpad uses lists of occupations and postcode areas to find work. Here you see which version is on this laptop. New versions arrive with the synchronisation with the server.
reference-empty = There is no reference data on this laptop yet. Finding work still works, but without travel distance and without searching occupations.
reference-caption = Versions of the reference data
reference-col-dataset = Data
reference-col-version = Version
reference-col-imported-at = Prepared on
reference-col-records = Count
reference-records =
    { $count ->
        [one] 1 record
       *[other] { $count } records
    }
reference-dataset-esco-occupations = Occupations (ESCO)
reference-dataset-isco-groups = Occupation groups (ISCO-08)
reference-dataset-pc4 = Postcode areas
workplace-field-qualifications = Diplomas or certificates asked for
workplace-field-qualifications-description = For example: VCA Basis; Heftruckcertificaat. Put a ; between two names.
match-qualifications = Asked for
match-qualification-held = { $label }: has it (training passed)
match-qualification-missing = { $label }: not passed yet
