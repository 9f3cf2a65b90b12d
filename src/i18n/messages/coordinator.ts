import type { Text } from '../locale.js';

/**
 * Texts shared by the coordinator commands (scope and month arguments). Each command area has its own
 * file, `coordinator-<area>.ts`. Keys are `coordinator.<name>`.
 */
export const coordinatorMessages = {
  'coordinator.scope.all': { zh: '全部', en: 'everything' },
  'coordinator.scope.none': {
    zh: '这个命令供医务科和卫健部门联络员使用，您目前没有可查看的范围。如需开通，请联系管理员授权。',
    en: 'This command is for hospital and health-bureau coordinators, and you have no scope to view yet. Ask an administrator for a grant.',
  },
  'coordinator.scope.outOfScope': {
    zh: '“{scope}”不在您的管辖范围内，只能查看本单位或本辖区的数据。可以不写范围，直接查看您管辖的全部。',
    en: '“{scope}” is outside your scope: you can view your own hospital or region only. Leave the scope out to see all of yours.',
  },
  'coordinator.scope.unknown': {
    zh: '没有找到名为“{name}”的地区或单位。请写完整的地区名（如 漳平市）或单位名（如 福建省立医院），月份写成 2023-08。',
    en: 'No region or institution is named “{name}”. Write a full region name (e.g. 漳平市) or institution name, and months as 2023-08.',
  },
  'coordinator.scope.ambiguous': {
    zh: '“{name}”可能指：{candidates}。请写全名。',
    en: '“{name}” could mean: {candidates}. Please write the full name.',
  },
} satisfies Record<string, Text>;
