// The rules of tools/check-metadata.js (scripts/check-metadata.sh), on the recorded release's
// metadata and on changed copies of it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compare, describe } from '../tools/check-metadata.js';

const release = JSON.parse(readFileSync(new URL('../../runtime/metadata/release.json', import.meta.url), 'utf8'));
const was = describe(release.metadata);
const copy = () => structuredClone(was);
const versions = (bump = {}) => ({
  specVersion: release.specVersion + (bump.spec ?? 0),
  transactionVersion: release.transactionVersion + (bump.tx ?? 0),
  storageVersions: { ...release.storageVersions, ...(bump.storage ?? {}) },
});

test('the release follows itself without any bump', () => {
  const r = compare(was, copy(), release, versions());
  assert.deepEqual(r.reasons, []);
  assert.equal(r.anyChange, false);
});

test('the release records every pallet of the marketplace with calls and storage', () => {
  for (const pallet of ['Providers', 'Market', 'Escrow', 'Deployments', 'ProtocolParams']) {
    assert.ok(Object.keys(was.pallets[pallet].calls).length > 0, `${pallet} has calls`);
    assert.ok(Object.keys(was.pallets[pallet].storage).length > 0, `${pallet} has storage`);
  }
});

test('a moved call index needs a transaction_version bump', () => {
  const is = copy();
  const call = Object.keys(is.pallets.Market.calls)[0];
  is.pallets.Market.calls[call].index += 100;
  const without = compare(was, is, release, versions({ spec: 1 }));
  assert.equal(without.reasons.length, 1);
  assert.match(without.reasons[0], new RegExp(`Market\\.${call} moved`));
  assert.match(without.reasons[0], /transaction_version/);
  assert.deepEqual(compare(was, is, release, versions({ spec: 1, tx: 1 })).reasons, []);
});

test('a removed call or changed arguments need a transaction_version bump', () => {
  const is = copy();
  const [first, second] = Object.keys(is.pallets.Providers.calls);
  delete is.pallets.Providers.calls[first];
  is.pallets.Providers.calls[second].shape += ',u8';
  const r = compare(was, is, release, versions({ spec: 1 }));
  assert.equal(r.callChanges.length, 2);
  assert.match(r.reasons[0], new RegExp(`Providers\\.${first} was removed`));
  assert.match(r.reasons[0], new RegExp(`Providers\\.${second} takes other arguments`));
});

test('a new call at a new index needs only the spec_version bump', () => {
  const is = copy();
  is.pallets.Market.calls.brand_new = { index: 250, shape: 'u32' };
  assert.match(compare(was, is, release, versions()).reasons.join(), /spec_version stayed/);
  assert.deepEqual(compare(was, is, release, versions({ spec: 1 })).reasons, []);
});

test('a storage layout change needs the pallet storage version bump (a migration)', () => {
  const is = copy();
  const item = Object.keys(is.pallets.ProtocolParams.storage)[0];
  is.pallets.ProtocolParams.storage[item] += '|changed';
  const r = compare(was, is, release, versions({ spec: 1 }));
  assert.equal(r.reasons.length, 1);
  assert.match(r.reasons[0], /ProtocolParams's storage changed but its storage version stayed/);
  const bumped = (release.storageVersions.ProtocolParams ?? 0) + 1;
  assert.deepEqual(compare(was, is, release, versions({ spec: 1, storage: { ProtocolParams: bumped } })).reasons, []);
});

test('a changed event or constant needs the spec_version bump only', () => {
  const is = copy();
  const constant = Object.keys(is.pallets.ProtocolParams.constants)[0];
  is.pallets.ProtocolParams.constants[constant] += '00';
  assert.match(compare(was, is, release, versions()).reasons.join(), /spec_version stayed/);
  assert.deepEqual(compare(was, is, release, versions({ spec: 1 })).reasons, []);
});
