//! The purposes (doelbinding) for which Werkpad processes personal data.
//!
//! The 15 purposes of the privacy statement "begeleiding naar participatie en (betaald)
//! werk". Every lookup or change of personal data is logged with one of them, and a
//! traject lists the purposes it serves. Adding a purpose means the privacy statement
//! changed: update `locales/*/domain.ftl` too.

use crate::choice::choice_enum;

choice_enum! {
    /// A purpose of processing from the privacy statement.
    pub enum Purpose {
        /// Guidance to (paid) work: the traject itself, plan, goals, appointments, reports.
        Guidance => ("guidance", "purpose-guidance"),
        /// Loonwaardebepaling and the need for job coaching.
        Loonwaarde => ("loonwaarde", "purpose-loonwaarde"),
        /// Subsidies to employers where the resident works (loonkostensubsidie).
        EmployerSubsidy => ("employer_subsidy", "purpose-employer-subsidy"),
        /// Subsidies to job-coach organisations that guide residents.
        JobcoachSubsidy => ("jobcoach_subsidy", "purpose-jobcoach-subsidy"),
        /// Matching and sustainable placement on suitable workplaces.
        Matching => ("matching", "purpose-matching"),
        /// Support or referral on other life domains (debts, housing, finances).
        LifeDomainSupport => ("life_domain_support", "purpose-life-domain-support"),
        /// Preparation for paid work: leerwerkplekken, vocational trainings.
        WorkPreparation => ("work_preparation", "purpose-work-preparation"),
        /// Requests to UWV (beoordeling arbeidsvermogen, beschut werk, banenafspraak, Wajong).
        UwvRequest => ("uwv_request", "purpose-uwv-request"),
        /// Contact with employer and resident to keep the resident at work; re-placement.
        JobRetention => ("job_retention", "purpose-job-retention"),
        /// Requests for medical examinations.
        MedicalExamination => ("medical_examination", "purpose-medical-examination"),
        /// Verzuimcontrole when a resident did not show up at work or the programme.
        Verzuim => ("verzuim", "purpose-verzuim"),
        /// Issuing the verklaring 56+ to employers (LKV oudere werknemer).
        #[serde(rename = "verklaring_56_plus")]
        Verklaring56Plus => ("verklaring_56_plus", "purpose-verklaring-56-plus"),
        /// Management reports to improve services and account for policy.
        ManagementReports => ("management_reports", "purpose-management-reports"),
        /// Scientific research and statistics (pseudonymised or aggregated only).
        Research => ("research", "purpose-research"),
        /// Customer-satisfaction surveys.
        SatisfactionSurvey => ("satisfaction_survey", "purpose-satisfaction-survey"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn purposes_are_consistent() {
        crate::choice::assert_choice_consistent::<Purpose>();
        assert_eq!(
            Purpose::ALL.len(),
            15,
            "the privacy statement names 15 purposes"
        );
        assert_eq!(
            Purpose::Guidance.message_id(),
            "purpose-guidance",
            "label id scheme"
        );
        assert_eq!(
            Purpose::parse("verklaring_56_plus"),
            Some(Purpose::Verklaring56Plus),
            "the 56+ purpose keeps its digits together in its stored name"
        );
    }
}
