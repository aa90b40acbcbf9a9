//! Benchmarks of the deployments pallet, each call in its worst case: the longest name, the
//! longest CID text to decode (base58btc, quadratic), the longest note, the most editors with
//! the caller last among them, a full history (so that every push and rollback prunes), a bound
//! lease with a status report (so that unbinding, transferring and removing clear them).

use super::*;
use alloc::{vec, vec::Vec};
use frame_benchmarking::v2::*;
use frame_support::{
	traits::{
		fungible::{Inspect, InspectHold, Mutate},
		Get,
	},
	BoundedVec,
};
use frame_system::RawOrigin;
use sp_runtime::traits::{Saturating, StaticLookup, Zero};

const SEED: u32 = 0;

/// The longest accepted CID: dag-json, blake2b-256, base58btc (54 characters, 39 bytes).
const LONGEST_CID: &[u8] = b"z25sX6LgHoZpCZUT3VEMjKbNPvMpQ2EU16DF2mM4vQDixfQGHLJ1cB";
/// Another CID of the same size in base32, for pushes in the setup.
const OTHER_CID: &[u8] = b"baguqfiheaiqck3edwklrctjadmybphz7b3ymvtuxqnrc3jmximtlinqxrlxpmea";

/// An account with enough for the largest deployment many times over.
fn funded<T: Config>(name: &'static str, index: u32) -> T::AccountId {
	let who: T::AccountId = account(name, index, SEED);
	let bytes: BalanceOf<T> = 1_000_000u32.into();
	let funds = T::Currency::minimum_balance()
		.saturating_mul(100u32.into())
		.saturating_add(T::DepositBase::get().saturating_mul(100u32.into()))
		.saturating_add(T::DepositPerByte::get().saturating_mul(bytes));
	T::Currency::set_balance(&who, funds);
	who
}

/// A CID text as the calls take it; it must fit [`Config::MaxCidLen`].
fn cid<T: Config>(text: &[u8]) -> Result<Vec<u8>, BenchmarkError> {
	if text.len() > T::MaxCidLen::get() as usize {
		return Err(BenchmarkError::Stop("MaxCidLen is below 64"));
	}
	Ok(text.to_vec())
}

fn longest_name<T: Config>() -> NameOf<T> {
	BoundedVec::truncate_from(vec![b'n'; T::MaxNameLen::get() as usize])
}

fn longest_note<T: Config>() -> Vec<u8> {
	vec![b'x'; T::MaxNoteLen::get() as usize]
}

/// `n` editors.
fn editors<T: Config>(n: u32) -> Vec<T::AccountId> {
	(0..n).map(|i| account("editor", i, SEED)).collect()
}

/// The last of the most editors a deployment may have (the slowest to find).
fn last_editor<T: Config>() -> T::AccountId {
	account("editor", T::MaxEditors::get().saturating_sub(1), SEED)
}

/// A deployment of `owner` with the longest name, the most editors, `versions` versions (each
/// with the longest CID and note), bound to an active lease with a status report if
/// `provider` is given. Returns its id and the lease.
fn deployment<T: Config>(
	owner: &T::AccountId,
	provider: Option<&T::AccountId>,
	versions: u32,
) -> Result<(DeploymentId, Option<LeaseId>), BenchmarkError> {
	let lease = provider.map(|p| T::BenchmarkHelper::active_lease(owner, p));
	let id = Pallet::<T>::do_create(owner, longest_name::<T>().into_inner(), LONGEST_CID, lease)?;
	Pallet::<T>::do_set_editors(owner, id, editors::<T>(T::MaxEditors::get()))?;
	for _ in 1..versions {
		Pallet::<T>::do_push_version(owner, id, OTHER_CID, Some(longest_note::<T>()))?;
	}
	if let Some(provider) = provider {
		let current = record::<T>(id)?.current;
		Pallet::<T>::do_report_status(provider, id, current, DeploymentStatus::Running)?;
	}
	Ok((id, lease))
}

fn held<T: Config>(who: &T::AccountId) -> BalanceOf<T> {
	T::Currency::balance_on_hold(&Pallet::<T>::hold_reason(), who)
}

fn record<T: Config>(id: DeploymentId) -> Result<Deployment<T>, BenchmarkError> {
	Deployments::<T>::get(id).ok_or(BenchmarkError::Stop("the deployment exists"))
}

#[benchmarks]
mod benchmarks {
	use super::*;

	/// The longest name, the longest CID text, with a lease.
	#[benchmark]
	fn create() -> Result<(), BenchmarkError> {
		let caller = funded::<T>("tenant", 0);
		let provider = funded::<T>("provider", 0);
		let lease = T::BenchmarkHelper::active_lease(&caller, &provider);
		let name = longest_name::<T>();
		let text = cid::<T>(LONGEST_CID)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(caller.clone()), name.clone().into_inner(), text, Some(lease));

