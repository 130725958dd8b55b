# Reasons given with a match between a resident and a workplace (crates/domain/src/matching).
# A match is advice. The job coach decides on a placement.
# Numbers arrive formatted the Dutch way ("2,5").

## Occupation
match-occupation-wish = The resident would like to do this occupation.
match-occupation-experience = The resident has done this work before.
match-occupation-unit-group = This work is like work the resident wants or has done (occupation group { $group }).
match-occupation-minor-group = This work is in the same field as work the resident wants or has done (group { $group }).
match-occupation-unrelated = This work does not fit what the resident wants or has done.
match-occupation-unknown = No occupation has been chosen for this workplace yet.
match-occupation-no-profile = No wished occupations or work experience have been chosen for the resident yet.

## Hours
match-hours-enough = The resident can work { $available } hours a week. This place needs { $needed } hours.
match-hours = Available { $available } of the { $needed } hours a week.
match-hours-unknown = It is not known how many hours the resident can work. This place needs { $needed } hours a week.

## Travel
match-travel-km = { $km } km travel distance.
match-travel-minutes = { $minutes } minutes travel time (entered by the job coach).
match-travel-unknown = The travel distance is not known: a postcode is not in the list.

## Days
match-days-all = The resident can work on every working day of this workplace.
match-days-some = The resident can work on { $available } of the { $needed } working days.
match-days-unknown = It is not known on which days the resident can work.
match-days-flexible = This workplace has no fixed working days.

## Support
match-support-none-needed = The resident needs no extra support.
match-support-available = The workplace offers all the support the resident needs.
match-support-missing = The workplace offers { $available } of the { $needed } kinds of support the resident needs.

## Physical and mental load
match-physical-ok = The work is physically { $demand ->
    [licht] light
    [middel] moderate
   *[zwaar] heavy
}. The resident can manage that.
match-physical-above = The work is physically { $demand ->
    [licht] light
    [middel] moderate
   *[zwaar] heavy
}. For now the resident can manage { $capacity ->
    [licht] light work only
    [middel] moderate work
   *[zwaar] heavy work
}.
match-mental-ok = The work is mentally { $demand ->
    [licht] light
    [middel] moderate
   *[zwaar] heavy
}. The resident can manage that.
match-mental-above = The work is mentally { $demand ->
    [licht] light
    [middel] moderate
   *[zwaar] heavy
}. For now the resident can manage { $capacity ->
    [licht] light work only
    [middel] moderate work
   *[zwaar] heavy work
}.

## Dutch
match-dutch-not-required = The workplace asks no particular level of Dutch.
match-dutch-ok = The workplace asks Dutch at level { $required ->
    [native] native speaker
   *[other] { $required }
}. The resident { $level ->
    [native] is a native speaker
   *[other] has level { $level }
}.
match-dutch-below = The workplace asks Dutch at level { $required ->
    [native] native speaker
   *[other] { $required }
}. The resident has level { $level }.
match-dutch-unknown = It is not known how well the resident speaks Dutch. The workplace asks level { $required ->
    [native] native speaker
   *[other] { $required }
}.

## Kind of workplace
match-kind-fits = { $kind ->
    [regulier] A regular workplace
    [beschut] Sheltered work (beschut werk)
    [aangepast] An adapted workplace
   *[leerwerkplek] A learn-work place
} suits the resident.
match-kind-regular-with-beschut-indication = The resident has an indication for sheltered work (beschut werk). A regular workplace often cannot make the adjustments needed. Discuss whether it can work.
match-kind-aangepast-without-indication = This is an adapted workplace. The resident has no indication. Discuss whether the place suits the resident.

## Excluded: the match stays visible, at the bottom
match-excluded-no-beschut-indication = Sheltered work (beschut werk) needs an indication from UWV. The resident does not have one.
match-excluded-no-places = All places are taken ({ $places }).
match-excluded-closed = The workplace is closed: the employer is not looking for anyone now.
match-excluded-physical = The work is physically { $demand ->
    [licht] light
    [middel] moderate
   *[zwaar] heavy
}. For now the resident can manage { $capacity ->
    [licht] light work only
    [middel] moderate work
   *[zwaar] heavy work
}. The gap is too large.
match-excluded-mental = The work is mentally { $demand ->
    [licht] light
    [middel] moderate
   *[zwaar] heavy
}. For now the resident can manage { $capacity ->
    [licht] light work only
    [middel] moderate work
   *[zwaar] heavy work
}. The gap is too large.
match-excluded-too-far = { $km } km travel distance. That is further than the { $max } km the resident wants or is able to travel.
