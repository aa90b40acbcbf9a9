//! The marketplace pallets wired together in the real runtime: the provider registry, the
//! escrow, the market and the deployments, with the parameters of the `development` preset.

use deinfra_primitives::{ResourceRequest, Resources};
use deinfra_runtime::{
	configs::governance::TreasuryAccount, Balance, Balances, Deployments, Escrow, Market,
	Providers, Runtime, RuntimeEvent, System, UNIT,
};
use frame_support::{assert_noop, assert_ok, traits::fungible::InspectHold};
use pallet_market::{CloseReason, LeaseState};
use sp_keyring::Sr25519Keyring::{self, *};

mod common;
use common::{check_invariants, id, new_ext, provider_info, run_blocks_to, signed, unit_prices};

fn free(k: Sr25519Keyring) -> Balance {
	Balances::free_balance(id(k))
}

/// Runs the marketplace's block hooks up to block `n` (no spare weight), checking every
/// pallet's invariants after each block.
fn run_to_block(n: u32) {
	run_blocks_to(n, frame_support::weights::Weight::zero());
}

fn events() -> Vec<RuntimeEvent> {
	System::events().into_iter().map(|r| r.event).collect()
}

fn small() -> Resources {
	Resources {
		cpu_millicores: 2_000,
		memory_mib: 4_096,
		storage_gib: 50,
		bandwidth_mbps: 100,
		gpus: 0,
	}
}

fn request() -> ResourceRequest {
	ResourceRequest {
		resources: small(),
		gpu: None,
		region: None,
		attributes: Default::default(),
		verified_attributes: false,
	}
}

/// Dave registers as a provider with room for many small leases.
fn register_dave() {
	let info = provider_info("https://dave.example:8443", unit_prices());
	assert_ok!(Providers::register(signed(Dave), info, 2_000 * UNIT));
}

/// Eve orders with `deposit`, Dave bids `price`, Eve accepts: returns the lease id.
fn lease(deposit: Balance, price: Balance) -> u64 {
	lease_for(Eve, request(), deposit, price)
}

fn allocated(k: Sr25519Keyring) -> Resources {
	pallet_providers::Registry::<Runtime>::get(id(k)).expect("registered").allocated
}

#[test]
fn lease_pays_the_provider_and_the_treasury_and_refunds_the_tenant() {
	new_ext().execute_with(|| {
		register_dave();
		let (eve, dave) = (free(Eve), free(Dave));
		let treasury = Balances::free_balance(TreasuryAccount::get());

		let lease = lease(100 * UNIT, UNIT / 10);
		assert_eq!(allocated(Dave), small());
		// The deposit sits in escrow; the winning bid's deposit went back to Dave.
		assert_eq!(free(Eve), eve - 100 * UNIT);
		assert_eq!(free(Dave), dave);

		run_to_block(System::block_number() + 100);
		assert_ok!(Market::close_lease(signed(Eve), lease));

		// 100 blocks at 0.1 INFRA = 10 INFRA: 5% take to the treasury, the rest to Dave,
		// the unspent 90 back to Eve.
		assert_eq!(Balances::free_balance(TreasuryAccount::get()), treasury + UNIT / 2);
		assert_eq!(free(Dave), dave + 10 * UNIT - UNIT / 2);
		assert_eq!(free(Eve), eve - 10 * UNIT);
		assert_eq!(allocated(Dave), Resources::default());
		assert!(matches!(
			pallet_market::Leases::<Runtime>::get(lease).unwrap().state,
			LeaseState::Closed { reason: CloseReason::Tenant, .. }
		));
	});
}

