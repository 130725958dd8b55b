//! The loonwaarde report and the beschikking loonkostensubsidie (issue 22): what they
//! state (read back from the PDF), in Dutch and English, the draft mark, the reprint, and
//! what issuing writes and never writes.

use werkpad_domain::EntityKind;
use werkpad_domain::loonwaarde::{
    Assessor, AssessorKind, CoachingIntensity, JobcoachingNeed, LoonwaardeId, Loonwaardebepaling,
    MainTask, SignOff,
};
use werkpad_domain::matching::{
    Employer, EmployerContactDraft, EmployerDraft, Placement, PlacementDraft, WorkplaceDraft,
};
use werkpad_domain::subsidy::{LksDecision, LksDecisionId, LksOutcome, TrialPlacement, estimate};

use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

/// The day the beschikking is printed.
pub(super) fn june_ctx(locale: Locale) -> Context {
    Context {
        letterhead: LetterheadSettings::default(),
        locale,
        now: Utc.with_ymd_and_hms(2025, 6, 13, 9, 15, 0).unwrap(),
    }
}

/// The employer of the case.
pub(super) const EMPLOYER: &str = "Bakkerij d'Hondt-van der Meer B.V.";

/// The resident of these tests: an apostrophe, a hyphen and a tussenvoegsel.
const ILSE: &str = "Ilse 't Hart-van der Meer";

/// An employer with a contact person, a workplace and a placement of 24 hours a week from
/// 16-03-2025 for `resident`.
pub(super) async fn placed(s: &Store, resident: ResidentId) -> (Employer, Placement) {
    let employer = s
        .matching()
        .save_employer(
            None,
            &EmployerDraft {
                name: Some(EMPLOYER.into()),
                address: AddressDraft {
                    street: Some("Ketelstraat".into()),
                    house_number: Some("12".into()),
                    house_number_addition: Some("A".into()),
                    postcode: Some("6811 AN".into()),
                    woonplaats: Some("Arnhem".into()),
                },
                contacts: vec![EmployerContactDraft {
                    name: Some("Henk de Vries".into()),
                    role: Some("Bedrijfsleider".into()),
                    ..EmployerContactDraft::default()
                }],
                ..EmployerDraft::default()
            },
        )
        .await
        .unwrap();
    let workplace = s
        .matching()
        .save_workplace(
            None,
            &WorkplaceDraft {
                employer_id: Some(employer.id),
                title: Some("Medewerker bakkerij".into()),
                kind: Some("regulier".into()),
                hours_per_week: Some("24".into()),
                postcode: Some("6811AN".into()),
                place: Some("Arnhem".into()),
                physical_demand: Some("middel".into()),
                mental_demand: Some("licht".into()),
                places: Some("1".into()),
                open: true,
                ..WorkplaceDraft::default()
            },
        )
        .await
        .unwrap();
    let placement = s
        .matching()
        .place(
            resident,
            &PlacementDraft {
                workplace_id: Some(workplace.id),
                start: Some("16-03-2025".into()),
                hours_per_week: Some("24".into()),
                contract: Some("arbeidsovereenkomst".into()),
                follow_up_weeks: Some("4".into()),
                reasoning: Some("Wil graag in de bakkerij werken.".into()),
                decided_on: Some("10-03-2025".into()),
                ..PlacementDraft::default()
            },
            day(2025, 3, 12),
        )
        .await
        .unwrap();
    (employer, placement)
}

