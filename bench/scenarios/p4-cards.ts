import { randomUUID } from 'node:crypto';
import { createBot } from '../../src/create-bot.js';
import type { InboundEvent } from '../../src/core/event.js';
import { createLogger } from '../../src/log/logger.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { SandboxAdapter } from '../../src/platforms/sandbox/adapter.js';
import { systemClock } from '../../src/time/clock.js';
import { addMonths, localDate } from '../../src/time/local.js';
import { createBenchDatabase, type BenchDatabase, type BenchDb } from '../support/database.js';
import { generateProvinceYear, P4_COORDINATORS } from '../support/province-year.js';
import { summarize } from '../support/stats.js';

/** P4 figures. */
export interface CardsFigures {
  p4_summary_p95_ms: number;
  p4_overdue_p95_ms: number;
  p4_generate_s: number;
}

const TIME_ZONE = 'Asia/Shanghai';

/** A coordinator's command in their private chat with the bot. */
export function command(openId: string, text: string): InboundEvent {
  const id = randomUUID();
  return {
    platform: 'SANDBOX',
    eventId: id,
    messageId: `om_${id}`,
    occurredAt: new Date(),
    sender: { userId: openId },
    chat: { id: `sandbox_p2p_${openId}`, type: 'p2p' },
    mentionsBot: false,
    body: { kind: 'text', text, mentions: [] },
  };
}

/** The bot core over a bench database, with the sandbox adapter and no dispatcher: what P4 and /巡回 time. */
export function benchCore(database: BenchDatabase) {
  return createBot({
    db: database.db,
    journal: database.journal,
    clock: systemClock,
    log: createLogger('silent'),
    metrics: createMetrics(),
    adapters: new Map([['SANDBOX', new SandboxAdapter(systemClock)]]),
    dispatcher: { wake: () => undefined },
    config: { locale: 'zh-CN', timeZone: TIME_ZONE, adminUserIds: [] },
  });
}

/**
 * P4: summary and overdue cards over a generated province-year, for the province, a city and a hospital.
 * Each request is timed inside the service's own core — accepting the event, identifying the speaker,
 * running the command and queueing the card — so the figure is the card's cost, not the network's.
 */
export async function runCardsScenario(db: BenchDb, rounds: number): Promise<CardsFigures> {
  const database = await createBenchDatabase(db);
  const today = localDate(new Date(), TIME_ZONE);
  const generatedAt = performance.now();
  await generateProvinceYear(database.db, today);
  const generateS = (performance.now() - generatedAt) / 1000;
  const core = benchCore(database);
  const lastMonth = addMonths(today.slice(0, 7), -1);
  const time = async (text: string): Promise<number[]> => {
    const samples: number[] = [];
    for (let round = 0; round < rounds; round++) {
      for (const openId of Object.values(P4_COORDINATORS)) {
        const started = performance.now();
        await core.accept(command(openId, text));
        await core.drain();
        samples.push(performance.now() - started);
      }
    }
    return samples;
  };
  // One untimed round first, as a running service would have its caches and JIT warm.
  await time(`/汇总 ${lastMonth}`);
  const summary = summarize(await time(`/汇总 ${lastMonth}`));
  const overdue = summarize(await time('/逾期'));
  await database.destroy();
  return {
    p4_summary_p95_ms: summary.p95,
    p4_overdue_p95_ms: overdue.p95,
    p4_generate_s: Math.round(generateS),
  };
}
