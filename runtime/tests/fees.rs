//! Fees that price block space: the per-byte fee, the slowly adjusting fee multiplier and the
//! maximum block length, on the real runtime with the `development` genesis. The figures asserted
//! here are the ones `docs/performance.md` ("Fees that price block space") states.

use codec::Encode;
use deinfra_primitives::{ResourceRequest, Resources};
use deinfra_runtime::{
	configs::{
		AdjustmentVariable, MinimumMultiplier, RuntimeBlockLength, RuntimeBlockWeights,
		TargetBlockFullness, TransactionByteFee, MAXIMUM_BLOCK_LENGTH,
	},
	Balance, BalancesCall, Runtime, RuntimeCall, Signature, SystemCall, TransactionPayment,
	TxExtension, UncheckedExtrinsic, DAYS, MICRO_UNIT, MILLI_UNIT, UNIT,
};
use frame_support::{dispatch::DispatchClass, traits::Hooks, weights::Weight};
use pallet_transaction_payment::{Multiplier, NextFeeMultiplier};
use sp_keyring::Sr25519Keyring::{Alice, Bob};
use sp_runtime::{generic::Era, traits::One, FixedPointNumber, MultiAddress};

// Not every helper of `common` is used here.
#[allow(dead_code)]
mod common;
use common::{id, new_ext};

/// Blocks in a day: 14,400 six-second blocks.
const BLOCKS_PER_DAY: Balance = DAYS as Balance;

/// The transaction extensions a wallet attaches (mortal, nonce 0, no tip).
fn tx_extension() -> TxExtension {
	(
		frame_system::CheckNonZeroSender::<Runtime>::new(),
		frame_system::CheckSpecVersion::<Runtime>::new(),
		frame_system::CheckTxVersion::<Runtime>::new(),
		frame_system::CheckGenesis::<Runtime>::new(),
		frame_system::CheckEra::<Runtime>::from(Era::mortal(64, 1)),
		frame_system::CheckNonce::<Runtime>::from(0),
		frame_system::CheckWeight::<Runtime>::new(),
		pallet_transaction_payment::ChargeTransactionPayment::<Runtime>::from(0),
		frame_metadata_hash_extension::CheckMetadataHash::<Runtime>::new(false),
		frame_system::WeightReclaim::<Runtime>::new(),
	)
}

/// `call` as Alice signs it. The fee depends on the call's weight, the extensions' weight and the
/// encoded length, not on whether the signature verifies, so a zero signature of the right size
/// stands in for a real one.
fn signed_by_alice(call: RuntimeCall) -> UncheckedExtrinsic {
	let signature = Signature::Sr25519(sp_core::sr25519::Signature::from_raw([0u8; 64]));
	UncheckedExtrinsic::new_signed(call, MultiAddress::Id(id(Alice)), signature, tx_extension())
}

/// The fee (without tip) and the encoded length of `call` sent as a signed transaction.
fn fee_and_length(call: RuntimeCall) -> (Balance, u32) {
	let xt = signed_by_alice(call);
	let len = xt.encoded_size() as u32;
	(TransactionPayment::query_info(xt, len).partial_fee, len)
}

/// The most normal transactions may put in one block, in bytes.
fn normal_max_length() -> u32 {
	*RuntimeBlockLength::get().max.get(DispatchClass::Normal)
}

/// The longest remark a signed transaction can carry in a block of at most `max` bytes: the
/// remark's and the extrinsic's length prefixes grow from 1 to 4 bytes (compact encoding), and 8
/// bytes of slack cover both.
fn block_filling_remark_bytes(max: u32) -> u32 {
	let empty = signed_by_alice(RuntimeCall::System(SystemCall::remark { remark: vec![] }));
	max - empty.encoded_size() as u32 - 8
}

/// Sets the normal-class weight of the current block to `share` of its maximum and runs
/// transaction payment's `on_finalize`, which moves the multiplier for the next block.
fn finalize_block_with_normal_fullness(share: sp_runtime::Perbill) {
	let normal_max =
		RuntimeBlockWeights::get().get(DispatchClass::Normal).max_total.unwrap_or(Weight::MAX);
	frame_system::Pallet::<Runtime>::set_block_consumed_resources(share * normal_max, 0);
	let now = frame_system::Pallet::<Runtime>::block_number();
	TransactionPayment::on_finalize(now);
	frame_system::Pallet::<Runtime>::set_block_number(now + 1);
}

