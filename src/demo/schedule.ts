import { addDays, datesBetween, monthRange, zonedInstant } from '../time/local.js';
import type { DemoPhysician } from './physicians.js';
import { seededRandom } from '../domain/seeded-random.js';
import { hospitalCoordinatorOpenId } from './staff.js';

/** A physician sent to a clinic for a month, with the days they are planned there. */
export interface ScheduledAssignment {
  programCode: string;
  physicianKey: string;
  physicianOpenId: string;
  clinicKey: string;
  startDate: string;
  endDate: string;
  plannedDates: string[];
  /** The coordinator of the physician's home hospital, who made the schedule. */
  createdByOpenId: string;
  createdAt: Date;
}

/** Physicians whose assignment in `date`'s month must include `date` (so there is something to do today). */
export interface PinnedDate {
  date: string;
  physicianKeys: readonly string[];
}

/** What to schedule. */
export interface ScheduleRequest {
  programCode: string;
  /** Months `YYYY-MM`; each clinic gets fresh physicians every month. */
  months: readonly string[];
  clinicKeys: readonly string[];
  /** Physicians eligible under the program's rules. */
  physicians: readonly DemoPhysician[];
  /** How many physicians a clinic gets a month, both ends included. */
  perClinic: readonly [min: number, max: number];
  /**
   * Physicians dealt first every month, so each is sure to get a clinic; the pinned physicians should be
   * among them. Fixed, rather than taken from the pins, so the deal of a month does not depend on `today`.
   */
  leading?: readonly string[];
  pinned?: readonly PinnedDate[];
  /** Assignments are recorded as made a week before their month, but never after the day before this. */
  today: string;
  timeZone: string;
}

const isWeekday = (date: string) => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6;
};

/**
 * Clinic sizes for a month: each drawn from `perClinic`, then trimmed (never below the minimum) until the
 * physicians suffice, so no physician is at two clinics in one month.
 */
function clinicSizes(
  count: number,
  available: number,
  [min, max]: readonly [number, number],
  draw: (a: number, b: number) => number,
): number[] {
  const sizes = Array.from({ length: count }, () => draw(min, max));
  let total = sizes.reduce((a, b) => a + b, 0);
  for (let i = 0; total > available && i < sizes.length * max; i++) {
    const at = i % sizes.length;
    if ((sizes[at] ?? 0) > min) {
      sizes[at] = (sizes[at] ?? 0) - 1;
      total--;
    }
  }
  return sizes;
}

/** Deals physicians to clinics round by round, so the first in `order` land at different clinics. */
function deal<P>(order: readonly P[], clinicKeys: readonly string[], sizes: readonly number[]): [string, P][] {
  const out: [string, P][] = [];
  let next = 0;
  const rounds = Math.max(0, ...sizes);
  for (let round = 0; round < rounds; round++) {
    clinicKeys.forEach((clinicKey, i) => {
      const physician = order[next];
      if ((sizes[i] ?? 0) > round && physician) {
        out.push([clinicKey, physician]);
        next++;
      }
    });
  }
  return out;
}

/** One or two weekdays of the month for a physician, the same for the same month and physician. */
function plannedDatesOf(month: string, physicianKey: string): string[] {
  const random = seededRandom(`plan:${month}:${physicianKey}`);
  const { first, last } = monthRange(month);
  const weekdays = datesBetween(first, last).filter(isWeekday);
  return random.shuffle(weekdays).slice(0, random.chance(0.45) ? 2 : 1);
}

/**
 * The monthly assignments of a program: every clinic gets physicians each month, every physician at
 * most one clinic a month and one or two planned days there. Deterministic for the same request.
 */
export function buildSchedule(request: ScheduleRequest): ScheduledAssignment[] {
  const pins = request.pinned ?? [];
  return request.months.flatMap((month) => {
    const random = seededRandom(`schedule:${request.programCode}:${month}`);
    const pinsThisMonth = pins.filter((pin) => pin.date.startsWith(month));
    const leading = new Set(request.leading ?? []);
    const shuffled = random.shuffle(request.physicians);
    const order = [...shuffled.filter((p) => leading.has(p.key)), ...shuffled.filter((p) => !leading.has(p.key))];
    const clinics = random.shuffle(request.clinicKeys);
    const sizes = clinicSizes(clinics.length, order.length, request.perClinic, random.int);
    const { first, last } = monthRange(month);
    const madeOn = [addDays(first, -7), addDays(request.today, -1)].sort()[0] ?? first;
    return deal(order, clinics, sizes).map(([clinicKey, physician]) => {
      const pinnedDates = pinsThisMonth
        .filter((pin) => pin.physicianKeys.includes(physician.key))
        .map((pin) => pin.date);
      const planned = plannedDatesOf(month, physician.key);
      const plannedDates = [...new Set([...pinnedDates, ...planned.slice(pinnedDates.length > 0 ? 1 : 0)])].sort();
      return {
        programCode: request.programCode,
        physicianKey: physician.key,
        physicianOpenId: physician.openId,
        clinicKey,
        startDate: first,
        endDate: last,
        plannedDates,
        createdByOpenId: hospitalCoordinatorOpenId(physician.homeInstitutionKey),
        createdAt: zonedInstant(madeOn, '09:00', request.timeZone),
      };
    });
  });
}
