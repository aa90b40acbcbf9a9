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

#[cfg(not(feature = "fast-runtime"))]
mod periods {
	use crate::{BlockNumber, DAYS, HOURS, MINUTES};
	pub const ROOT: [BlockNumber; 4] = [2 * HOURS, 7 * DAYS, DAYS, DAYS];
	pub const WHITELISTED: [BlockNumber; 4] = [30 * MINUTES, 7 * DAYS, 10 * MINUTES, 10 * MINUTES];
	pub const PARAMS: [BlockNumber; 4] = [HOURS, 5 * DAYS, 3 * HOURS, HOURS];
	pub const TREASURER: [BlockNumber; 4] = [2 * HOURS, 7 * DAYS, DAYS, DAYS];
}
#[cfg(feature = "fast-runtime")]
mod periods {
	use crate::BlockNumber;
	pub const ROOT: [BlockNumber; 4] = [2, 20, 2, 2];
	pub const WHITELISTED: [BlockNumber; 4] = [1, 20, 1, 1];
	pub const PARAMS: [BlockNumber; 4] = [1, 20, 2, 1];
	pub const TREASURER: [BlockNumber; 4] = [2, 20, 2, 2];
}

/// Approval falls linearly from `ceil` to `floor` over the decision period.
const fn linear(floor: u32, ceil: u32) -> Curve {
	Curve::LinearDecreasing {
		length: Perbill::from_percent(100),
		floor: Perbill::from_percent(floor),
		ceil: Perbill::from_percent(ceil),
	}
}

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

static TRACKS: [Track<TrackId, Balance, BlockNumber>; 4] = [
	track(ROOT, "root", 1, 10_000 * UNIT, periods::ROOT, linear(50, 100), linear(5, 50)),
	track(
		WHITELISTED_CALLER,
		"whitelisted_caller",
		10,
		1_000 * UNIT,
		periods::WHITELISTED,
		linear(50, 100),
		linear(1, 10),
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
			_ => Err(()),
		}
	}
}
