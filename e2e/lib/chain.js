// Submitting transactions as Polkadot.js Apps does, and reading what they did.

/**
 * Settles with `promise`, or rejects once `ms` milliseconds have passed, naming `what`.
 * Every wait in the tests goes through a deadline of its own.
 */
export function withDeadline(promise, ms, what) {
  let timer;
  const expired = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms / 1000} s: ${what}`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}

/**
 * Signs and submits `tx` from `signer` and waits for its block. Resolves with the block hash
 * and number, the extrinsic's events (`section.method` plus data), the fee it paid, and its
 * dispatch error as Apps shows it (`pallet.Error`), or `null` on success. Rejects when the
 * transaction is not in a block within `timeout` ms (default 120 s); the other options go to
 * `signAndSend`.
 */
export function send(api, tx, signer, options = {}) {
  const { timeout = 120_000, ...signOptions } = options;
  const what = `${tx.method.section}.${tx.method.method} in a block`;
  const subscription = once();
  const unsubscribe = subscription.stop;
  const included = new Promise((resolve, reject) => {
    tx.signAndSend(signer, { nonce: -1, ...signOptions }, async (result) => {
      if (result.isError) {
        unsubscribe();
        reject(new Error(`transaction ${tx.method.section}.${tx.method.method} failed: ${result.status}`));
        return;
      }
      if (!result.status.isInBlock) return;
      unsubscribe();
      try {
        const blockHash = result.status.asInBlock;
        const header = await api.rpc.chain.getHeader(blockHash);
        const events = result.events.map(({ event }) => ({
          name: `${event.section}.${event.method}`,
          data: event.data,
          json: fields(event.data),
        }));
        const feeEvent = events.find((e) => e.name === 'transactionPayment.TransactionFeePaid');
        resolve({
          blockHash,
          blockNumber: header.number.toNumber(),
          events,
          fee: feeEvent ? BigInt(feeEvent.data[1].toString()) : 0n,
          error: result.dispatchError ? describeError(api, result.dispatchError) : null,
        });
      } catch (error) {
        reject(error);
      }
    })
      .then(subscription.set)
      .catch(reject);
  });
  return withDeadline(included, timeout, what).catch((error) => {
    unsubscribe();
    throw error;
  });
}

/**
 * Opens a referendum as Polkadot.js Apps does: `proposer` notes the preimage of `call`, then
 * submits it with `origin` (which picks the track), enacted one block after approval. Fails
 * when either transaction fails; resolves with the referendum's `{ index, track }` and the
 * `send` result of the submission (`submitted`: its block, events and fee).
 */
export async function submitReferendum(api, origin, call, proposer) {
  const noted = await send(api, api.tx.preimage.notePreimage(call.method.toHex()), proposer);
  if (noted.error) throw new Error(`preimage.notePreimage failed: ${noted.error}`);
  const submitted = await send(
    api,
    api.tx.referenda.submit(
      origin,
      { Lookup: { hash: call.method.hash, len: call.method.encodedLength } },
      { After: 1 },
    ),
    proposer,
  );
  if (submitted.error) throw new Error(`referenda.submit failed: ${submitted.error}`);
  const { index, track } = event(submitted, 'referenda.Submitted').json;
  return { index, track, submitted };
}

/** An event's fields by name (camelCase), as JSON. */
export function fields(data) {
  const names = data.names || [];
  return Object.fromEntries(
    names.map((name, i) => [name.replace(/_([a-z])/g, (_, c) => c.toUpperCase()), data[i].toJSON()]),
  );
}

/** A dispatch error as Polkadot.js Apps names it: `pallet.Error`, or the error's kind. */
export function describeError(api, dispatchError) {
  if (dispatchError.isModule) {
    const meta = api.registry.findMetaError(dispatchError.asModule);
    return `${meta.section}.${meta.name}`;
  }
  return dispatchError.type;
}

/** The events named `name` (`section.method`) in a `send` result. */
export function eventsNamed(result, name) {
  return result.events.filter((e) => e.name === name);
}

/** The first event named `name`; fails if there is none. */
export function event(result, name) {
  const found = eventsNamed(result, name);
  if (found.length === 0) {
    throw new Error(`no ${name} in ${result.events.map((e) => e.name).join(', ')}`);
  }
  return found[0];
}

/** A JSON-RPC call by method name on `provider` (the `market_*` methods have no
 * @polkadot/api typings). */
export function rpc(provider, method, params = []) {
  return provider.send(method, params);
}

/** An account's free balance. */
export async function free(api, address, at) {
  const query = at ? await api.at(at) : api;
  const account = await query.query.system.account(address);
  return account.data.free.toBigInt();
}

/** Waits until the best block is at least `number`, at most `timeout` ms (default 120 s). */
export async function waitForBlock(api, number, timeout = 120_000) {
  const subscription = once();
  const reached = new Promise((resolve, reject) => {
    api.rpc.chain
      .subscribeNewHeads((header) => {
        if (header.number.toNumber() >= number) {
          subscription.stop();
          resolve(header);
        }
      })
      .then(subscription.set)
      .catch(reject);
  });
  try {
    return await withDeadline(reached, timeout, `best block #${number}`);
  } finally {
    subscription.stop();
  }
}

/**
 * A subscription's unsubscribe function that may be asked for before it exists and called
 * more than once: `set(u)` records it (calling it at once if `stop()` came first).
 */
function once() {
  let unsubscribe;
  let stopped = false;
  return {
    set(u) {
      unsubscribe = u;
      if (stopped) u();
    },
    stop() {
      if (stopped) return;
      stopped = true;
      if (unsubscribe) unsubscribe();
    },
  };
}

/** Waits for `blocks` more blocks: at most 60 s plus 12 s (two slots) per block. */
export async function waitBlocks(api, blocks) {
  const header = await api.rpc.chain.getHeader();
  return waitForBlock(api, header.number.toNumber() + blocks, 60_000 + 12_000 * blocks);
}
