//! GPUs are accounted per model, penalties come out of the active bond only, and unbonding
//! chunks merged when full never lose lock time.

use super::*;
use crate::{Error, Event, GpusAllocated, Unbonding, UnbondingChunk};
use deinfra_primitives::{GpuRequirement, ProviderRegistry};
use frame_support::{assert_noop, assert_ok};

fn model(name: &str) -> deinfra_primitives::GpuModel {
	bounded(name.as_bytes())
}

fn gpu_req(model: &str, count: u32) -> GpuRequirement {
	GpuRequirement { model: bounded(model.as_bytes()), min_vram_gib: 0, count }
}

/// A request for `count` GPUs of `model` (any model if empty) and 1 core.
fn gpu_request(model: &str, count: u32) -> deinfra_primitives::ResourceRequest {
	deinfra_primitives::ResourceRequest {
		resources: lease(1_000, 1_024, count),
		gpu: Some(gpu_req(model, count)),
		region: None,
		attributes: Default::default(),
		verified_attributes: false,
	}
}

/// Registers ALICE with 8 × H100 and 8 × A100 (16 GPUs in all).
fn register_two_gpu_kinds() {
	let mut i = info();
	i.gpus = vec![gpu("nvidia-h100", 80, 8), gpu("nvidia-a100", 80, 8)];
	i.capacity = resources(64_000, 262_144, 16);
	assert_ok!(Providers::register(RuntimeOrigin::signed(ALICE), i, MIN_BOND));
}

/// Starts a lease of `count` GPUs of `model` at ALICE as the market does.
fn lease_gpus(
	model: &str,
	count: u32,
) -> Result<deinfra_primitives::GpuModel, sp_runtime::DispatchError> {
	let request = gpu_request(model, count);
	Providers::reserve_capacity(&ALICE, &request.resources)?;
	Providers::reserve_gpus(&ALICE, request.gpu.as_ref().unwrap())
}

#[test]
fn second_lease_of_all_h100s_does_not_match_when_a100s_are_free_attack_gpu_double_booking() {
	build_and_execute(|| {
		register_two_gpu_kinds();
		assert!(Providers::matches(&ALICE, &gpu_request("nvidia-h100", 8)));
		assert_eq!(lease_gpus("nvidia-h100", 8), Ok(bounded(b"nvidia-h100")));
		// 8 GPUs are still free in total, but none of them is an H100.
		assert_eq!(Providers::capacity_of(&ALICE).unwrap().free.gpus, 8);
		assert!(!Providers::matches(&ALICE, &gpu_request("nvidia-h100", 8)));
		assert!(!Providers::matches(&ALICE, &gpu_request("nvidia-h100", 1)));
		assert!(Providers::matches(&ALICE, &gpu_request("nvidia-a100", 8)));
		assert!(Providers::matches(&ALICE, &gpu_request("", 8)), "any model: the A100s");
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease(1_000, 1_024, 1)));
		assert_noop!(
			Providers::reserve_gpus(&ALICE, &gpu_req("nvidia-h100", 1)),
			Error::<Test>::InsufficientGpus
		);
		assert_ok!(Providers::release_capacity(&ALICE, &lease(1_000, 1_024, 1)));
	});
}

#[test]
fn reserve_gpus_takes_from_one_kind_and_emits_the_model() {
	build_and_execute(|| {
		register_two_gpu_kinds();
		assert_eq!(lease_gpus("", 6), Ok(bounded(b"nvidia-h100")), "the first kind that fits");
		assert_eq!(lease_gpus("", 6), Ok(bounded(b"nvidia-a100")), "2 H100s left: too few");
		System::assert_has_event(
			Event::GpusReserved { provider: ALICE, model: bounded(b"nvidia-a100"), count: 6 }
				.into(),
		);
		assert_eq!(GpusAllocated::<Test>::get(ALICE, model("nvidia-h100")), 6);
		assert_eq!(GpusAllocated::<Test>::get(ALICE, model("nvidia-a100")), 6);
		let allocation = Providers::allocation(&ALICE).unwrap();
		assert_eq!(allocation.leases, 2);
		assert_eq!(allocation.resources.gpus, 12);
		assert_eq!(allocation.gpus.len(), 2);
	});
}

#[test]
fn release_gpus_frees_the_model_and_removes_an_empty_entry() {
	build_and_execute(|| {
		register_two_gpu_kinds();
		let model = lease_gpus("nvidia-h100", 8).unwrap();
		assert_noop!(
			Providers::release_gpus(&ALICE, &model, 9),
			Error::<Test>::GpuReleaseExceedsReserved
		);
		assert_ok!(Providers::release_capacity(&ALICE, &lease(1_000, 1_024, 8)));
		assert_ok!(Providers::release_gpus(&ALICE, &model, 8));
		assert!(!GpusAllocated::<Test>::contains_key(ALICE, &model));
		System::assert_last_event(Event::GpusReleased { provider: ALICE, model, count: 8 }.into());
		assert!(Providers::matches(&ALICE, &gpu_request("nvidia-h100", 8)));
	});
}

