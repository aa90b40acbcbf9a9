//! `deinfra-node`: the DeInfra validator and RPC node (Aura + GRANDPA on `sc-service`).

#![warn(missing_docs)]
// `sc_cli::Error` and `sc_service::Error` are large; they travel once, from start-up to exit.
#![allow(clippy::result_large_err)]

mod chain_spec;
mod cli;
mod command;
mod rpc;
mod service;

fn main() -> sc_cli::Result<()> {
	command::run()
}
