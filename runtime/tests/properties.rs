//! A property test of the marketplace on the real runtime: random sequences of provider,
//! tenant and governance calls (register, bond, unbond, create_order, place_bid, reject_bid,
//! drop_bid, accept_bid, top_up, close_lease, force_close_lease, slash, set_status) and block
//! advances, dispatched as the chain dispatches them. After every step:
//! - no call panics;
//! - a call that fails changes nothing (the storage root is the same);
//! - total issuance is conserved (calls are dispatched without fees here, and the treasury
//!   exists, so nothing is burned);
//! - every pallet's `try_state` invariants hold (escrow conservation, indexes, holds, and the
//!   market's agreement with the registry's allocations and the escrow's streams).
//!
//! Providers are also tenants (Alice, Bob and Charlie take both roles), so self-dealing pairs
//! are part of every run.

use deinfra_primitives::{GpuRequirement, ResourceRequest, Resources};
use deinfra_runtime::{Balances, Runtime, RuntimeCall, RuntimeOrigin, System, UNIT};
use frame_support::{dispatch::GetDispatchInfo, traits::UnfilteredDispatchable, weights::Weight};
use proptest::prelude::*;
use sp_keyring::Sr25519Keyring::{self, *};

mod common;
use common::{check_invariants, id, new_ext, run_blocks_to};

/// Who plays: the first three register as providers; all may order.
const PLAYERS: [Sr25519Keyring; 6] = [Alice, Bob, Charlie, Dave, Eve, Ferdie];

/// One step of a run. Indices pick among what exists when the step runs (modulo its count),
/// so most steps hit live orders, bids and leases, and the rest exercise the error paths.
#[derive(Clone, Debug)]
enum Op {
	Register { who: u8, gpus: bool },
	BondMore { who: u8, amount: u16 },
	Unbond { who: u8, amount: u16 },
	SetStatus { who: u8, active: bool },
	CreateOrder { who: u8, cpu: u8, gpus: u8, deposit: u16, max_price: u16, duration: Option<u8> },
	PlaceBid { who: u8, order: u8, price: u16 },
	RejectBid { who: u8, bid: u8 },
	DropBid { who: u8, bid: u8 },
	AcceptBid { who: u8, order: u8, bid: u8 },
	TopUp { who: u8, lease: u8, amount: u16 },
	CloseLease { who: u8, lease: u8 },
	ForceClose { lease: u8 },
	ProposeSlash { who: u8, amount: u16 },
	CancelSlash { who: u8 },
	ApplySlash { who: u8, by: u8 },
	Advance { blocks: u8 },
}

fn op() -> impl Strategy<Value = Op> {
	let who = 0u8..6;
	prop_oneof![
		2 => (who.clone(), any::<bool>()).prop_map(|(who, gpus)| Op::Register { who, gpus }),
		1 => (who.clone(), any::<u16>()).prop_map(|(who, amount)| Op::BondMore { who, amount }),
		1 => (who.clone(), any::<u16>()).prop_map(|(who, amount)| Op::Unbond { who, amount }),
		1 => (who.clone(), any::<bool>()).prop_map(|(who, active)| Op::SetStatus { who, active }),
		4 => (who.clone(), 0u8..8, 0u8..3, any::<u16>(), any::<u16>(), proptest::option::of(1u8..40))
			.prop_map(|(who, cpu, gpus, deposit, max_price, duration)| Op::CreateOrder {
				who, cpu, gpus, deposit, max_price, duration
			}),
		4 => (who.clone(), any::<u8>(), any::<u16>())
			.prop_map(|(who, order, price)| Op::PlaceBid { who, order, price }),
		1 => (who.clone(), any::<u8>()).prop_map(|(who, bid)| Op::RejectBid { who, bid }),
		1 => (who.clone(), any::<u8>()).prop_map(|(who, bid)| Op::DropBid { who, bid }),
		4 => (who.clone(), any::<u8>(), any::<u8>())
			.prop_map(|(who, order, bid)| Op::AcceptBid { who, order, bid }),
		2 => (who.clone(), any::<u8>(), any::<u16>())
			.prop_map(|(who, lease, amount)| Op::TopUp { who, lease, amount }),
		2 => (who.clone(), any::<u8>()).prop_map(|(who, lease)| Op::CloseLease { who, lease }),
		1 => any::<u8>().prop_map(|lease| Op::ForceClose { lease }),
		1 => (who.clone(), any::<u16>()).prop_map(|(who, amount)| Op::ProposeSlash { who, amount }),
		1 => who.clone().prop_map(|who| Op::CancelSlash { who }),
		1 => (who.clone(), who.clone()).prop_map(|(who, by)| Op::ApplySlash { who, by }),
		3 => (1u8..12).prop_map(|blocks| Op::Advance { blocks }),
	]
}

