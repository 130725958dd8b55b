# Tevredenheidsonderzoek (issue 24). B1: korte zinnen, gewone woorden.

nav-survey = Tevredenheidsonderzoek
survey-title = Tevredenheidsonderzoek
survey-intro = Vraag de inwoner of hij of zij mee wil doen. De antwoorden worden bewaard zonder naam. Ze komen niet in het dossier. Alleen groepen van minstens 5 antwoorden worden getoond.
survey-pending = { $count ->
    [0] Er wachten geen antwoorden op verzenden.
    [one] Er wacht 1 antwoord op de volgende synchronisatie.
   *[other] Er wachten { $count } antwoorden op de volgende synchronisatie.
}
survey-handover = Laptop aan de inwoner geven
survey-handover-description = De laptop toont alleen de vragen. Daarna gaat Werkpad op slot. U opent het weer met uw wachtwoordzin.
survey-paper = Papieren formulier invoeren
survey-paper-description = Typ de antwoorden over van een papieren formulier.
survey-consent-title = Doet u mee?
survey-consent-text = Wij willen graag weten wat u van onze hulp vindt. Het duurt 2 minuten. Uw antwoorden worden bewaard zonder uw naam.
survey-consent-yes = Ja, ik doe mee
survey-consent-no = Nee, liever niet
survey-progress = Vraag { $number } van { $total }
survey-scale-hint = Kies het antwoord dat het beste past. U kunt ook een cijfer van 1 tot 5 typen.
survey-score-1 = Helemaal niet mee eens
survey-score-2 = Niet mee eens
survey-score-3 = Niet mee eens en niet oneens
survey-score-4 = Mee eens
survey-score-5 = Helemaal mee eens
survey-skip = Deze vraag overslaan
survey-stop = Stoppen
survey-thanks = Dank u wel. Geef de laptop terug aan uw jobcoach.
survey-declined = Geen probleem. Geef de laptop terug aan uw jobcoach.
survey-give-back = Klaar, laptop teruggeven
survey-save-failed = De antwoorden zijn niet bewaard. Zeg dit tegen uw jobcoach.
survey-paper-title = Papieren formulier invoeren
survey-paper-month = Maand van het formulier
survey-paper-consent = De inwoner heeft op het formulier toestemming gegeven
survey-paper-not-answered = Niet ingevuld
survey-paper-save = Antwoorden bewaren
survey-paper-saved = De antwoorden zijn bewaard. Ze gaan mee met de volgende synchronisatie.
survey-back = Terug
