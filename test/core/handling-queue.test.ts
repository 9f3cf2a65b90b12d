import { afterEach, describe, expect, it } from 'vitest';
import { commandList } from '../../src/commands/index.js';
import type { CommandDefinition } from '../../src/core/context.js';
import { createBotHarness, type BotHarness } from '../support/bot-harness.js';
import { testProviders } from '../support/db.js';

/** A command whose handling waits until the test opens the gate, counting how many run at once. */
function gatedCommand() {
  const state = { running: 0, most: 0, order: [] as string[] };
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const command: CommandDefinition = {
    name: 'slow',
    aliases: [],
    summaryKey: 'test.slow.summary',
    usageKey: 'test.slow.usage',
    audience: ['ANYONE'],
    async run(ctx, args) {
      state.running++;
      state.most = Math.max(state.most, state.running);
      state.order.push(args.raw);
      await gate;
      state.running--;
      await ctx.reply(`done ${args.raw}`);
    },
  };
  return { command, state, open: () => open() };
}

async function waitUntil(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(testProviders())('handling with backpressure (%s)', (provider) => {
  let bot: BotHarness | undefined;
  afterEach(async () => {
    await bot?.close();
    bot = undefined;
  });

  it('acknowledges a burst at once, handles at most maxInFlight at a time, the rest from the table in order', async () => {
    const slow = gatedCommand();
    bot = await createBotHarness({
      provider,
      registry: { commands: commandList([slow.command]) },
      handling: { maxInFlight: 3 },
    });
    const harness = bot;
    const burst = Array.from({ length: 12 }, (_, i) => `u${i}`);
    try {
      const results = [];
      for (const user of burst) results.push((await harness.send({ as: `ou_${user}`, text: `/slow ${user}` })).result);
      expect(results).toEqual(burst.map(() => 'accepted'));
      await waitUntil(() => slow.state.running === 3);
      // Every event was acknowledged while three handlings are blocked; nine wait, recorded, unclaimed.
      const waiting = await harness.db.inboundEvent.count({ where: { handledAt: null, claimedUntil: null } });
      expect(waiting).toBe(9);
      expect(slow.state.order.slice(0, 3).sort()).toEqual(['u0', 'u1', 'u2']);
    } finally {
      slow.open();
    }
    await harness.settle();
    expect(slow.state.most).toBe(3);
    // Claimed oldest first; with three at a time, handlings may start in a slightly different order.
    expect([...slow.state.order].sort()).toEqual([...burst].sort());
    for (const user of burst) expect(harness.lastMessage(harness.p2p(`ou_${user}`))?.text).toBe(`done ${user}`);
    expect(await harness.db.inboundEvent.count({ where: { handledAt: null } })).toBe(0);
  });

  it('yields to the acknowledgements during a flood: all acknowledged, handlings spaced, every one handled after', async () => {
    const slow = gatedCommand();
    slow.open();
    bot = await createBotHarness({
      provider,
      registry: { commands: commandList([slow.command]) },
      handling: { maxInFlight: 16, burst: { threshold: 4, ratePerSecond: 1 } },
    });
    const harness = bot;
    const flood = Array.from({ length: 8 }, (_, i) => `f${i}`);
    const results = [];
    for (const user of flood) results.push((await harness.send({ as: `ou_${user}`, text: `/slow ${user}` })).result);
    expect(results).toEqual(flood.map(() => 'accepted'));
    // The three that came before the flood was seen start at once; then one a second while it lasts.
    expect(slow.state.order.length).toBeLessThanOrEqual(4);
    await harness.settle();
    expect([...slow.state.order].sort()).toEqual([...flood].sort());
    for (const user of flood) expect(harness.lastMessage(harness.p2p(`ou_${user}`))?.text).toBe(`done ${user}`);
  });

  it('stops by finishing the handlings in flight and leaving waiting events in the table', async () => {
    const slow = gatedCommand();
    bot = await createBotHarness({
      provider,
      registry: { commands: commandList([slow.command]) },
      handling: { maxInFlight: 1 },
    });
    const harness = bot;
    for (const user of ['s0', 's1', 's2']) await harness.send({ as: `ou_${user}`, text: `/slow ${user}` });
    await waitUntil(() => slow.state.running === 1);
    const stopped = harness.core.stop();
    slow.open();
    await stopped;
    expect(slow.state.order).toEqual(['s0']);
    expect(await harness.db.inboundEvent.count({ where: { handledAt: null } })).toBe(2);
  });

  it('records the time of every acknowledgement in the metrics', async () => {
    bot = await createBotHarness({ provider });
    await bot.send({ as: 'ou_metrics', text: '/帮助' });
    await bot.send({ as: 'ou_metrics', text: '/帮助', eventId: 'same', messageId: 'om_same' });
    await bot.send({ as: 'ou_metrics', text: '/帮助', eventId: 'same', messageId: 'om_same' });
    await bot.settle();
    const text = await bot.metrics.registry.metrics();
    expect(text).toMatch(/bot_ack_duration_seconds_count\{platform="SANDBOX",result="accepted"\} 2/);
    expect(text).toMatch(/bot_ack_duration_seconds_count\{platform="SANDBOX",result="duplicate"\} 1/);
  });
});