/// The `i`-th of `items` (modulo their count), or `fallback` when there are none.
fn pick<T: Copy>(items: &[T], i: u8, fallback: T) -> T {
	if items.is_empty() {
		fallback
	} else {
		items[usize::from(i) % items.len()]
	}
}

fn player(i: u8) -> Sr25519Keyring {
	PLAYERS[usize::from(i) % PLAYERS.len()]
}

fn keyring_of(who: deinfra_runtime::AccountId) -> Option<Sr25519Keyring> {
	PLAYERS.into_iter().find(|k| id(*k) == who)
}

/// The tenant of the order bid `bid` stands on.
fn tenant_of_bid(bid: u64) -> Option<Sr25519Keyring> {
	let order = pallet_market::Bids::<Runtime>::get(bid)?.order;
	keyring_of(pallet_market::Orders::<Runtime>::get(order)?.tenant)
}

/// Mostly `rightful` (when there is one), sometimes whoever `who` names.
fn party(who: u8, rightful: Option<Sr25519Keyring>) -> Sr25519Keyring {
	match rightful {
		Some(k) if who % 6 != 5 => k,
		_ => player(who),
	}
}

fn orders() -> Vec<u64> {
	let mut ids: Vec<u64> = pallet_market::Orders::<Runtime>::iter_keys().collect();
	ids.sort();
	ids
}

fn bids() -> Vec<u64> {
	let mut ids: Vec<u64> = pallet_market::Bids::<Runtime>::iter_keys().collect();
	ids.sort();
	ids
}

fn leases() -> Vec<u64> {
	let mut ids: Vec<u64> = pallet_market::Leases::<Runtime>::iter()
		.filter(|(_, l)| l.is_active())
		.map(|(id, _)| id)
		.collect();
	ids.sort();
	ids
}

fn gpu_model(i: u8) -> deinfra_primitives::GpuModel {
	let name: &[u8] = if i.is_multiple_of(2) { b"nvidia-h100" } else { b"nvidia-a100" };
	name.to_vec().try_into().expect("short")
}

/// Capacity for a few leases; with `gpus`, 2 × H100 and 2 × A100.
fn provider_info(gpus: bool) -> pallet_providers::ProviderInfo<u128> {
	let kinds = if gpus {
		vec![0, 1]
			.into_iter()
			.map(|i| pallet_providers::GpuSpec { model: gpu_model(i), vram_gib: 80, count: 2 })
			.collect()
	} else {
		vec![]
	};
	pallet_providers::ProviderInfo {
		endpoint: b"https://provider.example".to_vec(),
		region: b"DE".to_vec().try_into().expect("short"),
		capacity: Resources {
			cpu_millicores: 8_000,
			memory_mib: 16_384,
			storage_gib: 400,
			bandwidth_mbps: 1_000,
			gpus: if gpus { 4 } else { 0 },
		},
		gpus: kinds,
		prices: Default::default(),
		attributes: vec![],
	}
}

fn request(cpu: u8, gpus: u8) -> ResourceRequest {
	let gpus = u32::from(gpus);
	ResourceRequest {
		resources: Resources {
			cpu_millicores: 1_000 + 500 * u64::from(cpu),
			memory_mib: 1_024,
			storage_gib: 10,
			bandwidth_mbps: 100,
			gpus,
		},
		gpu: (gpus > 0).then(|| GpuRequirement {
			model: gpu_model(cpu),
			min_vram_gib: 40,
			count: gpus,
		}),
		region: None,
		attributes: Default::default(),
		verified_attributes: false,
	}
}

/// A small amount: `x` hundredths of an INFRA.
fn cents(x: u16) -> u128 {
	u128::from(x) * (UNIT / 100)
}

