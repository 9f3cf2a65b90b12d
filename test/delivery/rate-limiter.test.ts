import { describe, expect, it } from 'vitest';
import { FEISHU_RATE_LIMITS, RateLimiter, limitsPerReplica, receiverKeyOf } from '../../src/delivery/rate-limiter.js';
import { ManualClock } from '../../src/time/clock.js';

const start = '2026-03-02T01:00:00.000Z';

/** Sends to `receiver` now (asserting the limiter allows it), answered at once. */
function sendNow(limiter: RateLimiter, receiver: string): void {
  expect(limiter.wait(receiver)).toEqual({ appMs: 0, receiverMs: 0 });
  limiter.acquire(receiver).finish();
}

describe('rate limiter', () => {
  it('allows 50 sends per second per app, then waits until the oldest leaves the window', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter({ ...FEISHU_RATE_LIMITS, receiverPerSecond: 1000 }, clock);
    for (let i = 0; i < 50; i++) sendNow(limiter, `ou_${i}`);
    expect(limiter.wait('ou_new').appMs).toBe(1000);
    clock.advance(999);
    expect(limiter.wait('ou_new').appMs).toBe(1);
    clock.advance(1);
    sendNow(limiter, 'ou_new');
  });

  it('allows 1000 sends per minute per app even when each second has room', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter({ ...FEISHU_RATE_LIMITS, receiverPerSecond: 1000 }, clock);
    for (let second = 0; second < 20; second++) {
      for (let i = 0; i < 50; i++) sendNow(limiter, `ou_${i}`);
      clock.advance(1000);
    }
    // 1000 sent in the first 20 s: the 1001st waits for the first second's sends to be a minute old.
    expect(limiter.wait('ou_0').appMs).toBe(40_000);
    clock.advance(40_000);
    sendNow(limiter, 'ou_0');
  });

  it('allows 5 sends per second per receiver without holding up other receivers', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter(FEISHU_RATE_LIMITS, clock);
    for (let i = 0; i < 5; i++) sendNow(limiter, 'chat_id:oc_group');
    clock.advance(200);
    expect(limiter.wait('chat_id:oc_group')).toEqual({ appMs: 0, receiverMs: 800 });
    sendNow(limiter, 'open_id:ou_other');
    clock.advance(800);
    sendNow(limiter, 'chat_id:oc_group');
  });

  it('counts a send in flight until a window after its answer', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter({ appPerSecond: 2, appPerMinute: 100, receiverPerSecond: 100 }, clock);
    const first = limiter.acquire('a');
    const second = limiter.acquire('b');
    expect(limiter.wait('c').appMs).toBe(Infinity);
    clock.advance(300);
    first.finish();
    expect(limiter.wait('c').appMs).toBe(1000);
    clock.advance(1000);
    expect(limiter.wait('c').appMs).toBe(0);
    second.refund();
    // A permit settles once: the late finish of a refunded send changes nothing.
    second.finish();
    expect(limiter.wait('c').appMs).toBe(0);
  });

  it('gives back the slot of a send the platform refused unseen', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter({ appPerSecond: 1, appPerMinute: 100, receiverPerSecond: 100 }, clock);
    limiter.acquire('a').refund();
    expect(limiter.wait('a')).toEqual({ appMs: 0, receiverMs: 0 });
  });

  it('pauses the whole app after a rate-limit answer', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter(FEISHU_RATE_LIMITS, clock);
    limiter.pauseUntil(clock.now().getTime() + 2000);
    limiter.pauseUntil(clock.now().getTime() + 500);
    expect(limiter.wait('anyone').appMs).toBe(2000);
    clock.advance(2000);
    expect(limiter.wait('anyone').appMs).toBe(0);
  });

  it('never lets the platform see more than the limit in any window, whatever the latency', () => {
    const clock = new ManualClock(start);
    const limits = { appPerSecond: 10, appPerMinute: 10_000, receiverPerSecond: 10_000 };
    const limiter = new RateLimiter(limits, clock);
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const arrivals: number[] = [];
    const inFlight: { finishAt: number; permit: { finish(): void } }[] = [];
    for (let tick = 0; tick < 20_000; tick++) {
      const now = clock.now().getTime();
      for (const send of inFlight.filter((s) => s.finishAt <= now)) send.permit.finish();
      inFlight.splice(0, inFlight.length, ...inFlight.filter((s) => s.finishAt > now));
      if (inFlight.length < 4 && limiter.wait('x').appMs === 0) {
        const latency = Math.floor(random() * 200);
        // The platform counts the request at some moment between our start and our answer.
        arrivals.push(now + Math.floor(random() * (latency + 1)));
        inFlight.push({ finishAt: now + latency, permit: limiter.acquire('x') });
      }
      clock.advance(1);
    }
    arrivals.sort((a, b) => a - b);
    let from = 0;
    for (let to = 0; to < arrivals.length; to++) {
      while ((arrivals[from] ?? 0) <= (arrivals[to] ?? 0) - 1000) from++;
      expect(to - from + 1).toBeLessThanOrEqual(10);
    }
    expect(arrivals.length).toBeGreaterThan(150);
  });

  it('forgets idle receivers', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter(FEISHU_RATE_LIMITS, clock);
    for (let i = 0; i < 5; i++) sendNow(limiter, 'old');
    clock.advance(5000);
    sendNow(limiter, 'new');
    expect(limiter.wait('old').receiverMs).toBe(0);
  });
});