/// Shows a balance in INFRA with six decimals.
fn infra(b: Balance) -> String {
	format!("{}.{:06}", b / UNIT, (b % UNIT) / MICRO_UNIT)
}

#[test]
fn fee_multiplier_rises_after_full_blocks_and_falls_after_empty_ones() {
	use sp_runtime::Perbill;
	new_ext().execute_with(|| {
		// The multiplier's own sanity check: from the minimum it recovers once blocks are 1%
		// fuller than the target.
		TransactionPayment::integrity_test();
		assert_eq!(TargetBlockFullness::get(), sp_runtime::Perquintill::from_percent(25));
		assert_eq!(AdjustmentVariable::get(), Multiplier::saturating_from_rational(75, 1_000_000));
		let start = NextFeeMultiplier::<Runtime>::get();
		assert_eq!(start, Multiplier::one());
		assert_eq!(MinimumMultiplier::get(), Multiplier::one());

		// At the target the multiplier stays where it is.
		finalize_block_with_normal_fullness(Perbill::from_percent(25));
		assert_eq!(NextFeeMultiplier::<Runtime>::get(), start);

		// An hour (600 blocks) of full blocks: every block raises it, by
		// 1 + v·0.75 + (v·0.75)²/2 ≈ 1.0000563; in all by e^(600·0.0000563) ≈ 1.0343.
		let mut previous = start;
		for _ in 0..600 {
			finalize_block_with_normal_fullness(Perbill::one());
			let next = NextFeeMultiplier::<Runtime>::get();
			assert!(next > previous, "full blocks raise the multiplier");
			previous = next;
		}
		let after_an_hour = previous;
		assert!(after_an_hour > Multiplier::saturating_from_rational(1_034, 1_000));
		assert!(after_an_hour < Multiplier::saturating_from_rational(1_035, 1_000));
		// The weight part of a fee follows it; the length part does not.
		let weight_fee = TransactionPayment::weight_to_fee(Weight::from_parts(1_000_000_000, 0));
		let call = RuntimeCall::System(SystemCall::remark { remark: vec![] });
		let info = frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&call);
		let details = TransactionPayment::compute_fee_details(0, &info, 0);
		let inclusion = details.inclusion_fee.expect("a remark pays fees");
		assert_eq!(
			inclusion.adjusted_weight_fee,
			after_an_hour
				.saturating_mul_int(TransactionPayment::weight_to_fee(info.total_weight()))
		);
		assert_eq!(weight_fee, 1_000_000_000, "1 planck per picosecond of compute");

		// Empty blocks bring it down again, by 1 − v·0.25 + (v·0.25)²/2 per block, and never
		// below the minimum: back at 1 within 1,800 blocks (3 hours).
		let mut blocks = 0;
		while NextFeeMultiplier::<Runtime>::get() > MinimumMultiplier::get() {
			finalize_block_with_normal_fullness(Perbill::zero());
			let next = NextFeeMultiplier::<Runtime>::get();
			assert!(next < previous, "empty blocks lower the multiplier");
			previous = next;
			blocks += 1;
			assert!(blocks <= 1_900, "the multiplier comes back to its minimum");
		}
		assert!(blocks >= 1_700, "it falls slowly: {blocks} blocks");
		for _ in 0..10 {
			finalize_block_with_normal_fullness(Perbill::zero());
			assert_eq!(NextFeeMultiplier::<Runtime>::get(), MinimumMultiplier::get());
		}
	});
}

