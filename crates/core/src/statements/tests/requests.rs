//! The request to UWV and the warning letter after verzuim (issue 23): what they state
//! (read back from the PDF) in Dutch and English, the reprint, what issuing writes, and
//! the refusals that number nothing (another resident's request; a letter for a case not
//! decided with a warning).

use werkpad_domain::matching::Placement;
use werkpad_domain::request::uwv::{ArbeidsvermogenCriteria, Criterion, CriterionView};
use werkpad_domain::request::{
    Attachment, AttachmentInput, AttachmentOwner, Consent, ConsentForm, RequestLife, RequestStep,
    UwvRequest, UwvRequestId, UwvRequestKind,
};
use werkpad_domain::validate::format_date;
use werkpad_domain::verzuim::{
    Absence, AbsencePlace, AbsenceSource, ResidentAccount, VerzuimCase, VerzuimDecision, VerzuimId,
    VerzuimOutcome,
};
use werkpad_domain::{EntityKind, Resident};

use super::subsidy::{EMPLOYER, june_ctx, placed, put};
use super::*;

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

async fn resident(s: &Store, id: ResidentId) -> Resident {
    s.residents().resident(id, Purpose::Guidance).await.unwrap()
}

/// A request for an advice beschut werk, drafted on 02-06-2025 with the four criteria and
/// written consent; sent on 10-06-2025 when `sent`.
fn uwv_request(s: &Store, resident: ResidentId, sent: bool) -> UwvRequest {
    let coach = s.device().coach.clone();
    let c = |view, explanation: &str| Criterion {
        view,
        explanation: explanation.into(),
    };
    let mut life = RequestLife::drafted(day(2025, 6, 2), coach.clone());
    let mut due_on = None;
    if sent {
        life.take(RequestStep::Send, day(2025, 6, 10), coach.clone(), None)
            .unwrap();
        due_on = Some(UwvRequest::due_for(day(2025, 6, 10)));
    }
    let request = UwvRequest {
        id: UwvRequestId::new(),
        resident_id: resident,
        kind: UwvRequestKind::BeschutWerk,
        route: None,
        loonwaarde_id: None,
        criteria: Some(ArbeidsvermogenCriteria {
            task_in_organisation: c(
                CriterionView::Yes,
                "Pakt brood in en zet bestellingen klaar als de taak vaststaat.",
            ),
            basic_skills: c(
                CriterionView::Unsure,
                "Komt op tijd, maar vraagt geen hulp als iets niet lukt.",
            ),
            one_hour_at_a_stretch: c(
                CriterionView::Yes,
                "Werkt in de bakkerij ruim een uur zonder pauze.",
            ),
            four_hours_a_day: c(
                CriterionView::No,
                "Na drie uur neemt de concentratie sterk af.",
            ),
        }),
        motivation: "Werken lukt alleen met veel begeleiding en aanpassingen. Een gewone \
                     werkgever kan dat niet bieden."
            .into(),
        consent: Some(Consent {
            given_on: day(2025, 6, 2),
            form: ConsentForm::Written,
            scope: "Het medisch rapport van de bedrijfsarts meesturen naar het UWV.".into(),
            recorded_by: coach,
            withdrawn_on: None,
        }),
        circumstances_changed: None,
        life,
        due_on,
        answer: None,
    };
    request.validate().unwrap();
    request
}

/// An attachment of `size` bytes (a PDF) to `request`, added on 05-06-2025.
fn attachment(s: &Store, request: &UwvRequest, kind: &str, name: &str, size: usize) -> Attachment {
    // "JVBERi0x" is "%PDF-1" in base64; every "AAAA" adds three zero bytes.
    assert_eq!((size - 6) % 3, 0, "a size the base64 below can make");
    let content = format!("JVBERi0x{}", "AAAA".repeat((size - 6) / 3));
    let a = AttachmentInput {
        kind: Some(kind.into()),
        file_name: Some(name.into()),
        content: Some(content),
    }
    .into_record(
        request.resident_id,
        AttachmentOwner {
            kind: EntityKind::UwvRequest,
            id: request.id.as_uuid(),
        },
        s.device().coach.clone(),
        day(2025, 6, 5),
    )
    .unwrap();
    assert_eq!(a.size_bytes as usize, size);
    a
}

