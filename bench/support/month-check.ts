import { feishuUuid } from '../../src/platforms/feishu/adapter.js';
import { localDate } from '../../src/time/local.js';
import type { SentMessageRecord } from '../../test/emulator/feishu/state.js';
import { reminderKey, type ReminderKind } from './month-plan.js';

/** A delivery-ledger row as P6 reads it after the run. */
export interface LedgerRow {
  idempotencyKey: string;
  operation: string;
  purpose: string;
  personId: number | null;
  targetMessageId: string | null;
  createdAt: Date;
  /** The ledger's status, and its last error: what a lost message's note says of it. */
  status?: string;
  lastError?: string | null;
}

/** What the service sent or should have: the ledger, the events that wanted a reply, the plan's reminders. */
export interface MonthEvidence {
  ledger: readonly LedgerRow[];
  received: readonly SentMessageRecord[];
  /** Message ids of the events sent; each should have been answered. */
  events: readonly string[];
  expectedReminders: ReadonlySet<string>;
  /** The open_id of a person and whether they are a clinic head (whose evening notice is its own kind). */
  people: ReadonlyMap<number, { openId: string; head: boolean }>;
  timeZone: string;
}

/** P6's correctness figures, with a few examples of each failure to start looking from. */
export interface MonthVerdict {
  lost: number;
  duplicated: number;
  remindersNotExactlyOnce: number;
  remindersReceived: number;
  /** Messages received by what they were for: group broadcasts, deadline-ladder notices, clinic heads' confirmation cards. */
  broadcasts: number;
  ladderNotices: number;
  confirmationCards: number;
  examples: string[];
}

const KINDS = new Set(['duty-reminder-evening', 'duty-reminder-morning', 'nudge-no-checkin', 'nudge-no-worklog']);

/** The reminder a ledger row is, as the plan counts it (who, kind, local day), if it is one P6 checks. */
function reminderOf(row: LedgerRow, evidence: MonthEvidence): string | undefined {
  const job = row.purpose.replace(/^reminder:/, '');
  const person = row.personId === null ? undefined : evidence.people.get(row.personId);
  if (!row.purpose.startsWith('reminder:') || !KINDS.has(job) || !person) return undefined;
  const kind = (person.head && job === 'duty-reminder-evening' ? 'visit-notice' : job) as ReminderKind;
  return reminderKey(person.openId, kind, localDate(row.createdAt, evidence.timeZone));
}

/**
 * Compares what the emulator received with what should have been sent. Lost: a ledger message (send or
 * reply) the emulator never got, an event never answered, a planned reminder never queued. Duplicated:
 * a uuid delivered twice, or one reminder (person, kind, day) delivered under two uuids. Not exactly
 * once: planned reminders received zero or several times, plus reminders received that the plan does
 * not call for.
 */
export function checkMonth(evidence: MonthEvidence): MonthVerdict {
  const examples: string[] = [];
  const note = (what: string) => void (examples.length < 12 && examples.push(what));
  const byUuid = new Map<string, number>();
  for (const message of evidence.received)
    if (message.uuid) byUuid.set(message.uuid, (byUuid.get(message.uuid) ?? 0) + 1);
  const messages = evidence.ledger.filter((row) => row.operation === 'SEND' || row.operation === 'REPLY');

  let lost = 0;
  const delivered = (test: (purpose: string) => boolean) =>
    messages.filter((row) => test(row.purpose) && byUuid.has(feishuUuid(row.idempotencyKey))).length;
  const queuedReminders = new Set<string>();
  const received = new Map<string, number>();
  for (const row of messages) {
    const reminder = reminderOf(row, evidence);
    if (reminder) queuedReminders.add(reminder);
    if (!byUuid.has(feishuUuid(row.idempotencyKey))) {
      lost += 1;
      note(`lost: ${row.purpose} ${row.idempotencyKey} (${[row.status, row.lastError].filter(Boolean).join(': ')})`);
    } else if (reminder) received.set(reminder, (received.get(reminder) ?? 0) + 1);
  }
  const answered = new Set(evidence.received.flatMap((message) => (message.replyTo ? [message.replyTo] : [])));
  const replyQueued = new Set(messages.flatMap((row) => (row.targetMessageId ? [row.targetMessageId] : [])));
  for (const id of evidence.events) {
    if (answered.has(id) || replyQueued.has(id)) continue;
    lost += 1;
    note(`unanswered event ${id}`);
  }
  for (const reminder of evidence.expectedReminders) {
    if (queuedReminders.has(reminder)) continue;
    lost += 1;
    note(`reminder never queued: ${reminder}`);
  }

  let duplicated = 0;
  for (const [what, count] of [...byUuid, ...received]) {
    if (count < 2) continue;
    duplicated += count - 1;
    note(`${what} received ×${count}`);
  }

  let remindersNotExactlyOnce = 0;
  for (const reminder of evidence.expectedReminders) {
    if ((received.get(reminder) ?? 0) !== 1) remindersNotExactlyOnce += 1;
  }
  for (const reminder of received.keys()) {
    if (evidence.expectedReminders.has(reminder)) continue;
    remindersNotExactlyOnce += 1;
    note(`unplanned: ${reminder}`);
  }
  return {
    lost,
    duplicated,
    remindersNotExactlyOnce,
    remindersReceived: received.size,
    broadcasts: delivered((purpose) => purpose.startsWith('broadcast')),
    ladderNotices: delivered((purpose) => purpose === 'reminder:deadline-ladder'),
    confirmationCards: delivered((purpose) => purpose === 'visit.confirm'),
    examples,
  };
}
