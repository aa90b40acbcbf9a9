// Does the chain stay flat as leases pile up? A `--dev` validator and a second, non-validating
// node that imports its blocks over the network; leases are opened with real transactions
// (create_order, place_bid, accept_bid) up to each level, then, at each level:
//   - the mandatory weight of empty blocks (block base + every `on_initialize` + inherents),
//   - the second node's import time of empty blocks (Prometheus
//     `substrate_block_verification_and_import_time`, one observation per block),
//   - its import time of blocks carrying `--load` settlements (`escrow.withdraw`) of leases
//     spread over the whole set.
// Run by scripts/bench-scaling.sh (not part of CI).
//
//   node bench/scaling.js [--levels 100,10000,100000] [--tenants 2000] [--providers 200]
//                         [--wave 10000] [--window 10] [--load 3000]

import { cryptoWaitReady } from '@polkadot/util-crypto';
import { waitBlocks } from '../lib/chain.js';
import {
  UNIT,
  Nonces,
  accounts,
  devAccount,
  options,
  providerInfo,
  request,
  presign,
  startValidatorAndPeer,
  submitAndFollow,
  followImports,
} from './harness.js';

const opts = options({
  levels: '100,10000,100000',
  tenants: 2000,
  providers: 200,
  wave: 10000,
  window: 10,
  load: 3000,
});

const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

async function main() {
  await cryptoWaitReady();
  const levels = opts.levels.split(',').map(Number);
  const { validator, peer, promPort } = await startValidatorAndPeer();
  const { api } = validator;
  const rows = [];
  let imports;
  try {
    imports = await followImports(peer, promPort);
    const nonces = new Nonces(api);
    const run = async (name, items, collect = []) => {
      const result = await submitAndFollow(api, await presign(nonces, items), { collect });
      const failed = result.blocks.reduce((s, b) => s + b.failed, 0) + result.rejected + result.missing;
      if (failed > 0) throw new Error(`${name}: ${failed} transactions did not succeed`);
      console.error(`  ${name}: ${items.length} in ${result.blocks.length} blocks`);
      return result;
    };

    const alice = devAccount('Alice');
    const tenants = accounts('tenant', opts.tenants);
    const providers = accounts('provider', opts.providers);
    const perTenant = Math.ceil(Math.max(...levels) / opts.tenants);
    const perProvider = Math.ceil(Math.max(...levels) / opts.providers);
    const payees = [
      ...tenants.map((t) => [t.address, BigInt(perTenant) * 21n * UNIT + 100n * UNIT]),
      ...providers.map((p) => [p.address, 1_100n * UNIT + BigInt(opts.wave) * UNIT]),
    ];
    console.error(`funding ${tenants.length} tenants and ${providers.length} providers`);
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
    console.error(`per tenant up to ${perTenant} leases, per provider up to ${perProvider}`);

    const byAddress = new Map([...tenants, ...providers].map((p) => [p.address, p]));
    const leases = []; // { lease, escrow, provider }
    for (const level of levels) {
      while (leases.length < level) {
        const count = Math.min(opts.wave, level - leases.length);
        const first = leases.length;
        console.error(`opening leases ${first}..${first + count}`);
        const created = await run(
          'market.create_order',
          Array.from({ length: count }, (_, i) => [
            tenants[(first + i) % tenants.length],
            api.tx.market.createOrder(request, UNIT / 100n, 20n * UNIT, null),
          ]),
          ['market.OrderCreated'],
        );
        const placed = await run(
          'market.place_bid',
          created.events.map((e, i) => [
            providers[(first + i) % providers.length],
            api.tx.market.placeBid(e.order, UNIT / 200n),
          ]),
          ['market.BidPlaced'],
        );
        const tenantOf = new Map(created.events.map((e) => [e.order, e.tenant]));
        const accepted = await run(
          'market.accept_bid',
          placed.events.map((e) => [byAddress.get(tenantOf.get(e.order)), api.tx.market.acceptBid(e.order, e.bid)]),
          ['market.LeaseCreated'],
        );
        const escrowOf = new Map(created.events.map((e) => [e.order, e.escrow]));
        for (const e of accepted.events) {
          leases.push({ lease: e.lease, escrow: escrowOf.get(e.order), provider: e.provider });
        }
      }

      // Empty blocks at this level.
      await waitBlocks(api, 2);
      const from = (await api.rpc.chain.getHeader()).number.toNumber() + 1;
      await waitBlocks(api, opts.window + 1);
      const mandatory = [];
      const emptyImport = [];
      for (let n = from; n < from + opts.window; n++) {
        const at = await api.at(await api.rpc.chain.getBlockHash(n));
        mandatory.push(Number((await at.query.system.blockWeight()).mandatory.refTime.toBigInt()) / 1e9);
        if (imports.times.has(n)) emptyImport.push(imports.times.get(n));
      }

      // Blocks settling leases spread over the whole set.
      const step = Math.max(1, Math.floor(leases.length / opts.load));
      const picked = leases.filter((_, i) => i % step === 0).slice(0, opts.load);
      const settled = await run(
        'escrow.withdraw',
        picked.map((l) => [byAddress.get(l.provider), api.tx.escrow.withdraw(l.escrow)]),
      );
      await waitBlocks(peer.api, 1);
      const sampled = settled.blocks.filter((b) => imports.times.has(b.number));
      const loadedImport = sampled.map((b) => imports.times.get(b.number));
      const sampledTxs = sampled.reduce((sum, b) => sum + b.count, 0);
      const row = {
        leases: leases.length,
        onInitializeMs: mean(mandatory),
        emptyImportMs: mean(emptyImport),
        emptySamples: emptyImport.length,
        loadedImportMs: mean(loadedImport),
        loadedTxs: Math.round(picked.length / Math.max(1, settled.blocks.length)),
        loadedSamples: loadedImport.length,
        perSettlementUs: (loadedImport.reduce((a, b) => a + b, 0) * 1000) / sampledTxs,
      };
      rows.push(row);
      console.error(row);
    }
    report(rows);
  } finally {
    imports?.unsubscribe();
    await peer.stop();
    await validator.stop();
  }
}

function report(rows) {
  console.log('\nDeInfra scaling with open leases (a --dev validator and a full node importing its blocks).\n');
  console.log('| open leases | mandatory weight of an empty block (ms) | import, empty block (ms) | import, block of settlements (ms) | settlements per block | import per settlement (µs) |');
  console.log('|---:|---:|---:|---:|---:|---:|');
  for (const r of rows) {
    console.log(
      `| ${r.leases} | ${r.onInitializeMs.toFixed(3)} | ${r.emptyImportMs.toFixed(2)} (n=${r.emptySamples}) | ` +
        `${r.loadedImportMs.toFixed(2)} (n=${r.loadedSamples}) | ${r.loadedTxs} | ${r.perSettlementUs.toFixed(0)} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
