//! # DeInfra runtime
//!
//! The WASM runtime of the DeInfra chain: a decentralized infrastructure marketplace
//! (providers, orders, bids, leases, escrow, deployments) governed by its token holders.
//!
//! Layout follows the polkadot-sdk solochain template:
//! - [`configs`]: the `Config` of every pallet, grouped by topic;
//! - [`apis`]: the runtime APIs the node and clients call;
//! - [`genesis_config_presets`]: the `development`, `local_testnet` and `testnet` presets.

#![cfg_attr(not(feature = "std"), no_std)]
// `#[frame_support::runtime]` expands into items that cannot carry their own docs.
#![recursion_limit = "256"]

#[cfg(feature = "std")]
include!(concat!(env!("OUT_DIR"), "/wasm_binary.rs"));

// Declared first, with `macro_use`: it defines the `list_benchmarks!` and `add_benchmarks!`
// macros that `apis` uses.
#[cfg(feature = "runtime-benchmarks")]
#[macro_use]
mod benchmarks;
pub mod apis;
pub mod configs;
pub mod genesis_config_presets;
pub mod governance;
pub mod weights;

extern crate alloc;

use alloc::vec::Vec;

use sp_runtime::{
	generic, impl_opaque_keys,
	traits::{BlakeTwo256, IdentifyAccount, Verify},
	MultiAddress, MultiSignature,
};
use sp_version::RuntimeVersion;

pub use frame_system::Call as SystemCall;
pub use pallet_balances::Call as BalancesCall;
pub use pallet_timestamp::Call as TimestampCall;
#[cfg(any(feature = "std", test))]
pub use sp_runtime::BuildStorage;

/// Opaque types: what the node needs to know of blocks without knowing the runtime's types.
pub mod opaque {
	use super::*;
	use sp_runtime::traits::Hash as HashT;

	pub use sp_runtime::OpaqueExtrinsic as UncheckedExtrinsic;

	/// Opaque block header type.
	pub type Header = generic::Header<BlockNumber, BlakeTwo256>;
	/// Opaque block type.
	pub type Block = generic::Block<Header, UncheckedExtrinsic>;
	/// Opaque block identifier type.
	pub type BlockId = generic::BlockId<Block>;
	/// Opaque block hash type.
	pub type Hash = <BlakeTwo256 as HashT>::Output;
}

impl_opaque_keys! {
	/// The keys a validator registers: Aura for authoring, GRANDPA for finality.
	pub struct SessionKeys {
		/// Block authoring key.
		pub aura: Aura,
		/// Finality voting key.
		pub grandpa: Grandpa,
	}
}

/// The runtime's version. Bump `spec_version` on every runtime upgrade.
#[sp_version::runtime_version]
pub const VERSION: RuntimeVersion = RuntimeVersion {
	spec_name: alloc::borrow::Cow::Borrowed("deinfra"),
	impl_name: alloc::borrow::Cow::Borrowed("deinfra-node"),
	authoring_version: 1,
	spec_version: 102,
	impl_version: 1,
	apis: apis::RUNTIME_API_VERSIONS,
	transaction_version: 3,
	system_version: 1,
};

/// Block times and durations measured in blocks.
mod block_times {
	use super::BlockNumber;

	/// Target block time. Aura slots have this length; it cannot change after genesis.
	pub const MILLI_SECS_PER_BLOCK: u64 = 6000;
	/// The slot duration used by Aura (and, through `MinimumPeriod`, by timestamps).
	pub const SLOT_DURATION: u64 = MILLI_SECS_PER_BLOCK;

	/// One minute of blocks.
	pub const MINUTES: BlockNumber = 60_000 / (MILLI_SECS_PER_BLOCK as BlockNumber);
	/// One hour of blocks.
	pub const HOURS: BlockNumber = MINUTES * 60;
	/// One day of blocks.
	pub const DAYS: BlockNumber = HOURS * 24;

	/// Session length: validator-set changes take effect at session changes. With the
	/// `fast-runtime` feature a session is ten blocks.
	#[cfg(not(feature = "fast-runtime"))]
	pub const SESSION_PERIOD: BlockNumber = HOURS;
	/// Session length: validator-set changes take effect at session changes. With the
	/// `fast-runtime` feature a session is ten blocks.
	#[cfg(feature = "fast-runtime")]
	pub const SESSION_PERIOD: BlockNumber = 10;
}
pub use block_times::*;

