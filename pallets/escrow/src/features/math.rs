//! The settlement arithmetic, free of storage so that it can be property-tested on its own.
//!
//! All functions are checked: an overflow is an [`ArithmeticError`], never a wrap or a panic.

use sp_runtime::{
	traits::{AtLeast32BitUnsigned, Zero},
	ArithmeticError, Perbill,
};

/// What a stream has earned after `elapsed` blocks: `rate × elapsed`.
pub fn earned<B: AtLeast32BitUnsigned + Copy>(rate: B, elapsed: B) -> Result<B, ArithmeticError> {
	rate.checked_mul(&elapsed).ok_or(ArithmeticError::Overflow)
}

/// What a stream is owed: what it earned less what was already settled (`streamed`), capped by
/// the account's `balance`.
pub fn owed<B: AtLeast32BitUnsigned + Copy>(
	rate: B,
	elapsed: B,
	streamed: B,
	balance: B,
) -> Result<B, ArithmeticError> {
	let due = earned(rate, elapsed)?.saturating_sub(streamed);
	Ok(due.min(balance))
}

/// The take on a settlement of `gross`, when `streamed` was settled before: the take on the
/// stream's cumulative total, less the take already charged on `streamed`. Charging on the
/// running total means splitting one settlement into many small ones cannot round the take
/// away.
pub fn take<B: AtLeast32BitUnsigned + Copy>(
	rate: Perbill,
	streamed: B,
	gross: B,
) -> Result<B, ArithmeticError> {
	let after = streamed.checked_add(&gross).ok_or(ArithmeticError::Overflow)?;
	let fee = rate.mul_floor(after).saturating_sub(rate.mul_floor(streamed));
	Ok(fee.min(gross))
}

/// A settlement: `(gross, fee)`, where `gross` leaves the account, `fee` of it to the fee
/// destination and `gross − fee` to the payee.
pub fn settlement<B: AtLeast32BitUnsigned + Copy>(
	rate: B,
	elapsed: B,
	streamed: B,
	balance: B,
	take_rate: Perbill,
) -> Result<(B, B), ArithmeticError> {
	let gross = owed(rate, elapsed, streamed, balance)?;
	if gross.is_zero() {
		return Ok((Zero::zero(), Zero::zero()));
	}
	Ok((gross, take(take_rate, streamed, gross)?))
}

/// How many blocks from its start a stream is funded for: `(streamed + balance) / rate`, the
/// whole blocks that what was settled plus what is left pay for. `None` if `rate` is zero.
pub fn funded_blocks<B: AtLeast32BitUnsigned + Copy>(
	rate: B,
	streamed: B,
	balance: B,
) -> Result<B, ArithmeticError> {
	let funds = streamed.checked_add(&balance).ok_or(ArithmeticError::Overflow)?;
	funds.checked_div(&rate).ok_or(ArithmeticError::DivisionByZero)
}

/// Whether `rate × max_blocks` fits the balance type: if so, no stream of this rate can
/// overflow `rate × elapsed` in any block.
pub fn rate_fits<B: AtLeast32BitUnsigned + Copy>(rate: B, max_blocks: B) -> bool {
	rate.checked_mul(&max_blocks).is_some()
}