/// The request of `write_statement_samples`: sent, with a medical report and a CV.
pub(super) async fn sample_uwv_request(s: &Store, resident: ResidentId) -> UwvRequestId {
    let request = uwv_request(s, resident, true);
    put(s, Purpose::UwvRequest, &request).await;
    for a in [
        attachment(
            s,
            &request,
            "medical_report",
            "rapport-bedrijfsarts.pdf",
            1_572_864,
        ),
        attachment(s, &request, "cv", "cv-caglar.pdf", 48_003),
    ] {
        put(s, Purpose::UwvRequest, &a).await;
    }
    request.id
}

/// The warning of `write_statement_samples`: the resident gave an account.
pub(super) async fn sample_warning(s: &Store, placement: &Placement) -> VerzuimId {
    verzuim(
        s,
        placement,
        Some("Mijn dochter was ziek en ik had geen opvang. Ik dacht dat mijn buurvrouw de bakkerij zou bellen."),
        Some(VerzuimOutcome::Warning),
    )
    .await
    .id
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_uwv_request_states_the_resident_the_criteria_the_consent_and_the_attachments() {
    let f = fixture().await;
    let s = &f.store;
    let r = resident(s, f.resident).await;
    let request = uwv_request(s, f.resident, true);
    put(s, Purpose::UwvRequest, &request).await;
    let mb = 1024 * 1024;
    for a in [
        attachment(
            s,
            &request,
            "medical_report",
            "rapport-bedrijfsarts.pdf",
            mb + mb / 2,
        ),
        attachment(s, &request, "cv", "cv-caglar.pdf", 309),
    ] {
        put(s, Purpose::UwvRequest, &a).await;
    }
    // Another request's attachment is not in the list.
    let other = uwv_request(s, f.resident, false);
    put(s, Purpose::UwvRequest, &other).await;
    let stray = attachment(s, &other, "school_report", "stageverslag.pdf", 1206);
    put(s, Purpose::UwvRequest, &stray).await;
    let outbox_before = count(s, "SELECT count(*) FROM outbox").await;
    let disclosures_before = count(s, "SELECT count(*) FROM disclosures").await;

    let issued = s
        .statements()
        .issue_uwv_request(&june_ctx(Locale::Nl), f.resident, request.id)
        .await
        .unwrap();
    let st = &issued.statement;
    assert!(
        werkpad_domain::statement::is_reference(StatementKind::UwvRequest, &st.reference),
        "{}",
        st.reference
    );
    assert_eq!(
        st.uwv_request.as_ref().map(|u| u.attachments.len()),
        Some(2),
        "the snapshot lists this request's two files, not the other request's"
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM outbox").await - outbox_before,
        1,
        "only the issued statement syncs"
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM disclosures").await,
        disclosures_before,
        "printing shares nothing: sending the request to UWV writes the register entry"
    );
    assert_eq!(
        count(
            s,
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'issued_statement' AND purpose = 'uwv_request'"
        )
        .await,
        1,
        "printing is audited under the UWV purpose"
    );

    let text = words(&issued.pdf);
    for want in [
        "Gemeente Arnhem",
        "Aanvraag aan het UWV",
        "Datum 13-06-2025",
        &format!("Kenmerk {}", st.reference),
        "Verstuurd aan het UWV 10-06-2025",
        "De gemeente Arnhem vraagt het UWV om Çağlar Öztürk te beoordelen.",
        "Naam Çağlar Öztürk",
        &format!("BSN {}", r.bsn.as_str()),
        "Geboortedatum 01-05-1966",
        "Soort aanvraag Beoordeling arbeidsvermogen: advies beschut werk",
        "Kan een taak doen in een organisatie Ja Pakt brood in",
        "Heeft de basisvaardigheden van een werknemer Weet ik niet",
        "Kan minstens 4 uur per dag werken Nee Na drie uur",
        "Werken lukt alleen met veel begeleiding en aanpassingen.",
        "Toestemming van de inwoner",
        "Gegeven op 02-06-2025",
        "Hoe Op papier getekend",
        "Het medisch rapport van de bedrijfsarts meesturen naar het UWV.",
        "Deze bestanden horen bij de aanvraag. Ze staan niet in dit document.",
        "rapport-bedrijfsarts.pdf Medisch rapport 1,5 MB 05-06-2025",
        "cv-caglar.pdf Cv 1 KB 05-06-2025",
        "Neem dan contact op met Sanne de Vries, jobcoach bij de gemeente Arnhem.",
    ] {
        assert!(text.contains(want), "the request states {want:?}:\n{text}");
    }
    for never in ["stageverslag.pdf", "AFSCHRIFT", "pdf-uwv", "JVBERi0x"] {
        assert!(!text.contains(never), "the request never says {never:?}");
    }

    let copy = s
        .statements()
        .reprint(&june_ctx(Locale::Nl), st.id)
        .await
        .unwrap();
    let copy = words(&copy);
    assert!(
        copy.contains("AFSCHRIFT") && copy.contains("afschrift van de aanvraag van 13-06-2025"),
        "a reprint is marked as a copy of the original day: {copy}"
    );
    assert!(
        copy.contains("rapport-bedrijfsarts.pdf Medisch rapport 1,5 MB"),
        "the reprint lists the files as printed"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_draft_request_prints_in_english_and_another_residents_request_is_not_found() {
    let f = fixture().await;
    let s = &f.store;
    let request = uwv_request(s, f.resident, false);
    put(s, Purpose::UwvRequest, &request).await;
    let issued = s
        .statements()
        .issue_uwv_request(&june_ctx(Locale::En), f.resident, request.id)
        .await
        .unwrap();
    let text = words(&issued.pdf);
    for want in [
        "Request to UWV",
        "Sent to UWV Not sent yet (draft)",
        "Date of birth 01-05-1966",
        "Can do a task in an organisation Yes",
        "Can work at least 4 hours a day No",
        "The resident's consent",
        "No attachments go with this request.",
    ] {
        assert!(
            text.contains(want),
            "the English request states {want:?}:\n{text}"
        );
    }

    let statements_before = count(s, "SELECT count(*) FROM issued_statements").await;
    let mut elsewhere = uwv_request(s, f.resident, false);
    elsewhere.resident_id = ResidentId::new();
    let err = s
        .statements()
        .issue_uwv_request(&june_ctx(Locale::Nl), f.resident, elsewhere.id)
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::NotFound {
                entity: EntityKind::UwvRequest,
                ..
            }
        ),
        "{err:?}"
    );
    assert_eq!(
        count(s, "SELECT count(*) FROM issued_statements").await,
        statements_before,
        "a refusal numbers nothing"
    );
}

/// A case: absent from the bakery of `placement` on 02-06-2025, asked on 03-06-2025, the
/// account given on 05-06-2025 (when there is one), decided on 12-06-2025 with `outcome`.
async fn verzuim(
    s: &Store,
    placement: &Placement,
    account: Option<&str>,
    outcome: Option<VerzuimOutcome>,
) -> VerzuimCase {
    let mut acc = ResidentAccount::asked(day(2025, 6, 3));
    if let Some(t) = account {
        acc.given_on = Some(day(2025, 6, 5));
        acc.text = Some(t.into());
    }
    let case = VerzuimCase {
        id: VerzuimId::new(),
        resident_id: placement.resident_id,
        absence: Absence {
            on: day(2025, 6, 2),
            place: AbsencePlace::Workplace,
            placement_id: Some(placement.id),
            appointment_id: None,
            source: AbsenceSource::Employer,
            reported_by: Some("Henk de Vries".into()),
            note: Some("Niet gekomen en niet gebeld.".into()),
        },
        control: None,
        account: Some(acc),
        decision: outcome.map(|outcome| VerzuimDecision {
            on: day(2025, 6, 12),
            by: s.device().coach.clone(),
            outcome,
            reasoning: "U was er niet en u had het niet gemeld. Dat moet u altijd vooraf \
                        doen. Dit is de eerste keer. Daarom geven wij alleen een waarschuwing."
                .into(),
        }),
    };
    case.validate().unwrap();
    put(s, Purpose::Verzuim, &case).await;
    case
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_warning_letter_says_when_where_what_they_told_us_what_follows_and_who_decided() {
    let f = fixture().await;
    let s = &f.store;
    let r = resident(s, f.resident).await;
    let (_, placement) = placed(s, f.resident).await;
    let case = verzuim(
        s,
        &placement,
        Some("Mijn dochter was ziek en ik had geen opvang."),
        Some(VerzuimOutcome::Warning),
    )
    .await;
    let issued = s
        .statements()
        .issue_verzuim_warning(&june_ctx(Locale::Nl), f.resident, case.id)
        .await
        .unwrap();
    let st = &issued.statement;
    assert!(
        werkpad_domain::statement::is_reference(StatementKind::VerzuimWarning, &st.reference),
        "{}",
        st.reference
    );
    assert_eq!(
        count(
            s,
            "SELECT count(*) FROM audit_log WHERE action = 'export' AND entity = 'issued_statement' AND purpose = 'verzuim'"
        )
        .await,
        1,
        "printing is audited under the verzuim purpose"
    );
    let text = words(&issued.pdf);
    for want in [
        // To the resident, at home.
        &format!(
            "Çağlar Öztürk {} {}",
            r.address.street, r.address.house_number
        ),
        &format!("{} {}", r.address.postcode, r.address.woonplaats),
        "Datum 13-06-2025",
        &format!("Kenmerk {}", st.reference),
        "Onderwerp Waarschuwing omdat u er niet was op 02-06-2025",
        "Beste Çağlar Öztürk,",
        &format!("Op 02-06-2025 was u er niet. U moest die dag bij {EMPLOYER} werken."),
        "Op 05-06-2025 hebt u ons dit verteld:",
        "Mijn dochter was ziek en ik had geen opvang.",
        "U krijgt een waarschuwing. De waarschuwing heeft geen gevolgen voor uw uitkering.",
        "Daarom geven wij alleen een waarschuwing.",
        "Dan kunnen wij de afdeling Uitkeringen voorstellen om u een maatregel te geven.",
        "De afdeling Uitkeringen beslist daarover, niet de jobcoach.",
        "Sanne de Vries heeft dit besloten op 12-06-2025.",
        "Neem dan contact op met uw jobcoach, Sanne de Vries.",
        "Met vriendelijke groet,",
    ] {
        assert!(text.contains(want), "the letter states {want:?}:\n{text}");
    }
    for never in [
        "AFSCHRIFT",
        "pdf-vzw",
        "Henk de Vries",
        "Niet gekomen en niet gebeld",
    ] {
        assert!(
            !text.contains(never),
            "the letter never says {never:?} (the employer's report stays in the file)"
        );
    }
    let copy = words(
        &s.statements()
            .reprint(&june_ctx(Locale::Nl), st.id)
            .await
            .unwrap(),
    );
    assert!(
        copy.contains("AFSCHRIFT") && copy.contains("afschrift van de brief van 13-06-2025"),
        "{copy}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_an_account_the_letter_says_so_and_it_prints_in_english() {
    let f = fixture().await;
    let s = &f.store;
    let (_, placement) = placed(s, f.resident).await;
    let case = verzuim(s, &placement, None, Some(VerzuimOutcome::Warning)).await;
    let answer_by = case.account.as_ref().unwrap().answer_by;
    let nl = s
        .statements()
        .issue_verzuim_warning(&june_ctx(Locale::Nl), f.resident, case.id)
        .await
        .unwrap();
    let want = format!(
        "Wij hebben u op 03-06-2025 gevraagd waarom u er niet was. U kon reageren tot en met {}. \
         Wij hebben voor die datum niets van u gehoord.",
        format_date(answer_by)
    );
    assert!(words(&nl.pdf).contains(&want), "{want}");
    let en = s
        .statements()
        .issue_verzuim_warning(&june_ctx(Locale::En), f.resident, case.id)
        .await
        .unwrap();
    let text = words(&en.pdf);
    for want in [
        "Warning: you were not there",
        &format!("On 02-06-2025 you were not there. You had to work at {EMPLOYER} that day."),
        "We did not hear from you before that date.",
        "The benefits department decides about that, not the job coach.",
        "Sanne de Vries decided this on 12-06-2025.",
        "Then contact your job coach, Sanne de Vries.",
    ] {
        assert!(
            text.contains(want),
            "the English letter states {want:?}:\n{text}"
        );
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_warning_letter_for_a_case_not_decided_with_a_warning() {
    let f = fixture().await;
    let s = &f.store;
    let (_, placement) = placed(s, f.resident).await;
    for outcome in [
        None,
        Some(VerzuimOutcome::NoAction),
        Some(VerzuimOutcome::MeasureProposal),
    ] {
        let case = verzuim(s, &placement, Some("Ik was ziek."), outcome).await;
        let before = count(s, "SELECT count(*) FROM issued_statements").await;
        let audit_before = count(s, "SELECT count(*) FROM audit_log WHERE action = 'export'").await;
        let err = s
            .statements()
            .issue_verzuim_warning(&june_ctx(Locale::Nl), f.resident, case.id)
            .await
            .unwrap_err();
        assert!(
            matches!(err, StoreError::NotAWarning),
            "{outcome:?} has no warning letter: {err:?}"
        );
        assert_eq!(err.code(), "not_a_warning", "the UI acts on the code");
        assert_eq!(
            count(s, "SELECT count(*) FROM issued_statements").await,
            before,
            "{outcome:?}: a refusal numbers nothing"
        );
        assert_eq!(
            count(s, "SELECT count(*) FROM audit_log WHERE action = 'export'").await,
            audit_before,
            "{outcome:?}: nothing was exported"
        );
    }
    let err = s
        .statements()
        .issue_verzuim_warning(&june_ctx(Locale::Nl), f.resident, VerzuimId::new())
        .await
        .unwrap_err();
    assert!(
        matches!(
            err,
            StoreError::NotFound {
                entity: EntityKind::Verzuim,
                ..
            }
        ),
        "{err:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_missed_appointment_is_named_by_its_subject_and_place() {
    let f = fixture().await;
    let s = &f.store;
    let appointment = werkpad_domain::Appointment {
        id: werkpad_domain::AppointmentId::new(),
        resident_id: f.resident,
        starts_at: day(2025, 6, 2).and_hms_opt(9, 30, 0).unwrap(),
        ends_at: day(2025, 6, 2).and_hms_opt(11, 0, 0).unwrap(),
        location: Some("Werkplein, Kluizeneraarsstraat 3".into()),
        subject: "Sollicitatietraining.".into(),
        status: werkpad_domain::AppointmentStatus::NoShow,
    };
    put(s, Purpose::Guidance, &appointment).await;
    let (_, placement) = placed(s, f.resident).await;
    let mut case = verzuim(s, &placement, None, Some(VerzuimOutcome::Warning)).await;
    case.absence.place = AbsencePlace::Programme;
    case.absence.placement_id = None;
    case.absence.source = AbsenceSource::NoShow;
    case.absence.appointment_id = Some(appointment.id);
    case.validate().unwrap();
    put(s, Purpose::Verzuim, &case).await;
    let issued = s
        .statements()
        .issue_verzuim_warning(&june_ctx(Locale::Nl), f.resident, case.id)
        .await
        .unwrap();
    let want = "Op 02-06-2025 was u er niet. U had die dag een afspraak: Sollicitatietraining \
                (Werkplein, Kluizeneraarsstraat 3).";
    let text = words(&issued.pdf);
    assert!(text.contains(want), "{want}\n{text}");
    assert!(!text.contains(EMPLOYER), "not the workplace: {text}");
}
