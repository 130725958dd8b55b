//! The app's own settings (language, auto-lock): plain JSON in the data folder, no personal
//! data, readable before the store is unlocked (the lock screen needs the language).

use std::path::Path;

use serde::{Deserialize, Serialize};
use werkpad_domain::{ValidationError, ValidationErrors};

use crate::error::Result;
use crate::statements::LetterheadSettings;
use crate::store::secrets::write_private;

/// Allowed auto-lock range, minutes.
pub const AUTO_LOCK_RANGE: std::ops::RangeInclusive<u32> = 1..=120;

/// Settings of this installation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppSettings {
    /// "nl-NL" (default) or "en-US".
    pub locale: String,
    /// Lock after this many idle minutes.
    pub auto_lock_minutes: u32,
    /// The municipality's letterhead and signatory on printed statements.
    pub letterhead: LetterheadSettings,
    /// The municipality's recovery public key (X25519, 64 hex digits), set by the functional
    /// administrator: with it the store keeps a recovery copy of its key (issue 21).
    pub recovery_public_key: Option<String>,
    /// Loonwaarde and jobcoaching policy: the re-assessment interval and the tariffs.
    pub subsidy: crate::subsidies::SubsidyPolicy,
}

impl Default for AppSettings {
    fn default() -> Self {
        Self {
            locale: "nl-NL".into(),
            auto_lock_minutes: 10,
            letterhead: LetterheadSettings::default(),
            recovery_public_key: None,
            subsidy: crate::subsidies::SubsidyPolicy::default(),
        }
    }
}

impl AppSettings {
    const FILE: &'static str = "settings.json";

    /// Load from `dir`, defaults when absent or unreadable.
    pub fn load(dir: &Path) -> Self {
        std::fs::read(dir.join(Self::FILE))
            .ok()
            .and_then(|b| serde_json::from_slice(&b).ok())
            .unwrap_or_default()
    }

    /// How the store is opened with these settings.
    pub fn store_config(&self) -> crate::store::StoreConfig {
        crate::store::StoreConfig {
            recovery_public_key: self.recovery_public_key.clone(),
            ..Default::default()
        }
    }

    /// Check and save to `dir`.
    pub fn save(&self, dir: &Path) -> Result<()> {
        self.check()?;
        std::fs::create_dir_all(dir)?;
        let bytes = serde_json::to_vec_pretty(self)
            .map_err(|e| crate::StoreError::Io(std::io::Error::other(e)))?;
        write_private(&dir.join(Self::FILE), &bytes)
    }

    /// The rules: a supported locale, auto-lock within [`AUTO_LOCK_RANGE`].
    pub fn check(&self) -> Result<(), ValidationErrors> {
        let mut errors = ValidationErrors::new();
        if !matches!(self.locale.as_str(), "nl-NL" | "en-US") {
            errors.push("locale", ValidationError::InvalidChoice);
        }
        if !AUTO_LOCK_RANGE.contains(&self.auto_lock_minutes) {
            errors.push(
                "auto_lock_minutes",
                ValidationError::OutOfRange {
                    min: i64::from(*AUTO_LOCK_RANGE.start()),
                    max: i64::from(*AUTO_LOCK_RANGE.end()),
                },
            );
        }
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}
