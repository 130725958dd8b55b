//! Preparation for paid work: leerwerkplekken at partners (learning goals, period, mentor,
//! evaluations) and vocational trainings (provider, dates, attendance, result, costs). A
//! training passed with a certificate is a qualification that matching shows against
//! what a workplace asks for.

mod leerwerkplek;
mod training;

pub use leerwerkplek::{
    Evaluation, LearningGoal, Leerwerkplek, LeerwerkplekId, LeerwerkplekInput, Mentor,
};
pub use training::{
    QualificationCheck, Training, TrainingId, TrainingInput, TrainingResult, check_qualifications,
    qualification_key, qualifications,
};
