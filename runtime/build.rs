//! Builds the runtime's WASM blob, always with the metadata hash (RFC-78) that the
//! `CheckMetadataHash` transaction extension checks, so that hardware wallets can sign in mode
//! `Enabled` on every build of the chain.
//!
//! With `DEINFRA_FAST_RUNTIME_WASM=1` in the environment (the scripts in `scripts/` set it) the
//! same build also compiles the `fast-runtime` blob for the end-to-end tests, into the same wasm
//! project and its target dir: only the runtime crate is compiled again, no dependency. It is
//! `deinfra_runtime_fast.compact.compressed.wasm` beside the node's blob in
//! `$CARGO_TARGET_DIR/<profile>/wbuild/deinfra-runtime/`.

/// The token symbol and decimals that go into the metadata hash (the chain's properties).
#[cfg(feature = "std")]
const TOKEN: (&str, u8) = ("INFRA", 12);

#[cfg(feature = "std")]
fn main() {
	use substrate_wasm_builder::WasmBuilder;

	WasmBuilder::init_with_defaults().enable_metadata_hash(TOKEN.0, TOKEN.1).build();

	println!("cargo:rerun-if-env-changed=DEINFRA_FAST_RUNTIME_WASM");
	let fast_wanted = std::env::var("DEINFRA_FAST_RUNTIME_WASM").is_ok_and(|v| v == "1");
	if fast_wanted && !cfg!(feature = "fast-runtime") {
		WasmBuilder::init_with_defaults()
			.enable_feature("fast-runtime")
			.enable_metadata_hash(TOKEN.0, TOKEN.1)
			.set_file_name("deinfra_runtime_fast")
			.build();
	}
}

/// The wasm builder is deactivated when compiling this crate for wasm, to speed up compilation.
#[cfg(not(feature = "std"))]
fn main() {}
