//! Upkeep of the store: the doctor's checks, the retention purge, rebuilding the search
//! index, and looking for leftovers of a removed file. The methods live in the modules that
//! hold their queries ([`super::doctor`], [`super::retention`], [`super::purge`],
//! [`super::leftovers`], [`super::records`]).

super::area!(
    /// Upkeep: checks, purges and repairs of this store.
    UpkeepArea,
    upkeep
);
