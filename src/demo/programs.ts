import type { Metric, ProgramKind } from '../generated/sqlite/enums.js';
import { addMonths, monthRange } from '../time/local.js';
import { CLINICS } from './clinics.js';
import { SUPPORTING_HOSPITAL_KEYS } from './institutions.js';
import { ZHANGPING } from './regions.js';

/** A program target; `regionCode` null for the whole program. */
export interface DemoTarget {
  metric: Metric;
  value: number;
  dueDate: string;
  regionCode: string | null;
  note: string;
}

/** A dated milestone of a program. */
export interface DemoDeadline {
  title: string;
  dueDate: string;
  description: string;
}

/** One demo program with its participants (by institution key), targets and milestones. */
export interface DemoProgram {
  code: string;
  name: string;
  kind: ProgramKind;
  regionCode: string;
  startDate: string;
  endDate: string;
  /** The monthly workload report is due on this day of the next month (seed 001: 每月2日前). */
  reportDueDay: number;
  supportingKeys: readonly string[];
  recipientKeys: readonly string[];
  targets: DemoTarget[];
  deadlines: DemoDeadline[];
}

const SEED_000_NOTE = '参照福建省2023年度工作方案（闽卫医政函〔2023〕1215号）';

/** The targets of seed 000, set for the given year. */
function seed000Targets(year: number): DemoTarget[] {
  const midYear = `${year}-08-31`;
  const yearEnd = `${year}-12-31`;
  const target = (
    metric: Metric,
    value: number,
    dueDate: string,
    note = SEED_000_NOTE,
    regionCode: string | null = null,
  ) => ({
    metric,
    value,
    dueDate,
    regionCode,
    note,
  });
  return [
    target('PHYSICIANS_PLACED', 1500, midYear),
    target('LECTURES', 800, midYear),
    target('TRAINING', 8000, midYear),
    target('PATIENTS', 80000, midYear),
    target('SPECIAL_POPULATION', 8000, midYear),
    target('HOME_VISITS', 600, midYear),
    target('PHYSICIANS_PLACED', 2000, yearEnd, `中高级职称医师；${SEED_000_NOTE}`),
    target('PERSON_TIMES', 10000, yearEnd, `超过10000人次；${SEED_000_NOTE}`),
    target('TOWNSHIPS_COVERED', CLINICS.length, yearEnd, '覆盖全市所有社区卫生服务中心和乡镇卫生院', ZHANGPING),
  ];
}

/** The milestones of the seeds (001 for the county, 000 for the mid-year check), set for the given year. */
function seedDeadlines(year: number): DemoDeadline[] {
  return [
    {
      title: '报送实施方案和支援人员安排情况表',
      dueDate: `${year}-05-31`,
      description: '市总医院将工作实施方案和“支援人员安排情况表”报市卫健局医政股；人员变动时重新报送。',
    },
    {
      title: '年中目标节点',
      dueDate: `${year}-08-31`,
      description: '对照年度目标检查派驻人数、讲座、培训、诊疗等完成情况。',
    },
    {
      title: '年度总结和自评',
      dueDate: `${year}-12-20`,
      description: '支援医院和受援单位对年度工作完成情况进行总结和自评。',
    },
    { title: '受益群众电话满意度测评', dueDate: `${year}-12-31`, description: '抽取80个受益群众进行电话满意度测评。' },
  ];
}

function grassrootsProgram(year: number, startDate: string, endDate: string): DemoProgram {
  return {
    code: `DEMO-ZP-GRASSROOTS-${year}`,
    name: `漳平市${year}年度“医师下基层”对口支援`,
    kind: 'GRASSROOTS_SUPPORT',
    regionCode: ZHANGPING,
    startDate,
    endDate,
    reportDueDay: 2,
    supportingKeys: SUPPORTING_HOSPITAL_KEYS,
    recipientKeys: CLINICS.map((c) => c.key),
    targets: seed000Targets(year),
    deadlines: seedDeadlines(year),
  };
}

/**
 * The program of the year `today` falls in. It spans the calendar year, stretched to cover the month
 * before and the month after today's, so the demo schedule stays inside it in January and December.
 */
export function currentProgram(today: string): DemoProgram {
  const year = Number(today.slice(0, 4));
  const month = today.slice(0, 7);
  const before = monthRange(addMonths(month, -1)).first;
  const after = monthRange(addMonths(month, 1)).last;
  const start = `${year}-01-01` < before ? `${year}-01-01` : before;
  const end = `${year}-12-31` > after ? `${year}-12-31` : after;
  return grassrootsProgram(year, start, end);
}

/** The year of the history program. */
export const HISTORY_YEAR = 2023;

/** The 2023 program, kept as history. */
export const HISTORY_PROGRAM: DemoProgram = grassrootsProgram(HISTORY_YEAR, '2023-01-01', '2023-12-31');