#[test]
fn length_fee_makes_filling_a_day_of_blocks_expensive() {
	new_ext().execute_with(|| {
		assert_eq!(TransactionByteFee::get(), MICRO_UNIT);
		assert_eq!(TransactionPayment::length_to_fee(1_000_000), UNIT, "1 INFRA per MB");

		let bytes = block_filling_remark_bytes(normal_max_length());
		let xt = signed_by_alice(RuntimeCall::System(SystemCall::remark {
			remark: vec![0u8; bytes as usize],
		}));
		let len = xt.encoded_size() as u32;
		assert!(len <= normal_max_length());
		assert!(len + 16 > normal_max_length(), "the remark fills the block: {len} bytes");

		// The multiplier is at its minimum (1), so this is the cheapest a block can be filled.
		let info = TransactionPayment::query_info(xt, len);
		let per_block = info.partial_fee;
		let per_day = per_block * BLOCKS_PER_DAY;

		// Before: 1 planck a byte, 5 MiB blocks and so 3.75 MiB (3,932,160 bytes) for normal
		// transactions, the same weight fee. A block-filling remark paid its weight (remark,
		// extensions and extrinsic base) and 3,932,160 planck.
		let before_len: u32 = 3_932_160;
		let before_bytes = block_filling_remark_bytes(before_len);
		let empty = frame_support::dispatch::GetDispatchInfo::get_dispatch_info(&signed_by_alice(
			RuntimeCall::System(SystemCall::remark { remark: vec![] }),
		));
		let before_weight = empty.extension_weight +
			<<Runtime as frame_system::Config>::SystemWeightInfo as frame_system::WeightInfo>::remark(
				before_bytes,
			);
		let before_per_block = TransactionPayment::weight_to_fee(before_weight)
			+ TransactionPayment::weight_to_fee(
				RuntimeBlockWeights::get().get(DispatchClass::Normal).base_extrinsic,
			) + before_len as Balance;
		println!(
			"full block of remarks: {len} bytes, weight {} ps, fee {} INFRA; a day: {} INFRA, {} bytes",
			info.weight.ref_time(),
			infra(per_block),
			infra(per_day),
			len as u128 * BLOCKS_PER_DAY,
		);
		println!(
			"before: {before_len} bytes, weight {} ps, fee {} INFRA; a day: {} INFRA, {} bytes",
			before_weight.ref_time(),
			infra(before_per_block),
			infra(before_per_block * BLOCKS_PER_DAY),
			before_len as u128 * BLOCKS_PER_DAY,
		);
		// The documented figures: a full block costs at least 1.57 INFRA, a day of them at least
		// 22,600 INFRA (it was about 38 INFRA).
		assert!(per_block >= 1_570 * MILLI_UNIT, "a full block costs {}", infra(per_block));
		assert!(per_day >= 22_600 * UNIT, "a day of full blocks costs {}", infra(per_day));
		assert!(per_day >= 500 * before_per_block * BLOCKS_PER_DAY);
	});
}

#[test]
fn a_market_call_stays_cheap() {
	new_ext().execute_with(|| {
		let request = ResourceRequest {
			resources: Resources {
				cpu_millicores: 2_000,
				memory_mib: 4_096,
				storage_gib: 50,
				bandwidth_mbps: 100,
				gpus: 0,
			},
			gpu: None,
			region: None,
			attributes: Default::default(),
			verified_attributes: false,
		};
		let create_order = RuntimeCall::Market(pallet_market::Call::create_order {
			request: request.into(),
			max_price_per_block: UNIT,
			deposit: 10 * UNIT,
			duration: Some(DAYS),
		});
		let transfer = RuntimeCall::Balances(BalancesCall::transfer_keep_alive {
			dest: MultiAddress::Id(id(Bob)),
			value: 10 * UNIT,
		});
		for (name, call) in [("market.create_order", create_order), ("transfer", transfer)] {
			let (fee, len) = fee_and_length(call);
			println!("{name}: {len} bytes, fee {} INFRA", infra(fee));
			assert!(len < 250, "{name} is a short transaction: {len} bytes");
			// The documented bound: well under a hundredth of an INFRA.
			assert!(fee < 5 * MILLI_UNIT, "{name} costs {}", infra(fee));
			// Its length part is a small share of it.
			assert!(TransactionPayment::length_to_fee(len) < fee / 2);
		}
	});
}

#[test]
fn max_block_length_is_what_the_docs_state() {
	let length = RuntimeBlockLength::get();
	assert_eq!(MAXIMUM_BLOCK_LENGTH, 2_097_152, "2 MiB");
	assert_eq!(*length.max.get(DispatchClass::Operational), 2_097_152);
	assert_eq!(*length.max.get(DispatchClass::Mandatory), 2_097_152);
	assert_eq!(*length.max.get(DispatchClass::Normal), 1_572_864, "75%: 1.5 MiB");
	// Room for a runtime upgrade (the compressed runtime is about 0.7 MB), carried by the
	// operational `apply_authorized_upgrade` or even by a normal transaction, twice over.
	assert!(*length.max.get(DispatchClass::Normal) > 2 * 705_000);
	// A day of normal-class blocks holds at most 22.6 GB (it was 56.6 GB).
	assert_eq!(*length.max.get(DispatchClass::Normal) as u64 * DAYS as u64, 22_649_241_600);
}
