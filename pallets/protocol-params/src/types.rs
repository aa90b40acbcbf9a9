//! The protocol parameters and their update.

use codec::{Decode, DecodeWithMemTracking, Encode, MaxEncodedLen};
use scale_info::TypeInfo;
use sp_runtime::Perbill;

/// Every protocol parameter the marketplace pallets read.
#[derive(
	Clone,
	Encode,
	Decode,
	DecodeWithMemTracking,
	Eq,
	PartialEq,
	Debug,
	TypeInfo,
	MaxEncodedLen,
	serde::Serialize,
	serde::Deserialize,
)]
#[serde(rename_all = "camelCase")]
pub struct ProtocolParams<Balance, BlockNumber> {
	/// The least a provider must keep bonded while registered.
	pub min_provider_bond: Balance,
	/// How long unbonded provider funds stay held before they can be withdrawn.
	pub unbonding_period: BlockNumber,
	/// Held from a provider per bid, returned when the bid ends.
	pub bid_deposit: Balance,
	/// The most bids an order takes.
	pub max_bids_per_order: u32,
	/// The least a tenant deposits into a new order's escrow.
	pub min_lease_deposit: Balance,
	/// The share of every lease payment that goes to the treasury.
	pub take_rate: Perbill,
	/// How long an escrow that ran out of funds may be topped up before its lease closes.
	pub grace_period: BlockNumber,
	/// What a provider pays the tenant (from its bond) for closing a lease before the
	/// minimum term.
	pub early_close_penalty: Balance,
	/// How long a provider must keep a lease before closing it without penalty.
	pub provider_minimum_term: BlockNumber,
	/// Deployment storage deposit per byte of record and history.
	pub deployment_deposit_per_byte: Balance,
	/// How many versions of a deployment are kept before the oldest are pruned.
	pub max_deployment_versions: u32,
	/// The most expiry entries (escrow and lease) processed per block.
	pub expiry_items_per_block: u32,
	/// How many blocks a provider's bid stands before it expires (it can then no longer be
	/// accepted, and anyone may drop it).
	pub bid_ttl: BlockNumber,
	/// How many blocks a slash the council proposed waits before it can be applied; token
	/// holders can cancel it within that time.
	pub slash_deferral: BlockNumber,
}

/// A change to some protocol parameters: `None` leaves a parameter as it is.
#[derive(
	Clone,
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
pub struct ParamsUpdate<Balance, BlockNumber> {
	/// New [`ProtocolParams::min_provider_bond`].
	pub min_provider_bond: Option<Balance>,
	/// New [`ProtocolParams::unbonding_period`].
	pub unbonding_period: Option<BlockNumber>,
	/// New [`ProtocolParams::bid_deposit`].
	pub bid_deposit: Option<Balance>,
	/// New [`ProtocolParams::max_bids_per_order`].
	pub max_bids_per_order: Option<u32>,
	/// New [`ProtocolParams::min_lease_deposit`].
	pub min_lease_deposit: Option<Balance>,
	/// New [`ProtocolParams::take_rate`].
	pub take_rate: Option<Perbill>,
	/// New [`ProtocolParams::grace_period`].
	pub grace_period: Option<BlockNumber>,
	/// New [`ProtocolParams::early_close_penalty`].
	pub early_close_penalty: Option<Balance>,
	/// New [`ProtocolParams::provider_minimum_term`].
	pub provider_minimum_term: Option<BlockNumber>,
	/// New [`ProtocolParams::deployment_deposit_per_byte`].
	pub deployment_deposit_per_byte: Option<Balance>,
	/// New [`ProtocolParams::max_deployment_versions`].
	pub max_deployment_versions: Option<u32>,
	/// New [`ProtocolParams::expiry_items_per_block`].
	pub expiry_items_per_block: Option<u32>,
	/// New [`ProtocolParams::bid_ttl`].
	pub bid_ttl: Option<BlockNumber>,
	/// New [`ProtocolParams::slash_deferral`].
	pub slash_deferral: Option<BlockNumber>,
}

impl<Balance: Clone, BlockNumber: Clone> ProtocolParams<Balance, BlockNumber> {
	/// These parameters with `update` applied.
	pub fn updated(&self, update: &ParamsUpdate<Balance, BlockNumber>) -> Self {
		fn pick<V: Clone>(new: &Option<V>, old: &V) -> V {
			new.clone().unwrap_or_else(|| old.clone())
		}
		Self {
			min_provider_bond: pick(&update.min_provider_bond, &self.min_provider_bond),
			unbonding_period: pick(&update.unbonding_period, &self.unbonding_period),
			bid_deposit: pick(&update.bid_deposit, &self.bid_deposit),
			max_bids_per_order: pick(&update.max_bids_per_order, &self.max_bids_per_order),
			min_lease_deposit: pick(&update.min_lease_deposit, &self.min_lease_deposit),
			take_rate: pick(&update.take_rate, &self.take_rate),
			grace_period: pick(&update.grace_period, &self.grace_period),
			early_close_penalty: pick(&update.early_close_penalty, &self.early_close_penalty),
			provider_minimum_term: pick(&update.provider_minimum_term, &self.provider_minimum_term),
			deployment_deposit_per_byte: pick(
				&update.deployment_deposit_per_byte,
				&self.deployment_deposit_per_byte,
			),
			max_deployment_versions: pick(
				&update.max_deployment_versions,
				&self.max_deployment_versions,
			),
			expiry_items_per_block: pick(
				&update.expiry_items_per_block,
				&self.expiry_items_per_block,
			),
			bid_ttl: pick(&update.bid_ttl, &self.bid_ttl),
			slash_deferral: pick(&update.slash_deferral, &self.slash_deferral),
		}
	}
}