#[test]
fn escrow_running_dry_closes_the_lease_and_releases_the_capacity() {
	new_ext().execute_with(|| {
		register_dave();
		// 10 INFRA at 1 INFRA per block: ten blocks, then the grace period (an hour).
		let lease = lease(10 * UNIT, UNIT);
		let start = System::block_number();
		let grace = pallet_protocol_params::Pallet::<Runtime>::params().grace_period;

		run_to_block(start + 10 + grace - 1);
		assert!(pallet_market::Leases::<Runtime>::get(lease).unwrap().is_active());

		run_to_block(start + 10 + grace + 1);
		assert!(matches!(
			pallet_market::Leases::<Runtime>::get(lease).unwrap().state,
			LeaseState::Closed { reason: CloseReason::InsufficientFunds, .. }
		));
		assert_eq!(allocated(Dave), Resources::default());
		assert!(events().iter().any(|e| matches!(
			e,
			RuntimeEvent::Market(pallet_market::Event::LeaseClosed {
				reason: CloseReason::InsufficientFunds,
				..
			})
		)));
		assert_eq!(pallet_market::LeasesByTenant::<Runtime>::iter_prefix(id(Eve)).count(), 0);
	});
}

#[test]
fn tenant_cannot_close_the_escrow_of_an_open_order_behind_the_market() {
	new_ext().execute_with(|| {
		assert_ok!(Market::create_order(signed(Eve), request().into(), UNIT, 10 * UNIT, None));
		let escrow = pallet_market::Orders::<Runtime>::get(0).unwrap().escrow;
		assert_noop!(
			Escrow::close(signed(Eve), escrow),
			pallet_escrow::Error::<Runtime>::ManagedAccount
		);
		// Cancelling the order refunds the deposit.
		let eve = free(Eve);
		assert_ok!(Market::cancel_order(signed(Eve), 0));
		assert_eq!(free(Eve), eve + 10 * UNIT);
		check_invariants();
	});
}

const CID_V1: &[u8] = b"bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";

#[test]
fn deployment_binds_to_the_tenants_lease_and_its_provider_reports_status() {
	new_ext().execute_with(|| {
		register_dave();
		let lease = lease(100 * UNIT, UNIT / 10);
		assert_ok!(Deployments::create(
			signed(Eve),
			b"site".to_vec(),
			CID_V1.to_vec(),
			Some(lease)
		));
		let reason: deinfra_runtime::RuntimeHoldReason =
			pallet_deployments::HoldReason::DeploymentDeposit.into();
		assert!(Balances::balance_on_hold(&reason, &id(Eve)) > 0);

		// Only the lease's provider reports.
		assert_noop!(
			Deployments::report_status(
				signed(Ferdie),
				0,
				1,
				pallet_deployments::DeploymentStatus::Running
			),
			pallet_deployments::Error::<Runtime>::NotLeaseProvider
		);
		assert_ok!(Deployments::report_status(
			signed(Dave),
			0,
			1,
			pallet_deployments::DeploymentStatus::Running
		));

		// Nobody else binds to Eve's lease.
		assert_noop!(
			Deployments::create(signed(Ferdie), b"other".to_vec(), CID_V1.to_vec(), Some(lease)),
			pallet_deployments::Error::<Runtime>::NotLeaseTenant
		);

		// A closed lease takes no new deployments.
		assert_ok!(Deployments::unbind_lease(signed(Eve), 0));
		assert_ok!(Market::close_lease(signed(Eve), lease));
		assert_noop!(
			Deployments::bind_lease(signed(Eve), 0, lease),
			pallet_deployments::Error::<Runtime>::LeaseNotActive
		);
		check_invariants();
	});
}

#[test]
fn lease_status_reports_accrued_remaining_and_runway_without_settling() {
	new_ext().execute_with(|| {
		register_dave();
		let lease = lease(100 * UNIT, UNIT / 10);
		let dave = free(Dave);
		run_to_block(System::block_number() + 100);

		let status = Market::lease_status(lease).expect("the lease exists");
		assert_eq!(status.at, System::block_number());
		let escrow = status.escrow.expect("an active lease has an escrow");
		// 100 blocks at 0.1 INFRA accrued out of 100 INFRA; 90 INFRA pay for 900 more blocks.
		assert_eq!(escrow.balance, 100 * UNIT);
		assert_eq!(escrow.accrued, 10 * UNIT);
		assert_eq!(escrow.remaining, 90 * UNIT);
		assert_eq!(escrow.runway, Some(900));
		// Answering settled nothing.
		assert_eq!(free(Dave), dave);

		assert_ok!(Market::close_lease(signed(Eve), lease));
		let closed = Market::lease_status(lease).expect("closed leases keep their record");
		assert_eq!(closed.escrow, None);
		assert!(!closed.lease.is_active());
		assert_eq!(Market::lease_status(lease + 1), None);
	});
}

