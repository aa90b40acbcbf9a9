use super::*;
use crate::{Error, Event, Prices, ProviderStatus};
use deinfra_primitives::{GpuRequirement, ProviderRegistry};
use frame_support::{assert_noop, assert_ok};
use sp_runtime::TokenError;

fn update_info(
	who: AccountId,
	endpoint: &[u8],
	code: &str,
	attributes: Vec<(deinfra_primitives::AttributeKey, deinfra_primitives::AttributeValue)>,
) -> sp_runtime::DispatchResult {
	Providers::update_info(RuntimeOrigin::signed(who), endpoint.to_vec(), region(code), attributes)
}

fn verify(keys: &[&str]) {
	let keys = keys.iter().map(|k| bounded(k.as_bytes())).collect::<Vec<_>>();
	assert_ok!(Providers::verify_attributes(
		RuntimeOrigin::signed(AUDITOR),
		ALICE,
		keys.try_into().unwrap()
	));
}

#[test]
fn update_info_replaces_endpoint_region_and_attributes() {
	build_and_execute(|| {
		register(ALICE);
		let attrs = vec![attr("tier", "gold"), attr("os", "linux")];
		assert_ok!(update_info(ALICE, b"tcp://alice.example.org", "US-CA", attrs));
		let r = record(ALICE);
		assert_eq!(r.endpoint.as_slice(), b"tcp://alice.example.org");
		assert_eq!(r.region, region("US-CA"));
		let keys: Vec<_> = r.attributes.iter().map(|a| a.key.to_vec()).collect();
		assert_eq!(keys, vec![b"tier".to_vec(), b"os".to_vec()]);
		System::assert_last_event(
			Event::InfoUpdated { provider: ALICE, deposit: r.deposit }.into(),
		);
	});
}

#[test]
fn update_info_holds_more_deposit_for_a_larger_record() {
	build_and_execute(|| {
		register(ALICE);
		let free_before = free(ALICE);
		// Endpoint 9 bytes longer, one more attribute "os"="linux" (1 + 2 + 1 + 5 + 1 bytes).
		let mut attrs = vec![attr("tier", "gold"), attr("dc", "fra1")];
		attrs.push(attr("os", "linux"));
		assert_ok!(update_info(ALICE, b"https://alice.example.com/provider", "DE-BE", attrs));
		let extra = (9 + 10) * DEPOSIT_PER_BYTE;
		assert_eq!(held_deposit(ALICE), INFO_DEPOSIT + extra);
		assert_eq!(record(ALICE).deposit, INFO_DEPOSIT + extra);
		assert_eq!(free(ALICE), free_before - extra);
		assert_eq!(held_bond(ALICE), MIN_BOND);
	});
}

#[test]
fn update_info_releases_deposit_for_a_smaller_record() {
	build_and_execute(|| {
		register(ALICE);
		let free_before = free(ALICE);
		// Endpoint 4 bytes shorter ("https://a.example.com"), attributes dropped (20 bytes).
		assert_ok!(update_info(ALICE, b"https://a.example.com", "DE-BE", vec![]));
		let returned = (4 + 20) * DEPOSIT_PER_BYTE;
		assert_eq!(held_deposit(ALICE), INFO_DEPOSIT - returned);
		assert_eq!(free(ALICE), free_before + returned);
	});
}

#[test]
fn update_info_fails_without_funds_for_a_larger_deposit() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Balances::force_set_balance(RuntimeOrigin::root(), ALICE, 1));
		assert_noop!(
			update_info(
				ALICE,
				b"https://alice.example.com/longer",
				"DE-BE",
				vec![attr("tier", "gold"), attr("dc", "fra1")]
			),
			TokenError::FundsUnavailable
		);
	});
}

#[test]
fn update_info_clears_verification_of_changed_values_only() {
	build_and_execute(|| {
		register(ALICE);
		verify(&["tier", "dc"]);
		let attrs = vec![attr("tier", "gold"), attr("dc", "ams2")];
		assert_ok!(update_info(ALICE, b"https://alice.example.com", "DE-BE", attrs));
		let r = record(ALICE);
		assert!(r.attribute(b"tier").unwrap().verified, "same value keeps verification");
		assert!(!r.attribute(b"dc").unwrap().verified, "changed value loses verification");
	});
}

