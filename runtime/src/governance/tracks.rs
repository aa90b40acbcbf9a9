//! The referendum tracks. Periods are in blocks (6 s); the `fast-runtime` feature shortens
//! them to a few blocks for tests and local networks. Why these numbers: `docs/governance.md`.

use super::origins::Origin;
use crate::{Balance, BlockNumber, OriginCaller, UNIT};
use alloc::borrow::Cow;
use pallet_referenda::{Curve, Track, TrackInfo};
use sp_runtime::{str_array as s, Perbill};

/// The id of a track.
pub type TrackId = u16;

/// `root`: runtime upgrades and anything else that needs root.
pub const ROOT: TrackId = 0;
/// `whitelisted_caller`: calls the council whitelisted, on a fast track.
pub const WHITELISTED_CALLER: TrackId = 1;
/// `protocol_params`: `ProtocolParams::set_params` only.
pub const PROTOCOL_PARAMS: TrackId = 10;
/// `treasurer`: treasury spends.
pub const TREASURER: TrackId = 11;
/// `validator_admin`: `ValidatorSet::add_validator` and `ValidatorSet::remove_validator`.
pub const VALIDATOR_ADMIN: TrackId = 12;
/// `referendum_canceller`: `Referenda::cancel` (deposits returned) and cancelling a pending
/// provider slash.
pub const REFERENDUM_CANCELLER: TrackId = 20;
/// `referendum_killer`: `Referenda::kill` (deposits slashed to the treasury).
pub const REFERENDUM_KILLER: TrackId = 21;

/// Each track's prepare, decision, confirm and minimum enactment periods, in blocks.
#[cfg(not(feature = "fast-runtime"))]
mod periods {
	use crate::{BlockNumber, DAYS, HOURS, MINUTES};
	pub const ROOT: [BlockNumber; 4] = [2 * HOURS, 7 * DAYS, DAYS, DAYS];
	pub const WHITELISTED: [BlockNumber; 4] = [30 * MINUTES, 7 * DAYS, 10 * MINUTES, 10 * MINUTES];
	pub const PARAMS: [BlockNumber; 4] = [HOURS, 5 * DAYS, 3 * HOURS, HOURS];
	pub const TREASURER: [BlockNumber; 4] = [2 * HOURS, 7 * DAYS, DAYS, DAYS];
	pub const VALIDATORS: [BlockNumber; 4] = [2 * HOURS, 7 * DAYS, 3 * HOURS, HOURS];
	pub const CANCELLER: [BlockNumber; 4] = [2 * HOURS, 7 * DAYS, 3 * HOURS, 10 * MINUTES];
	pub const KILLER: [BlockNumber; 4] = [2 * HOURS, 7 * DAYS, 3 * HOURS, 10 * MINUTES];
}
/// Each track's periods with the `fast-runtime` feature: a few blocks.
#[cfg(feature = "fast-runtime")]
mod periods {
	use crate::BlockNumber;
	pub const ROOT: [BlockNumber; 4] = [2, 20, 2, 2];
	pub const WHITELISTED: [BlockNumber; 4] = [1, 20, 1, 1];
	pub const PARAMS: [BlockNumber; 4] = [1, 20, 2, 1];
	pub const TREASURER: [BlockNumber; 4] = [2, 20, 2, 2];
	pub const VALIDATORS: [BlockNumber; 4] = [1, 20, 2, 1];
	pub const CANCELLER: [BlockNumber; 4] = [1, 20, 1, 1];
	pub const KILLER: [BlockNumber; 4] = [1, 20, 1, 1];
}

/// The `referendum_canceller` track's prepare, decision, confirm and minimum enactment periods:
/// their sum is the longest a cancel can take, which the providers' slash deferral must exceed.
pub const CANCELLER_PERIODS: [BlockNumber; 4] = periods::CANCELLER;

/// Approval falls linearly from `ceil` to `floor` over the decision period.
const fn linear(floor: u32, ceil: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::from_percent(100),
		floor: Perbill::from_percent(floor),
		ceil: Perbill::from_percent(ceil),
	}
}

