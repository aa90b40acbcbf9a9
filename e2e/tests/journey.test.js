// The whole DeInfra journey through @polkadot/api against a real node, with the dev accounts,
// submitting exactly what Polkadot.js Apps would submit: providers register and bid, a tenant
// leases and deploys, payment streams and settles, governance changes the take rate and the
// council slashes a provider; bad input gets the named module error and changes nothing.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { encodeAddress } from '@polkadot/util-crypto';
import { stringToU8a, u8aConcat, u8aToHex } from '@polkadot/util';
import { merkleizeMetadata } from '@polkadot-api/merkleize-metadata';
import { startNode } from '../lib/node.js';
import { event, eventsNamed, free, rpc, send, submitReferendum, waitBlocks, waitForBlock } from '../lib/chain.js';

const UNIT = 10n ** 12n;
const PERBILL = 1_000_000_000n;
// Real CIDs: a directory (dag-pb, CIDv1 base32) and a file (raw, CIDv1 base32).
const CID_SITE = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const CID_FILE = 'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e';
const FAST = Boolean(process.env.DEINFRA_RUNTIME_WASM);

/** The treasury's account: `modl` ++ the pallet id `di/trsry`, zero-padded to 32 bytes. */
const TREASURY = encodeAddress(u8aConcat(stringToU8a('modldi/trsry'), new Uint8Array(20)), 42);

const request = {
  resources: { cpuMillicores: 2000, memoryMib: 4096, storageGib: 50, bandwidthMbps: 100, gpus: 0 },
  gpu: null,
  region: null,
  attributes: [],
  verifiedAttributes: false,
};

function providerInfo(endpoint, region) {
  return {
    endpoint,
    region,
    capacity: {
      cpuMillicores: 64_000,
      memoryMib: 262_144,
      storageGib: 4_096,
      bandwidthMbps: 10_000,
      gpus: 0,
    },
    gpus: [],
    prices: { cpuMillicore: 1, memoryMib: 1, storageGib: 1, bandwidthMbps: 1, gpu: 0 },
    attributes: [],
  };
}

/** The take on a gross amount, as the escrow computes it on a stream's running total. */
function take(ratePerbill, streamedBefore, gross) {
  const floor = (x) => (x * ratePerbill) / PERBILL;
  return floor(streamedBefore + gross) - floor(streamedBefore);
}

