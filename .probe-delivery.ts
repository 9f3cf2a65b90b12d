import { openDatabase } from '/work/main/src/db/client.js';
import { applyPendingMigrations } from '/work/main/src/db/migrate/migrations.js';
import { enqueueOutbound } from '/work/main/src/delivery/ledger.js';
import { Dispatcher } from '/work/main/src/delivery/dispatcher.js';
import { countOutboundByStatus } from '/work/main/src/db/queries/outbound-messages.js';
import { createLogger } from '/work/main/src/log/logger.js';
import type { DeliveryOutcome, OutboundRequest, PlatformAdapter } from '/work/main/src/platforms/adapter.js';
const [url, nStr, pauseStr, retryAfterStr] = process.argv.slice(2);
const n = Number(nStr), maxAppPauseMs = Number(pauseStr), retryAfterMs = Number(retryAfterStr);
await applyPendingMigrations(url!);
const { db, provider, close } = openDatabase(url!);
await db.outboundMessage.deleteMany();
let seed = 1; const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const delivered = new Map<string, number>(); let calls = 0; const times: number[] = [];
const adapter = {
  platform: 'FEISHU',
  async deliver(r: OutboundRequest): Promise<DeliveryOutcome> {
    calls++; times.push(performance.now());
    await new Promise((res) => setTimeout(res, 3));
    const x = rnd();
    if (x < 0.05) return { ok: false, kind: 'retryable', detail: '503' };
    if (x < 0.10) return { ok: false, kind: 'rateLimited', retryAfterMs, detail: '429' };
    delivered.set(r.idempotencyKey, (delivered.get(r.idempotencyKey) ?? 0) + 1);
    return { ok: true, platformMessageId: 'om' };
  },
} as unknown as PlatformAdapter;
for (let i = 0; i < n; i++) await enqueueOutbound(db, { idempotencyKey: `b${i}`, platform: 'FEISHU', operation: 'SEND', receiveIdType: 'open_id', receiveId: `ou_${i % 200}`, msgType: 'interactive', content: '{}', purpose: 'bench' });
const d = new Dispatcher({ database: { db, provider }, adapters: new Map([['FEISHU', adapter]]), logger: createLogger('warn'), maxAppPauseMs, concurrency: 16, retry: { baseMs: 200, capMs: 2000, maxAttempts: 8 }, rateLimits: { FEISHU: { appPerSecond: 50, appPerMinute: 100000, receiverPerSecond: 5 } } });
const t0 = performance.now();
d.start();
for (;;) { const c = await countOutboundByStatus(db); if (c.PENDING + c.SENDING === 0) break; await new Promise((r) => setTimeout(r, 50)); }
const el = (performance.now() - t0) / 1000;
await d.stop();
const dup = [...delivered.values()].filter((v) => v > 1).length;
// max in any 1s window of call starts
times.sort((a, b) => a - b); let mx = 0, f = 0; for (let t = 0; t < times.length; t++) { while (times[f]! <= times[t]! - 1000) f++; mx = Math.max(mx, t - f + 1); }
console.log({ provider, n, elapsed: el.toFixed(2), ideal: n / 50, calls, delivered: delivered.size, dup, maxPerSecond: mx, status: await countOutboundByStatus(db) });
await close();