#[test]
fn listings_page_through_orders_leases_bids_and_matching_providers() {
	use deinfra_primitives::Page;
	new_ext().execute_with(|| {
		register_dave();
		for _ in 0..3 {
			assert_ok!(Market::create_order(signed(Eve), request().into(), UNIT, 10 * UNIT, None));
		}
		let ids = |p: Page<(u64, pallet_market::OrderOf<Runtime>), u64>| {
			(p.items.into_iter().map(|(id, _)| id).collect::<Vec<_>>(), p.next)
		};

		// Eve's orders, two per page.
		assert_eq!(ids(Market::tenant_orders(&id(Eve), None, 2)), (vec![0, 1], Some(1)));
		assert_eq!(ids(Market::tenant_orders(&id(Eve), Some(1), 2)), (vec![2], None));
		assert_eq!(ids(Market::tenant_orders(&id(Ferdie), None, 2)), (vec![], None));

		// Dave may bid on all three; once he bid on order 1 it is no longer offered to him.
		assert_eq!(ids(Market::open_orders_for(&id(Dave), None, 10)), (vec![0, 1, 2], None));
		assert_ok!(Market::place_bid(signed(Dave), 1, UNIT / 10));
		assert_eq!(ids(Market::open_orders_for(&id(Dave), None, 10)), (vec![0, 2], None));
		assert_eq!(ids(Market::open_orders_for(&id(Dave), None, 1)), (vec![0], Some(0)));
		// Eve's own orders are not offered to her, and she is no provider anyway.
		assert_eq!(ids(Market::open_orders_for(&id(Eve), None, 10)), (vec![], None));
		let bids = Market::order_bids(1);
		assert_eq!(bids.len(), 1);
		assert_eq!(bids[0].1.provider, id(Dave));

		// Eve accepts: a lease for both of them; order 1 leaves her open orders.
		assert_ok!(Market::accept_bid(signed(Eve), 1, bids[0].0));
		let leases = |p: Page<(u64, pallet_market::LeaseOf<Runtime>), u64>| {
			p.items.into_iter().map(|(id, _)| id).collect::<Vec<_>>()
		};
		assert_eq!(leases(Market::tenant_leases(&id(Eve), None, 10)), vec![0]);
		assert_eq!(leases(Market::provider_leases(&id(Dave), None, 10)), vec![0]);
		assert_eq!(ids(Market::tenant_orders(&id(Eve), None, 10)), (vec![0, 2], None));

		// Dave's capacity shows the lease.
		let capacity = Providers::capacity_of(&id(Dave)).expect("registered");
		assert_eq!(capacity.allocated, small());
		assert_eq!(capacity.active_leases, 1);
		assert_eq!(capacity.free.cpu_millicores, 64_000 - 2_000);
		assert!(capacity.active);
		assert_eq!(Providers::capacity_of(&id(Ferdie)), None);

		// Provider search: Dave matches the request, not one in another region or too big.
		let found = Providers::find_providers(&request(), None, 10);
		assert_eq!(
			found.items.iter().map(|(who, _)| who.clone()).collect::<Vec<_>>(),
			vec![id(Dave)]
		);
		assert_eq!(found.next, None);
		let mut elsewhere = request();
		elsewhere.region = Some(b"US".to_vec().try_into().unwrap());
		assert!(Providers::find_providers(&elsewhere, None, 10).items.is_empty());
		let mut huge = request();
		huge.resources.cpu_millicores = 1_000_000;
		assert!(Providers::find_providers(&huge, None, 10).items.is_empty());
	});
}

// ---------------------------------------------------------------------------------------------
// The money path read as an attacker would, on the real pallets.

