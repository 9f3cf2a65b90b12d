import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '../../src/db/client.js';
import { countOutboundByStatus } from '../../src/db/queries/outbound-messages.js';
import { Dispatcher } from '../../src/delivery/dispatcher.js';
import { enqueueOutbound } from '../../src/delivery/ledger.js';
import { createLogger } from '../../src/log/logger.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { ScriptedAdapter, ScriptedPlatform, eventually, outcomes, textTo } from './scripted-adapter.js';

const MESSAGES = 200;

describe.each(testProviders())('two dispatchers on one %s database', (provider) => {
  let database: TestDatabase;
  let second: Database;
  beforeAll(async () => {
    database = await createTestDatabase(provider);
    second = openDatabase(database.url);
  });
  afterAll(async () => {
    await second.close();
    await database.destroy();
  });

  it('deliver every message exactly once between them', async () => {
    const platform = new ScriptedPlatform();
    for (let i = 0; i < MESSAGES; i++) {
      const key = `shared-${i}`;
      await enqueueOutbound(database.db, textTo(key));
      // Every tenth message fails once, so its retry may be picked up by either replica.
      if (i % 10 === 0) platform.script(key, outcomes.serverError());
    }
    const adapters = [new ScriptedAdapter(platform, 3), new ScriptedAdapter(platform, 3)];
    const dispatchers = [database, second].map(
      (db, i) =>
        new Dispatcher({
          database: db,
          adapters: new Map([['FEISHU', adapters[i] as ScriptedAdapter]]),
          logger: createLogger('silent'),
          concurrency: 4,
          pollIntervalMs: 20,
          retry: { baseMs: 5, capMs: 20, maxAttempts: 5 },
          rateLimits: { FEISHU: { appPerSecond: 1000, appPerMinute: 60_000, receiverPerSecond: 5 } },
        }),
    );
    for (const dispatcher of dispatchers) dispatcher.start();
    try {
      await eventually(async () => (await countOutboundByStatus(database.db)).SENT === MESSAGES, 30_000);
    } finally {
      await Promise.all(dispatchers.map((d) => d.stop()));
    }
    expect(platform.delivered.size).toBe(MESSAGES);
    expect([...platform.delivered.values()].every((count) => count === 1)).toBe(true);
    expect(platform.calls).toHaveLength(MESSAGES + MESSAGES / 10);
    expect(adapters.every((adapter) => adapter.calls > 0)).toBe(true);
    expect(await countOutboundByStatus(database.db)).toEqual({ PENDING: 0, SENDING: 0, SENT: MESSAGES, FAILED: 0 });
  });
});
