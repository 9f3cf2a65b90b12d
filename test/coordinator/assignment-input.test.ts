import { describe, expect, it } from 'vitest';
import { sortAssignmentWords } from '../../src/coordinator/assignment-input.js';
import { isBotError } from '../../src/core/errors.js';

const TODAY = '2026-11-22';

function messageKeyOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isBotError(error) ? error.messageKey : undefined;
  }
  return undefined;
}

describe('assignment words', () => {
  it('reads a month, in any order with the names', () => {
    expect(sortAssignmentWords(['桂林', '2026-12'], TODAY)).toEqual({
      names: ['桂林'],
      when: { firstMonth: '2026-12', lastMonth: '2026-12', plannedDates: [] },
    });
    expect(sortAssignmentWords(['12月', '桂林'], TODAY).when?.firstMonth).toBe('2026-12');
    expect(sortAssignmentWords(['下月'], TODAY).when?.firstMonth).toBe('2026-12');
    expect(sortAssignmentWords(['2027年1月'], TODAY).when?.firstMonth).toBe('2027-01');
  });

  it('takes year-less dates within half a year of today, listed with spaces or commas', () => {
    const { when } = sortAssignmentWords(['12-10', '12月3日,1-05', '2026-12-10'], TODAY);
    expect(when).toEqual({
      firstMonth: '2026-12',
      lastMonth: '2027-01',
      plannedDates: ['2026-12-03', '2026-12-10', '2027-01-05'],
    });
    expect(sortAssignmentWords(['11-20'], TODAY).when?.plannedDates).toEqual(['2026-11-20']);
  });

  it('refuses what looks like a date but is none, two months, and dates outside the month', () => {
    expect(messageKeyOf(() => sortAssignmentWords(['13-45'], TODAY))).toBe('coordinator.assign.badDate');
    expect(messageKeyOf(() => sortAssignmentWords(['2026-12', '2027-01'], TODAY))).toBe('coordinator.assign.oneMonth');
    expect(messageKeyOf(() => sortAssignmentWords(['2026-12', '2027-01-05'], TODAY))).toBe(
      'coordinator.assign.dateOutsideMonth',
    );
  });

  it('has no when without a month or a date', () => {
    expect(sortAssignmentWords(['王秀英', '桂林'], TODAY)).toEqual({ names: ['王秀英', '桂林'], when: undefined });
  });
});
