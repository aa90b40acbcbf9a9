//! A mock runtime for the tests: the session pallet is stood in for by [`MockSession`]
//! (an active set the tests set) and [`MockKeys`] (which accounts have session keys).

use crate as pallet_validator_set;
use frame_support::{
	derive_impl, parameter_types,
	traits::{ConstU32, ValidatorRegistration, ValidatorSet as ValidatorSetT},
};
use frame_system::EnsureRoot;
use sp_runtime::{traits::ConvertInto, BuildStorage};

type Block = frame_system::mocking::MockBlock<Test>;

frame_support::construct_runtime!(
	pub enum Test {
		System: frame_system,
		ValidatorSet: pallet_validator_set,
	}
);

#[derive_impl(frame_system::config_preludes::TestDefaultConfig)]
impl frame_system::Config for Test {
	type Block = Block;
}

parameter_types! {
	/// The session's active validators.
	pub static ActiveSet: Vec<u64> = vec![1, 2, 3, 4];
	/// The session in progress.
	pub static CurrentSession: u32 = 0;
	/// The accounts without session keys.
	pub static WithoutKeys: Vec<u64> = vec![99];
}

/// The session pallet as the validator set sees it.
pub struct MockSession;
impl ValidatorSetT<u64> for MockSession {
	type ValidatorId = u64;
	type ValidatorIdOf = ConvertInto;
	fn session_index() -> u32 {
		CurrentSession::get()
	}
	fn validators() -> Vec<u64> {
		ActiveSet::get()
	}
}

/// Session keys: every account but those in [`WithoutKeys`] has them.
pub struct MockKeys;
impl ValidatorRegistration<u64> for MockKeys {
	fn is_registered(id: &u64) -> bool {
		!WithoutKeys::get().contains(id)
	}
}

#[cfg(feature = "runtime-benchmarks")]
impl crate::BenchmarkHelper<u64> for MockKeys {
	fn register_keys(who: &u64) {
		WithoutKeys::mutate(|w| w.retain(|x| x != who));
	}
}

impl pallet_validator_set::Config for Test {
	type UpdateOrigin = EnsureRoot<u64>;
	type MaxValidators = ConstU32<8>;
	type MinValidators = ConstU32<2>;
	type Session = MockSession;
	type KeysRegistration = MockKeys;
	type WeightInfo = ();
	#[cfg(feature = "runtime-benchmarks")]
	type BenchmarkHelper = MockKeys;
}

/// Externalities with validators 1, 2, 3 and 4 (also the active and the queued set).
pub fn new_test_ext() -> sp_io::TestExternalities {
	let storage = RuntimeGenesisConfig {
		system: Default::default(),
		validator_set: pallet_validator_set::GenesisConfig { validators: vec![1, 2, 3, 4] },
	}
	.build_storage()
	.unwrap();
	let mut ext = sp_io::TestExternalities::new(storage);
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// Runs a test, then checks the pallet's invariants.
pub fn build_and_execute(test: impl FnOnce()) {
	new_test_ext().execute_with(|| {
		test();
		ValidatorSet::do_try_state().expect("invariants hold");
	});
}

/// A session change as `pallet-session` makes it: the session in progress ends (each of its
/// validators that `authors` accepts authored a block in it), the set queued at the last
/// change becomes active, and the pallet is asked for the set of the session after the next;
/// the invariants are checked afterwards. Returns what the pallet answered.
pub fn rotate(authors: impl Fn(u64) -> bool) -> Option<Vec<u64>> {
	use pallet_authorship::EventHandler;
	use pallet_session::SessionManager;
	let ending = CurrentSession::get();
	for v in ActiveSet::get() {
		if authors(v) {
			ValidatorSet::note_author(v);
		}
	}
	ValidatorSet::end_session(ending);
	// The session pallet queued the set the pallet recorded (its answer, or the active set
	// without validators that have no keys).
	ActiveSet::set(crate::QueuedValidators::<Test>::get().into_inner());
	CurrentSession::set(ending + 1);
	let answer = ValidatorSet::new_session(ending + 2);
	ValidatorSet::do_try_state().expect("invariants hold after a session change");
	answer
}

/// Every validator authors.
pub fn everyone(_: u64) -> bool {
	true
}

/// The events this pallet emitted so far.
pub fn events() -> Vec<crate::Event<Test>> {
	System::events()
		.into_iter()
		.filter_map(|r| match r.event {
			RuntimeEvent::ValidatorSet(e) => Some(e),
			_ => None,
		})
		.collect()
}
