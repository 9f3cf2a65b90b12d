import { describe, expect, it } from 'vitest';
import { planOutcome } from '../../src/delivery/outcome-plan.js';
import { DEFAULT_RETRY_POLICY, retryDelayMs } from '../../src/delivery/retry-policy.js';
import { outcomes } from './scripted-adapter.js';

const now = new Date('2026-03-02T01:00:00.000Z');
const policy = { baseMs: 1000, capMs: 8000, maxAttempts: 4 };
const later = (ms: number) => new Date(now.getTime() + ms);

describe('retry delay', () => {
  it('is full jitter below an exponentially growing, capped ceiling', () => {
    expect(retryDelayMs(policy, 1, () => 0.999)).toBe(999);
    expect(retryDelayMs(policy, 3, () => 0.5)).toBe(2000);
    expect(retryDelayMs(policy, 10, () => 0.5)).toBe(4000);
    expect(retryDelayMs(policy, 2, () => 0)).toBe(0);
  });

  it('keeps the default retry span far inside the platform’s one-hour dedup window', () => {
    const worst = Array.from({ length: DEFAULT_RETRY_POLICY.maxAttempts - 1 }, (_, i) =>
      retryDelayMs(DEFAULT_RETRY_POLICY, i + 1, () => 0.999999),
    ).reduce((a, b) => a + b, 0);
    expect(worst).toBeLessThan(10 * 60_000);
  });
});

describe('outcome plan', () => {
  it('marks a success sent', () => {
    expect(planOutcome({ attempts: 0, outcome: { ok: true, platformMessageId: 'om_1' }, now, policy })).toEqual({
      kind: 'sent',
      platformMessageId: 'om_1',
    });
  });

  it('waits out a rate limit without counting it', () => {
    expect(planOutcome({ attempts: 3, outcome: outcomes.rateLimited(5000), now, policy })).toEqual({
      kind: 'retry',
      nextAttemptAt: later(5000),
      lastError: 'rate limited: HTTP 429 code 99991400',
      countAttempt: false,
    });
  });

  it('backs off after a retryable failure and gives up at the maximum', () => {
    expect(planOutcome({ attempts: 1, outcome: outcomes.serverError(), now, policy, random: () => 0.5 })).toEqual({
      kind: 'retry',
      nextAttemptAt: later(1000),
      lastError: 'HTTP 503',
      countAttempt: true,
    });
    expect(planOutcome({ attempts: 3, outcome: outcomes.serverError(), now, policy })).toEqual({
      kind: 'failed',
      reason: 'gave up after 4 attempts: HTTP 503',
    });
  });

  it('fails a permanent error with the platform’s reason, cut to a sane length', () => {
    expect(planOutcome({ attempts: 0, outcome: outcomes.permanent(), now, policy })).toEqual({
      kind: 'failed',
      reason: 'code 230002 bot not in chat',
    });
    const long = planOutcome({ attempts: 0, outcome: outcomes.permanent('x'.repeat(5000)), now, policy });
    expect(long.kind === 'failed' && long.reason.length).toBe(1000);
  });
});
