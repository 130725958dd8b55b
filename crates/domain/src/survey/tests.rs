use chrono::NaiveDate;
use rstest::rstest;

use super::*;
use crate::choice::assert_choice_consistent;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 15).expect("date")
}

fn answer(month: &str, values: &[(SurveyQuestion, u8)]) -> SurveyAnswer {
    SurveyAnswer {
        month: month.into(),
        channel: SurveyChannel::Screen,
        values: values.iter().copied().collect(),
    }
}

#[test]
fn choices_are_consistent() {
    assert_choice_consistent::<SurveyQuestion>();
    assert_choice_consistent::<SurveyChannel>();
}

#[rstest]
#[case::this_month("2026-12", Ok(NaiveDate::from_ymd_opt(2026, 12, 1)))]
#[case::twelve_months_back("2025-12", Ok(NaiveDate::from_ymd_opt(2025, 12, 1)))]
#[case::next_month("2027-01", Err(ValidationError::DateInFuture))]
#[case::thirteen_months_back(
    "2025-11",
    Err(ValidationError::MonthTooOld { months: MONTHS_BACK })
)]
#[case::a_day_is_not_a_month("2026-12-01", Err(ValidationError::MonthFormat))]
#[case::month_thirteen("2026-13", Err(ValidationError::MonthFormat))]
#[case::month_zero("2026-00", Err(ValidationError::MonthFormat))]
#[case::dutch_order("12-2026", Err(ValidationError::MonthFormat))]
#[case::signs("+202-12", Err(ValidationError::MonthFormat))]
fn the_month_is_recent_and_not_finer(
    #[case] month: &str,
    #[case] want: Result<Option<NaiveDate>, ValidationError>,
) {
    let got = answer(month, &[(SurveyQuestion::Listens, 4)]).validate(today());
    match want {
        Ok(first) => assert_eq!(
            got.ok(),
            first,
            "{month} is within 12 months and gives the first of the month"
        ),
        Err(e) => {
            let errors = got.expect_err("refused");
            assert!(
                errors.contains("month", &e),
                "{month} must be refused with {e:?}, got {errors}"
            );
        }
    }
}

#[rstest]
#[case(0, false)]
#[case(1, true)]
#[case(3, true)]
#[case(5, true)]
#[case(6, false)]
#[case(255, false)]
fn scores_run_from_one_to_five(#[case] value: u8, #[case] ok: bool) {
    let got = answer("2026-11", &[(SurveyQuestion::NextStep, value)]).validate(today());
    assert_eq!(got.is_ok(), ok, "score {value}");
    if !ok {
        assert!(
            got.expect_err("refused").contains(
                "values.next_step",
                &ValidationError::OutOfRange { min: 1, max: 5 }
            ),
            "the error names the question whose score is out of range"
        );
    }
}

#[test]
fn skipping_is_allowed_but_not_everything() {
    assert!(
        answer("2026-12", &[(SurveyQuestion::Recommend, 2)])
            .validate(today())
            .is_ok(),
        "four questions skipped, one answered: kept"
    );
    let errors = answer("2026-12", &[])
        .validate(today())
        .expect_err("nothing answered");
    assert!(
        errors.contains("values", &ValidationError::NoSurveyAnswer),
        "an answer with no score at all says nothing: refused"
    );
}

#[test]
fn no_answer_without_consent() {
    let input = SurveyInput {
        consent: false,
        answer: answer("2026-12", &[(SurveyQuestion::Listens, 5)]),
    };
    let errors = input.into_answer(today()).expect_err("no consent");
    assert!(
        errors.contains("consent", &ValidationError::ConsentRequired),
        "the resident's yes comes first"
    );
    let input = SurveyInput {
        consent: true,
        answer: answer("2026-12", &[(SurveyQuestion::Listens, 5)]),
    };
    assert!(
        input.into_answer(today()).is_ok(),
        "with consent it is kept"
    );
}

#[test]
fn the_wire_form_has_month_channel_and_scores_only() {
    let json = serde_json::to_value(SurveyDelivery {
        token: "0123456789abcdef0123456789abcdef".into(),
        answer: answer(
            "2026-12",
            &[(SurveyQuestion::Listens, 4), (SurveyQuestion::Recommend, 5)],
        ),
    })
    .expect("json");
    assert_eq!(
        json,
        serde_json::json!({
            "token": "0123456789abcdef0123456789abcdef",
            "month": "2026-12",
            "channel": "screen",
            "values": {"listens": 4, "recommend": 5},
        }),
        "nothing but the token, the month, the channel and the scores travels"
    );
    let unknown = serde_json::from_value::<SurveyDelivery>(serde_json::json!({
        "token": "0123456789abcdef0123456789abcdef",
        "month": "2026-12",
        "channel": "screen",
        "values": {"my_name_is": 4},
    }));
    assert!(unknown.is_err(), "an unknown question is not taken");
}

#[rstest]
#[case("0123456789abcdef0123456789abcdef", true)]
#[case("0123456789ABCDEF0123456789abcdef", false)]
#[case("0123456789abcdef0123456789abcde", false)]
#[case("0123456789abcdef0123456789abcdefa", false)]
#[case("0123456789abcdef0123456789abcdeg", false)]
fn tokens_are_128_bits_in_hex(#[case] token: &str, #[case] ok: bool) {
    assert_eq!(is_token(token), ok, "{token}");
}

#[test]
fn months_format_and_round_trip() {
    let d = NaiveDate::from_ymd_opt(2026, 3, 31).expect("date");
    assert_eq!(format_month(d), "2026-03");
    assert_eq!(
        parse_month(&format_month(d)).ok(),
        Some(first_of_month(d)),
        "format then parse gives the first of the month"
    );
}
