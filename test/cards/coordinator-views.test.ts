import { describe, expect, it } from 'vitest';
import { auditLogCard, type AuditLine } from '../../cards/audit-log.js';
import { coverageCard, type CoverageCardView } from '../../cards/coverage.js';
import { targetProgressCard, type TargetProgressCardView } from '../../cards/target-progress.js';
import type { ClinicCoverage } from '../../src/coordinator/coverage.js';
import { targetPace } from '../../src/coordinator/target-pace.js';
import type { Card } from '../../src/core/card.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';
import { renderCardText } from '../../src/platforms/sandbox/render-card-text.js';

const fits = (card: Card) => expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);

const clinic = (name: string, state: ClinicCoverage['state'], mix: [string | null, number][] = []): ClinicCoverage => ({
  clinicId: name.length,
  name,
  state,
  physicians: mix.reduce((sum, [, count]) => sum + count, 0),
  serviceDays: state === 'VISITED' ? 3 : 0,
  specialtyMix: mix.map(([specialty, count]) => ({ specialty, count })),
});

const coverage: CoverageCardView = {
  scopeLabel: '漳平市',
  month: '2026-11',
  period: { kind: 'monthToDate', month: '2026-11', to: '2026-11-22' },
  program: null,
  ownPhysiciansOnly: false,
  clinics: [
    clinic('漳平市灵地乡卫生院', 'UNASSIGNED'),
    clinic('漳平市双洋镇卫生院', 'NOT_VISITED', [['内科', 2]]),
    clinic('漳平市桂林街道社区卫生服务中心', 'VISITED', [
      ['内科', 2],
      ['儿科', 1],
      [null, 1],
    ]),
  ],
};

const pace = (target: number, actual: number, dueDate: string) =>
  targetPace({ target, actual, dueDate, today: '2026-11-22', startDate: '2026-01-01', programEnd: '2026-12-31' });

const progress: TargetProgressCardView = {
  scopeLabel: '漳平市',
  today: '2026-11-22',
  ownPhysiciansOnly: false,
  programs: [
    {
      name: '漳平市2026年度“医师下基层”对口支援',
      startDate: '2026-01-01',
      endDate: '2026-12-31',
      period: { kind: 'programToDate', from: '2026-01-01', to: '2026-11-22' },
      level: 'program',
      shares: [],
      targets: [
        {
          metric: 'PATIENTS',
          target: 80000,
          dueDate: '2026-08-31',
          actual: 1200,
          pace: pace(80000, 1200, '2026-08-31'),
        },
        {
          metric: 'LECTURES',
          target: 10,
          dueDate: '2026-12-31',
          actual: 12,
          pace: pace(10, 12, '2026-12-31'),
        },
        {
          metric: 'HOME_VISITS',
          target: 600,
          dueDate: '2026-12-31',
          actual: 0,
          pace: pace(600, 0, '2026-12-31'),
        },
        {
          metric: 'PERSON_TIMES',
          target: 400,
          dueDate: '2026-12-31',
          actual: 350,
          pace: pace(400, 350, '2026-12-31'),
        },
        {
          metric: 'TOWNSHIPS_COVERED',
          target: 16,
          dueDate: '2026-12-31',
          actual: 9,
          pace: pace(16, 9, '2026-12-31'),
        },
        { metric: 'TOURS', target: 2, dueDate: '2026-12-31', actual: null, pace: null },
      ],
      breakdown: {
        metrics: ['PATIENTS', 'LECTURES', 'TOURS'],
        rows: [
          { region: '菁城街道', values: [800, 7, null] },
          { region: '灵地乡', values: [0, 0, null] },
        ],
      },
    },
  ],
};

const auditLines: AuditLine[] = [
  {
    at: '2026-11-22 09:30',
    actor: '苏建明',
    action: 'assignment.cancel',
    entity: 'Assignment',
    entityId: '12',
    detail: '陈明，漳平市灵地乡卫生院，2026-12-01 至 2026-12-31，计划 12-03、12-10（2026年漳平市医师下基层）',
  },
  {
    at: '2026-11-21 08:00',
    actor: null,
    action: 'reminder.sent',
    entity: 'ReportingObligation',
    entityId: '3',
    detail: '',
  },
  {
    at: '2026-11-20 17:45',
    actor: '吴国华',
    action: 'custom.thing',
    entity: 'Widget',
    entityId: null,
    detail: '',
  },
];

describe('coverage card', () => {
  it('counts the groups and lists each with its specialty mix (neutral, Feishu and text)', () => {
    const card = coverageCard('zh-CN', coverage);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
    const text = renderCardText(card).text;
    expect(text).toContain('未指派：1/3');
    expect(text).toContain('内科×2、儿科×1、未填专业×1');
  });

  it('in English, with no clinic at all, and for a hospital view', () => {
    expect(coverageCard('en', { ...coverage, ownPhysiciansOnly: true, program: 'DEMO' })).toMatchSnapshot();
    expect(renderCardText(coverageCard('zh-CN', { ...coverage, clinics: [] })).text).toContain(
      '没有参加项目的受援单位',
    );
  });

  it('stays under 30 KB with 300 clinics and says the list is cut', () => {
    const states = ['UNASSIGNED', 'NOT_VISITED', 'VISITED'] as const;
    const clinics = Array.from({ length: 300 }, (_, i) =>
      clinic(`福建省龙岩市漳平市第${i}号乡镇卫生院分院`, states[i % 3] ?? 'VISITED', [
        ['心血管内科', 2],
        ['针灸推拿科', 1],
        ['耳鼻喉科', 1],
      ]),
    );
    const card = coverageCard('zh-CN', { ...coverage, clinics });
    fits(card);
    expect(renderCardText(card).text).toContain('共 100 行，这里只列出前 60 行');
  });
});

