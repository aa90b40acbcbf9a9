// This file is part of DeInfra.

// Copyright (C) DeInfra developers.
// SPDX-License-Identifier: Apache-2.0

//! Weights for `pallet_market`
//!
//! PLACEHOLDER WEIGHTS, NOT MEASURED. Regenerate with `scripts/benchmark.sh market` (which runs
//! `deinfra-node benchmark pallet --pallet=pallet_market --extrinsic=* --steps=50 --repeat=20
//! --template=... --output=pallets/market/src/weights.rs`) as soon as the runtime includes the
//! market. Until then the numbers below are estimates derived from each function's storage reads
//! and writes (listed above it, including those of the escrow and the provider registry it
//! drives) and the measured costs of similar `pallet-balances` transfers: about 10 µs of
//! execution per storage item touched and per balance transfer, plus a fixed base. They are
//! deliberately on the high side. `b` is the number of bids on the order (at most
//! `MaxBidsPerOrder`) or of blocks of the expiry index looked at (at most `MaxExpiriesPerBlock`).
//!
//! DATE: not measured, STEPS: `-`, REPEAT: `-`, LOW RANGE: `[]`, HIGH RANGE: `[]`
//! WORST CASE MAP SIZE: `1000000`
//! HOSTNAME: `-`, CPU: `-`
//! WASM-EXECUTION: `Compiled`, CHAIN: `Some("dev")`, DB CACHE: `1024`

// Executed Command:
// ./scripts/benchmark.sh
// market

#![cfg_attr(rustfmt, rustfmt_skip)]
#![allow(unused_parens)]
#![allow(unused_imports)]
#![allow(missing_docs)]
#![allow(dead_code)]

use frame_support::{traits::Get, weights::{Weight, constants::RocksDbWeight}};
use core::marker::PhantomData;

/// Weight functions needed for `pallet_market`.
pub trait WeightInfo {
	fn create_order() -> Weight;
	fn cancel_order(b: u32, ) -> Weight;
	fn place_bid() -> Weight;
	fn withdraw_bid() -> Weight;
	fn accept_bid(b: u32, ) -> Weight;
	fn close_lease() -> Weight;
	fn top_up() -> Weight;
	fn force_close_lease() -> Weight;
	fn on_initialize_scan(b: u32, ) -> Weight;
	fn expire_lease() -> Weight;
	fn on_exhausted() -> Weight;
}