/// Money: the native token INFRA and its units.
mod currency {
	use super::Balance;

	/// The token's symbol, as shown by wallets.
	pub const TOKEN_SYMBOL: &str = "INFRA";
	/// The token's decimals.
	pub const TOKEN_DECIMALS: u8 = 12;
	/// The SS58 address prefix (generic Substrate).
	pub const SS58_PREFIX: u16 = 42;

	/// One INFRA, in plancks.
	pub const UNIT: Balance = 1_000_000_000_000;
	/// A thousandth of an INFRA.
	pub const MILLI_UNIT: Balance = UNIT / 1_000;
	/// A millionth of an INFRA.
	pub const MICRO_UNIT: Balance = UNIT / 1_000_000;

	/// The smallest balance an account may hold.
	pub const EXISTENTIAL_DEPOSIT: Balance = MILLI_UNIT;

	/// A storage deposit: `items` entries of `bytes` bytes in total.
	pub const fn deposit(items: u32, bytes: u32) -> Balance {
		items as Balance * 100 * MILLI_UNIT + (bytes as Balance) * 100 * MICRO_UNIT
	}
}
pub use currency::*;

/// A transaction signature (sr25519, ed25519 or ecdsa).
pub type Signature = MultiSignature;

/// An account id: the public key of the signing scheme.
pub type AccountId = <<Signature as Verify>::Signer as IdentifyAccount>::AccountId;

/// A balance of INFRA, in plancks (10^-12 INFRA).
pub type Balance = u128;

/// Transaction counter of an account.
pub type Nonce = u32;

/// A hash of some data used by the chain.
pub type Hash = sp_core::H256;

/// A block number.
pub type BlockNumber = u32;

/// The address format for describing accounts.
pub type Address = MultiAddress<AccountId, ()>;

/// Block header type as expected by this runtime.
pub type Header = generic::Header<BlockNumber, BlakeTwo256>;

/// Block type as expected by this runtime.
pub type Block = generic::Block<Header, UncheckedExtrinsic>;

/// A block signed with a justification.
pub type SignedBlock = generic::SignedBlock<Block>;

/// Block id type as expected by this runtime.
pub type BlockId = generic::BlockId<Block>;

/// The transaction extensions every signed transaction carries, in order.
pub type TxExtension = (
	frame_system::CheckNonZeroSender<Runtime>,
	frame_system::CheckSpecVersion<Runtime>,
	frame_system::CheckTxVersion<Runtime>,
	frame_system::CheckGenesis<Runtime>,
	frame_system::CheckEra<Runtime>,
	frame_system::CheckNonce<Runtime>,
	frame_system::CheckWeight<Runtime>,
	pallet_transaction_payment::ChargeTransactionPayment<Runtime>,
	frame_metadata_hash_extension::CheckMetadataHash<Runtime>,
	frame_system::WeightReclaim<Runtime>,
);

/// Unchecked extrinsic type as expected by this runtime.
pub type UncheckedExtrinsic =
	generic::UncheckedExtrinsic<Address, RuntimeCall, Signature, TxExtension>;

/// The payload being signed in transactions.
pub type SignedPayload = generic::SignedPayload<RuntimeCall, TxExtension>;

frame_support::parameter_types! {
	/// The bid expiry a chain upgraded from protocol parameters without one starts with.
	pub const BidTtlAtUpgrade: BlockNumber = DAYS;
}

/// Migrations of the runtime, aside from the ones declared in the pallets: each runs once,
/// guarded by its pallet's storage version.
#[allow(unused_parens)]
type Migrations = (
	pallet_protocol_params::migrations::v1::MigrateV0ToV1<Runtime, BidTtlAtUpgrade>,
	pallet_protocol_params::migrations::v2::MigrateV1ToV2<
		Runtime,
		configs::market::SlashDeferralAtUpgrade,
	>,
	pallet_providers::migrations::v1::MigrateV0ToV1<Runtime>,
	pallet_validator_set::migrations::v1::MigrateV0ToV1<Runtime>,
);

/// Executive: dispatches to the pallets.
pub type Executive = frame_executive::Executive<
	Runtime,
	Block,
	frame_system::ChainContext<Runtime>,
	Runtime,
	AllPalletsWithSystem,
	Migrations,
>;