		assert!(DeploymentByName::<T>::contains_key(&caller, &name));
		assert_eq!(DeploymentByLease::<T>::get(lease), Some(0));
		assert!(!held::<T>(&caller).is_zero());
		Ok(())
	}

	/// By the last of the most editors, with the longest CID text and note, into a full
	/// history: the oldest version is pruned.
	#[benchmark]
	fn push_version() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("tenant", 0);
		let (id, _) = deployment::<T>(&owner, None, T::MaxVersions::get())?;
		let editor = last_editor::<T>();
		let text = cid::<T>(LONGEST_CID)?;
		let before = record::<T>(id)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(editor), id, text, Some(longest_note::<T>()));

		let after = record::<T>(id)?;
		assert_eq!(after.current, before.current.saturating_add(1));
		assert_eq!(after.oldest, before.oldest.saturating_add(1));
		Ok(())
	}

	/// By the last of the most editors, to the oldest version, in a full history: that
	/// version is also the one pruned.
	#[benchmark]
	fn rollback() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("tenant", 0);
		let versions = T::MaxVersions::get().max(2);
		let (id, _) = deployment::<T>(&owner, None, versions)?;
		let editor = last_editor::<T>();
		let before = record::<T>(id)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(editor), id, before.oldest);

		let after = record::<T>(id)?;
		assert_eq!(after.current, before.current.saturating_add(1));
		Ok(())
	}

	/// The largest record (longest name, most editors).
	#[benchmark]
	fn bind_lease() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("tenant", 0);
		let provider = funded::<T>("provider", 0);
		let (id, _) = deployment::<T>(&owner, None, 1)?;
		let lease = T::BenchmarkHelper::active_lease(&owner, &provider);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, lease);

		assert_eq!(DeploymentByLease::<T>::get(lease), Some(id));
		Ok(())
	}

	/// With a status report to clear.
	#[benchmark]
	fn unbind_lease() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("tenant", 0);
		let provider = funded::<T>("provider", 0);
		let (id, lease) = deployment::<T>(&owner, Some(&provider), 1)?;
		let lease = lease.ok_or(BenchmarkError::Stop("bound"))?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id);

		assert!(!DeploymentByLease::<T>::contains_key(lease));
		assert!(!Statuses::<T>::contains_key(id));
		Ok(())
	}

	/// Replacing an earlier report.
	#[benchmark]
	fn report_status() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("tenant", 0);
		let provider = funded::<T>("provider", 0);
		let (id, _) = deployment::<T>(&owner, Some(&provider), 1)?;
		let status = DeploymentStatus::Failed { code: u16::MAX };

		#[extrinsic_call]
		_(RawOrigin::Signed(provider), id, 1, status);

		assert_eq!(Statuses::<T>::get(id).map(|s| s.status), Some(status));
		Ok(())
	}

	/// From none to `e` editors (each checked against the others).
	#[benchmark]
	fn set_editors(e: Linear<0, { T::MaxEditors::get() }>) -> Result<(), BenchmarkError> {
		let owner = funded::<T>("tenant", 0);
		let id =
			Pallet::<T>::do_create(&owner, longest_name::<T>().into_inner(), LONGEST_CID, None)?;
		let new = editors::<T>(e);

		#[extrinsic_call]
		_(RawOrigin::Signed(owner), id, new.clone());

		assert_eq!(record::<T>(id)?.editors, new);
		Ok(())
	}

	/// A bound deployment with editors and a status report: everything moves or is cleared.
	#[benchmark]
	fn transfer() -> Result<(), BenchmarkError> {
		let owner = funded::<T>("tenant", 0);
		let provider = funded::<T>("provider", 0);
		let (id, _) = deployment::<T>(&owner, Some(&provider), T::MaxVersions::get())?;
		let new_owner = funded::<T>("tenant", 1);
		let lookup = T::Lookup::unlookup(new_owner.clone());

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), id, lookup);

		assert_eq!(record::<T>(id)?.owner, new_owner);
		assert!(held::<T>(&owner).is_zero());
		Ok(())
	}

	/// A bound deployment with a status report and `v` versions kept.
	#[benchmark]
	fn remove(v: Linear<1, { T::MaxVersions::get() }>) -> Result<(), BenchmarkError> {
		let owner = funded::<T>("tenant", 0);
		let provider = funded::<T>("provider", 0);
		let (id, _) = deployment::<T>(&owner, Some(&provider), v)?;

		#[extrinsic_call]
		_(RawOrigin::Signed(owner.clone()), id);

		assert!(!Deployments::<T>::contains_key(id));
		assert!(held::<T>(&owner).is_zero());
		Ok(())
	}

	impl_benchmark_test_suite!(Pallet, crate::mock::new_test_ext(), crate::mock::Test);
}
