# De berekening van loonwaarde, loonkostensubsidie en jobcoaching, stap voor stap.
# Werkgevers en inwoners lezen dit op de beschikking: eenvoudig Nederlands (B1).

loonwaarde-step-task = { $task }: { $share } % van de tijd. Prestatie: tempo { $tempo } % × kwaliteit { $quality } % × netto werktijd { $net } % = { $performance } %. Telt mee voor { $contribution } %.
loonwaarde-step-capped = { $task }: de prestatie is meer dan 100 %. Die telt als 100 %.
loonwaarde-step-total = Opgeteld: { $sum } %. Afgerond is de loonwaarde { $percent } %.
lks-step-period = Van { $from } tot en met { $until }: { $hours } uur gewerkt.
lks-step-wml = Het minimumloon per uur vanaf { $date } is { $amount }.
lks-step-holiday = Met { $pct } % vakantiegeld erbij is dat { $amount } per uur.
lks-step-gap = De loonwaarde is { $loonwaarde } %. Het verschil met het minimumloon is { $gap } %.
lks-step-cap = Dat is meer dan { $cap } %. De subsidie is nooit meer dan { $cap } %.
lks-step-subsidy = Subsidie: { $pct } % van { $wage } × { $hours } uur = { $amount }.
lks-step-allowance = Vergoeding voor werkgeverskosten: { $pct } % van { $subsidy } = { $amount }.
lks-step-none = De loonwaarde is 100 %. Er is dan geen loonkostensubsidie.
lks-step-total = Totaal van { $from } tot en met { $until } ({ $hours } uur): { $subsidy } subsidie + { $allowance } vergoeding = { $amount }.
jobcoach-step-part = Van { $from } tot en met { $until }: { $hours } uur jobcoaching × { $tariff } per uur = { $amount }.
jobcoach-step-total = Totaal: { $amount }.
