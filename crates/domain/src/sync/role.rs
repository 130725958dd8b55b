//! Staff roles on the server, and what each may receive by sync.

use crate::choice::choice_enum;

choice_enum! {
    /// What a staff member does, which decides what the server shares with them.
    pub enum Role {
        /// Jobcoach: their own caseload, including health data needed for guidance.
        Jobcoach => ("jobcoach", "role-jobcoach"),
        /// Teamleider: every resident of her team and those waiting for a coach (to
        /// assign), no health data.
        Teamleider => ("teamleider", "role-teamleider"),
        /// Functioneel beheerder: users, devices and reference data; no resident data.
        FunctioneelBeheerder => ("functioneel_beheerder", "role-functioneel-beheerder"),
        /// Beleid/statistiek: aggregated or pseudonymised figures only; no resident data.
        BeleidStatistiek => ("beleid_statistiek", "role-beleid-statistiek"),
    }
}

/// Which residents a role receives by sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResidentScope {
    /// Only residents assigned to the user.
    OwnCaseload,
    /// The residents of the user's team: those with at least one coach in her team, and
    /// those with no coach at all (waiting for assignment). Without a team: only the latter.
    Team,
    /// None: the role does not work with resident files.
    None,
}

impl Role {
    /// Which residents this role receives.
    pub fn resident_scope(self) -> ResidentScope {
        match self {
            Self::Jobcoach => ResidentScope::OwnCaseload,
            Self::Teamleider => ResidentScope::Team,
            Self::FunctioneelBeheerder | Self::BeleidStatistiek => ResidentScope::None,
        }
    }

    /// True when this role may receive special-category (health) records.
    pub fn sees_health(self) -> bool {
        matches!(self, Self::Jobcoach)
    }

    /// True when this role may change resident data.
    pub fn may_write_cases(self) -> bool {
        matches!(self, Self::Jobcoach | Self::Teamleider)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_jobcoaches_receive_health_and_only_case_roles_receive_residents() {
        for role in Role::ALL {
            let scope = role.resident_scope();
            if role.sees_health() {
                assert_eq!(scope, ResidentScope::OwnCaseload, "{role:?}");
            }
            assert_eq!(role.may_write_cases(), scope != ResidentScope::None);
        }
        assert_eq!(Role::parse("teamleider"), Some(Role::Teamleider));
    }
}
