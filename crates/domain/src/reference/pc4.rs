//! 4-digit postcode areas (PC4) with the places in them and a centroid, for distances
//! between a resident and a workplace. Read from `postcode4,plaats,latitude,longitude`
//! (GeoNames' postal codes for NL). A PC4 listed under several places becomes one area
//! with every place and the mean of the coordinates.

use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::ops::RangeInclusive;

use serde::{Deserialize, Serialize};
use uuid::Uuid;

use super::csv_rows::Rows;
use super::{ImportError, ImportProblem, invalid, is_digits, name_uuid};
use crate::error::{ValidationError, ValidationErrors};
use crate::validate::SHORT_TEXT_MAX;
use crate::validate::fields::Collector;

/// Latitudes of the Netherlands (a box around it, in degrees north).
pub const LATITUDE: RangeInclusive<f64> = 50.7..=53.7;
/// Longitudes of the Netherlands (a box around it, in degrees east).
pub const LONGITUDE: RangeInclusive<f64> = 3.2..=7.3;

const POSTCODE4: &str = "postcode4";
const PLAATS: &str = "plaats";
const LATITUDE_COLUMN: &str = "latitude";
const LONGITUDE_COLUMN: &str = "longitude";
const NEEDED: &[&str] = &[POSTCODE4, PLAATS, LATITUDE_COLUMN, LONGITUDE_COLUMN];
const POSTCODES: RangeInclusive<u16> = 1000..=9999;

/// One postcode area.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pc4Area {
    /// [`Pc4Area::id_for`] its postcode.
    pub id: Uuid,
    /// The four digits, 1000 to 9999.
    pub postcode4: u16,
    /// The places (woonplaatsen) in the area, in file order.
    pub places: Vec<String>,
    /// Centroid, degrees north (rounded to 6 decimals, about 0.1 m).
    pub latitude: f64,
    /// Centroid, degrees east (rounded to 6 decimals).
    pub longitude: f64,
}

impl Pc4Area {
    /// The stable id of the area `postcode4`.
    pub fn id_for(postcode4: u16) -> Uuid {
        name_uuid("pc4", &postcode4.to_string())
    }

    /// A postcode in range with its own id, at least one place, a centroid in the
    /// Netherlands. Coordinates outside the box are reported as
    /// [`ValidationError::OutOfRange`] with the whole degrees around it.
    pub fn validate(&self) -> Result<(), ValidationErrors> {
        let mut c = Collector::new();
        if !POSTCODES.contains(&self.postcode4) {
            c.push(
                "postcode4",
                ValidationError::OutOfRange {
                    min: 1000,
                    max: 9999,
                },
            );
        } else if self.id != Self::id_for(self.postcode4) {
            c.push("id", ValidationError::InvalidChoice);
        }
        if self.places.is_empty() {
            c.push("places", ValidationError::Required);
        }
        for (i, place) in self.places.iter().enumerate() {
            c.check_required(&format!("places[{i}]"), place, SHORT_TEXT_MAX);
        }
        if !LATITUDE.contains(&self.latitude) {
            c.push("latitude", ValidationError::OutOfRange { min: 50, max: 54 });
        }
        if !LONGITUDE.contains(&self.longitude) {
            c.push("longitude", ValidationError::OutOfRange { min: 3, max: 8 });
        }
        c.finish()
    }
}

/// The areas of a `postcode4,plaats,latitude,longitude` file in order of first appearance,
/// or the first problem.
pub fn parse_pc4(read: impl Read) -> Result<Vec<Pc4Area>, ImportError> {
    let mut rows = Rows::open(read, NEEDED)?;
    let mut areas: Vec<Merged> = Vec::new();
    let mut index: HashMap<u16, usize> = HashMap::new();
    while let Some(row) = rows.next_row()? {
        let code = row.required(POSTCODE4)?;
        let postcode4 = Some(code)
            .filter(|c| is_digits(c, 4, 4))
            .and_then(|c| c.parse::<u16>().ok())
            .filter(|n| POSTCODES.contains(n))
            .ok_or_else(|| row.bad(POSTCODE4, code))?;
        let place = row.required(PLAATS)?;
        let coordinate = |column: &str, range: &RangeInclusive<f64>| {
            let value: f64 = row.parse(column)?;
            if range.contains(&value) {
                Ok(value)
            } else {
                Err(row.bad(column, row.get(column)))
            }
        };
        let latitude = coordinate(LATITUDE_COLUMN, &LATITUDE)?;
        let longitude = coordinate(LONGITUDE_COLUMN, &LONGITUDE)?;
        let at = *index.entry(postcode4).or_insert_with(|| {
            areas.push(Merged::new(row.line, postcode4));
            areas.len() - 1
        });
        areas[at].add(place, latitude, longitude);
    }
    if areas.is_empty() {
        return Err(ImportError::new(1, ImportProblem::NoRecords));
    }
    areas
        .into_iter()
        .map(|merged| {
            let line = merged.line;
            let area = merged.into_area();
            area.validate().map_err(|e| invalid(line, e))?;
            Ok(area)
        })
        .collect()
}

/// The rows of one postcode so far.
struct Merged {
    line: u64,
    postcode4: u16,
    places: Vec<String>,
    seen: HashSet<String>,
    latitude: f64,
    longitude: f64,
    rows: u32,
}