describe('rate limits per API', () => {
  const perApi = {
    appPerSecond: 2,
    appPerMinute: 100,
    receiverPerSecond: 100,
    apiOf: (message: { operation?: string | null }) => message.operation ?? 'SEND',
    apis: { UPDATE_CARD: { perSecond: 1, perMinute: 100 } },
  };

  it('gives each API its own app windows, with the limits the settings name for it', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter(perApi, clock);
    expect(limiter.apiOf({ operation: 'REPLY' })).toBe('REPLY');
    for (const receiver of ['a', 'b']) limiter.acquire(receiver, 'SEND').finish();
    expect(limiter.wait('c', 'SEND').appMs).toBe(1000);
    expect(limiter.wait('c', 'REPLY')).toEqual({ appMs: 0, receiverMs: 0 });
    limiter.acquire('c', 'UPDATE_CARD').finish();
    expect(limiter.wait('d', 'UPDATE_CARD').appMs).toBe(1000);
  });

  it('pauses only the API the platform said is over its limit', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter(perApi, clock);
    limiter.pauseUntil(clock.now().getTime() + 3000, 'SEND');
    expect(limiter.wait('a', 'SEND').appMs).toBe(3000);
    expect(limiter.wait('a', 'REPLY').appMs).toBe(0);
  });

  it('shares one receiver window among the APIs', () => {
    const clock = new ManualClock(start);
    const limiter = new RateLimiter({ ...perApi, receiverPerSecond: 1 }, clock);
    limiter.acquire('chat_id:oc_1', 'SEND').finish();
    expect(limiter.wait('chat_id:oc_1', 'REPLY').receiverMs).toBe(1000);
  });

  it('divides every API’s limits among replicas', () => {
    expect(limitsPerReplica(perApi, 2)).toMatchObject({
      appPerSecond: 1,
      appPerMinute: 50,
      apis: { UPDATE_CARD: { perSecond: 1, perMinute: 50 } },
    });
  });
});

describe('limits per replica', () => {
  it('divides the app limits, not the per-receiver one', () => {
    expect(limitsPerReplica(FEISHU_RATE_LIMITS, 3)).toEqual({
      appPerSecond: 16,
      appPerMinute: 333,
      receiverPerSecond: 5,
    });
    expect(limitsPerReplica(FEISHU_RATE_LIMITS, 1)).toEqual(FEISHU_RATE_LIMITS);
  });
});

describe('receiver key', () => {
  it('is the receiver when known, else the message acted on', () => {
    expect(receiverKeyOf({ receiveIdType: 'open_id', receiveId: 'ou_1' })).toBe('open_id:ou_1');
    expect(receiverKeyOf({ receiveIdType: 'chat_id', receiveId: 'oc_1', targetMessageId: 'om_1' })).toBe(
      'chat_id:oc_1',
    );
    expect(receiverKeyOf({ receiveId: null, targetMessageId: 'om_1' })).toBe('message:om_1');
  });
});
