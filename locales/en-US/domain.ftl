# Labels of the choice lists in crates/domain (the message_id of each value).

## Purposes from the privacy statement

purpose-guidance = Guidance to (paid) work
purpose-loonwaarde = Determining wage value and the need for job coaching
purpose-employer-subsidy = Subsidies to employers
purpose-jobcoach-subsidy = Subsidies to job-coach organisations
purpose-matching = Finding suitable work and lasting placement
purpose-life-domain-support = Help or referral for other problems, such as money or housing
purpose-work-preparation = Preparing for paid work
purpose-uwv-request = Request to UWV
purpose-job-retention = Staying at work and re-placement when needed
purpose-medical-examination = Requesting a medical examination
purpose-verzuim = Absence control
purpose-verklaring-56-plus = 56+ declaration for employers
purpose-management-reports = Management reports
purpose-research = Scientific research and statistics
purpose-satisfaction-survey = Customer-satisfaction survey

## Categories of personal data

category-name = Name
category-address = Address
category-woonplaats = Place of residence
category-gender = Gender
category-bsn = BSN
category-phone = Phone number
category-email = E-mail address
category-id-document-number = ID document number
category-marital-status = Marital status
category-nationality = Nationality
category-verblijfstitel = Residence permit
category-housing = Housing and rent
category-language-education-experience = Language, education and work experience
category-availability-obstacles = Availability for work and obstacles
category-motivation-career-wishes = Motivation and career wishes
category-support = Reports, agreements and goals
category-assessments = Assessments, warnings and measures
category-health = Health
category-loonwaarde = Wage-value assessment

## Recipients of data

recipient-possible-employer = Possible employer
recipient-social-service-provider = Social service provider
recipient-debt-counsellor = Debt counsellor
recipient-uwv = UWV
recipient-svb = SVB (Social Insurance Bank)
recipient-guidance-provider = Arbeidsontwikkelbedrijf or other guidance organisation
recipient-werkgeversservicepunt = Employer service point
recipient-research-agency = Research agency
recipient-jobcoach-organisation = Job-coach organisation
recipient-verzuim-controller = Absence controller
recipient-connectie = De Connectie

## Traject

traject-state-aangemeld = Registered
traject-state-intake = Intake
traject-state-actief = Active
traject-state-geplaatst = Placed
traject-state-nazorg = Aftercare
traject-state-ended = Ended
end-reason-beeindigd = Ended after guidance
end-reason-geweigerd = Guidance refused
end-reason-afgebroken = Guidance aborted

## Resident

gender-male = Male
gender-female = Female
gender-other = Other
gender-unknown = Unknown
id-document-kind-passport = Passport
id-document-kind-identity-card = Identity card
id-document-kind-driving-licence = Driving licence
id-document-kind-residence-document = Residence document
marital-status-unmarried = Unmarried
marital-status-married = Married
marital-status-registered-partnership = Registered partnership
marital-status-divorced = Divorced
marital-status-widowed = Widowed
housing-kind-rent = Rented home
housing-kind-owner = Owner-occupied home
housing-kind-living-in = Living in with others
housing-kind-shelter = Shelter
housing-kind-homeless = No fixed home
housing-kind-other = Other
language-level-native = Native language
language-level-a1 = A1 (beginner)
language-level-a2 = A2
language-level-b1 = B1
language-level-b2 = B2
language-level-c1 = C1
language-level-c2 = C2 (very good)
obstacle-kind-transport = Transport
obstacle-kind-childcare = Childcare
obstacle-kind-language = Language
obstacle-kind-debts = Debts
obstacle-kind-care-tasks = Caring for others
obstacle-kind-housing = Housing situation
obstacle-kind-other = Other
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday

## Support

report-kind-conversation = Conversation
report-kind-phone = Phone call
report-kind-workplace-visit = Workplace visit
report-kind-home-visit = Home visit
report-kind-other = Other
agreement-status-open = Open
agreement-status-kept = Kept
agreement-status-not-kept = Not kept
agreement-status-cancelled = Cancelled
goal-status-open = Open
goal-status-achieved = Achieved
goal-status-not-achieved = Not achieved
goal-status-dropped = Dropped
appointment-status-planned = Planned
appointment-status-held = Held
appointment-status-no-show = Did not show up
appointment-status-cancelled = Cancelled
assessment-kind-beoordeling = Assessment
assessment-kind-waarschuwing = Warning
assessment-kind-maatregel = Measure

