// Starts a real `deinfra-node` for the end-to-end tests and connects @polkadot/api to it.
//
// DEINFRA_NODE: the node binary (default: $CARGO_TARGET_DIR/release/deinfra-node, with
// CARGO_TARGET_DIR defaulting to ~/.cache/deinfra/target).
// DEINFRA_RUNTIME_WASM: a runtime to run instead of the node's own (scripts/test.sh passes the
// `fast-runtime` build, so that referenda finish in a few blocks). The chain
// is then the `dev` spec with that code; otherwise it is `--dev`.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { withDeadline } from './chain.js';

export function nodeBinary() {
  if (process.env.DEINFRA_NODE) return process.env.DEINFRA_NODE;
  const target = process.env.CARGO_TARGET_DIR || join(homedir(), '.cache/deinfra/target');
  return join(target, 'release/deinfra-node');
}

/** A free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * The `chain` chain spec with `wasmPath` as its runtime code and, when given, `genesisPatch`
 * as its genesis (a runtime of another release needs that release's genesis fields); returns
 * the spec's path.
 */
export function specWithRuntime(dir, wasmPath, chain = 'dev', genesisPatch = undefined) {
  const spec = JSON.parse(
    execFileSync(nodeBinary(), ['export-chain-spec', '--chain', chain], {
      maxBuffer: 64 * 1024 * 1024,
    }).toString(),
  );
  spec.genesis.runtimeGenesis.code = '0x' + readFileSync(wasmPath).toString('hex');
  if (genesisPatch) spec.genesis.runtimeGenesis.patch = genesisPatch;
  const path = join(dir, 'chain-spec.json');
  writeFileSync(path, JSON.stringify(spec));
  return path;
}

/** The node's log says that a port it wanted was taken. */
const PORT_TAKEN = /address already in use|os error 98|AddrInUse/i;

/**
 * Starts a single-validator development chain (Alice authors and finalizes) on free ports and
 * connects an ApiPromise to it. Returns `{ api, provider, stop, rpcPort, p2pPort, log }`.
 * `extraArgs` are appended to the node's command line; `chainArgs` replace the chain and
 * role arguments (e.g. a non-validating peer of another node). A port is free when chosen but
 * another process may take it before the node binds it: then the node starts again on new
 * ports (up to three times).
 */
export async function startNode(options = {}) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startNodeOnce(options);
    } catch (error) {
      if (attempt >= 3 || !PORT_TAKEN.test(error.message)) throw error;
    }
  }
}

async function startNodeOnce({ extraArgs = [], chainArgs } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'deinfra-e2e-'));
  const [rpcPort, p2pPort] = [await freePort(), await freePort()];
  const wasm = process.env.DEINFRA_RUNTIME_WASM;
  const chain = chainArgs
    ? chainArgs
    : wasm
    ? ['--chain', specWithRuntime(dir, wasm), '--alice', '--validator', '--force-authoring',
      '--node-key', '0000000000000000000000000000000000000000000000000000000000000001']
    : ['--dev'];
  const args = [
    ...chain,
    '--base-path', join(dir, 'db'),
    '--rpc-port', String(rpcPort),
    '--port', String(p2pPort),
    '--rpc-cors', 'all',
    ...(extraArgs.includes('--prometheus-port') ? [] : ['--no-prometheus']),
    '--no-telemetry',
    '--no-mdns',
    ...extraArgs,
  ];
  const child = spawn(nodeBinary(), args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr.on('data', (chunk) => {
    log = (log + chunk.toString()).slice(-20_000);
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    const deadline = Date.now() + 60_000;
    while (!log.includes('Running JSON-RPC server')) {
      if (child.exitCode !== null) throw new Error(`the node exited:\n${log}`);
      if (Date.now() > deadline) throw new Error(`the node did not start:\n${log}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const provider = new WsProvider(`ws://127.0.0.1:${rpcPort}`, 1_000, {}, 30_000);
    const api = await withDeadline(
      ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true }),
      60_000,
      `@polkadot/api connected to ws://127.0.0.1:${rpcPort}`,
    ).catch(async (error) => {
      await provider.disconnect().catch(() => {});
      throw error;
    });
    return {
      api,
      provider,
      rpcPort,
      p2pPort,
      log: () => log,
      stop: async () => {
        await api.disconnect();
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
