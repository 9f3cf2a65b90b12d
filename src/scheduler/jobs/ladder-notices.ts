import type { LadderItemView, LadderNoticeLevel } from '../../../cards/deadline-ladder.js';
import type { Region } from '../../generated/sqlite/client.js';
import {
  findRegionAtLevelContaining,
  listDeadlinesWithProgramDueBetween,
  listOpenObligationsDueBetween,
  type LadderObligation,
} from '../../db/queries/deadline-ladder.js';
import { listProgramParticipants } from '../../db/queries/programs.js';
import { institutionRoleHolders, regionCoordinatorsOf } from '../../db/queries/role-grants.js';
import { isWithinRegionPath } from '../../permissions/region-path.js';
import { datesBetween } from '../../time/local.js';
import type { JobContext } from '../job.js';
import { ladderDueDateWindow, ladderItemsDue, type LadderStep } from '../ladder.js';
import { programLadderSettings, type LadderLevel, type LadderSettings } from '../ladder-settings.js';

/**
 * Turns the obligations and milestones with a ladder step due today into notices: one per recipient
 * group, level and due date, listing only what is still missing in that group's scope.
 */

/** One ladder notice before recipients are resolved. */
export interface LadderNotice {
  /** Ledger key without the recipient: `ladder:<hospital h…, bureau r… or milestone d…>:<step>:<due date>`. */
  key: string;
  level: LadderNoticeLevel;
  scope: string;
  dueDate: string;
  days: number;
  items: LadderItemView[];
  /** Person ids to send it to, each once. */
  recipients(): Promise<number[]>;
}

/** Whole days from one local date to a later one. */
function daysFrom(earlier: string, later: string): number {
  return datesBetween(earlier, later).length - 1;
}

/** Reads program ladders once per run; an invalid one is warned about once. */
function ladderReader(ctx: JobContext): (program: { id: number; settings: unknown }) => LadderSettings {
  const cache = new Map<number, LadderSettings>();
  return (program) => {
    let ladder = cache.get(program.id);
    if (!ladder) {
      ladder = programLadderSettings(program.settings, ctx.log.child({ programId: program.id }));
      cache.set(program.id, ladder);
    }
    return ladder;
  };
}

/** The notices about reporting obligations not yet submitted, for steps due on `today`. */
export async function obligationNotices(ctx: JobContext, today: string): Promise<LadderNotice[]> {
  const { from, to } = ladderDueDateWindow(today);
  const open = await listOpenObligationsDueBetween(ctx.db, from, to);
  const ladderOf = ladderReader(ctx);
  const due = ladderItemsDue(
    open,
    today,
    (o) => ladderOf(o.program),
    (d) => ctx.calendar.isWorkingDay(d),
  );
  const notices = new Map<string, LadderNotice>();
  const bureaus = bureauFinder(ctx);
  for (const { item, step } of due) {
    const line: LadderItemView = {
      unit: item.institution.name,
      item: ctx.t(`scheduler.ladder.kind.${item.kind}`, { period: item.period }),
      state: item.status === 'DRAFTED' ? 'DRAFTED' : 'PENDING',
    };
    const group = await noticeGroup(ctx, item, step, today, bureaus);
    if (!group) continue;
    const notice = notices.get(group.key) ?? group;
    notice.items.push(line);
    notices.set(group.key, notice);
  }
  return [...notices.values()].map((notice) => ({
    ...notice,
    items: notice.items.sort((a, b) => a.unit.localeCompare(b.unit, 'zh-CN')),
  }));
}

