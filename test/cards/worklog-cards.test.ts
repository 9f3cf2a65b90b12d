import { describe, expect, it } from 'vitest';
import { worklogConfirmCard } from '../../cards/worklog-confirm.js';
import { worklogFormCard } from '../../cards/worklog-form.js';
import { worklogOutcomeCard } from '../../cards/worklog-outcome.js';
import type { Card } from '../../src/core/card.js';
import { WORK_LOG_METRICS, type WorkLogValues } from '../../src/db/queries/work-logs.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';
import { WORK_LOG_BOUNDS } from '../../src/physician/worklog-bounds.js';
import { MAX_WORK_LOG_NOTE } from '../../src/physician/worklog-parser.js';

const LONG_CLINIC = '福建省龙岩市漳平市新桥镇中心卫生院（漳平市第二医院新桥分院）社区卫生服务中心'.repeat(3);
const figures = (of: (metric: (typeof WORK_LOG_METRICS)[number]) => number): WorkLogValues =>
  Object.fromEntries(WORK_LOG_METRICS.map((m) => [m, of(m)])) as WorkLogValues;
const maxed = figures((m) => WORK_LOG_BOUNDS[m].max);
const everyBreach = WORK_LOG_METRICS.map((metric) => ({
  metric,
  value: WORK_LOG_BOUNDS[metric].max,
  limit: WORK_LOG_BOUNDS[metric].plausible,
}));
const fits = (card: Card) => expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);

describe('work-log confirmation card', () => {
  it('asks to confirm one unusual figure (neutral and Feishu)', () => {
    const card = worklogConfirmCard('zh-CN', {
      serviceDayId: 42,
      baseVersion: 0,
      clinic: '石门镇卫生院',
      date: '2026-03-02',
      values: { patients: 300, lectures: 1 },
      note: '义诊',
      implausible: [{ metric: 'patients', value: 300, limit: 200 }],
    });
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('in English', () => {
    const card = worklogConfirmCard('en', {
      serviceDayId: 7,
      baseVersion: 2,
      clinic: '双洋镇卫生院',
      date: '2026-03-31',
      values: { lectures: 21 },
      implausible: [{ metric: 'lectures', value: 21, limit: 20 }],
    });
    expect(card).toMatchSnapshot();
  });

  it('stays under 30 KB with every figure unusual and the longest note', () => {
    fits(
      worklogConfirmCard('zh-CN', {
        serviceDayId: 2_147_483_647,
        baseVersion: 99,
        clinic: LONG_CLINIC,
        date: '2026-12-31',
        values: maxed,
        note: '长'.repeat(MAX_WORK_LOG_NOTE),
        implausible: everyBreach,
      }),
    );
  });
});

describe('work-log form card', () => {
  it('empty, for a first log (neutral and Feishu)', () => {
    const card = worklogFormCard('zh-CN', {
      serviceDayId: 42,
      clinic: '石门镇卫生院',
      date: '2026-03-02',
      current: null,
    });
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('prefilled with the current log', () => {
    const card = worklogFormCard('zh-CN', {
      serviceDayId: 42,
      clinic: '石门镇卫生院',
      date: '2026-03-02',
      current: { ...figures(() => 0), patients: 23, lectures: 1, note: '下午加诊' },
    });
    expect(card).toMatchSnapshot();
  });

  it('stays under 30 KB with the largest values and note', () => {
    const card = worklogFormCard('zh-CN', {
      serviceDayId: 2_147_483_647,
      clinic: LONG_CLINIC,
      date: '2026-12-31',
      current: { ...maxed, note: '长'.repeat(MAX_WORK_LOG_NOTE) },
    });
    fits(card);
  });
});

describe('work-log outcome card', () => {
  it('saved and cancelled', () => {
    const saved = worklogOutcomeCard('zh-CN', {
      saved: true,
      echo: '已保存今日日志（石门镇卫生院，2026-03-02）：\n诊疗人次：300',
    });
    const cancelled = worklogOutcomeCard('zh-CN', { saved: false });
    expect([saved, cancelled]).toMatchSnapshot();
    expect(renderFeishuCard(saved)).toMatchSnapshot();
    fits(saved);
  });
});
