# Text of the statements and overviews Werkpad prints (PDF).
# What a resident reads is in plain language.

stmt-page-label = Page {"{"}page{"}"} of {"{"}pages{"}"}
stmt-reference = Reference: { $reference }
stmt-copy-mark = COPY
stmt-copy-note = copy of the declaration of { $date }
stmt-municipality = Municipality of { $name }
stmt-empty = -
stmt-yes = Yes
stmt-no = No
stmt-date-line = Date: { $date }
stmt-date-blank = Date: ____________________
stmt-signature-resident = Signature of the resident
stmt-signature-coach = Signature of the job coach
stmt-signature-college = On behalf of the Municipal Executive
stmt-subject-resident = Data of a resident, guidance to work

pdf-month-1 = January
pdf-month-2 = February
pdf-month-3 = March
pdf-month-4 = April
pdf-month-5 = May
pdf-month-6 = June
pdf-month-7 = July
pdf-month-8 = August
pdf-month-9 = September
pdf-month-10 = October
pdf-month-11 = November
pdf-month-12 = December

## Verklaring 56+

pdf-v56-title = 56+ declaration (target group declaration LKV)
pdf-v56-intro = The Municipal Executive of { $municipality } declares that the employee below belongs to the target group of older employees (56 or older) on the start date of the employment.
pdf-v56-employee = Employee
pdf-v56-employer = Employer
pdf-v56-employment = Employment
pdf-v56-name = Name
pdf-v56-bsn = Citizen service number (BSN)
pdf-v56-birth-date = Date of birth
pdf-v56-employer-name = Name
pdf-v56-loonheffingennummer = Payroll tax number
pdf-v56-address = Address
pdf-v56-start-date = Start date of the employment
pdf-v56-target-group = Target group
pdf-v56-target-group-value = Older employee (56 or older)
pdf-v56-benefit = Municipal benefit
pdf-v56-benefit-value = { $benefit } in { $month }
pdf-v56-decision-date = Decision date
pdf-v56-reference = Reference
pdf-v56-rules = Scheme
pdf-v56-employer-heading = What does the employer do with this declaration?
pdf-v56-employer-text = Keep this declaration with the payroll records and state the wage cost benefit (LKV) in the payroll tax return. UWV receives a copy.

## Intake report

pdf-intake-title = Intake report
pdf-intake-intro = Report of the intake for guidance to work. Health data are not part of this report.
pdf-intake-person = Personal data
pdf-intake-contact = Contact details
pdf-intake-situation = Housing and residence
pdf-intake-background = Language, education and work experience
pdf-intake-availability = Availability and obstacles
pdf-intake-motivation = Motivation and career wishes
pdf-intake-traject = Guidance
pdf-intake-privacy = Privacy statement
pdf-intake-privacy-explained = The privacy statement was given to and explained to the resident on { $date }.
pdf-intake-privacy-not-explained = It has not been recorded yet that the privacy statement was given and explained.
pdf-field-name = Name
pdf-field-birth-date = Date of birth
pdf-field-gender = Gender
pdf-field-bsn = BSN
pdf-field-address = Address
pdf-field-phone = Phone
pdf-field-email = E-mail
pdf-field-id-document = Identity document
pdf-field-marital-status = Marital status
pdf-field-nationality = Nationality
pdf-field-verblijfstitel = Residence permit
pdf-field-housing = Housing
pdf-field-rent = Rent per month
pdf-field-languages = Languages
pdf-field-language = Language
pdf-field-level = Level
pdf-field-education = Education
pdf-field-institution = School
pdf-field-diploma = Diploma
pdf-field-year = Year
pdf-field-occupation = Occupation
pdf-field-employer = Employer
pdf-field-period = Period
pdf-field-hours = Hours per week
pdf-field-days = Days
pdf-field-available-from = Available from
pdf-field-obstacles = Obstacles
pdf-field-motivation = Motivation
pdf-field-career-wishes = Career wishes
pdf-field-coach = Job coach
pdf-field-traject-start = Guidance started on
pdf-field-traject-state = Status
pdf-field-purposes = Purposes

## Action plan

pdf-plan-title = Action plan
pdf-plan-intro = This plan lists the goals and agreements we made together. Read it carefully. Is it right? Then please sign it.
pdf-plan-goals = Goals
pdf-plan-agreements = Agreements
pdf-plan-goal = Goal
pdf-plan-target-date = When
pdf-plan-status = Status
pdf-plan-agreement = Agreement
pdf-plan-who = Who
pdf-plan-due = Due
pdf-plan-none = Nothing recorded yet.
pdf-plan-sign = Signatures
pdf-plan-sign-text = By signing I confirm that I have read this plan and agree with the agreements.

## Access request (GDPR article 15)

pdf-inzage-title = Access to your personal data
pdf-inzage-intro = You asked which data the municipality of { $municipality } holds about you. This overview shows everything we keep about you in Werkpad. It also shows why we do so, with whom we shared data, where the data came from and how long we keep it.
pdf-inzage-made-on = Made on { $date }.
pdf-inzage-purposes = Why do we use your data?
pdf-inzage-categories = Which kinds of data do we have?
pdf-inzage-recipients = With whom did we share your data?
pdf-inzage-recipients-none = We have not shared your data with anyone outside the municipality.
pdf-inzage-recipient = To whom
pdf-inzage-purpose = Why
pdf-inzage-data = Which data
pdf-inzage-date = Date
pdf-inzage-source = Where do the data come from?
pdf-inzage-source-text = You gave most data yourself, in conversations with your job coach. Your job coach writes down reports, agreements and goals. Some data come from other organisations, such as UWV or your employer.
pdf-inzage-retention = How long do we keep your data?
pdf-inzage-retention-running = Your guidance is still running. When it ends, we will tell you how long we keep the data: usually 10 years.
pdf-inzage-retention-until = We keep the data of the guidance that ended on { $end } until { $until }. Then we destroy them.
pdf-inzage-personal = Your personal data
pdf-inzage-trajecten = Your guidance
pdf-inzage-reports = Reports
pdf-inzage-agreements = Agreements
pdf-inzage-goals = Goals
pdf-inzage-appointments = Appointments
pdf-inzage-assessments = Assessments, warnings and measures
pdf-inzage-health = Data about your health
pdf-inzage-decisions = Decisions on a 56+ declaration
pdf-inzage-statements = Issued statements
pdf-inzage-none = None.
pdf-inzage-rights = Your rights
pdf-inzage-rights-text = Is something wrong? Then you may ask us to correct it. You may also ask us to delete data we no longer have to keep. Talk to your job coach about it. You can also write to the municipality's Data Protection Officer.
pdf-inzage-when = When
pdf-inzage-who = By whom
pdf-inzage-what = What
pdf-inzage-kind = Kind

## Privacy statement

pdf-privacy-title = Privacy statement
pdf-privacy-handed-over = This privacy statement is meant for you, a resident of { $municipality } receiving guidance to work.
