//! The pallet's invariants, checked by `try_state` and after every test.

use crate::{cid, pallet::*, types::*};
use alloc::collections::{btree_map::BTreeMap, btree_set::BTreeSet};
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use sp_runtime::{
	traits::{CheckedAdd, Zero},
	TryRuntimeError,
};

fn add<B: CheckedAdd>(a: B, b: B) -> Result<B, TryRuntimeError> {
	a.checked_add(&b).ok_or(TryRuntimeError::Other("deployments: deposit sum overflows"))
}

impl<T: Config> Pallet<T> {
	/// Checks the pallet's invariants:
	/// - deposits: what each owner holds under [`HoldReason::DeploymentDeposit`] is the sum of
	///   `held` over their deployments, and each record's `held` is its own `deposit` plus the
	///   deposits of the versions it keeps;
	/// - history: each deployment keeps exactly the versions `oldest..=current` (so the current
	///   version exists), at most [`Config::MaxVersionsCap`] of them, each with a valid CID;
	/// - indices: the name index has exactly one entry per deployment, under its owner and name;
	///   the lease index exactly one per bound deployment; status reports only exist for bound
	///   deployments; editors are unique; ids are below [`NextDeploymentId`].
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let next_id = NextDeploymentId::<T>::get();
		let max_versions = T::MaxVersionsCap::get();
		let mut held_by: BTreeMap<T::AccountId, BalanceOf<T>> = BTreeMap::new();
		let mut deployments = 0u32;
		let mut bound = 0u32;
		let mut versions_expected = 0u32;

		for (id, record) in Deployments::<T>::iter() {
			deployments = deployments.saturating_add(1);
			ensure!(id < next_id, "deployments: an id was never assigned");
			ensure!(!record.name.is_empty(), "deployments: an empty name");
			ensure!(
				record.oldest >= 1 && record.oldest <= record.current,
				"deployments: the history range is empty"
			);
			ensure!(
				record.kept() <= max_versions,
				"deployments: history longer than MaxVersionsCap"
			);
			versions_expected = versions_expected.saturating_add(record.kept());

			let mut versions_deposit = BalanceOf::<T>::zero();
			for n in record.oldest..=record.current {
				let version = Versions::<T>::get(id, n)
					.ok_or("deployments: a version of the kept range is missing")?;
				ensure!(
					cid::decode_binary(&version.cid).is_ok(),
					"deployments: a stored CID is invalid"
				);
				if let VersionOrigin::Rollback { to } = version.origin {
					ensure!(to < n, "deployments: a rollback to a later version");
				}
				versions_deposit = add(versions_deposit, version.deposit)?;
			}
			ensure!(
				record.held == add(record.deposit, versions_deposit)?,
				"deployments: held != record deposit + version deposits"
			);
			let owner_total = held_by.entry(record.owner.clone()).or_insert_with(Zero::zero);
			*owner_total = add(*owner_total, record.held)?;

			ensure!(
				DeploymentByName::<T>::get(&record.owner, &record.name) == Some(id),
				"deployments: the name index does not point to the deployment"
			);
			match record.lease {
				Some(lease) => {
					bound = bound.saturating_add(1);
					ensure!(
						DeploymentByLease::<T>::get(lease) == Some(id),
						"deployments: the lease index does not point to the deployment"
					);
				}
				None => ensure!(
					!Statuses::<T>::contains_key(id),
					"deployments: a status report for an unbound deployment"
				),
			}
			let unique: BTreeSet<_> = record.editors.iter().collect();
			ensure!(unique.len() == record.editors.len(), "deployments: duplicate editors");
		}

		ensure!(
			DeploymentByName::<T>::iter().count() == deployments as usize,
			"deployments: name index entries without a deployment"
		);
		ensure!(
			DeploymentByLease::<T>::iter().count() == bound as usize,
			"deployments: lease index entries without a bound deployment"
		);
		ensure!(
			Versions::<T>::iter_keys().count() == versions_expected as usize,
			"deployments: versions outside the kept ranges"
		);
		for id in Statuses::<T>::iter_keys() {
			ensure!(
				Deployments::<T>::get(id).is_some_and(|r| r.lease.is_some()),
				"deployments: a status report for a missing or unbound deployment"
			);
		}
		for (owner, total) in held_by {
			ensure!(
				T::Currency::balance_on_hold(&Self::hold_reason(), &owner) == total,
				"deployments: an owner's hold != the sum of their deployments' deposits"
			);
		}
		Ok(())
	}
}
