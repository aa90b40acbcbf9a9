//! Binding deployments to the market's leases, and the providers' status reports.

use crate::{pallet::*, types::*};
use frame_support::ensure;
use sp_runtime::DispatchResult;

impl<T: Config> Pallet<T> {
	/// Checks that `owner` may bind `lease`: it exists, `owner` is its tenant, it is active and
	/// no deployment is bound to it.
	pub(crate) fn ensure_lease_bindable(owner: &T::AccountId, lease: LeaseId) -> DispatchResult {
		let tenant = T::Leases::tenant_of(lease).ok_or(Error::<T>::UnknownLease)?;
		ensure!(tenant == *owner, Error::<T>::NotLeaseTenant);
		ensure!(T::Leases::is_active(lease), Error::<T>::LeaseNotActive);
		ensure!(!DeploymentByLease::<T>::contains_key(lease), Error::<T>::LeaseAlreadyBound);
		Ok(())
	}

	/// The owner binds deployment `id` to `lease`.
	pub fn do_bind_lease(owner: &T::AccountId, id: DeploymentId, lease: LeaseId) -> DispatchResult {
		let mut record = Self::owned(owner, id)?;
		ensure!(record.lease.is_none(), Error::<T>::AlreadyBound);
		Self::ensure_lease_bindable(owner, lease)?;
		let current = Versions::<T>::get(id, record.current).ok_or(Error::<T>::UnknownVersion)?;
		record.lease = Some(lease);
		let old_held = Self::reprice_record(&mut record)?;

		Self::settle_hold(owner, old_held, record.held)?;
		DeploymentByLease::<T>::insert(lease, id);
		let version = record.current;
		Deployments::<T>::insert(id, record);

		Self::deposit_event(Event::LeaseBound { deployment: id, lease, version, cid: current.cid });
		Ok(())
	}

	/// The owner unbinds deployment `id` from its lease.
	pub fn do_unbind_lease(owner: &T::AccountId, id: DeploymentId) -> DispatchResult {
		let mut record = Self::owned(owner, id)?;
		let lease = record.lease.take().ok_or(Error::<T>::NoLease)?;
		let old_held = Self::reprice_record(&mut record)?;

		Self::settle_hold(owner, old_held, record.held)?;
		DeploymentByLease::<T>::remove(lease);
		Statuses::<T>::remove(id);
		Deployments::<T>::insert(id, record);

		Self::deposit_event(Event::LeaseUnbound { deployment: id, lease });
		Ok(())
	}

	/// The provider of deployment `id`'s lease reports `status` of `version`.
	pub fn do_report_status(
		provider: &T::AccountId,
		id: DeploymentId,
		version: VersionNumber,
		status: DeploymentStatus,
	) -> DispatchResult {
		let record = Deployments::<T>::get(id).ok_or(Error::<T>::UnknownDeployment)?;
		let lease = record.lease.ok_or(Error::<T>::NoLease)?;
		ensure!(
			T::Leases::provider_of(lease).as_ref() == Some(provider),
			Error::<T>::NotLeaseProvider
		);
		Self::ensure_kept(&record, version)?;

		let reported_at = frame_system::Pallet::<T>::block_number();
		Statuses::<T>::insert(id, StatusReport { version, status, reported_at });

		Self::deposit_event(Event::StatusReported {
			deployment: id,
			version,
			status,
			provider: provider.clone(),
		});
		Ok(())
	}
}
