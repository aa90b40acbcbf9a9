// How long a full block takes to import. A `--dev` validator and a second, non-validating node
// that imports its blocks over the network (as in bench/scaling.js); blocks are filled with
//   - remarks to the normal class's length limit (75% of the 2 MiB block: 1.5 MiB),
//   - operational transactions (`council.execute` of a remark, by council members) to the whole
//     2 MiB (the normal class's length limit counts the whole block, so normal transactions
//     cannot add bytes after an operational one: the 2 MiB block is all operational),
//   - `market.create_order`, `market.place_bid` and `market.accept_bid` to the normal class's
//     weight limit (1.5 s),
// and, for every such block, measured:
//   - the second node's verification and import time (Prometheus
//     `substrate_block_verification_and_import_time`, one observation per block),
//   - when the second node had it as its best block, after the validator had it (both as
//     reported to this script over RPC), and after the slot started (the block's timestamp),
//   - the validator's authoring time (its log: "Prepared block for proposing at N (X ms)").
// A block counts as full when it holds at least 97% of its limit (bytes for remarks, weight for
// the market calls). Run by scripts/bench-blocks.sh (not part of CI).
//
//   node bench/blocks.js [--blocks 2] [--tenants 1000] [--providers 100] [--remarks 16]
//                        [--operational 4] [--window 5] [--fill 1]
//                        [--kinds empty,remark,operational,create_order,place_bid,accept_bid]
//
// --blocks: full blocks wanted of each kind (about one more block's worth is submitted);
// --remarks / --operational: transactions that fill one block of remarks / operational calls;
// --fill: scales the market calls' count (below 1 for a quick functional check: no block is
// full then, and the fullest block of each kind is reported instead).

import { u8aToHex } from '@polkadot/util';
import { cryptoWaitReady } from '@polkadot/util-crypto';
import {
  UNIT,
  Nonces,
  accounts,
  devAccount,
  followHeads,
  followImports,
  normalLimit,
  options,
  presign,
  providerInfo,
  request,
  startValidatorAndPeer,
  submitAndFollow,
} from './harness.js';

const FULL = 0.97;

const opts = options({
  blocks: 2,
  tenants: 1000,
  providers: 100,
  remarks: 16,
  operational: 4,
  window: 5,
  fill: 1,
  kinds: 'empty,remark,operational,create_order,place_bid,accept_bid',
});

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Resolves at `api`'s next new best block. */
function nextHead(api) {
  return new Promise((resolve, reject) => {
    let unsubscribe;
    let first = true;
    api.rpc.chain
      .subscribeNewHeads((header) => {
        // the subscription reports the current head at once
        if (first) {
          first = false;
          return;
        }
        unsubscribe?.();
        resolve(header.number.toNumber());
      })
      .then((u) => (unsubscribe = u), reject);
  });
}

/** The validator's authoring figures from its log, by block number. */
function authoringFrom(log, into) {
  const re = /Prepared block for proposing at (\d+) \((\d+) ms\).*?end: (\w+); extrinsics_count: (\d+)/g;
  for (const m of log.matchAll(re)) {
    into.set(Number(m[1]), { ms: Number(m[2]), end: m[3] });
  }
}

