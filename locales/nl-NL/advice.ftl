# Redenen bij een advies van Werkpad (nu de verklaring 56+; later ook bij matches).
# Alleen advies: een medewerker besluit.

lkv56-version-none = Voor een baan die start op { $start } bestaat geen regeling: het loonkostenvoordeel bestaat sinds 1 januari 2018.
lkv56-version-ended = Voor een baan die start op of na 1 januari 2026 geeft de gemeente geen verklaring meer af (startdatum { $start }, regels { $version }).
lkv56-version-met = Regels { $version }: EUR { $per_hour } per verloond uur, hoogstens EUR { $max_per_year } per jaar, { $years } jaar lang.
lkv56-version-met-phase-out = Regels { $version }: EUR { $per_hour } per verloond uur, hoogstens EUR { $max_per_year } per jaar; na { $paid_until } niets meer.
lkv56-version-met-no-amounts = Regels { $version }: de bedragen zijn niet bekend.
lkv56-age-met = Op de startdatum { $start } is de inwoner { $age } jaar.
lkv56-age-unmet = Op de startdatum { $start } is de inwoner { $age } jaar: dat is jonger dan 56.
lkv56-aow-met = De inwoner bereikt de AOW-leeftijd op { $aow_date }, na de startdatum { $start }.
lkv56-aow-unmet = De inwoner bereikt de AOW-leeftijd op { $aow_date }: dat is niet na de startdatum { $start }.
lkv56-benefit-met = In de maand { $month } had de inwoner een uitkering van de gemeente: { $benefit ->
    [participatiewet] bijstand (Participatiewet)
    [ioaw] IOAW
    [ioaz] IOAZ
    [bbz] Bbz
   *[other] { $benefit }
}.
lkv56-benefit-unmet = In de maand { $month } had de inwoner geen uitkering van de gemeente.
lkv56-new-employer-met = De inwoner werkte in de 6 maanden voor de start niet bij deze werkgever.
lkv56-new-employer-unmet = De inwoner werkte in de 6 maanden voor de start al bij deze werkgever.
lkv56-regular-job-met = Het is een gewone baan, verzekerd voor de werknemersverzekeringen.
lkv56-regular-job-unmet = Het is { $job_kind ->
    [wsw] werk in de sociale werkvoorziening (Wsw)
   *[beschut_werk] beschut werk
}: daarvoor geldt deze verklaring niet.
lkv56-request-met = Aangevraagd op { $request }, op tijd (uiterlijk { $deadline }).
lkv56-request-unmet = Aangevraagd op { $request }: te laat, dat kon tot en met { $deadline }.
