import {
  Client,
  LoggerLevel,
  defaultHttpInstance,
  type Cache,
  type HttpInstance,
  type HttpRequestOptions,
} from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../log/logger.js';
import { createSdkLogger } from './sdk-logger.js';

/** Default limit on one OpenAPI call; the SDK's axios instance has none, so a hung call would never end. */
export const FEISHU_HTTP_TIMEOUT_MS = 10_000;

/** Credentials and endpoint of one Feishu app. */
export interface FeishuAppSettings {
  appId: string;
  appSecret: string;
  /** `FEISHU_BASE_URL`; any string is used verbatim, plain `http://host:port` included (SDK ≥ 1.74). */
  baseUrl: string;
}

/** The key type of the SDK's `Cache` interface (it spells the symbol type as the `Symbol` wrapper). */
type CacheKey = Parameters<Cache['get']>[0];

/**
 * A token cache private to one client. The SDK's default cache is one Map shared by every client in
 * the process, and the SDK never drops a token Feishu has rejected (feishu.md §7.1); owning the cache
 * lets the adapter forget a rejected token so the next attempt fetches a fresh one.
 */
export class TokenCache implements Cache {
  private readonly values = new Map<string, { value: unknown; expiresAt?: number }>();

  async get(key: CacheKey, options?: { namespace?: string }): Promise<unknown> {
    const entry = this.values.get(cacheKey(key, options));
    if (!entry) return undefined;
    if (entry.expiresAt !== undefined && entry.expiresAt < Date.now()) return undefined;
    return entry.value;
  }

  async set(key: CacheKey, value: unknown, expiresAt?: number, options?: { namespace?: string }): Promise<boolean> {
    this.values.set(cacheKey(key, options), { value, expiresAt });
    return true;
  }

  /** Forgets every cached token (there is only this app's). */
  clear(): void {
    this.values.clear();
  }
}

function cacheKey(key: CacheKey, options?: { namespace?: string }): string {
  return `${options?.namespace ?? ''}/${key.toString()}`;
}

/**
 * The SDK's own axios instance (its interceptors unwrap response bodies), with a timeout added to
 * every call. The interface's per-call generics describe what the SDK expects back, which the wrapped
 * instance already delivers; hence the `Promise<never>` assertions.
 */
export function httpWithTimeout(timeoutMs: number): HttpInstance {
  const base = defaultHttpInstance;
  const opt = <D>(opts?: HttpRequestOptions<D>): HttpRequestOptions<D> => ({ timeout: timeoutMs, ...opts });
  return {
    request: (opts) => base.request(opt(opts)) as Promise<never>,
    get: (url, opts) => base.get(url, opt(opts)) as Promise<never>,
    delete: (url, opts) => base.delete(url, opt(opts)) as Promise<never>,
    head: (url, opts) => base.head(url, opt(opts)) as Promise<never>,
    options: (url, opts) => base.options(url, opt(opts)) as Promise<never>,
    post: (url, data, opts) => base.post(url, data, opt(opts)) as Promise<never>,
    put: (url, data, opts) => base.put(url, data, opt(opts)) as Promise<never>,
    patch: (url, data, opts) => base.patch(url, data, opt(opts)) as Promise<never>,
  };
}

/** One SDK client and the token cache behind it. */
export interface FeishuClient {
  client: Client;
  tokens: TokenCache;
}

/** Builds the one SDK `Client` of the service. */
export function createFeishuClient(
  settings: FeishuAppSettings,
  log: Logger,
  timeoutMs = FEISHU_HTTP_TIMEOUT_MS,
): FeishuClient {
  const tokens = new TokenCache();
  const client = new Client({
    appId: settings.appId,
    appSecret: settings.appSecret,
    domain: settings.baseUrl.replace(/\/+$/, ''),
    cache: tokens,
    httpInstance: httpWithTimeout(timeoutMs),
    logger: createSdkLogger(log.child({ component: 'feishu-client' }), 'debug'),
    loggerLevel: LoggerLevel.debug,
  });
  return { client, tokens };
}
