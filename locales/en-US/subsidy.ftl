# The calculation of loonwaarde, wage cost subsidy and job coaching, step by step.

loonwaarde-step-task = { $task }: { $share } % of the time. Performance: tempo { $tempo } % × quality { $quality } % × net working time { $net } % = { $performance } %. Counts for { $contribution } %.
loonwaarde-step-capped = { $task }: the performance is above 100 %. It counts as 100 %.
loonwaarde-step-total = Added up: { $sum } %. Rounded, the loonwaarde is { $percent } %.
lks-step-period = From { $from } to { $until }: { $hours } hours worked.
lks-step-wml = The minimum wage per hour from { $date } is { $amount }.
lks-step-holiday = With { $pct } % holiday pay that is { $amount } an hour.
lks-step-gap = The loonwaarde is { $loonwaarde } %. The gap to the minimum wage is { $gap } %.
lks-step-cap = That is more than { $cap } %. The subsidy is never more than { $cap } %.
lks-step-subsidy = Subsidy: { $pct } % of { $wage } × { $hours } hours = { $amount }.
lks-step-allowance = Allowance for employer costs: { $pct } % of { $subsidy } = { $amount }.
lks-step-none = The loonwaarde is 100 %. There is no wage cost subsidy then.
lks-step-total = Total from { $from } to { $until } ({ $hours } hours): { $subsidy } subsidy + { $allowance } allowance = { $amount }.
jobcoach-step-part = From { $from } to { $until }: { $hours } hours of job coaching × { $tariff } an hour = { $amount }.
jobcoach-step-total = Total: { $amount }.
