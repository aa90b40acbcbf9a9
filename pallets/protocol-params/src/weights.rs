//! Weights for `pallet_protocol_params`.
//!
//! Regenerate with `scripts/benchmark.sh` (`deinfra-node benchmark pallet`) on the reference
//! machine; until then the figures below are the storage reads and writes of each call with a
//! computation cost in line with comparable FRAME calls.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_protocol_params`.
pub trait WeightInfo {
	fn set_params() -> Weight;
}

/// Weights for `pallet_protocol_params` using the node's database weights.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `ProtocolParams::Params` (r:1 w:1)
	/// Proof: `ProtocolParams::Params` (`max_values`: Some(1), `max_size`: Some(157), added: 652, mode: `MaxEncodedLen`)
	fn set_params() -> Weight {
		//  Measured:  `0`
		//  Estimated: `1642`
		Weight::from_parts(12_000_000, 1642)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn set_params() -> Weight {
		Weight::from_parts(12_000_000, 1642)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
