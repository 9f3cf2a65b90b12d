import type { Clock } from './clock.js';
import type { EmulatorState } from './state.js';

/** Token lifetime and the renewal threshold of doc §7.1. */
const TOKEN_TTL_MS = 2 * 60 * 60 * 1000;
const REISSUE_BELOW_MS = 30 * 60 * 1000;

interface IssuedToken {
  appId: string;
  expiresAt: number;
}

/** A token grant: the token and its remaining life in whole seconds. */
export interface TokenGrant {
  token: string;
  expire: number;
}

/**
 * tenant_access_token issuing as in doc §7.1: a token lives 2 h; asking again returns the same token
 * while more than 30 min remain, otherwise a new one, and the old one stays valid until it expires.
 */
export class TokenIssuer {
  private readonly tokens = new Map<string, IssuedToken>();
  private readonly latest = new Map<string, string>();

  constructor(
    private readonly state: EmulatorState,
    private readonly now: Clock,
  ) {}

  /** Returns the current token of the app or issues a new one. */
  grant(appId: string): TokenGrant {
    const now = this.now();
    const current = this.latest.get(appId);
    const issued = current === undefined ? undefined : this.tokens.get(current);
    if (current !== undefined && issued && issued.expiresAt - now > REISSUE_BELOW_MS) {
      return { token: current, expire: Math.floor((issued.expiresAt - now) / 1000) };
    }
    const token = this.state.newId('t-g1', 36);
    this.tokens.set(token, { appId, expiresAt: now + TOKEN_TTL_MS });
    this.latest.set(appId, token);
    return { token, expire: TOKEN_TTL_MS / 1000 };
  }

  /** The app a token belongs to, if the token is known and not expired. */
  appOf(token: string): string | undefined {
    const issued = this.tokens.get(token);
    return issued && issued.expiresAt > this.now() ? issued.appId : undefined;
  }

  /**
   * Invalidates every token (of one app, or of all). Feishu does not do this on its own; it exists to
   * test how a client copes with 99991663, which the Node SDK does not refresh on (doc §7.1).
   */
  revoke(appId?: string): void {
    for (const [token, issued] of this.tokens) {
      if (appId === undefined || issued.appId === appId) this.tokens.delete(token);
    }
    for (const id of [...this.latest.keys()]) if (appId === undefined || id === appId) this.latest.delete(id);
  }
}