/// Dave's lease for `tenant` at `price` with `deposit`; returns the lease id.
fn lease_for(
	tenant: Sr25519Keyring,
	request: ResourceRequest,
	deposit: Balance,
	price: Balance,
) -> u64 {
	let order = pallet_market::NextOrderId::<Runtime>::get();
	assert_ok!(Market::create_order(signed(tenant), request.into(), UNIT, deposit, None));
	let bid = pallet_market::NextBidId::<Runtime>::get();
	assert_ok!(Market::place_bid(signed(Dave), order, price));
	let lease = pallet_market::NextLeaseId::<Runtime>::get();
	assert_ok!(Market::accept_bid(signed(tenant), order, bid));
	lease
}

fn bond(k: Sr25519Keyring) -> Balance {
	pallet_providers::Registry::<Runtime>::get(id(k)).expect("registered").bond
}

fn penalty_of_last_close() -> Balance {
	events()
		.into_iter()
		.rev()
		.find_map(|e| match e {
			RuntimeEvent::Market(pallet_market::Event::LeaseClosed { penalty, .. }) => {
				Some(penalty)
			}
			_ => None,
		})
		.expect("a lease closed")
}

#[test]
fn provider_closing_self_dealt_leases_at_once_keeps_its_bond_attack_bond_drain() {
	new_ext().execute_with(|| {
		register_dave();
		// Ferdie is Dave's second account: ten tiny leases, all closed early in one block.
		let leases: Vec<u64> =
			(0..10).map(|_| lease_for(Ferdie, request(), 10 * UNIT, UNIT / 100)).collect();
		run_to_block(System::block_number() + 1);
		let ferdie = free(Ferdie);
		for l in leases {
			assert_ok!(Market::close_lease(signed(Dave), l));
			// One block at 0.01 INFRA was paid, so at most that is owed back.
			assert_eq!(penalty_of_last_close(), UNIT / 100);
		}
		assert_eq!(bond(Dave), 2_000 * UNIT - 10 * (UNIT / 100));
		// Ferdie got back its deposits less what it paid, plus penalties equal to what it paid:
		// Dave's bond moved no faster than the leases' own payments.
		assert_eq!(free(Ferdie), ferdie + 10 * (10 * UNIT - UNIT / 100) + 10 * (UNIT / 100));
		check_invariants();
	});
}

#[test]
fn early_close_penalty_is_the_parameter_once_the_tenant_paid_more() {
	new_ext().execute_with(|| {
		register_dave();
		let penalty = pallet_protocol_params::Pallet::<Runtime>::params().early_close_penalty;
		assert_eq!(penalty, 100 * UNIT);
		// 1 INFRA a block for 150 blocks: 150 INFRA paid, within the one-day minimum term.
		let l = lease_for(Eve, request(), 1_000 * UNIT, UNIT);
		run_to_block(System::block_number() + 150);
		let eve = free(Eve);
		assert_ok!(Market::close_lease(signed(Dave), l));
		assert_eq!(penalty_of_last_close(), penalty);
		assert_eq!(bond(Dave), 2_000 * UNIT - penalty);
		assert_eq!(free(Eve), eve + 850 * UNIT + penalty);
		assert_eq!(
			pallet_providers::Reputation::<Runtime>::get(id(Dave)).closed_early,
			1,
			"an early close still counts against the provider"
		);
	});
}

#[test]
fn early_close_penalty_never_takes_unbonding_funds() {
	new_ext().execute_with(|| {
		register_dave();
		let l = lease_for(Eve, request(), 1_000 * UNIT, UNIT);
		assert_ok!(Providers::unbond(signed(Dave), 1_000 * UNIT));
		run_to_block(System::block_number() + 150);
		// A slash before the close took the active bond (through the registry, as a slash
		// applied after its deferral does).
		assert_ok!(<Providers as deinfra_primitives::ProviderRegistry<_, _>>::slash(
			&id(Dave),
			1_000 * UNIT,
			&TreasuryAccount::get()
		));
		assert_eq!(bond(Dave), 0);
		assert_ok!(Market::close_lease(signed(Dave), l));
		assert_eq!(penalty_of_last_close(), 0);
		let chunks = pallet_providers::Unbonding::<Runtime>::get(id(Dave));
		assert_eq!(chunks.iter().map(|c| c.amount).sum::<Balance>(), 1_000 * UNIT);
		check_invariants();
	});
}

