// This file is part of DeInfra.

// Copyright (C) DeInfra developers.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_deployments`
//!
//! PLACEHOLDER WEIGHTS, NOT MEASURED. Regenerate with `scripts/benchmark.sh deployments` (which
//! runs `deinfra-node benchmark pallet --pallet=pallet_deployments --extrinsic=* --steps=50
//! --repeat=20 --template=scripts/weight-template.hbs --output=pallets/deployments/src/weights.rs`)
//! as soon as the node can run `benchmark pallet`. Until then the numbers below are estimates
//! derived from each function's storage reads and writes (listed above it) and the measured
//! costs of similar `pallet-balances` holds: about 10 µs of execution per storage item touched
//! and per hold or release, plus CID decoding (base58 of the longest accepted CID) for `create`
//! and `push_version`. They are deliberately on the high side. `Market::Leases` stands for what
//! the runtime's `LeaseInspect` reads.
//!
//! DATE: not measured, STEPS: `-`, REPEAT: `-`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! WORST CASE MAP SIZE: `1000000`
//! HOSTNAME: `-`, CPU: `-`
//! WASM-EXECUTION: `Compiled`, CHAIN: `Some("dev")`, DB CACHE: `1024`

// Executed Command:
// ./scripts/benchmark.sh
// deployments

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_deployments`.
pub trait WeightInfo {
	fn create() -> Weight;
	fn push_version() -> Weight;
	fn rollback() -> Weight;
	fn bind_lease() -> Weight;
	fn unbind_lease() -> Weight;
	fn report_status() -> Weight;
	fn set_editors(e: u32, ) -> Weight;
	fn transfer() -> Weight;
	fn remove(v: u32, ) -> Weight;
}

/// Weights for `pallet_deployments` using the DeInfra node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Deployments::DeploymentByName` (r:1 w:1)
	/// Proof: `Deployments::DeploymentByName` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Market::Leases` (r:1 w:0)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::DeploymentByLease` (r:1 w:1)
	/// Proof: `Deployments::DeploymentByLease` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::NextDeploymentId` (r:1 w:1)
	/// Proof: `Deployments::NextDeploymentId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::Versions` (r:0 w:1)
	/// Proof: `Deployments::Versions` (`max_values`: None, `max_size`: Some(205), added: 2680, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::Deployments` (r:0 w:1)
	/// Proof: `Deployments::Deployments` (`max_values`: None, `max_size`: Some(415), added: 2890, mode: `MaxEncodedLen`)
	fn create() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `180`
		//  Estimated: `3715`
		// Minimum execution time: 88_410_000 picoseconds.
		Weight::from_parts(91_760_000, 3715)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Deployments::Deployments` (r:1 w:1)
	/// Proof: `Deployments::Deployments` (`max_values`: None, `max_size`: Some(415), added: 2890, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::Versions` (r:1 w:2)
	/// Proof: `Deployments::Versions` (`max_values`: None, `max_size`: Some(205), added: 2680, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	fn push_version() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `820`
		//  Estimated: `3880`
		// Minimum execution time: 61_930_000 picoseconds.
		Weight::from_parts(64_280_000, 3880)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Deployments::Deployments` (r:1 w:1)
	/// Proof: `Deployments::Deployments` (`max_values`: None, `max_size`: Some(415), added: 2890, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::Versions` (r:2 w:2)
	/// Proof: `Deployments::Versions` (`max_values`: None, `max_size`: Some(205), added: 2680, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	fn rollback() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1010`
		//  Estimated: `6350`
		// Minimum execution time: 58_220_000 picoseconds.
		Weight::from_parts(60_540_000, 6350)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Deployments::Deployments` (r:1 w:1)
	/// Proof: `Deployments::Deployments` (`max_values`: None, `max_size`: Some(415), added: 2890, mode: `MaxEncodedLen`)
	/// Storage: `Market::Leases` (r:1 w:0)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::DeploymentByLease` (r:1 w:1)
	/// Proof: `Deployments::DeploymentByLease` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::Versions` (r:1 w:0)
	/// Proof: `Deployments::Versions` (`max_values`: None, `max_size`: Some(205), added: 2680, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	fn bind_lease() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `940`
		//  Estimated: `3880`
		// Minimum execution time: 63_070_000 picoseconds.
		Weight::from_parts(65_310_000, 3880)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(4_u64))
	}
	/// Storage: `Deployments::Deployments` (r:1 w:1)
	/// Proof: `Deployments::Deployments` (`max_values`: None, `max_size`: Some(415), added: 2890, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::DeploymentByLease` (r:0 w:1)
	/// Proof: `Deployments::DeploymentByLease` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::Statuses` (r:0 w:1)
	/// Proof: `Deployments::Statuses` (`max_values`: None, `max_size`: Some(31), added: 2506, mode: `MaxEncodedLen`)
	fn unbind_lease() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `620`
		//  Estimated: `3880`
		// Minimum execution time: 47_650_000 picoseconds.
		Weight::from_parts(49_120_000, 3880)
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Deployments::Deployments` (r:1 w:0)
	/// Proof: `Deployments::Deployments` (`max_values`: None, `max_size`: Some(415), added: 2890, mode: `MaxEncodedLen`)
	/// Storage: `Market::Leases` (r:1 w:0)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(250), added: 2725, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::Statuses` (r:0 w:1)
	/// Proof: `Deployments::Statuses` (`max_values`: None, `max_size`: Some(31), added: 2506, mode: `MaxEncodedLen`)
	fn report_status() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `560`
		//  Estimated: `3880`
		// Minimum execution time: 21_840_000 picoseconds.
		Weight::from_parts(22_960_000, 3880)
			.saturating_add(T::DbWeight::get().reads(2_u64))
			.saturating_add(T::DbWeight::get().writes(1_u64))
	}
	/// Storage: `Deployments::Deployments` (r:1 w:1)
	/// Proof: `Deployments::Deployments` (`max_values`: None, `max_size`: Some(415), added: 2890, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// The range of component `e` is `[0, 16]`.
	fn set_editors(e: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `600 + e * (32 ±0)`
		//  Estimated: `3880`
		// Minimum execution time: 44_310_000 picoseconds.
		Weight::from_parts(45_870_000, 3880)
			.saturating_add(Weight::from_parts(412_000, 0).saturating_mul(e.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(3_u64))
	}
	/// Storage: `Deployments::Deployments` (r:1 w:1)
	/// Proof: `Deployments::Deployments` (`max_values`: None, `max_size`: Some(415), added: 2890, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::DeploymentByName` (r:1 w:2)
	/// Proof: `Deployments::DeploymentByName` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::DeploymentByLease` (r:0 w:1)
	/// Proof: `Deployments::DeploymentByLease` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::Statuses` (r:0 w:1)
	/// Proof: `Deployments::Statuses` (`max_values`: None, `max_size`: Some(31), added: 2506, mode: `MaxEncodedLen`)
	fn transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `960`
		//  Estimated: `6196`
		// Minimum execution time: 96_540_000 picoseconds.
		Weight::from_parts(99_830_000, 6196)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(9_u64))
	}
	/// Storage: `Deployments::Deployments` (r:1 w:1)
	/// Proof: `Deployments::Deployments` (`max_values`: None, `max_size`: Some(415), added: 2890, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::DeploymentByName` (r:0 w:1)
	/// Proof: `Deployments::DeploymentByName` (`max_values`: None, `max_size`: Some(137), added: 2612, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::DeploymentByLease` (r:0 w:1)
	/// Proof: `Deployments::DeploymentByLease` (`max_values`: None, `max_size`: Some(32), added: 2507, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::Statuses` (r:0 w:1)
	/// Proof: `Deployments::Statuses` (`max_values`: None, `max_size`: Some(31), added: 2506, mode: `MaxEncodedLen`)
	/// Storage: `Deployments::Versions` (r:0 w:100)
	/// Proof: `Deployments::Versions` (`max_values`: None, `max_size`: Some(205), added: 2680, mode: `MaxEncodedLen`)
	/// The range of component `v` is `[1, 100]`.
	fn remove(v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `620 + v * (205 ±0)`
		//  Estimated: `3880 + v * (2680 ±0)`
		// Minimum execution time: 44_920_000 picoseconds.
		Weight::from_parts(41_900_000, 3880)
			.saturating_add(Weight::from_parts(3_020_000, 0).saturating_mul(v.into()))
			.saturating_add(T::DbWeight::get().reads(3_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
			.saturating_add(T::DbWeight::get().writes((1_u64).saturating_mul(v.into())))
			.saturating_add(Weight::from_parts(0, 2680).saturating_mul(v.into()))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	fn create() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `180`
		//  Estimated: `3715`
		// Minimum execution time: 88_410_000 picoseconds.
		Weight::from_parts(91_760_000, 3715)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	fn push_version() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `820`
		//  Estimated: `3880`
		// Minimum execution time: 61_930_000 picoseconds.
		Weight::from_parts(64_280_000, 3880)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn rollback() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `1010`
		//  Estimated: `6350`
		// Minimum execution time: 58_220_000 picoseconds.
		Weight::from_parts(60_540_000, 6350)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn bind_lease() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `940`
		//  Estimated: `3880`
		// Minimum execution time: 63_070_000 picoseconds.
		Weight::from_parts(65_310_000, 3880)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(4_u64))
	}
	fn unbind_lease() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `620`
		//  Estimated: `3880`
		// Minimum execution time: 47_650_000 picoseconds.
		Weight::from_parts(49_120_000, 3880)
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	fn report_status() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `560`
		//  Estimated: `3880`
		// Minimum execution time: 21_840_000 picoseconds.
		Weight::from_parts(22_960_000, 3880)
			.saturating_add(RocksDbWeight::get().reads(2_u64))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
	}
	fn set_editors(e: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `600 + e * (32 ±0)`
		//  Estimated: `3880`
		// Minimum execution time: 44_310_000 picoseconds.
		Weight::from_parts(45_870_000, 3880)
			.saturating_add(Weight::from_parts(412_000, 0).saturating_mul(e.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(3_u64))
	}
	fn transfer() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `960`
		//  Estimated: `6196`
		// Minimum execution time: 96_540_000 picoseconds.
		Weight::from_parts(99_830_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(9_u64))
	}
	fn remove(v: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `620 + v * (205 ±0)`
		//  Estimated: `3880 + v * (2680 ±0)`
		// Minimum execution time: 44_920_000 picoseconds.
		Weight::from_parts(41_900_000, 3880)
			.saturating_add(Weight::from_parts(3_020_000, 0).saturating_mul(v.into()))
			.saturating_add(RocksDbWeight::get().reads(3_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
			.saturating_add(RocksDbWeight::get().writes((1_u64).saturating_mul(v.into())))
			.saturating_add(Weight::from_parts(0, 2680).saturating_mul(v.into()))
	}
}
