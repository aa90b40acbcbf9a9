// docs/governance.md and the deployments' read API, followed as a member using Polkadot.js Apps
// would follow them, against a real single-validator node:
//
// - every track's referendum is submitted as the guide says (Governance → Referenda → *Submit
//   proposal*: note the preimage, pick the guide's **origin**, submit by hash, enact one block
//   after approval); pallet-referenda derives the track from that origin, so each one must land
//   on the guide's track, hold the submission deposit and then ask that track's decision
//   deposit. The guide's "wrong origin" warning is checked too: a parameters call submitted as
//   `system` → `Root` lands on `root` and asks root's larger deposit.
// - a deployment (bound to a lease, with a `bafk…` and a `Qm…` version, an editor, a rollback
//   and a status report) reads back with its CIDs as text through the `DeploymentsApi` runtime
//   API and the `deployments_*` JSON-RPC methods.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { u8aConcat, u8aToString } from '@polkadot/util';
import { base32Decode, base32Encode, base58Decode, base58Encode } from '@polkadot/util-crypto';
import { startNode } from '../lib/node.js';
import { event, rpc, send, submitReferendum, waitForBlock } from '../lib/chain.js';

const UNIT = 10n ** 12n;

// Real CIDs. A raw file (CIDv1 base32 `bafk…`), a directory (dag-pb CIDv1 base32 `bafy…`), and
// the CIDv0 `Qm…` of the IPFS docs with its well-known CIDv1 `bafy…` equivalent (checked below).
const CID_FILE = 'bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e';
const CID_SITE = 'bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi';
const CID_V0 = 'QmdfTbBqBPQ7VNxZEYEj14VmRuZBkqFbiwReogJgS1zR1n';
const CID_V0_AS_V1 = 'bafybeihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku';

/** The CIDv1 base32 text of a CIDv0: `b` ++ base32(0x01 0x70 ++ the base58-decoded multihash). */
function cidV1OfV0(v0) {
  const multihash = base58Decode(v0);
  assert.equal(multihash.length, 34, `${v0} is a 34-byte multihash`);
  assert.deepEqual([multihash[0], multihash[1]], [0x12, 0x20], `${v0} is a sha2-256 multihash`);
  return base32Encode(u8aConcat(new Uint8Array([0x01, 0x70]), multihash), true);
}

/** The CIDv0 `Qm…` text of a CIDv1 base32 text, or null when it is not dag-pb sha2-256. */
function cidV0OfV1(v1) {
  const bytes = base32Decode(v1, true);
  const [version, codec, hash, length] = bytes;
  if (version !== 0x01 || codec !== 0x70 || hash !== 0x12 || length !== 0x20) return null;
  return base58Encode(bytes.subarray(2));
}

const request = {
  resources: { cpuMillicores: 1000, memoryMib: 1024, storageGib: 10, bandwidthMbps: 10, gpus: 0 },
  gpu: null,
  region: null,
  attributes: [],
  verifiedAttributes: false,
};

const providerInfo = {
  endpoint: 'https://provider.example',
  region: 'DE',
  capacity: { cpuMillicores: 8_000, memoryMib: 16_384, storageGib: 500, bandwidthMbps: 1_000, gpus: 0 },
  gpus: [],
  prices: { cpuMillicore: 1, memoryMib: 1, storageGib: 1, bandwidthMbps: 1, gpu: 0 },
  attributes: [],
};

/** An account's reserved balance (reserves and holds) at block `at`. */
async function reservedAt(api, address, at) {
  const account = await (await api.at(at)).query.system.account(address);
  return account.data.reserved.toBigInt();
}

/** How much the block of `result` (a `send` result) changed `address`'s reserved balance. */
async function reservedDelta(api, address, result) {
  const parent = (await api.rpc.chain.getHeader(result.blockHash)).parentHash;
  return (await reservedAt(api, address, result.blockHash)) - (await reservedAt(api, address, parent));
}

/**
 * The runtime's tracks by name, from `api.consts.referenda.tracks` as Apps reads them: each
 * name is a 25-byte array padded with zeros.
 */
