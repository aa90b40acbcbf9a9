// A forkless runtime upgrade by referendum, on a running chain with real state: the chain starts
// on the last release's runtime (release 101, its fast-runtime build, from runtime/releases/101)
// with that release's development genesis; a provider bonds and starts unbonding, a tenant's
// lease pays it, a deployment records a CID. A referendum on the root track authorizes this
// build's runtime by its hash (`system.authorizeUpgrade`, a 33-byte preimage) and anyone
// applies the blob (`system.applyAuthorizedUpgrade`). After enactment the chain keeps
// producing and finalizing, `spec_version` moved, the release's migrations ran once, the lease
// pays the same amounts and @polkadot/api sees the new metadata.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { Keyring } from '@polkadot/keyring';
import { stringToU8a, u8aToHex } from '@polkadot/util';
import { blake2AsHex, xxhashAsHex } from '@polkadot/util-crypto';
import { specWithRuntime, startNode } from '../lib/node.js';
import { event, free, rpc, send, submitReferendum, waitBlocks, waitForBlock, withDeadline } from '../lib/chain.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const RELEASE = join(ROOT, 'runtime/releases/101');
const NEW_CODE = process.env.DEINFRA_RUNTIME_WASM;
const UNIT = 10n ** 12n;

const request = {
  resources: { cpuMillicores: 1000, memoryMib: 1024, storageGib: 10, bandwidthMbps: 10, gpus: 0 },
  gpu: null,
  region: null,
  attributes: [],
  verifiedAttributes: false,
};

const provider = {
  endpoint: 'https://dave.example',
  region: 'DE',
  capacity: { cpuMillicores: 8_000, memoryMib: 16_384, storageGib: 500, bandwidthMbps: 1_000, gpus: 0 },
  gpus: [],
  prices: { cpuMillicore: 1, memoryMib: 1, storageGib: 1, bandwidthMbps: 1, gpu: 0 },
  attributes: [],
};

/** A pallet's storage version as stored on chain (`:__STORAGE_VERSION__:`, a u16). */
async function storageVersion(node, pallet, at) {
  const key = xxhashAsHex(pallet, 128) + xxhashAsHex(':__STORAGE_VERSION__:', 128).slice(2);
  const raw = await rpc(node.provider, 'state_getStorage', at ? [key, at] : [key]);
  if (raw === null) return 0;
  return Buffer.from(raw.slice(2), 'hex').readUInt16LE(0);
}

/**
 * Runs scripts/try-runtime.sh against the node (this tree's runtime on the chain's live state,
 * natively, with every check) and returns its output; fails the test when it fails. The
 * scripts/test.sh run has built it already; alone, the first run compiles it.
 */
async function tryRuntime(node) {
  try {
    const { stdout } = await promisify(execFile)(
      'bash',
      [join(ROOT, 'scripts/try-runtime.sh'), '--fast-runtime', `ws://127.0.0.1:${node.rpcPort}`],
      { timeout: 30 * 60_000, killSignal: 'SIGKILL', maxBuffer: 64 * 1024 * 1024 },
    );
    return stdout;
  } catch (error) {
    throw new Error(`scripts/try-runtime.sh failed:\n${error.stdout}\n${error.stderr}`);
  }
}

/** Polls `check` once per block until it returns a truthy value, for at most `blocks` blocks. */
async function within(api, blocks, what, check) {
  const start = (await api.rpc.chain.getHeader()).number.toNumber();
  for (;;) {
    const value = await check();
    if (value) return value;
    const now = (await api.rpc.chain.getHeader()).number.toNumber();
    assert.ok(now < start + blocks, `${what} within ${blocks} blocks`);
    await waitBlocks(api, 1);
  }
}

