import type { CommandDefinition } from '../core/context.js';
import { setTarget } from '../coordinator/set-target.js';

/**
 * `/目标 [项目代码] [地区或单位] 指标 数值 [截止日期]` (`target`): a coordinator sets or apportions a target
 * for a city, a county or a supporting hospital (audited); `/进度` then compares that level with it.
 */
export const targetCommand: CommandDefinition = {
  name: '目标',
  aliases: ['target'],
  summaryKey: 'coordinator.target.summary',
  usageKey: 'coordinator.target.usage',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  run: setTarget,
};
