# Validation messages shown when entering and saving data.
# For jobcoaches. Every id belongs to ValidationError::message_id in
# crates/domain/src/error.rs; nl-NL is the main language, this is the second.

error-required = Fill in this field.
error-too-long = This text is too long. Use no more than { $max } characters.
error-too-short = This is too short for someone to check. Write at least { $min } characters.
error-bsn-format = A BSN has 9 digits. Enter digits only.
error-bsn-checksum = This BSN does not exist. Check that you copied the digits correctly.
error-postcode-format = Enter the postcode as 4 digits and 2 letters, for example 6811 AB.
error-postcode-letters = This postcode does not exist. A postcode never ends in SA, SD or SS.
error-iban-format = This account number is not right. A Dutch account number looks like this: NL91 ABNA 0417 1643 00.
error-iban-not-dutch = Enter a Dutch account number. It starts with NL.
error-iban-checksum = This account number does not exist. Check that you copied every character correctly.
error-kvk-format = A KvK number has 8 digits.
error-loonheffingennummer-format = A loonheffingennummer has 9 digits, then the letter L, then 2 digits. For example: 123456782L01.
error-loonheffingennummer-checksum = This loonheffingennummer does not exist. Check that you copied the first 9 digits correctly.
error-email-format = This e-mail address is not right. An e-mail address looks like this: name@example.nl.
error-phone-format = This phone number is not right. Enter a Dutch number of 10 digits, for example 06 12345678. A number from abroad starts with + and the country code, for example +48 601 234 567.
error-house-number-format = Enter only the number as house number. Put a letter or other extra part in the addition.
error-number-format = Enter a whole number, without letters or a comma.
error-amount-format = Enter an amount in euros, for example 725,00.
error-date-format = Enter the date as dd-mm-yyyy, for example 31-12-1990.
error-date-does-not-exist = This date does not exist. Check the day and the month.
error-date-in-future = This date is in the future. Enter today's date or an earlier one.
error-birth-date-in-future = This date of birth is in the future. Check the year.
error-birth-date-too-old = This date of birth is before 1900. Check the year.
error-end-before-start = The end date is before the start date. Check both dates.
error-date-out-of-order = This date is before an earlier step of the traject. Choose a later date.
error-out-of-range = Enter a number from { $min } to { $max }.
error-invalid-choice = Choose one of the options in the list.
error-invalid-transition =
    This step is not possible. A traject cannot go from { $from ->
        [aangemeld] ‘registered’
        [intake] ‘intake’
        [actief] ‘active’
        [geplaatst] ‘placed’
        [nazorg] ‘aftercare’
        [ended] ‘ended’
       *[other] ‘{ $from }’
    } to { $to ->
        [aangemeld] ‘registered’
        [intake] ‘intake’
        [actief] ‘active’
        [geplaatst] ‘placed’
        [nazorg] ‘aftercare’
        [ended] ‘ended’
       *[other] ‘{ $to }’
    }.
error-traject-ended = This traject has already ended. It can no longer be changed. Start a new traject if needed.
error-staff-required = Enter which staff member decided or recorded this. The computer never decides alone.
error-no-declaration-possible = No 56+ declaration can be given for this start date. You can still refuse the request.
error-placement-ended = This placement has already ended. Is the resident working again? Then record a new placement.
error-shares-not-hundred = The main tasks add up to { $total } %. Together they must be 100 %.
error-task-too-small = A main task takes at least 1/16 of the weekly hours (7 % or more). Combine small tasks.
error-worked-over-fulltime = The hours worked are more than a full working week at this employer. Check both numbers.
error-not-the-assessor = Only this assessment's loonwaarde assessor can sign. Enter their name.
error-already-signed = This loonwaarde assessment is signed and no longer changes. Start a new assessment for a re-assessment.
error-not-signed = The loonwaarde has not been signed by the assessor yet.
error-trial-too-long = A trial placement lasts at most 3 months.
error-outside-decision = This period lies outside the decision (before its start, after a newer decision or after the placement ended).
error-progress-report-missing = The jobcoach organisation's progress report has not come in. Record it first.
error-no-rate-known = The table holds no amount for this date. Ask the functional administrator to add it.
error-no-lks-at-full-loonwaarde = At a loonwaarde of 100 % there is no wage cost subsidy. Choose "refused" and explain why.
error-consent-required = The resident must give consent first. Record when and how they gave it, and what for.
error-file-too-large = This file is too large. An attachment can be at most { $max } MB. Make the scan smaller or split the file.
error-file-type = This kind of file cannot be attached. Choose a PDF, a PNG or a JPEG (photo or scan).
error-repeat-too-soon = UWV said no less than 12 months ago. A new request can go from { $from }. Earlier only if something changed: write down what.
error-account-required = First ask the resident for their side of the story. Only then, or once the term has passed, can someone decide.
error-time-format = Write a time as hh:mm, for example 09:30.
error-request-locked = This was sent or decided already and no longer changes. Make a new request if needed.
error-month-format = Write a month as yyyy-mm, for example 2026-12.
error-month-too-old = This month is too long ago. Choose a month within the last { $months } months.
error-survey-no-answer = No question was answered. Fill in at least one answer.
