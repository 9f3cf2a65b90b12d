import type { CommandArgs, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import type { Metric, Program } from '../generated/sqlite/client.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { setScopeTarget } from '../db/queries/scope-targets.js';
import { listProgramsInScope } from '../db/queries/scoped-programs.js';
import { isLocalDate, localDate } from '../time/local.js';
import { resolveCoordinatorQuery, type CoordinatorQuery } from './coordinator-query.js';
import { METRIC_FIGURES, metricLabel } from './target-actuals.js';
import { targetLevelOf } from './target-level.js';

/**
 * `/目标`: a coordinator sets (or apportions) a target for their own level or a level below — a city, a
 * county, a supporting hospital — never the program's own (those are the province's, from the import).
 * The write is one row per program, metric, due date and level (a unique index), and is audited.
 */

const METRICS = Object.keys(METRIC_FIGURES) as Metric[];

/** The metric a typed word names: its label in either language, or its code. */
function metricOf(word: string): Metric | undefined {
  const wanted = word.toLowerCase();
  return METRICS.find((metric) =>
    [metricLabel('zh-CN', metric), metricLabel('en', metric), metric].some((name) => name.toLowerCase() === wanted),
  );
}

/** Splits `… 指标 数值 [截止日期]` off the end of the words; the rest is the query. */
function parseTargetWords(tokens: readonly string[]): { rest: string[]; metric: Metric; value: number; due?: string } {
  const words = [...tokens];
  const due = words.length > 0 && isLocalDate(words[words.length - 1] ?? '') ? words.pop() : undefined;
  const valueWord = words.pop();
  const metricWord = words.pop();
  if (valueWord === undefined || metricWord === undefined) throw badArguments('coordinator.target.missing');
  const metric = metricOf(metricWord);
  if (metric === undefined || METRIC_FIGURES[metric] === null) {
    const metrics = METRICS.filter((m) => METRIC_FIGURES[m] !== null)
      .map((m) => metricLabel('zh-CN', m))
      .join('、');
    throw badArguments('coordinator.target.badMetric', { metric: metricWord, metrics });
  }
  const value = Number(valueWord);
  if (!/^\d+$/.test(valueWord) || value <= 0) throw badArguments('coordinator.target.badValue', { value: valueWord });
  return { rest: words, metric, value, ...(due === undefined ? {} : { due }) };
}

/** The program the target is for: the one named, else the only one running today in the scope. */
async function programOf(ctx: Context, query: CoordinatorQuery): Promise<Program> {
  if (query.program) return query.program;
  const today = localDate(ctx.now(), ctx.timeZone);
  const running = await listProgramsInScope(ctx.db, query.scope, { from: today, to: today });
  const [only] = running;
  if (!only) throw badArguments('coordinator.target.none');
  if (running.length > 1) {
    throw badArguments('coordinator.target.noProgram', { codes: running.map((p) => p.code).join('、') });
  }
  return only;
}

/** Runs `/目标` for the actor. */
export async function setTarget(ctx: Context, args: CommandArgs): Promise<void> {
  const words = parseTargetWords(args.tokens);
  const query = await resolveCoordinatorQuery(ctx, words.rest);
  const program = await programOf(ctx, query);
  const due = words.due ?? program.endDate;
  if (due < program.startDate || due > program.endDate) {
    throw badArguments('coordinator.target.badDate', { date: due, start: program.startDate, end: program.endDate });
  }
  const level = await targetLevelOf(ctx.db, query.scope, program);
  if (level.kind === 'program') throw badArguments('coordinator.target.programLevel', { level: query.scopeLabel });
  if (level.kind === 'other') throw badArguments('coordinator.target.noLevel');
  const { target, previous } = await setScopeTarget(ctx.db, {
    programId: program.id,
    metric: words.metric,
    value: words.value,
    dueDate: due,
    place: level.place,
    setById: ctx.actor.person?.id ?? null,
    at: ctx.now(),
  });
  await appendAuditEntry(ctx.db, {
    at: ctx.now(),
    actorId: ctx.actor.person?.id ?? null,
    action: 'target.set',
    entity: 'ScopeTarget',
    entityId: String(target.id),
    regionPath: level.kind === 'region' ? level.path : null,
    institutionId: 'institutionId' in level.place ? level.place.institutionId : null,
    details: { program: program.code, level: level.name, metric: words.metric, value: words.value, due, previous },
  });
  const params = {
    level: level.name,
    metric: metricLabel(ctx.locale, words.metric),
    value: words.value,
    due,
    program: program.name,
  };
  await ctx.reply(
    previous === null
      ? ctx.t('coordinator.target.set', params)
      : ctx.t('coordinator.target.replaced', { ...params, previous }),
  );
}
