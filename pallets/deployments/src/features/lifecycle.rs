//! Creating, transferring and removing deployments.

use crate::{
	cid::{self, CidBytes, CidError},
	pallet::*,
	types::*,
};
use alloc::vec::Vec;
use frame_support::{ensure, traits::Get, BoundedVec};
use sp_runtime::{
	traits::{CheckedAdd, CheckedSub, Zero},
	DispatchError, DispatchResult,
};

impl<T: Config> From<CidError> for Error<T> {
	fn from(e: CidError) -> Self {
		match e {
			CidError::Empty => Error::CidEmpty,
			CidError::UnknownMultibase => Error::CidUnknownMultibase,
			CidError::InvalidBase32 => Error::CidInvalidBase32,
			CidError::InvalidBase58 => Error::CidInvalidBase58,
			CidError::UnsupportedVersion => Error::CidUnsupportedVersion,
			CidError::InvalidVarint => Error::CidInvalidVarint,
			CidError::UnknownCodec => Error::CidUnknownCodec,
			CidError::UnknownHash => Error::CidUnknownHash,
			CidError::WrongDigestLength => Error::CidWrongDigestLength,
			CidError::Truncated => Error::CidTruncated,
			CidError::TrailingBytes => Error::CidTrailingBytes,
		}
	}
}

impl<T: Config> Pallet<T> {
	/// Parses and validates a CID text of at most [`Config::MaxCidLen`] bytes into its stored
	/// form (see [`crate::cid`]); [`Error::CidTooLong`] if it is longer.
	pub fn parse_cid(text: &[u8]) -> Result<CidBytes, Error<T>> {
		let max = usize::try_from(T::MaxCidLen::get()).unwrap_or(usize::MAX);
		ensure!(text.len() <= max, Error::<T>::CidTooLong);
		cid::parse(text).map_err(Into::into)
	}

	/// Creates a deployment of `owner` named `name` with its first version; returns its id.
	pub fn do_create(
		owner: &T::AccountId,
		name: Vec<u8>,
		cid_text: &[u8],
		lease: Option<LeaseId>,
	) -> Result<DeploymentId, DispatchError> {
		let name = NameOf::<T>::try_from(name).map_err(|_| Error::<T>::NameTooLong)?;
		ensure!(!name.is_empty(), Error::<T>::EmptyName);
		ensure!(!DeploymentByName::<T>::contains_key(owner, &name), Error::<T>::NameTaken);
		let cid = Self::parse_cid(cid_text)?;
		if let Some(lease) = lease {
			Self::ensure_lease_bindable(owner, lease)?;
		}
		let id = NextDeploymentId::<T>::get();
		let next_id = id.checked_add(1).ok_or(Error::<T>::IdOverflow)?;
		let now = frame_system::Pallet::<T>::block_number();

		let mut version = Version::<T> {
			cid: cid.clone(),
			created_at: now,
			author: owner.clone(),
			origin: VersionOrigin::Created,
			note: None,
			deposit: Zero::zero(),
		};
		version.deposit = Self::version_deposit(&version)?;
		let mut record = Deployment::<T> {
			owner: owner.clone(),
			name: name.clone(),
			lease,
			editors: BoundedVec::new(),
			current: 1,
			oldest: 1,
			created_at: now,
			deposit: Zero::zero(),
			held: Zero::zero(),
		};
		record.deposit = Self::record_deposit(&record)?;
		record.held = record.deposit.checked_add(&version.deposit).ok_or(Error::<T>::Overflow)?;
		Self::ensure_affordable(owner, record.held, Error::<T>::CannotAffordDeposit)?;

		Self::hold(owner, record.held)?;
		NextDeploymentId::<T>::put(next_id);
		Versions::<T>::insert(id, 1, version);
		DeploymentByName::<T>::insert(owner, &name, id);
		if let Some(lease) = lease {
			DeploymentByLease::<T>::insert(lease, id);
		}
		let held = record.held;
		Deployments::<T>::insert(id, record);

		Self::deposit_event(Event::Created {
			deployment: id,
			owner: owner.clone(),
			name,
			version: 1,
			cid: cid.clone(),
			held,
		});
		if let Some(lease) = lease {
			Self::deposit_event(Event::LeaseBound { deployment: id, lease, version: 1, cid });
		}
		Ok(id)
	}

	/// Gives deployment `id` of `owner` to `new_owner`, moving the deposit.
	pub fn do_transfer(
		owner: &T::AccountId,
		id: DeploymentId,
		new_owner: &T::AccountId,
	) -> DispatchResult {
		let old = Self::owned(owner, id)?;
		ensure!(owner != new_owner, Error::<T>::TransferToSelf);
		ensure!(
			!DeploymentByName::<T>::contains_key(new_owner, &old.name),
			Error::<T>::NewOwnerHasName
		);
		let versions = old.held.checked_sub(&old.deposit).ok_or(Error::<T>::Overflow)?;
		let mut record = old.clone();
		record.owner = new_owner.clone();
		record.lease = None;
		record.editors = BoundedVec::new();
		record.deposit = Self::record_deposit(&record)?;
		record.held = versions.checked_add(&record.deposit).ok_or(Error::<T>::Overflow)?;
		Self::ensure_affordable(new_owner, record.held, Error::<T>::NewOwnerCannotAffordDeposit)?;

		Self::release(owner, old.held)?;
		Self::hold(new_owner, record.held)?;
		DeploymentByName::<T>::remove(owner, &old.name);
		DeploymentByName::<T>::insert(new_owner, &record.name, id);
		if let Some(lease) = old.lease {
			DeploymentByLease::<T>::remove(lease);
			Statuses::<T>::remove(id);
		}
		let held = record.held;
		Deployments::<T>::insert(id, record);

		if let Some(lease) = old.lease {
			Self::deposit_event(Event::LeaseUnbound { deployment: id, lease });
		}
		Self::deposit_event(Event::Transferred {
			deployment: id,
			from: owner.clone(),
			to: new_owner.clone(),
			held,
		});
		Ok(())
	}

	/// Removes deployment `id` of `owner` with its history; returns how many versions were
	/// removed.
	pub fn do_remove(owner: &T::AccountId, id: DeploymentId) -> Result<u32, DispatchError> {
		let record = Self::owned(owner, id)?;

		Self::release(owner, record.held)?;
		for version in record.oldest..=record.current {
			Versions::<T>::remove(id, version);
		}
		DeploymentByName::<T>::remove(owner, &record.name);
		if let Some(lease) = record.lease {
			DeploymentByLease::<T>::remove(lease);
		}
		Statuses::<T>::remove(id);
		Deployments::<T>::remove(id);

		if let Some(lease) = record.lease {
			Self::deposit_event(Event::LeaseUnbound { deployment: id, lease });
		}
		Self::deposit_event(Event::Removed {
			deployment: id,
			owner: owner.clone(),
			released: record.held,
		});
		Ok(record.kept())
	}

	/// The record of deployment `id`, which `who` must own.
	pub(crate) fn owned(who: &T::AccountId, id: DeploymentId) -> Result<Deployment<T>, Error<T>> {
		let record = Deployments::<T>::get(id).ok_or(Error::<T>::UnknownDeployment)?;
		ensure!(record.owner == *who, Error::<T>::NotOwner);
		Ok(record)
	}
}