async function main() {
  await cryptoWaitReady();
  const started = Date.now();
  const kinds = opts.kinds.split(',');
  const { validator, peer, promPort } = await startValidatorAndPeer();
  const { api } = validator;
  const rows = [];
  const authoring = new Map();
  let imports;
  let heads;
  try {
    imports = await followImports(peer, promPort);
    heads = await followHeads(api);
    const logTimer = setInterval(() => authoringFrom(validator.log(), authoring), 1000);
    logTimer.unref();

    const limit = normalLimit(api);
    const maxLength = api.consts.system.blockLength.max;
    const normalLength = maxLength.normal.toNumber();
    const operationalLength = maxLength.operational.toNumber();
    const baseExtrinsic = api.consts.system.blockWeights.perClass.normal.baseExtrinsic.refTime.toBigInt();
    const nonces = new Nonces(api);
    const alice = devAccount('Alice');

    /** Figures of block `number`: its encoded size, weights, timestamp and import times. */
    const blockFigures = async (number) => {
      const hash = await api.rpc.chain.getBlockHash(number);
      const block = (await api.rpc.chain.getBlock(hash)).block;
      const at = await api.at(hash);
      const [weight, moment] = await Promise.all([at.query.system.blockWeight(), at.query.timestamp.now()]);
      // the peer may report its head a little after this script saw it on the validator
      for (let i = 0; i < 60 && !imports.seen.has(number); i++) await sleep(500);
      const peerSeen = imports.seen.get(number);
      return {
        number,
        extrinsics: block.extrinsics.length,
        size: block.encodedLength,
        extrinsicsLength: block.extrinsics.reduce((s, e) => s + e.encodedLength, 0),
        normal: weight.normal.refTime.toBigInt(),
        operational: weight.operational.refTime.toBigInt(),
        importMs: imports.times.get(number),
        afterValidatorMs: peerSeen && heads.seen.has(number) ? peerSeen - heads.seen.get(number) : undefined,
        afterSlotMs: peerSeen ? peerSeen - moment.toNumber() : undefined,
        authoring: authoring.get(number),
      };
    };

    /**
     * Submits `items` (pre-signed, then sent right after a new block so that they reach the
     * pool early in a slot). Returns the figures of the blocks that carried them and the fields
     * of the events named `collect` that they emitted.
     */
    const run = async (name, items, collect = []) => {
      const signed = await presign(nonces, items);
      await nextHead(api);
      const result = await submitAndFollow(api, signed, { collect });
      const failed = result.blocks.reduce((s, b) => s + b.failed, 0) + result.rejected + result.missing;
      if (failed > 0) throw new Error(`${name}: ${failed} transactions did not succeed`);
      console.error(`  ${name}: ${items.length} in ${result.blocks.length} blocks`);
      authoringFrom(validator.log(), authoring);
      const figures = [];
      for (const b of result.blocks) figures.push({ ...(await blockFigures(b.number)), count: b.count });
      return { figures, events: result.events };
    };

    /** One table row from the blocks of a kind: the full ones, or else the fullest one. */
    const measure = (kind, figures, share) => {
      let picked = figures.filter((f) => share(f) >= FULL);
      const full = picked.length > 0;
      if (!full) picked = [figures.reduce((a, b) => (share(b) > share(a) ? b : a))];
      const timed = picked.filter((f) => f.importMs !== undefined);
      const row = {
        kind,
        full,
        blocks: picked.map((f) => f.number),
        txs: mean(picked.map((f) => f.count)),
        size: mean(picked.map((f) => f.size)),
        lengthPct: mean(picked.map((f) => f.extrinsicsLength / normalLength)) * 100,
        normalPct: mean(picked.map((f) => Number((f.normal * 10_000n) / limit) / 100)),
        operationalPct: mean(picked.map((f) => Number((f.operational * 10_000n) / limit) / 100)),
        importMs: mean(timed.map((f) => f.importMs)),
        importMin: Math.min(...timed.map((f) => f.importMs)),
        importMax: Math.max(...timed.map((f) => f.importMs)),
        samples: timed.length,
        afterValidatorMs: mean(picked.filter((f) => f.afterValidatorMs !== undefined).map((f) => f.afterValidatorMs)),
        afterSlotMs: mean(picked.filter((f) => f.afterSlotMs !== undefined).map((f) => f.afterSlotMs)),
        authoringMs: mean(picked.filter((f) => f.authoring).map((f) => f.authoring.ms)),
        authoringEnd: [...new Set(picked.filter((f) => f.authoring).map((f) => f.authoring.end))].join(', '),
      };
      rows.push(row);
      console.error(row);
      console.error(
        figures.map((f) => ({ ...f, normal: Number(f.normal) / 1e9, operational: Number(f.operational) / 1e9 })),
      );
    };

    if (kinds.includes('empty')) {
      const from = (await nextHead(api)) + 1;
      while ((await api.rpc.chain.getHeader()).number.toNumber() < from + opts.window) await sleep(500);
      await sleep(1000);
      authoringFrom(validator.log(), authoring);
      const figures = [];
      for (let n = from; n < from + opts.window; n++) figures.push({ ...(await blockFigures(n)), count: 0 });
      measure('empty (timestamp only)', figures, () => 1);
    }

    // What every block spends of each class's length limit before any transaction: its header
    // without the seal (the runtime counts it from `initialize`) and the timestamp inherent.
    const latest = (await api.rpc.chain.getBlock()).block;
    const seal = latest.header.digest.logs.filter((log) => log.isSeal).reduce((s, log) => s + log.encodedLength, 0);
    const overhead = latest.header.encodedLength - seal + latest.extrinsics[0].encodedLength;
    /** `count` transactions `make(payload)` from `signer` that fill `bytes` of a block. */
    const filler = async (signer, count, bytes, make) => {
      // the length without the payload (the payload's compact prefix: 4 bytes above 16 KiB)
      const probe = await make(u8aToHex(new Uint8Array(20_000))).signAsync(signer, { nonce: 1_000_000, era: 0 });
      const fixed = probe.encodedLength - 20_000;
      // 16 bytes to spare: a digest item more, a shorter nonce
      const each = Math.floor((bytes - overhead - 16) / count) - fixed;
      return (i) => make(u8aToHex(new Uint8Array(each).fill((i % 251) + 1)));
    };

    if (kinds.includes('remark')) {
      const make = await filler(alice, opts.remarks, normalLength, (p) => api.tx.system.remark(p));
      const n = opts.remarks * (opts.blocks + 1);
      const { figures } = await run('system.remark', Array.from({ length: n }, (_, i) => [alice, make(i)]));
      measure('system.remark, length-full (normal)', figures, (f) => f.extrinsicsLength / normalLength);
    }

    if (kinds.includes('operational')) {
      // council.execute is operational; Alice, Bob and Charlie are the dev chain's council.
      const council = ['Alice', 'Bob', 'Charlie'].map(devAccount);
      const make = await filler(alice, opts.operational, operationalLength, (p) => {
        const proposal = api.tx.system.remark(p);
        return api.tx.council.execute(proposal, proposal.method.encodedLength);
      });
      const n = opts.operational * (opts.blocks + 1);
      const { figures } = await run(
        'council.execute(system.remark)',
        Array.from({ length: n }, (_, i) => [council[i % council.length], make(i)]),
      );
      measure('council.execute(remark), length-full (operational)', figures, (f) => f.extrinsicsLength / operationalLength);
    }

    const market = ['create_order', 'place_bid', 'accept_bid'].filter((k) => kinds.includes(k));
    if (market.length > 0) {
      // How many of each call a block holds by weight, from the call's weight with its
      // extensions and the extrinsic base; enough orders for `blocks + 1` blocks of each.
      const capacity = async (tx) => {
        const info = await tx.paymentInfo(alice);
        return Number(limit / (info.weight.refTime.toBigInt() + baseExtrinsic));
      };
      const caps = {
        create_order: await capacity(api.tx.market.createOrder(request, UNIT / 100n, 20n * UNIT, null)),
        place_bid: await capacity(api.tx.market.placeBid(1, UNIT / 200n)),
        accept_bid: await capacity(api.tx.market.acceptBid(1, 1)),
      };
      // the estimate leaves out what the extensions refund; 20% more covers it
      const orders = Math.ceil(Math.max(...Object.values(caps)) * 1.2 * (opts.blocks + 1) * opts.fill);
      console.error(`capacity by weight: ${JSON.stringify(caps)}; ${orders} orders`);

      const tenants = accounts('tenant', opts.tenants);
      const providers = accounts('provider', opts.providers);
      const perTenant = Math.ceil(orders / tenants.length);
      const perProvider = Math.ceil(orders / providers.length);
      const payees = [
        ...tenants.map((t) => [t.address, BigInt(perTenant) * 21n * UNIT + 100n * UNIT]),
        ...providers.map((p) => [p.address, 1_100n * UNIT + BigInt(perProvider) * 2n * UNIT]),
      ];
      const batches = [];
      for (let i = 0; i < payees.length; i += 1000) {
        const calls = payees.slice(i, i + 1000).map(([who, amount]) => api.tx.balances.transferKeepAlive(who, amount));
        batches.push([alice, api.tx.utility.batchAll(calls)]);
      }
      await run('funding', batches);
      await run(
        'providers.register',
        providers.map((p, i) => [p, api.tx.providers.register(providerInfo(i), 1_000n * UNIT)]),
      );

      const orderItems = Array.from({ length: orders }, (_, i) => [
        tenants[i % tenants.length],
        api.tx.market.createOrder(request, UNIT / 100n, 20n * UNIT, null),
      ]);
      const created = await run('market.create_order', orderItems, ['market.OrderCreated']);
      if (kinds.includes('create_order')) {
        measure('market.create_order, weight-full', created.figures, (f) => Number(f.normal) / Number(limit));
      }
      if (kinds.includes('place_bid') || kinds.includes('accept_bid')) {
        const placed = await run(
          'market.place_bid',
          created.events.map((e, i) => [providers[i % providers.length], api.tx.market.placeBid(e.order, UNIT / 200n)]),
          ['market.BidPlaced'],
        );
        if (kinds.includes('place_bid')) {
          measure('market.place_bid, weight-full', placed.figures, (f) => Number(f.normal) / Number(limit));
        }
        if (kinds.includes('accept_bid')) {
          const byAddress = new Map(tenants.map((p) => [p.address, p]));
          const tenantOf = new Map(created.events.map((e) => [e.order, e.tenant]));
          const accepted = await run(
            'market.accept_bid',
            placed.events.map((e) => [byAddress.get(tenantOf.get(e.order)), api.tx.market.acceptBid(e.order, e.bid)]),
          );
          measure('market.accept_bid, weight-full', accepted.figures, (f) => Number(f.normal) / Number(limit));
        }
      }
    }
    clearInterval(logTimer);
    report(rows, limit, normalLength, (Date.now() - started) / 1000);
  } finally {
    imports?.unsubscribe();
    heads?.unsubscribe();
    await peer.stop();
    await validator.stop();
  }
}

