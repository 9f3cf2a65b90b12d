import { describe, expect, it } from 'vitest';
import { monthlyReportCard, type MonthlyReportCardView } from '../../cards/monthly-report-draft.js';
import { reportCompletenessCard, type ReportCompletenessCardView } from '../../cards/report-completeness.js';
import type { Card } from '../../src/core/card.js';
import type { MonthlyReportData } from '../../src/coordinator/monthly-report/figures.js';
import { emptyFigures, type WorkloadFigures } from '../../src/coordinator/workload-figures.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

const fits = (card: Card) => expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);

const figures = (days: number): WorkloadFigures => ({
  ...emptyFigures(),
  physiciansServed: Math.ceil(days / 3),
  clinicsServed: 1,
  serviceDays: days,
  verifiedDays: days - 1,
  unverifiedDays: 1,
  confirmedDays: days - 2,
  pendingDays: 2,
  loggedDays: days,
  patients: days * 14,
  specialPopulation: days * 3,
  homeVisits: 1,
  lectures: 1,
  training: days * 2,
});

function report(clinicCount: number): MonthlyReportData {
  const clinics = Array.from({ length: clinicCount }, (_, i) => ({
    clinicId: i + 1,
    name: `${['桂林', '菁城', '新桥', '双洋'][i % 4]}卫生院${i >= 4 ? i : ''}`,
    figures: figures(3 + i),
  }));
  return {
    layoutVersion: 1,
    programId: 1,
    programName: '漳平市2026年度“医师下基层”对口支援',
    hospitalId: 7,
    hospitalName: '漳平市医院',
    period: '2026-11',
    totals: figures(clinics.reduce((sum, c) => sum + c.figures.serviceDays, 0)),
    clinics,
    physicians: [],
    spotChecks: [
      { date: '2026-11-05', physician: '王秀英', clinic: '桂林卫生院', failed: false, open: false },
      { date: '2026-11-12', physician: '陈建国', clinic: '菁城卫生院', failed: true, open: true },
    ],
  };
}

const draft: MonthlyReportCardView = {
  obligationId: 42,
  data: report(3),
  line: { state: 'open', dueDate: '2026-12-02', daysLate: 0 },
  // A section saved before (prefilled in the form); a section with markup shows as plain text.
  sections: { workDone: '本月派驻 3 名医师', problems: '', plans: '' },
};

const completeness: ReportCompletenessCardView = {
  scopeLabel: '漳平市',
  period: '2026-11',
  all: { total: 6, submitted: 2, onTime: 1, late: 1, overdue: 4, open: 0 },
  regions: [
    { region: '漳平市（本级）', tally: { total: 2, submitted: 2, onTime: 1, late: 1, overdue: 0, open: 0 } },
    { region: '辖区外单位', tally: { total: 4, submitted: 0, onTime: 0, late: 0, overdue: 4, open: 0 } },
  ],
  hospitals: [
    {
      hospital: '漳平市医院',
      program: 'DEMO-ZP-GRASSROOTS-2026',
      dueDate: '2026-12-02',
      state: 'onTime',
      submittedAt: '2026-12-02 23:59',
      daysLate: 0,
    },
    {
      hospital: '龙岩市第一医院',
      program: 'DEMO-ZP-GRASSROOTS-2026',
      dueDate: '2026-12-02',
      state: 'overdue',
      daysLate: 1,
    },
  ],
};

describe('monthly report cards', () => {
  it('the draft: figures, clinic table, the three-section form with 提交, 导出Excel (neutral and Feishu)', () => {
    const card = monthlyReportCard('zh-CN', draft);
    const text = JSON.stringify(card);
    expect(text).toContain('**抽查（四不两直）**：2 天，其中抽查不符 1 天（待跟进 1 天）');
    expect(text).toContain('有异议，待跟进');
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('submitted late: the state and the three sections, only 导出Excel; in English too', () => {
    const view: MonthlyReportCardView = {
      ...draft,
      line: { state: 'late', dueDate: '2026-12-02', daysLate: 1, submittedAt: '2026-12-03 00:01' },
      sections: { workDone: '完成门诊 120 人次', problems: '桂林卫生院缺少**心电图机**', plans: '' },
    };
    expect(JSON.stringify(monthlyReportCard('zh-CN', view))).toContain(
      '存在问题：桂林卫生院缺少&#42;&#42;心电图机&#42;&#42;',
    );
    expect(monthlyReportCard('zh-CN', view)).toMatchSnapshot();
    expect(monthlyReportCard('en', view)).toMatchSnapshot();
  });

  it('completeness: rates with numerator and denominator, per region and per hospital', () => {
    const card = reportCompletenessCard('zh-CN', completeness);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('stay under 30 KB with 60 clinics and 80 hospitals', () => {
    fits(monthlyReportCard('zh-CN', { ...draft, data: report(60) }));
    const hospitals = Array.from({ length: 80 }, (_, i) => ({
      ...completeness.hospitals[1]!,
      hospital: `福建医科大学附属第${i + 1}医院（福建省某某医学中心）`,
    }));
    const regions = Array.from({ length: 30 }, (_, i) => ({ region: `某某县${i + 1}`, tally: completeness.all }));
    fits(reportCompletenessCard('zh-CN', { ...completeness, hospitals, regions }));
  });
});
