import { describe, expect, it } from 'vitest';
import { auditDetailWords } from '../../src/coordinator/audit-details.js';
import type { AuditEntryView, AuditNames } from '../../src/db/queries/audit-views.js';
import type { Locale } from '../../src/i18n/locale.js';
import { t } from '../../src/i18n/messages/index.js';

const names: AuditNames = {
  people: new Map([
    [27, '王秀英'],
    [28, '陈明'],
    [29, '林晓燕'],
  ]),
  institutions: new Map([[5, '漳平市桂林街道社区卫生服务中心']]),
  regions: new Map([[3, '漳平市']]),
  programs: new Map([[1, '2026年漳平市医师下基层']]),
};

function entry(action: string, details: unknown, extra: Partial<AuditEntryView> = {}): AuditEntryView {
  return {
    id: 1,
    at: new Date('2026-11-22T02:00:00Z'),
    actorId: 28,
    actorAccount: null,
    action,
    entity: 'X',
    entityId: '1',
    regionPath: null,
    institutionId: 5,
    supportingInstitutionId: null,
    details: details as AuditEntryView['details'],
    actorName: '陈明',
    institutionName: '漳平市桂林街道社区卫生服务中心',
    subject: null,
    ...extra,
  };
}

const words = (e: AuditEntryView, locale: Locale = 'zh-CN') =>
  auditDetailWords({ locale, t: (key, params) => t(locale, key, params) }, e, names);

/** Issue #11 item 7: every audited action's details read as words, never `key=value` or stored codes. */
describe('audit details in words', () => {
  const cases: [string, AuditEntryView, string][] = [
    [
      'assignment',
      entry('assignment.create', {
        physicianId: 27,
        physician: '王秀英',
        programId: 1,
        program: 'DEMO-ZP',
        startDate: '2026-12-01',
        endDate: '2026-12-31',
        plannedDates: ['2026-12-03', '2026-12-10'],
      }),
      '王秀英，漳平市桂林街道社区卫生服务中心，2026-12-01 至 2026-12-31，计划 12-03、12-10（2026年漳平市医师下基层）',
    ],
    [
      'visit',
      entry(
        'visit.confirm',
        { verdict: 'CONFIRMED', note: '', previous: 'DISPUTED' },
        { subject: { physician: '王秀英', date: '2026-11-20' } },
      ),
      '王秀英 2026-11-20，漳平市桂林街道社区卫生服务中心：已确认（原为有异议）',
    ],
    [
      'dispute',
      entry(
        'visit.dispute',
        { verdict: 'DISPUTED', note: '当天未见到', previous: 'PENDING' },
        { subject: { physician: '王秀英', date: '2026-11-20' } },
      ),
      '王秀英 2026-11-20，漳平市桂林街道社区卫生服务中心：有异议（原为待确认），说明：当天未见到',
    ],
    [
      'reminder',
      entry('reminder.sent', {
        reason: 'worklogs',
        month: '2026-11',
        count: 2,
        personIds: [27, 29],
        unreachable: [28],
      }),
      '2026-11 未填日志，发给 王秀英、林晓燕 共 2 人，1 人未绑定无法送达',
    ],
    [
      'subscription',
      entry('subscription.add', { chatId: 'oc_x', topic: 'SCHEDULE', institutionId: 5, regionId: null }),
      '每周专家坐诊安排：漳平市桂林街道社区卫生服务中心',
    ],
    [
      'grant',
      entry('role.grant', { personId: 29, role: 'CLINIC_HEAD', institutionId: 5, regionId: null }),
      '林晓燕：受援单位负责人，漳平市桂林街道社区卫生服务中心',
    ],
    [
      'bind',
      entry('identity.bind', { personId: 27, platform: 'FEISHU', platformUserId: 'ou_x', method: 'VERIFIED_MOBILE' }),
      '王秀英（手机号已核验）',
    ],
    [
      'report',
      entry('report.submit', { period: '2026-10', programId: 1, serviceDays: 42 }),
      '2026年漳平市医师下基层 2026-10，42 个服务日',
    ],
    [
      'import',
      entry('import.apply', { kind: 'staffing', fileName: '人员表.xlsx', rows: 12, added: 3, changed: 2, removed: 1 }),
      '人员表.xlsx：12 行，新增 3、修改 2、移除 1',
    ],
  ];

  it.each(cases)('%s', (_name, e, expected) => {
    const zh = words(e);
    expect(zh).toBe(expected);
    for (const text of [zh, words(e, 'en')]) {
      expect(text).not.toMatch(/[A-Za-z]+=|[A-Z]{4,}|physicianId|personId/);
    }
  });

  it('shows an unknown code as 未知, never raw', () => {
    expect(words(entry('visit.confirm', { verdict: 'SOMETHING_NEW' }))).toContain('（未知）');
    expect(words(entry('something.else', { secret: 1 }))).toBe('漳平市桂林街道社区卫生服务中心');
  });
});