#[test]
fn update_capacity_fails_when_a_gpu_model_in_use_is_dropped() {
	build_and_execute(|| {
		register_two_gpu_kinds();
		lease_gpus("nvidia-a100", 2).unwrap();
		// Same total, but the A100s in use are no longer listed.
		assert_noop!(
			Providers::update_capacity(
				RuntimeOrigin::signed(ALICE),
				resources(64_000, 262_144, 16),
				vec![gpu("nvidia-h100", 80, 16)]
			),
			Error::<Test>::CapacityBelowAllocated
		);
		// Fewer A100s than in use.
		assert_noop!(
			Providers::update_capacity(
				RuntimeOrigin::signed(ALICE),
				resources(64_000, 262_144, 9),
				vec![gpu("nvidia-h100", 80, 8), gpu("nvidia-a100", 80, 1)]
			),
			Error::<Test>::CapacityBelowAllocated
		);
		assert_ok!(Providers::update_capacity(
			RuntimeOrigin::signed(ALICE),
			resources(64_000, 262_144, 2),
			vec![gpu("nvidia-a100", 80, 2)]
		));
	});
}

#[test]
fn try_state_detects_gpus_in_use_that_do_not_add_up() {
	new_test_ext().execute_with(|| {
		register_two_gpu_kinds();
		lease_gpus("nvidia-a100", 2).unwrap();
		assert_ok!(Providers::do_try_state());
		GpusAllocated::<Test>::insert(ALICE, model("nvidia-a100"), 3);
		assert!(Providers::do_try_state().is_err());
	});
}

#[test]
fn penalize_takes_only_the_active_bond_never_unbonding_funds() {
	build_and_execute(|| {
		assert_ok!(Providers::register(RuntimeOrigin::signed(ALICE), info(), MIN_BOND + 500));
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(ALICE), 500));
		let bob = free(BOB);
		assert_eq!(Providers::penalize(&ALICE, MIN_BOND * 10, &BOB), Ok(MIN_BOND));
		System::assert_last_event(
			Event::Penalized { provider: ALICE, beneficiary: BOB, amount: MIN_BOND }.into(),
		);
		assert_eq!(free(BOB), bob + MIN_BOND);
		assert_eq!(record(ALICE).bond, 0);
		assert_eq!(held_bond(ALICE), 500, "the unbonding chunk is untouched");
		assert_eq!(Providers::penalize(&ALICE, 1, &BOB), Ok(0), "nothing active is left");
		assert_eq!(Providers::penalize(&CHARLIE, 1, &BOB), Ok(0), "not a provider");
	});
}

#[test]
fn merging_a_full_chunk_list_never_shortens_a_lock() {
	build_and_execute(|| {
		assert_ok!(Providers::register(RuntimeOrigin::signed(ALICE), info(), MIN_BOND + 300));
		for n in 0..MAX_UNBONDING_CHUNKS as u64 {
			run_to_block(1 + n);
			assert_ok!(Providers::unbond(RuntimeOrigin::signed(ALICE), 100));
		}
		// Governance shortens the unbonding period; the deregistration's bond joins the chunk
		// started last, which then counts as started now: its lock only gets later.
		UnbondingBlocks::set(2);
		run_to_block(5);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		let chunks = Unbonding::<Test>::get(ALICE).into_inner();
		assert_eq!(
			chunks,
			vec![
				UnbondingChunk { amount: 100, started: 1 },
				UnbondingChunk { amount: 100, started: 2 },
				UnbondingChunk { amount: 100 + MIN_BOND, started: 5 },
			]
		);
		System::assert_last_event(
			Event::Deregistered {
				provider: ALICE,
				unbonding: MIN_BOND,
				unlock_at: 5 + 2,
				deposit: INFO_DEPOSIT,
			}
			.into(),
		);
	});
}

#[test]
fn a_shorter_period_applies_to_every_chunk_and_slash_takes_the_latest_first() {
	build_and_execute(|| {
		assert_ok!(Providers::register(RuntimeOrigin::signed(ALICE), info(), MIN_BOND + 300));
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(ALICE), 100)); // started at 1
		UnbondingBlocks::set(2);
		run_to_block(2);
		assert_ok!(Providers::unbond(RuntimeOrigin::signed(ALICE), 200)); // started at 2
		let chunks = Unbonding::<Test>::get(ALICE).into_inner();
		assert_eq!(
			chunks,
			vec![
				UnbondingChunk { amount: 100, started: 1 },
				UnbondingChunk { amount: 200, started: 2 },
			]
		);
		// Under the current period they unlock at 3 and 4, in the order they started.
		assert_eq!(chunks.iter().map(|c| c.unlock_at(2)).collect::<Vec<_>>(), vec![3, 4]);
		// A slash of the active bond plus 150 takes the chunk unlocking last first.
		assert_eq!(
			<Providers as ProviderRegistry<_, _>>::slash(&ALICE, MIN_BOND + 150, &BOB),
			Ok(MIN_BOND + 150)
		);
		let chunks = Unbonding::<Test>::get(ALICE).into_inner();
		assert_eq!(
			chunks,
			vec![
				UnbondingChunk { amount: 100, started: 1 },
				UnbondingChunk { amount: 50, started: 2 },
			]
		);
	});
}
