import { AESCipher } from '@larksuiteoapi/node-sdk';
import { describe, expect, it } from 'vitest';
import {
  appIdMatches,
  checkTimestamp,
  constantTimeEqual,
  decryptPayload,
  envelopeFacts,
  feishuSignature,
  signatureMatches,
  tokenMatches,
} from '../../src/platforms/feishu/verify.js';

// Vectors computed outside this code base (Python hashlib, OpenSSL `enc -aes-256-cbc`).
const SIGNATURE_VECTOR = {
  timestamp: '1700000000',
  nonce: 'abc123',
  key: 'test-encrypt-key',
  body: '{"encrypt":"xyz"}',
  hex: '7ddb33e593fdadb85d7a6d44aad2acd4756b51b40e18c8189e1c5a91fdf66524',
};
const UNICODE_VECTOR = {
  timestamp: '1700000000',
  nonce: 'nonce',
  key: '密钥',
  body: '{"a":"飞书"}',
  hex: '774ab73eb8e9e8a37dfe91ebfab6b1f510213b0f9bf5f08bb1c6030bb585ec46',
};
/** `{"challenge":"abc","token":"vt","type":"url_verification"}`, key sha256('test-encrypt-key'), IV 00..0f. */
const CIPHER_VECTOR =
  'AAECAwQFBgcICQoLDA0OD4AeTWwjU2ENx3Z59eD7hESxHohKtD351/XRkETejv2Sp5qsY6ViPOVZBPPDOC3uY8SzcAP8F84rr3jbu/3AloU=';

describe('feishuSignature', () => {
  it('matches an independently computed sha256 over timestamp + nonce + key + raw body', () => {
    const v = SIGNATURE_VECTOR;
    expect(feishuSignature(v.timestamp, v.nonce, v.key, Buffer.from(v.body))).toBe(v.hex);
  });

  it('encodes the key and the body as UTF-8 bytes', () => {
    const v = UNICODE_VECTOR;
    expect(feishuSignature(v.timestamp, v.nonce, v.key, Buffer.from(v.body, 'utf8'))).toBe(v.hex);
  });
});

describe('signatureMatches', () => {
  const v = SIGNATURE_VECTOR;
  const headers = { timestamp: v.timestamp, nonce: v.nonce, signature: v.hex };

  it('accepts the right signature, in either hex case', () => {
    expect(signatureMatches(headers, v.key, Buffer.from(v.body))).toBe(true);
    expect(signatureMatches({ ...headers, signature: v.hex.toUpperCase() }, v.key, Buffer.from(v.body))).toBe(true);
  });

  it('refuses a changed body, key, nonce, timestamp, or a truncated signature', () => {
    expect(signatureMatches(headers, v.key, Buffer.from(`${v.body} `))).toBe(false);
    expect(signatureMatches(headers, 'other-key', Buffer.from(v.body))).toBe(false);
    expect(signatureMatches({ ...headers, nonce: 'abc124' }, v.key, Buffer.from(v.body))).toBe(false);
    expect(signatureMatches({ ...headers, timestamp: '1700000001' }, v.key, Buffer.from(v.body))).toBe(false);
    expect(signatureMatches({ ...headers, signature: v.hex.slice(0, 63) }, v.key, Buffer.from(v.body))).toBe(false);
    expect(signatureMatches({ ...headers, signature: '' }, v.key, Buffer.from(v.body))).toBe(false);
  });
});

describe('constantTimeEqual', () => {
  it('compares strings of any length without throwing', () => {
    expect(constantTimeEqual('abc', 'abc')).toBe(true);
    expect(constantTimeEqual('abc', 'abd')).toBe(false);
    expect(constantTimeEqual('abc', 'ab')).toBe(false);
    expect(constantTimeEqual('', '')).toBe(true);
  });
});