/// A track from its id, name, how many referenda decide at once, decision deposit, periods
/// (prepare, decision, confirm, enactment) and curves.
const fn track(
	id: TrackId,
	name: &str,
	max_deciding: u32,
	decision_deposit: Balance,
	periods: [BlockNumber; 4],
	min_approval: Curve,
	min_support: Curve,
) -> Track<TrackId, Balance, BlockNumber> {
	Track {
		id,
		info: TrackInfo {
			name: s(name),
			max_deciding,
			decision_deposit,
			prepare_period: periods[0],
			decision_period: periods[1],
			confirm_period: periods[2],
			min_enactment_period: periods[3],
			min_approval,
			min_support,
		},
	}
}

/// The tracks, by id (`pallet-referenda` requires them sorted).
static TRACKS: [Track<TrackId, Balance, BlockNumber>; 7] = [
	track(ROOT, "root", 1, 10_000 * UNIT, periods::ROOT, linear(50, 100), linear(5, 50)),
	track(
		WHITELISTED_CALLER,
		"whitelisted_caller",
		10,
		1_000 * UNIT,
		periods::WHITELISTED,
		linear(50, 100),
		// It dispatches as root: at least 20% of the active issuance must vote aye (30% to
		// pass at once), more than any single account holds (8.3% each at genesis), so one
		// large holder cannot pass it alone whatever its conviction.
		linear(20, 30),
	),
	track(
		PROTOCOL_PARAMS,
		"protocol_params",
		5,
		2_000 * UNIT,
		periods::PARAMS,
		linear(50, 100),
		linear(2, 20),
	),
	track(
		TREASURER,
		"treasurer",
		10,
		1_000 * UNIT,
		periods::TREASURER,
		linear(50, 100),
		linear(2, 25),
	),
	// Who validates decides who finalizes: token holders, not the council alone, change the
	// set. Stronger than `protocol_params`: support 25% → 5% of the active issuance.
	track(
		VALIDATOR_ADMIN,
		"validator_admin",
		5,
		5_000 * UNIT,
		periods::VALIDATORS,
		linear(50, 100),
		linear(5, 25),
	),
	// Token holders, not the council, cancel and kill referenda: the council must never be
	// able to stop the root referendum that replaces it. Support 30% → 10% of the active
	// issuance; a cancel opposed by the referendum's own voters fails on approval.
	track(
		REFERENDUM_CANCELLER,
		"referendum_canceller",
		100,
		2_000 * UNIT,
		CANCELLER_PERIODS,
		linear(50, 100),
		linear(10, 30),
	),
	track(
		REFERENDUM_KILLER,
		"referendum_killer",
		100,
		5_000 * UNIT,
		periods::KILLER,
		linear(50, 100),
		linear(10, 30),
	),
];

/// The tracks, and which origin each one dispatches with.
pub struct TracksInfo;

impl pallet_referenda::TracksInfo<Balance, BlockNumber> for TracksInfo {
	type Id = TrackId;
	type RuntimeOrigin =
		<crate::RuntimeOrigin as frame_support::traits::OriginTrait>::PalletsOrigin;

	fn tracks() -> impl Iterator<Item = Cow<'static, Track<Self::Id, Balance, BlockNumber>>> {
		TRACKS.iter().map(Cow::Borrowed)
	}

	fn track_for(origin: &Self::RuntimeOrigin) -> Result<Self::Id, ()> {
		match origin {
			OriginCaller::system(frame_system::RawOrigin::Root) => Ok(ROOT),
			OriginCaller::Origins(Origin::WhitelistedCaller) => Ok(WHITELISTED_CALLER),
			OriginCaller::Origins(Origin::ProtocolParamsAdmin) => Ok(PROTOCOL_PARAMS),
			OriginCaller::Origins(Origin::Treasurer) => Ok(TREASURER),
			OriginCaller::Origins(Origin::ValidatorAdmin) => Ok(VALIDATOR_ADMIN),
			OriginCaller::Origins(Origin::ReferendumCanceller) => Ok(REFERENDUM_CANCELLER),
			OriginCaller::Origins(Origin::ReferendumKiller) => Ok(REFERENDUM_KILLER),
			_ => Err(()),
		}
	}
}
