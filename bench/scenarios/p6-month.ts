import { statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { openDatabase } from '../../src/db/client.js';
import { addDays, zonedInstant } from '../../src/time/local.js';
import {
  messageReceiveEvent,
  sealEnvelope,
  type FeishuEmulator,
  type V2Envelope,
} from '../../test/emulator/feishu/index.js';
import { notePush } from '../../test/emulator/feishu/platform-side.js';
import { APP } from '../../test/feishu/support.js';
import { createBenchDatabase, type BenchDb } from '../support/database.js';
import { checkMonth, type LedgerRow } from '../support/month-check.js';
import { expectedReminders, planVisits, type MonthSize, type PlannedVisit } from '../support/month-plan.js';
import { seedMonthWorld, type MonthWorld } from '../support/month-world.js';
import {
  benchServiceEnv,
  cpuSeconds,
  rssMb,
  serviceMemoryMb,
  startBenchService,
  type BenchService,
} from '../support/service-process.js';

/** P6 figures. */
export interface MonthFigures {
  p6_lost: number;
  p6_duplicated: number;
  p6_reminders_not_exactly_once: number;
  p6_reminders: number;
  p6_broadcasts: number;
  p6_ladder_notices: number;
  p6_confirmation_cards: number;
  p6_visits: number;
  p6_events: number;
  p6_messages_received: number;
  p6_db_growth_mb: number;
  p6_rss_start_mb: number;
  p6_rss_end_mb: number;
  /** The V8 heap in use and the memory outside it (buffers, WebAssembly) at the end, as the service reports them. */
  p6_heap_used_end_mb: number;
  p6_heap_total_end_mb: number;
  p6_external_end_mb: number;
  /** CPU seconds the service process used for the month (user + system). */
  p6_service_cpu_s: number;
  p6_wall_s: number;
}

const TIME_ZONE = 'Asia/Shanghai';
/** Events sent at once at one simulated moment (a morning's check-ins arrive together). */
const SEND_CONCURRENCY = 8;
/** How long one moment's events may take to be answered, in real time. */
const ANSWER_TIMEOUT_MS = 120_000;

/** Starts the service under test with an environment (the bench: the built service, as `npm start`). */
export type StartService = (env: Record<string, string>) => Promise<BenchService>;

/** One physician's action at a simulated moment: a check-in by location or the day's work log. */
interface Action {
  visit: PlannedVisit;
  kind: 'checkIn' | 'log';
}

/** The plan's actions by simulated instant (ms), earliest first. */
function timeline(visits: readonly PlannedVisit[]): [number, Action[]][] {
  const moments = new Map<number, Action[]>();
  const add = (at: string, date: string, action: Action) => {
    const ms = zonedInstant(date, at, TIME_ZONE).getTime();
    moments.set(ms, [...(moments.get(ms) ?? []), action]);
  };
  for (const visit of visits) {
    add(visit.checkInAt, visit.date, { visit, kind: 'checkIn' });
    add(visit.logAt, visit.date, { visit, kind: 'log' });
  }
  return [...moments].sort(([a], [b]) => a - b);
}

/** Database size in bytes: the SQLite file with its WAL, or pg_database_size. */
async function databaseBytes(url: string): Promise<number> {
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length);
    const size = (path: string) => {
      try {
        return statSync(path).size;
      } catch {
        return 0;
      }
    };
    return size(file) + size(`${file}-wal`);
  }
  const database = openDatabase(url);
  try {
    const rows = await database.db.$queryRawUnsafe<{ size: bigint }[]>(
      'select pg_database_size(current_database()) as size',
    );
    return Number(rows[0]?.size ?? 0);
  } finally {
    await database.close();
  }
}

/** The simulated clock of the service, moved through its bench-only route. */
function clockControl(service: BenchService, token: string) {
  const url = `http://127.0.0.1:${service.port}/simulation/clock`;
  const call = async (method: 'GET' | 'POST', to?: Date) => {
    const response = await fetch(to ? `${url}?to=${to.toISOString()}` : url, {
      method,
      headers: { authorization: `Bearer ${token}` },
    });
    if (!response.ok) throw new Error(`simulation clock answered ${response.status}`);
    return (await response.json()) as { now: string; inboundUnhandled: number; outboundQueued: number };
  };
  return { advance: (to: Date) => call('POST', to), state: () => call('GET') };
}

