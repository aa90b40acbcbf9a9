//! Opening and cancelling orders.

use super::*;
use crate::{BidEnd, Counts, Error, Event, IndexCounts, OrderState, OrdersByTenant};
use deinfra_primitives::GpuRequirement;
use frame_support::{assert_noop, assert_ok};
use sp_runtime::TokenError;

#[test]
fn create_order_funds_an_escrow_account_and_indexes_the_order() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Market::create_order(
			RuntimeOrigin::signed(ALICE),
			request().into(),
			MAX_PRICE,
			DEPOSIT,
			Some(50)
		));
		assert_eq!(
			events(),
			vec![Event::OrderCreated {
				order: 0,
				tenant: ALICE,
				escrow: 0,
				max_price_per_block: MAX_PRICE,
				deposit: DEPOSIT,
				duration: Some(50),
			}]
		);
		let o = order(0);
		assert_eq!(o.tenant, ALICE);
		assert_eq!(o.state, OrderState::Open);
		assert_eq!(
			(o.escrow, o.deposit, o.duration, o.bids, o.created_at),
			(0, DEPOSIT, Some(50), 0, 1)
		);
		assert_eq!(free(ALICE), TENANT_FUNDS - DEPOSIT);
		assert_eq!(escrow_balance(0), Some(DEPOSIT));
		assert_eq!(Market::orders_of(&ALICE), vec![0]);
		assert_eq!(
			Counts::<Test>::get(ALICE),
			IndexCounts { open_orders: 1, ..Default::default() }
		);
	});
}

#[test]
fn create_order_accepts_the_minimum_deposit_and_no_duration() {
	ExtBuilder.build_and_execute(|| {
		assert_ok!(Market::create_order(
			RuntimeOrigin::signed(ALICE),
			request().into(),
			MAX_PRICE,
			MIN_DEPOSIT,
			None
		));
		assert_eq!(order(0).duration, None);
		assert_eq!(escrow_balance(0), Some(MIN_DEPOSIT));
	});
}

#[test]
fn create_order_rejects_invalid_requests() {
	ExtBuilder.build_and_execute(|| {
		let create = |request: ResourceRequest| {
			Market::create_order(
				RuntimeOrigin::signed(ALICE),
				request.into(),
				MAX_PRICE,
				DEPOSIT,
				None,
			)
		};
		let mut nothing = request();
		nothing.resources = Default::default();
		assert_noop!(create(nothing), Error::<Test>::InvalidRequest);

		let gpu = |count| GpuRequirement { model: Default::default(), min_vram_gib: 24, count };
		let mut mismatch = request();
		mismatch.resources.gpus = 2;
		mismatch.gpu = Some(gpu(1));
		assert_noop!(create(mismatch), Error::<Test>::InvalidRequest);

		let mut zero_gpus = request();
		zero_gpus.gpu = Some(gpu(0));
		assert_noop!(create(zero_gpus), Error::<Test>::InvalidRequest);

		let mut gpus = request();
		gpus.resources.gpus = 2;
		gpus.gpu = Some(gpu(2));
		assert_ok!(create(gpus));
	});
}

#[test]
fn create_order_rejects_bad_amounts_and_durations() {
	ExtBuilder.build_and_execute(|| {
		let create = |price, deposit, duration| {
			Market::create_order(
				RuntimeOrigin::signed(ALICE),
				request().into(),
				price,
				deposit,
				duration,
			)
		};
		assert_noop!(create(0, DEPOSIT, None), Error::<Test>::ZeroPrice);
		assert_noop!(create(MAX_PRICE, MIN_DEPOSIT - 1, None), Error::<Test>::DepositBelowMinimum);
		assert_noop!(create(2_000, 1_999, None), Error::<Test>::DepositBelowMaxPrice);
		assert_noop!(create(MAX_PRICE, DEPOSIT, Some(0)), Error::<Test>::ZeroDuration);
		assert_ok!(create(2_000, 2_000, Some(1)));
	});
}

#[test]
fn create_order_fails_when_the_tenant_cannot_pay() {
	ExtBuilder.build_and_execute(|| {
		assert_noop!(
			Market::create_order(
				RuntimeOrigin::signed(CHARLIE),
				request().into(),
				MAX_PRICE,
				TENANT_FUNDS,
				None
			),
			TokenError::NotExpendable
		);
	});
}

