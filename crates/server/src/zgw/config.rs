//! The `[zgw]` settings: where a zaak goes in the municipality's Catalogi, and who it is
//! from. Every key has a default so the server starts without them; the defaults are
//! placeholders under `example.invalid` that no Open Zaak accepts, so a push fails until
//! a functional administrator has filled them in (an export shows them as they are).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// `[zgw]` in the settings file, or `WERKPAD__ZGW__RSIN=…` and the like.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ZgwSettings {
    /// The ZAAKTYPE of a traject (a URL in the Catalogi API), e.g. "Re-integratietraject
    /// Participatiewet".
    pub zaaktype: String,
    /// The INFORMATIEOBJECTTYPE used for a document kind not in [`Self::informatieobjecttypen`].
    pub informatieobjecttype: String,
    /// The INFORMATIEOBJECTTYPE per document kind: a statement kind
    /// (`verklaring_56_plus`, `lks_beschikking`, `intake_report`, …) or an attachment kind
    /// prefixed with `attachment.` (`attachment.cv`, `attachment.medical_report`, …).
    pub informatieobjecttypen: BTreeMap<String, String>,
    /// The RSIN of the municipality that registers the zaak and its documents
    /// (`bronorganisatie`, 9 digits).
    pub bronorganisatie: String,
    /// The RSIN of the organisation responsible for the zaak (usually the same).
    pub verantwoordelijke_organisatie: String,
    /// The `auteur` of the documents: the organisation, not the coach's name (a zaak needs
    /// to know which organisation made a document, not which employee).
    pub auteur: String,
    /// Whether documents that are themselves health data (medical and psychological
    /// reports attached to a request to UWV) go with the zaak, marked `vertrouwelijk`.
    /// Off by default: they stay in Werkpad, where only roles that may see health data read
    /// them and every read is logged.
    pub include_health_documents: bool,
}

impl Default for ZgwSettings {
    fn default() -> Self {
        Self {
            zaaktype: "https://catalogi.example.invalid/catalogi/api/v1/zaaktypen/werkpad-traject"
                .into(),
            informatieobjecttype:
                "https://catalogi.example.invalid/catalogi/api/v1/informatieobjecttypen/werkpad-document"
                    .into(),
            informatieobjecttypen: BTreeMap::new(),
            bronorganisatie: "000000000".into(),
            verantwoordelijke_organisatie: "000000000".into(),
            auteur: "Gemeente, team Werk".into(),
            include_health_documents: false,
        }
    }
}

impl ZgwSettings {
    /// The INFORMATIEOBJECTTYPE for a document kind (see [`Self::informatieobjecttypen`]).
    pub fn informatieobjecttype_for(&self, kind: &str) -> &str {
        self.informatieobjecttypen
            .get(kind)
            .map_or(self.informatieobjecttype.as_str(), String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use crate::Settings;

    #[test]
    fn a_zgw_table_in_the_settings_file_is_read_and_misspelt_keys_refused() {
        let dir = tempfile::tempdir().expect("dir");
        let file = dir.path().join("werkpad.toml");
        std::fs::write(
            &file,
            "[zgw]\nbronorganisatie = \"002220647\"\ninclude_health_documents = true\n\
             [zgw.informatieobjecttypen]\nverklaring_56_plus = \"https://oz.example/iot/1\"\n",
        )
        .expect("write");
        let s = Settings::load(Some(&file)).expect("loads");
        assert_eq!(s.zgw.bronorganisatie, "002220647");
        assert!(s.zgw.include_health_documents);
        assert_eq!(
            s.zgw.verantwoordelijke_organisatie, "000000000",
            "default kept"
        );
        assert_eq!(
            s.zgw.informatieobjecttype_for("verklaring_56_plus"),
            "https://oz.example/iot/1"
        );
        assert_eq!(
            s.zgw.informatieobjecttype_for("lks_beschikking"),
            s.zgw.informatieobjecttype
        );
        std::fs::write(&file, "[zgw]\nbronorganisatie_rsin = \"002220647\"\n").expect("write");
        assert!(Settings::load(Some(&file)).is_err());
        assert_eq!(
            Settings::load(None).expect("defaults").zgw,
            super::ZgwSettings::default()
        );
    }
}