/// The call an op makes and who makes it (`None`: root).
fn call_of(op: &Op) -> Option<(Option<Sr25519Keyring>, RuntimeCall)> {
	use pallet_market::Call as M;
	use pallet_providers::Call as P;
	let min_bond = pallet_protocol_params::Pallet::<Runtime>::params().min_provider_bond;
	Some(match op.clone() {
		Op::Register { who, gpus } => (
			Some(player(who % 3)),
			P::register { info: provider_info(gpus), bond: min_bond + 500 * UNIT }.into(),
		),
		Op::BondMore { who, amount } => {
			(Some(player(who)), P::bond_more { amount: cents(amount) * 100 }.into())
		}
		Op::Unbond { who, amount } => {
			(Some(player(who)), P::unbond { amount: cents(amount) * 10 }.into())
		}
		Op::SetStatus { who, active } => {
			let status = if active {
				pallet_providers::ProviderStatus::Active
			} else {
				pallet_providers::ProviderStatus::Maintenance
			};
			(Some(player(who)), P::set_status { status }.into())
		}
		Op::CreateOrder { who, cpu, gpus, deposit, max_price, duration } => (
			Some(player(who)),
			M::create_order {
				request: request(cpu, gpus).into(),
				max_price_per_block: cents(max_price % 200),
				deposit: cents(deposit) + 5 * UNIT,
				duration: duration.map(u32::from),
			}
			.into(),
		),
		Op::PlaceBid { who, order, price } => {
			// Mostly a provider bidding a share of the order's maximum; sometimes anyone, any
			// price.
			let order = pick(&orders(), order, 0);
			let max = pallet_market::Orders::<Runtime>::get(order)
				.map_or(UNIT, |o| o.max_price_per_block);
			let (bidder, price) = if price.is_multiple_of(8) {
				(player(who), cents(price % 200))
			} else {
				(player(who % 3), max * u128::from(price % 100 + 1) / 100)
			};
			(Some(bidder), M::place_bid { order, price_per_block: price }.into())
		}
		Op::RejectBid { who, bid } => {
			let bid = pick(&bids(), bid, 0);
			(Some(party(who, tenant_of_bid(bid))), M::reject_bid { bid }.into())
		}
		Op::DropBid { who, bid } => {
			(Some(player(who)), M::drop_bid { bid: pick(&bids(), bid, 0) }.into())
		}
		Op::AcceptBid { who, order, bid } => {
			// Mostly the tenant accepting a bid on its order; sometimes any order and caller.
			let bid = pick(&bids(), bid, 0);
			let bid_order = pallet_market::Bids::<Runtime>::get(bid).map(|b| b.order);
			let order = if who < 5 { bid_order.unwrap_or(0) } else { pick(&orders(), order, 0) };
			(Some(party(who, tenant_of_bid(bid))), M::accept_bid { order, bid }.into())
		}
		Op::TopUp { who, lease, amount } => (
			Some(player(who)),
			M::top_up { lease: pick(&leases(), lease, 0), amount: cents(amount) }.into(),
		),
		Op::CloseLease { who, lease } => {
			// The tenant, the provider, or someone else.
			let lease = pick(&leases(), lease, 0);
			let parties = pallet_market::Leases::<Runtime>::get(lease).map(|l| {
				if who.is_multiple_of(2) {
					l.tenant
				} else {
					l.provider
				}
			});
			(Some(party(who, parties.and_then(keyring_of))), M::close_lease { lease }.into())
		}
		Op::ForceClose { lease } => {
			(None, M::force_close_lease { lease: pick(&leases(), lease, 0) }.into())
		}
		Op::ProposeSlash { who, amount } => (
			None,
			P::propose_slash { provider: id(player(who % 3)).into(), amount: cents(amount) * 100 }
				.into(),
		),
		Op::CancelSlash { who } => {
			(None, P::cancel_slash { provider: id(player(who % 3)).into() }.into())
		}
		// Anyone may apply a slash; before its deferral ends it fails with `SlashDeferred`, and a
		// pending slash keeps its provider from unbonding, withdrawing or deregistering.
		Op::ApplySlash { who, by } => {
			(Some(player(by)), P::apply_slash { provider: id(player(who % 3)).into() }.into())
		}
		Op::Advance { .. } => return None,
	})
}