/** The (empty) notice an obligation's step belongs to, or null when its bureau has no region. */
async function noticeGroup(
  ctx: JobContext,
  obligation: LadderObligation,
  step: LadderStep,
  today: string,
  bureaus: BureauFinder,
): Promise<LadderNotice | null> {
  const { dueDate, institution } = obligation;
  if (step.kind === 'before' || step.level === 'HOSPITAL') {
    const before = step.kind === 'before';
    return {
      key: `ladder:h${institution.id}:${step.name}:${dueDate}`,
      level: before ? 'DUE_SOON' : 'HOSPITAL',
      scope: institution.name,
      dueDate,
      days: before ? daysFrom(today, dueDate) : daysFrom(dueDate, today),
      items: [],
      recipients: async () =>
        (await institutionRoleHolders(ctx.db, 'HOSPITAL_COORDINATOR', institution.id)).map((p) => p.id),
    };
  }
  const region = await bureaus(step.level, obligation.program.region.path, institution.regionPath);
  if (!region) {
    ctx.log.warn({ obligationId: obligation.id, level: step.level }, 'ladder: no bureau at this level for the program');
    return null;
  }
  return {
    key: `ladder:r${region.id}:${step.level}:${dueDate}`,
    level: step.level,
    scope: region.name,
    dueDate,
    days: daysFrom(dueDate, today),
    items: [],
    recipients: async () => (await regionCoordinatorsOf(ctx.db, region.id)).map((p) => p.id),
  };
}

/** The escalation levels that are bureaus. */
type BureauLevel = Exclude<LadderLevel, 'HOSPITAL'>;

type BureauFinder = (level: BureauLevel, programPath: string, hospitalPath: string) => Promise<Region | null>;

/**
 * The bureau an escalation of `level` goes to, cached per run. It is the region of that level running
 * the program or above it (a county program's county, city and province). For a program run above the
 * level (a city's program has no county of its own) it is the hospital's own bureau at that level,
 * provided that lies inside the program's region. Otherwise there is none and the step is skipped.
 */
function bureauFinder(ctx: JobContext): BureauFinder {
  const cache = new Map<string, Promise<Region | null>>();
  const find = async (level: BureauLevel, programPath: string, hospitalPath: string) => {
    const running = await findRegionAtLevelContaining(ctx.db, programPath, level);
    if (running) return running;
    const hospitals = await findRegionAtLevelContaining(ctx.db, hospitalPath, level);
    return hospitals && isWithinRegionPath(hospitals.path, programPath) ? hospitals : null;
  };
  return (level, programPath, hospitalPath) => {
    const key = `${level}:${programPath}:${hospitalPath}`;
    const cached = cache.get(key) ?? find(level, programPath, hospitalPath);
    cache.set(key, cached);
    return cached;
  };
}

/**
 * The notices about program milestones (`Deadline` rows) with a before-step due today. A milestone has
 * no submission record to stop a ladder, so it has no escalations: the program's before-days remind
 * the coordinators of its supporting hospitals and of the bureau it concerns (its own region, else the
 * program's).
 */
export async function milestoneNotices(ctx: JobContext, today: string): Promise<LadderNotice[]> {
  const { from, to } = ladderDueDateWindow(today);
  const milestones = await listDeadlinesWithProgramDueBetween(ctx.db, from, to);
  const ladderOf = ladderReader(ctx);
  const beforeOnly = (program: { id: number; settings: unknown }) => ({ ...ladderOf(program), after: [] });
  const due = ladderItemsDue(
    milestones,
    today,
    (m) => beforeOnly(m.program),
    (d) => ctx.calendar.isWorkingDay(d),
  );
  return due.map(({ item, step }) => ({
    key: `ladder:d${item.id}:${step.name}:${item.dueDate}`,
    level: 'MILESTONE',
    scope: item.program.name,
    dueDate: item.dueDate,
    days: daysFrom(today, item.dueDate),
    items: [{ unit: item.program.name, item: item.title, state: 'MILESTONE' }],
    recipients: async () => {
      const hospitals = await listProgramParticipants(ctx.db, item.programId, 'SUPPORTING');
      const ids: number[] = [];
      for (const { institutionId } of hospitals) {
        ids.push(...(await institutionRoleHolders(ctx.db, 'HOSPITAL_COORDINATOR', institutionId)).map((p) => p.id));
      }
      const bureau = await regionCoordinatorsOf(ctx.db, item.regionId ?? item.program.regionId);
      return [...new Set([...ids, ...bureau.map((p) => p.id)])];
    },
  }));
}