/**
 * P6, the simulated month: plays `size` through the running service on its simulated clock, against the
 * emulator. At each planned moment the clock is moved there (the scheduler's reminders, ladder and
 * broadcasts run on the way), that moment's check-ins or work logs are sent as signed Feishu events, and
 * the next moment waits until each has its reply. Then the service drains its queue, and what the
 * emulator received is compared with the ledger, the events and the reminders the plan calls for.
 */
export async function runMonthScenario(
  db: BenchDb,
  emulator: FeishuEmulator,
  size: MonthSize,
  start: StartService = startBenchService,
): Promise<MonthFigures> {
  const began = Date.now();
  const database = await createBenchDatabase(db);
  const visits = planVisits(size);
  const world = await seedMonthWorld(database.db, emulator, size, visits);
  await database.close();
  const bytesBefore = await databaseBytes(database.url);
  const token = randomBytes(16).toString('hex');
  const service = await start(
    benchServiceEnv(database.url, emulator, {
      SCHEDULER_ENABLED: 'true',
      SIMULATED_CLOCK_START: zonedInstant(addDays(size.first, -1), '17:00', TIME_ZONE).toISOString(),
      SIMULATED_CLOCK_TOKEN: token,
      FEISHU_RATE_PER_MINUTE: '100000',
    }),
  );
  const rssStart = rssMb(service.child.pid ?? 0);
  const clock = clockControl(service, token);
  const events: string[] = [];
  let rssEnd = rssStart;
  let cpuEnd = 0;
  let memoryEnd = { heapUsed: Number.NaN, heapTotal: Number.NaN, external: Number.NaN };
  try {
    for (const [at, actions] of timeline(visits)) {
      await clock.advance(new Date(at));
      const ids = await sendAll(service, emulator, world, actions, at);
      events.push(...ids);
      await waitForReplies(emulator, ids);
    }
    // The last reminder of a day is the 20:00 nudge; 21:30 starts the quiet hours.
    await clock.advance(zonedInstant(addDays(size.first, size.days - 1), '22:00', TIME_ZONE));
    await drain(clock);
  } finally {
    rssEnd = rssMb(service.child.pid ?? 0);
    cpuEnd = cpuSeconds(service.child.pid ?? 0);
    memoryEnd = await serviceMemoryMb(service.port).catch(() => memoryEnd);
    await service.stop();
  }
  const verdict = await verify(database.url, emulator, world, visits, events);
  const bytesAfter = await databaseBytes(database.url);
  await database.destroy();
  if (verdict.examples.length) process.stderr.write(`P6: ${verdict.examples.join('\n    ')}\n`);
  return {
    p6_lost: verdict.lost,
    p6_duplicated: verdict.duplicated,
    p6_reminders_not_exactly_once: verdict.remindersNotExactlyOnce,
    p6_reminders: verdict.remindersReceived,
    p6_broadcasts: verdict.broadcasts,
    p6_ladder_notices: verdict.ladderNotices,
    p6_confirmation_cards: verdict.confirmationCards,
    p6_visits: visits.length,
    p6_events: events.length,
    p6_messages_received: emulator.state.sent.length,
    p6_db_growth_mb: Math.round(((bytesAfter - bytesBefore) / 1024 ** 2) * 10) / 10,
    p6_rss_start_mb: rssStart,
    p6_rss_end_mb: rssEnd,
    p6_heap_used_end_mb: memoryEnd.heapUsed,
    p6_heap_total_end_mb: memoryEnd.heapTotal,
    p6_external_end_mb: memoryEnd.external,
    p6_service_cpu_s: cpuEnd,
    p6_wall_s: Math.round((Date.now() - began) / 1000),
  };
}

/** Sends a moment's actions as signed, encrypted Feishu pushes stamped with the simulated time; returns their message ids. */
async function sendAll(
  service: BenchService,
  emulator: FeishuEmulator,
  world: MonthWorld,
  actions: readonly Action[],
  at: number,
): Promise<string[]> {
  const envelopes = actions.map((action) => eventOf(emulator, world, action, at));
  for (const envelope of envelopes) notePush(emulator.state, envelope);
  const queue = [...envelopes];
  const send = async () => {
    for (let envelope = queue.shift(); envelope; envelope = queue.shift()) {
      const sealed = sealEnvelope(envelope, {
        encryptKey: APP.encryptKey ?? '',
        timestamp: String(Math.floor(at / 1000)),
      });
      const response = await fetch(service.eventUrl, { method: 'POST', headers: sealed.headers, body: sealed.body });
      if (!response.ok) throw new Error(`the service answered ${response.status} to an event`);
    }
  };
  await Promise.all(Array.from({ length: SEND_CONCURRENCY }, send));
  return envelopes.map((envelope) => envelope.event.message.message_id);
}

