//! The parsers against the published files in `../shared/data` (ESCO v1.2, GeoNames), when
//! that folder is present; otherwise each test prints a note and passes. The repository
//! never holds copies of these files.

use std::collections::HashSet;
use std::fs::File;
use std::io::BufReader;

use super::*;

fn sample(path: &str) -> Option<BufReader<File>> {
    match File::open(path) {
        Ok(file) => Some(BufReader::new(file)),
        Err(e) => {
            println!("skipped: sample {path} not readable ({e})");
            None
        }
    }
}

macro_rules! sample_path {
    ($name:literal) => {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/", $name)
    };
}

#[test]
fn the_esco_occupations_sample_parses_whole() {
    let Some(file) = sample(sample_path!("occupations_nl.csv")) else {
        return;
    };
    let occupations = parse_occupations(file).expect("the published file is valid");
    assert_eq!(
        occupations.len(),
        3039,
        "every row of the sample is a released occupation"
    );
    let ids: HashSet<_> = occupations.iter().map(|o| o.id).collect();
    assert_eq!(ids.len(), occupations.len(), "ESCO ids are unique");
    let forklift = occupations
        .iter()
        .find(|o| o.label == "heftruckchauffeur")
        .expect("ESCO has a forklift driver");
    assert_eq!(forklift.isco_group, "8344", "lifting-truck operators");
    assert!(
        forklift.synonyms.iter().any(|s| s == "reachtruckchauffeur")
            && forklift.synonyms.len() > 10,
        "the multi-line altLabels became synonyms: {:?}",
        forklift.synonyms
    );
    assert!(
        occupations
            .iter()
            .all(|o| !o.synonyms.iter().any(|s| s.eq_ignore_ascii_case(&o.label))),
        "no occupation lists its own label as a synonym"
    );
}

#[test]
fn the_isco_groups_sample_parses_whole() {
    let Some(file) = sample(sample_path!("ISCOGroups_nl.csv")) else {
        return;
    };
    let groups = parse_isco_groups(file).expect("the published file is valid");
    let Some(raw) = sample(sample_path!("ISCOGroups_nl.csv")) else {
        return;
    };
    let rows = csv::Reader::from_reader(raw).records().count();
    assert_eq!(
        (groups.len(), rows),
        (619, 619),
        "every row of the sample is a released ISCO group"
    );
    let plaatwerkers = groups
        .iter()
        .find(|g| g.code == "7213")
        .expect("ISCO-08 unit group 7213");
    assert_eq!(
        plaatwerkers.parent.as_deref(),
        Some("721"),
        "its minor group"
    );
    let levels: Vec<usize> = (1..=4)
        .map(|n| groups.iter().filter(|g| g.code.len() == n).count())
        .collect();
    assert_eq!(
        levels[0], 10,
        "ISCO-08 has 10 major groups (0 = armed forces): {levels:?}"
    );

    // Every occupation's unit group is one of these groups.
    if let Some(file) = sample(sample_path!("occupations_nl.csv")) {
        let codes: HashSet<&str> = groups.iter().map(|g| g.code.as_str()).collect();
        let occupations = parse_occupations(file).expect("the published file is valid");
        assert!(
            occupations
                .iter()
                .all(|o| codes.contains(o.isco_group.as_str())),
            "occupations refer to known unit groups"
        );
    }
}

#[test]
fn the_pc4_sample_parses_whole() {
    let Some(file) = sample(sample_path!("pc4_nl.csv")) else {
        return;
    };
    let areas = parse_pc4(file).expect("the published file is valid");
    let Some(raw) = sample(sample_path!("pc4_nl.csv")) else {
        return;
    };
    let rows = csv::Reader::from_reader(raw).records().count();
    assert!(
        !areas.is_empty() && areas.len() <= rows && rows <= 4328,
        "one area per distinct postcode: {} areas from {rows} rows",
        areas.len()
    );
    let codes: HashSet<u16> = areas.iter().map(|a| a.postcode4).collect();
    assert_eq!(codes.len(), areas.len(), "each postcode once");
    let arnhem = areas
        .iter()
        .find(|a| a.postcode4 == 6811)
        .expect("PC4 6811 exists");
    assert_eq!(arnhem.places, ["Arnhem"], "6811 is Arnhem's centre");
    assert!(
        areas.iter().any(|a| a.places.len() > 1),
        "some postcodes lie in more than one place"
    );
}

#[test]
fn an_error_deep_in_a_sample_names_its_line() {
    // Multi-line labels (ESCO) and CRLF line ends (GeoNames) must not shift the line.
    let Ok(esco) = std::fs::read_to_string(sample_path!("occupations_nl.csv")) else {
        println!("skipped: occupations sample not readable");
        return;
    };
    let needle = ",8344,heftruckchauffeur,";
    let at = esco
        .find(needle)
        .expect("the forklift driver is in the sample");
    let want = 1 + esco[..at].matches('\n').count() as u64;
    let broken = esco.replacen(needle, ",83x4,heftruckchauffeur,", 1);
    assert_eq!(
        parse_occupations(broken.as_bytes()),
        Err(ImportError::new(
            want,
            ImportProblem::bad_value("iscoGroup", "83x4")
        )),
        "the line a text editor shows"
    );

    let Ok(pc4) = std::fs::read_to_string(sample_path!("pc4_nl.csv")) else {
        println!("skipped: pc4 sample not readable");
        return;
    };
    let mut lines: Vec<String> = pc4.split("\r\n").map(str::to_owned).collect();
    let fields: Vec<&str> = lines[1999].split(',').collect();
    lines[1999] = format!("{},{},99.5,{}", fields[0], fields[1], fields[3]);
    assert_eq!(
        parse_pc4(lines.join("\r\n").as_bytes()),
        Err(ImportError::new(
            2000,
            ImportProblem::bad_value("latitude", "99.5")
        )),
        "line 2000 of a CRLF file is line 2000"
    );
}