describe('target progress card', () => {
  it('targets with pace and forecast, and the breakdown by child region', () => {
    const card = targetProgressCard('zh-CN', progress);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
    const text = renderCardText(card).text;
    expect(text).toContain('已完成');
    expect(text).toContain('尚无进展，暂不预测');
    expect(text).toContain('已过截止日');
    expect(text).toContain('暂无统计口径');
    expect(text).toContain('统计期：项目开始至今（2026-01-01 至 2026-11-22）');
    expect(text).toContain('到岗受援单位');
  });

  it('a level without targets of its own: actuals and their share of the target above, no forecast', () => {
    const [program] = progress.programs;
    const text = renderCardText(
      targetProgressCard('zh-CN', {
        ...progress,
        scopeLabel: '漳平市医院',
        programs: [
          {
            ...program!,
            level: 'none',
            targets: [],
            shares: [
              { metric: 'PHYSICIANS_PLACED', actual: 20, parentTarget: 1500, parentName: null, dueDate: '2026-08-31' },
              { metric: 'PATIENTS', actual: 900, parentTarget: 5000, parentName: '漳平市', dueDate: '2026-12-31' },
            ],
          },
        ],
      }),
    ).text;
    expect(text).toContain('本级未设目标');
    expect(text).toMatch(/派驻支援医师\s+│\s+20 │ 项目 1500（截止 2026-08-31）\s+│\s+1%/);
    expect(text).toMatch(/诊疗人次\s+│\s+900 │ 漳平市 5000（截止 2026-12-31）\s+│\s+18%/);
    expect(text).not.toContain('预计完成');
  });

  it('a forecast beyond the program’s end says the target cannot be met in time', () => {
    const [program] = progress.programs;
    const unreachable = targetPace({
      target: 1500,
      actual: 20,
      dueDate: '2026-08-31',
      today: '2026-11-22',
      startDate: '2026-01-01',
      programEnd: '2026-12-31',
    });
    const text = renderCardText(
      targetProgressCard('zh-CN', {
        ...progress,
        programs: [
          {
            ...program!,
            targets: [
              { metric: 'PHYSICIANS_PLACED', target: 1500, dueDate: '2026-08-31', actual: 20, pace: unreachable },
            ],
          },
        ],
      }),
    ).text;
    expect(text).toContain('按当前进度无法按期完成');
    expect(text).not.toMatch(/\d{4}-12-20/);
  });

  it('in English, and with no program', () => {
    expect(targetProgressCard('en', progress)).toMatchSnapshot();
    expect(renderCardText(targetProgressCard('zh-CN', { ...progress, programs: [] })).text).toContain(
      '没有设定了目标的项目',
    );
  });

  it('stays under 30 KB with 300 child regions and 300 targets', () => {
    const [program] = progress.programs;
    const metrics = [
      'PHYSICIANS_PLACED',
      'PERSON_TIMES',
      'SERVICE_DAYS',
      'PATIENTS',
      'SPECIAL_POPULATION',
      'HOME_VISITS',
      'LECTURES',
      'TRAINING',
      'TOWNSHIPS_COVERED',
    ] as const;
    const card = targetProgressCard('zh-CN', {
      ...progress,
      programs: [
        {
          ...program!,
          targets: Array.from({ length: 300 }, (_, i) => ({
            ...program!.targets[i % 5]!,
          })),
          breakdown: {
            metrics: [...metrics],
            rows: Array.from({ length: 300 }, (_, i) => ({
              region: `福建省某某县第${i}乡镇`,
              values: metrics.map(() => 123456),
            })),
          },
        },
      ],
    });
    fits(card);
  });
});

describe('audit log card', () => {
  const more = { before: '2026-11-20T09:45:00.000Z', beforeId: 7, q: '漳平市' };

  it('labels actions and records, shows details and the 更早 button', () => {
    const card = auditLogCard('zh-CN', { scopeLabel: '漳平市', lines: auditLines, older: false, more });
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
    const text = renderCardText(card).text;
    expect(text).toContain('取消指派');
    expect(text).toContain('指派 #12');
    expect(text).toContain('陈明，漳平市灵地乡卫生院，2026-12-01 至 2026-12-31，计划 12-03、12-10');
    expect(text).toContain('系统');
    expect(text).toContain('custom.thing');
    expect(renderCardText(card).buttons[0]).toMatchObject({ text: '更早', action: 'audit.more', value: more });
  });

  it('empty first page and empty older page, in both languages', () => {
    expect(
      renderCardText(auditLogCard('zh-CN', { scopeLabel: '漳平市', lines: [], older: false, more: null })).text,
    ).toContain('漳平市暂无审计记录');
    expect(auditLogCard('en', { scopeLabel: '漳平市', lines: auditLines, older: true, more: null })).toMatchSnapshot();
    expect(
      renderCardText(auditLogCard('zh-CN', { scopeLabel: '漳平市', lines: [], older: true, more: null })).text,
    ).toContain('没有更早的审计记录');
  });

  it('stays under 30 KB with 300 long entries', () => {
    const long = '因医师临时外派参加省级培训，经医务科与受援单位协商后取消本月指派并另行安排'.repeat(3);
    const lines = Array.from({ length: 300 }, (_, i) => ({ ...auditLines[0]!, entityId: String(i), detail: long }));
    fits(auditLogCard('zh-CN', { scopeLabel: '福建省', lines, older: false, more }));
  });
});
