import { z } from 'zod';
import type { ServiceDayFact } from '../db/queries/workload-facts.js';
import { isCountedDay } from '../coordinator/workload-figures.js';

/**
 * The accumulated-service requirement a program may set for its physicians' records (title promotion
 * asks for N days of grassroots service): `settings.serviceRecord.requiredDays` of the program's JSON,
 * e.g. `{ "serviceRecord": { "requiredDays": 180 } }`. Other keys of `settings` are other features'.
 */
const settingsSchema = z.object({
  serviceRecord: z.object({ requiredDays: z.number().int().min(1).max(3660) }).optional(),
});

/** The days a program requires, or undefined when it sets none (or its setting is invalid). */
export function requiredDaysOf(program: { settings: unknown }): number | undefined {
  const parsed = settingsSchema.safeParse(program.settings ?? {});
  return parsed.success ? parsed.data.serviceRecord?.requiredDays : undefined;
}

/** One requirement line: `累计基层服务 N 天 / 要求 M 天` for a program. */
export interface RequirementProgress {
  programCode: string;
  programName: string;
  /** Days that count (`isCountedDay`: confirmed by the clinic head, or an approved 补卡), all years. */
  served: number;
  required: number;
}

/**
 * The progress toward each program's requirement, over all the physician's days of that program (a
 * requirement is accumulated, whatever period the record shows).
 */
export function requirementProgress(
  programs: readonly { id: number; code: string; name: string; settings: unknown }[],
  allFacts: readonly ServiceDayFact[],
): RequirementProgress[] {
  return programs.flatMap((program) => {
    const required = requiredDaysOf(program);
    if (required === undefined) return [];
    const served = allFacts.filter((fact) => fact.programId === program.id && isCountedDay(fact)).length;
    return [{ programCode: program.code, programName: program.name, served, required }];
  });
}
