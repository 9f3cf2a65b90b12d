import type { CommandDefinition } from '../core/context.js';
import { unassignPhysician } from '../coordinator/unassign-physician.js';
import { usageExamples } from '../coordinator/usage-examples.js';

/**
 * `/取消指派 <指派编号>` or `/取消指派 @医生 <受援单位> <月份>` (`unassign`): a coordinator cancels an
 * assignment; service days already recorded under it stay.
 */
export const unassignCommand: CommandDefinition = {
  name: '取消指派',
  aliases: ['unassign'],
  summaryKey: 'coordinator.unassign.summary',
  usageKey: 'coordinator.unassign.usage',
  usageExamples,
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  run: unassignPhysician,
};
