# Reasons the software gives with its advice (verklaring 56+ now; match scores later).
# Advice only: a named staff member decides.

lkv56-version-none = No scheme exists for a job starting on { $start }: the wage cost benefit exists since 1 January 2018.
lkv56-version-ended = For jobs starting on or after 1 January 2026 the municipality no longer issues a declaration (start date { $start }, rules { $version }).
lkv56-version-met = Rules { $version }: EUR { $per_hour } per paid hour, at most EUR { $max_per_year } per year, for { $years } years.
lkv56-version-met-phase-out = Rules { $version }: EUR { $per_hour } per paid hour, at most EUR { $max_per_year } per year; nothing after { $paid_until }.
lkv56-version-met-no-amounts = Rules { $version }: the amounts are not known.
lkv56-age-met = On the start date { $start } the resident is { $age }.
lkv56-age-unmet = On the start date { $start } the resident is { $age }: younger than 56.
lkv56-aow-met = The resident reaches state pension age on { $aow_date }, after the start date { $start }.
lkv56-aow-unmet = The resident reaches state pension age on { $aow_date }: not after the start date { $start }.
lkv56-benefit-met = In month { $month } the resident had a municipal benefit: { $benefit ->
    [participatiewet] social assistance (Participatiewet)
    [ioaw] IOAW
    [ioaz] IOAZ
    [bbz] Bbz
   *[other] { $benefit }
}.
lkv56-benefit-unmet = In month { $month } the resident had no municipal benefit.
lkv56-new-employer-met = The resident did not work for this employer in the 6 months before the start.
lkv56-new-employer-unmet = The resident already worked for this employer in the 6 months before the start.
lkv56-regular-job-met = It is a regular job, insured for employee insurances.
lkv56-regular-job-unmet = It is { $job_kind ->
    [wsw] sheltered employment (Wsw)
   *[beschut_werk] beschut werk
}: this declaration does not apply to it.
lkv56-request-met = Requested on { $request }, in time (by { $deadline }).
lkv56-request-unmet = Requested on { $request }: too late, the last day was { $deadline }.
