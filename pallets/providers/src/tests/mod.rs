//! Tests of the provider registry, split by behaviour. Every test runs in
//! [`build_and_execute`](crate::mock::build_and_execute), which checks the pallet's invariants
//! (`do_try_state`) at the end.

mod attributes;
mod bond;
mod gpus;
mod invariants;
mod migrations;
mod register;
mod registry;
mod slash;
mod update;

use crate::{mock::*, HoldReason, ProviderRecord, Registry};
use frame_support::traits::fungible::{Inspect, InspectHold};

/// Storage deposit of the record `info()` gives with the minimum bond at block 1:
/// `DEPOSIT_BASE + DEPOSIT_PER_BYTE × 215` encoded bytes (endpoint 26, region 6, capacity 36,
/// GPUs 21, prices 40, attributes 21, status 1, bond 8, deposit 8, allocated 36, leases 4,
/// block 8).
pub const INFO_DEPOSIT: Balance = DEPOSIT_BASE + DEPOSIT_PER_BYTE * 215;

/// What `who` holds as bond (active and unbonding).
pub fn held_bond(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ProviderBond.into(), &who)
}

/// What `who` holds as storage deposit.
pub fn held_deposit(who: AccountId) -> Balance {
	Balances::balance_on_hold(&HoldReason::ProviderDeposit.into(), &who)
}

/// The spendable balance of `who`.
pub fn free(who: AccountId) -> Balance {
	Balances::balance(&who)
}

/// The stored record of `who`, which must exist.
pub fn record(who: AccountId) -> ProviderRecord<Test> {
	Registry::<Test>::get(who).expect("registered")
}
