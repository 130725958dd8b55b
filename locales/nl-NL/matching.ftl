# Redenen bij een match tussen een inwoner en een werkplek (crates/domain/src/matching).
# Een match is een advies. De jobcoach besluit over een plaatsing.
# Eenvoudige taal (B1). Getallen komen al op z'n Nederlands binnen ("2,5").

## Beroep
match-occupation-wish = De inwoner wil dit beroep graag doen.
match-occupation-experience = De inwoner heeft dit werk al eerder gedaan.
match-occupation-unit-group = Dit werk lijkt op werk dat de inwoner wil of al deed (beroepsgroep { $group }).
match-occupation-minor-group = Dit werk hoort bij hetzelfde soort werk als wat de inwoner wil of al deed (groep { $group }).
match-occupation-unrelated = Dit werk past niet bij wat de inwoner wil of al deed.
match-occupation-unknown = Bij deze werkplek staat nog geen beroep.
match-occupation-no-profile = Bij de inwoner staan nog geen gewenste beroepen of werkervaring.

## Uren
match-hours-enough = De inwoner kan { $available } uur per week werken. Hier is { $needed } uur nodig.
match-hours = Beschikbaar { $available } van de { $needed } uur per week.
match-hours-unknown = Het is niet bekend hoeveel uur de inwoner kan werken. Hier is { $needed } uur per week nodig.

## Reizen
match-travel-km = { $km } km reisafstand.
match-travel-minutes = { $minutes } minuten reistijd (ingevuld door de jobcoach).
match-travel-unknown = De reisafstand is niet bekend: een postcode staat niet in de lijst.

## Dagen
match-days-all = De inwoner kan op alle werkdagen van deze werkplek.
match-days-some = De inwoner kan op { $available } van de { $needed } werkdagen.
match-days-unknown = Het is niet bekend op welke dagen de inwoner kan werken.
match-days-flexible = Deze werkplek heeft geen vaste werkdagen.

## Steun
match-support-none-needed = De inwoner heeft geen extra steun nodig.
match-support-available = De werkplek geeft alle steun die de inwoner nodig heeft.
match-support-missing = De werkplek geeft { $available } van de { $needed } soorten steun die de inwoner nodig heeft.

## Lichamelijk en mentaal
match-physical-ok = Het werk is lichamelijk { $demand ->
    [licht] licht
    [middel] middelzwaar
   *[zwaar] zwaar
}. Dat kan de inwoner aan.
match-physical-above = Het werk is lichamelijk { $demand ->
    [licht] licht
    [middel] middelzwaar
   *[zwaar] zwaar
}. De inwoner kan nu { $capacity ->
    [licht] alleen licht werk
    [middel] middelzwaar werk
   *[zwaar] zwaar werk
} aan.
match-mental-ok = Het werk is mentaal { $demand ->
    [licht] licht
    [middel] middelzwaar
   *[zwaar] zwaar
}. Dat kan de inwoner aan.
match-mental-above = Het werk is mentaal { $demand ->
    [licht] licht
    [middel] middelzwaar
   *[zwaar] zwaar
}. De inwoner kan nu { $capacity ->
    [licht] alleen licht werk
    [middel] middelzwaar werk
   *[zwaar] zwaar werk
} aan.

## Nederlands
match-dutch-not-required = De werkplek vraagt geen bepaald niveau Nederlands.
match-dutch-ok = De werkplek vraagt Nederlands op niveau { $required ->
    [native] moedertaal
   *[other] { $required }
}. De inwoner heeft { $level ->
    [native] Nederlands als moedertaal
   *[other] niveau { $level }
}.
match-dutch-below = De werkplek vraagt Nederlands op niveau { $required ->
    [native] moedertaal
   *[other] { $required }
}. De inwoner heeft niveau { $level }.
match-dutch-unknown = Het is niet bekend hoe goed de inwoner Nederlands kan. De werkplek vraagt niveau { $required ->
    [native] moedertaal
   *[other] { $required }
}.

## Soort werkplek
match-kind-fits = { $kind ->
    [regulier] Een gewone werkplek
    [beschut] Beschut werk
    [aangepast] Een aangepaste werkplek
   *[leerwerkplek] Een leerwerkplek
} past bij de inwoner.
match-kind-regular-with-beschut-indication = De inwoner heeft een indicatie beschut werk. Op een gewone werkplek zijn de aanpassingen die nodig zijn vaak niet mogelijk. Bespreek of het toch kan.
match-kind-aangepast-without-indication = Dit is een aangepaste werkplek. De inwoner heeft geen indicatie. Bespreek of de plek bij de inwoner past.

## Uitgesloten: de match blijft zichtbaar, maar staat onderaan
match-excluded-no-beschut-indication = Beschut werk kan alleen met een indicatie beschut werk van UWV. De inwoner heeft die indicatie niet.
match-excluded-no-places = Alle plekken zijn bezet ({ $places }).
match-excluded-closed = De werkplek is gesloten: de werkgever zoekt nu niemand.
match-excluded-physical = Het werk is lichamelijk { $demand ->
    [licht] licht
    [middel] middelzwaar
   *[zwaar] zwaar
}. De inwoner kan nu { $capacity ->
    [licht] alleen licht werk
    [middel] middelzwaar werk
   *[zwaar] zwaar werk
} aan. Dat verschil is te groot.
match-excluded-mental = Het werk is mentaal { $demand ->
    [licht] licht
    [middel] middelzwaar
   *[zwaar] zwaar
}. De inwoner kan nu { $capacity ->
    [licht] alleen licht werk
    [middel] middelzwaar werk
   *[zwaar] zwaar werk
} aan. Dat verschil is te groot.
match-excluded-too-far = { $km } km reisafstand. Dat is verder dan de { $max } km die de inwoner wil of kan reizen.