#[test]
fn update_info_removed_then_re_added_attribute_is_unverified() {
	build_and_execute(|| {
		register(ALICE);
		verify(&["tier"]);
		assert_ok!(update_info(ALICE, b"https://a.io", "DE", vec![]));
		assert_ok!(update_info(ALICE, b"https://a.io", "DE", vec![attr("tier", "gold")]));
		assert!(!record(ALICE).attribute(b"tier").unwrap().verified);
	});
}

#[test]
fn update_info_fails_for_unregistered_account() {
	build_and_execute(|| {
		assert_noop!(
			update_info(BOB, b"https://bob.io", "DE", vec![]),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn update_info_rejects_bad_input_and_changes_nothing() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(update_info(ALICE, b"", "DE", vec![]), Error::<Test>::EmptyEndpoint);
		assert_noop!(
			update_info(ALICE, b"a.io", "DE", vec![]),
			Error::<Test>::EndpointWithoutScheme
		);
		assert_noop!(
			update_info(ALICE, &[b'a'; 65], "DE", vec![]),
			Error::<Test>::EndpointWithoutScheme
		);
		let mut long = b"https://".to_vec();
		long.resize(MAX_ENDPOINT_LEN as usize + 1, b'x');
		assert_noop!(update_info(ALICE, &long, "DE", vec![]), Error::<Test>::EndpointTooLong);
		assert_noop!(
			update_info(ALICE, b"https://a.io", "Germany", vec![]),
			Error::<Test>::InvalidRegion
		);
		assert_noop!(
			update_info(ALICE, b"https://a.io", "DE", vec![attr("a", "1"), attr("a", "2")]),
			Error::<Test>::DuplicateAttribute
		);
		assert_noop!(
			update_info(ALICE, b"https://a.io", "DE", vec![attr("", "1")]),
			Error::<Test>::EmptyAttributeKey
		);
		let too_many = (0..=MAX_ATTRIBUTES).map(|n| attr(&format!("k{n}"), "v")).collect();
		assert_noop!(
			update_info(ALICE, b"https://a.io", "DE", too_many),
			Error::<Test>::TooManyAttributes
		);
	});
}

#[test]
fn update_capacity_replaces_capacity_and_gpus() {
	build_and_execute(|| {
		register(ALICE);
		let capacity = resources(16_000, 65_536, 5);
		let gpus = vec![gpu("nvidia-h100", 80, 4), gpu("nvidia-a10", 24, 1)];
		assert_ok!(Providers::update_capacity(
			RuntimeOrigin::signed(ALICE),
			capacity,
			gpus.clone()
		));
		let r = record(ALICE);
		assert_eq!(r.capacity, capacity);
		assert_eq!(r.gpus.to_vec(), gpus);
		// One more GPU kind: 1 + 10 ("nvidia-a10") + 4 + 4 bytes more deposit.
		assert_eq!(r.deposit, INFO_DEPOSIT + 19 * DEPOSIT_PER_BYTE);
		assert_eq!(held_deposit(ALICE), r.deposit);
		System::assert_last_event(
			Event::CapacityUpdated { provider: ALICE, capacity, deposit: r.deposit }.into(),
		);
	});
}

#[test]
fn update_capacity_fails_below_capacity_used_by_active_leases() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::reserve_capacity(&ALICE, &resources(6_000, 8_192, 2)));
		let h100 = GpuRequirement { model: bounded(b"nvidia-h100"), min_vram_gib: 80, count: 2 };
		assert_ok!(Providers::reserve_gpus(&ALICE, &h100));
		// Less CPU than the lease uses.
		assert_noop!(
			Providers::update_capacity(
				RuntimeOrigin::signed(ALICE),
				resources(4_000, 16_384, 2),
				vec![gpu("nvidia-h100", 80, 2)]
			),
			Error::<Test>::CapacityBelowAllocated
		);
		// Fewer GPUs than the lease uses.
		assert_noop!(
			Providers::update_capacity(
				RuntimeOrigin::signed(ALICE),
				resources(8_000, 16_384, 1),
				vec![gpu("nvidia-h100", 80, 1)]
			),
			Error::<Test>::CapacityBelowAllocated
		);
		// Exactly what the lease uses is fine.
		assert_ok!(Providers::update_capacity(
			RuntimeOrigin::signed(ALICE),
			resources(6_000, 8_192, 2),
			vec![gpu("nvidia-h100", 80, 2)]
		));
		assert!(record(ALICE).free_capacity().unwrap().is_zero());
	});
}