describe('runtime upgrade by referendum from release 101', {
  skip: !NEW_CODE && 'needs the fast-runtime build of this tree (DEINFRA_RUNTIME_WASM)',
  timeout: 45 * 60_000,
}, () => {
  let node;
  let api;
  let dir;
  const k = {};
  const s = {};

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'deinfra-upgrade-'));
    const genesis = JSON.parse(readFileSync(join(RELEASE, 'dev-genesis.json'), 'utf8'));
    const spec = specWithRuntime(dir, join(RELEASE, 'deinfra_runtime_fast.compressed.wasm'), 'dev', genesis);
    node = await startNode({
      chainArgs: ['--chain', spec, '--alice', '--validator', '--force-authoring',
        '--node-key', '0000000000000000000000000000000000000000000000000000000000000001'],
    });
    api = node.api;
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    for (const name of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) {
      k[name.toLowerCase()] = keyring.addFromUri(`//${name}`);
    }
    await waitForBlock(api, 1);
  });

  after(async () => {
    if (node) await node.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('1. release 101 runs with a bonded provider, an unbonding chunk, a paying lease and a deployment', async () => {
    assert.equal(api.runtimeVersion.specVersion.toNumber(), 101);
    assert.equal(api.runtimeVersion.transactionVersion.toNumber(), 2);
    // Release 101 has the one-step slash; the two-step one is this build's.
    assert.equal(typeof api.tx.providers.slash, 'function');
    assert.equal(api.tx.providers.proposeSlash, undefined);
    assert.equal(await storageVersion(node, 'ProtocolParams'), 1);
    assert.equal(await storageVersion(node, 'Providers'), 0);
    assert.equal(await storageVersion(node, 'ValidatorSet'), 0);

    const registered = await send(api, api.tx.providers.register(provider, 2_000n * UNIT), k.dave);
    assert.equal(registered.error, null);
    const unbonded = await send(api, api.tx.providers.unbond(500n * UNIT), k.dave);
    assert.equal(unbonded.error, null);
    s.unbondedAt = unbonded.blockNumber;
    const [chunk] = (await api.query.providers.unbonding(k.dave.address)).toJSON();
    const period = (await api.query.protocolParams.params()).unwrap().unbondingPeriod.toNumber();
    // Release 101 stores the unlock block.
    assert.equal(BigInt(chunk.amount), 500n * UNIT);
    assert.equal(chunk.unlockAt, s.unbondedAt + period);
    s.unlockAt = chunk.unlockAt;

    const ordered = await send(api, api.tx.market.createOrder(request, UNIT, 100n * UNIT, null), k.eve);
    assert.equal(ordered.error, null);
    const { order, escrow } = event(ordered, 'market.OrderCreated').json;
    s.escrow = escrow;
    const bid = await send(api, api.tx.market.placeBid(order, UNIT / 10n), k.dave);
    assert.equal(bid.error, null);
    const accepted = await send(api, api.tx.market.acceptBid(order, event(bid, 'market.BidPlaced').json.bid), k.eve);
    assert.equal(accepted.error, null);
    s.lease = event(accepted, 'market.LeaseCreated').json.lease;
    s.price = UNIT / 10n;
    s.startedAt = accepted.blockNumber;

    const deployed = await send(
      api,
      api.tx.deployments.create('site', 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi', s.lease),
      k.eve,
    );
    assert.equal(deployed.error, null);
    s.deployment = event(deployed, 'deployments.Created').json.deployment;

    const status = await rpc(node.provider, 'market_leaseStatus', [s.lease]);
    assert.equal(BigInt(status.escrow.accrued), s.price * BigInt(status.at - s.startedAt));

    // A referendum stays open (no decision deposit yet) through the try-runtime runs.
    const call = api.tx.protocolParams.setParams({ takeRate: 60_000_000n });
    s.openReferendum = (await submitReferendum(api, { Origins: 'ProtocolParamsAdmin' }, call, k.charlie)).index;
  });

  test('2. before the vote, try-runtime runs the new code\'s migrations on the chain\'s live state', async () => {
    const output = await tryRuntime(node);
    assert.match(output, /on-runtime-upgrade at #\d+ \(from an older release\): every pre\/post-upgrade and try_state check passed/);
    assert.match(output, /execute-block #\d+ \(\d+ extrinsics\): every try_state check passed/);
    assert.match(output, /test result: ok\. 2 passed/);
    const info = await api.query.referenda.referendumInfoFor(s.openReferendum);
    assert.ok(info.unwrap().isOngoing, 'the referendum is still open');
  });

  test('3. a root-track referendum authorizes the new code by its hash; anyone applies the blob', async () => {
    const code = readFileSync(NEW_CODE);
    s.codeHash = blake2AsHex(code, 256);
    const call = api.tx.system.authorizeUpgrade(s.codeHash);
    assert.ok(call.method.encodedLength < 40, 'the preimage is the call with the hash, not the code');
    const { index, track } = await submitReferendum(api, { system: 'Root' }, call, k.alice);
    assert.equal(track, 0);
    const deposit = await send(api, api.tx.referenda.placeDecisionDeposit(index), k.bob);
    assert.equal(deposit.error, null);
    const vote = { Standard: { vote: { aye: true, conviction: 'Locked1x' }, balance: 9_000_000n * UNIT } };
    const votes = await Promise.all(
      ['alice', 'bob', 'charlie', 'dave', 'eve', 'ferdie'].map((who) =>
        send(api, api.tx.convictionVoting.vote(index, vote), k[who]),
      ),
    );
    for (const v of votes) assert.equal(v.error, null);

    // Prepare, decide, confirm and enact: blocks on the fast runtime.
    const authorized = await within(api, 40, 'the upgrade is authorized', async () => {
      const value = await api.query.system.authorizedUpgrade();
      return value.isSome ? value.unwrap() : null;
    });
    assert.equal(authorized.codeHash.toHex(), s.codeHash);
    const info = await api.query.referenda.referendumInfoFor(index);
    assert.ok(info.unwrap().isApproved, 'the referendum is approved');

    // The blob is checked against the authorized hash; whoever submits it pays no fee. The
    // block that includes it already reports the new runtime version, so its events are read
    // back through the chain state rather than decoded with the new metadata.
    const applied = await send(api, api.tx.system.applyAuthorizedUpgrade(u8aToHex(code)), k.ferdie);
    s.upgradedAt = applied.blockNumber;
    const parent = (await api.rpc.chain.getHeader(applied.blockHash)).parentHash.toHex();
    const stored = await rpc(node.provider, 'state_getStorage', [u8aToHex(stringToU8a(':code')), applied.blockHash.toHex()]);
    assert.equal(blake2AsHex(stored, 256), s.codeHash, 'the block set the authorized code');
    const authorizedKey = xxhashAsHex('System', 128) + xxhashAsHex('AuthorizedUpgrade', 128).slice(2);
    assert.equal(await rpc(node.provider, 'state_getStorage', [authorizedKey, applied.blockHash.toHex()]), null);
    // Ferdie does nothing else meanwhile: the balance after the new code's first block is the
    // balance before the upgrade.
    await waitForBlock(api, s.upgradedAt + 1);
    const next = await api.rpc.chain.getBlockHash(s.upgradedAt + 1);
    assert.equal(await free(api, k.ferdie.address, next), await free(api, k.ferdie.address, parent));
  });

  test('4. the new runtime runs: spec_version moved, the migrations ran once, clients see the new metadata', async () => {
    await withDeadline(
      (async () => {
        while (api.runtimeVersion.specVersion.toNumber() === 101) await waitBlocks(api, 1);
      })(),
      120_000,
      '@polkadot/api sees the new runtime version',
    );
    const version = api.runtimeVersion;
    assert.ok(version.specVersion.toNumber() > 101);
    assert.equal(version.transactionVersion.toNumber(), 3);
    // The decorated calls follow the new metadata.
    assert.equal(typeof api.tx.providers.proposeSlash, 'function');
    assert.equal(api.tx.providers.slash, undefined);

    // Migrations run in the first block of the new code, and only there: the storage versions
    // moved, and frame-system records the new version so that no later block runs them again.
    await within(api, 5, 'frame-system records the new version', async () => {
      const last = (await api.query.system.lastRuntimeUpgrade()).unwrap();
      return last.specVersion.toNumber() === version.specVersion.toNumber();
    });
    assert.equal(await storageVersion(node, 'ProtocolParams'), 2);
    assert.equal(await storageVersion(node, 'Providers'), 1);
    const setCode = (await api.rpc.chain.getBlockHash(s.upgradedAt)).toHex();
    const first = (await api.rpc.chain.getBlockHash(s.upgradedAt + 1)).toHex();
    assert.equal(await storageVersion(node, 'Providers', setCode), 0, 'the block that set the code did not migrate');
    assert.equal(await storageVersion(node, 'Providers', first), 1, 'the first block of the new code migrated');
    assert.equal(await storageVersion(node, 'ProtocolParams', first), 2);
    assert.equal(await storageVersion(node, 'ValidatorSet', first), 1);
    // Validator-set v1 starts its records from the active set.
    const queued = (await api.query.validatorSet.queuedValidators()).map((v) => v.toString());
    assert.deepEqual(queued, [k.alice.address]);
    const params = (await api.query.protocolParams.params()).unwrap();
    assert.equal(params.slashDeferral.toNumber(), 25, 'protocol-params v2 added the slash deferral');
    // Providers v1: the chunk records the block it started, so it unlocks at the same block.
    const [chunk] = (await api.query.providers.unbonding(k.dave.address)).toJSON();
    assert.equal(BigInt(chunk.amount), 500n * UNIT);
    assert.equal(chunk.started, s.unlockAt - params.unbondingPeriod.toNumber());
    assert.equal(chunk.started, s.unbondedAt);
    // The deployment is read through the new metadata as it was written.
    const deployment = (await api.query.deployments.deployments(s.deployment)).unwrap();
    assert.equal(deployment.lease.unwrap().toNumber(), Number(s.lease));

    // A later block leaves the migrated state alone.
    await waitBlocks(api, 2);
    const [again] = (await api.query.providers.unbonding(k.dave.address)).toJSON();
    assert.deepEqual(again, chunk);
    assert.equal(await storageVersion(node, 'Providers'), 1);
  });

  test('5. the chain keeps finalizing and the lease pays the same amounts', async () => {
    const finalized = await within(api, 30, 'a block after the upgrade is finalized', async () => {
      const head = await api.rpc.chain.getFinalizedHead();
      const number = (await api.rpc.chain.getHeader(head)).number.toNumber();
      return number > s.upgradedAt + 1 ? number : null;
    });
    assert.ok(finalized > s.upgradedAt + 1);

    const status = await rpc(node.provider, 'market_leaseStatus', [s.lease]);
    assert.equal(BigInt(status.escrow.accrued), s.price * BigInt(status.at - s.startedAt));
    const withdrawn = await send(api, api.tx.escrow.withdraw(s.escrow), k.dave);
    assert.equal(withdrawn.error, null);
    const settled = event(withdrawn, 'escrow.Settled').json;
    assert.equal(
      BigInt(settled.paid) + BigInt(settled.fee),
      s.price * BigInt(withdrawn.blockNumber - s.startedAt),
      'every block before and after the upgrade paid the lease price',
    );
  });

  test('6. on the upgraded chain, try-runtime replays a block with state root and signatures checked', async () => {
    const output = await tryRuntime(node);
    assert.match(output, /on-runtime-upgrade at #\d+ \(same release\): every pre\/post-upgrade and try_state check passed/);
    assert.match(output, /execute-block #\d+ \(\d+ extrinsics\): every try_state check passed; state root and signatures checked/);
  });
});
