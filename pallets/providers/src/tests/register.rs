use super::*;
use crate::{Error, Event, ProviderStatus};
use codec::Encode;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::TokenError;

fn register_with(info: crate::ProviderInfo<Balance>) -> sp_runtime::DispatchResult {
	Providers::register(RuntimeOrigin::signed(ALICE), info, MIN_BOND)
}

#[test]
fn register_holds_bond_and_storage_deposit() {
	build_and_execute(|| {
		assert_ok!(Providers::register(RuntimeOrigin::signed(ALICE), info(), 5_000));

		assert_eq!(held_bond(ALICE), 5_000);
		// The bond does not change the record's size, so the deposit is the same as with the
		// minimum bond.
		assert_eq!(held_deposit(ALICE), INFO_DEPOSIT);
		assert_eq!(free(ALICE), INITIAL_BALANCE - 5_000 - INFO_DEPOSIT);
		let r = record(ALICE);
		assert_eq!(r.bond, 5_000);
		assert_eq!(r.deposit, INFO_DEPOSIT);
		assert_eq!(r.deposit, DEPOSIT_BASE + DEPOSIT_PER_BYTE * r.encoded_size() as u64);
		assert_eq!(Registry::<Test>::count(), 1);
		System::assert_last_event(
			Event::Registered { provider: ALICE, bond: 5_000, deposit: INFO_DEPOSIT }.into(),
		);
	});
}

#[test]
fn register_stores_the_submitted_info_active_and_unverified() {
	build_and_execute(|| {
		register(ALICE);
		let r = record(ALICE);
		assert_eq!(r.endpoint.as_slice(), b"https://alice.example.com");
		assert_eq!(r.region, region("DE-BE"));
		assert_eq!(r.capacity, resources(8_000, 16_384, 2));
		assert_eq!(r.gpus.to_vec(), vec![gpu("nvidia-h100", 80, 2)]);
		assert_eq!(r.prices, prices());
		assert_eq!(r.status, ProviderStatus::Active);
		assert_eq!(r.attributes.len(), 2);
		assert!(r.attributes.iter().all(|a| !a.verified));
		assert!(r.allocated.is_zero());
		assert_eq!(r.active_leases, 0);
		assert_eq!(r.registered_at, 1);
	});
}

#[test]
fn register_deposit_grows_by_deposit_per_byte_of_record() {
	build_and_execute(|| {
		register(ALICE);
		let mut longer = info();
		longer.endpoint = b"https://alice.example.com:8443".to_vec();
		assert_ok!(Providers::register(RuntimeOrigin::signed(BOB), longer, MIN_BOND));
		assert_eq!(held_deposit(BOB), INFO_DEPOSIT + 5 * DEPOSIT_PER_BYTE);
	});
}

#[test]
fn register_fails_when_already_registered() {
	build_and_execute(|| {
		register(ALICE);
		assert_noop!(register_with(info()), Error::<Test>::AlreadyRegistered);
	});
}

#[test]
fn register_fails_with_bond_below_minimum() {
	build_and_execute(|| {
		assert_noop!(
			Providers::register(RuntimeOrigin::signed(ALICE), info(), MIN_BOND - 1),
			Error::<Test>::BondBelowMinimum
		);
	});
}

#[test]
fn register_fails_without_funds_for_bond_and_deposit() {
	build_and_execute(|| {
		// POOR could hold the bond alone, not bond and deposit.
		const { assert!(POOR_BALANCE > MIN_BOND && POOR_BALANCE < MIN_BOND + INFO_DEPOSIT) };
		assert_noop!(
			Providers::register(RuntimeOrigin::signed(POOR), info(), MIN_BOND),
			TokenError::FundsUnavailable
		);
		assert_eq!(held_bond(POOR), 0);
	});
}

#[test]
fn register_fails_with_empty_endpoint() {
	build_and_execute(|| {
		let mut i = info();
		i.endpoint = vec![];
		assert_noop!(register_with(i), Error::<Test>::EmptyEndpoint);
	});
}

#[test]
fn register_fails_with_oversized_endpoint() {
	build_and_execute(|| {
		let mut i = info();
		i.endpoint = b"https://".to_vec();
		i.endpoint.resize(MAX_ENDPOINT_LEN as usize + 1, b'a');
		assert_noop!(register_with(i.clone()), Error::<Test>::EndpointTooLong);
		// Exactly the maximum is fine.
		i.endpoint.pop();
		assert_ok!(register_with(i));
	});
}

#[test]
fn register_fails_with_endpoint_without_scheme() {
	build_and_execute(|| {
		for endpoint in [
			&b"alice.example.com"[..],
			b"alice.example.com:443",
			b"://alice.example.com",
			b"https//alice.example.com",
			b"https:/alice.example.com",
			b"https://",
			b"1https://alice.example.com",
			b"ht_tp://alice.example.com",
		] {
			let mut i = info();
			i.endpoint = endpoint.to_vec();
			assert_noop!(register_with(i), Error::<Test>::EndpointWithoutScheme);
		}
	});
}

