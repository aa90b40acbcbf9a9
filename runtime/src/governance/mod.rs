//! On-chain governance: the custom origins of the referendum tracks and the tracks themselves.
//! The pallets' configuration lives in [`crate::configs::governance`].

pub mod origins;
pub mod tracks;

pub use origins::{
	pallet_custom_origins, ProtocolParamsAdmin, ReferendumCanceller, ReferendumKiller, Treasurer,
	ValidatorAdmin, WhitelistedCaller,
};
