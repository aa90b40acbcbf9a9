//! Leases with a duration close themselves through the bounded expiry index.

use super::*;
use crate::{CloseReason, Event, ExpiryCursor, LeaseExpiries, LeaseState, WeightInfo};
use deinfra_primitives::LeaseOutcome;
use frame_support::assert_ok;
use sp_runtime::DispatchError;

fn closed_at(id: LeaseId) -> Option<u32> {
	match lease(id).state {
		LeaseState::Closed { at, reason: CloseReason::Expired } => Some(at),
		_ => None,
	}
}

#[test]
fn a_lease_with_a_duration_closes_at_its_end_block() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, Some(10));
		assert_eq!(lease(l).ends_at, Some(11));
		// A minimum term the lease fulfils, so that it counts as completed.
		ProviderMinimumTerm::set(10);
		run_to_block(10);
		assert!(lease(l).is_active());
		let weight = run_to_block(11);
		assert_eq!(
			events(),
			vec![Event::LeaseClosed {
				lease: l,
				tenant: ALICE,
				provider: P1,
				reason: CloseReason::Expired,
				refund: DEPOSIT - 100,
				penalty: 0,
			}]
		);
		assert_eq!(closed_at(l), Some(11));
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND + 90);
		assert_eq!(free(TREASURY), TREASURY_FUNDS + 10);
		assert_eq!(free(ALICE), TENANT_FUNDS - 100);
		assert_eq!(MockRegistry::outcomes(), vec![(P1, LeaseOutcome::Completed)]);
		assert_eq!(LeaseExpiries::<Test>::iter().count(), 0);
		assert_eq!(
			weight,
			<() as WeightInfo>::on_initialize_scan(1)
				.saturating_add(<() as WeightInfo>::expire_lease())
		);
		// Nothing more happens afterwards.
		assert_eq!(run_to_block(12), <() as WeightInfo>::on_initialize_scan(1));
		assert!(events().is_empty());
	});
}

#[test]
fn closing_a_lease_early_removes_its_expiry_entry() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, Some(10));
		run_to_block(5);
		assert_ok!(Market::close_lease(RuntimeOrigin::signed(ALICE), l));
		assert_eq!(LeaseExpiries::<Test>::iter().count(), 0);
		events();
		run_to_block(12);
		assert!(events().is_empty());
		assert_eq!(lease(l).state, LeaseState::Closed { at: 5, reason: CloseReason::Tenant });
	});
}

#[test]
fn many_leases_ending_in_one_block_close_over_several_blocks() {
	ExtBuilder.build_and_execute(|| {
		MaxOrdersPerTenant::set(10);
		MaxLeasesPerTenant::set(10);
		MaxLeasesPerProvider::set(10);
		// Seven leases end at block 11, one at block 12; at most three close per block.
		let leases: Vec<LeaseId> = [P1, P1, P1, P1, P2, P2, P2]
			.into_iter()
			.map(|p| lease_between(ALICE, p, Some(10)))
			.collect();
		run_to_block(2);
		let later = lease_between(BOB, P3, Some(10));
		assert_eq!(LeaseExpiries::<Test>::iter_prefix(11).count(), 7);

		let scan = <() as WeightInfo>::on_initialize_scan;
		let item = <() as WeightInfo>::expire_lease();
		assert_eq!(run_to_block(11), scan(1).saturating_add(item.saturating_mul(3)));
		assert_eq!(ExpiryCursor::<Test>::get(), Some(11));
		assert_eq!(leases.iter().filter(|l| closed_at(**l) == Some(11)).count(), 3);

		// Block 12: three more from block 11; the lease ending at 12 waits its turn.
		assert_eq!(run_to_block(12), scan(1).saturating_add(item.saturating_mul(3)));
		assert_eq!(ExpiryCursor::<Test>::get(), Some(11));
		assert_eq!(leases.iter().filter(|l| closed_at(**l) == Some(12)).count(), 3);
		assert!(lease(later).is_active());

		// Block 13: the last one of block 11, then block 12's, then block 13: up to date.
		assert_eq!(run_to_block(13), scan(3).saturating_add(item.saturating_mul(2)));
		assert_eq!(ExpiryCursor::<Test>::get(), None);
		assert_eq!(leases.iter().filter(|l| closed_at(**l) == Some(13)).count(), 1);
		assert_eq!(closed_at(later), Some(13));
		assert_eq!(LeaseExpiries::<Test>::iter().count(), 0);
		assert_eq!(Market::leases_of_tenant(&ALICE), Vec::<u64>::new());
		assert_eq!(MockRegistry::get(P1).leases, 0);
		assert_eq!(MockRegistry::get(P2).leases, 0);

		// A lease that closed late paid for the blocks it ran: ALICE's seven leases paid
		// 10 blocks (3), 11 blocks (3) and 12 blocks (1) at 10 each.
		assert_eq!(free(ALICE), TENANT_FUNDS - 10 * (3 * 10 + 3 * 11 + 12));
	});
}