#[test]
fn create_order_stops_at_max_orders_per_tenant() {
	ExtBuilder.build_and_execute(|| {
		for _ in 0..MAX_ORDERS {
			open_order(ALICE, None);
		}
		assert_noop!(
			Market::create_order(
				RuntimeOrigin::signed(ALICE),
				request().into(),
				MAX_PRICE,
				DEPOSIT,
				None
			),
			Error::<Test>::TooManyOrders
		);
		// Other tenants are not affected.
		open_order(BOB, None);
	});
}

#[test]
fn cancel_order_refunds_the_escrow_and_every_bid() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		let b1 = bid(P1, o, PRICE);
		let b2 = bid(P2, o, MAX_PRICE);
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND - BID_HOLD);
		events();

		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(ALICE), o));
		let mut got = events();
		got.sort_by_key(|e| format!("{e:?}"));
		assert_eq!(
			got,
			vec![
				Event::BidClosed {
					bid: b1,
					order: o,
					provider: P1,
					deposit: BID_HOLD,
					end: BidEnd::OrderCancelled
				},
				Event::BidClosed {
					bid: b2,
					order: o,
					provider: P2,
					deposit: BID_HOLD,
					end: BidEnd::OrderCancelled
				},
				Event::OrderCancelled { order: o, tenant: ALICE, refund: DEPOSIT },
			]
		);
		assert_eq!(free(ALICE), TENANT_FUNDS);
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND);
		assert_eq!(free(P2), PROVIDER_FUNDS - BOND);
		assert_eq!(held_bids(P1), 0);
		assert_eq!(escrow_balance(0), None);
		assert!(!Orders::<Test>::contains_key(o));
		assert!(!OrdersByTenant::<Test>::contains_key(ALICE, o));
		assert!(!Counts::<Test>::contains_key(ALICE));
		assert_eq!(crate::Bids::<Test>::iter().count(), 0);
	});
}

#[test]
fn cancel_order_fails_for_unknown_foreign_or_matched_orders() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		assert_noop!(
			Market::cancel_order(RuntimeOrigin::signed(ALICE), 7),
			Error::<Test>::UnknownOrder
		);
		assert_noop!(
			Market::cancel_order(RuntimeOrigin::signed(BOB), o),
			Error::<Test>::NotOrderOwner
		);
		let b = bid(P1, o, PRICE);
		accept(ALICE, o, b);
		assert_noop!(
			Market::cancel_order(RuntimeOrigin::signed(ALICE), o),
			Error::<Test>::OrderNotOpen
		);
	});
}

#[test]
fn cancel_order_changes_nothing_when_the_escrow_refuses() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		bid(P1, o, PRICE);
		MockEscrow::fail_close(true);
		assert_noop!(
			Market::cancel_order(RuntimeOrigin::signed(ALICE), o),
			sp_runtime::DispatchError::Other("close refused")
		);
		MockEscrow::fail_close(false);
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(ALICE), o));
	});
}

#[test]
fn cancel_order_works_when_the_tenant_closed_the_escrow_account_itself() {
	ExtBuilder.build_and_execute(|| {
		let o = open_order(ALICE, None);
		bid(P1, o, PRICE);
		// The escrow's own `close` call lets the owner close an account without a stream.
		assert_ok!(<MockEscrow as deinfra_primitives::Escrow<_, _, _>>::close(0));
		assert_eq!(free(ALICE), TENANT_FUNDS);
		assert_eq!(
			Market::do_try_state(),
			Err("market: an open order has no escrow account".into())
		);
		events();
		assert_ok!(Market::cancel_order(RuntimeOrigin::signed(ALICE), o));
		assert_eq!(
			events().pop(),
			Some(Event::OrderCancelled { order: o, tenant: ALICE, refund: 0 })
		);
		assert_eq!(free(P1), PROVIDER_FUNDS - BOND);
		assert!(Market::orders_of(&ALICE).is_empty());
	});
}

#[test]
fn cancel_order_reports_the_actual_weight() {
	ExtBuilder.build_and_execute(|| {
		use crate::WeightInfo;
		let o = open_order(ALICE, None);
		bid(P1, o, PRICE);
		bid(P2, o, PRICE);
		let info = Market::cancel_order(RuntimeOrigin::signed(ALICE), o).expect("cancels");
		assert_eq!(info.actual_weight, Some(<() as WeightInfo>::cancel_order(2)));
	});
}