#[test]
fn governance_force_closes_a_lease_without_penalty_or_outcome() {
	new_ext().execute_with(|| {
		register_dave();
		let l = lease_for(Eve, request(), 100 * UNIT, UNIT / 10);
		run_to_block(System::block_number() + 10);
		let eve = free(Eve);
		assert_noop!(
			Market::force_close_lease(signed(Eve), l),
			sp_runtime::DispatchError::BadOrigin
		);
		assert_ok!(Market::force_close_lease(deinfra_runtime::RuntimeOrigin::root(), l));
		assert!(matches!(
			pallet_market::Leases::<Runtime>::get(l).unwrap().state,
			LeaseState::Closed { reason: CloseReason::Governance, .. }
		));
		assert_eq!(penalty_of_last_close(), 0);
		assert_eq!(free(Eve), eve + 99 * UNIT);
		assert_eq!(bond(Dave), 2_000 * UNIT);
		assert_eq!(pallet_providers::Reputation::<Runtime>::get(id(Dave)).completed, 0);
		assert_eq!(allocated(Dave), Resources::default());
		check_invariants();
	});
}

#[test]
fn top_up_extends_the_runway_of_a_running_lease() {
	new_ext().execute_with(|| {
		register_dave();
		let l = lease_for(Eve, request(), 10 * UNIT, UNIT / 10);
		assert_eq!(Market::lease_status(l).unwrap().escrow.unwrap().runway, Some(100));
		assert_ok!(Market::top_up(signed(Ferdie), l, 5 * UNIT));
		assert_eq!(Market::lease_status(l).unwrap().escrow.unwrap().runway, Some(150));
		run_to_block(System::block_number() + 120);
		assert!(pallet_market::Leases::<Runtime>::get(l).unwrap().is_active());
		assert_eq!(Market::lease_status(l).unwrap().escrow.unwrap().runway, Some(30));
		check_invariants();
	});
}

/// Dave, with 2 × H100 and 2 × A100.
fn register_dave_with_gpus() {
	let gpu = |model: &[u8]| pallet_providers::GpuSpec {
		model: model.to_vec().try_into().unwrap(),
		vram_gib: 80,
		count: 2,
	};
	let mut capacity = small();
	capacity.cpu_millicores *= 8;
	capacity.memory_mib *= 8;
	capacity.storage_gib *= 8;
	capacity.bandwidth_mbps *= 8;
	capacity.gpus = 4;
	let info = pallet_providers::ProviderInfo {
		endpoint: b"https://dave.example:8443".to_vec(),
		region: b"DE".to_vec().try_into().unwrap(),
		capacity,
		gpus: vec![gpu(b"nvidia-h100"), gpu(b"nvidia-a100")],
		prices: Default::default(),
		attributes: vec![],
	};
	assert_ok!(Providers::register(signed(Dave), info, 2_000 * UNIT));
}

fn gpu_request(model: &[u8], count: u32) -> ResourceRequest {
	let mut r = request();
	r.resources.gpus = count;
	r.gpu = Some(deinfra_primitives::GpuRequirement {
		model: model.to_vec().try_into().unwrap(),
		min_vram_gib: 40,
		count,
	});
	r
}

