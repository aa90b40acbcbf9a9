//! Tests, by behaviour. Every test ends with [`check_invariants`] (see
//! [`ExtBuilder::build_and_execute`]), which also runs after every block of
//! [`run_to_block`]: the pallet's `do_try_state` plus what only the mocks can see (capacity
//! reserved once per active lease, held bid deposits, the pots).

mod attacks;
mod bids;
mod exhausted;
mod expiry;
mod indexes;
mod invariants;
mod leases;
mod lifecycle;
mod orders;

use crate::{mock::*, BidId, LeaseId, LeaseOf, Leases, OrderId, OrderOf, Orders};
use deinfra_primitives::{Escrow as _, ResourceRequest};
use frame_support::assert_ok;

/// The maximum price of the test orders.
pub const MAX_PRICE: Balance = 12;
/// The price most test bids ask.
pub const PRICE: Balance = 10;
/// The deposit of most test orders: 1,000 blocks at [`PRICE`].
pub const DEPOSIT: Balance = 10_000;

/// A request for [`small`] capacity anywhere.
pub fn request() -> ResourceRequest {
	ResourceRequest {
		resources: small(),
		gpu: None,
		region: None,
		attributes: Default::default(),
		verified_attributes: false,
	}
}

/// `tenant` opens an order for [`request`] at [`MAX_PRICE`] with [`DEPOSIT`].
pub fn open_order(tenant: AccountId, duration: Option<u32>) -> OrderId {
	let id = crate::NextOrderId::<Test>::get();
	assert_ok!(Market::create_order(
		RuntimeOrigin::signed(tenant),
		request().into(),
		MAX_PRICE,
		DEPOSIT,
		duration
	));
	id
}

/// `provider` bids `price` on `order`.
pub fn bid(provider: AccountId, order: OrderId, price: Balance) -> BidId {
	let id = crate::NextBidId::<Test>::get();
	assert_ok!(Market::place_bid(RuntimeOrigin::signed(provider), order, price));
	id
}

/// `tenant` accepts `bid` on `order`.
pub fn accept(tenant: AccountId, order: OrderId, bid: BidId) -> LeaseId {
	let id = crate::NextLeaseId::<Test>::get();
	assert_ok!(Market::accept_bid(RuntimeOrigin::signed(tenant), order, bid));
	id
}

/// A lease between `tenant` and `provider` at [`PRICE`], started now. Clears the events.
pub fn lease_between(tenant: AccountId, provider: AccountId, duration: Option<u32>) -> LeaseId {
	let order = open_order(tenant, duration);
	let bid = bid(provider, order, PRICE);
	let id = accept(tenant, order, bid);
	events();
	id
}

/// The stored order, which must exist.
pub fn order(id: OrderId) -> OrderOf<Test> {
	Orders::<Test>::get(id).expect("the order exists")
}

/// The stored lease, which must exist.
pub fn lease(id: LeaseId) -> LeaseOf<Test> {
	Leases::<Test>::get(id).expect("the lease exists")
}

/// The balance of escrow account `id` (`None` once closed).
pub fn escrow_balance(id: crate::EscrowId) -> Option<Balance> {
	MockEscrow::balance(id)
}