/// Weights for `pallet_market` using the DeInfra node and recommended hardware.
pub struct SubstrateWeight<T>(PhantomData<T>);
impl<T: frame_system::Config> WeightInfo for SubstrateWeight<T> {
	/// Storage: `Market::Counts` (r:1 w:1)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextOrderId` (r:1 w:1)
	/// Proof: `Market::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
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
	/// Storage: `Market::OrdersByTenant` (r:0 w:1)
	/// Proof: `Market::OrdersByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	fn create_order() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `6196`
		// Minimum execution time: 93_500_000 picoseconds.
		Weight::from_parts(96_400_000, 6196)
			.saturating_add(T::DbWeight::get().reads(8_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderBids` (r:`b` w:`b`)
	/// Proof: `Market::OrderBids` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::Bids` (r:`b` w:`b`)
	/// Proof: `Market::Bids` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:1 w:1)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrdersByTenant` (r:0 w:1)
	/// Proof: `Market::OrdersByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[0, 32]`.
	fn cancel_order(b: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300 + b * (120 ±0)`
		//  Estimated: `6196 + b * (2603 ±0)`
		// Minimum execution time: 85_500_000 picoseconds.
		Weight::from_parts(88_150_000, 6196)
			// Standard Error: 9_412
			.saturating_add(Weight::from_parts(31_870_000, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(7_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(8_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(b.into()))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:2 w:0)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderBids` (r:1 w:1)
	/// Proof: `Market::OrderBids` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:1 w:0)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextBidId` (r:1 w:1)
	/// Proof: `Market::NextBidId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Market::Bids` (r:0 w:1)
	/// Proof: `Market::Bids` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	fn place_bid() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `4743`
		// Minimum execution time: 72_670_000 picoseconds.
		Weight::from_parts(74_920_000, 4743)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(6_u64))
	}
	/// Storage: `Market::Bids` (r:1 w:1)
	/// Proof: `Market::Bids` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderBids` (r:0 w:1)
	/// Proof: `Market::OrderBids` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn withdraw_bid() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `3753`
		// Minimum execution time: 50_740_000 picoseconds.
		Weight::from_parts(52_310_000, 3753)
			.saturating_add(T::DbWeight::get().reads(4_u64))
			.saturating_add(T::DbWeight::get().writes(5_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	/// Storage: `Market::Bids` (r:`b` w:`b`)
	/// Proof: `Market::Bids` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:2 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:2 w:2)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextLeaseId` (r:1 w:1)
	/// Proof: `Market::NextLeaseId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderBids` (r:`b` w:`b`)
	/// Proof: `Market::OrderBids` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:`b` w:`b`)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:`b` w:`b`)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrdersByTenant` (r:0 w:1)
	/// Proof: `Market::OrdersByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByTenant` (r:0 w:1)
	/// Proof: `Market::LeasesByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByProvider` (r:0 w:1)
	/// Proof: `Market::LeasesByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseOfEscrow` (r:0 w:1)
	/// Proof: `Market::LeaseOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:0 w:1)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Leases` (r:0 w:1)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 32]`.
	fn accept_bid(b: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300 + b * (120 ±0)`
		//  Estimated: `4743 + b * (2603 ±0)`
		// Minimum execution time: 115_080_000 picoseconds.
		Weight::from_parts(118_640_000, 4743)
			// Standard Error: 9_412
			.saturating_add(Weight::from_parts(31_870_000, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().reads((4_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(13_u64))
			.saturating_add(T::DbWeight::get().writes((4_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(b.into()))
	}
	/// Storage: `Market::Leases` (r:1 w:1)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:2 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:2 w:2)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Unbonding` (r:1 w:1)
	/// Proof: `Providers::Unbonding` (`max_values`: None, `max_size`: Some(234), added: 2709, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Reputation` (r:1 w:1)
	/// Proof: `Providers::Reputation` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:2 w:2)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByTenant` (r:1 w:1)
	/// Proof: `Market::LeasesByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByProvider` (r:1 w:1)
	/// Proof: `Market::LeasesByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseOfEscrow` (r:0 w:1)
	/// Proof: `Market::LeaseOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:0 w:1)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	fn close_lease() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `11402`
		// Minimum execution time: 229_380_000 picoseconds.
		Weight::from_parts(236_480_000, 11402)
			.saturating_add(T::DbWeight::get().reads(20_u64))
			.saturating_add(T::DbWeight::get().writes(24_u64))
	}
	/// Storage: `Market::Leases` (r:1 w:0)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
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
	fn top_up() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `11402`
		// Minimum execution time: 127_760_000 picoseconds.
		Weight::from_parts(131_720_000, 11402)
			.saturating_add(T::DbWeight::get().reads(9_u64))
			.saturating_add(T::DbWeight::get().writes(10_u64))
	}
	/// Storage: `Market::Leases` (r:1 w:1)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:2 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:2 w:2)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByTenant` (r:1 w:1)
	/// Proof: `Market::LeasesByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByProvider` (r:1 w:1)
	/// Proof: `Market::LeasesByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseOfEscrow` (r:0 w:1)
	/// Proof: `Market::LeaseOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:0 w:1)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	fn force_close_lease() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `11402`
		// Minimum execution time: 182_290_000 picoseconds.
		Weight::from_parts(187_930_000, 11402)
			.saturating_add(T::DbWeight::get().reads(16_u64))
			.saturating_add(T::DbWeight::get().writes(19_u64))
	}
	/// Storage: `Market::ExpiryCursor` (r:1 w:1)
	/// Proof: `Market::ExpiryCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:`b` w:0)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 256]`.
	fn on_initialize_scan(b: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300 + b * (120 ±0)`
		//  Estimated: `1489 + b * (2503 ±0)`
		// Minimum execution time: 4_080_000 picoseconds.
		Weight::from_parts(4_210_000, 1489)
			// Standard Error: 9_412
			.saturating_add(Weight::from_parts(3_870_000, 0).saturating_mul(b.into()))
			.saturating_add(T::DbWeight::get().reads(1_u64))
			.saturating_add(T::DbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(T::DbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 2503).saturating_mul(b.into()))
	}
	/// Storage: `Market::Leases` (r:2 w:1)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:2 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Reputation` (r:1 w:1)
	/// Proof: `Providers::Reputation` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:2 w:2)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByTenant` (r:1 w:1)
	/// Proof: `Market::LeasesByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByProvider` (r:1 w:1)
	/// Proof: `Market::LeasesByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseOfEscrow` (r:0 w:1)
	/// Proof: `Market::LeaseOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:0 w:1)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	fn expire_lease() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `11402`
		// Minimum execution time: 190_160_000 picoseconds.
		Weight::from_parts(196_050_000, 11402)
			.saturating_add(T::DbWeight::get().reads(17_u64))
			.saturating_add(T::DbWeight::get().writes(20_u64))
	}
	/// Storage: `Market::LeaseOfEscrow` (r:1 w:1)
	/// Proof: `Market::LeaseOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::Leases` (r:1 w:1)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:1 w:0)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Reputation` (r:1 w:1)
	/// Proof: `Providers::Reputation` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:2 w:2)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByTenant` (r:1 w:1)
	/// Proof: `Market::LeasesByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByProvider` (r:1 w:1)
	/// Proof: `Market::LeasesByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:0 w:1)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	fn on_exhausted() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `4743`
		// Minimum execution time: 69_210_000 picoseconds.
		Weight::from_parts(71_360_000, 4743)
			.saturating_add(T::DbWeight::get().reads(10_u64))
			.saturating_add(T::DbWeight::get().writes(12_u64))
	}
}

