// Bad input to a running node: malformed extrinsics and JSON-RPC requests (garbage hex, wrong
// types, unknown methods, broken JSON, oversized bodies, a batch of them) each get a clear
// JSON-RPC error, and the node keeps producing and finalizing blocks.

import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { Keyring } from '@polkadot/keyring';
import { u8aToHex } from '@polkadot/util';
import { startNode } from '../lib/node.js';
import { waitForBlock } from '../lib/chain.js';

const UNIT = 10n ** 12n;

describe('bad input to the node', { timeout: 5 * 60_000 }, () => {
  let node;
  let url;

  /**
   * Posts `body` (a string) to the node's JSON-RPC endpoint; returns the HTTP status and JSON.
   * Gives up after 60 s.
   */
  async function post(body) {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    let json = null;
    try {
      json = JSON.parse(text);
    } catch {
      // Not JSON (e.g. a plain-text HTTP error).
    }
    return { status: response.status, json, text };
  }

  /** Calls `method` with `params` and expects a JSON-RPC error; returns it. */
  async function rpcError(method, params) {
    const { json } = await post(JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }));
    assert.ok(json, `${method}: a JSON answer`);
    assert.equal(json.result, undefined, `${method}: no result`);
    assert.equal(typeof json.error?.code, 'number', `${method}: an error code`);
    assert.ok(json.error.message.length > 0, `${method}: an error message`);
    return json.error;
  }

  before(async () => {
    node = await startNode();
    url = `http://127.0.0.1:${node.rpcPort}`;
    await waitForBlock(node.api, 1);
  });

  after(async () => {
    if (node) await node.stop();
  });

  test('garbage and truncated extrinsics are rejected as undecodable', async () => {
    for (const hex of ['0x', '0x00', '0xdeadbeef', '0x' + 'ff'.repeat(1024)]) {
      const error = await rpcError('author_submitExtrinsic', [hex]);
      assert.match(error.message, /decode|invalid|verification/i, hex.slice(0, 12));
    }
  });

  test('a transfer with a tampered signature is rejected as a bad proof', async () => {
    const alice = new Keyring({ type: 'sr25519' }).addFromUri('//Alice');
    const bob = new Keyring({ type: 'sr25519' }).addFromUri('//Bob');
    const tx = await node.api.tx.balances
      .transferKeepAlive(bob.address, UNIT)
      .signAsync(alice, { nonce: -1 });
    const bytes = tx.toU8a();
    const tampered = new Uint8Array(bytes);
    // The signature follows the length prefix, version byte and address (1 + 1 + 1 + 32 bytes);
    // flip a byte inside it.
    tampered[40] ^= 0xff;
    const error = await rpcError('author_submitExtrinsic', [u8aToHex(tampered)]);
    assert.match(error.message, /bad signature|invalid transaction/i);
  });

  test('parameters of the wrong type get invalid-params errors', async () => {
    const cases = [
      ['author_submitExtrinsic', ['not hex at all']],
      ['author_submitExtrinsic', [42]],
      ['chain_getHeader', [12345]],
      ['chain_getBlock', [12345]],
      ['state_getStorage', [{ key: 1 }]],
      ['market_leaseStatus', ['lease seven']],
      ['market_providerCapacity', ['not an address']],
      ['market_openOrdersFor', [1, 2, 3, 4, 5]],
    ];
    for (const [method, params] of cases) {
      const error = await rpcError(method, params);
      assert.equal(error.code, -32602, `${method}: ${error.message}`);
    }
  });

  test('unknown methods and broken JSON get the standard errors', async () => {
    assert.equal((await rpcError('market_noSuchMethod', [])).code, -32601);
    assert.equal((await rpcError('author_doEverything', [1])).code, -32601);
    const broken = await post('{"jsonrpc":"2.0","id":1,"method":');
    assert.equal(broken.json?.error?.code, -32700);
    const notAnObject = await post('"hello"');
    assert.ok(notAnObject.json?.error, 'a request that is a string is an error');
  });

  test('an oversized request is refused without harm', async () => {
    // The default request limit is 15 MiB.
    const huge = '0x' + '00'.repeat(16 * 1024 * 1024);
    const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'author_submitExtrinsic', params: [huge] });
    let refused;
    try {
      const answer = await post(body);
      refused = answer.status === 413 || Boolean(answer.json?.error);
    } catch (error) {
      if (error.name === 'TimeoutError') throw error; // no answer at all is not a refusal
      refused = true; // the server closed the connection
    }
    assert.ok(refused);
  });

  test('a batch of bad requests gets one error per request', async () => {
    const batch = Array.from({ length: 50 }, (_, i) => ({
      jsonrpc: '2.0',
      id: i,
      method: i % 2 ? 'author_submitExtrinsic' : 'nope_method',
      params: i % 2 ? ['0x' + 'ab'.repeat(i)] : [],
    }));
    const { json } = await post(JSON.stringify(batch));
    assert.ok(Array.isArray(json));
    assert.equal(json.length, 50);
    assert.ok(json.every((answer) => answer.error && answer.result === undefined));
  });

  test('after all that the node still produces and finalizes blocks', async () => {
    const health = await node.provider.send('system_health', []);
    assert.equal(health.isSyncing, false);
    const best = (await node.api.rpc.chain.getHeader()).number.toNumber();
    await waitForBlock(node.api, best + 2);
    // The block that was best before is finalized within a minute.
    const finalized = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('finality stalled')), 60_000);
      node.api.rpc.chain
        .subscribeFinalizedHeads((header) => {
          if (header.number.toNumber() >= best) {
            clearTimeout(timer);
            resolve(header.number.toNumber());
          }
        })
        .catch(reject);
    });
    assert.ok(finalized >= best);
    // The runtime refuses undecodable transactions by trapping inside the WASM call, which the
    // node logs as "Nothing bad happened"; nothing else may panic or fail.
    const log = node.log();
    assert.doesNotMatch(log, /Essential task .* failed/);
    const panics = log.split('panicked at').slice(1);
    assert.ok(panics.every((p) => p.includes('Nothing bad happened')), 'only refused input traps');
  });
});
