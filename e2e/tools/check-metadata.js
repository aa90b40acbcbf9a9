// Compares the runtime's metadata with the last release's (runtime/metadata/release.json) and
// fails when a change lacks the version bump it needs:
//   - a call removed, moved to another index, or given other argument types (in any pallet,
//     which also moves when a pallet's index changes) needs a higher `transaction_version`:
//     transactions signed for the old layout must not be accepted;
//   - a storage item removed or given another key or value type needs a higher storage
//     version of its pallet (and so a migration in the runtime's `Migrations`);
//   - any change at all (calls, events, errors, storage, constants, runtime APIs) needs a
//     higher `spec_version`.
// Additions (a new call at a new index, a new event, a new storage item, a new pallet) are
// compatible changes and need only the `spec_version` bump.
//
//   node tools/check-metadata.js            check (exit 1 with the reasons when it fails)
//   node tools/check-metadata.js --update   record the current runtime as the release
//
// The runtime is the node's own (`DEINFRA_NODE`), run as `--dev` for a moment; its storage
// versions are read from the genesis state, where every pallet starts at its in-code version.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Metadata, TypeRegistry } from '@polkadot/types';
import { xxhashAsHex } from '@polkadot/util-crypto';
import { startNode } from '../lib/node.js';

const RELEASE = join(dirname(fileURLToPath(import.meta.url)), '../../runtime/metadata/release.json');

/**
 * The runtime's outer enums: stored values that embed them (the scheduler's agenda, council
 * proposals, referenda, the block's events) change with every call, event or origin added
 * anywhere. They are compared by name in storage: a call moved or removed is caught by the
 * rule on calls (transaction_version), anything else by the one on spec_version.
 */
const OUTER = new Set(['RuntimeCall', 'RuntimeEvent', 'OriginCaller']);

/** A structural description of type `id` in `lookup`, with recursion cut at a seen type. */
function shapeOf(lookup, id, seen = new Set()) {
  const ty = lookup.getSiType(id);
  const path = ty.path.map((p) => p.toString()).join('::');
  if (OUTER.has(ty.path[ty.path.length - 1]?.toString())) return `outer(${path})`;
  if (seen.has(id)) return `rec(${path})`;
  const inner = new Set(seen).add(id);
  const sub = (t) => shapeOf(lookup, t.toNumber(), inner);
  const def = ty.def;
  if (def.isComposite) {
    return `{${def.asComposite.fields.map((f) => `${f.name.toString()}:${sub(f.type)}`).join(',')}}`;
  }
  if (def.isVariant) {
    return `<${def.asVariant.variants
      .map((v) => `${v.index.toNumber()}:${v.name.toString()}{${v.fields.map((f) => `${f.name.toString()}:${sub(f.type)}`).join(',')}}`)
      .join('|')}>`;
  }
  if (def.isSequence) return `[${sub(def.asSequence.type)}]`;
  if (def.isArray) return `[${sub(def.asArray.type)};${def.asArray.len.toNumber()}]`;
  if (def.isTuple) return `(${def.asTuple.map(sub).join(',')})`;
  if (def.isPrimitive) return def.asPrimitive.type.toString();
  if (def.isCompact) return `compact(${sub(def.asCompact.type)})`;
  if (def.isBitSequence) return 'bits';
  return def.type.toString();
}

/** Everything the rules look at, per pallet, from SCALE-encoded metadata. */
export function describe(metadataHex) {
  const registry = new TypeRegistry();
  const metadata = new Metadata(registry, metadataHex);
  registry.setMetadata(metadata);
  const latest = metadata.asLatest;
  const lookup = latest.lookup;
  // The variants of an optional calls/events/errors entry, by name.
  const variants = (entry) =>
    entry.isSome
      ? Object.fromEntries(
          lookup.getSiType(entry.unwrap().type).def.asVariant.variants.map((v) => [
            v.name.toString(),
            { index: v.index.toNumber(), shape: v.fields.map((f) => shapeOf(lookup, f.type.toNumber())).join(',') },
          ]),
        )
      : {};
  const pallets = {};
  for (const pallet of latest.pallets) {
    const storage = {};
    if (pallet.storage.isSome) {
      for (const item of pallet.storage.unwrap().items) {
        const t = item.type;
        storage[item.name.toString()] = t.isPlain
          ? shapeOf(lookup, t.asPlain.toNumber())
          : `${t.asMap.hashers.map((h) => h.toString()).join('+')} ${shapeOf(lookup, t.asMap.key.toNumber())} => ${shapeOf(lookup, t.asMap.value.toNumber())}`;
      }
    }
    pallets[pallet.name.toString()] = {
      index: pallet.index.toNumber(),
      calls: variants(pallet.calls),
      events: variants(pallet.events),
      errors: variants(pallet.errors),
      storage,
      constants: Object.fromEntries(pallet.constants.map((c) => [c.name.toString(), `${shapeOf(lookup, c.type.toNumber())}=${c.value.toHex()}`])),
    };
  }
  const apis = Object.fromEntries(
    latest.apis.map((a) => [a.name.toString(), a.methods.map((m) => `${m.name.toString()}(${m.inputs.map((i) => shapeOf(lookup, i.type.toNumber())).join(',')})->${shapeOf(lookup, m.output.toNumber())}`).join(';')]),
  );
  return { pallets, apis };
}

