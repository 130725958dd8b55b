# Satisfaction survey (issue 24). Plain language.

nav-survey = Satisfaction survey
survey-title = Satisfaction survey
survey-intro = Ask the resident whether they want to take part. The answers are kept without a name. They do not go into the file. Only groups of at least 5 answers are shown.
survey-pending = { $count ->
    [0] No answers are waiting to be sent.
    [one] 1 answer is waiting for the next sync.
   *[other] { $count } answers are waiting for the next sync.
}
survey-handover = Hand the laptop to the resident
survey-handover-description = The laptop shows only the questions. Then Werkpad locks. You open it again with your passphrase.
survey-paper = Enter a paper form
survey-paper-description = Type in the answers from a paper form.
survey-consent-title = Will you take part?
survey-consent-text = We would like to know what you think of our help. It takes 2 minutes. Your answers are kept without your name.
survey-consent-yes = Yes, I will take part
survey-consent-no = No, rather not
survey-progress = Question { $number } of { $total }
survey-scale-hint = Choose the answer that fits best. You can also type a number from 1 to 5.
survey-score-1 = Strongly disagree
survey-score-2 = Disagree
survey-score-3 = Neither agree nor disagree
survey-score-4 = Agree
survey-score-5 = Strongly agree
survey-skip = Skip this question
survey-stop = Stop
survey-thanks = Thank you. Please give the laptop back to your jobcoach.
survey-declined = No problem. Please give the laptop back to your jobcoach.
survey-give-back = Done, give the laptop back
survey-save-failed = The answers were not kept. Please tell your jobcoach.
survey-paper-title = Enter a paper form
survey-paper-month = Month of the form
survey-paper-consent = The resident gave consent on the form
survey-paper-not-answered = Not filled in
survey-paper-save = Keep the answers
survey-paper-saved = The answers are kept. They go with the next sync.
survey-back = Back