#[test]
fn register_fails_with_non_printable_endpoint() {
	build_and_execute(|| {
		for endpoint in
			[&b"https://alice example.com"[..], b"https://alice\n", "https://ä.de".as_bytes()]
		{
			let mut i = info();
			i.endpoint = endpoint.to_vec();
			assert_noop!(register_with(i), Error::<Test>::EndpointNotPrintable);
		}
	});
}

#[test]
fn register_accepts_any_uri_scheme() {
	for endpoint in [&b"tcp://10.0.0.1:9000"[..], b"https://a.b", b"wss://x", b"grpc+tls://h.io"] {
		build_and_execute(|| {
			let mut i = info();
			i.endpoint = endpoint.to_vec();
			assert_ok!(register_with(i));
			assert_eq!(record(ALICE).endpoint.as_slice(), endpoint);
		});
	}
}

#[test]
fn register_fails_with_invalid_region() {
	build_and_execute(|| {
		for code in ["", "D", "de", "DEU", "DE-", "DE-ABCD", "DE_BE", "DE-be", "D1", "DE-B-1"] {
			let mut i = info();
			i.region = region(code);
			assert_noop!(register_with(i), Error::<Test>::InvalidRegion);
		}
	});
}

#[test]
fn register_accepts_country_and_subdivision_regions() {
	for code in ["DE", "US-CA", "GB-1", "FR-75A"] {
		build_and_execute(|| {
			let mut i = info();
			i.region = region(code);
			assert_ok!(register_with(i));
			assert_eq!(record(ALICE).region, region(code));
		});
	}
}

#[test]
fn register_fails_with_zero_capacity() {
	build_and_execute(|| {
		let mut i = info();
		i.capacity = Default::default();
		i.gpus = vec![];
		assert_noop!(register_with(i), Error::<Test>::ZeroCapacity);
	});
}

#[test]
fn register_accepts_capacity_without_gpus() {
	build_and_execute(|| {
		let mut i = info();
		i.capacity = resources(1_000, 0, 0);
		i.gpus = vec![];
		assert_ok!(register_with(i));
		assert!(record(ALICE).gpus.is_empty());
	});
}

#[test]
fn register_fails_with_too_many_gpu_kinds() {
	build_and_execute(|| {
		let mut i = info();
		i.gpus = vec![gpu("a", 16, 1), gpu("b", 24, 1), gpu("c", 40, 1)];
		i.capacity.gpus = 3;
		assert_eq!(i.gpus.len(), MAX_GPU_KINDS as usize + 1);
		assert_noop!(register_with(i), Error::<Test>::TooManyGpuKinds);
	});
}

#[test]
fn register_fails_with_zero_gpu_count() {
	build_and_execute(|| {
		let mut i = info();
		i.gpus = vec![gpu("nvidia-h100", 80, 2), gpu("nvidia-a10", 24, 0)];
		assert_noop!(register_with(i), Error::<Test>::ZeroGpuCount);
	});
}

#[test]
fn register_fails_with_empty_gpu_model() {
	build_and_execute(|| {
		let mut i = info();
		i.gpus = vec![gpu("", 80, 2)];
		assert_noop!(register_with(i), Error::<Test>::EmptyGpuModel);
	});
}

#[test]
fn register_fails_when_gpu_counts_do_not_add_up_to_capacity() {
	build_and_execute(|| {
		let mut i = info();
		i.gpus = vec![gpu("nvidia-h100", 80, 1)];
		assert_noop!(register_with(i.clone()), Error::<Test>::GpuCountMismatch);
		i.gpus = vec![];
		assert_noop!(register_with(i), Error::<Test>::GpuCountMismatch);
	});
}

#[test]
fn register_fails_with_duplicate_attribute_keys() {
	build_and_execute(|| {
		let mut i = info();
		i.attributes = vec![attr("tier", "gold"), attr("dc", "fra1"), attr("tier", "silver")];
		assert_noop!(register_with(i), Error::<Test>::DuplicateAttribute);
	});
}

#[test]
fn register_fails_with_empty_attribute_key() {
	build_and_execute(|| {
		let mut i = info();
		i.attributes = vec![attr("", "gold")];
		assert_noop!(register_with(i), Error::<Test>::EmptyAttributeKey);
	});
}

#[test]
fn register_fails_with_too_many_attributes() {
	build_and_execute(|| {
		let mut i = info();
		i.attributes = (0..=MAX_ATTRIBUTES).map(|n| attr(&format!("k{n}"), "v")).collect();
		assert_noop!(register_with(i.clone()), Error::<Test>::TooManyAttributes);
		i.attributes.pop();
		assert_ok!(register_with(i));
		assert_eq!(record(ALICE).attributes.len(), MAX_ATTRIBUTES as usize);
	});
}

#[test]
fn register_requires_a_signed_origin() {
	build_and_execute(|| {
		assert_noop!(
			Providers::register(RuntimeOrigin::root(), info(), MIN_BOND),
			sp_runtime::DispatchError::BadOrigin
		);
	});
}
