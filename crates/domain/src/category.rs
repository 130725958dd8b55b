//! The personal-data categories and the recipients named in the privacy statement.
//!
//! Every field Werkpad stores belongs to a [`DataCategory`]; every disclosure goes to a
//! [`Recipient`] and is recorded. An inzage (AVG art. 15) overview lists both.

use crate::choice::choice_enum;

choice_enum! {
    /// A category of personal data from the privacy statement.
    pub enum DataCategory {
        /// Name.
        Name => ("name", "category-name"),
        /// Address.
        Address => ("address", "category-address"),
        /// Place of residence.
        Woonplaats => ("woonplaats", "category-woonplaats"),
        /// Gender.
        Gender => ("gender", "category-gender"),
        /// Burgerservicenummer.
        Bsn => ("bsn", "category-bsn"),
        /// Phone number.
        Phone => ("phone", "category-phone"),
        /// E-mail address.
        Email => ("email", "category-email"),
        /// Number of the ID document.
        IdDocumentNumber => ("id_document_number", "category-id-document-number"),
        /// Marital status.
        MaritalStatus => ("marital_status", "category-marital-status"),
        /// Nationality.
        Nationality => ("nationality", "category-nationality"),
        /// Residence permit.
        Verblijfstitel => ("verblijfstitel", "category-verblijfstitel"),
        /// Housing and rent data.
        Housing => ("housing", "category-housing"),
        /// Language proficiency, education and work experience.
        LanguageEducationExperience =>
            ("language_education_experience", "category-language-education-experience"),
        /// Availability for work and obstacles (belemmeringen).
        AvailabilityObstacles => ("availability_obstacles", "category-availability-obstacles"),
        /// Motivation and career wishes.
        MotivationCareerWishes => ("motivation_career_wishes", "category-motivation-career-wishes"),
        /// Support data: reports, agreements, goals.
        Support => ("support", "category-support"),
        /// Assessments, warnings and measures.
        Assessments => ("assessments", "category-assessments"),
        /// Health data, only where necessary for the support (AVG art. 9).
        Health => ("health", "category-health"),
        /// Loonwaardebepaling.
        Loonwaarde => ("loonwaarde", "category-loonwaarde"),
    }
}

impl DataCategory {
    /// True for special categories of personal data (AVG art. 9): restricted access and
    /// every access logged. Of this statement's categories only health data is special.
    pub fn is_special_category(&self) -> bool {
        matches!(self, Self::Health)
    }
}

choice_enum! {
    /// A party personal data may be shared with, from the privacy statement.
    pub enum Recipient {
        /// Possible employers.
        PossibleEmployer => ("possible_employer", "recipient-possible-employer"),
        /// Social service providers (maatschappelijk dienstverleners).
        SocialServiceProvider => ("social_service_provider", "recipient-social-service-provider"),
        /// Debt counsellors (schuldhulpverleners).
        DebtCounsellor => ("debt_counsellor", "recipient-debt-counsellor"),
        /// UWV.
        Uwv => ("uwv", "recipient-uwv"),
        /// Sociale Verzekeringsbank.
        Svb => ("svb", "recipient-svb"),
        /// The arbeidsontwikkelbedrijf and other organisations engaged for guidance
        /// towards work, training or participation (e.g. a language-course provider).
        GuidanceProvider => ("guidance_provider", "recipient-guidance-provider"),
        /// Werkgeversservicepunten.
        Werkgeversservicepunt => ("werkgeversservicepunt", "recipient-werkgeversservicepunt"),
        /// Research agencies (medical examinations, loonwaardebepaling).
        ResearchAgency => ("research_agency", "recipient-research-agency"),
        /// Job-coach organisations.
        JobcoachOrganisation => ("jobcoach_organisation", "recipient-jobcoach-organisation"),
        /// Verzuimcontroleurs (absence controllers).
        VerzuimController => ("verzuim_controller", "recipient-verzuim-controller"),
        /// De Connectie, the municipal operations organisation processing on our behalf.
        Connectie => ("connectie", "recipient-connectie"),
    }
}

impl Recipient {
    /// True for a processor (verwerker) acting on the municipality's behalf rather than a
    /// third party receiving data: the Connectie.
    pub fn is_processor(&self) -> bool {
        matches!(self, Self::Connectie)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_are_consistent() {
        crate::choice::assert_choice_consistent::<DataCategory>();
        assert_eq!(
            DataCategory::ALL.len(),
            19,
            "the privacy statement names 19 categories"
        );
        let special: Vec<_> = DataCategory::ALL
            .into_iter()
            .filter(DataCategory::is_special_category)
            .collect();
        assert_eq!(
            special,
            [DataCategory::Health],
            "only health data is special (AVG art. 9)"
        );
    }

    #[test]
    fn recipients_are_consistent() {
        crate::choice::assert_choice_consistent::<Recipient>();
        assert_eq!(Recipient::ALL.len(), 11, "10 recipients plus the Connectie");
        assert!(
            Recipient::Connectie.is_processor(),
            "the Connectie processes on our behalf"
        );
        assert!(
            !Recipient::Uwv.is_processor(),
            "UWV is a recipient, not our processor"
        );
    }
}
