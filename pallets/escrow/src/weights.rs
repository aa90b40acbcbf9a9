// This file is part of DeInfra.

// Copyright (C) DeInfra developers.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_escrow`
//!
//! PLACEHOLDER WEIGHTS, NOT MEASURED. Regenerate with `scripts/benchmark.sh` (which runs
//! `deinfra-node benchmark pallet --pallet=pallet_escrow --extrinsic=* --steps=50 --repeat=20
//! --template=... --output=pallets/escrow/src/weights.rs`) as soon as the node can run
//! `benchmark pallet`. Until then the numbers below are estimates derived from each function's
//! storage reads and writes (listed above it) and the measured costs of similar `pallet-balances`
//! transfers: about 10 µs of execution per storage item touched and per balance transfer, plus
//! a fixed base. They are deliberately on the high side.
//!
//! DATE: not measured, STEPS: `-`, REPEAT: `-`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! WORST CASE MAP SIZE: `1000000`
//! HOSTNAME: `-`, CPU: `-`
//! WASM-EXECUTION: `Compiled`, CHAIN: `Some("dev")`, DB CACHE: `1024`

// Executed Command:
// ./scripts/benchmark.sh
// pallet_escrow

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_escrow`.
pub trait WeightInfo {
	fn open() -> Weight;
	fn deposit() -> Weight;
	fn settle() -> Weight;
	fn withdraw() -> Weight;
	fn close() -> Weight;
	fn on_initialize_scan(b: u32, ) -> Weight;
	fn expire_overdrawn() -> Weight;
	fn expire_closed() -> Weight;
	fn start_stream() -> Weight;
	fn stop_stream() -> Weight;
	fn close_streaming() -> Weight;
}

/// Weights for `pallet_escrow` using the DeInfra node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Escrow::NextAccountIndex` (r:1 w:1)
	/// Proof: `Escrow::NextAccountIndex` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:0 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	fn open() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `240`
		//  Estimated: `6196`
		// Minimum execution time: 68_410_000 picoseconds.
		Weight::from_parts(70_120_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:2)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `560`
		//  Estimated: `11402`
		// Minimum execution time: 118_300_000 picoseconds.
		Weight::from_parts(121_650_000, 11402)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:2)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn settle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `520`
		//  Estimated: `8799`
		// Minimum execution time: 96_270_000 picoseconds.
		Weight::from_parts(98_940_000, 8799)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:2)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `520`
		//  Estimated: `8799`
		// Minimum execution time: 97_110_000 picoseconds.
		Weight::from_parts(99_480_000, 8799)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	fn close() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `410`
		//  Estimated: `6196`
		// Minimum execution time: 66_820_000 picoseconds.
		Weight::from_parts(68_360_000, 6196)
			.saturating_add(T::DbWeight::get().reads(5_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Escrow::IncompleteSince` (r:1 w:1)
	/// Proof: `Escrow::IncompleteSince` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:`b` w:0)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 64]`.
	fn on_initialize_scan(b: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0 + b * (4 ±0)`
		//  Estimated: `1489 + b * (2511 ±0)`
		// Minimum execution time: 4_120_000 picoseconds.
		Weight::from_parts(4_310_000, 1489)
			// Standard Error: 1_204
			.saturating_add(Weight::from_parts(3_890_000, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 2511).saturating_mul(b.into()))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:2)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn expire_overdrawn() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `520`
		//  Estimated: `8799`
		// Minimum execution time: 92_540_000 picoseconds.
		Weight::from_parts(95_010_000, 8799)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn expire_closed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `520`
		//  Estimated: `8799`
		// Minimum execution time: 94_860_000 picoseconds.
		Weight::from_parts(97_730_000, 8799)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn start_stream() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `220`
		//  Estimated: `3663`
		// Minimum execution time: 21_530_000 picoseconds.
		Weight::from_parts(22_410_000, 3663)
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().writes(2_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn stop_stream() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `520`
		//  Estimated: `8799`
		// Minimum execution time: 88_940_000 picoseconds.
		Weight::from_parts(91_260_000, 8799)
			.saturating_add(T::DbWeight::get().reads(6_u64))
			.saturating_add(T::DbWeight::get().writes(7_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn close_streaming() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `560`
		//  Estimated: `11402`
		// Minimum execution time: 112_750_000 picoseconds.
		Weight::from_parts(115_880_000, 11402)
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().writes(8_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: `Escrow::NextAccountIndex` (r:1 w:1)
	/// Proof: `Escrow::NextAccountIndex` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:0 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	fn open() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `240`
		//  Estimated: `6196`
		// Minimum execution time: 68_410_000 picoseconds.
		Weight::from_parts(70_120_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:2)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn deposit() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `560`
		//  Estimated: `11402`
		// Minimum execution time: 118_300_000 picoseconds.
		Weight::from_parts(121_650_000, 11402)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:2)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn settle() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `520`
		//  Estimated: `8799`
		// Minimum execution time: 96_270_000 picoseconds.
		Weight::from_parts(98_940_000, 8799)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:2)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn withdraw() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `520`
		//  Estimated: `8799`
		// Minimum execution time: 97_110_000 picoseconds.
		Weight::from_parts(99_480_000, 8799)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	fn close() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `410`
		//  Estimated: `6196`
		// Minimum execution time: 66_820_000 picoseconds.
		Weight::from_parts(68_360_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(5_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Escrow::IncompleteSince` (r:1 w:1)
	/// Proof: `Escrow::IncompleteSince` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:`b` w:0)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 64]`.
	fn on_initialize_scan(b: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `0 + b * (4 ±0)`
		//  Estimated: `1489 + b * (2511 ±0)`
		// Minimum execution time: 4_120_000 picoseconds.
		Weight::from_parts(4_310_000, 1489)
			// Standard Error: 1_204
			.saturating_add(Weight::from_parts(3_890_000, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 2511).saturating_mul(b.into()))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:2)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn expire_overdrawn() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `520`
		//  Estimated: `8799`
		// Minimum execution time: 92_540_000 picoseconds.
		Weight::from_parts(95_010_000, 8799)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn expire_closed() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `520`
		//  Estimated: `8799`
		// Minimum execution time: 94_860_000 picoseconds.
		Weight::from_parts(97_730_000, 8799)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn start_stream() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `220`
		//  Estimated: `3663`
		// Minimum execution time: 21_530_000 picoseconds.
		Weight::from_parts(22_410_000, 3663)
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().writes(2_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:3 w:3)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn stop_stream() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `520`
		//  Estimated: `8799`
		// Minimum execution time: 88_940_000 picoseconds.
		Weight::from_parts(91_260_000, 8799)
			.saturating_add(RocksDbWeight::get().reads(6_u64))
			.saturating_add(RocksDbWeight::get().writes(7_u64))
	}
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	fn close_streaming() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `560`
		//  Estimated: `11402`
		// Minimum execution time: 112_750_000 picoseconds.
		Weight::from_parts(115_880_000, 11402)
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
	}
}