describe('the DeInfra journey', { timeout: 20 * 60_000 }, () => {
  let node;
  let api;
  const k = {};
  const s = {}; // state carried from step to step

  before(async () => {
    node = await startNode();
    api = node.api;
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    for (const name of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) {
      k[name.toLowerCase()] = keyring.addFromUri(`//${name}`);
    }
    // Wait for the first block so that every account's nonce is settled.
    await waitForBlock(api, 1);
  });

  after(async () => {
    if (node) await node.stop();
  });

  test('system_properties and the metadata are what Apps needs', async () => {
    const props = await rpc(node.provider, 'system_properties');
    assert.deepEqual(props, { ss58Format: 42, tokenDecimals: 12, tokenSymbol: 'INFRA' });

    // Every call, event, error, storage item and constant in the metadata is documented, except
    // these items of upstream FRAME pallets (polkadot-sdk stable2609 ships them without docs).
    const upstreamUndocumented = [
      'TransactionPayment.storage.NextFeeMultiplier',
      'TransactionPayment.storage.StorageVersion',
      'Preimage.storage.PreimageFor',
      'Referenda.events.ConfirmStarted',
      'Referenda.events.ConfirmAborted',
      'Whitelist.calls.whitelist_call',
      'Whitelist.calls.remove_whitelisted_call',
      'Whitelist.calls.dispatch_whitelisted_call',
      'Whitelist.calls.dispatch_whitelisted_call_with_preimage',
      'Whitelist.calls.remove_deferred_dispatch',
      'Whitelist.events.CallWhitelisted',
      'Whitelist.events.WhitelistedCallRemoved',
      'Whitelist.events.WhitelistedCallDispatched',
      'Whitelist.storage.WhitelistedCall',
    ];
    const metadata = api.runtimeMetadata.asLatest;
    const lookup = api.registry.lookup;
    const undocumented = [];
    for (const pallet of metadata.pallets) {
      const name = pallet.name.toString();
      for (const kind of ['calls', 'events', 'errors']) {
        if (pallet[kind].isNone) continue;
        const variants = lookup.getSiType(pallet[kind].unwrap().type).def.asVariant.variants;
        for (const v of variants) {
          if (v.docs.length === 0) undocumented.push(`${name}.${kind}.${v.name}`);
        }
      }
      if (pallet.storage.isSome) {
        for (const item of pallet.storage.unwrap().items) {
          if (item.docs.length === 0) undocumented.push(`${name}.storage.${item.name}`);
        }
      }
      for (const constant of pallet.constants) {
        if (constant.docs.length === 0) undocumented.push(`${name}.constants.${constant.name}`);
      }
    }
    assert.deepEqual(undocumented, upstreamUndocumented);
    // The market's runtime API is in the metadata, so api.call knows it.
    assert.equal(typeof api.call.marketApi?.leaseStatus, 'function');
  });

  test('1. two providers register their capacity', async () => {
    const bond = 2_000n * UNIT;
    const [dave, ferdie] = await Promise.all([
      send(api, api.tx.providers.register(providerInfo('https://dave.example', 'DE'), bond), k.dave),
      send(api, api.tx.providers.register(providerInfo('https://ferdie.example', 'DE'), bond), k.ferdie),
    ]);
    assert.equal(dave.error, null);
    assert.equal(ferdie.error, null);
    event(dave, 'providers.Registered');
    event(ferdie, 'providers.Registered');

    const capacity = await rpc(node.provider, 'market_providerCapacity', [k.dave.address]);
    assert.equal(capacity.total.cpuMillicores, 64_000);
    assert.equal(capacity.free.cpuMillicores, 64_000);
    assert.equal(capacity.active, true);
    const viaApi = (await api.call.marketApi.providerCapacity(k.ferdie.address)).unwrap();
    assert.equal(viaApi.total.cpuMillicores.toNumber(), 64_000);
  });

  test('2. a tenant orders, both providers bid, the tenant accepts the cheaper bid', async () => {
    const created = await send(api, api.tx.market.createOrder(request, UNIT, 100n * UNIT, null), k.eve);
    assert.equal(created.error, null);
    s.order = event(created, 'market.OrderCreated').json.order;
    s.escrow = event(created, 'market.OrderCreated').json.escrow;

    const offered = await rpc(node.provider, 'market_openOrdersFor', [k.dave.address]);
    assert.ok(offered.items.some((o) => o.id === s.order));

    const [daveBid, ferdieBid] = await Promise.all([
      send(api, api.tx.market.placeBid(s.order, (2n * UNIT) / 10n), k.dave),
      send(api, api.tx.market.placeBid(s.order, UNIT / 10n), k.ferdie),
    ]);
    assert.equal(daveBid.error, null);
    assert.equal(ferdieBid.error, null);

    const bids = await rpc(node.provider, 'market_orderBids', [s.order]);
    assert.equal(bids.length, 2);
    const cheapest = bids.reduce((a, b) => (BigInt(a.pricePerBlock) <= BigInt(b.pricePerBlock) ? a : b));
    assert.equal(cheapest.provider, k.ferdie.address);

    const accepted = await send(api, api.tx.market.acceptBid(s.order, cheapest.id), k.eve);
    assert.equal(accepted.error, null);
    const lease = event(accepted, 'market.LeaseCreated').json;
    s.lease = lease.lease;
    s.price = UNIT / 10n;
    s.startedAt = accepted.blockNumber;
    assert.equal(lease.provider, k.ferdie.address);
    assert.equal(BigInt(lease.pricePerBlock), s.price);

    const capacity = await rpc(node.provider, 'market_providerCapacity', [k.ferdie.address]);
    assert.equal(capacity.allocated.cpuMillicores, 2_000);
    assert.equal(capacity.activeLeases, 1);
  });

  test('3. the tenant deploys a real CID, pushes a version, the provider reports Running', async () => {
    const created = await send(api, api.tx.deployments.create('site', CID_SITE, s.lease), k.eve);
    assert.equal(created.error, null);
    s.deployment = event(created, 'deployments.Created').json.deployment;

    const pushed = await send(api, api.tx.deployments.pushVersion(s.deployment, CID_FILE, 'v2'), k.eve);
    assert.equal(pushed.error, null);
    assert.equal(event(pushed, 'deployments.VersionPushed').json.version, 2);

    const reported = await send(
      api,
      api.tx.deployments.reportStatus(s.deployment, 2, 'Running'),
      k.ferdie,
    );
    assert.equal(reported.error, null);
    const record = (await api.query.deployments.deployments(s.deployment)).unwrap();
    assert.equal(record.current.toNumber(), 2);
    const status = (await api.query.deployments.statuses(s.deployment)).unwrap();
    assert.equal(status.version.toNumber(), 2);
    assert.ok(status.status.isRunning);
  });

  test('4. accrued and remaining match the arithmetic; the provider withdraws exactly', async () => {
    await waitBlocks(api, 2);
    const hash = await api.rpc.chain.getBlockHash();
    const number = (await api.rpc.chain.getHeader(hash)).number.toNumber();
    const elapsed = BigInt(number - s.startedAt);
    const status = await rpc(node.provider, 'market_leaseStatus', [s.lease, hash.toHex()]);
    assert.equal(status.at, number);
    assert.equal(BigInt(status.escrow.balance), 100n * UNIT);
    assert.equal(BigInt(status.escrow.accrued), s.price * elapsed);
    assert.equal(BigInt(status.escrow.remaining), 100n * UNIT - s.price * elapsed);
    assert.equal(status.escrow.runway, 1_000 - Number(elapsed));
    // The runtime API answers the same at the same block.
    const viaApi = (await (await api.at(hash)).call.marketApi.leaseStatus(s.lease)).unwrap();
    assert.equal(viaApi.escrow.unwrap().accrued.toBigInt(), s.price * elapsed);

    const takeRate = (await api.query.protocolParams.params()).unwrap().takeRate.toBigInt();
    const withdrawn = await send(api, api.tx.escrow.withdraw(s.escrow), k.ferdie);
    assert.equal(withdrawn.error, null);
    const settled = event(withdrawn, 'escrow.Settled').json;
    const gross = s.price * BigInt(withdrawn.blockNumber - s.startedAt);
    const fee = take(takeRate, 0n, gross);
    assert.equal(BigInt(settled.fee), fee);
    assert.equal(BigInt(settled.paid), gross - fee);
    s.streamed = gross;

    const parent = (await api.rpc.chain.getHeader(withdrawn.blockHash)).parentHash;
    const delta = async (who) =>
      (await free(api, who, withdrawn.blockHash)) - (await free(api, who, parent));
    assert.equal(await delta(k.ferdie.address), gross - fee - withdrawn.fee);
    assert.equal(await delta(TREASURY), fee);
    assert.equal(await delta(k.eve.address), 0n);
  });

  test('5. someone else tops the lease up; the tenant closes it; refunds exact', async () => {
    const topped = await send(api, api.tx.market.topUp(s.lease, 50n * UNIT), k.charlie);
    assert.equal(topped.error, null);
    event(topped, 'market.ToppedUp');
    // A deposit settles what the stream owes first.
    for (const e of eventsNamed(topped, 'escrow.Settled')) {
      s.streamed += BigInt(e.json.paid) + BigInt(e.json.fee);
    }
    assert.equal(s.streamed, s.price * BigInt(topped.blockNumber - s.startedAt));

    const takeRate = (await api.query.protocolParams.params()).unwrap().takeRate.toBigInt();
    const closed = await send(api, api.tx.market.closeLease(s.lease), k.eve);
    assert.equal(closed.error, null);
    const total = s.price * BigInt(closed.blockNumber - s.startedAt);
    const gross = total - s.streamed;
    const fee = take(takeRate, s.streamed, gross);
    const refund = 150n * UNIT - total;
    const leaseClosed = event(closed, 'market.LeaseClosed').json;
    assert.equal(leaseClosed.reason, 'Tenant');
    assert.equal(BigInt(leaseClosed.refund), refund);

    const parent = (await api.rpc.chain.getHeader(closed.blockHash)).parentHash;
    const delta = async (who) =>
      (await free(api, who, closed.blockHash)) - (await free(api, who, parent));
    assert.equal(await delta(k.eve.address), refund - closed.fee);
    assert.equal(await delta(k.ferdie.address), gross - fee);
    assert.equal(await delta(TREASURY), fee);

    const capacity = await rpc(node.provider, 'market_providerCapacity', [k.ferdie.address]);
    assert.equal(capacity.allocated.cpuMillicores, 0);
    assert.equal(capacity.activeLeases, 0);
    const status = await rpc(node.provider, 'market_leaseStatus', [s.lease]);
    assert.equal(status.lease.state, 'closed');
    assert.equal(status.lease.closeReason, 'Tenant');
    assert.equal(status.escrow, null);
  });

  test('6. a referendum changes the take rate; a new lease pays the new rate', { skip: !FAST && 'needs the fast-runtime chain (DEINFRA_RUNTIME_WASM)' }, async () => {
    const eightPercent = 80_000_000n;
    const call = api.tx.protocolParams.setParams({ takeRate: eightPercent });
    const { index, track } = await submitReferendum(api, { Origins: 'ProtocolParamsAdmin' }, call, k.alice);
    assert.equal(track, 10);

    const deposit = await send(api, api.tx.referenda.placeDecisionDeposit(index), k.bob);
    assert.equal(deposit.error, null);
    const vote = (conviction) => ({
      Standard: { vote: { aye: true, conviction }, balance: 9_000_000n * UNIT },
    });
    const votes = await Promise.all([
      send(api, api.tx.convictionVoting.vote(index, vote('Locked3x')), k.alice),
      send(api, api.tx.convictionVoting.vote(index, vote('Locked1x')), k.bob),
      send(api, api.tx.convictionVoting.vote(index, vote('Locked6x')), k.charlie),
    ]);
    for (const v of votes) assert.equal(v.error, null);

    // Prepare, confirm and enact take a few blocks on the fast runtime.
    const start = (await api.rpc.chain.getHeader()).number.toNumber();
    for (;;) {
      const params = (await api.query.protocolParams.params()).unwrap();
      if (params.takeRate.toBigInt() === eightPercent) break;
      const now = (await api.rpc.chain.getHeader()).number.toNumber();
      assert.ok(now < start + 40, 'the referendum is enacted within 40 blocks');
      await waitBlocks(api, 1);
    }

    const created = await send(api, api.tx.market.createOrder(request, UNIT, 100n * UNIT, null), k.eve);
    const order = event(created, 'market.OrderCreated').json.order;
    const bid = await send(api, api.tx.market.placeBid(order, UNIT / 10n), k.dave);
    const bidId = event(bid, 'market.BidPlaced').json.bid;
    const accepted = await send(api, api.tx.market.acceptBid(order, bidId), k.eve);
    const lease = event(accepted, 'market.LeaseCreated').json.lease;
    await waitBlocks(api, 2);
    const closed = await send(api, api.tx.market.closeLease(lease), k.eve);
    assert.equal(closed.error, null);
    const gross = (UNIT / 10n) * BigInt(closed.blockNumber - accepted.blockNumber);
    const settled = event(closed, 'escrow.Settled').json;
    assert.equal(BigInt(settled.fee), take(eightPercent, 0n, gross));
    assert.equal(BigInt(settled.paid), gross - take(eightPercent, 0n, gross));
  });

  test('7. a council motion proposes a slash; it applies to the treasury after the deferral', async () => {
    if (FAST) {
      // The `dev` spec's genesis (from the node's own runtime) defers slashes for two weeks; the
      // fast runtime allows 25 blocks, which the sudo key sets (the development chain has one).
      const shorter = await send(
        api,
        api.tx.sudo.sudo(api.tx.protocolParams.setParams({ slashDeferral: 25 })),
        k.alice,
      );
      assert.equal(shorter.error, null);
      assert.ok('ok' in event(shorter, 'sudo.Sudid').json.sudoResult, 'sudo set the deferral');
    }
    const propose = api.tx.providers.proposeSlash(k.dave.address, 500n * UNIT);
    const before = (await api.query.providers.registry(k.dave.address)).unwrap().bond.toBigInt();
    const treasury = await free(api, TREASURY);

    const proposed = await send(
      api,
      api.tx.council.propose(2, propose, propose.method.encodedLength),
      k.alice,
    );
    assert.equal(proposed.error, null);
    const { proposalIndex, proposalHash } = event(proposed, 'council.Proposed').json;
    const votes = await Promise.all(
      [k.alice, k.bob].map((member) =>
        send(api, api.tx.council.vote(proposalHash, proposalIndex, true), member),
      ),
    );
    for (const v of votes) assert.equal(v.error, null);
    const closed = await send(
      api,
      api.tx.council.close(
        proposalHash,
        proposalIndex,
        { refTime: 10_000_000_000n, proofSize: 1_000_000n },
        propose.method.encodedLength,
      ),
      k.charlie,
    );
    assert.equal(closed.error, null);
    const executed = event(closed, 'council.Executed').json;
    assert.ok('ok' in executed.result, `the motion executed: ${JSON.stringify(executed.result)}`);
    const slash = event(closed, 'providers.SlashProposed').json;
    assert.equal(BigInt(slash.amount), 500n * UNIT);
    const deferral = (await api.query.protocolParams.params()).unwrap().slashDeferral.toNumber();
    assert.equal(Number(slash.applyAt), closed.blockNumber + deferral);

    // Nothing moves during the deferral, and the provider cannot take its bond away.
    assert.equal((await api.query.providers.registry(k.dave.address)).unwrap().bond.toBigInt(), before);
    const early = await send(api, api.tx.providers.applySlash(k.dave.address), k.charlie);
    assert.equal(early.error, 'providers.SlashDeferred');
    const escape = await send(api, api.tx.providers.unbond(UNIT), k.dave);
    assert.equal(escape.error, 'providers.SlashPending');

    if (!FAST) return; // the deferral is two weeks on the normal runtime
    await waitForBlock(api, Number(slash.applyAt), 60_000 + 12_000 * deferral);
    const applied = await send(api, api.tx.providers.applySlash(k.dave.address), k.charlie);
    assert.equal(applied.error, null);
    const slashed = event(applied, 'providers.Slashed').json;
    assert.equal(slashed.beneficiary, TREASURY);
    assert.equal((await api.query.providers.registry(k.dave.address)).unwrap().bond.toBigInt(), before - 500n * UNIT);
    assert.equal(await free(api, TREASURY), treasury + 500n * UNIT);
    assert.equal((await api.query.providers.pendingSlashes(k.dave.address)).isNone, true);
  });

  test('8. bad input gets the named module error and changes nothing', async () => {
    // A malformed CID.
    const nextId = (await api.query.deployments.nextDeploymentId()).toNumber();
    const badCid = await send(api, api.tx.deployments.create('bad', 'xyz-not-a-cid', null), k.eve);
    assert.equal(badCid.error, 'deployments.CidUnknownMultibase');
    assert.equal((await api.query.deployments.nextDeploymentId()).toNumber(), nextId);

    // A CID text longer than MaxCidLen (128): a named error, not a call that fails to decode.
    const longCid = await send(api, api.tx.deployments.create('long', 'b' + 'a'.repeat(199), null), k.eve);
    assert.equal(longCid.error, 'deployments.CidTooLong');
    assert.equal((await api.query.deployments.nextDeploymentId()).toNumber(), nextId);

    // A bid above the order's maximum price.
    const created = await send(api, api.tx.market.createOrder(request, UNIT, 100n * UNIT, null), k.eve);
    const order = event(created, 'market.OrderCreated').json.order;
    const tooDear = await send(api, api.tx.market.placeBid(order, 2n * UNIT), k.ferdie);
    assert.equal(tooDear.error, 'market.PriceAboveMaximum');
    assert.equal((await rpc(node.provider, 'market_orderBids', [order])).length, 0);

    // Unbonding below the minimum bond.
    const bond = (await api.query.providers.registry(k.ferdie.address)).unwrap().bond.toBigInt();
    const minimum = (await api.query.protocolParams.params()).unwrap().minProviderBond.toBigInt();
    const unbond = await send(api, api.tx.providers.unbond(bond - minimum + 1n), k.ferdie);
    assert.equal(unbond.error, 'providers.BondBelowMinimum');
    const unchanged = (await api.query.providers.registry(k.ferdie.address)).unwrap().bond.toBigInt();
    assert.equal(unchanged, bond);

    // Someone else's lease.
    const bid = await send(api, api.tx.market.placeBid(order, UNIT / 10n), k.ferdie);
    const accepted = await send(
      api,
      api.tx.market.acceptBid(order, event(bid, 'market.BidPlaced').json.bid),
      k.eve,
    );
    const lease = event(accepted, 'market.LeaseCreated').json.lease;
    const stranger = await send(api, api.tx.market.closeLease(lease), k.charlie);
    assert.equal(stranger.error, 'market.NotLeaseParty');
    assert.equal((await rpc(node.provider, 'market_leaseStatus', [lease])).lease.state, 'active');
    const foreign = await send(api, api.tx.deployments.create('theirs', CID_SITE, lease), k.charlie);
    assert.equal(foreign.error, 'deployments.NotLeaseTenant');

    // A malformed RPC request is refused with the JSON-RPC error for bad parameters.
    await assert.rejects(rpc(node.provider, 'market_findProviders', [{ resources: 1 }]), /-32602|Invalid params/i);
  });

  test('transactions signed with the metadata hash are accepted, and a wrong hash is not', async () => {
    const raw = (await api.call.metadata.metadataAtVersion(15)).unwrap();
    const digest = merkleizeMetadata(raw.toU8a(true), { decimals: 12, tokenSymbol: 'INFRA' }).digest();
    const transfer = api.tx.balances.transferKeepAlive(k.bob.address, UNIT);
    const ok = await send(api, transfer, k.ferdie, { mode: 1, metadataHash: u8aToHex(digest) });
    assert.equal(ok.error, null);
    event(ok, 'balances.Transfer');

    const wrong = new Uint8Array(32).fill(7);
    const again = api.tx.balances.transferKeepAlive(k.bob.address, UNIT);
    await assert.rejects(
      send(api, again, k.ferdie, { mode: 1, metadataHash: u8aToHex(wrong) }),
      /bad signature|Invalid Transaction|1010/i,
    );
  });
});