#[test]
fn gpu_leases_are_booked_per_model_attack_gpu_double_booking() {
	new_ext().execute_with(|| {
		register_dave_with_gpus();
		let h100 = lease_for(Eve, gpu_request(b"nvidia-h100", 2), 100 * UNIT, UNIT / 10);
		// Two GPUs are free, but no H100: a second H100 order gets no bid from Dave.
		assert_ok!(Market::create_order(
			signed(Ferdie),
			gpu_request(b"nvidia-h100", 2).into(),
			UNIT,
			100 * UNIT,
			None
		));
		let second = pallet_market::NextOrderId::<Runtime>::get() - 1;
		assert_noop!(
			Market::place_bid(signed(Dave), second, UNIT / 10),
			pallet_market::Error::<Runtime>::RequestNotMatched
		);
		assert!(Providers::find_providers(&gpu_request(b"nvidia-h100", 1), None, 10)
			.items
			.is_empty());
		let a100 = lease_for(Ferdie, gpu_request(b"nvidia-a100", 2), 100 * UNIT, UNIT / 10);
		assert_eq!(allocated(Dave).gpus, 4);
		check_invariants();
		// Closing the H100 lease frees exactly the H100s.
		assert_ok!(Market::close_lease(signed(Eve), h100));
		assert_ok!(Market::place_bid(signed(Dave), second, UNIT / 10));
		assert!(pallet_market::LeaseGpus::<Runtime>::contains_key(a100));
		check_invariants();
	});
}

#[test]
fn squatted_bid_slots_are_freed_by_rejecting_and_dropping_attack_bid_squatting() {
	new_ext().execute_with(|| {
		register_dave();
		assert_ok!(Market::create_order(signed(Eve), request().into(), UNIT, 10 * UNIT, None));
		assert_ok!(Market::place_bid(signed(Dave), 0, UNIT / 10));
		// Dave goes to maintenance: his bid can never be accepted; anyone may drop it.
		assert_ok!(Providers::set_status(
			signed(Dave),
			pallet_providers::ProviderStatus::Maintenance
		));
		assert_noop!(
			Market::accept_bid(signed(Eve), 0, 0),
			pallet_market::Error::<Runtime>::RequestNotMatched
		);
		assert_ok!(Market::drop_bid(signed(Ferdie), 0));
		assert!(pallet_market::Bids::<Runtime>::get(0).is_none());
		// Back in service, Dave bids again; Eve rejects the bid instead.
		assert_ok!(Providers::set_status(signed(Dave), pallet_providers::ProviderStatus::Active));
		assert_ok!(Market::place_bid(signed(Dave), 0, UNIT / 10));
		assert_noop!(
			Market::drop_bid(signed(Ferdie), 1),
			pallet_market::Error::<Runtime>::BidStillValid
		);
		assert_ok!(Market::reject_bid(signed(Eve), 1));
		// A fresh bid expires after the protocol's bid TTL.
		assert_ok!(Market::place_bid(signed(Dave), 0, UNIT / 10));
		let ttl = pallet_protocol_params::Pallet::<Runtime>::params().bid_ttl;
		System::set_block_number(System::block_number() + ttl);
		assert_noop!(
			Market::accept_bid(signed(Eve), 0, 2),
			pallet_market::Error::<Runtime>::BidExpired
		);
		assert_ok!(Market::drop_bid(signed(Ferdie), 2));
		let hold: deinfra_runtime::RuntimeHoldReason = pallet_market::HoldReason::BidDeposit.into();
		assert_eq!(Balances::balance_on_hold(&hold, &id(Dave)), 0);
		check_invariants();
	});
}

#[test]
fn closed_lease_records_are_removed_after_the_retention_period() {
	new_ext().execute_with(|| {
		register_dave();
		let l = lease_for(Eve, request(), 10 * UNIT, UNIT / 10);
		assert_ok!(Market::close_lease(signed(Eve), l));
		let closed_at = System::block_number();
		let due = closed_at + deinfra_runtime::configs::market::LeaseRetention::get() + 1;
		assert!(pallet_market::LeasePurges::<Runtime>::contains_key(due, l));
		// Jump to just before the purge (no lease is active, so no hook work is skipped).
		System::set_block_number(due - 2);
		run_blocks_to(due - 1, frame_support::weights::Weight::MAX);
		assert!(pallet_market::Leases::<Runtime>::contains_key(l));
		run_blocks_to(due, frame_support::weights::Weight::MAX);
		assert!(!pallet_market::Leases::<Runtime>::contains_key(l));
		assert_eq!(Market::lease_status(l), None);
	});
}
