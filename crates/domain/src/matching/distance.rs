//! Travel distance as the crow flies between postcode areas (PC4), from their centroids.
//!
//! The centroids are reference data that arrive from elsewhere (the server's import, then
//! sync); [`MatchIndex`] holds them in a flat table indexed by the PC4 number, so a lookup
//! is one array access and ranking 10,000 workplaces needs no hashing.

use crate::validate::Postcode;

/// Mean earth radius in metres (IUGG).
const EARTH_RADIUS_M: f64 = 6_371_008.8;
/// The lowest and highest PC4 numbers (Dutch postcodes never start with 0).
const PC4_MIN: u16 = 1000;
const PC4_MAX: u16 = 9999;

/// The PC4 number of a postcode: "6811 AB" → 6811.
pub fn pc4(postcode: &Postcode) -> u16 {
    postcode.as_str()[..4]
        .parse()
        .expect("a Postcode always starts with four digits")
}

/// Great-circle distance in metres between two points given in degrees (haversine).
pub fn haversine_m(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let a = Point::new(lat1, lon1);
    let b = Point::new(lat2, lon2);
    a.distance_m(&b)
}

/// A point with the values the haversine formula needs, computed once.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    lat: f64,
    lon: f64,
    cos_lat: f64,
}

impl Point {
    fn new(lat_deg: f64, lon_deg: f64) -> Self {
        let lat = lat_deg.to_radians();
        Self {
            lat,
            lon: lon_deg.to_radians(),
            cos_lat: lat.cos(),
        }
    }

    fn distance_m(&self, other: &Self) -> f64 {
        let half_dlat = ((other.lat - self.lat) / 2.0).sin();
        let half_dlon = ((other.lon - self.lon) / 2.0).sin();
        let h = half_dlat * half_dlat + self.cos_lat * other.cos_lat * half_dlon * half_dlon;
        2.0 * EARTH_RADIUS_M * h.sqrt().min(1.0).asin()
    }
}

/// The centroids of postcode areas, for distances between residents and workplaces.
#[derive(Debug, Clone, Default)]
pub struct MatchIndex {
    /// Slot `pc4 - 1000` holds that area's centroid, if known.
    points: Vec<Option<Point>>,
    /// How many areas have a centroid.
    len: usize,
    /// How many entries were refused (PC4 out of range, coordinates not finite or off
    /// the globe).
    rejected: usize,
}

impl MatchIndex {
    /// An index of `(pc4, latitude, longitude)` entries, in degrees (WGS84). Invalid
    /// entries are left out and counted in [`MatchIndex::rejected`]; a later entry for
    /// the same PC4 replaces an earlier one.
    pub fn from_centroids(centroids: impl IntoIterator<Item = (u16, f64, f64)>) -> Self {
        let mut index = Self {
            points: vec![None; usize::from(PC4_MAX - PC4_MIN) + 1],
            len: 0,
            rejected: 0,
        };
        for (pc4, lat, lon) in centroids {
            if !index.insert(pc4, lat, lon) {
                index.rejected += 1;
            }
        }
        index
    }

    /// Adds or replaces one centroid; false (and nothing stored) when it is invalid.
    pub fn insert(&mut self, pc4: u16, lat: f64, lon: f64) -> bool {
        let valid = (PC4_MIN..=PC4_MAX).contains(&pc4)
            && lat.is_finite()
            && lon.is_finite()
            && (-90.0..=90.0).contains(&lat)
            && (-180.0..=180.0).contains(&lon);
        if !valid {
            return false;
        }
        if self.points.is_empty() {
            self.points = vec![None; usize::from(PC4_MAX - PC4_MIN) + 1];
        }
        let slot = &mut self.points[usize::from(pc4 - PC4_MIN)];
        if slot.is_none() {
            self.len += 1;
        }
        *slot = Some(Point::new(lat, lon));
        true
    }

    /// How many postcode areas have a centroid.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when no centroid is known.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How many entries [`MatchIndex::from_centroids`] refused.
    pub fn rejected(&self) -> usize {
        self.rejected
    }

    /// True when the area's centroid is known.
    pub fn contains(&self, pc4: u16) -> bool {
        self.point(pc4).is_some()
    }

    /// Distance in whole metres between two areas' centroids; none when either is unknown.
    /// Two addresses in one area are 0 m apart: PC4 is as precise as this gets.
    pub fn distance_m(&self, from: u16, to: u16) -> Option<u32> {
        let a = self.point(from)?;
        let b = self.point(to)?;
        // At most half the earth's circumference (about 2e7 m), so it fits a u32.
        Some(a.distance_m(&b).round() as u32)
    }

    /// Bytes the index holds on the heap.
    pub fn heap_bytes(&self) -> usize {
        self.points.capacity() * std::mem::size_of::<Option<Point>>()
    }

    fn point(&self, pc4: u16) -> Option<Point> {
        let slot = usize::from(pc4.checked_sub(PC4_MIN)?);
        self.points.get(slot).copied().flatten()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn haversine_gives_known_distances() {
        // Amsterdam Centraal to Utrecht Centraal: about 35 km as the crow flies.
        let d = haversine_m(52.3791, 4.9003, 52.0894, 5.1101);
        assert!(
            (34_000.0..36_000.0).contains(&d),
            "Amsterdam–Utrecht is about 35 km, got {d} m"
        );
        assert_eq!(
            haversine_m(51.98, 5.91, 51.98, 5.91),
            0.0,
            "a point is 0 m from itself"
        );
        // A quarter of a meridian: pole to equator is 10,008 km on the mean sphere.
        let quarter = haversine_m(0.0, 0.0, 90.0, 0.0);
        assert!(
            (quarter - 10_007_557.0).abs() < 1.0,
            "pole to equator on a sphere of the mean radius, got {quarter}"
        );
    }

    #[test]
    fn index_looks_up_and_rejects_bad_entries() {
        let index = MatchIndex::from_centroids([
            (6811, 51.9800, 5.9110),
            (6824, 51.9870, 5.9400),
            (999, 52.0, 5.0),
            (1234, f64::NAN, 5.0),
            (1235, 95.0, 5.0),
        ]);
        assert_eq!(index.len(), 2, "only the two valid areas are kept");
        assert_eq!(
            index.rejected(),
            3,
            "a PC4 below 1000, NaN and lat 95 are refused"
        );
        let d = index.distance_m(6811, 6824).expect("both areas are known");
        assert!(
            (1_500..3_000).contains(&d),
            "two Arnhem areas lie about 2 km apart, got {d}"
        );
        assert_eq!(
            index.distance_m(6811, 6811),
            Some(0),
            "same area, same centroid"
        );
        assert_eq!(
            index.distance_m(6811, 1234),
            None,
            "an unknown area gives no distance rather than a guess"
        );
        assert_eq!(
            index.distance_m(6811, 0),
            None,
            "PC4 0 is not a postcode area"
        );
    }

    #[test]
    fn pc4_takes_the_digits_of_a_postcode() {
        let p = Postcode::parse("6811 ab").expect("a valid postcode");
        assert_eq!(pc4(&p), 6811, "the PC4 area is the four digits");
    }
}
