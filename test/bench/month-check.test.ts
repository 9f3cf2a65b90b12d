import { describe, expect, it } from 'vitest';
import { checkMonth, type LedgerRow, type MonthEvidence } from '../../bench/support/month-check.js';
import { expectedReminders, planVisits, reminderKey } from '../../bench/support/month-plan.js';
import { feishuUuid } from '../../src/platforms/feishu/adapter.js';
import type { SentMessageRecord } from '../emulator/feishu/state.js';

const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);

function row(key: string, purpose: string, personId: number | null, createdAt: Date, target?: string): LedgerRow {
  return {
    idempotencyKey: key,
    operation: target ? 'REPLY' : 'SEND',
    purpose,
    personId,
    targetMessageId: target ?? null,
    createdAt,
  };
}

function received(key: string, replyTo?: string): SentMessageRecord {
  return { uuid: feishuUuid(key), ...(replyTo && { replyTo }) } as SentMessageRecord;
}

/** Physician 1 planned on Monday 2 Nov: the evening reminder on Sunday, the morning one on Monday. */
function evidence(overrides: Partial<MonthEvidence> = {}): MonthEvidence {
  const ledger = [
    row('eve', 'reminder:duty-reminder-evening', 1, at('2026-11-01', '18:00')),
    row('head', 'reminder:duty-reminder-evening', 2, at('2026-11-01', '18:00')),
    row('morning', 'reminder:duty-reminder-morning', 1, at('2026-11-02', '07:30')),
    row('reply', 'reply', 1, at('2026-11-02', '08:00'), 'om_1'),
  ];
  return {
    ledger,
    received: [received('eve'), received('head'), received('morning'), received('reply', 'om_1')],
    events: ['om_1'],
    expectedReminders: new Set([
      reminderKey('ou_1', 'duty-reminder-evening', '2026-11-01'),
      reminderKey('ou_head', 'visit-notice', '2026-11-01'),
      reminderKey('ou_1', 'duty-reminder-morning', '2026-11-02'),
    ]),
    people: new Map([
      [1, { openId: 'ou_1', head: false }],
      [2, { openId: 'ou_head', head: true }],
    ]),
    timeZone: 'Asia/Shanghai',
    ...overrides,
  };
}

describe('the simulated month check', () => {
  it('passes a month where everything arrived once', () => {
    expect(checkMonth(evidence())).toMatchObject({ lost: 0, duplicated: 0, remindersNotExactlyOnce: 0 });
  });

  it('counts a queued message never received, and an event never answered, as lost', () => {
    const base = evidence();
    const verdict = checkMonth({ ...base, received: base.received.slice(1, 3), events: ['om_1', 'om_2'] });
    expect(verdict).toMatchObject({ lost: 3, remindersNotExactlyOnce: 1 });
  });

  it('counts a uuid received twice, and one reminder under two keys, as duplicated', () => {
    const base = evidence();
    const again = row('eve-2', 'reminder:duty-reminder-evening', 1, at('2026-11-01', '18:15'));
    const verdict = checkMonth({
      ...base,
      ledger: [...base.ledger, again],
      received: [...base.received, received('morning'), received('eve-2')],
    });
    expect(verdict).toMatchObject({ lost: 0, duplicated: 2, remindersNotExactlyOnce: 1 });
  });

  it('counts a reminder the plan does not call for', () => {
    const base = evidence();
    const nudge = row('nudge', 'reminder:nudge-no-checkin', 1, at('2026-11-02', '12:00'));
    const verdict = checkMonth({
      ...base,
      ledger: [...base.ledger, nudge],
      received: [...base.received, received('nudge')],
    });
    expect(verdict).toMatchObject({ lost: 0, duplicated: 0, remindersNotExactlyOnce: 1 });
  });

  it('plans visits on weekdays, never on consecutive days for one physician, and their reminders', () => {
    const visits = planVisits({ physicians: 20, clinics: 15, days: 30, first: '2026-11-01' });
    for (const visit of visits) expect([0, 6]).not.toContain(new Date(`${visit.date}T00:00:00Z`).getUTCDay());
    const first = visits.filter((visit) => visit.physician === 0).map((visit) => visit.date);
    expect(first).toEqual(['2026-11-02', '2026-11-09', '2026-11-16', '2026-11-23', '2026-11-30']);
    const expected = expectedReminders(
      visits.slice(0, 1),
      (p) => `ou_${p}`,
      (c) => `ou_head_${c}`,
    );
    expect([...expected]).toEqual([
      reminderKey('ou_0', 'duty-reminder-evening', '2026-11-01'),
      reminderKey('ou_head_0', 'visit-notice', '2026-11-01'),
      reminderKey('ou_0', 'duty-reminder-morning', '2026-11-02'),
      reminderKey('ou_0', 'nudge-no-checkin', '2026-11-02'),
    ]);
  });
});
