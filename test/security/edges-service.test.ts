import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageReceiveEvent } from '../emulator/feishu/index.js';
import { APP } from '../feishu/support.js';
import { pgAdmin } from '../support/pg.js';
import { testProviders } from '../support/db.js';
import { startServiceHarness, type ServiceHarness } from '../support/service-harness.js';
import { WHO, startSecurityWorld, type SecurityWorld } from './support.js';

const TOKEN = 'metrics-token-0123456789';

/**
 * Issue 12 §5 from outside: /metrics behind a token, a 20,000-character message answered politely instead
 * of a 413, /healthz failing when the schema is not migrated, and a dropped database answered with 503.
 */
describe.each(testProviders())('the edges of the service (%s)', (provider) => {
  let w: SecurityWorld;
  beforeAll(async () => {
    w = await startSecurityWorld(provider);
  }, 60_000);
  afterAll(() => w.harness.stop());

  it('answers a 20,000-character Chinese message (about 80 KB encrypted) politely, not with 413', async () => {
    const envelope = messageReceiveEvent(
      APP,
      {
        sender: { open_id: WHO.physician },
        chat: { chat_id: `oc_p2p_${WHO.physician}`, chat_type: 'p2p' },
        body: { type: 'text', text: `/日志 ${'诊'.repeat(20_000)}` },
      },
      { at: w.clock.now().getTime() },
    );
    const pushed = await w.pusher.push(w.harness.eventUrl, envelope);
    expect(pushed.attempts.at(-1)?.status).toBe(200);
    await w.settle();
    expect(w.harness.repliesTo(envelope.event.message.message_id).join()).toContain('太长了');
  });

  it('/healthz is 503 while the database lacks the latest migration, 200 once it has it', async () => {
    const url = `${w.harness.service.url}/healthz`;
    expect((await fetch(url)).status).toBe(200);
    const db = w.world.db;
    const [latest] = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1',
    );
    const name = latest?.migration_name ?? '';
    await db.$executeRawUnsafe(`UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '${name}'`);
    const response = await fetch(url);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({
      database: { migration: { applied: expect.not.stringMatching(name) } },
    });
    await db.$executeRawUnsafe(
      `UPDATE _prisma_migrations SET finished_at = started_at WHERE migration_name = '${name}'`,
    );
    expect((await fetch(url)).status).toBe(200);
  });
});

describe.each(testProviders())('/metrics with METRICS_TOKEN (%s)', (provider) => {
  let harness: ServiceHarness;
  beforeAll(async () => {
    harness = await startServiceHarness({ provider, env: { METRICS_TOKEN: TOKEN } });
  }, 60_000);
  afterAll(() => harness.stop());

  it('answers only the bearer of the token', async () => {
    const url = `${harness.service.url}/metrics`;
    expect((await fetch(url)).status).toBe(404);
    expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(404);
    const ok = await fetch(url, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('bot_events_received_total');
  });
});

describe.runIf(testProviders().includes('postgresql'))('a dropped PostgreSQL database', () => {
  it('is an outage: the webhook answers 503 (Feishu retries), /healthz 503, never 500', async () => {
    const harness = await startServiceHarness({ provider: 'postgresql' });
    try {
      const name = new URL(harness.databaseUrl).pathname.slice(1);
      await pgAdmin(`drop database ${name} with (force)`);
      const { status } = await harness.sendText('ou_sec_dropped', '/帮助');
      expect(status).toBe(503);
      expect((await fetch(`${harness.service.url}/healthz`)).status).toBe(503);
    } finally {
      await harness.stop();
    }
  }, 60_000);
});