describe('checkTimestamp', () => {
  const now = new Date('2026-03-02T01:00:00Z');
  const seconds = Math.floor(now.getTime() / 1000);

  it('accepts ±5 minutes, in seconds or milliseconds', () => {
    expect(checkTimestamp(String(seconds), now)).toBe('ok');
    expect(checkTimestamp(String(seconds - 300), now)).toBe('ok');
    expect(checkTimestamp(String(seconds + 300), now)).toBe('ok');
    expect(checkTimestamp(String(now.getTime()), now)).toBe('ok');
  });

  it('refuses stale and future timestamps', () => {
    expect(checkTimestamp(String(seconds - 301), now)).toBe('stale');
    expect(checkTimestamp('1', now)).toBe('stale');
    expect(checkTimestamp(String(seconds + 301), now)).toBe('future');
    expect(checkTimestamp(String(now.getTime() + 301_000), now)).toBe('future');
  });

  it('refuses what is not a number', () => {
    for (const bad of ['', 'abc', '-1', '1.5', '1e9', ' 1700000000', '99999999999999999']) {
      expect(checkTimestamp(bad, now)).toBe('invalid');
    }
  });
});

describe('decryptPayload', () => {
  it('decrypts an OpenSSL-made ciphertext with the SDK cipher', () => {
    expect(decryptPayload(CIPHER_VECTOR, new AESCipher('test-encrypt-key'))).toBe(
      '{"challenge":"abc","token":"vt","type":"url_verification"}',
    );
  });

  it('gives undefined for a wrong key, garbage or a too-short ciphertext', () => {
    expect(decryptPayload(CIPHER_VECTOR, new AESCipher('wrong-key'))).toBeUndefined();
    expect(decryptPayload('not base64 at all', new AESCipher('test-encrypt-key'))).toBeUndefined();
    expect(decryptPayload('AAEC', new AESCipher('test-encrypt-key'))).toBeUndefined();
  });
});

describe('envelopeFacts', () => {
  it('reads a challenge', () => {
    expect(envelopeFacts({ type: 'url_verification', challenge: 'c1', token: 't' })).toEqual({
      kind: 'challenge',
      challenge: 'c1',
      token: 't',
    });
  });

  it('reads a v2 header', () => {
    const payload = {
      schema: '2.0',
      header: { event_id: 'e1', event_type: 'im.message.receive_v1', token: 't', app_id: 'cli_1' },
      event: {},
    };
    expect(envelopeFacts(payload)).toEqual({
      kind: 'event',
      eventId: 'e1',
      eventType: 'im.message.receive_v1',
      token: 't',
      appId: 'cli_1',
    });
  });

  it('reads a v1 event (uuid, token, event.app_id)', () => {
    const payload = {
      uuid: 'u1',
      token: 't',
      type: 'event_callback',
      event: { type: 'p2p_chat_create', app_id: 'cli_1' },
    };
    expect(envelopeFacts(payload)).toEqual({
      kind: 'event',
      eventId: 'u1',
      eventType: 'p2p_chat_create',
      token: 't',
      appId: 'cli_1',
    });
  });

  it('calls anything else malformed', () => {
    expect(envelopeFacts({ schema: '2.0' }).kind).toBe('malformed');
    expect(envelopeFacts({ schema: '2.0', header: { event_id: 1, event_type: 'x' } }).kind).toBe('malformed');
    expect(envelopeFacts({ type: 'url_verification' }).kind).toBe('malformed');
    expect(envelopeFacts({ hello: 'world' }).kind).toBe('malformed');
  });
});

describe('tokenMatches / appIdMatches', () => {
  it('needs the exact value; a missing one never matches', () => {
    expect(tokenMatches('vt', 'vt')).toBe(true);
    expect(tokenMatches('vt', 'vt ')).toBe(false);
    expect(tokenMatches('vt', undefined)).toBe(false);
    expect(appIdMatches('cli_1', 'cli_1')).toBe(true);
    expect(appIdMatches('cli_1', 'cli_2')).toBe(false);
    expect(appIdMatches('cli_1', undefined)).toBe(false);
  });
});