#[test]
fn update_capacity_rejects_bad_input_and_changes_nothing() {
	build_and_execute(|| {
		register(ALICE);
		let update = |capacity, gpus| {
			Providers::update_capacity(RuntimeOrigin::signed(ALICE), capacity, gpus)
		};
		assert_noop!(update(Default::default(), vec![]), Error::<Test>::ZeroCapacity);
		assert_noop!(
			update(resources(1, 1, 3), vec![gpu("a", 1, 1), gpu("b", 1, 1), gpu("c", 1, 1)]),
			Error::<Test>::TooManyGpuKinds
		);
		assert_noop!(update(resources(1, 1, 0), vec![gpu("a", 1, 0)]), Error::<Test>::ZeroGpuCount);
		assert_noop!(update(resources(1, 1, 1), vec![gpu("", 1, 1)]), Error::<Test>::EmptyGpuModel);
		assert_noop!(
			update(resources(1, 1, 2), vec![gpu("a", 1, 1)]),
			Error::<Test>::GpuCountMismatch
		);
		assert_noop!(
			Providers::update_capacity(RuntimeOrigin::signed(BOB), resources(1, 1, 0), vec![]),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn update_prices_replaces_prices() {
	build_and_execute(|| {
		register(ALICE);
		let new =
			Prices { cpu_millicore: 7, memory_mib: 0, storage_gib: 1, bandwidth_mbps: 0, gpu: 99 };
		assert_ok!(Providers::update_prices(RuntimeOrigin::signed(ALICE), new));
		assert_eq!(record(ALICE).prices, new);
		assert_eq!(held_deposit(ALICE), INFO_DEPOSIT);
		System::assert_last_event(Event::PricesUpdated { provider: ALICE, prices: new }.into());
	});
}

#[test]
fn update_prices_fails_for_unregistered_account() {
	build_and_execute(|| {
		assert_noop!(
			Providers::update_prices(RuntimeOrigin::signed(BOB), prices()),
			Error::<Test>::NotRegistered
		);
	});
}

#[test]
fn set_status_maintenance_stops_new_orders_but_keeps_leases() {
	build_and_execute(|| {
		register(ALICE);
		let lease = lease(1_000, 1_024, 0);
		assert_ok!(Providers::reserve_capacity(&ALICE, &lease));
		assert_ok!(Providers::set_status(
			RuntimeOrigin::signed(ALICE),
			ProviderStatus::Maintenance
		));
		System::assert_last_event(
			Event::StatusChanged { provider: ALICE, status: ProviderStatus::Maintenance }.into(),
		);
		assert!(!Providers::is_active(&ALICE));
		assert_noop!(Providers::reserve_capacity(&ALICE, &lease), Error::<Test>::NotActive);
		// The running lease goes on and can end normally.
		assert_eq!(record(ALICE).active_leases, 1);
		assert_ok!(Providers::release_capacity(&ALICE, &lease));
	});
}

#[test]
fn set_status_active_resumes_new_orders() {
	build_and_execute(|| {
		register(ALICE);
		assert_ok!(Providers::set_status(
			RuntimeOrigin::signed(ALICE),
			ProviderStatus::Maintenance
		));
		assert_ok!(Providers::set_status(RuntimeOrigin::signed(ALICE), ProviderStatus::Active));
		assert!(Providers::is_active(&ALICE));
		assert_eq!(record(ALICE).status, ProviderStatus::Active);
	});
}

#[test]
fn set_status_fails_for_unregistered_account() {
	build_and_execute(|| {
		assert_noop!(
			Providers::set_status(RuntimeOrigin::signed(BOB), ProviderStatus::Maintenance),
			Error::<Test>::NotRegistered
		);
	});
}