/// Runs `ops` from the `development` genesis, checking the properties after each, then
/// `after` on the final state.
fn run(
	ops: Vec<Op>,
	after: impl FnOnce() -> Result<(), TestCaseError>,
) -> Result<(), TestCaseError> {
	new_ext().execute_with(|| {
		// Bids expire within a run.
		let ttl = pallet_protocol_params::ParamsUpdate {
			bid_ttl: Some(10 * deinfra_runtime::MINUTES),
			..Default::default()
		};
		let _ = pallet_protocol_params::Pallet::<Runtime>::set_params(RuntimeOrigin::root(), ttl);
		let issuance = Balances::total_issuance();
		check_invariants();
		for op in ops {
			match call_of(&op) {
				None => {
					let Op::Advance { blocks } = op else { unreachable!() };
					let to = System::block_number() + u32::from(blocks);
					run_blocks_to(to, Weight::from_parts(200_000_000_000, 5 * 1024 * 1024));
				}
				Some((who, call)) => {
					let origin = match who {
						Some(k) => RuntimeOrigin::signed(id(k)),
						None => RuntimeOrigin::root(),
					};
					let _ = call.get_dispatch_info();
					let before = sp_io::storage::root(sp_runtime::StateVersion::V1);
					let result = call.clone().dispatch_bypass_filter(origin);
					if std::env::var("STATS").is_ok() {
						eprintln!("STAT {} {:?}", result.is_ok(), op);
					}
					if result.is_err() {
						let after = sp_io::storage::root(sp_runtime::StateVersion::V1);
						prop_assert_eq!(before, after, "{:?} failed but changed state", op);
					}
					check_invariants();
				}
			}
			prop_assert_eq!(Balances::total_issuance(), issuance, "issuance after {:?}", op);
		}
		after()
	})
}

proptest! {
	#![proptest_config(ProptestConfig { cases: 256, max_shrink_iters: 500, ..ProptestConfig::default() })]

	#[test]
	fn marketplace_calls_conserve_issuance_and_keep_every_invariant(
		ops in proptest::collection::vec(op(), 1..80)
	) {
		run(ops, || Ok(()))?;
	}
}

#[test]
fn a_scripted_run_reaches_leases_gpus_expiries_and_closes() {
	// The same harness on a fixed sequence, so that the interesting paths are known to be hit.
	let ops = vec![
		Op::Register { who: 0, gpus: true },
		Op::Register { who: 1, gpus: false },
		Op::CreateOrder { who: 3, cpu: 0, gpus: 2, deposit: 500, max_price: 50, duration: Some(5) },
		Op::CreateOrder { who: 4, cpu: 1, gpus: 0, deposit: 500, max_price: 50, duration: None },
		Op::PlaceBid { who: 0, order: 0, price: 10 },
		Op::PlaceBid { who: 1, order: 1, price: 10 },
		Op::AcceptBid { who: 3, order: 0, bid: 0 },
		Op::AcceptBid { who: 4, order: 1, bid: 0 },
		Op::Advance { blocks: 3 },
		Op::TopUp { who: 5, lease: 1, amount: 100 },
		Op::CloseLease { who: 1, lease: 1 },
		Op::Advance { blocks: 6 },
	];
	run(ops, || {
		use pallet_market::{CloseReason, LeaseState, Leases};
		let state = |id| Leases::<Runtime>::get(id).map(|l| l.state);
		prop_assert!(
			matches!(state(0), Some(LeaseState::Closed { reason: CloseReason::Expired, .. })),
			"lease 0 expired"
		);
		prop_assert!(
			matches!(state(1), Some(LeaseState::Closed { reason: CloseReason::Provider, .. })),
			"lease 1 closed by its provider"
		);
		// Bob closed early: Eve got the penalty, what she paid: 3 blocks at 11% of her 0.5 INFRA
		// maximum.
		let closed = System::events().into_iter().find_map(|r| match r.event {
			deinfra_runtime::RuntimeEvent::Market(pallet_market::Event::LeaseClosed {
				lease: 1,
				penalty,
				..
			}) => Some(penalty),
			_ => None,
		});
		prop_assert_eq!(closed, Some(3 * (UNIT / 2) * 11 / 100));
		prop_assert!(pallet_market::LeaseGpus::<Runtime>::iter().next().is_none());
		Ok(())
	})
	.expect("the scripted run holds");
}