impl Merged {
    fn new(line: u64, postcode4: u16) -> Self {
        Self {
            line,
            postcode4,
            places: Vec::new(),
            seen: HashSet::new(),
            latitude: 0.0,
            longitude: 0.0,
            rows: 0,
        }
    }

    fn add(&mut self, place: &str, latitude: f64, longitude: f64) {
        if self.seen.insert(place.to_lowercase()) {
            self.places.push(place.to_owned());
        }
        self.latitude += latitude;
        self.longitude += longitude;
        self.rows += 1;
    }

    fn into_area(self) -> Pc4Area {
        let n = f64::from(self.rows.max(1));
        Pc4Area {
            id: Pc4Area::id_for(self.postcode4),
            postcode4: self.postcode4,
            places: self.places,
            latitude: round6(self.latitude / n),
            longitude: round6(self.longitude / n),
        }
    }
}

/// Rounded to 6 decimals: a short decimal survives JSON and PostgreSQL `jsonb` exactly, so
/// an unchanged area compares equal in the next import.
fn round6(degrees: f64) -> f64 {
    (degrees * 1e6).round() / 1e6
}

#[cfg(test)]
mod tests {
    use super::*;

    /// GeoNames' file has CRLF line ends. 1541 is listed under two places (one twice).
    const FIXTURE: &str = "postcode4,plaats,latitude,longitude\r\n\
                           6811,Arnhem,51.9814,5.9063\r\n\
                           1541,Koog aan de Zaan,52.4611,4.8066\r\n\
                           6812,Arnhem,51.9901,5.8989\r\n\
                           1541,Zaandam,52.4597,4.8113\r\n\
                           1541,koog aan de zaan,52.4620,4.8050\r\n";

    #[test]
    fn areas_merge_places_and_average_coordinates() {
        let got = parse_pc4(FIXTURE.as_bytes()).expect("a good file");
        let codes: Vec<u16> = got.iter().map(|a| a.postcode4).collect();
        assert_eq!(
            codes,
            [6811, 1541, 6812],
            "one area per postcode, first-seen order"
        );
        assert_eq!(
            (got[0].places.as_slice(), got[0].latitude, got[0].longitude),
            (["Arnhem".to_owned()].as_slice(), 51.9814, 5.9063),
            "a single row keeps its coordinates"
        );
        let zaan = &got[1];
        assert_eq!(
            zaan.places,
            ["Koog aan de Zaan", "Zaandam"],
            "every place once, in file order"
        );
        assert_eq!(
            (zaan.latitude, zaan.longitude),
            (52.460933, 4.807633),
            "the mean of the three rows, to 6 decimals"
        );
        assert_eq!(
            zaan.id,
            name_uuid("pc4", "1541"),
            "the id follows from the postcode"
        );
        assert!(
            got.iter().all(|a| a.validate().is_ok()),
            "parsed areas validate"
        );
    }

    #[test]
    fn a_bad_coordinate_is_reported_on_its_line() {
        let far = FIXTURE.replace("51.9901", "59.9901");
        assert_eq!(
            parse_pc4(far.as_bytes()),
            Err(ImportError::new(
                4,
                ImportProblem::bad_value("latitude", "59.9901")
            )),
            "Oslo's latitude is not in the Netherlands"
        );
        let comma = FIXTURE.replace("5.8989", "\"5,8989\"");
        assert_eq!(
            parse_pc4(comma.as_bytes()).map_err(|e| (e.line, e.problem)),
            Err((4, ImportProblem::bad_value("longitude", "5,8989"))),
            "a decimal comma is not a number here"
        );
        let low = FIXTURE.replace("6812,", "0812,");
        assert_eq!(
            parse_pc4(low.as_bytes()).map_err(|e| (e.line, e.problem)),
            Err((4, ImportProblem::bad_value("postcode4", "0812"))),
            "postcodes start at 1000"
        );
    }

    #[test]
    fn broken_files_are_refused() {
        let open_quote = FIXTURE.replace("6812,Arnhem", "6812,\"Arnhem");
        let err = parse_pc4(open_quote.as_bytes()).expect_err("the quote swallows the rest");
        assert_eq!(
            (err.line, matches!(err.problem, ImportProblem::Csv(_))),
            (4, true),
            "the unterminated quote's record starts on line 4: {err}"
        );
        let no_place = FIXTURE.replacen("plaats", "woonplaats", 1);
        assert_eq!(
            parse_pc4(no_place.as_bytes()),
            Err(ImportError::new(
                1,
                ImportProblem::MissingColumn("plaats".into())
            ))
        );
        assert_eq!(
            parse_pc4("postcode4,plaats,latitude,longitude\r\n".as_bytes()),
            Err(ImportError::new(1, ImportProblem::NoRecords)),
            "an empty release would remove every area"
        );
    }

    #[test]
    fn validate_checks_range_id_places_and_box() {
        let area = Pc4Area {
            id: Pc4Area::id_for(6811),
            postcode4: 6811,
            places: vec!["Arnhem".into()],
            latitude: 51.9814,
            longitude: 5.9063,
        };
        assert_eq!(area.validate(), Ok(()), "Arnhem is fine");
        let errors = Pc4Area {
            id: Pc4Area::id_for(6812),
            places: vec![],
            latitude: f64::NAN,
            longitude: 2.0,
            ..area
        }
        .validate()
        .expect_err("everything wrong");
        let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
        assert_eq!(
            fields,
            ["id", "places", "latitude", "longitude"],
            "each problem is named"
        );
    }
}
