# Text of the request to UWV and of the warning letter after an absence (issue 23).
# The letter to the resident is in plain language: short sentences, "you".

## Request to UWV (assessment of work capacity, job agreement indication, Wajong)

stmt-copy-note-uwv = copy of the request of { $date }
pdf-uwv-title = Request to UWV
pdf-uwv-date = Date
pdf-uwv-reference = Reference
pdf-uwv-sent = Sent to UWV
pdf-uwv-not-sent = Not sent yet (draft)
pdf-uwv-intro = The municipality of { $municipality } asks UWV to assess { $name }. Below you find whom it is about, what we ask, what the job coach has seen and which attachments go with the request.
pdf-uwv-resident = Whom is the request about?
pdf-uwv-name = Name
pdf-uwv-bsn = BSN (citizen service number)
pdf-uwv-birth-date = Date of birth
pdf-uwv-what = What do we ask?
pdf-uwv-kind = Kind of request
pdf-uwv-route = Who assesses
pdf-uwv-criteria = The four criteria of work capacity
pdf-uwv-criteria-intro = Per criterion: what the job coach thinks, and what the job coach has seen.
pdf-uwv-criteria-none = The practice route has no criteria: the municipality sets the indication from the signed loonwaarde.
pdf-uwv-criterion = Criterion
pdf-uwv-view = Job coach's view
pdf-uwv-explanation = Explanation
pdf-uwv-criterion-task-in-organisation = Can do a task in an organisation
pdf-uwv-criterion-basic-skills = Has the basic skills of an employee
pdf-uwv-criterion-one-hour-at-a-stretch = Can work at least 1 hour at a stretch
pdf-uwv-criterion-four-hours-a-day = Can work at least 4 hours a day
pdf-uwv-motivation = Why do we ask this?
pdf-uwv-changed = What changed since the previous refusal?
pdf-uwv-consent = The resident's consent
pdf-uwv-consent-given = Given on
pdf-uwv-consent-form = How
pdf-uwv-consent-scope = For what
pdf-uwv-consent-recorded-by = Recorded by
pdf-uwv-consent-withdrawn = Withdrawn on
pdf-uwv-attachments = Attachments
pdf-uwv-attachments-intro = These files go with the request. They are not part of this document.
pdf-uwv-attachments-none = No attachments go with this request.
pdf-uwv-file = File
pdf-uwv-file-kind = Kind
pdf-uwv-size = Size
pdf-uwv-added-on = Added on
pdf-uwv-size-kb = { $kb } KB
pdf-uwv-size-mb = { $mb } MB
pdf-uwv-signed = Job coach, on behalf of the Municipal Executive of { $municipality }
pdf-uwv-questions = Any questions about this request? Please contact { $name }, job coach at the municipality of { $municipality }.

## Warning after an absence (letter to the resident)

stmt-copy-note-warning = copy of the letter of { $date }
pdf-vzw-title = Warning: you were not there
pdf-vzw-date = Date
pdf-vzw-reference = Reference
pdf-vzw-subject = Subject
pdf-vzw-subject-value = Warning because you were not there on { $date }
pdf-vzw-salutation = Dear { $name },
pdf-vzw-intro = We are giving you a warning. In this letter you can read why. You can also read what happens if you are not there again.
pdf-vzw-what = What happened?
pdf-vzw-absent-workplace = On { $date } you were not there. You had to work at { $place } that day.
pdf-vzw-absent-workplace-unnamed = On { $date } you were not there. You had to be at your workplace that day.
pdf-vzw-absent-programme = On { $date } you were not there. You had an appointment that day: { $place }.
pdf-vzw-absent-programme-unnamed = On { $date } you were not there. You had an appointment for your programme that day.
pdf-vzw-told = What did you tell us?
pdf-vzw-told-given = We asked you why you were not there. On { $date } you told us this:
pdf-vzw-told-none = On { $asked } we asked you why you were not there. You could react until and including { $until }. We did not hear from you before that date.
pdf-vzw-told-not-asked = We did not hear from you.
pdf-vzw-decided = What did we decide?
pdf-vzw-decided-text = You get a warning. The warning does not change your benefit.
pdf-vzw-why = Why?
pdf-vzw-next = What happens if you are not there again?
pdf-vzw-next-text = If you are not there again without a good reason, we can propose to the benefits department to give you a measure. A measure means: you get less benefit for a while. The benefits department decides about that, not the job coach.
pdf-vzw-next-tip = Can you not come one day? Then call or email your job coach beforehand. Do you work for an employer? Then tell your employer too.
pdf-vzw-who = Who decided?
pdf-vzw-who-text = { $name } decided this on { $date }.
pdf-vzw-react = Do you disagree with the warning?
pdf-vzw-react-text = Then contact your job coach, { $coach }. Tell why you disagree. Also mention the reference of this letter. We will then look at the warning again, together with you.
pdf-vzw-questions = Any questions about this letter? Please contact { $coach } as well.
pdf-vzw-closing = Kind regards,
pdf-vzw-signed = On behalf of the Municipal Executive of { $municipality }
