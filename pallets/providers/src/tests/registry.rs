use super::*;
use crate::{Error, Event, ProviderStatus, Reputation, ReputationRecord};
use deinfra_primitives::{GpuRequirement, LeaseOutcome, ProviderRegistry, ResourceRequest};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::Permill;

/// A request for 1 core and 1 GiB, anywhere, with no GPU and no attributes.
fn request() -> ResourceRequest {
	ResourceRequest {
		resources: lease(1_000, 1_024, 0),
		gpu: None,
		region: None,
		attributes: Default::default(),
		verified_attributes: false,
	}
}

fn with_gpu(model: &str, min_vram_gib: u32, count: u32) -> ResourceRequest {
	let mut r = request();
	r.resources.gpus = count;
	r.gpu = Some(GpuRequirement { model: bounded(model.as_bytes()), min_vram_gib, count });
	r
}

fn with_attributes(attrs: &[(&str, &str)], verified: bool) -> ResourceRequest {
	let mut r = request();
	r.attributes = attrs.iter().map(|(k, v)| attr(k, v)).collect::<Vec<_>>().try_into().unwrap();
	r.verified_attributes = verified;
	r
}

#[test]
fn is_active_only_for_registered_providers_taking_orders() {
	build_and_execute(|| {
		assert!(!Providers::is_active(&ALICE));
		register(ALICE);
		assert!(Providers::is_active(&ALICE));
		assert_ok!(Providers::set_status(
			RuntimeOrigin::signed(ALICE),
			ProviderStatus::Maintenance
		));
		assert!(!Providers::is_active(&ALICE));
	});
}

#[test]
fn matches_an_active_provider_with_free_capacity() {
	build_and_execute(|| {
		assert!(!Providers::matches(&ALICE, &request()), "unregistered");
		register(ALICE);
		assert!(Providers::matches(&ALICE, &request()));
		let mut all = request();
		all.resources = resources(8_000, 16_384, 2);
		assert!(Providers::matches(&ALICE, &all), "exactly the whole capacity");
		all.resources.memory_mib += 1;
		assert!(!Providers::matches(&ALICE, &all), "more memory than offered");
	});
}

#[test]
fn matches_counts_only_capacity_not_allocated_to_leases() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease(7_500, 1_024, 0)));
		let mut r = request();
		assert!(!Providers::matches(&ALICE, &r), "1000 millicores wanted, 500 free");
		r.resources.cpu_millicores = 500;
		assert!(Providers::matches(&ALICE, &r));
	});
}

#[test]
fn matches_is_false_in_maintenance() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::set_status(
			RuntimeOrigin::signed(ALICE),
			ProviderStatus::Maintenance
		));
		assert!(!Providers::matches(&ALICE, &request()));
	});
}

#[test]
fn matches_checks_the_region() {
	build_and_execute(|| {
		register(ALICE);
		let mut r = request();
		r.region = Some(region("DE-BE"));
		assert!(Providers::matches(&ALICE, &r));
		r.region = Some(region("DE"));
		assert!(!Providers::matches(&ALICE, &r));
	});
}

#[test]
fn matches_checks_attribute_values() {
	build_and_execute(|| {
		register(ALICE);
		assert!(Providers::matches(&ALICE, &with_attributes(&[("tier", "gold")], false)));
		assert!(Providers::matches(
			&ALICE,
			&with_attributes(&[("tier", "gold"), ("dc", "fra1")], false)
		));
		assert!(!Providers::matches(&ALICE, &with_attributes(&[("tier", "silver")], false)));
		assert!(!Providers::matches(&ALICE, &with_attributes(&[("os", "linux")], false)));
	});
}

#[test]
fn matches_requires_verified_attributes_when_asked() {
	build_and_execute(|| {
		register(ALICE);
		let wanted = with_attributes(&[("tier", "gold")], true);
		assert!(!Providers::matches(&ALICE, &wanted));
		assert_ok!(Providers::verify_attributes(
			RuntimeOrigin::signed(AUDITOR),
			ALICE,
			vec![bounded(b"tier")].try_into().unwrap()
		));
		assert!(Providers::matches(&ALICE, &wanted));
	});
}

#[test]
fn matches_checks_gpu_model_memory_and_count() {
	build_and_execute(|| {
		register(ALICE); // 2 × nvidia-h100, 80 GiB
		assert!(Providers::matches(&ALICE, &with_gpu("nvidia-h100", 80, 2)));
		assert!(Providers::matches(&ALICE, &with_gpu("", 40, 1)), "any model");
		assert!(!Providers::matches(&ALICE, &with_gpu("nvidia-a100", 40, 1)), "other model");
		assert!(!Providers::matches(&ALICE, &with_gpu("nvidia-h100", 96, 1)), "too little VRAM");
		assert!(!Providers::matches(&ALICE, &with_gpu("nvidia-h100", 80, 3)), "too few GPUs");
		// GPUs already leased are not free.
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease(1_000, 1_024, 1)));
		let one = with_gpu("nvidia-h100", 80, 1).gpu.unwrap();
		assert_ok!(Providers::reserve_gpus(&ALICE, &one));
		assert!(!Providers::matches(&ALICE, &with_gpu("nvidia-h100", 80, 2)));
		assert!(Providers::matches(&ALICE, &with_gpu("nvidia-h100", 80, 1)));
	});
}