/** The reasons why `now` cannot follow `release`; empty when it can. */
export function incompatibilities(release, now) {
  return compare(describe(release.metadata), describe(now.metadata), release, now);
}

/**
 * The rules, on two descriptions (from `describe`) and the versions
 * `{ specVersion, transactionVersion, storageVersions }` of the release and of the candidate.
 */
export function compare(was, is, release, now) {
  const callChanges = [];
  const storageChanges = {};
  const anyChange = JSON.stringify(was) !== JSON.stringify(is);
  for (const [name, old] of Object.entries(was.pallets)) {
    const cur = is.pallets[name];
    if (!cur) {
      if (Object.keys(old.calls).length) callChanges.push(`pallet ${name} and its calls were removed`);
      if (Object.keys(old.storage).length) (storageChanges[name] ??= []).push('the pallet was removed');
      continue;
    }
    if (cur.index !== old.index && Object.keys(old.calls).length) {
      callChanges.push(`pallet ${name} moved from index ${old.index} to ${cur.index}`);
    }
    for (const [call, o] of Object.entries(old.calls)) {
      const c = cur.calls[call];
      if (!c) callChanges.push(`${name}.${call} was removed`);
      else if (c.index !== o.index) callChanges.push(`${name}.${call} moved from index ${o.index} to ${c.index}`);
      else if (c.shape !== o.shape) callChanges.push(`${name}.${call} takes other arguments`);
    }
    for (const [item, shape] of Object.entries(old.storage)) {
      if (!(item in cur.storage)) (storageChanges[name] ??= []).push(`${item} was removed`);
      else if (cur.storage[item] !== shape) (storageChanges[name] ??= []).push(`${item} changed its layout`);
    }
  }
  const reasons = [];
  if (callChanges.length && !(now.transactionVersion > release.transactionVersion)) {
    reasons.push(
      `calls changed but transaction_version stayed at ${now.transactionVersion}:\n    ${callChanges.join('\n    ')}`,
    );
  }
  for (const [pallet, changes] of Object.entries(storageChanges)) {
    const before = release.storageVersions[pallet] ?? 0;
    const after = now.storageVersions[pallet] ?? 0;
    if (is.pallets[pallet] && !(after > before)) {
      reasons.push(
        `${pallet}'s storage changed but its storage version stayed at ${after} (a migration is needed):\n    ${changes.join('\n    ')}`,
      );
    }
  }
  if (anyChange && !(now.specVersion > release.specVersion)) {
    reasons.push(`the metadata changed but spec_version stayed at ${now.specVersion}`);
  }
  return { reasons, callChanges, storageChanges, anyChange };
}

/** The running runtime's metadata, versions and pallets' storage versions. */
async function current() {
  const node = await startNode({ chainArgs: ['--dev'] });
  try {
    const { api } = node;
    const version = await api.rpc.state.getRuntimeVersion();
    const metadata = (await api.rpc.state.getMetadata()).toHex();
    const storageVersions = {};
    for (const pallet of api.runtimeMetadata.asLatest.pallets) {
      const name = pallet.name.toString();
      const key = xxhashAsHex(name, 128) + xxhashAsHex(':__STORAGE_VERSION__:', 128).slice(2);
      const raw = await api.rpc.state.getStorage(key);
      const bytes = raw.isSome ? raw.unwrap().toU8a(true) : new Uint8Array([0, 0]);
      storageVersions[name] = bytes[0] | (bytes[1] << 8);
    }
    return {
      specName: version.specName.toString(),
      specVersion: version.specVersion.toNumber(),
      transactionVersion: version.transactionVersion.toNumber(),
      storageVersions,
      metadata,
    };
  } finally {
    await node.stop();
  }
}

async function main() {
  const now = await current();
  if (process.argv.includes('--update')) {
    writeFileSync(RELEASE, JSON.stringify(now, null, 1) + '\n');
    console.log(`recorded ${now.specName} ${now.specVersion} (transaction_version ${now.transactionVersion}) in ${RELEASE}`);
    return;
  }
  const release = JSON.parse(readFileSync(RELEASE, 'utf8'));
  const { reasons, callChanges, anyChange } = incompatibilities(release, now);
  if (reasons.length) {
    console.error(`runtime ${now.specVersion} cannot follow release ${release.specVersion}:`);
    for (const r of reasons) console.error(`  - ${r}`);
    process.exit(1);
  }
  console.log(
    anyChange
      ? `metadata check passed: runtime ${now.specVersion} (transaction_version ${now.transactionVersion}) follows release ${release.specVersion}; ${callChanges.length} call change(s), versions bumped where needed`
      : `metadata check passed: the metadata is the release's (${release.specVersion})`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
