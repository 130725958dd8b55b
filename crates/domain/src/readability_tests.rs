use super::*;

/// Dutch words with their syllables as a dictionary splits them (the split in the comment).
const WORDS: &[(&str, usize)] = &[
    ("werk", 1),
    ("u", 1),
    ("de", 1),
    ("zee", 1),
    ("huis", 1),
    ("oud", 1),
    ("vrouw", 1),
    ("nieuw", 1),              // nieuw
    ("leeuw", 1),              // leeuw
    ("mooi", 1),               // mooi
    ("fraai", 1),              // fraai
    ("groei", 1),              // groei
    ("eigen", 2),              // ei-gen
    ("rijden", 2),             // rij-den
    ("afspraak", 2),           // af-spraak
    ("duurzaam", 2),           // duur-zaam
    ("auto", 2),               // au-to
    ("euro", 2),               // eu-ro
    ("systeem", 2),            // sys-teem
    ("baby", 2),               // ba-by
    ("bureau", 2),             // bu-reau
    ("inwoner", 3),            // in-wo-ner
    ("gemeente", 3),           // ge-meen-te
    ("uitkering", 3),          // uit-ke-ring
    ("waarschuwing", 3),       // waar-schu-wing
    ("verklaring", 3),         // ver-kla-ring
    ("gegevens", 3),           // ge-ge-vens
    ("augustus", 3),           // au-gus-tus
    ("oktober", 3),            // ok-to-ber
    ("theater", 3),            // the-a-ter
    ("politie", 3),            // po-li-tie
    ("ideeën", 3),             // i-dee-en
    ("beëindigd", 3),          // be-ein-digd
    ("ruïne", 3),              // ru-i-ne
    ("België", 3),             // bel-gi-e
    ("reünie", 3),             // re-u-nie
    ("poëzie", 3),             // po-e-zie
    ("BSN", 3),                // B-S-N, spelled
    ("UWV", 3),                // U-W-V, spelled
    ("begeleiding", 4),        // be-ge-lei-ding
    ("persoonsgegevens", 5),   // per-soons-ge-ge-vens
    ("handtekening", 4),       // hand-te-ke-ning
    ("materiaal", 4),          // ma-te-ri-aal
    ("januari", 4),            // ja-nu-a-ri
    ("geïnteresseerd", 5),     // ge-in-te-res-seerd
    ("coördinator", 5),        // co-or-di-na-tor
    ("financiële", 5),         // fi-nan-ci-e-le
    ("loonkostensubsidie", 6), // loon-kos-ten-sub-si-die
    ("participatiewet", 6),    // par-ti-ci-pa-tie-wet
    ("privacyverklaring", 6),  // pri-va-cy-ver-kla-ring
];

#[test]
fn the_syllable_counter_agrees_with_a_dictionary_split() {
    let wrong: Vec<String> = WORDS
        .iter()
        .filter(|(w, n)| syllables(w) != *n)
        .map(|(w, n)| format!("{w}: {} instead of {n}", syllables(w)))
        .collect();
    assert!(wrong.is_empty(), "{wrong:?}");
    assert_eq!(WORDS.len(), 50);
}

#[test]
fn no_letters_no_syllables_and_capitals_count_like_lower_case() {
    assert_eq!(syllables("%"), 0);
    assert_eq!(syllables("Gemeente"), 3);
    assert_eq!(syllables("AFSCHRIFT"), 2);
}

#[test]
fn sentences_end_at_a_full_stop_but_not_after_an_abbreviation() {
    let s = sentences("Dit is t.a.v. mevrouw Jansen, max. 3 keer. Klopt het? Ja! Rest");
    let texts: Vec<&str> = s.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "Dit is t.a.v. mevrouw Jansen, max. 3 keer.",
            "Klopt het?",
            "Ja!",
            "Rest"
        ]
    );
    assert_eq!(s[0].words, 8, "t.a.v. and 3 are words, the comma is not");
    assert_eq!(words("100 % = § ×"), ["100", "§"]);
}

#[test]
fn flesch_douma_matches_a_hand_count() {
    // 2 sentences, 8 words, 10 syllables: 206.835 - 0.93*4 - 77*1.25 = 106.865.
    let s = sentences("Ik werk bij de gemeente. Dat is fijn.");
    let c = Counts::of(&s);
    assert_eq!((c.sentences, c.words, c.syllables), (2, 8, 10));
    let score = c.flesch_douma().expect("words");
    assert!((score - 106.865).abs() < 1e-9, "{score}");
    assert_eq!(Counts::default().flesch_douma(), None);
}

#[test]
fn fluent_placeables_become_one_short_word() {
    assert_eq!(
        fluent_plain("Op { $date } was u er niet bij { $place }."),
        "Op § was u er niet bij §."
    );
    assert_eq!(fluent_plain("Pagina {\"{\"}page{\"}\"}"), "Pagina {page}");
    let select = "{ $count ->\n[0] Geen antwoorden.\n[one] Eén antwoord.\n*[other] Er wachten { $count } antwoorden.\n}";
    assert_eq!(fluent_plain(select), "Er wachten § antwoorden.");
}

#[test]
fn fluent_messages_keep_continuations_and_skip_comments() {
    let src = "# kop\nsurvey-pending = { $count ->\n    [0] Geen.\n   *[other] Veel.\n}\nb = Twee\n\n-term = Niet\nc = Drie\n    .title = Niet\n";
    let m = fluent_messages(src);
    let ids: Vec<&str> = m.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, ["survey-pending", "b", "c"]);
    assert_eq!(fluent_plain(&m[0].1), "Veel.");
    assert_eq!(m[2].1, "Drie");
    assert!(is_prose("Klopt het? Zet dan uw handtekening"));
    assert!(!is_prose("Met vriendelijke groet,"));
    assert!(!is_prose("t.a.v. §"));
}
