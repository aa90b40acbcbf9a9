// Throughput of the chain's calls: pre-signed transactions from many funded accounts are
// submitted at once to a `--dev` node, and each finalized block's extrinsics and weight are
// counted. Run by scripts/bench-tps.sh (not part of CI).
//
//   node bench/tps.js [--tenants 3000] [--providers 100] [--transfers 4] [--orders 2]
//
// --tenants accounts send `--transfers` transfers each, then open `--orders` orders each;
// --providers accounts register and bid on those orders; the tenants accept the bids, the
// providers withdraw what the leases streamed, the tenants deploy, push a version and close.

import { cryptoWaitReady } from '@polkadot/util-crypto';
import { startNode } from '../lib/node.js';
import {
  UNIT,
  Nonces,
  accounts,
  devAccount,
  normalLimit,
  options,
  providerInfo,
  request,
  presign,
  submitAndFollow,
  summarize,
} from './harness.js';

const CID_SITE = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const CID_FILE = 'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e';

const opts = options({ tenants: 3000, providers: 100, transfers: 4, orders: 2 });
const MEASURED = [];

async function main() {
  await cryptoWaitReady();
  const node = await startNode({
    extraArgs: ['--pool-limit', '100000', '--pool-kbytes', '512000', '--rpc-max-connections', '1000'],
  });
  const { api } = node;
  try {
    const blockMillis = Number(api.consts.aura.slotDuration.toBigInt());
    const nonces = new Nonces(api);
    const run = async (name, items, measured = true) => {
      const started = Date.now();
      const signed = await presign(nonces, items);
      const result = await submitAndFollow(api, signed);
      const row = summarize(api, name, result, blockMillis);
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      console.error(`  ${name}: ${row.txs} in ${row.blocks} blocks (${seconds} s), failed ${row.failed}`);
      if (measured) MEASURED.push(row);
      if (row.failed > 0) throw new Error(`${name}: ${row.failed} transactions did not succeed`);
      return row;
    };

    console.error(`funding ${opts.tenants} tenants and ${opts.providers} providers`);
    const alice = devAccount('Alice');
    const tenants = accounts('tenant', opts.tenants);
    const providers = accounts('provider', opts.providers);
    const payees = [
      ...tenants.map((t) => [t.address, 200n * UNIT]),
      ...providers.map((p) => [p.address, 5_000n * UNIT]),
    ];
    const batches = [];
    for (let i = 0; i < payees.length; i += 1000) {
      const calls = payees
        .slice(i, i + 1000)
        .map(([who, amount]) => api.tx.balances.transferKeepAlive(who, amount));
      batches.push([alice, api.tx.utility.batchAll(calls)]);
    }
    await run('utility.batchAll (funding)', batches, false);

    const transfers = [];
    for (let round = 0; round < opts.transfers; round++) {
      tenants.forEach((t, i) => {
        const to = tenants[(i + 1) % tenants.length].address;
        transfers.push([t, api.tx.balances.transferKeepAlive(to, UNIT)]);
      });
    }
    await run('balances.transfer_keep_alive', transfers);

    await run(
      'providers.register',
      providers.map((p, i) => [p, api.tx.providers.register(providerInfo(i), 1_000n * UNIT)]),
    );

    const orderTxs = [];
    for (let round = 0; round < opts.orders; round++) {
      for (const t of tenants) {
        orderTxs.push([t, api.tx.market.createOrder(request, UNIT / 100n, 20n * UNIT, null)]);
      }
    }
    await run('market.create_order', orderTxs);

    const byAddress = new Map([...tenants, ...providers].map((p) => [p.address, p]));
    const orders = (await api.query.market.orders.entries())
      .map(([key, value]) => [key.args[0].toNumber(), value.unwrap()])
      .filter(([, order]) => byAddress.has(order.tenant.toString()));
    await run(
      'market.place_bid',
      orders.map(([id], i) => [providers[i % providers.length], api.tx.market.placeBid(id, UNIT / 200n)]),
    );

    const bids = (await api.query.market.bids.entries()).map(([key, value]) => [
      key.args[0].toNumber(),
      value.unwrap(),
    ]);
    const tenantOf = new Map(orders.map(([id, order]) => [id, order.tenant.toString()]));
    await run(
      'market.accept_bid',
      bids
        .filter(([, bid]) => tenantOf.has(bid.order.toNumber()))
        .map(([id, bid]) => [
          byAddress.get(tenantOf.get(bid.order.toNumber())),
          api.tx.market.acceptBid(bid.order, id),
        ]),
    );

    const leases = (await api.query.market.leases.entries())
      .map(([key, value]) => [key.args[0].toNumber(), value.unwrap()])
      .filter(([, lease]) => byAddress.has(lease.tenant.toString()));
    await run(
      'escrow.withdraw (settle)',
      leases.map(([, lease]) => [
        byAddress.get(lease.provider.toString()),
        api.tx.escrow.withdraw(lease.escrow),
      ]),
    );

    await run(
      'deployments.create',
      leases.map(([id, lease]) => [
        byAddress.get(lease.tenant.toString()),
        api.tx.deployments.create(`app-${id}`, CID_SITE, id),
      ]),
    );
    const deployments = (await api.query.deployments.deployments.entries())
      .map(([key, value]) => [key.args[0].toNumber(), value.unwrap()])
      .filter(([, d]) => byAddress.has(d.owner.toString()));
    await run(
      'deployments.push_version',
      deployments.map(([id, d]) => [
        byAddress.get(d.owner.toString()),
        api.tx.deployments.pushVersion(id, CID_FILE, null),
      ]),
    );

    await run(
      'market.close_lease',
      leases.map(([id, lease]) => [byAddress.get(lease.tenant.toString()), api.tx.market.closeLease(id)]),
    );

    report(api, blockMillis);
  } finally {
    await node.stop();
  }
}

function report(api, blockMillis) {
  const base = MEASURED.find((r) => r.call.startsWith('balances.'));
  const limitMs = Number(normalLimit(api) / 1_000_000_000n);
  console.log(
    `\nDeInfra throughput, --dev node, ${blockMillis / 1000} s blocks, ` +
      `normal-class limit ${limitMs} ms of ref time; figures from the fullest finalized block.\n`,
  );
  console.log('| call | txs | blocks | tx per block | tx/s | % of normal weight | block bytes | vs transfer |');
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of MEASURED) {
    const ratio = base ? (r.perBlock / base.perBlock).toFixed(2) : '-';
    console.log(
      `| ${r.call} | ${r.txs} | ${r.blocks} | ${r.perBlock} | ${r.perSecond} | ${r.weightPct} | ${r.length} | ${ratio} |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
