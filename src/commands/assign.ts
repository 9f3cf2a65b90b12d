import type { CommandDefinition } from '../core/context.js';
import { assignPhysician } from '../coordinator/assign-physician.js';
import { usageExamples } from '../coordinator/usage-examples.js';

/**
 * `/指派 @医生 <受援单位> <月份或日期>` (`assign`), e.g. `/指派 @王秀英 桂林 2026-12` or
 * `/指派 王秀英 桂林 12-03 12-10`: a coordinator sends a physician to a recipient clinic.
 */
export const assignCommand: CommandDefinition = {
  name: '指派',
  aliases: ['assign'],
  summaryKey: 'coordinator.assign.summary',
  usageKey: 'coordinator.assign.usage',
  usageExamples,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  run: assignPhysician,
};
