import { dutyReminderCard } from '../../cards/duty-reminder.js';
import { inTransaction } from '../../src/db/queries/transaction.js';
import { enqueueOutbound } from '../../src/delivery/ledger.js';
import { FeishuAdapter } from '../../src/platforms/feishu/adapter.js';
import { createLogger } from '../../src/log/logger.js';
import type { FeishuEmulator } from '../../test/emulator/feishu/index.js';
import { APP } from '../../test/feishu/support.js';
import { createBenchDatabase, type BenchDb } from '../support/database.js';
import { registerPhysicians } from '../support/people.js';
import { benchServiceEnv, startBenchService } from '../support/service-process.js';

/** P3 figures. */
export interface BurstFigures {
  p3_time_ratio: number;
  p3_wall_s: number;
  p3_lost: number;
  p3_duplicated: number;
  p3_injected_5xx: number;
  p3_injected_429: number;
}

/**
 * P3, the month-start burst: `cards` personalized reminder cards queued at once in the delivery ledger
 * (as the month-start job does), sent by the service through the emulator limited to 50/s per app and
 * 5/s per user, with 5 % 5xx and 5 % 429 injected. Wall time from the queueing to the last card
 * accepted, against the theoretical minimum cards / 50 s; lost and duplicated counted at the emulator
 * by uuid.
 */
export async function runBurstScenario(db: BenchDb, emulator: FeishuEmulator, cards: number): Promise<BurstFigures> {
  const database = await createBenchDatabase(db);
  const people = await registerPhysicians(database.db, emulator, cards, { tag: 'p3' });
  const service = await startBenchService(
    benchServiceEnv(database.url, emulator, {
      // The scenario is about the per-second ceiling: Feishu's 1,000/min would make 2,000 cards take 2 min.
      FEISHU_RATE_PER_MINUTE: '100000',
      // Random injected 429s are not an app over its limit; pausing every send for each would measure the
      // pause, not the delivery (see README "Performance").
      DELIVERY_MAX_APP_PAUSE_MS: '0',
    }),
  );
  const faultsBefore = emulator.state.faults.length;
  emulator.faults.reseed(3);
  emulator.faults.probability('send', 0.05, { kind: 'server_error' });
  emulator.faults.probability('send', 0.05, { kind: 'rate_limit', resetSec: 1 });
  // Only for rendering the cards as the service would; it sends nothing.
  const renderer = new FeishuAdapter(
    { appId: APP.appId, appSecret: APP.appSecret, baseUrl: emulator.baseUrl },
    { log: createLogger('silent'), locale: 'zh-CN' },
  );
  const keys = people.map((person) => `bench:p3:${person.id}`);
  const sentCount = () =>
    new Set(emulator.state.sent.filter((m) => m.uuid?.startsWith('bench:p3:')).map((m) => m.uuid)).size;
  const queuedAt = performance.now();
  await inTransaction(database.db, async (tx) => {
    for (const [i, person] of people.entries()) {
      const card = dutyReminderCard(
        'zh-CN',
        { assignmentId: i, clinic: `基准卫生院${i % 10}`, address: `漳平市第${i}号`, date: '2026-12-01' },
        'today',
      );
      await enqueueOutbound(tx, {
        idempotencyKey: keys[i] ?? '',
        platform: 'FEISHU',
        operation: 'SEND',
        receiveIdType: 'open_id',
        receiveId: person.openId,
        ...renderer.renderCard(card),
        purpose: 'reminder:bench',
        personId: person.id,
      });
    }
  });
  let lastCount = 0;
  let lastChange = performance.now();
  while (lastCount < cards && performance.now() - lastChange < 30_000) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    const count = sentCount();
    if (count !== lastCount) {
      lastCount = count;
      lastChange = performance.now();
    }
  }
  const wallS = (lastChange - queuedAt) / 1000;
  emulator.faults.clear();
  await service.stop();
  await database.destroy();
  const uuids = emulator.state.sent.filter((m) => m.uuid?.startsWith('bench:p3:')).map((m) => m.uuid);
  const faults = emulator.state.faults.slice(faultsBefore);
  return {
    p3_time_ratio: Math.round((wallS / (cards / 50)) * 100) / 100,
    p3_wall_s: Math.round(wallS * 10) / 10,
    p3_lost: cards - new Set(uuids).size,
    p3_duplicated: uuids.length - new Set(uuids).size,
    p3_injected_5xx: faults.filter((f) => f.fault.kind === 'server_error').length,
    p3_injected_429: faults.filter((f) => f.fault.kind === 'rate_limit').length,
  };
}
