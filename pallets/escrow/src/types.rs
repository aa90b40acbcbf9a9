//! Types stored by the escrow pallet.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use frame_support::traits::fungible;
use frame_system::pallet_prelude::BlockNumberFor;
use scale_info::TypeInfo;

/// Identifies an escrow account; assigned from a counter, never reused.
pub type AccountIndex = u64;

/// The balance type of the pallet's currency.
pub type BalanceOf<T> = <<T as crate::Config>::Currency as fungible::Inspect<
	<T as frame_system::Config>::AccountId,
>>::Balance;

/// An escrow account as stored, for a runtime `T`.
pub type EscrowAccountOf<T> =
	EscrowAccount<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// A payment stream as stored, for a runtime `T`.
pub type StreamOf<T> =
	Stream<<T as frame_system::Config>::AccountId, BalanceOf<T>, BlockNumberFor<T>>;

/// Where a payment stream stands with respect to its funds.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum StreamStatus<BlockNumber> {
	/// The account funds the stream up to and including `expires_at` (its `paid_through` block);
	/// the expiry index has an entry for the account at that block.
	Active {
		/// The last block the balance fully pays for.
		expires_at: BlockNumber,
	},
	/// The funds ran out (found at block `since`). The stream keeps accruing what it owes; a
	/// top-up that funds it past the current block revives it, otherwise the account is closed
	/// at `grace_ends`, where the expiry index has its entry.
	Overdrawn {
		/// The block the account was found out of funds.
		since: BlockNumber,
		/// The block the account is closed at unless topped up.
		grace_ends: BlockNumber,
	},
}

impl<BlockNumber: Copy> StreamStatus<BlockNumber> {
	/// The block of the account's entry in the expiry index.
	pub fn scheduled_at(&self) -> BlockNumber {
		match self {
			Self::Active { expires_at } => *expires_at,
			Self::Overdrawn { grace_ends, .. } => *grace_ends,
		}
	}

	/// Whether the funds ran out.
	pub fn is_overdrawn(&self) -> bool {
		matches!(self, Self::Overdrawn { .. })
	}
}

/// A payment stream: `rate` per block from `started_at` to `payee`.
///
/// What the stream has earned at block `now` is `rate × (now − started_at)`; `streamed` of it was
/// settled (payee's share plus the take). The difference is owed, and is paid when the account
/// is touched, up to the account's balance; what the balance cannot cover stays owed until a
/// top-up, or is dropped when the stream stops.
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct Stream<AccountId, Balance, BlockNumber> {
	/// Who is paid (the provider).
	pub payee: AccountId,
	/// What the stream costs per block, take included.
	pub rate: Balance,
	/// The block the stream started; it earns from the next block on.
	pub started_at: BlockNumber,
	/// What was settled since the start: the payee's share plus the take.
	pub streamed: Balance,
	/// Funded or overdrawn, and where its expiry entry is.
	pub status: StreamStatus<BlockNumber>,
}

/// An escrow account: a balance held for `owner`, and at most one payment stream out of it.
///
/// Every amount that ever came in is accounted for: `deposited = paid + fees + balance` while
/// the account is open (refunds happen only when it closes, and it is then removed).
#[derive(
	Clone, Encode, Decode, DecodeWithMemTracking, Eq, PartialEq, Debug, TypeInfo, MaxEncodedLen,
)]
pub struct EscrowAccount<AccountId, Balance, BlockNumber> {
	/// The tenant; gets the refund when the account closes.
	pub owner: AccountId,
	/// What is held for the account now, not yet settled.
	pub balance: Balance,
	/// Everything deposited, by anyone.
	pub deposited: Balance,
	/// Everything paid to payees (their share, after the take).
	pub paid: Balance,
	/// Everything that went to the fee destination: the take, and dust a payee could not
	/// receive; also what was burned because the fee destination could not receive it.
	pub fees: Balance,
	/// The payment stream, if one runs.
	pub stream: Option<Stream<AccountId, Balance, BlockNumber>>,
	/// Opened by another pallet through the `Escrow` trait (e.g. for a market order): only that
	/// pallet closes it, and the owner's `close` call is refused. Every account opened now is
	/// managed; unmanaged ones were opened with the former `open` call, and their owners
	/// close them.
	pub managed: bool,
}

/// Why an account was closed.
#[derive(
	Clone,
	Copy,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub enum CloseReason {
	/// The owner (call) or the escrow's user (trait) closed it.
	Requested,
	/// Its funds ran out and the grace period passed without a top-up.
	InsufficientFunds,
}

/// Running totals over all accounts, open and closed: `deposited = paid + fees + refunded +`
/// the sum of open balances.
#[derive(
	Clone,
	Copy,
	Default,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
)]
pub struct Totals<Balance> {
	/// Everything ever deposited.
	pub deposited: Balance,
	/// Everything paid to payees.
	pub paid: Balance,
	/// Everything sent to the fee destination (or burned because it could not receive it).
	pub fees: Balance,
	/// Everything refunded to owners on close.
	pub refunded: Balance,
}

/// What one settlement moved.
#[derive(Clone, Copy, Default, Eq, PartialEq, Debug)]
pub struct Settlement<Balance> {
	/// The payee's share, received by the payee.
	pub paid: Balance,
	/// The take (plus any dust swept), received by the fee destination, or burned if it could
	/// not receive it.
	pub fee: Balance,
}

/// Who an outgoing payment reached.
#[derive(Clone, Copy, Eq, PartialEq, Debug)]
pub enum PaidTo {
	/// The intended recipient.
	Recipient,
	/// The fee destination, because the recipient does not exist and the amount is below the
	/// existential deposit (it would have been dust).
	FeeDestination,
	/// Nobody: it was burned, because it was due to the fee destination (directly or as dust)
	/// and the fee destination cannot receive it.
	Burned,
}
