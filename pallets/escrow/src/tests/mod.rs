//! Tests, by behaviour. Every test ends with [`crate::Pallet::do_try_state`] (see
//! [`ExtBuilder::build_and_execute`]) and checks it after every block (see
//! [`crate::mock::run_to_block`]).

mod close;
mod expiry;
mod invariants;
mod open_and_deposit;
mod properties;
mod reaped_fee_destination;
mod settle;
mod streams;
mod views;

use crate::{mock::*, AccountIndex, Accounts, Expiries, StreamStatus};
use deinfra_primitives::{Escrow as EscrowApi, EscrowInfo};
use sp_runtime::{DispatchError, DispatchResult};

/// `Escrow::open` of the trait: how accounts are opened (there is no `open` call).
pub fn api_open(owner: AccountId, deposit: Balance) -> Result<AccountIndex, DispatchError> {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::open(&owner, deposit)
}

/// An account as the former `open` call opened it: not managed, so its owner closes it with
/// the `close` call.
pub fn legacy_open(owner: AccountId, deposit: Balance) -> AccountIndex {
	Escrow::do_open(&owner, deposit, false).expect("the owner can open")
}

/// `Escrow::deposit` of the trait.
pub fn api_deposit(from: AccountId, account: AccountIndex, amount: Balance) -> DispatchResult {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::deposit(&from, account, amount)
}

/// `Escrow::start_stream` of the trait.
pub fn api_start(account: AccountIndex, payee: AccountId, rate: Balance) -> DispatchResult {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::start_stream(account, &payee, rate)
}

/// `Escrow::stop_stream` of the trait.
pub fn api_stop(account: AccountIndex) -> DispatchResult {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::stop_stream(account)
}

/// `Escrow::settle` of the trait.
pub fn api_settle(account: AccountIndex) -> Result<Balance, DispatchError> {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::settle(account)
}

/// `Escrow::close` of the trait.
pub fn api_close(account: AccountIndex) -> Result<Balance, DispatchError> {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::close(account)
}

/// `Escrow::balance` of the trait.
pub fn api_balance(account: AccountIndex) -> Option<Balance> {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::balance(account)
}

/// `Escrow::owed` of the trait.
pub fn api_owed(account: AccountIndex) -> Option<Balance> {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::owed(account)
}

/// `Escrow::runway` of the trait.
pub fn api_runway(account: AccountIndex) -> Option<u32> {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::runway(account)
}

/// `Escrow::streamed` of the trait.
pub fn api_streamed(account: AccountIndex) -> Option<Balance> {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::streamed(account)
}

/// `Escrow::info` of the trait.
pub fn api_info(account: AccountIndex) -> Option<EscrowInfo<AccountId, Balance>> {
	<Escrow as EscrowApi<AccountId, Balance, u32>>::info(account)
}

/// Alice opens an account with `deposit`; the market starts a stream of `rate` to Bob. Clears
/// the events.
pub fn open_streaming(deposit: Balance, rate: Balance) -> AccountIndex {
	let id = api_open(ALICE, deposit).expect("Alice can open");
	api_start(id, BOB, rate).expect("the stream starts");
	events();
	id
}

/// The stream's status.
pub fn status(id: AccountIndex) -> Option<StreamStatus<u32>> {
	Accounts::<Test>::get(id).and_then(|a| a.stream).map(|s| s.status)
}

/// The blocks at which the account has an expiry entry.
pub fn entries_of(id: AccountIndex) -> Vec<u32> {
	Expiries::<Test>::iter().filter(|(_, a, _)| *a == id).map(|(b, _, _)| b).collect()
}

/// The account's balance in storage.
pub fn balance_of(id: AccountIndex) -> Balance {
	Accounts::<Test>::get(id).map(|a| a.balance).unwrap_or_default()
}
