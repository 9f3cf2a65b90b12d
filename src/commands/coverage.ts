import { coverageCard } from '../../cards/coverage.js';
import type { CommandDefinition } from '../core/context.js';
import { resolveCoordinatorQuery } from '../coordinator/coordinator-query.js';
import { foldCoverage } from '../coordinator/coverage.js';
import { programChoiceOf } from '../coordinator/program-choice.js';
import { listActiveAssignmentsInScope } from '../db/queries/scoped-assignments.js';
import { listRecipientClinicsInScope } from '../db/queries/scoped-programs.js';
import { listServiceDayFacts } from '../db/queries/workload-facts.js';
import { isOwnPhysiciansView } from '../permissions/view-scope-kind.js';
import { localDate, monthRange } from '../time/local.js';
import { usageExamples } from '../coordinator/usage-examples.js';
import { monthPeriod } from '../coordinator/figure-period.js';

/**
 * `/覆盖` (`coverage`) for coordinators: the recipient clinics (受援单位) of the programs running in a
 * month within their scope, in three groups — nobody assigned, assigned but not visited yet, visited —
 * with the specialty mix sent to each. Takes a month, a program code and a narrower scope in any order.
 */
export const coverageCommand: CommandDefinition = {
  name: '覆盖',
  aliases: ['coverage'],
  summaryKey: 'coordinator.coverage.summary',
  usageKey: 'coordinator.coverage.usage',
  usageExamples,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const query = await resolveCoordinatorQuery(ctx, args.tokens);
    const { scope, scopeLabel, month, program } = query;
    const { first, last } = monthRange(month);
    const period = { scope, from: first, to: last, ...(program ? { programId: program.id } : {}) };
    const clinics = await listRecipientClinicsInScope(ctx.db, scope, programChoiceOf(query));
    const assignments = await listActiveAssignmentsInScope(ctx.db, period);
    const facts = await listServiceDayFacts(ctx.db, period);
    await ctx.replyCard(
      coverageCard(ctx.locale, {
        scopeLabel,
        month,
        period: monthPeriod(month, localDate(ctx.now(), ctx.timeZone)),
        program: program?.name ?? null,
        ownPhysiciansOnly: isOwnPhysiciansView(scope),
        clinics: foldCoverage(clinics, assignments, facts),
      }),
    );
  },
};
