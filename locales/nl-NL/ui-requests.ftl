# Schermen voor verzoeken aan anderen, verzuim en leren (issue 23): de tabbladen Verzoeken
# en Verzuim in het dossier, en leerwerkplekken en opleidingen in het tabblad Werk.
# Voor jobcoaches, in eenvoudige taal (B1), met "u". Een mens beslist.

## Tabblad Verzoeken: algemeen
file-tab-requests = Verzoeken
requests-intro = Hier vraagt u anderen iets over de inwoner: het UWV, een organisatie voor hulp, of een arts of onderzoeker. Werkpad houdt bij wat u stuurt en wanneer er een antwoord moet zijn.
request-cancel = Annuleren
request-edit = Concept wijzigen
request-send = Versturen
request-close = Afronden
request-withdraw = Intrekken
request-close-title = Verzoek afronden
request-withdraw-title = Verzoek intrekken
request-close-note = Wat gebeurt er nu?
request-withdraw-note = Waarom trekt u het verzoek in?
request-date-blank-today = Schrijf de datum als dd-mm-jjjj. Leeg laten: vandaag.
request-fact-drafted = Gemaakt
request-fact-sent = Verstuurd
request-fact-answered = Antwoord ontvangen op
request-fact-closed = Afgerond
request-fact-withdrawn = Ingetrokken
request-by-on = { $coach } op { $date }
request-by-on-note = { $coach } op { $date }: { $note }
request-notice-saved = Het concept is opgeslagen.
request-notice-step = Het verzoek is bijgewerkt.

## Toestemming van de inwoner
consent-title = Toestemming van de inwoner
consent-field-given-on = Datum van de toestemming
consent-field-form = Hoe gaf de inwoner toestemming?
consent-field-scope = Waarvoor geeft de inwoner toestemming?
consent-field-scope-description = Schrijf op welke gegevens mogen worden gedeeld, en met wie.
consent-field-withdrawn-on = Toestemming ingetrokken op
consent-field-withdrawn-on-description = Alleen invullen als de inwoner de toestemming weer heeft ingetrokken. Schrijf de datum als dd-mm-jjjj.
consent-line = Gegeven op { $date }: { $scope }
consent-none = Nog geen toestemming vastgelegd

## Bijlagen
attachment-title = Bijlagen
attachment-none = Geen bijlagen.
attachment-add = Bijlage toevoegen
attachment-form-title = Bijlage toevoegen
attachment-field-kind = Soort bijlage
attachment-field-kind-description = Een medisch of psychologisch rapport is een gezondheidsgegeven. Dan is toestemming van de inwoner nodig.
attachment-field-file = Bestand
attachment-field-file-description = Een PDF, PNG of JPEG (foto of scan) van hoogstens { $max } MB.
attachment-save = Bijlage opslaan
attachment-line = { $name } ({ $kind }, { $size }, toegevoegd op { $date })
attachment-health = Gezondheidsgegeven.
attachment-notice-added = De bijlage is toegevoegd.

## Aanvragen bij het UWV
uwv-title = Aanvragen bij het UWV
uwv-intro = Vraag het UWV om een beoordeling of een indicatie. Het UWV moet binnen 8 weken antwoorden.
uwv-new = Nieuwe aanvraag bij het UWV
uwv-empty = Er zijn nog geen aanvragen bij het UWV.
uwv-repeat-from = Het UWV zei minder dan 12 maanden geleden nee tegen beschut werk. Een nieuwe aanvraag voor beschut werk kan zonder uitleg vanaf { $date }.
uwv-form-title-new = Nieuwe aanvraag bij het UWV
uwv-form-title-edit = Concept-aanvraag wijzigen
uwv-form-intro = U maakt eerst een concept. U verstuurt de aanvraag pas als alles klopt.
uwv-field-kind = Wat vraagt u aan?
uwv-field-route = Wie stelt de indicatie vast?
uwv-field-loonwaarde = Getekende loonwaarde
uwv-field-loonwaarde-description = De praktijkroute gaat uit van een getekende loonwaardemeting onder 100 %.
uwv-field-loonwaarde-none = Er is nog geen getekende loonwaarde. Maak die eerst in het tabblad Loonwaarde.
uwv-field-motivation = Waarom vraagt u dit aan?
uwv-field-motivation-description = Schrijf wat u zag en waarom de inwoner dit nodig heeft.
uwv-field-changed = Wat is er veranderd?
uwv-field-changed-description = Het UWV zei minder dan 12 maanden geleden nee. Vóór { $date } kan een nieuwe aanvraag alleen als er iets veranderd is. Schrijf op wat.
uwv-criteria-title = De vier punten van arbeidsvermogen
uwv-criteria-description = Geef bij elk punt uw mening en schrijf op waar u die op baseert.
uwv-criterion-task-in-organisation = Kan een taak doen in een organisatie
uwv-criterion-basic-skills = Heeft de basisvaardigheden van een werknemer
uwv-criterion-one-hour-at-a-stretch = Kan minstens 1 uur achter elkaar werken
uwv-criterion-four-hours-a-day = Kan minstens 4 uur per dag werken
uwv-criterion-view = Wat denkt u?
uwv-criterion-explanation = Waarom denkt u dat?
uwv-criterion-line = { $view }. { $explanation }
uwv-consent-description = Toestemming is nodig als er een medisch of psychologisch rapport meegaat.
uwv-save = Concept opslaan
uwv-fact-due = Antwoord uiterlijk
uwv-due-after-send = Bekend na het versturen
uwv-overdue = Te laat: het UWV heeft nog niet geantwoord.
uwv-fact-answer = Antwoord van het UWV
uwv-answer-line = { $outcome }, ontvangen op { $date } (kenmerk { $reference }). { $summary }
uwv-answer-open = Antwoord vastleggen
uwv-answer-title = Antwoord van het UWV vastleggen
uwv-answer-outcome = Wat is het antwoord?
uwv-answer-received-on = Ontvangen op
uwv-answer-reference = Kenmerk van het UWV
uwv-answer-summary = Wat schrijft het UWV?
uwv-answer-save = Antwoord opslaan
uwv-notice-answered = Het antwoord van het UWV is vastgelegd.