#[test]
fn the_hook_looks_at_a_bounded_number_of_blocks() {
	ExtBuilder.build_and_execute(|| {
		run_to_block(20);
		// As if the hook were behind by 14 blocks, with a lease due at block 10.
		let l = lease_between(ALICE, P1, Some(1));
		LeaseExpiries::<Test>::remove(21, l);
		crate::Leases::<Test>::mutate(l, |x| x.as_mut().unwrap().ends_at = Some(10));
		LeaseExpiries::<Test>::insert(10, l, ());
		ExpiryCursor::<Test>::put(7);

		let scan = <() as WeightInfo>::on_initialize_scan;
		let item = <() as WeightInfo>::expire_lease();
		// Block 21 looks at blocks 7, 8 and 9; block 22 closes the lease at block 10, then
		// looks at 11 and 12; and so on, three blocks at a time, until it catches up.
		assert_eq!(run_to_block(21), scan(3));
		assert_eq!(ExpiryCursor::<Test>::get(), Some(10));
		assert_eq!(run_to_block(22), scan(3).saturating_add(item));
		assert_eq!(closed_at(l), Some(22));
		assert_eq!(ExpiryCursor::<Test>::get(), Some(13));
		run_to_block(24);
		assert_eq!(ExpiryCursor::<Test>::get(), Some(19));
		run_to_block(25);
		assert_eq!(ExpiryCursor::<Test>::get(), Some(22));
		run_to_block(26);
		assert_eq!(ExpiryCursor::<Test>::get(), Some(25));
		run_to_block(27);
		assert_eq!(ExpiryCursor::<Test>::get(), None);
	});
}

#[test]
fn a_lease_whose_expiry_fails_keeps_an_end_and_is_retried() {
	ExtBuilder.build_and_execute(|| {
		let l = lease_between(ALICE, P1, Some(10));
		MockEscrow::fail_close(true);
		run_to_block(11);
		// (`DispatchError::Other` keeps no message once stored.)
		let retry_at = 11 + RETRY_DELAY;
		assert_eq!(
			events(),
			vec![Event::ExpiryFailed { lease: l, error: DispatchError::Other(""), retry_at }]
		);
		assert!(lease(l).is_active());
		assert_eq!(lease(l).ends_at, Some(retry_at));
		assert_eq!(LeaseExpiries::<Test>::iter_keys().collect::<Vec<_>>(), vec![(retry_at, l)]);
		assert_eq!(MockRegistry::get(P1).leases, 1);
		MockEscrow::fail_close(false);
		run_to_block(retry_at);
		assert_eq!(closed_at(l), Some(retry_at));
		assert_eq!(
			lease(l).state,
			LeaseState::Closed { at: retry_at, reason: CloseReason::Expired }
		);
		assert_eq!(free(ALICE), TENANT_FUNDS - PRICE * Balance::from(retry_at - 1));
	});
}
