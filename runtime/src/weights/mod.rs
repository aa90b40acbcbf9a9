//! Weights of the runtime's FRAME pallets and the block and extrinsic base weights, measured
//! on the reference machine by `scripts/benchmark.sh frame` and `scripts/benchmark.sh overhead`
//! (each file's header says when and how). DeInfra's own pallets keep theirs in
//! `pallets/<name>/src/weights.rs`.

pub mod block_weights;
pub mod extrinsic_weights;
pub mod frame_system;
pub mod frame_system_extensions;
pub mod pallet_balances;
pub mod pallet_collective;
pub mod pallet_conviction_voting;
pub mod pallet_membership;
pub mod pallet_multisig;
pub mod pallet_preimage;
pub mod pallet_proxy;
pub mod pallet_referenda;
pub mod pallet_scheduler;
pub mod pallet_session;
pub mod pallet_sudo;
pub mod pallet_timestamp;
pub mod pallet_transaction_payment;
pub mod pallet_treasury;
pub mod pallet_utility;
pub mod pallet_whitelist;