// For backwards compatibility and tests.
impl WeightInfo for () {
	/// Storage: `Market::Counts` (r:1 w:1)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextOrderId` (r:1 w:1)
	/// Proof: `Market::NextOrderId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
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
	/// Storage: `Market::OrdersByTenant` (r:0 w:1)
	/// Proof: `Market::OrdersByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	fn create_order() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `6196`
		// Minimum execution time: 93_500_000 picoseconds.
		Weight::from_parts(96_400_000, 6196)
			.saturating_add(RocksDbWeight::get().reads(8_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:2 w:2)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderBids` (r:`b` w:`b`)
	/// Proof: `Market::OrderBids` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::Bids` (r:`b` w:`b`)
	/// Proof: `Market::Bids` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:1 w:1)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrdersByTenant` (r:0 w:1)
	/// Proof: `Market::OrdersByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[0, 32]`.
	fn cancel_order(b: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300 + b * (120 ±0)`
		//  Estimated: `6196 + b * (2603 ±0)`
		// Minimum execution time: 85_500_000 picoseconds.
		Weight::from_parts(88_150_000, 6196)
			// Standard Error: 9_412
			.saturating_add(Weight::from_parts(31_870_000, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(7_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(b.into())))
			.saturating_add(RocksDbWeight::get().writes(8_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(b.into()))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:2 w:0)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderBids` (r:1 w:1)
	/// Proof: `Market::OrderBids` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:1 w:0)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextBidId` (r:1 w:1)
	/// Proof: `Market::NextBidId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Market::Bids` (r:0 w:1)
	/// Proof: `Market::Bids` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	fn place_bid() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `4743`
		// Minimum execution time: 72_670_000 picoseconds.
		Weight::from_parts(74_920_000, 4743)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(6_u64))
	}
	/// Storage: `Market::Bids` (r:1 w:1)
	/// Proof: `Market::Bids` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:1 w:1)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderBids` (r:0 w:1)
	/// Proof: `Market::OrderBids` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	fn withdraw_bid() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `3753`
		// Minimum execution time: 50_740_000 picoseconds.
		Weight::from_parts(52_310_000, 3753)
			.saturating_add(RocksDbWeight::get().reads(4_u64))
			.saturating_add(RocksDbWeight::get().writes(5_u64))
	}
	/// Storage: `Market::Orders` (r:1 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	/// Storage: `Market::Bids` (r:`b` w:`b`)
	/// Proof: `Market::Bids` (`max_values`: None, `max_size`: Some(100), added: 2575, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:2 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:2 w:2)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::NextLeaseId` (r:1 w:1)
	/// Proof: `Market::NextLeaseId` (`max_values`: Some(1), `max_size`: Some(8), added: 503, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:1 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrderBids` (r:`b` w:`b`)
	/// Proof: `Market::OrderBids` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:`b` w:`b`)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:`b` w:`b`)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Market::OrdersByTenant` (r:0 w:1)
	/// Proof: `Market::OrdersByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByTenant` (r:0 w:1)
	/// Proof: `Market::LeasesByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByProvider` (r:0 w:1)
	/// Proof: `Market::LeasesByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseOfEscrow` (r:0 w:1)
	/// Proof: `Market::LeaseOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:0 w:1)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Leases` (r:0 w:1)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 32]`.
	fn accept_bid(b: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300 + b * (120 ±0)`
		//  Estimated: `4743 + b * (2603 ±0)`
		// Minimum execution time: 115_080_000 picoseconds.
		Weight::from_parts(118_640_000, 4743)
			// Standard Error: 9_412
			.saturating_add(Weight::from_parts(31_870_000, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().reads((4_u64).saturating_mul(b.into())))
			.saturating_add(RocksDbWeight::get().writes(13_u64))
			.saturating_add(RocksDbWeight::get().writes((4_u64).saturating_mul(b.into())))
			.saturating_add(Weight::from_parts(0, 2603).saturating_mul(b.into()))
	}
	/// Storage: `Market::Leases` (r:1 w:1)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:2 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:6 w:6)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:2 w:2)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:2 w:2)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Unbonding` (r:1 w:1)
	/// Proof: `Providers::Unbonding` (`max_values`: None, `max_size`: Some(234), added: 2709, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Reputation` (r:1 w:1)
	/// Proof: `Providers::Reputation` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:2 w:2)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByTenant` (r:1 w:1)
	/// Proof: `Market::LeasesByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByProvider` (r:1 w:1)
	/// Proof: `Market::LeasesByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseOfEscrow` (r:0 w:1)
	/// Proof: `Market::LeaseOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:0 w:1)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	fn close_lease() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `11402`
		// Minimum execution time: 229_380_000 picoseconds.
		Weight::from_parts(236_480_000, 11402)
			.saturating_add(RocksDbWeight::get().reads(20_u64))
			.saturating_add(RocksDbWeight::get().writes(24_u64))
	}
	/// Storage: `Market::Leases` (r:1 w:0)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
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
	fn top_up() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `11402`
		// Minimum execution time: 127_760_000 picoseconds.
		Weight::from_parts(131_720_000, 11402)
			.saturating_add(RocksDbWeight::get().reads(9_u64))
			.saturating_add(RocksDbWeight::get().writes(10_u64))
	}
	/// Storage: `Market::Leases` (r:1 w:1)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:2 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:2 w:2)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByTenant` (r:1 w:1)
	/// Proof: `Market::LeasesByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByProvider` (r:1 w:1)
	/// Proof: `Market::LeasesByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseOfEscrow` (r:0 w:1)
	/// Proof: `Market::LeaseOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:0 w:1)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	fn force_close_lease() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `11402`
		// Minimum execution time: 182_290_000 picoseconds.
		Weight::from_parts(187_930_000, 11402)
			.saturating_add(RocksDbWeight::get().reads(16_u64))
			.saturating_add(RocksDbWeight::get().writes(19_u64))
	}
	/// Storage: `Market::ExpiryCursor` (r:1 w:1)
	/// Proof: `Market::ExpiryCursor` (`max_values`: Some(1), `max_size`: Some(4), added: 499, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:`b` w:0)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// The range of component `b` is `[1, 256]`.
	fn on_initialize_scan(b: u32, ) -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `300 + b * (120 ±0)`
		//  Estimated: `1489 + b * (2503 ±0)`
		// Minimum execution time: 4_080_000 picoseconds.
		Weight::from_parts(4_210_000, 1489)
			// Standard Error: 9_412
			.saturating_add(Weight::from_parts(3_870_000, 0).saturating_mul(b.into()))
			.saturating_add(RocksDbWeight::get().reads(1_u64))
			.saturating_add(RocksDbWeight::get().reads((1_u64).saturating_mul(b.into())))
			.saturating_add(RocksDbWeight::get().writes(1_u64))
			.saturating_add(Weight::from_parts(0, 2503).saturating_mul(b.into()))
	}
	/// Storage: `Market::Leases` (r:2 w:1)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:2 w:1)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `System::Account` (r:4 w:4)
	/// Proof: `System::Account` (`max_values`: None, `max_size`: Some(128), added: 2603, mode: `MaxEncodedLen`)
	/// Storage: `Balances::Holds` (r:1 w:1)
	/// Proof: `Balances::Holds` (`max_values`: None, `max_size`: Some(85), added: 2560, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Total` (r:1 w:1)
	/// Proof: `Escrow::Total` (`max_values`: Some(1), `max_size`: Some(64), added: 559, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Expiries` (r:0 w:1)
	/// Proof: `Escrow::Expiries` (`max_values`: None, `max_size`: Some(36), added: 2511, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Reputation` (r:1 w:1)
	/// Proof: `Providers::Reputation` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:2 w:2)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByTenant` (r:1 w:1)
	/// Proof: `Market::LeasesByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByProvider` (r:1 w:1)
	/// Proof: `Market::LeasesByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseOfEscrow` (r:0 w:1)
	/// Proof: `Market::LeaseOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:0 w:1)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	fn expire_lease() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `11402`
		// Minimum execution time: 190_160_000 picoseconds.
		Weight::from_parts(196_050_000, 11402)
			.saturating_add(RocksDbWeight::get().reads(17_u64))
			.saturating_add(RocksDbWeight::get().writes(20_u64))
	}
	/// Storage: `Market::LeaseOfEscrow` (r:1 w:1)
	/// Proof: `Market::LeaseOfEscrow` (`max_values`: None, `max_size`: Some(24), added: 2499, mode: `MaxEncodedLen`)
	/// Storage: `Market::Leases` (r:1 w:1)
	/// Proof: `Market::Leases` (`max_values`: None, `max_size`: Some(230), added: 2705, mode: `MaxEncodedLen`)
	/// Storage: `Escrow::Accounts` (r:1 w:0)
	/// Proof: `Escrow::Accounts` (`max_values`: None, `max_size`: Some(198), added: 2673, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Registry` (r:1 w:1)
	/// Proof: `Providers::Registry` (`max_values`: None, `max_size`: Some(2268), added: 4743, mode: `MaxEncodedLen`)
	/// Storage: `Providers::Reputation` (r:1 w:1)
	/// Proof: `Providers::Reputation` (`max_values`: None, `max_size`: Some(44), added: 2519, mode: `MaxEncodedLen`)
	/// Storage: `Market::Counts` (r:2 w:2)
	/// Proof: `Market::Counts` (`max_values`: None, `max_size`: Some(60), added: 2535, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByTenant` (r:1 w:1)
	/// Proof: `Market::LeasesByTenant` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeasesByProvider` (r:1 w:1)
	/// Proof: `Market::LeasesByProvider` (`max_values`: None, `max_size`: Some(64), added: 2539, mode: `MaxEncodedLen`)
	/// Storage: `Market::LeaseExpiries` (r:0 w:1)
	/// Proof: `Market::LeaseExpiries` (`max_values`: None, `max_size`: Some(28), added: 2503, mode: `MaxEncodedLen`)
	/// Storage: `Market::Orders` (r:0 w:1)
	/// Proof: `Market::Orders` (`max_values`: None, `max_size`: Some(1278), added: 3753, mode: `MaxEncodedLen`)
	fn on_exhausted() -> Weight {
		// Proof Size summary in bytes:
		//  Measured:  `400`
		//  Estimated: `4743`
		// Minimum execution time: 69_210_000 picoseconds.
		Weight::from_parts(71_360_000, 4743)
			.saturating_add(RocksDbWeight::get().reads(10_u64))
			.saturating_add(RocksDbWeight::get().writes(12_u64))
	}
}
