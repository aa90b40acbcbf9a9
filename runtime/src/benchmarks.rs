//! The pallets whose benchmarks the runtime runs (`deinfra-node benchmark pallet`).

pub use cumulus_pallet_session_benchmarking::Pallet as SessionBench;
pub use frame_benchmarking::baseline::Pallet as BaselineBench;
pub use frame_system_benchmarking::{
	extensions::Pallet as SystemExtensionsBench, Pallet as SystemBench,
};

frame_benchmarking::define_benchmarks!(
	[frame_benchmarking, BaselineBench::<Runtime>]
	[frame_system, SystemBench::<Runtime>]
	[frame_system_extensions, SystemExtensionsBench::<Runtime>]
	[pallet_balances, Balances]
	[pallet_timestamp, Timestamp]
	[pallet_transaction_payment, TransactionPayment]
	[pallet_sudo, Sudo]
	[pallet_utility, Utility]
	[pallet_multisig, Multisig]
	[pallet_proxy, Proxy]
	[pallet_treasury, Treasury]
	[pallet_collective, Council]
	[pallet_membership, CouncilMembership]
	[pallet_preimage, Preimage]
	[pallet_scheduler, Scheduler]
	[pallet_referenda, Referenda]
	[pallet_conviction_voting, ConvictionVoting]
	[pallet_whitelist, Whitelist]
	[pallet_protocol_params, ProtocolParams]
	[pallet_providers, Providers]
	[pallet_escrow, Escrow]
	[pallet_market, Market]
	[pallet_deployments, Deployments]
	[pallet_validator_set, ValidatorSet]
	[pallet_session, SessionBench::<Runtime>]
);
