// Faults on a real four-validator network on loopback (scripts/local-testnet.sh): validators
// are killed, restarted from their databases, wiped and resynced; a `validator_admin`
// referendum adds and removes a validator, which the chain applies one per session. Each
// scenario's timings are printed (docs/reliability.md records them).
// The script picks free ports (or takes DEINFRA_TESTNET_BASE_PORT) and records them in its
// state directory; the test reads them from there.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ApiPromise, WsProvider } from '@polkadot/api';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { nodeBinary, specWithRuntime } from '../lib/node.js';
import { send, submitReferendum, withDeadline } from '../lib/chain.js';

const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), '../../scripts/local-testnet.sh');
const FAST = process.env.DEINFRA_RUNTIME_WASM;
/** One INFRA in planck. */
const UNIT = 10n ** 12n;
const timings = [];
/** Validator number → its `{ p2p, rpc, prometheus }` ports, from the script's `ports` file. */
const ports = new Map();

/**
 * Runs `scripts/local-testnet.sh ARGS` against the test's directory and chain, for at most
 * 3 minutes (stopping the five validators takes up to 10 s each).
 */
function net(env, ...args) {
  execFileSync('bash', [SCRIPT, ...args], {
    env,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 180_000,
    killSignal: 'SIGKILL',
  });
}

/** Reads the ports `up` chose from `dir/ports` (lines `I P2P RPC PROMETHEUS`). */
function readPorts(dir) {
  for (const line of readFileSync(join(dir, 'ports'), 'utf8').trim().split('\n')) {
    const [i, p2p, rpc, prometheus] = line.trim().split(/\s+/).map(Number);
    ports.set(i, { p2p, rpc, prometheus });
  }
}

/** Validator `i`'s RPC port. */
function rpcPort(i) {
  const port = ports.get(i)?.rpc;
  if (!port) throw new Error(`no RPC port recorded for validator ${i}`);
  return port;
}

/** A JSON-RPC call to validator `i`; `null` when it does not answer. */
async function rpc(i, method, params = []) {
  try {
    const response = await fetch(`http://127.0.0.1:${rpcPort(i)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }),
      signal: AbortSignal.timeout(5_000),
    });
    return (await response.json()).result ?? null;
  } catch {
    return null;
  }
}

/** Validator `i`'s best and finalized block numbers, and the finalized hash. */
async function heads(i) {
  const best = await rpc(i, 'chain_getHeader');
  const finalizedHash = await rpc(i, 'chain_getFinalizedHead');
  const finalized = finalizedHash && (await rpc(i, 'chain_getHeader', [finalizedHash]));
  if (!best || !finalized) return null;
  return {
    best: parseInt(best.number, 16),
    finalized: parseInt(finalized.number, 16),
    finalizedHash,
  };
}

/** Polls `check` every second until it returns a truthy value or `seconds` pass. */
async function until(what, seconds, check) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds} s: ${what}`);
    await new Promise((r) => setTimeout(r, 1000));
  }
}

/** Measures `fn` and records the figure under `name`. */
async function timed(name, fn) {
  const started = Date.now();
  const value = await fn();
  const seconds = (Date.now() - started) / 1000;
  timings.push([name, seconds]);
  console.log(`# ${name}: ${seconds.toFixed(1)} s`);
  return value;
}

