//! The matching facts cache never serves stale facts: every kind of change that ranking
//! depends on (a workplace saved by the coach, a row written by a sync pull outside the
//! writer, postcode areas replaced, a traject ended) is seen by the next ranking, and
//! nothing else (audit entries of the rankings themselves) throws the cache away.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::sync::Arc;

use werkpad_domain::matching::WorkplaceDraft;
use werkpad_domain::{EndReason, Purpose};

use super::cache::Need;
use super::demo::populate_matching;
use super::tests::{fixture, today};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unchanged_store_reuses_the_facts_and_audit_entries_do_not_count_as_change() {
    let f = fixture().await;
    populate_matching(&f.store, &[], 0, 1).await.unwrap();
    let first = f
        .store
        .matching()
        .match_snapshot(Need::Workplaces)
        .await
        .unwrap();
    // A ranking writes audit entries; they are not a change to what ranking reads.
    f.store
        .matching()
        .matches_for_resident(f.resident, 5)
        .await
        .unwrap();
    let second = f
        .store
        .matching()
        .match_snapshot(Need::Workplaces)
        .await
        .unwrap();
    assert!(
        Arc::ptr_eq(
            first.workplaces.as_ref().unwrap(),
            second.workplaces.as_ref().unwrap()
        ),
        "the same workplace facts are served again"
    );
    assert!(Arc::ptr_eq(&first.index, &second.index));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn workplace_changes_by_the_coach_and_by_sync_reach_the_next_ranking() {
    let f = fixture().await;
    let demo = populate_matching(&f.store, &[], 0, 1).await.unwrap();
    let before = f
        .store
        .matching()
        .matches_for_resident(f.resident, 50)
        .await
        .unwrap();

    // The coach adds a workplace.
    let employer = f.store.matching().employers().await.unwrap().remove(0);
    let draft = WorkplaceDraft {
        employer_id: Some(employer.id),
        title: Some("Nieuw: inpakker".into()),
        kind: Some("regulier".into()),
        hours_per_week: Some("24".into()),
        postcode: Some("6811AB".into()),
        place: Some("Arnhem".into()),
        physical_demand: Some("licht".into()),
        mental_demand: Some("licht".into()),
        places: Some("1".into()),
        open: true,
        ..WorkplaceDraft::default()
    };
    let added = f
        .store
        .matching()
        .save_workplace(None, &draft)
        .await
        .unwrap();
    let after_add = f
        .store
        .matching()
        .matches_for_resident(f.resident, 50)
        .await
        .unwrap();
    assert_eq!(after_add.basis.candidates, before.basis.candidates + 1);
    assert!(
        after_add.matches.iter().any(|m| m.workplace.id == added.id),
        "the new workplace is ranked"
    );

    // A sync pull writes rows directly (no writer): the workplace was closed elsewhere.
    sqlx::query(
        "UPDATE workplaces SET data = json_set(data, '$.open', json('false')) WHERE id = ?",
    )
    .bind(added.id.to_string())
    .execute(f.store.pool())
    .await
    .unwrap();
    let after_pull = f
        .store
        .matching()
        .matches_for_resident(f.resident, 50)
        .await
        .unwrap();
    let closed = after_pull
        .matches
        .iter()
        .find(|m| m.workplace.id == added.id)
        .expect("a closed workplace is still shown");
    assert!(closed.explained.excluded, "and is excluded now");
    assert!(!closed.workplace.open);
    assert!(demo.workplaces > 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn replaced_postcode_areas_and_an_ended_traject_reach_the_next_ranking() {
    let f = fixture().await;
    populate_matching(&f.store, &[], 0, 1).await.unwrap();
    let workplace = f.store.matching().workplaces().await.unwrap().remove(0);
    let before = f
        .store
        .matching()
        .matches_for_workplace(workplace.id, 10)
        .await
        .unwrap();
    assert!(before.basis.postcode_areas > 0);
    assert!(before.matches.iter().any(|m| m.resident_id == f.resident));

    sqlx::query("DELETE FROM pc4_areas")
        .execute(f.store.pool())
        .await
        .unwrap();
    let without_areas = f
        .store
        .matching()
        .matches_for_workplace(workplace.id, 10)
        .await
        .unwrap();
    assert_eq!(
        without_areas.basis.postcode_areas, 0,
        "travel cannot count once the postcode areas are gone"
    );

    let file = f
        .store
        .residents()
        .resident_file(f.resident, Purpose::Guidance)
        .await
        .unwrap();
    let traject = file.trajecten[0].traject.id;
    f.store
        .residents()
        .end_traject(
            f.resident,
            traject,
            EndReason::Afgebroken,
            today(),
            "Verhuisd.".into(),
        )
        .await
        .unwrap();
    let after_end = f
        .store
        .matching()
        .matches_for_workplace(workplace.id, 10)
        .await
        .unwrap();
    assert_eq!(after_end.basis.candidates, before.basis.candidates - 1);
    assert!(
        after_end
            .matches
            .iter()
            .all(|m| m.resident_id != f.resident),
        "a resident whose traject ended is no longer a candidate"
    );
}
