// What the throughput and scaling benchmarks share: many funded accounts, pre-signed
// transactions, and counting what lands in each finalized block.

import { Keyring } from '@polkadot/keyring';
import { fields, rpc } from '../lib/chain.js';
import { freePort, startNode } from '../lib/node.js';

export const UNIT = 10n ** 12n;

/** A small request (a tenth of a core): a provider can host thousands. */
export const request = {
  resources: { cpuMillicores: 100, memoryMib: 128, storageGib: 1, bandwidthMbps: 1, gpus: 0 },
  gpu: null,
  region: null,
  attributes: [],
  verifiedAttributes: false,
};

/** The registration of bench provider `i`: a large machine in DE. */
export const providerInfo = (i) => ({
  endpoint: `https://provider-${i}.bench.example`,
  region: 'DE',
  capacity: {
    cpuMillicores: 1_000_000,
    memoryMib: 1_000_000,
    storageGib: 100_000,
    bandwidthMbps: 100_000,
    gpus: 0,
  },
  gpus: [],
  prices: { cpuMillicore: 1, memoryMib: 1, storageGib: 1, bandwidthMbps: 1, gpu: 0 },
  attributes: [],
});

/** Command-line options `--name value` with defaults; numbers stay numbers. */
export function options(defaults) {
  const out = { ...defaults };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '').replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(name in defaults)) throw new Error(`unknown option ${argv[i]}`);
    out[name] = typeof defaults[name] === 'number' ? Number(argv[i + 1]) : argv[i + 1];
  }
  return out;
}

/** `count` sr25519 accounts derived from `//bench//<role>//<i>`. */
export function accounts(role, count) {
  const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
  return Array.from({ length: count }, (_, i) => keyring.addFromUri(`//bench//${role}//${i}`));
}

/** The dev account `name` (`Alice`, ...). */
export function devAccount(name) {
  return new Keyring({ type: 'sr25519', ss58Format: 42 }).addFromUri(`//${name}`);
}

/** Hands out nonces: the chain's next index for an account seen the first time. */
export class Nonces {
  constructor(api) {
    this.api = api;
    this.next = new Map();
  }

  async take(pair) {
    if (!this.next.has(pair.address)) {
      const index = await this.api.rpc.system.accountNextIndex(pair.address);
      this.next.set(pair.address, index.toNumber());
    }
    const nonce = this.next.get(pair.address);
    this.next.set(pair.address, nonce + 1);
    return nonce;
  }
}

/** Signs `(pair, tx)` pairs offline (immortal era, explicit nonces). */
export async function presign(nonces, items) {
  const signed = [];
  for (const [pair, tx] of items) {
    signed.push(await tx.signAsync(pair, { nonce: await nonces.take(pair), era: 0 }));
  }
  return signed;
}

