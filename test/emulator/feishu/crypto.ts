import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** AES-256 key of an Encrypt Key: its SHA-256 (doc §3.1). */
function aesKey(encryptKey: string): Buffer {
  return createHash('sha256').update(encryptKey).digest();
}

/**
 * Encrypts like Feishu (doc §3.1): AES-256-CBC with key SHA-256(encryptKey), PKCS#7 padding,
 * a random 16-byte IV prefixed to the ciphertext, base64 of the whole.
 */
export function encryptPayload(encryptKey: string, plaintext: string): string {
  const iv = randomBytes(16);
  const cipher = createCipheriv('aes-256-cbc', aesKey(encryptKey), iv);
  return Buffer.concat([iv, cipher.update(plaintext, 'utf8'), cipher.final()]).toString('base64');
}

/** The inverse of {@link encryptPayload}. */
export function decryptPayload(encryptKey: string, encrypt: string): string {
  const buffer = Buffer.from(encrypt, 'base64');
  const decipher = createDecipheriv('aes-256-cbc', aesKey(encryptKey), buffer.subarray(0, 16));
  return Buffer.concat([decipher.update(buffer.subarray(16)), decipher.final()]).toString('utf8');
}

/** `X-Lark-Signature`: lowercase hex SHA-256 of timestamp + nonce + encryptKey + body (doc §3.2). */
export function signBody(encryptKey: string, timestamp: string, nonce: string, body: string): string {
  return createHash('sha256')
    .update(timestamp + nonce + encryptKey)
    .update(body)
    .digest('hex');
}

/** A push as it goes on the wire. */
export interface SealedRequest {
  /** Compact JSON; the Node SDK verifies the signature over `JSON.stringify(JSON.parse(body))`. */
  body: string;
  headers: Record<string, string>;
}

/** Options of {@link sealEnvelope}. */
export interface SealOptions {
  /** Without it the body is the plaintext envelope and there is no signature header. */
  encryptKey?: string;
  /** Unix seconds as a string (doc §3.2, unverified unit); default now. */
  timestamp?: string;
  nonce?: string;
}

/**
 * Turns an envelope into the body and headers Feishu would POST: `{"encrypt": "…"}` signed with the
 * `X-Lark-Request-*` headers when an Encrypt Key is set, the plain JSON otherwise.
 */
export function sealEnvelope(envelope: object, options: SealOptions = {}): SealedRequest {
  const timestamp = options.timestamp ?? String(Math.floor(Date.now() / 1000));
  const nonce = options.nonce ?? randomBytes(8).toString('hex');
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'X-Lark-Request-Timestamp': timestamp,
    'X-Lark-Request-Nonce': nonce,
  };
  const plaintext = JSON.stringify(envelope);
  if (options.encryptKey === undefined) return { body: plaintext, headers };
  const body = JSON.stringify({ encrypt: encryptPayload(options.encryptKey, plaintext) });
  headers['X-Lark-Signature'] = signBody(options.encryptKey, timestamp, nonce, body);
  return { body, headers };
}
