# Tekst van de aanvraag aan het UWV en van de waarschuwingsbrief na verzuim (issue 23).
# De brief aan de inwoner is in eenvoudige taal (B1): korte zinnen, "u".

## Aanvraag aan het UWV (beoordeling arbeidsvermogen, indicatie banenafspraak, Wajong)

stmt-copy-note-uwv = afschrift van de aanvraag van { $date }
pdf-uwv-title = Aanvraag aan het UWV
pdf-uwv-date = Datum
pdf-uwv-reference = Kenmerk
pdf-uwv-sent = Verstuurd aan het UWV
pdf-uwv-not-sent = Nog niet verstuurd (concept)
pdf-uwv-intro = De gemeente { $municipality } vraagt het UWV om { $name } te beoordelen. Hieronder staat over wie het gaat, wat wij vragen, wat de jobcoach heeft gezien en welke bijlagen bij de aanvraag horen.
pdf-uwv-resident = Over wie gaat de aanvraag?
pdf-uwv-name = Naam
pdf-uwv-bsn = BSN
pdf-uwv-birth-date = Geboortedatum
pdf-uwv-what = Wat vragen wij?
pdf-uwv-kind = Soort aanvraag
pdf-uwv-route = Wie beoordeelt
pdf-uwv-criteria = De vier criteria van arbeidsvermogen
pdf-uwv-criteria-intro = Per criterium: wat de jobcoach denkt, en wat de jobcoach daarvoor heeft gezien.
pdf-uwv-criteria-none = Bij de praktijkroute horen geen criteria: de gemeente stelt de indicatie vast met de getekende loonwaarde.
pdf-uwv-criterion = Criterium
pdf-uwv-view = Oordeel jobcoach
pdf-uwv-explanation = Toelichting
pdf-uwv-criterion-task-in-organisation = Kan een taak doen in een organisatie
pdf-uwv-criterion-basic-skills = Heeft de basisvaardigheden van een werknemer
pdf-uwv-criterion-one-hour-at-a-stretch = Kan minstens 1 uur achter elkaar werken
pdf-uwv-criterion-four-hours-a-day = Kan minstens 4 uur per dag werken
pdf-uwv-motivation = Waarom vragen wij dit?
pdf-uwv-changed = Wat is er veranderd sinds de vorige afwijzing?
pdf-uwv-consent = Toestemming van de inwoner
pdf-uwv-consent-given = Gegeven op
pdf-uwv-consent-form = Hoe
pdf-uwv-consent-scope = Waarvoor
pdf-uwv-consent-recorded-by = Vastgelegd door
pdf-uwv-consent-withdrawn = Ingetrokken op
pdf-uwv-attachments = Bijlagen
pdf-uwv-attachments-intro = Deze bestanden horen bij de aanvraag. Ze staan niet in dit document.
pdf-uwv-attachments-none = Bij deze aanvraag horen geen bijlagen.
pdf-uwv-file = Bestand
pdf-uwv-file-kind = Soort
pdf-uwv-size = Grootte
pdf-uwv-added-on = Toegevoegd op
pdf-uwv-size-kb = { $kb } KB
pdf-uwv-size-mb = { $mb } MB
pdf-uwv-signed = Jobcoach, namens het college van burgemeester en wethouders van { $municipality }
pdf-uwv-questions = Hebt u vragen over deze aanvraag? Neem dan contact op met { $name }, jobcoach bij de gemeente { $municipality }.

## Waarschuwing na verzuim (brief aan de inwoner)

stmt-copy-note-warning = afschrift van de brief van { $date }
pdf-vzw-title = Waarschuwing: u was er niet
pdf-vzw-date = Datum
pdf-vzw-reference = Kenmerk
pdf-vzw-subject = Onderwerp
pdf-vzw-subject-value = Waarschuwing omdat u er niet was op { $date }
pdf-vzw-salutation = Beste { $name },
pdf-vzw-intro = U krijgt een waarschuwing van ons. In deze brief leest u waarom. U leest ook wat er gebeurt als u er weer niet bent.
pdf-vzw-what = Wat is er gebeurd?
pdf-vzw-absent-workplace = Op { $date } was u er niet. U moest die dag bij { $place } werken.
pdf-vzw-absent-workplace-unnamed = Op { $date } was u er niet. U moest die dag op uw werkplek zijn.
pdf-vzw-absent-programme = Op { $date } was u er niet. U had die dag een afspraak: { $place }.
pdf-vzw-absent-programme-unnamed = Op { $date } was u er niet. U had die dag een afspraak voor uw traject.
pdf-vzw-told = Wat hebt u ons verteld?
pdf-vzw-told-given = Wij hebben u gevraagd waarom u er niet was. Op { $date } hebt u ons dit verteld:
pdf-vzw-told-none = Wij hebben u op { $asked } gevraagd waarom u er niet was. U kon reageren tot en met { $until }. Wij hebben voor die datum niets van u gehoord.
pdf-vzw-told-not-asked = Wij hebben niets van u gehoord.
pdf-vzw-decided = Wat hebben wij besloten?
pdf-vzw-decided-text = U krijgt een waarschuwing. De waarschuwing heeft geen gevolgen voor uw uitkering.
pdf-vzw-why = Waarom?
pdf-vzw-next = Wat gebeurt er als u er weer niet bent?
pdf-vzw-next-text = Bent u er nog een keer niet, zonder goede reden? Dan kunnen wij de afdeling Uitkeringen voorstellen om u een maatregel te geven. Een maatregel betekent: u krijgt een tijd minder uitkering. De afdeling Uitkeringen beslist daarover, niet de jobcoach.
pdf-vzw-next-tip = Kunt u een keer niet komen? Bel of mail dan vooraf uw jobcoach. Werkt u bij een werkgever? Meld het dan ook bij uw werkgever.
pdf-vzw-who = Wie heeft dit besloten?
pdf-vzw-who-text = { $name } heeft dit besloten op { $date }.
pdf-vzw-react = Bent u het niet eens met de waarschuwing?
pdf-vzw-react-text = Neem dan contact op met uw jobcoach, { $coach }. Vertel waarom u het niet eens bent. Noem ook het kenmerk van deze brief. Wij kijken dan samen met u opnieuw naar de waarschuwing.
pdf-vzw-questions = Hebt u vragen over deze brief? Neem dan ook contact op met { $coach }.
pdf-vzw-closing = Met vriendelijke groet,
pdf-vzw-signed = Namens het college van burgemeester en wethouders van { $municipality }