## Kinds of data in Werkpad

entity-resident = Resident
entity-traject = Traject
entity-report = Report
entity-agreement = Agreement
entity-goal = Goal
entity-appointment = Appointment
entity-health-record = Health data
entity-assessment = Assessment, warning or measure

## Verklaring 56+ (target group declaration, LKV older employee)

entity-verklaring56-decision = Decision on a 56+ declaration
entity-issued-statement = Issued statement
entity-disclosure = Disclosure to another party
entity-employer = Employer
entity-workplace = Workplace
entity-placement = Placement
entity-placement-contact = Follow-up contact for a placement
entity-match-profile = Job search profile
entity-occupation = Occupation
entity-isco-group = Occupation group
entity-pc4-area = Postcode area
entity-reference-release = Reference data release
benefit-participatiewet = Social assistance (Participatiewet)
benefit-ioaw = IOAW benefit
benefit-ioaz = IOAZ benefit
benefit-bbz = Bbz benefit
job-kind-regular = Regular job, insured for employee insurances
job-kind-wsw = Sheltered employment (Wsw)
job-kind-beschut-werk = Beschut werk (sheltered work)
lkv56-rule-version = The scheme applies to this start date
lkv56-rule-age = 56 or older on the start date
lkv56-rule-aow = Below state pension (AOW) age on the start date
lkv56-rule-benefit = Municipal benefit in the month before the start
lkv56-rule-new-employer = Not with the same employer in the 6 months before
lkv56-rule-regular-job = Regular job, not Wsw or beschut werk
lkv56-rule-request-in-time = Requested within 3 months after the start
decision-granted = Granted
decision-refused = Refused
statement-verklaring-56-plus = 56+ declaration
statement-intake-report = Intake report
statement-plan-van-aanpak = Action plan
statement-inzage = Access to personal data (GDPR)
statement-loonwaarde-report = Wage value assessment report
statement-lks-beschikking = Wage cost subsidy decision
statement-uwv-request = Request to UWV
statement-verzuim-warning = Warning after absence

## Roles on the server
role-jobcoach = Job coach
role-teamleider = Team lead
role-functioneel-beheerder = Application administrator
role-beleid-statistiek = Policy and statistics

## Job matching and placement
workplace-kind-regulier = Regular workplace
workplace-kind-beschut = Sheltered work (beschut werk)
workplace-kind-aangepast = Adapted workplace
workplace-kind-leerwerkplek = Learn-work place
demand-level-licht = Light
demand-level-middel = Moderate
demand-level-zwaar = Heavy
support-kind-jobcoach-on-site = Job coach at the workplace
support-kind-adjusted-hours = Adjusted working hours
support-kind-quiet-workspace = Quiet workspace
support-kind-adapted-equipment = Adapted tools or equipment
support-kind-buddy = A colleague as buddy
support-kind-accessible-building = Accessible building
support-kind-extra-instruction = Extra instruction and guidance
indication-beschut-werk = Indication for sheltered work (beschut werk)
indication-banenafspraak = Indication for the jobs agreement (banenafspraak)
contract-kind-arbeidsovereenkomst = Employment contract
contract-kind-proefplaatsing = Trial placement
contract-kind-detachering = Secondment
contract-kind-leerwerkplek = Learn-work place
contract-kind-beschut-dienstverband = Employment in sheltered work
contract-kind-participatieplek = Participation place
placement-end-reason-contract-ended = Contract ended
placement-end-reason-resident-quit = Resident stopped
placement-end-reason-dismissed = Dismissed by the employer
placement-end-reason-not-suitable = Work did not suit
placement-end-reason-health = Health
placement-end-reason-doorstroom-regulier = Moved on to a regular job
placement-end-reason-other = Other reason
contact-party-employer = Employer
contact-party-resident = Resident
contact-party-both = Employer and resident together
match-effect-plus = In favour
match-effect-minus = Against
match-effect-neutral = Good to know
match-effect-exclusion = Does not fit now
match-component-occupation = Occupation
match-component-hours = Hours
match-component-travel = Travel
match-component-days = Working days
match-component-support = Support
match-component-physical = Physical work
match-component-mental = Mental load
match-component-dutch = Dutch
match-component-kind = Kind of workplace

