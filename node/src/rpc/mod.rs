//! The node's JSON-RPC methods beyond the `sc-rpc` defaults: `system_accountNextIndex`,
//! `payment_*`, `market_*` and `deployments_*`.

pub mod deployments;
pub mod market;

use std::sync::Arc;

use deinfra_runtime::{opaque::Block, AccountId, Balance, BlockNumber, Nonce};
use jsonrpsee::RpcModule;
use sc_transaction_pool_api::TransactionPool;
use sp_api::ProvideRuntimeApi;
use sp_block_builder::BlockBuilder;
use sp_blockchain::{Error as BlockChainError, HeaderBackend, HeaderMetadata};

/// What the RPC methods need.
pub struct FullDeps<C, P> {
	/// The client.
	pub client: Arc<C>,
	/// The transaction pool.
	pub pool: Arc<P>,
}

/// Builds the RPC module of a full node.
pub fn create_full<C, P>(
	deps: FullDeps<C, P>,
) -> Result<RpcModule<()>, Box<dyn std::error::Error + Send + Sync>>
where
	C: ProvideRuntimeApi<Block>,
	C: HeaderBackend<Block> + HeaderMetadata<Block, Error = BlockChainError> + 'static,
	C: Send + Sync + 'static,
	C::Api: substrate_frame_rpc_system::AccountNonceApi<Block, AccountId, Nonce>,
	C::Api: pallet_transaction_payment_rpc::TransactionPaymentRuntimeApi<Block, Balance>,
	C::Api: BlockBuilder<Block>,
	C::Api: pallet_market_runtime_api::MarketApi<Block, AccountId, Balance, BlockNumber>,
	C::Api: pallet_deployments_runtime_api::DeploymentsApi<Block, AccountId, Balance, BlockNumber>,
	P: TransactionPool + 'static,
{
	use deployments::{Deployments, DeploymentsApiServer};
	use market::{Market, MarketApiServer};
	use pallet_transaction_payment_rpc::{TransactionPayment, TransactionPaymentApiServer};
	use substrate_frame_rpc_system::{System, SystemApiServer};

	let mut module = RpcModule::new(());
	let FullDeps { client, pool } = deps;

	module.merge(System::new(client.clone(), pool).into_rpc())?;
	module.merge(TransactionPayment::new(client.clone()).into_rpc())?;
	module.merge(Market::new(client.clone()).into_rpc())?;
	module.merge(Deployments::new(client).into_rpc())?;

	Ok(module)
}
