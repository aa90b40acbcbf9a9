//! Tests of the deployments pallet, split by behaviour. Every test runs in
//! [`ExtBuilder::build_and_execute`], which checks the pallet's invariants (`do_try_state`) and
//! every account's hold at the end.

mod cid;
mod create;
mod editors;
mod invariants;
mod leases;
mod oversized_input;
mod remove;
mod transfer;
mod versions;
mod views;

use crate::{
	cid::CidBytes, mock::*, Deployment, DeploymentId, NameOf, NoteOf, Version, VersionNumber,
	Versions,
};
use frame_support::{assert_ok, BoundedVec};

/// CIDv0 of the IPFS readme directory.
pub const V0: &str = "QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG";
/// The same content as CIDv1 dag-pb, base32.
pub const V0_AS_V1: &str = "bafybeie5nqv6kd3qnfjupgvz34woh3oksc3iau6abmyajn7qvtf6d2ho34";
/// The same content as CIDv1 dag-pb, base58btc.
pub const V0_AS_Z: &str = "zdj7Wg2Qkk4mYgAkVU1kppfQ2sMGz5zPwERVpeWmxCQLDxVoC";
/// A dag-pb directory (the IPFS docs' example), sha2-256.
pub const DIR: &str = "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi";
/// `hello world` as a raw block, sha2-256.
pub const HELLO: &str = "bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e";
/// The empty string as a raw block, sha2-256.
pub const EMPTY_RAW: &str = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";

/// Encoded size of a deployment record named `site` without lease or editors: owner 8, name
/// 1 + 4, lease 1, editors 1, current 4, oldest 4, created_at 4, deposit 16, held 16.
pub const RECORD_BYTES: Balance = 59;
/// Deposit of that record.
pub const RECORD: Balance = DEPOSIT_BASE + DEPOSIT_PER_BYTE * RECORD_BYTES;
/// Extra deposit of a record bound to a lease (the lease id).
pub const LEASE_BYTES: Balance = 8;
/// Extra deposit per editor (a `u64` account).
pub const EDITOR_BYTES: Balance = 8;
/// Encoded size of a version with a 36-byte (sha2-256) CID, created or pushed, without note:
/// cid 1 + 36, created_at 4, author 8, origin 1, note 1, deposit 16.
pub const VERSION_BYTES: Balance = 67;
/// Deposit of that version.
pub const VERSION: Balance = DEPOSIT_PER_BYTE * VERSION_BYTES;
/// Deposit of a rollback entry (its origin has the version number: 4 more bytes).
pub const ROLLBACK: Balance = DEPOSIT_PER_BYTE * (VERSION_BYTES + 4);
/// Deposit of a deployment named `site` with its first version.
pub const CREATED: Balance = RECORD + VERSION;

/// A bounded vector from bytes, which must fit.
pub fn bounded<S: frame_support::traits::Get<u32>>(bytes: &[u8]) -> BoundedVec<u8, S> {
	bytes.to_vec().try_into().expect("fits")
}

/// A name as a call takes it.
pub fn name(n: &str) -> Vec<u8> {
	n.as_bytes().to_vec()
}

/// A name as stored (in records, events and the name index).
pub fn stored_name(n: &str) -> NameOf<Test> {
	bounded(n.as_bytes())
}

/// A note as a call takes it.
pub fn note(n: &str) -> Vec<u8> {
	n.as_bytes().to_vec()
}

/// A note as stored.
pub fn stored_note(n: &str) -> NoteOf<Test> {
	bounded(n.as_bytes())
}

/// A CID text as a call takes it.
pub fn text(cid: &str) -> Vec<u8> {
	cid.as_bytes().to_vec()
}

/// The stored form of a valid CID text.
pub fn stored(cid: &str) -> CidBytes {
	crate::cid::parse(cid.as_bytes()).expect("a valid CID")
}

/// `who` creates a deployment `name` with `cid` and no lease; returns its id. Clears events.
pub fn create_as(who: AccountId, n: &str, cid: &str) -> DeploymentId {
	let id = crate::NextDeploymentId::<Test>::get();
	assert_ok!(Deployments::create(RuntimeOrigin::signed(who), name(n), text(cid), None));
	events();
	id
}

/// Alice creates `site` deploying [`DIR`]; returns its id. Clears events.
pub fn create_site() -> DeploymentId {
	create_as(ALICE, "site", DIR)
}

/// `who` pushes `cid` to deployment `id` without a note. Clears events.
pub fn push(who: AccountId, id: DeploymentId, cid: &str) {
	assert_ok!(Deployments::push_version(RuntimeOrigin::signed(who), id, text(cid), None));
	events();
}

/// The record of deployment `id`, which must exist.
pub fn record(id: DeploymentId) -> Deployment<Test> {
	crate::Deployments::<Test>::get(id).expect("the deployment exists")
}

/// Version `n` of deployment `id`, which must be kept.
pub fn version(id: DeploymentId, n: VersionNumber) -> Version<Test> {
	Versions::<Test>::get(id, n).expect("the version is kept")
}

/// The version numbers kept for deployment `id`.
pub fn kept(id: DeploymentId) -> Vec<VersionNumber> {
	let mut v: Vec<_> = Versions::<Test>::iter_prefix(id).map(|(n, _)| n).collect();
	v.sort();
	v
}

/// Editors as a call takes them.
pub fn editors(accounts: &[AccountId]) -> Vec<AccountId> {
	accounts.to_vec()
}

/// Editors as stored, which must fit.
pub fn bounded_editors(accounts: &[AccountId]) -> crate::EditorsOf<Test> {
	accounts.to_vec().try_into().expect("fits")
}