function tracksByName(api) {
  const tracks = new Map();
  for (const [id, info] of api.consts.referenda.tracks) {
    const name = u8aToString(info.name.toU8a(true)).replace(/\0+$/, '');
    tracks.set(name, { id: id.toNumber(), decisionDeposit: info.decisionDeposit.toBigInt() });
  }
  return tracks;
}

/**
 * What the guide tells a member to submit on each track: the origin to pick in *Submit
 * proposal*, a proposal of the kind the track exists for, and the track's id and decision
 * deposit as the guide's tracks table states them. Each case has its own proposer, so that a
 * block's change of its reserved balance is that case's alone.
 */
const GUIDE = [
  {
    what: 'a protocol_params proposal',
    originName: 'ProtocolParamsAdmin',
    origin: { Origins: 'ProtocolParamsAdmin' },
    track: 'protocol_params',
    id: 10,
    decisionDeposit: 2_000n * UNIT,
    proposer: 'alice',
    proposal: (api) => api.tx.protocolParams.setParams({ takeRate: 60_000_000 }),
  },
  {
    what: 'a treasury spend',
    originName: 'Treasurer',
    origin: { Origins: 'Treasurer' },
    track: 'treasurer',
    id: 11,
    decisionDeposit: 1_000n * UNIT,
    proposer: 'bob',
    proposal: (api, k) => api.tx.treasury.spend(null, 100n * UNIT, k.ferdie.address, null),
  },
  {
    what: 'a whitelisted call',
    originName: 'WhitelistedCaller',
    origin: { Origins: 'WhitelistedCaller' },
    track: 'whitelisted_caller',
    id: 1,
    decisionDeposit: 1_000n * UNIT,
    proposer: 'charlie',
    proposal: (api, k) =>
      api.tx.whitelist.dispatchWhitelistedCallWithPreimage(api.tx.councilMembership.addMember(k.ferdie.address)),
  },
  {
    what: 'a root call',
    originName: 'system Root',
    origin: { system: 'Root' },
    track: 'root',
    id: 0,
    decisionDeposit: 10_000n * UNIT,
    proposer: 'dave',
    proposal: (api, k) => api.tx.councilMembership.addMember(k.eve.address),
  },
  {
    what: 'a referendum cancellation',
    originName: 'ReferendumCanceller',
    origin: { Origins: 'ReferendumCanceller' },
    track: 'referendum_canceller',
    id: 20,
    decisionDeposit: 2_000n * UNIT,
    proposer: 'eve',
    proposal: (api) => api.tx.referenda.cancel(0),
  },
  {
    what: 'a referendum kill',
    originName: 'ReferendumKiller',
    origin: { Origins: 'ReferendumKiller' },
    track: 'referendum_killer',
    id: 21,
    decisionDeposit: 5_000n * UNIT,
    proposer: 'ferdie',
    proposal: (api) => api.tx.referenda.kill(0),
  },
  {
    what: 'a validator change',
    originName: 'ValidatorAdmin',
    origin: { Origins: 'ValidatorAdmin' },
    track: 'validator_admin',
    id: 12,
    decisionDeposit: 5_000n * UNIT,
    proposer: 'aliceStash',
    proposal: (api, k) => api.tx.validatorSet.addValidator(k.eve.address),
  },
];

/** A `Text` field's string; fails if the field is not `Text` (Apps would show bytes as hex). */
function text(codec, what) {
  assert.equal(codec.toRawType(), 'Text', `${what} is Text`);
  return codec.toString();
}

/**
 * A `DeploymentView` of the runtime API (as @polkadot/api decodes it) in the shape of the
 * `deployments_*` JSON-RPC methods' `DeploymentJson`, checking that every text field is `Text`.
 */
