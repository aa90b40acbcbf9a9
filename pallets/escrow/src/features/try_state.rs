//! The pallet's invariants, checked by `try_state` and after every test.

use crate::{pallet::*, types::*};
use alloc::collections::btree_map::BTreeMap;
use frame_support::{
	ensure,
	traits::{fungible::InspectHold, Get},
};
use frame_system::pallet_prelude::BlockNumberFor;
use sp_runtime::{
	traits::{CheckedAdd, CheckedMul, Saturating, Zero},
	TryRuntimeError,
};

fn add<B: CheckedAdd>(a: B, b: B) -> Result<B, TryRuntimeError> {
	a.checked_add(&b).ok_or(TryRuntimeError::Other("escrow: total overflows"))
}

impl<T: Config> Pallet<T> {
	/// Checks the escrow's invariants:
	/// - conservation: the sum of open balances is what the escrow account holds under
	///   [`HoldReason::Escrow`], and the escrow account holds nothing else; over all accounts ever
	///   opened, `deposited = paid + fees + refunded + open balances`;
	/// - per open account, `deposited = paid + fees + balance`, and its index is below
	///   [`NextAccountIndex`] (closed accounts are removed, so they hold nothing);
	/// - per stream: non-zero rate; never settled beyond `rate × elapsed`; nothing owed beyond
	///   the balance once settled (checked by the tests); exactly one expiry entry, at its
	///   `paid_through` block while active, at the end of its grace period (after the block the
	///   funds ran out) while overdrawn;
	/// - every expiry entry points to a streaming account whose status names that block, and no
	///   entry is behind the point the hook will resume from.
	pub fn do_try_state() -> Result<(), TryRuntimeError> {
		let now = frame_system::Pallet::<T>::block_number();
		let resume_from = IncompleteSince::<T>::get().unwrap_or(now.saturating_add(1u32.into()));
		let next_index = NextAccountIndex::<T>::get();

		let mut entries: BTreeMap<AccountIndex, (BlockNumberFor<T>, u32)> = BTreeMap::new();
		for (block, id, ()) in Expiries::<T>::iter() {
			ensure!(block >= resume_from, "escrow: an expiry entry is behind the hook's cursor");
			let e = entries.entry(id).or_insert((block, 0));
			e.0 = block;
			e.1 = e.1.saturating_add(1);
		}

		let mut open_balances = BalanceOf::<T>::zero();
		for (id, account) in Accounts::<T>::iter() {
			ensure!(id < next_index, "escrow: an account index was never assigned");
			open_balances = add(open_balances, account.balance)?;
			let out = add(add(account.paid, account.fees)?, account.balance)?;
			ensure!(account.deposited == out, "escrow: deposited != paid + fees + balance");

			let entry = entries.remove(&id);
			let Some(stream) = account.stream else {
				ensure!(entry.is_none(), "escrow: an account without a stream has an expiry entry");
				continue;
			};
			ensure!(!stream.rate.is_zero(), "escrow: a stream has a zero rate");
			let elapsed = Self::blocks_as_balance(now.saturating_sub(stream.started_at))
				.map_err(|_| TryRuntimeError::Other("escrow: elapsed overflows"))?;
			let earned = stream
				.rate
				.checked_mul(&elapsed)
				.ok_or(TryRuntimeError::Other("escrow: rate × elapsed overflows"))?;
			ensure!(stream.streamed <= earned, "escrow: a payee was paid beyond rate × elapsed");

			let (block, count) = entry.ok_or("escrow: a streaming account has no expiry entry")?;
			ensure!(count == 1, "escrow: a streaming account has several expiry entries");
			ensure!(
				block == stream.status.scheduled_at(),
				"escrow: expiry entry at the wrong block"
			);
			let paid_through = Self::paid_through(&stream, account.balance)
				.map_err(|_| TryRuntimeError::Other("escrow: paid_through overflows"))?;
			match stream.status {
				StreamStatus::Active { expires_at } => ensure!(
					expires_at == paid_through,
					"escrow: an active stream's entry is not at its paid_through block"
				),
				StreamStatus::Overdrawn { since, grace_ends } => {
					ensure!(since < grace_ends, "escrow: a grace period ends before it starts");
					ensure!(paid_through <= now, "escrow: an overdrawn account is funded");
				}
			}
		}
		ensure!(entries.is_empty(), "escrow: an expiry entry points to no streaming account");

		let pot = Self::account_id();
		let held = T::Currency::balance_on_hold(&Self::hold_reason(), &pot);
		ensure!(held == open_balances, "escrow: held != sum of open balances");
		ensure!(
			T::Currency::total_balance_on_hold(&pot) == held,
			"escrow: the escrow account has other holds"
		);

		let totals = Total::<T>::get();
		let out = add(add(add(totals.paid, totals.fees)?, totals.refunded)?, open_balances)?;
		ensure!(totals.deposited == out, "escrow: deposited != paid + fees + refunded + open");
		ensure!(T::MaxExpiriesPerBlock::get() > 0, "escrow: MaxExpiriesPerBlock is zero");
		Ok(())
	}
}
