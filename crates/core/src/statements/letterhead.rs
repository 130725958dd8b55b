//! The municipality on paper: name, address, logo and who signs. Set per installation (in
//! the app's settings file, no personal data of residents); Arnhem is the default.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::StatementError;

/// The neutral placeholder logo printed until a municipality sets its own.
const DEFAULT_LOGO: &[u8] = include_bytes!("../../../../assets/logo/gemeente.png");

/// Letterhead and signatory.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct LetterheadSettings {
    /// The municipality's name without "Gemeente": "Arnhem".
    pub municipality: String,
    /// Address lines under the name.
    pub address_lines: Vec<String>,
    /// A PNG logo; the built-in placeholder when unset.
    pub logo_path: Option<PathBuf>,
    /// Who signs statements for the college.
    pub signatory_name: String,
    /// The signatory's role.
    pub signatory_role: String,
}

impl Default for LetterheadSettings {
    fn default() -> Self {
        Self {
            municipality: "Arnhem".into(),
            address_lines: vec![
                "Postbus 9200, 6800 HA Arnhem".into(),
                "Bezoekadres: Koningstraat 38, 6811 DG Arnhem".into(),
            ],
            logo_path: None,
            signatory_name: "M. Jansen".into(),
            signatory_role: "Teamleider Werk".into(),
        }
    }
}

impl LetterheadSettings {
    /// The logo's PNG bytes: the configured file, or the placeholder.
    pub fn logo_png(&self) -> Result<Vec<u8>, StatementError> {
        match &self.logo_path {
            Some(path) => std::fs::read(path).map_err(|_| StatementError::Logo),
            None => Ok(DEFAULT_LOGO.to_vec()),
        }
    }
}
