import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/scheduler/calendar.js';
import { ladderItemsDue, ladderStepsDue, scheduleLadder } from '../../src/scheduler/ladder.js';
import { DEFAULT_LADDER, programLadderSettings } from '../../src/scheduler/ladder-settings.js';

const calendar = createCalendar({ timeZone: 'Asia/Shanghai' });
const working = (date: string) => calendar.isWorkingDay(date);
const sendDays = (dueDate: string) =>
  scheduleLadder(dueDate, DEFAULT_LADDER, working).map(({ step, sendDay }) => `${step.name} ${sendDay}`);

describe('ladder steps', () => {
  it('a due date on the 1st crosses the month boundary both ways', () => {
    // Tue 2026-12-01: T-3 is a Saturday.
    expect(sendDays('2026-12-01')).toEqual([
      'T-3 2026-11-27',
      'T-1 2026-11-30',
      'HOSPITAL 2026-12-02',
      'COUNTY 2026-12-04',
      'CITY 2026-12-07',
    ]);
  });

  it('a T-1 on a Sunday collapses onto the T-3 Friday: only T-1 is sent then', () => {
    // Mon 2026-12-07: T-3 Fri 12-04, T-1 Sun 12-06 → Fri 12-04.
    expect(ladderStepsDue('2026-12-07', '2026-12-04', DEFAULT_LADDER, working).map((s) => s.name)).toEqual(['T-1']);
  });

  it('a missed before-step is caught up until the next one takes over; none on or after the due date', () => {
    const due = (today: string) => ladderStepsDue('2026-12-02', today, DEFAULT_LADDER, working).map((s) => s.name);
    expect(due('2026-11-30')).toEqual(['T-3']);
    expect(due('2026-12-01')).toEqual(['T-1']);
    expect(due('2026-12-02')).toEqual([]);
  });

  it('a service down for days catches every escalation up at once, and stops a week after', () => {
    const due = (today: string) => ladderStepsDue('2026-12-02', today, DEFAULT_LADDER, working).map((s) => s.name);
    expect(due('2026-12-09')).toEqual(['HOSPITAL', 'COUNTY', 'CITY']);
    expect(due('2026-12-13')).toEqual(['COUNTY', 'CITY']);
    expect(due('2026-12-14')).toEqual(['CITY']);
    expect(due('2026-12-15')).toEqual([]);
  });

  it('lists items with their steps due today', () => {
    const items = [
      { id: 1, dueDate: '2026-12-02' },
      { id: 2, dueDate: '2026-12-04' },
    ];
    const due = ladderItemsDue(items, '2026-12-01', () => DEFAULT_LADDER, working);
    expect(due.map(({ item, step }) => `${item.id} ${step.name}`)).toEqual(['1 T-1', '2 T-3']);
  });
});

describe('program ladder settings', () => {
  const log = pino({ level: 'silent' });

  it('defaults, overrides sorted into order, and invalid settings falling back to the defaults', () => {
    expect(programLadderSettings(null, log)).toEqual(DEFAULT_LADDER);
    expect(programLadderSettings({ reminders: {} }, log)).toEqual(DEFAULT_LADDER);
    const custom = {
      ladder: {
        before: [1, 5],
        after: [
          { days: 7, level: 'CITY' },
          { days: 2, level: 'HOSPITAL' },
        ],
      },
    };
    expect(programLadderSettings(custom, log)).toEqual({
      before: [5, 1],
      after: [
        { days: 2, level: 'HOSPITAL' },
        { days: 7, level: 'CITY' },
      ],
    });
    expect(programLadderSettings({ ladder: { before: [0] } }, log)).toEqual(DEFAULT_LADDER);
    const twice = {
      ladder: {
        after: [
          { days: 1, level: 'CITY' },
          { days: 2, level: 'CITY' },
        ],
      },
    };
    expect(programLadderSettings(twice, log)).toEqual(DEFAULT_LADDER);
    expect(programLadderSettings({ ladder: { after: [{ days: 1, level: 'TOWN' }] } }, log)).toEqual(DEFAULT_LADDER);
  });
});
