//! The validators: `pallet-session` rotates Aura and GRANDPA keys every session from the set
//! `pallet-validator-set` hands it, one bounded step per session toward the set governance
//! keeps (a `validator_admin` referendum changes it); `pallet-authorship` counts each block's
//! author for the liveness report and the step rule's liveness gate.

use frame_support::{
	parameter_types,
	traits::{ConstU32, EitherOf},
};
use frame_system::EnsureRoot;
use sp_runtime::traits::{ConvertInto, OpaqueKeys};

use crate::governance::ValidatorAdmin;
use crate::{
	deposit, AccountId, Aura, Balance, Balances, BlockNumber, Runtime, Session, SessionKeys,
	ValidatorSet, SESSION_PERIOD,
};

/// The most validators (the Aura and GRANDPA authority limits).
pub const MAX_VALIDATORS: u32 = 32;
/// Removal never leaves fewer validators than this in the governed set: GRANDPA finalizes
/// while more than two thirds vote, so four is the smallest set that tolerates one fault
/// (`f = 1`). The `development` and `local_testnet` presets start with fewer: they are not
/// fault tolerant and only for development.
pub const MIN_VALIDATORS: u32 = 4;

parameter_types! {
	/// Session length in blocks.
	pub const SessionPeriod: BlockNumber = SESSION_PERIOD;
	/// The first session ends at block `SessionPeriod`.
	pub const SessionOffset: BlockNumber = 0;
	/// Held from an account while it has session keys set (one item with two keys).
	pub const SessionKeyDeposit: Balance = deposit(1, 64);
}

impl pallet_authorship::Config for Runtime {
	type FindAuthor = pallet_session::FindAccountFromAuthorIndex<Self, Aura>;
	type EventHandler = ValidatorSet;
}

impl pallet_session::Config for Runtime {
	type RuntimeEvent = crate::RuntimeEvent;
	type ValidatorId = AccountId;
	type ValidatorIdOf = ConvertInto;
	type ShouldEndSession = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type NextSessionRotation = pallet_session::PeriodicSessions<SessionPeriod, SessionOffset>;
	type SessionManager = ValidatorSet;
	type SessionHandler = <SessionKeys as OpaqueKeys>::KeyTypeIdProviders;
	type Keys = SessionKeys;
	// No slashing on this chain: governance removes misbehaving validators.
	type DisablingStrategy = ();
	type WeightInfo = crate::weights::pallet_session::WeightInfo<Runtime>;
	type Currency = Balances;
	type KeyDeposit = SessionKeyDeposit;
}

impl pallet_validator_set::Config for Runtime {
	// A referendum on the `validator_admin` track (or root): token holders decide, the
	// council alone cannot change the set.
	type UpdateOrigin = EitherOf<EnsureRoot<AccountId>, ValidatorAdmin>;
	type MaxValidators = ConstU32<MAX_VALIDATORS>;
	type MinValidators = ConstU32<MIN_VALIDATORS>;
	type Session = Session;
	type KeysRegistration = Session;
	type WeightInfo = pallet_validator_set::weights::SubstrateWeight<Runtime>;
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = bench::KeysHelper;
}

#[cfg(feature = "runtime-benchmarks")]
pub mod bench {
	//! Session keys for the benchmarks.

	use super::*;
	use codec::Encode;

	/// Registers session keys derived from the account (the validator-set benchmarks) and
	/// generates keys with their ownership proof (the session benchmarks).
	pub struct KeysHelper;

	impl pallet_validator_set::BenchmarkHelper<AccountId> for KeysHelper {
		fn register_keys(who: &AccountId) {
			// The account's own bytes: distinct accounts get distinct keys.
			let raw: [u8; 32] = who.clone().into();
			let keys = SessionKeys {
				aura: sp_core::sr25519::Public::from_raw(raw).into(),
				grandpa: sp_core::ed25519::Public::from_raw(raw).into(),
			};
			pallet_session::NextKeys::<Runtime>::insert(who, keys);
		}
	}

	impl cumulus_pallet_session_benchmarking::Config for Runtime {
		fn generate_session_keys_and_proof(owner: AccountId) -> (SessionKeys, alloc::vec::Vec<u8>) {
			let generated = SessionKeys::generate(&owner.encode(), None);
			(generated.keys, generated.proof.encode())
		}
	}
}
