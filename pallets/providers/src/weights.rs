//! Weights for `pallet_providers`.
//!
//! PLACEHOLDER WEIGHTS, NOT YET MEASURED. This file has the format `frame-benchmarking-cli`
//! generates, but its numbers were written by hand from the storage each call reads and writes
//! (proof sizes from the items' `MaxEncodedLen` with 128-byte endpoints, 16 attributes, 8 GPU
//! kinds and 16 unbonding chunks) and execution times of comparable polkadot-sdk calls.
//! Regenerate it on reference hardware once the node runs `benchmark pallet`:
//!
//! ```text
//! scripts/benchmark.sh pallet_providers
//! ```
//!
//! which runs `deinfra-node benchmark pallet --pallet=pallet_providers --extrinsic=*
//! --steps=50 --repeat=20 --wasm-execution=compiled --heap-pages=4096
//! --output=pallets/providers/src/weights.rs`.

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_providers`.
pub trait WeightInfo {
	fn register() -> Weight;
	fn update_info() -> Weight;
	fn update_capacity() -> Weight;
	fn update_prices() -> Weight;
	fn set_status() -> Weight;
	fn bond_more() -> Weight;
	fn unbond() -> Weight;
	fn withdraw_unbonded() -> Weight;
	fn deregister() -> Weight;
	fn slash() -> Weight;
	fn verify_attributes(k: u32, ) -> Weight;
	fn unverify_attributes(k: u32, ) -> Weight;
}

/// Weights for `pallet_providers` using the Substrate node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Providers::CounterForRegistry` (r:1 w:1)
	/// Proof: `Providers::CounterForRegistry` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3041`
		//  Estimated: `11951`
		// Minimum execution time: 67_199_000 picoseconds.
		Weight::from_parts(68_412_000, 11951)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn update_info() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3037`
		//  Estimated: `11452`
		// Minimum execution time: 59_814_000 picoseconds.
		Weight::from_parts(61_027_000, 11452)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn update_capacity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3037`
		//  Estimated: `11452`
		// Minimum execution time: 43_093_000 picoseconds.
		Weight::from_parts(44_306_000, 11452)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	fn update_prices() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2806`
		//  Estimated: `6271`
		// Minimum execution time: 20_305_000 picoseconds.
		Weight::from_parts(21_518_000, 6271)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	fn set_status() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2806`
		//  Estimated: `6271`
		// Minimum execution time: 19_661_000 picoseconds.
		Weight::from_parts(20_874_000, 6271)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn bond_more() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3037`
		//  Estimated: `11452`
		// Minimum execution time: 46_720_000 picoseconds.
		Weight::from_parts(47_933_000, 11452)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Unbonding` (r:1 w:1)
	/// Proof: `Providers::Unbonding` (`max_values`: None, `max_size`: Some(369), added: 2844, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3175`
		//  Estimated: `9115`
		// Minimum execution time: 28_432_000 picoseconds.
		Weight::from_parts(29_645_000, 9115)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Providers::Unbonding` (r:1 w:1)
	/// Proof: `Providers::Unbonding` (`max_values`: None, `max_size`: Some(369), added: 2844, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `600`
		//  Estimated: `9015`
		// Minimum execution time: 43_977_000 picoseconds.
		Weight::from_parts(45_190_000, 9015)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Providers::CounterForRegistry` (r:1 w:1)
	/// Proof: `Providers::CounterForRegistry` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Unbonding` (r:1 w:1)
	/// Proof: `Providers::Unbonding` (`max_values`: None, `max_size`: Some(369), added: 2844, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn deregister() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3410`
		//  Estimated: `14795`
		// Minimum execution time: 70_651_000 picoseconds.
		Weight::from_parts(71_864_000, 14795)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Unbonding` (r:1 w:1)
	/// Proof: `Providers::Unbonding` (`max_values`: None, `max_size`: Some(369), added: 2844, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Reputation` (r:1 w:1)
	/// Proof: `Providers::Reputation` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3598`
		//  Estimated: `19438`
		// Minimum execution time: 87_038_000 picoseconds.
		Weight::from_parts(88_251_000, 19438)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// The range of component `k` is `[1, 16]`.
	fn verify_attributes(k: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2806`
		//  Estimated: `6271`
		// Minimum execution time: 22_527_000 picoseconds.
		Weight::from_parts(23_740_000, 6271)
			// Standard Error: 20_600
			.saturating_add(Weight::from_parts(412_000, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// The range of component `k` is `[1, 16]`.
	fn unverify_attributes(k: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2806`
		//  Estimated: `6271`
		// Minimum execution time: 22_299_000 picoseconds.
		Weight::from_parts(23_512_000, 6271)
			// Standard Error: 20_250
			.saturating_add(Weight::from_parts(405_000, 0).saturating_mul(k.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Providers::CounterForRegistry` (r:1 w:1)
	/// Proof: `Providers::CounterForRegistry` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn register() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3041`
		//  Estimated: `11951`
		// Minimum execution time: 67_199_000 picoseconds.
		Weight::from_parts(68_412_000, 11951)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn update_info() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3037`
		//  Estimated: `11452`
		// Minimum execution time: 59_814_000 picoseconds.
		Weight::from_parts(61_027_000, 11452)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn update_capacity() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3037`
		//  Estimated: `11452`
		// Minimum execution time: 43_093_000 picoseconds.
		Weight::from_parts(44_306_000, 11452)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	fn update_prices() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2806`
		//  Estimated: `6271`
		// Minimum execution time: 20_305_000 picoseconds.
		Weight::from_parts(21_518_000, 6271)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	fn set_status() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2806`
		//  Estimated: `6271`
		// Minimum execution time: 19_661_000 picoseconds.
		Weight::from_parts(20_874_000, 6271)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn bond_more() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3037`
		//  Estimated: `11452`
		// Minimum execution time: 46_720_000 picoseconds.
		Weight::from_parts(47_933_000, 11452)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Unbonding` (r:1 w:1)
	/// Proof: `Providers::Unbonding` (`max_values`: None, `max_size`: Some(369), added: 2844, mode: `MaxEncodedLen`)
	fn unbond() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3175`
		//  Estimated: `9115`
		// Minimum execution time: 28_432_000 picoseconds.
		Weight::from_parts(29_645_000, 9115)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Providers::Unbonding` (r:1 w:1)
	/// Proof: `Providers::Unbonding` (`max_values`: None, `max_size`: Some(369), added: 2844, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn withdraw_unbonded() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `600`
		//  Estimated: `9015`
		// Minimum execution time: 43_977_000 picoseconds.
		Weight::from_parts(45_190_000, 9015)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Providers::CounterForRegistry` (r:1 w:1)
	/// Proof: `Providers::CounterForRegistry` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Unbonding` (r:1 w:1)
	/// Proof: `Providers::Unbonding` (`max_values`: None, `max_size`: Some(369), added: 2844, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	fn deregister() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3410`
		//  Estimated: `14795`
		// Minimum execution time: 70_651_000 picoseconds.
		Weight::from_parts(71_864_000, 14795)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Unbonding` (r:1 w:1)
	/// Proof: `Providers::Unbonding` (`max_values`: None, `max_size`: Some(369), added: 2844, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(103), added: 2578, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Reputation` (r:1 w:1)
	/// Proof: `Providers::Reputation` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn slash() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `3598`
		//  Estimated: `19438`
		// Minimum execution time: 87_038_000 picoseconds.
		Weight::from_parts(88_251_000, 19438)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// The range of component `k` is `[1, 16]`.
	fn verify_attributes(k: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2806`
		//  Estimated: `6271`
		// Minimum execution time: 22_527_000 picoseconds.
		Weight::from_parts(23_740_000, 6271)
			// Standard Error: 20_600
			.saturating_add(Weight::from_parts(412_000, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2806), added: 5281, mode: `MaxEncodedLen`)
	/// The range of component `k` is `[1, 16]`.
	fn unverify_attributes(k: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `2806`
		//  Estimated: `6271`
		// Minimum execution time: 22_299_000 picoseconds.
		Weight::from_parts(23_512_000, 6271)
			// Standard Error: 20_250
			.saturating_add(Weight::from_parts(405_000, 0).saturating_mul(k.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
}