/// The runtime, composed of its pallets. Indices are fixed: they are part of every
/// transaction's encoding and must never change for a pallet that stays.
#[frame_support::runtime]
mod runtime {
	/// The DeInfra runtime.
	#[runtime::runtime]
	#[runtime::derive(
		RuntimeCall,
		RuntimeEvent,
		RuntimeError,
		RuntimeOrigin,
		RuntimeFreezeReason,
		RuntimeHoldReason,
		RuntimeSlashReason,
		RuntimeLockId,
		RuntimeTask,
		RuntimeViewFunction
	)]
	pub struct Runtime;

	// Core.
	/// Accounts, blocks, events, runtime upgrades.
	#[runtime::pallet_index(0)]
	pub type System = frame_system;
	/// The block timestamp.
	#[runtime::pallet_index(1)]
	pub type Timestamp = pallet_timestamp;
	/// Aura block authoring.
	#[runtime::pallet_index(2)]
	pub type Aura = pallet_aura;
	/// GRANDPA finality.
	#[runtime::pallet_index(3)]
	pub type Grandpa = pallet_grandpa;
	/// The INFRA token: balances, holds and freezes.
	#[runtime::pallet_index(4)]
	pub type Balances = pallet_balances;
	/// Transaction fees.
	#[runtime::pallet_index(5)]
	pub type TransactionPayment = pallet_transaction_payment;
	/// A superuser key, kept on development chains only (no key in the testnet preset).
	#[runtime::pallet_index(6)]
	pub type Sudo = pallet_sudo;

	// Account utilities.
	/// Batches of calls.
	#[runtime::pallet_index(7)]
	pub type Utility = pallet_utility;
	/// Multi-signature accounts.
	#[runtime::pallet_index(8)]
	pub type Multisig = pallet_multisig;
	/// Proxy accounts (e.g. a provider's hot key acting for its bonded account).
	#[runtime::pallet_index(9)]
	pub type Proxy = pallet_proxy;

	// Governance.
	/// The treasury: receives the marketplace's take rate.
	#[runtime::pallet_index(10)]
	pub type Treasury = pallet_treasury;
	/// The council: vetoes, fast-tracks, acts on provider disputes.
	#[runtime::pallet_index(11)]
	pub type Council = pallet_collective<Instance1>;
	/// Who sits on the council.
	#[runtime::pallet_index(12)]
	pub type CouncilMembership = pallet_membership<Instance1>;
	/// Preimages of proposed calls.
	#[runtime::pallet_index(13)]
	pub type Preimage = pallet_preimage;
	/// Scheduled calls (enactment of referenda).
	#[runtime::pallet_index(14)]
	pub type Scheduler = pallet_scheduler;
	/// Token-holder referenda on tracks.
	#[runtime::pallet_index(15)]
	pub type Referenda = pallet_referenda;
	/// Votes with conviction (longer locks, more weight).
	#[runtime::pallet_index(16)]
	pub type ConvictionVoting = pallet_conviction_voting;
	/// The origins of the custom referendum tracks.
	#[runtime::pallet_index(17)]
	pub type Origins = governance::pallet_custom_origins;
	/// Calls the council whitelisted for the fast track.
	#[runtime::pallet_index(18)]
	pub type Whitelist = pallet_whitelist;

	// Marketplace.
	/// The protocol parameters, set by governance.
	#[runtime::pallet_index(20)]
	pub type ProtocolParams = pallet_protocol_params;
	/// The provider registry: capacity, prices, bonds, reputation.
	#[runtime::pallet_index(21)]
	pub type Providers = pallet_providers;
	/// Escrow accounts and per-block payment streams, settled lazily.
	#[runtime::pallet_index(22)]
	pub type Escrow = pallet_escrow;
	/// Orders, bids and leases between tenants and providers.
	#[runtime::pallet_index(23)]
	pub type Market = pallet_market;
	/// Content-addressed deployment records and their version history.
	#[runtime::pallet_index(24)]
	pub type Deployments = pallet_deployments;

	// Validators. The set must be declared before the session pallet: the session's genesis
	// asks it for the first validators.
	/// The validator set, changed by governance; counts blocks authored per session.
	#[runtime::pallet_index(30)]
	pub type ValidatorSet = pallet_validator_set;
	/// The author of each block (from its Aura slot).
	#[runtime::pallet_index(31)]
	pub type Authorship = pallet_authorship;
	/// Sessions: validators' Aura and GRANDPA keys, rotated every session.
	#[runtime::pallet_index(32)]
	pub type Session = pallet_session;
}