function report(rows, limit, normalLength, seconds) {
  const f = (x, d = 0) => (Number.isFinite(x) ? x.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d }) : '–');
  console.log(
    `\nDeInfra full-block import: a --dev validator and a full node importing its blocks over the network ` +
      `(normal class: ${f(Number(limit) / 1e9)} ms of weight, ${f(normalLength)} bytes). ` +
      `Run time ${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s.\n`,
  );
  console.log(
    '| block | transactions | encoded size (bytes) | weight (% of normal limit) | import on the second node (ms) | ' +
      'there after the validator (ms) | there after the slot start (ms) | authoring (ms) |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    const weight = r.operationalPct > 0 ? `${f(r.normalPct, 2)} + ${f(r.operationalPct, 2)} operational` : f(r.normalPct, 2);
    const range = r.samples > 1 ? ` (${f(r.importMin, 1)}–${f(r.importMax, 1)}, n=${r.samples})` : ` (n=${r.samples})`;
    console.log(
      `| ${r.kind}${r.full ? '' : ' (not full)'} | ${f(r.txs)} | ${f(r.size)} | ${weight} | ${f(r.importMs, 1)}${range} | ` +
        `${f(r.afterValidatorMs)} | ${f(r.afterSlotMs)} | ${f(r.authoringMs)}${r.authoringEnd ? ` (${r.authoringEnd})` : ''} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
