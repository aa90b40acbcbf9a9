//! The custom origins of the referendum tracks: a referendum on the `protocol_params` track
//! dispatches its call with the `ProtocolParamsAdmin` origin, which only
//! `ProtocolParams::set_params` accepts; likewise `Treasurer` for treasury spends,
//! `WhitelistedCaller` for calls the council whitelisted, `ReferendumCanceller` for cancelling a
//! referendum (and a pending provider slash), `ReferendumKiller` for killing a referendum and
//! `ValidatorAdmin` for adding and removing validators.

pub use pallet_custom_origins::*;

/// The origins pallet (`Origins` in the runtime).
#[frame_support::pallet]
pub mod pallet_custom_origins {
	use frame_support::pallet_prelude::*;

	/// Configuration: nothing to configure.
	#[pallet::config]
	pub trait Config: frame_system::Config {}

	/// The pallet.
	#[pallet::pallet]
	pub struct Pallet<T>(_);

	/// The origin of a passed referendum on a custom track.
	#[derive(
		PartialEq, Eq, Clone, MaxEncodedLen, Encode, Decode, DecodeWithMemTracking, TypeInfo, Debug,
	)]
	#[pallet::origin]
	pub enum Origin {
		/// A referendum on the `protocol_params` track passed: may set protocol parameters.
		ProtocolParamsAdmin,
		/// A referendum on the `treasurer` track passed: may spend from the treasury.
		Treasurer,
		/// A referendum on the `whitelisted_caller` track passed: may dispatch a call the
		/// council whitelisted.
		WhitelistedCaller,
		/// A referendum on the `referendum_canceller` track passed: may cancel a referendum
		/// (deposits returned) or a pending provider slash.
		ReferendumCanceller,
		/// A referendum on the `referendum_killer` track passed: may kill a referendum
		/// (deposits slashed to the treasury).
		ReferendumKiller,
		/// A referendum on the `validator_admin` track passed: may add and remove validators.
		ValidatorAdmin,
	}

	macro_rules! decl_unit_ensure {
		($name:ident) => {
			/// Ensures the origin is `Origin::$name`.
			pub struct $name;
			impl<O: OriginTrait + From<Origin>> EnsureOrigin<O> for $name
			where
				for<'a> &'a O::PalletsOrigin: TryInto<&'a Origin>,
			{
				type Success = ();
				fn try_origin(o: O) -> Result<Self::Success, O> {
					match o.caller().try_into() {
						Ok(Origin::$name) => return Ok(()),
						_ => (),
					}
					Err(o)
				}
				#[cfg(feature = "runtime-benchmarks")]
				fn try_successful_origin() -> Result<O, ()> {
					Ok(O::from(Origin::$name))
				}
			}
		};
	}
	decl_unit_ensure!(ProtocolParamsAdmin);
	decl_unit_ensure!(Treasurer);
	decl_unit_ensure!(WhitelistedCaller);
	decl_unit_ensure!(ReferendumCanceller);
	decl_unit_ensure!(ReferendumKiller);
	decl_unit_ensure!(ValidatorAdmin);
}