function eventOf(
  emulator: FeishuEmulator,
  world: MonthWorld,
  action: Action,
  at: number,
): V2Envelope<{ message: { message_id: string } }> {
  const openId = world.physicians[action.visit.physician]?.openId ?? '';
  const position = world.clinicPositions[action.visit.clinic] ?? { latitude: 0, longitude: 0 };
  const body =
    action.kind === 'checkIn'
      ? { type: 'location' as const, name: `模拟卫生院${action.visit.clinic}`, ...position }
      : { type: 'text' as const, text: `/日志 诊疗${12 + (action.visit.physician % 9)} 讲座1` };
  return messageReceiveEvent(
    APP,
    {
      sender: { open_id: openId },
      chat: { chat_id: emulator.state.p2pChat(APP.appId, openId).chat_id, chat_type: 'p2p' },
      body,
    },
    { at },
  );
}

/** Waits until the emulator received a reply to each message (the event was handled), or the timeout. */
async function waitForReplies(emulator: FeishuEmulator, ids: readonly string[]): Promise<void> {
  const waiting = new Set(ids);
  let seen = 0;
  const deadline = Date.now() + ANSWER_TIMEOUT_MS;
  while (waiting.size > 0 && Date.now() < deadline) {
    const sent = emulator.state.sent;
    for (; seen < sent.length; seen++) {
      const replyTo = sent[seen]?.replyTo;
      if (replyTo) waiting.delete(replyTo);
    }
    if (waiting.size > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/**
 * Waits until every event is handled and every message delivered, nudging the clock a minute at a
 * time when nothing else moves, so retries whose delay is measured on it come due. It waits as long as
 * the backlog shrinks: the month compresses into minutes what the platform's 50 messages a second
 * deliver in about sixteen, so reminders queue up behind the clock and the last of them go out well
 * after the last day. Only a backlog that stops shrinking for the timeout ends the wait (said on
 * stderr; the check then counts what is left as lost).
 */
async function drain(clock: ReturnType<typeof clockControl>): Promise<void> {
  let deadline = Date.now() + ANSWER_TIMEOUT_MS;
  let smallest = Number.POSITIVE_INFINITY;
  for (let state = await clock.state(); state.inboundUnhandled + state.outboundQueued > 0;) {
    const backlog = state.inboundUnhandled + state.outboundQueued;
    if (backlog < smallest) {
      smallest = backlog;
      deadline = Date.now() + ANSWER_TIMEOUT_MS;
    }
    if (Date.now() > deadline) {
      process.stderr.write(`P6: the backlog stopped shrinking at ${backlog} (unhandled + undelivered)\n`);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The clock moves only while nothing moves without it (a retry waiting on it), not into the next day.
    state = await clock.state();
    if (state.inboundUnhandled + state.outboundQueued >= backlog) {
      state = await clock.advance(new Date(new Date(state.now).getTime() + 60_000));
    }
  }
}

async function verify(
  url: string,
  emulator: FeishuEmulator,
  world: MonthWorld,
  visits: readonly PlannedVisit[],
  events: readonly string[],
) {
  const database = openDatabase(url);
  let ledger: LedgerRow[];
  try {
    ledger = await database.db.outboundMessage.findMany({
      select: {
        idempotencyKey: true,
        operation: true,
        purpose: true,
        personId: true,
        targetMessageId: true,
        createdAt: true,
        status: true,
        lastError: true,
      },
    });
  } finally {
    await database.close();
  }
  const people = new Map<number, { openId: string; head: boolean }>([
    ...world.physicians.map((p) => [p.id, { openId: p.openId, head: false }] as const),
    ...world.heads.map((h) => [h.id, { openId: h.openId, head: true }] as const),
  ]);
  const expected = expectedReminders(
    visits,
    (p) => world.physicians[p]?.openId ?? '',
    (c) => world.heads[c]?.openId ?? '',
  );
  return checkMonth({
    ledger,
    received: emulator.state.sent.filter((message) => message.appId === APP.appId),
    events,
    expectedReminders: expected,
    people,
    timeZone: TIME_ZONE,
  });
}