function viewAsJson(view) {
  const id = view.id.toNumber();
  const status = view.status.isSome ? view.status.unwrap() : null;
  return {
    id,
    owner: view.owner.toString(),
    name: text(view.name, `deployment ${id}'s name`),
    lease: view.lease.isSome ? view.lease.unwrap().toNumber() : null,
    editors: view.editors.map((e) => e.toString()),
    current: view.current.toNumber(),
    oldest: view.oldest.toNumber(),
    createdAt: view.createdAt.toNumber(),
    deposit: view.deposit.toString(),
    held: view.held.toString(),
    status: status && {
      version: status.version.toNumber(),
      state: status.status.type.toLowerCase(),
      code: status.status.isFailed ? status.status.asFailed.code.toNumber() : null,
      reportedAt: status.reportedAt.toNumber(),
    },
    versions: view.versions.map((v) => ({
      number: v.number.toNumber(),
      cid: text(v.cid, `deployment ${id} version ${v.number}'s cid`),
      cidV0: v.cidV0.isSome ? text(v.cidV0.unwrap(), `deployment ${id} version ${v.number}'s cidV0`) : null,
      createdAt: v.createdAt.toNumber(),
      author: v.author.toString(),
      origin: v.origin.type.toLowerCase(),
      rollbackTo: v.origin.isRollback ? v.origin.asRollback.to.toNumber() : null,
      note: v.note.isSome ? text(v.note.unwrap(), `deployment ${id} version ${v.number}'s note`) : null,
      deposit: v.deposit.toString(),
    })),
  };
}

