//! What the runtime's integration tests share: the `development` genesis and the dev accounts.

use deinfra_runtime::{genesis_config_presets::build_storage, AccountId, RuntimeOrigin, System};
use sp_keyring::Sr25519Keyring;

/// The `development` preset's genesis, at block 1.
pub fn new_ext() -> sp_io::TestExternalities {
	let mut ext = sp_io::TestExternalities::new(build_storage("development").unwrap());
	ext.execute_with(|| System::set_block_number(1));
	ext
}

/// A dev account.
pub fn id(k: Sr25519Keyring) -> AccountId {
	k.to_account_id()
}

/// A dev account's signed origin.
pub fn signed(k: Sr25519Keyring) -> RuntimeOrigin {
	RuntimeOrigin::signed(id(k))
}
