import type { Context } from '../core/context.js';
import { exampleClinicOfPhysician, exampleNamesInScope } from '../db/queries/usage-examples.js';
import { baseViewScope } from '../permissions/view-scope.js';

/** One lookup per event: /帮助 fills the examples of many commands from the same names. */
const cache = new WeakMap<Context, Promise<Record<string, string>>>();

/**
 * The example names of coordinator and physician commands' usage, from the speaker's own scope:
 * `{place}` (their region, else their hospital), `{hospital}`, `{clinic}` and `{physician}` of the latest
 * assignment they may see (a physician: their own latest clinic). Where the scope has none, a neutral
 * placeholder (受援单位名称 …) stands in, never a place the speaker cannot use.
 */
export function usageExamples(ctx: Context): Promise<Record<string, string>> {
  const known = cache.get(ctx);
  if (known) return known;
  const names = lookUp(ctx);
  cache.set(ctx, names);
  return names;
}

async function lookUp(ctx: Context): Promise<Record<string, string>> {
  const scope = baseViewScope(ctx.actor);
  const names = await exampleNamesInScope(ctx.db, scope);
  const person = ctx.actor.person;
  const ownClinic = person ? await exampleClinicOfPhysician(ctx.db, person.id) : undefined;
  const hospital = names.hospital ?? ctx.t('coordinator.usageExample.hospital');
  return {
    place: names.region ?? names.hospital ?? ctx.t('coordinator.usageExample.place'),
    hospital,
    clinic: ownClinic ?? names.clinic ?? ctx.t('coordinator.usageExample.clinic'),
    physician: names.physician ?? ctx.t('coordinator.usageExample.physician'),
  };
}