describe('the governance guide and the deployments read API, as Polkadot.js Apps uses them', { timeout: 20 * 60_000 }, () => {
  let node;
  let api;
  let tracks;
  const k = {};

  before(async () => {
    node = await startNode();
    api = node.api;
    const keyring = new Keyring({ type: 'sr25519', ss58Format: 42 });
    for (const name of ['Alice', 'Bob', 'Charlie', 'Dave', 'Eve', 'Ferdie']) {
      k[name.toLowerCase()] = keyring.addFromUri(`//${name}`);
      k[`${name.toLowerCase()}Stash`] = keyring.addFromUri(`//${name}//stash`);
    }
    // Wait for the first block so that every account's nonce is settled.
    await waitForBlock(api, 1);
    tracks = tracksByName(api);
  });

  after(async () => {
    if (node) await node.stop();
  });

  describe('submitting a proposal: the origin picks the track', () => {
    test('the runtime has exactly the guide\'s tracks, ids and decision deposits, and a 10 INFRA submission deposit', () => {
      const expected = new Map(GUIDE.map((c) => [c.track, { id: c.id, decisionDeposit: c.decisionDeposit }]));
      assert.deepEqual(
        [...tracks.entries()].sort(([a], [b]) => a.localeCompare(b)),
        [...expected.entries()].sort(([a], [b]) => a.localeCompare(b)),
      );
      assert.equal(api.consts.referenda.submissionDeposit.toBigInt(), 10n * UNIT);
    });

    for (const c of GUIDE) {
      test(`${c.what} submitted with the ${c.originName} origin lands on the ${c.track} track with its decision deposit`, async () => {
        const proposer = k[c.proposer];
        const expected = tracks.get(c.track);
        assert.ok(expected, `the runtime has a track named ${c.track}`);
        const call = c.proposal(api, k);

        const { index, track, submitted } = await submitReferendum(api, c.origin, call, proposer);
        assert.equal(track, expected.id, `referenda.Submitted names the ${c.track} track`);

        // The submission deposit is held from the proposer and recorded on the referendum.
        const submissionDeposit = api.consts.referenda.submissionDeposit.toBigInt();
        assert.equal(await reservedDelta(api, proposer.address, submitted), submissionDeposit);
        const ongoing = (await api.query.referenda.referendumInfoFor(index)).unwrap().asOngoing;
        assert.equal(ongoing.track.toNumber(), expected.id);
        assert.equal(
          ongoing.origin.toHex(),
          api.createType(ongoing.origin.toRawType(), c.origin).toHex(),
          'the referendum keeps the origin it was submitted with',
        );
        assert.equal(ongoing.proposal.toJSON().lookup.hash, call.method.hash.toHex());
        assert.equal(ongoing.submissionDeposit.who.toString(), proposer.address);
        assert.equal(ongoing.submissionDeposit.amount.toBigInt(), submissionDeposit);
        assert.equal(ongoing.decisionDeposit.isNone, true);

        // The decision deposit it then asks is the track's.
        const placed = await send(api, api.tx.referenda.placeDecisionDeposit(index), proposer);
        assert.equal(placed.error, null);
        const deposit = event(placed, 'referenda.DecisionDepositPlaced').json;
        assert.equal(deposit.index, index);
        assert.equal(deposit.who, proposer.address);
        assert.equal(BigInt(deposit.amount), expected.decisionDeposit);
        assert.equal(await reservedDelta(api, proposer.address, placed), expected.decisionDeposit);
        const decision = (await api.query.referenda.referendumInfoFor(index)).unwrap().asOngoing.decisionDeposit;
        assert.equal(decision.unwrap().amount.toBigInt(), expected.decisionDeposit);
      });
    }

    test('a protocol_params proposal submitted with the system Root origin (the wrong origin) lands on the root track and asks root\'s larger decision deposit', async () => {
      const proposer = k.bobStash;
      const root = tracks.get('root');
      const params = tracks.get('protocol_params');
      assert.ok(root.decisionDeposit > params.decisionDeposit, 'root asks more than protocol_params');

      const call = api.tx.protocolParams.setParams({ takeRate: 70_000_000 });
      const { index, track, submitted } = await submitReferendum(api, { system: 'Root' }, call, proposer);
      assert.equal(track, root.id, 'the root track, not protocol_params');
      assert.notEqual(track, params.id);
      assert.equal(
        await reservedDelta(api, proposer.address, submitted),
        api.consts.referenda.submissionDeposit.toBigInt(),
      );

      const placed = await send(api, api.tx.referenda.placeDecisionDeposit(index), proposer);
      assert.equal(placed.error, null);
      const deposit = event(placed, 'referenda.DecisionDepositPlaced').json;
      assert.equal(deposit.index, index);
      assert.equal(BigInt(deposit.amount), root.decisionDeposit);
      assert.equal(await reservedDelta(api, proposer.address, placed), root.decisionDeposit);
    });
  });

  describe('a deployment\'s CIDs read back as text', () => {
    const s = {};

    test('the test\'s CID conversions give the well-known CIDv0 ↔ CIDv1 pair', () => {
      assert.equal(cidV1OfV0(CID_V0), CID_V0_AS_V1);
      assert.equal(cidV0OfV1(CID_V0_AS_V1), CID_V0);
      assert.equal(cidV0OfV1(CID_FILE), null, 'a raw CID has no CIDv0');
    });

    test('a tenant deploys a bafk… CID on its lease, an editor pushes a Qm… CID, the owner rolls back, the provider reports', async () => {
      const tenant = k.charlieStash;
      const provider = k.daveStash;
      const editor = k.eveStash;

      // A lease: the provider registers, the tenant orders, the provider bids, the tenant accepts.
      const [registered, ordered] = await Promise.all([
        send(api, api.tx.providers.register(providerInfo, 2_000n * UNIT), provider),
        send(api, api.tx.market.createOrder(request, UNIT, 100n * UNIT, null), tenant),
      ]);
      assert.equal(registered.error, null);
      assert.equal(ordered.error, null);
      const order = event(ordered, 'market.OrderCreated').json.order;
      const bid = await send(api, api.tx.market.placeBid(order, UNIT / 10n), provider);
      assert.equal(bid.error, null);
      const accepted = await send(api, api.tx.market.acceptBid(order, event(bid, 'market.BidPlaced').json.bid), tenant);
      assert.equal(accepted.error, null);
      s.lease = event(accepted, 'market.LeaseCreated').json.lease;

      // `site` is bound to the lease; `plain` has no lease.
      const site = await send(api, api.tx.deployments.create('site', CID_FILE, s.lease), tenant);
      assert.equal(site.error, null);
      s.site = event(site, 'deployments.Created').json.deployment;
      const plain = await send(api, api.tx.deployments.create('plain', CID_SITE, null), tenant);
      assert.equal(plain.error, null);
      s.plain = event(plain, 'deployments.Created').json.deployment;

      const editors = await send(api, api.tx.deployments.setEditors(s.site, [editor.address]), tenant);
      assert.equal(editors.error, null);
      const pushed = await send(api, api.tx.deployments.pushVersion(s.site, CID_V0, 'v2'), editor);
      assert.equal(pushed.error, null);
      assert.equal(event(pushed, 'deployments.VersionPushed').json.version, 2);
      const rolledBack = await send(api, api.tx.deployments.rollback(s.site, 1), tenant);
      assert.equal(rolledBack.error, null);
      assert.equal(event(rolledBack, 'deployments.RolledBack').json.version, 3);
      const reported = await send(api, api.tx.deployments.reportStatus(s.site, 3, { Failed: { code: 7 } }), provider);
      assert.equal(reported.error, null);

      // What every read must answer, from the events' blocks and the stored deposits.
      const record = async (id) => (await api.query.deployments.deployments(id)).unwrap();
      const versionDeposit = async (id, n) => (await api.query.deployments.versions(id, n)).unwrap().deposit.toString();
      const siteRecord = await record(s.site);
      const plainRecord = await record(s.plain);
      s.expectedSite = {
        id: s.site,
        owner: tenant.address,
        name: 'site',
        lease: s.lease,
        editors: [editor.address],
        current: 3,
        oldest: 1,
        createdAt: site.blockNumber,
        deposit: siteRecord.deposit.toString(),
        held: siteRecord.held.toString(),
        status: { version: 3, state: 'failed', code: 7, reportedAt: reported.blockNumber },
        versions: [
          {
            number: 1,
            cid: CID_FILE,
            cidV0: null,
            createdAt: site.blockNumber,
            author: tenant.address,
            origin: 'created',
            rollbackTo: null,
            note: null,
            deposit: await versionDeposit(s.site, 1),
          },
          {
            number: 2,
            cid: cidV1OfV0(CID_V0),
            cidV0: CID_V0,
            createdAt: pushed.blockNumber,
            author: editor.address,
            origin: 'pushed',
            rollbackTo: null,
            note: 'v2',
            deposit: await versionDeposit(s.site, 2),
          },
          {
            number: 3,
            cid: CID_FILE,
            cidV0: null,
            createdAt: rolledBack.blockNumber,
            author: tenant.address,
            origin: 'rollback',
            rollbackTo: 1,
            note: null,
            deposit: await versionDeposit(s.site, 3),
          },
        ],
      };
      s.expectedPlain = {
        id: s.plain,
        owner: tenant.address,
        name: 'plain',
        lease: null,
        editors: [],
        current: 1,
        oldest: 1,
        createdAt: plain.blockNumber,
        deposit: plainRecord.deposit.toString(),
        held: plainRecord.held.toString(),
        status: null,
        versions: [
          {
            number: 1,
            cid: CID_SITE,
            cidV0: cidV0OfV1(CID_SITE),
            createdAt: plain.blockNumber,
            author: tenant.address,
            origin: 'created',
            rollbackTo: null,
            note: null,
            deposit: await versionDeposit(s.plain, 1),
          },
        ],
      };
      // The two deployments' `held` is what the balances pallet holds from the tenant for them.
      const holds = await api.query.balances.holds(tenant.address);
      const deploymentHolds = holds
        .filter((h) => h.id.type === 'Deployments' && h.id.value.type === 'DeploymentDeposit')
        .reduce((sum, h) => sum + h.amount.toBigInt(), 0n);
      assert.equal(deploymentHolds, siteRecord.held.toBigInt() + plainRecord.held.toBigInt());
      assert.ok(siteRecord.held.toBigInt() > 0n);
      s.owner = tenant.address;
    });

    test('the DeploymentsApi runtime API returns the deployment with its CIDs as Text: bafk… as given, Qm… as bafy… with the Qm… beside it', async () => {
      assert.ok(s.site !== undefined, 'the deployments were created');
      assert.equal(typeof api.call.deploymentsApi?.deployment, 'function', 'the metadata has DeploymentsApi');

      const site = await api.call.deploymentsApi.deployment(s.site);
      assert.equal(site.isSome, true);
      assert.deepEqual(viewAsJson(site.unwrap()), s.expectedSite);
      const plain = await api.call.deploymentsApi.deployment(s.plain);
      assert.deepEqual(viewAsJson(plain.unwrap()), s.expectedPlain);
      assert.equal((await api.call.deploymentsApi.deployment(999_999)).isNone, true, 'an unknown id is None');

      const byLease = await api.call.deploymentsApi.leaseDeployment(s.lease);
      assert.equal(byLease.isSome, true);
      assert.deepEqual(viewAsJson(byLease.unwrap()), s.expectedSite);
      assert.equal((await api.call.deploymentsApi.leaseDeployment(999_999)).isNone, true, 'an unknown lease is None');

      const page = await api.call.deploymentsApi.ownerDeployments(s.owner, null, 10);
      assert.equal(page.next.isNone, true, 'one page holds both');
      const byId = (list) => [...list].sort((a, b) => a.id - b.id);
      assert.deepEqual(byId(page.items.map(viewAsJson)), byId([s.expectedSite, s.expectedPlain]));

      // One at a time: the first page's `next` leads to the other deployment.
      const first = await api.call.deploymentsApi.ownerDeployments(s.owner, null, 1);
      assert.equal(first.items.length, 1);
      assert.equal(first.next.isSome, true, 'a full page of one has a next');
      const second = await api.call.deploymentsApi.ownerDeployments(s.owner, first.next.unwrap(), 1);
      assert.equal(second.items.length, 1);
      assert.deepEqual(
        [first.items[0].id.toNumber(), second.items[0].id.toNumber()].sort((a, b) => a - b),
        [s.site, s.plain].sort((a, b) => a - b),
      );
    });

    test('deployments_get, deployments_byLease and deployments_ofOwner answer the same as JSON, and null for an unknown id', async () => {
      assert.ok(s.site !== undefined, 'the deployments were created');
      assert.deepEqual(await rpc(node.provider, 'deployments_get', [s.site]), s.expectedSite);
      assert.deepEqual(await rpc(node.provider, 'deployments_get', [s.plain]), s.expectedPlain);
      assert.equal(await rpc(node.provider, 'deployments_get', [999_999]), null);
      assert.deepEqual(await rpc(node.provider, 'deployments_byLease', [s.lease]), s.expectedSite);

      const all = await rpc(node.provider, 'deployments_ofOwner', [s.owner, null, null]);
      assert.equal(all.next, null, 'one page holds both');
      const byId = (list) => [...list].sort((a, b) => a.id - b.id);
      assert.deepEqual(byId(all.items), byId([s.expectedSite, s.expectedPlain]));
      const ten = await rpc(node.provider, 'deployments_ofOwner', [s.owner, null, 10]);
      assert.deepEqual(ten, all);

      // Paged one by one, following `next` as `startAfter`: each deployment exactly once.
      const seen = [];
      let startAfter = null;
      for (let pages = 0; ; pages++) {
        assert.ok(pages < 4, 'paging ends');
        const page = await rpc(node.provider, 'deployments_ofOwner', [s.owner, startAfter, 1]);
        assert.ok(page.items.length <= 1, 'a page holds at most its limit');
        seen.push(...page.items);
        if (page.next === null) break;
        startAfter = page.next;
      }
      assert.deepEqual(byId(seen), byId([s.expectedSite, s.expectedPlain]));

      // An account with no deployment has an empty page.
      assert.deepEqual(await rpc(node.provider, 'deployments_ofOwner', [k.ferdieStash.address, null, 10]), {
        items: [],
        next: null,
      });
    });
  });
});
