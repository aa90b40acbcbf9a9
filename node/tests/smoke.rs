//! Node smoke test: the real `deinfra-node --dev` starts on free ports, produces and
//! finalizes blocks, reports the token in `system_properties`, serves metadata that decodes
//! and Prometheus metrics, and stops cleanly on SIGINT.

use codec::Decode;
use serde_json::{json, Value};
use std::{
	io::{Read, Write},
	net::{TcpListener, TcpStream},
	process::{Child, Command, Stdio},
	time::{Duration, Instant},
};

/// A port nobody listens on right now.
fn free_port() -> u16 {
	TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// One plain HTTP/1.1 request; returns the response body.
fn http(port: u16, method: &str, path: &str, body: &str) -> std::io::Result<String> {
	let mut stream = TcpStream::connect(("127.0.0.1", port))?;
	stream.set_read_timeout(Some(Duration::from_secs(30)))?;
	write!(
		stream,
		"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
		 Content-Length: {}\r\nConnection: close\r\n\r\n{body}",
		body.len()
	)?;
	let mut raw = Vec::new();
	stream.read_to_end(&mut raw)?;
	let raw = String::from_utf8_lossy(&raw).into_owned();
	let (head, body) = raw.split_once("\r\n\r\n").unwrap_or((&raw, ""));
	if head.to_ascii_lowercase().contains("transfer-encoding: chunked") {
		Ok(dechunk(body))
	} else {
		Ok(body.to_string())
	}
}

fn dechunk(mut body: &str) -> String {
	let mut out = String::new();
	while let Some((size, rest)) = body.split_once("\r\n") {
		let size = usize::from_str_radix(size.trim(), 16).unwrap_or(0);
		if size == 0 || rest.len() < size {
			break;
		}
		out.push_str(&rest[..size]);
		body = rest[size..].trim_start_matches("\r\n");
	}
	out
}

/// A JSON-RPC call; returns `result`.
fn rpc(port: u16, method: &str, params: Value) -> Result<Value, String> {
	let req = json!({"jsonrpc": "2.0", "id": 1, "method": method, "params": params}).to_string();
	let body = http(port, "POST", "/", &req).map_err(|e| e.to_string())?;
	let resp: Value = serde_json::from_str(&body).map_err(|e| format!("{e}: {body}"))?;
	resp.get("result").cloned().ok_or_else(|| format!("{method} failed: {resp}"))
}

fn block_number(header: &Value) -> u64 {
	u64::from_str_radix(header["number"].as_str().unwrap().trim_start_matches("0x"), 16).unwrap()
}

/// The node process, killed if the test fails half-way.
struct Node(Child);

impl Drop for Node {
	fn drop(&mut self) {
		let _ = self.0.kill();
		let _ = self.0.wait();
	}
}

fn wait_for<T>(what: &str, timeout: Duration, mut f: impl FnMut() -> Option<T>) -> T {
	let start = Instant::now();
	loop {
		if let Some(v) = f() {
			return v;
		}
		assert!(start.elapsed() < timeout, "timed out waiting for {what}");
		std::thread::sleep(Duration::from_millis(250));
	}
}

#[test]
fn dev_node_produces_and_finalizes_blocks_and_serves_rpc() {
	let (rpc_port, p2p_port, prometheus_port) = (free_port(), free_port(), free_port());
	let started = Instant::now();
	let mut node = Node(
		Command::new(env!("CARGO_BIN_EXE_deinfra-node"))
			.args(["--dev", "--no-mdns", "--no-telemetry", "--rpc-port"])
			.arg(rpc_port.to_string())
			.arg("--port")
			.arg(p2p_port.to_string())
			.arg("--prometheus-port")
			.arg(prometheus_port.to_string())
			.stdout(Stdio::null())
			.stderr(Stdio::null())
			.spawn()
			.expect("deinfra-node starts"),
	);

	// RPC comes up.
	wait_for("RPC", Duration::from_secs(60), || rpc(rpc_port, "system_health", json!([])).ok());

	// Blocks are produced...
	let best = wait_for("block #2", Duration::from_secs(60), || {
		let header = rpc(rpc_port, "chain_getHeader", json!([])).ok()?;
		(block_number(&header) >= 2).then_some(block_number(&header))
	});
	println!("first blocks after {:?} (best #{best})", started.elapsed());

	// ...and finalized.
	let finalized = wait_for("a finalized block", Duration::from_secs(60), || {
		let hash = rpc(rpc_port, "chain_getFinalizedHead", json!([])).ok()?;
		let header = rpc(rpc_port, "chain_getHeader", json!([hash])).ok()?;
		(block_number(&header) >= 1).then_some(block_number(&header))
	});
	println!("finalized #{finalized} after {:?}", started.elapsed());

	// The token is known to wallets.
	let props = rpc(rpc_port, "system_properties", json!([])).unwrap();
	assert_eq!(props["tokenSymbol"], "INFRA");
	assert_eq!(props["tokenDecimals"], 12);
	assert_eq!(props["ss58Format"], 42);
	assert_eq!(rpc(rpc_port, "system_chain", json!([])).unwrap(), "DeInfra Development");

	// The runtime version names the chain.
	let version = rpc(rpc_port, "state_getRuntimeVersion", json!([])).unwrap();
	assert_eq!(version["specName"], "deinfra");

	// Metadata decodes, and names the pallets clients look up.
	let hex = rpc(rpc_port, "state_getMetadata", json!([])).unwrap();
	let bytes = sp_core::bytes::from_hex(hex.as_str().unwrap()).unwrap();
	let metadata =
		frame_metadata::RuntimeMetadataPrefixed::decode(&mut &bytes[..]).expect("metadata decodes");
	let frame_metadata::RuntimeMetadata::V14(v14) = metadata.1 else {
		panic!("the default metadata is V14")
	};
	let pallets: Vec<_> = v14.pallets.iter().map(|p| p.name.as_str()).collect();
	for name in [
		"System",
		"Balances",
		"Treasury",
		"Council",
		"CouncilMembership",
		"Referenda",
		"ConvictionVoting",
		"Preimage",
		"Scheduler",
		"Whitelist",
		"ProtocolParams",
		"Providers",
		"Escrow",
		"Market",
		"Deployments",
	] {
		assert!(pallets.contains(&name), "{name} in metadata: {pallets:?}");
	}

	// Transaction fees can be queried (pallet-transaction-payment RPC).
	let alice = "5GrwvaEF5zXb26Fz9rcQpDWS57CtERHpNehXCPcNoHGKutQY";
	let nonce = rpc(rpc_port, "system_accountNextIndex", json!([alice])).unwrap();
	assert_eq!(nonce, 0);

	// The market's RPC methods answer from the runtime API.
	assert_eq!(rpc(rpc_port, "market_leaseStatus", json!([0])).unwrap(), Value::Null);
	assert_eq!(rpc(rpc_port, "market_providerCapacity", json!([alice])).unwrap(), Value::Null);
	let orders = rpc(rpc_port, "market_tenantOrders", json!([alice, null, 10])).unwrap();
	assert_eq!(orders, json!({ "items": [], "next": null }));
	let request = json!({
		"resources": { "cpuMillicores": 1000, "memoryMib": 1024, "storageGib": 10,
			"bandwidthMbps": 10, "gpus": 0 }
	});
	let found = rpc(rpc_port, "market_findProviders", json!([request, null, 10])).unwrap();
	assert_eq!(found, json!({ "items": [], "next": null }));
	let bad = rpc(rpc_port, "market_findProviders", json!([{ "resources": 1 }])).unwrap_err();
	assert!(bad.contains("-32602"), "malformed params are rejected: {bad}");

	// Prometheus metrics are served.
	let metrics = http(prometheus_port, "GET", "/metrics", "").unwrap();
	assert!(metrics.contains("substrate_block_height"), "prometheus metrics served");

	// SIGINT stops the node cleanly.
	let pid = node.0.id().to_string();
	assert!(Command::new("kill").args(["-INT", &pid]).status().unwrap().success());
	let status =
		wait_for("the node to stop", Duration::from_secs(60), || node.0.try_wait().ok().flatten());
	assert!(status.success(), "the node exits cleanly: {status:?}");
}