/// A loonwaarde of 25 % (three tasks), with job coaching; signed on 06-06-2025 when
/// `signed`.
pub(super) fn loonwaarde(s: &Store, placement: &Placement, signed: bool) -> Loonwaardebepaling {
    let task = |name: &str, share, tempo, quality, net| MainTask {
        name: name.into(),
        share_percent: share,
        tempo_percent: tempo,
        quality_percent: quality,
        net_time_percent: net,
    };
    let mut lw = Loonwaardebepaling {
        id: LoonwaardeId::new(),
        resident_id: placement.resident_id,
        placement_id: Some(placement.id),
        employer_id: placement.employer_id,
        employer_contact: Some("Henk de Vries".into()),
        normfunctie: "Verkoopmedewerker bakkerij".into(),
        actual_function: "Medewerker inpak en schoonmaak".into(),
        worked_minutes_per_week: 24 * 60,
        fulltime_minutes_per_week: 38 * 60,
        visit_date: day(2025, 6, 2),
        report_date: day(2025, 6, 5),
        assessor: Assessor {
            kind: AssessorKind::ResearchAgency,
            name: "Pieter Bakker".into(),
            organisation: Some("Loonwaarde Oost B.V.".into()),
        },
        tasks: vec![
            task("Brood en banket inpakken", 50, 50, 80, 70),
            task("Schoonmaken van de bakkerij", 30, 40, 90, 70),
            task("Bestellingen klaarzetten", 20, 45, 70, 60),
        ],
        notes: Some("Werkt nauwkeurig; heeft rust nodig als het druk is aan de toonbank.".into()),
        jobcoaching: Some(JobcoachingNeed {
            hours_per_month: 8,
            intensity: CoachingIntensity::Regular,
            months: 6,
        }),
        sign_off: None,
    };
    if signed {
        lw.sign_off = Some(SignOff {
            signed_by: "Pieter Bakker".into(),
            signed_on: day(2025, 6, 6),
            recorded_by: s.device().coach.clone(),
            loonwaarde_percent: lw.outcome().unwrap().percent,
            reassess_on: day(2026, 6, 6),
        });
    }
    lw.validate().unwrap();
    lw
}

/// A decision on `lw`: the subsidy from 15-06-2025 (a month across the WML change of
/// 01-07-2025), after a trial placement, decided on 12-06-2025 by the device's coach.
pub(super) fn decision(
    s: &Store,
    placement: &Placement,
    lw: &Loonwaardebepaling,
    outcome: LksOutcome,
) -> LksDecision {
    let percent = lw.signed_percent().unwrap();
    let starts_on = day(2025, 6, 15);
    let d = LksDecision {
        id: LksDecisionId::new(),
        resident_id: placement.resident_id,
        placement_id: placement.id,
        employer_id: placement.employer_id,
        loonwaarde_id: lw.id,
        loonwaarde_percent: percent,
        minutes_per_week: 24 * 60,
        starts_on,
        trial: Some(TrialPlacement {
            from: day(2025, 3, 16),
            until: day(2025, 6, 14),
        }),
        estimate: estimate(percent, 24 * 60, starts_on).unwrap(),
        outcome,
        decided_by: s.device().coach.clone(),
        decided_on: day(2025, 6, 12),
        reasoning: match outcome {
            LksOutcome::Granted => "De loonwaarde is 25 %. Het contract is voor een jaar, 24 uur \
                                   per week. Daarom krijgt de bakkerij subsidie."
                .into(),
            LksOutcome::Refused => "Het contract is korter dan drie maanden. Dan geven wij \
                                   geen loonkostensubsidie."
                .into(),
        },
        supersedes: None,
    };
    d.validate().unwrap();
    d
}

pub(super) async fn put<R: crate::store::records::Storable>(
    s: &Store,
    purpose: Purpose,
    record: &R,
) {
    let mut w = s.writer(purpose).await.unwrap();
    w.put(record).await.unwrap();
    w.commit().await.unwrap();
}

struct Case {
    f: Fixture,
    employer: Employer,
    placement: Placement,
}

/// The store of [`fixture`] with the resident renamed to Ilse 't Hart-van der Meer and placed.
async fn case() -> Case {
    let f = fixture().await;
    let s = &f.store;
    let mut resident = s
        .residents()
        .resident(f.resident, Purpose::Guidance)
        .await
        .unwrap();
    resident.name = PersonName {
        initials: None,
        given_names: "Ilse".into(),
        tussenvoegsel: Some("'t".into()),
        family_name: "Hart-van der Meer".into(),
        preferred_name: None,
    };
    s.residents()
        .save(&resident, Purpose::Guidance)
        .await
        .unwrap();
    let (employer, placement) = placed(s, f.resident).await;
    Case {
        f,
        employer,
        placement,
    }
}

mod beschikking;
mod issuing;
mod report;