#[test]
fn reserve_capacity_accumulates_allocation_and_lease_count() {
	build_and_execute(|| {
		register(ALICE);
		let lease = lease(1_000, 2_048, 1);
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease));
		System::assert_last_event(
			Event::CapacityReserved { provider: ALICE, resources: lease }.into(),
		);
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease));
		// Each lease's GPU comes from a GPU kind, as the market reserves it.
		let one = with_gpu("nvidia-h100", 80, 1).gpu.unwrap();
		assert_ok!(Providers::reserve_gpus(&ALICE, &one));
		assert_ok!(Providers::reserve_gpus(&ALICE, &one));
		let r = record(ALICE);
		assert_eq!(r.allocated, lease.checked_add(&lease).unwrap());
		assert_eq!(r.active_leases, 2);
		assert_eq!(
			r.free_capacity(),
			Some(deinfra_primitives::Resources {
				cpu_millicores: 6_000,
				memory_mib: 12_288,
				storage_gib: 80,
				bandwidth_mbps: 800,
				gpus: 0
			})
		);
	});
}

#[test]
fn reserve_capacity_fails_beyond_free_capacity() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease(6_000, 1_024, 0)));
		assert_noop!(
			Providers::reserve_capacity(&ALICE, &lease(2_001, 1_024, 0)),
			Error::<Test>::InsufficientCapacity
		);
		let overflow =
			deinfra_primitives::Resources { cpu_millicores: u64::MAX, ..request().resources };
		assert_noop!(
			Providers::reserve_capacity(&ALICE, &overflow),
			Error::<Test>::InsufficientCapacity
		);
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease(2_000, 1_024, 0)));
	});
}

#[test]
fn reserve_capacity_fails_for_inactive_or_unregistered_provider() {
	build_and_execute(|| {
		assert_noop!(
			Providers::reserve_capacity(&ALICE, &request().resources),
			Error::<Test>::NotRegistered
		);
		register(ALICE);
		assert_ok!(Providers::set_status(
			RuntimeOrigin::signed(ALICE),
			ProviderStatus::Maintenance
		));
		assert_noop!(
			Providers::reserve_capacity(&ALICE, &request().resources),
			Error::<Test>::NotActive
		);
	});
}

#[test]
fn release_capacity_frees_what_a_lease_reserved() {
	build_and_execute(|| {
		register(ALICE);
		let lease = lease(1_000, 2_048, 1);
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease));
		assert_ok!(Providers::release_capacity(&ALICE, &lease));
		System::assert_last_event(
			Event::CapacityReleased { provider: ALICE, resources: lease }.into(),
		);
		let r = record(ALICE);
		assert!(r.allocated.is_zero());
		assert_eq!(r.active_leases, 0);
	});
}

#[test]
fn release_capacity_fails_when_releasing_more_than_reserved() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease(1_000, 2_048, 0)));
		assert_noop!(
			Providers::release_capacity(&ALICE, &lease(1_000, 2_048, 1)),
			Error::<Test>::ReleaseExceedsReserved
		);
	});
}

#[test]
fn release_capacity_fails_without_an_active_lease() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(
			Providers::release_capacity(&ALICE, &Default::default()),
			Error::<Test>::ReleaseExceedsReserved
		);
		assert_noop!(
			Providers::release_capacity(&BOB, &Default::default()),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn reputation_starts_at_full_score() {
	build_and_execute(|| {
		assert_eq!(Reputation::<Test>::get(ALICE), ReputationRecord::default());
		assert_eq!(Reputation::<Test>::get(ALICE).score, Permill::one());
	});
}

#[test]
fn record_outcome_updates_counters_and_score() {
	build_and_execute(|| {
		register(ALICE);
		for _ in 0..3 {
			Providers::record_outcome(&ALICE, LeaseOutcome::Completed);
		}
		assert_eq!(Reputation::<Test>::get(ALICE).score, Permill::one());
		Providers::record_outcome(&ALICE, LeaseOutcome::ClosedEarlyByProvider);
		// (3 + 1) / (3 + 1 + 2 × 1)
		let rep = Reputation::<Test>::get(ALICE);
		assert_eq!((rep.completed, rep.closed_early, rep.slashed), (3, 1, 0));
		assert_eq!(rep.score, Permill::from_rational(4u32, 6));
		Providers::record_outcome(&ALICE, LeaseOutcome::Slashed);
		// (3 + 1) / (3 + 1 + 2 × 1 + 5 × 1)
		let score = Permill::from_rational(4u32, 11);
		assert_eq!(Reputation::<Test>::get(ALICE).score, score);
		System::assert_last_event(
			Event::OutcomeRecorded { provider: ALICE, outcome: LeaseOutcome::Slashed, score }
				.into(),
		);
	});
}

#[test]
fn reputation_survives_deregistration() {
	build_and_execute(|| {
		register(ALICE);
		Providers::record_outcome(&ALICE, LeaseOutcome::ClosedEarlyByProvider);
		assert_ok!(Providers::deregister(RuntimeOrigin::signed(ALICE)));
		register(ALICE);
		assert_eq!(Reputation::<Test>::get(ALICE).closed_early, 1);
		assert_eq!(Reputation::<Test>::get(ALICE).score, Permill::from_rational(1u32, 3));
	});
}