entity-rights-request = Request about data
rights-kind-rectification = Correct or complete data
rights-kind-erasure = Erase data
rights-kind-restriction = Restrict the use of data
rights-kind-objection = Object to the use of data
rights-outcome-granted = Granted
rights-outcome-partly-granted = Partly granted
rights-outcome-refused = Refused

## Emergency access (break-the-glass): why a coach opens a file outside her caseload
emergency-reason-stand-in = I stand in for an absent colleague
emergency-reason-urgent = Something urgent is going on with the resident
emergency-reason-hand-over = The file is being handed over to me

# Loonwaarde, wage cost subsidy and job coaching
entity-loonwaarde = Loonwaarde assessment
entity-lks-decision = Wage cost subsidy decision
entity-lks-payment = Wage cost subsidy payment
entity-jobcoach-subsidy = Job coaching subsidy
entity-jobcoach-organisation = Jobcoach organisation
assessor-kind-staff = The municipality's loonwaarde assessor
assessor-kind-research-agency = Research agency
coaching-intensity-light = Light (a few times a month)
coaching-intensity-regular = Regular (every week)
coaching-intensity-intensive = Intensive (several times a week)
lks-outcome-granted = Granted
lks-outcome-refused = Refused

## Requests to other parties (issue 23)
entity-uwv-request = Request to UWV
entity-medical-examination = Medical examination
entity-referral = Referral
entity-attachment = Attachment
entity-verzuim = Absence
entity-leerwerkplek = Work-based learning place
entity-training = Training
request-status-drafted = Draft
request-status-sent = Sent
request-status-answered = Answer received
request-status-closed = Closed
request-status-withdrawn = Withdrawn
request-step-send = Send
request-step-answer = Record the answer
request-step-close = Close
request-step-withdraw = Withdraw
consent-form-written = Signed on paper
consent-form-spoken = Said in a conversation
consent-form-digital = Through the digital form
media-type-pdf = PDF
media-type-png = PNG image
media-type-jpeg = JPEG (photo or scan)
attachment-kind-medical-report = Medical report
attachment-kind-psychological-report = Psychological report
attachment-kind-school-report = School or internship report
attachment-kind-jobcoach-report = Job coach's report
attachment-kind-cv = CV
attachment-kind-other = Other
uwv-kind-beschut-werk = Assessment of work capacity: advice on sheltered work
uwv-kind-banenafspraak = Indication for the jobs agreement
uwv-kind-wajong = Assessment of work capacity: Wajong
banenafspraak-route-uwv = UWV assesses
banenafspraak-route-praktijkroute = The municipality's practice route (wage value below 100 %)
criterion-view-yes = Yes
criterion-view-no = No
criterion-view-unsure = Not sure
uwv-outcome-positive = Positive
uwv-outcome-negative = Negative
examination-kind-medical = Medical examination
examination-kind-arbeidsdeskundig = Labour expert examination
examination-kind-psychological = Psychological examination
life-domain-schuldhulpverlening = Debt counselling
life-domain-maatschappelijk-werk = Social work
life-domain-wijkteam = Neighbourhood team
life-domain-housing = Housing
referral-progress-accepted = Accepted
referral-progress-declined = Declined
referral-progress-started = Help started
referral-progress-ended = Help ended
absence-place-workplace = At the workplace
absence-place-programme = At the programme
absence-source-no-show = Missed an appointment
absence-source-employer = Reported by the employer
absence-source-provider = Reported by the provider
control-kind-visit = Home visit
control-kind-call = Phone call
control-finding-ill = Ill
control-finding-justified = Absent with a good reason
control-finding-unjustified = Absent without a good reason
control-finding-not-reached = Not reached
verzuim-outcome-no-action = No follow-up
verzuim-outcome-warning = Warning (letter)
verzuim-outcome-measure-proposal = Proposal for a measure to the benefits department
training-result-ongoing = Ongoing
training-result-passed = Passed
training-result-failed = Failed
training-result-stopped = Stopped
survey-question-listens = The jobcoach listens to me well.
survey-question-next-step = I know what my next step is.
survey-question-fitting-help = I get help that suits me.
survey-question-promises-kept = Agreements are kept.
survey-question-recommend = I would recommend the jobcoach to others.
survey-channel-screen = On the laptop
survey-channel-paper = On paper