/** Runs `tasks` (functions returning promises) with at most `limit` in flight. */
async function pooled(tasks, limit) {
  const results = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      results[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return results;
}

/** The normal dispatch class's weight limit (ref time), what user transactions may fill. */
export function normalLimit(api) {
  const limits = api.consts.system.blockWeights;
  const normal = limits.perClass.normal.maxTotal;
  return normal.isSome ? normal.unwrap().refTime.toBigInt() : limits.maxBlock.refTime.toBigInt();
}

/**
 * Submits the pre-signed `signed` transactions at once and follows the finalized chain until
 * all of them are in finalized blocks (or stop arriving). Returns per-block figures for the
 * blocks that carried them: `{ number, count, failed, weight, length, moment }`, the number
 * the pool rejected, and the events named in `collect` that these transactions emitted (their
 * fields by name).
 */
export async function submitAndFollow(api, signed, { stallBlocks = 6, collect = [] } = {}) {
  const wanted = new Set(signed.map((tx) => tx.hash.toHex()));
  let last = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();

  const rejected = (
    await pooled(
      signed.map((tx) => () =>
        api.rpc.author.submitExtrinsic(tx).then(
          () => 0,
          () => 1,
        ),
      ),
      64,
    )
  ).reduce((a, b) => a + b, 0);

  const expected = wanted.size - rejected;
  const blocks = [];
  const collected = [];
  let included = 0;
  let idle = 0;
  while (included < expected && idle < stallBlocks) {
    const head = (await api.rpc.chain.getHeader(await api.rpc.chain.getFinalizedHead())).number.toNumber();
    if (head === last) {
      await new Promise((r) => setTimeout(r, 500));
      continue;
    }
    for (let n = last + 1; n <= head; n++) {
      const hash = await api.rpc.chain.getBlockHash(n);
      const block = (await api.rpc.chain.getBlock(hash)).block;
      const ours = [];
      block.extrinsics.forEach((ext, index) => {
        if (wanted.has(ext.hash.toHex())) ours.push(index);
      });
      if (ours.length === 0) {
        idle++;
        continue;
      }
      idle = 0;
      const at = await api.at(hash);
      const [events, weight, moment] = await Promise.all([
        at.query.system.events(),
        at.query.system.blockWeight(),
        at.query.timestamp.now(),
      ]);
      const failedIndexes = new Set(
        events
          .filter(({ event }) => api.events.system.ExtrinsicFailed.is(event))
          .map(({ phase }) => phase.asApplyExtrinsic.toNumber()),
      );
      for (const { phase, event } of events) {
        const name = `${event.section}.${event.method}`;
        if (collect.includes(name) && phase.isApplyExtrinsic && ours.includes(phase.asApplyExtrinsic.toNumber())) {
          collected.push({ name, ...fields(event.data) });
        }
      }
      included += ours.length;
      blocks.push({
        number: n,
        count: ours.length,
        failed: ours.filter((i) => failedIndexes.has(i)).length,
        weight: weight.normal.refTime.toBigInt(),
        length: block.extrinsics.reduce((sum, ext) => sum + ext.encodedLength, 0),
        moment: moment.toNumber(),
      });
    }
    last = head;
  }
  return { blocks, rejected, missing: expected - included, events: collected };
}

/** Sums up one `submitAndFollow` run: the fullest block's count, weight share and tx/s. */
export function summarize(api, name, run, blockMillis) {
  const limit = normalLimit(api);
  const peak = run.blocks.reduce((a, b) => (b.count > a.count ? b : a), { count: 0, weight: 0n });
  const total = run.blocks.reduce((sum, b) => sum + b.count, 0);
  const failed = run.blocks.reduce((sum, b) => sum + b.failed, 0);
  return {
    call: name,
    txs: total,
    failed: failed + run.rejected + run.missing,
    blocks: run.blocks.length,
    perBlock: peak.count,
    perSecond: Math.round((peak.count * 1000) / blockMillis),
    weightPct: Number((peak.weight * 10_000n) / limit) / 100,
    length: peak.length || 0,
  };
}

/** The validator's fixed network key, so the peer can name it in `--bootnodes`. */
const NODE_KEY = '0000000000000000000000000000000000000000000000000000000000000001';

/**
 * Starts a `--dev` validator with raised pool limits and a second, non-validating node that
 * imports its blocks over the network and serves Prometheus metrics on `promPort`.
 */
export async function startValidatorAndPeer() {
  const validator = await startNode({
    extraArgs: ['--node-key', NODE_KEY, '--pool-limit', '100000', '--pool-kbytes', '512000'],
  });
  const peerId = await rpc(validator.provider, 'system_localPeerId');
  const promPort = await freePort();
  const peer = await startNode({
    chainArgs: ['--chain', 'dev', '--bootnodes', `/ip4/127.0.0.1/tcp/${validator.p2pPort}/p2p/${peerId}`],
    extraArgs: ['--prometheus-port', String(promPort)],
  });
  return { validator, peer, promPort };
}

/** The import-time histogram of a node's Prometheus endpoint: total seconds and blocks. */
export async function importMetrics(port) {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const value = (name) => {
    // `name{chain="..."} value` (or `name value` without labels)
    const line = text.split('\n').find((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
    return line ? Number(line.slice(line.lastIndexOf(' ') + 1)) : 0;
  };
  return {
    seconds: value('substrate_block_verification_and_import_time_sum'),
    count: value('substrate_block_verification_and_import_time_count'),
  };
}

/**
 * Follows the new best blocks of `node` (started with `--prometheus-port port`) and attributes
 * each import-time observation to its block: `times.get(number)` is the verification and
 * import time in ms of a block that arrived alone (blocks imported together are left out),
 * `seen.get(number)` when (`Date.now()`) the node reported it as its new best block. The node
 * notes the observation just after it announces the block: when it is not there yet, the
 * metrics are read again (for up to a second).
 */
export async function followImports(node, port) {
  const times = new Map();
  const seen = new Map();
  let last = await importMetrics(port);
  let stopped = false;
  let queue = Promise.resolve();
  const attribute = async (number) => {
    let now;
    for (let attempt = 0; attempt < 20; attempt++) {
      try {
        now = await importMetrics(port);
      } catch (error) {
        if (stopped) return; // the node is shutting down
        throw error;
      }
      if (now.count !== last.count) break;
      await new Promise((r) => setTimeout(r, 50));
    }
    if (now.count - last.count === 1) times.set(number, (now.seconds - last.seconds) * 1000);
    last = now;
  };
  const unsubscribe = await node.api.rpc.chain.subscribeNewHeads((header) => {
    const number = header.number.toNumber();
    seen.set(number, Date.now());
    queue = queue.then(() => attribute(number)).catch((error) => console.error(error));
  });
  return {
    times,
    seen,
    unsubscribe: () => {
      stopped = true;
      unsubscribe();
    },
  };
}

/** Records when (`Date.now()`) `api`'s node reports each new best block: number -> ms. */
export async function followHeads(api) {
  const seen = new Map();
  const unsubscribe = await api.rpc.chain.subscribeNewHeads((header) => {
    seen.set(header.number.toNumber(), Date.now());
  });
  return { seen, unsubscribe };
}