describe('a four-validator network under faults', { timeout: 20 * 60_000 }, () => {
  let dir;
  let env;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deinfra-net-'));
    const chain = FAST ? specWithRuntime(dir, FAST, 'testnet') : 'testnet';
    env = { ...process.env, TESTNET_DIR: join(dir, 'net'), CHAIN: chain, DEINFRA_NODE: nodeBinary() };
    net(env, 'up', '4');
    readPorts(env.TESTNET_DIR);
    console.log(`# validators' RPC ports: ${[1, 2, 3, 4, 5].map(rpcPort).join(', ')}`);
  });

  after(() => {
    try {
      if (env) net(env, 'down');
    } finally {
      if (dir) rmSync(dir, { recursive: true, force: true });
      console.log('# timings: ' + JSON.stringify(Object.fromEntries(timings)));
    }
  });

  test('1. all four up: blocks are produced and finalized', async () => {
    await timed('four validators up to the first finalized block #2', () =>
      until('finalized #2 on every validator', 180, async () => {
        const all = await Promise.all([1, 2, 3, 4].map(heads));
        return all.every((h) => h && h.finalized >= 2);
      }),
    );
  });

  test('2. one validator killed: blocks and finality continue', async () => {
    net(env, 'kill', '4');
    const start = await until('validator 1 answers', 30, () => heads(1));
    await timed('three validators finalize three more blocks', () =>
      until('finality advances by 3', 120, async () => {
        const h = await heads(1);
        return h && h.finalized >= start.finalized + 3;
      }),
    );
  });

  test('3. two killed: finality stalls; both restarted: it catches up, nothing reverted', async () => {
    net(env, 'kill', '3');
    // Votes in flight may still finalize a block or two; then finality must stop.
    await new Promise((r) => setTimeout(r, 15_000));
    const stalled = await until('validator 1 answers', 30, () => heads(1));
    await new Promise((r) => setTimeout(r, 20_000));
    const later = await until('validator 1 answers', 30, () => heads(1));
    assert.equal(later.finalized, stalled.finalized, 'no finality with two of four validators');
    assert.ok(later.best > stalled.best, 'blocks are still produced');

    net(env, 'start', '3');
    net(env, 'start', '4');
    const resumed = await timed('restarted validators bring finality back past the stall', () =>
      until('finality passes the best block at the restart', 180, async () => {
        const h = await heads(1);
        return h && h.finalized > later.best ? h : null;
      }),
    );
    // The block finalized before the stall is still the chain's block at that height on every
    // validator, including those that were down.
    for (const i of [1, 2, 3, 4]) {
      const hash = await until(`validator ${i} answers`, 60, () =>
        rpc(i, 'chain_getBlockHash', [stalled.finalized]),
      );
      assert.equal(hash, stalled.finalizedHash, `validator ${i} kept finalized #${stalled.finalized}`);
    }
    assert.ok(resumed.finalized > stalled.finalized);
  });

  test('4. a validator restarts at its best block; a wiped one resyncs from peers', async () => {
    const before = await until('validator 2 answers', 30, () => heads(2));
    net(env, 'stop', '2');
    net(env, 'start', '2');
    const restarted = await until('validator 2 answers', 60, () => heads(2));
    assert.ok(restarted.best >= before.best, `resumed at #${restarted.best}, was #${before.best}`);
    assert.ok(restarted.finalized >= before.finalized);

    net(env, 'stop', '4');
    net(env, 'wipe', '4');
    const target = (await until('validator 1 answers', 30, () => heads(1))).best;
    net(env, 'start', '4');
    await timed('a wiped validator resyncs to the network', () =>
      until(`validator 4 reaches #${target}`, 180, async () => {
        const h = await heads(4);
        return h && h.best >= target && h.finalized > 0;
      }),
    );
  });

  test('5. a validator_admin referendum swaps a validator: the removal, then the addition, one per session', { skip: !FAST && 'needs the fast-runtime chain (DEINFRA_RUNTIME_WASM)' }, async () => {
    const provider = new WsProvider(`ws://127.0.0.1:${rpcPort(1)}`, 1_000, {}, 60_000);
    const api = await withDeadline(
      ApiPromise.create({ provider, noInitWarn: true, throwOnConnect: true }),
      60_000,
      '@polkadot/api connected to validator 1',
    ).catch(async (error) => {
      await provider.disconnect().catch(() => {});
      throw error;
    });
    try {
      const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
      const [alice, bob, charlie, dave, eve, ferdie] = ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie'].map((n) =>
        keyring.addFromUri(`//${n}`),
      );

      // Eve's node makes its session keys and proves them for Eve's account; Eve registers them.
      net(env, 'init', '5');
      net(env, 'start', '5');
      const generated = await until('validator 5 answers', 60, () =>
        rpc(5, 'author_rotateKeysWithOwner', [u8aToHex(eve.publicKey)]),
      );
      const setKeys = await send(api, api.tx.session.setKeys(generated.keys, generated.proof), eve);
      assert.equal(setKeys.error, null);

      // A referendum on the `validator_admin` track adds Eve and removes Dave (the council
      // alone cannot): Alice submits it, Bob places the decision deposit, and four endowed
      // accounts vote aye with 9,000,000 INFRA each, 30% of the active issuance, above the
      // track's support curve from the start.
      const call = api.tx.utility.batchAll([
        api.tx.validatorSet.addValidator(eve.address),
        api.tx.validatorSet.removeValidator(dave.address),
      ]);
      const { index, track } = await submitReferendum(api, { Origins: 'ValidatorAdmin' }, call, alice);
      assert.equal(track, 12, 'the validator_admin track');
      const deposit = await send(api, api.tx.referenda.placeDecisionDeposit(index), bob);
      assert.equal(deposit.error, null);
      const aye = { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 9_000_000n * UNIT } };
      const votes = await Promise.all(
        [alice, bob, charlie, ferdie].map((voter) => send(api, api.tx.convictionVoting.vote(index, aye), voter)),
      );
      for (const v of votes) assert.equal(v.error, null);

      await timed('the validator_admin referendum is enacted', () =>
        until('the governed set holds Eve and not Dave', 300, async () => {
          const governed = (await api.query.validatorSet.validators()).map((v) => v.toString());
          return governed.includes(eve.address) && !governed.includes(dave.address);
        }),
      );

      // One change per session on four validators, removals first: Dave leaves the session's
      // set, then Eve joins at the next session change (later only if a validator of that
      // session authored nothing). The two are never in a session's set together.
      let daveOut = null;
      const eveIn = await timed('after the referendum, Eve authors in a session without Dave', () =>
        until('Eve authors, Dave is out', 600, async () => {
          // One block's state for all three reads.
          const at = await api.at((await api.rpc.chain.getHeader()).hash);
          const session = (await at.query.session.currentIndex()).toNumber();
          const validators = (await at.query.session.validators()).map((v) => v.toString());
          assert.ok(
            !(validators.includes(eve.address) && validators.includes(dave.address)),
            `session ${session} has both Eve and Dave`,
          );
          if (!validators.includes(dave.address) && daveOut === null) daveOut = session;
          if (!validators.includes(eve.address)) return null;
          if ((await at.query.validatorSet.authoredBlocks(eve.address)).toNumber() === 0) return null;
          return session;
        }),
      );
      assert.ok(daveOut !== null && daveOut < eveIn, `Dave left in session ${daveOut}, before Eve joined in ${eveIn}`);
      // That session has four Aura authorities, Dave authored nothing in it, and the session's
      // set is the governed set.
      assert.equal((await api.query.aura.authorities()).length, 4);
      assert.equal((await api.query.validatorSet.authoredBlocks(dave.address)).toNumber(), 0);
      const sorted = (list) => list.map((v) => v.toString()).sort();
      assert.deepEqual(
        sorted(await api.query.session.validators()),
        sorted(await api.query.validatorSet.validators()),
      );
    } finally {
      await api.disconnect();
    }
  });
});