## Verwijzingen naar hulp
referral-title = Verwijzingen naar hulp
referral-intro = Verwijs de inwoner naar hulp bij geld, wonen of andere problemen. Gezondheidsgegevens gaan nooit mee.
referral-new = Nieuwe verwijzing
referral-empty = Er zijn nog geen verwijzingen.
referral-form-title-new = Nieuwe verwijzing
referral-form-title-edit = Concept-verwijzing wijzigen
referral-form-intro = U maakt eerst een concept. Versturen kan pas als de inwoner toestemming gaf.
referral-field-domain = Soort hulp
referral-field-organisation = Naar welke organisatie?
referral-field-reason = Waarom verwijst u de inwoner?
referral-field-shared = Welke gegevens deelt u?
referral-field-shared-description = Kies alleen wat de organisatie echt nodig heeft.
referral-field-shared-why = Waarom zijn deze gegevens nodig?
referral-consent-description = Voor een verwijzing is altijd toestemming van de inwoner nodig.
referral-save = Concept opslaan
referral-item-title = { $domain }: { $organisation }
referral-updates-title = Wat de organisatie liet weten
referral-update-line = { $date }: { $progress }.
referral-answer-open = Antwoord vastleggen
referral-progress-open = Voortgang vastleggen
referral-update-title = Wat liet de organisatie weten?
referral-update-progress = Wat is er gebeurd?
referral-update-on = Datum
referral-update-feedback = Wat zei de organisatie?
referral-update-save = Opslaan
referral-notice-updated = Wat de organisatie liet weten is vastgelegd.

## Medische onderzoeken
medical-title = Medische onderzoeken
medical-logged-explained = Dit zijn gezondheidsgegevens. U ziet ze pas als u zegt waarvoor en waarom. Werkpad legt vast wie ze bekeek, wanneer en waarom.
medical-show = Onderzoeken tonen
medical-hide = Onderzoeken weer verbergen
medical-new = Nieuw onderzoek aanvragen
medical-empty = Er zijn geen medische onderzoeken.
medical-form-title-new = Nieuw onderzoek aanvragen
medical-form-title-edit = Onderzoek wijzigen
medical-form-intro = U maakt eerst een concept. Versturen kan pas als de inwoner toestemming gaf.
medical-form-intro-sent = Het verzoek is al verstuurd. U kunt nu alleen de afspraak en de toestemming wijzigen.
medical-field-kind = Soort onderzoek
medical-field-agency = Welk bureau doet het onderzoek?
medical-field-question = Wat is de vraag?
medical-field-appointment-on = Datum van de afspraak
medical-field-appointment-at = Tijd van de afspraak
medical-field-appointment-at-description = Schrijf de tijd als uu:mm, bijvoorbeeld 09:30.
medical-field-appointment-place = Plaats van de afspraak
medical-consent-description = Voor een medisch onderzoek is altijd toestemming van de inwoner nodig.
medical-save = Opslaan
medical-edit-appointment = Afspraak of toestemming wijzigen
medical-fact-appointment = Afspraak
medical-appointment-line = { $date } om { $time }, { $place }
medical-outcome-open = Uitslag vastleggen
medical-outcome-title = Uitslag van het onderzoek
medical-outcome-received-on = Rapport ontvangen op
medical-outcome-summary = Wat staat er in het rapport?
medical-outcome-limitations = Wat kan de inwoner wel en niet op het werk?
medical-outcome-line = Ontvangen op { $date }. { $summary }
medical-outcome-save = Uitslag opslaan
medical-notice-outcome = De uitslag is vastgelegd.
