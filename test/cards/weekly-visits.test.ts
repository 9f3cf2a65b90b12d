import { describe, expect, it } from 'vitest';
import { deadlineGroupNoticeCard, type DeadlineGroupNoticeView } from '../../cards/deadline-group-notice.js';
import { weeklyVisitsCard, type WeeklyVisitsView } from '../../cards/weekly-visits.js';
import type { Card } from '../../src/core/card.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { cardRequestBytes } from '../../src/platforms/feishu/card-size.js';

const fits = (card: Card) => expect(cardRequestBytes(renderFeishuCard(card))).toBeLessThan(30 * 1024);

const visit = (name: string, specialty: string) => ({
  physician: { name, title: '副主任医师', specialty, home: '福建省立医院' },
  clinic: '漳平市灵地乡卫生院',
  address: '漳平市灵地乡',
});

const week: WeeklyVisitsView = {
  place: '漳平市灵地乡卫生院',
  monday: '2026-12-28',
  sunday: '2027-01-03',
  days: [
    { date: '2026-12-29', visits: [visit('林晓燕', '儿科'), visit('周雅婷', '口腔科')] },
    { date: '2027-01-02', visits: [{ ...visit('陈志强', '内科'), physician: { name: '陈志强' } }] },
  ],
};

const deadlines: DeadlineGroupNoticeView = {
  scope: '漳平市',
  today: '2026-12-09',
  items: [
    { title: '2026-11 工作量月报', owner: '漳平市医院', dueDate: '2026-12-02', level: 'overdue' },
    { title: '2026-12 支援人员安排情况表', owner: '漳平市医院', dueDate: '2026-12-10', level: 'tomorrow' },
    { title: '年度总结和自评', dueDate: '2026-12-12', level: 'soon' },
  ],
};

describe('weekly visits card', () => {
  it('visits by day across the new year, for residents (neutral and Feishu)', () => {
    const card = weeklyVisitsCard('zh-CN', week);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('a tour team’s day is one line for the team, the leader’s words escaped; a week of tours only is not empty', () => {
    const tours = [
      { date: '2026-12-30', team: '福建省儿童医院 省级医疗队', place: '连江东岭镇卫生院', activity: '**义诊**' },
    ];
    const text = JSON.stringify(renderFeishuCard(weeklyVisitsCard('zh-CN', { ...week, days: [], tours })));
    expect(text).toContain('星期三（12月30日）福建省儿童医院 省级医疗队 在 连江东岭镇卫生院');
    expect(text).not.toContain(' **义诊**');
    expect(text).not.toContain('暂无专家坐诊安排');
  });

  it('a week without visits, in English', () => {
    expect(weeklyVisitsCard('en', { ...week, days: [] })).toMatchSnapshot();
  });

  it('stays under 30 KB for a busy region week (200 visits), counting what it leaves out', () => {
    const long = visit('欧阳晓燕', '中西医结合内科（老年病、慢病管理）');
    const days = Array.from({ length: 7 }, (_, i) => ({
      date: `2026-11-${23 + i}`,
      visits: Array.from({ length: 29 }, () => ({
        ...long,
        clinic: '漳平市新桥镇中心卫生院',
        address: '漳平市新桥镇新桥街123号',
      })),
    }));
    const card = weeklyVisitsCard('zh-CN', { ...week, days });
    fits(card);
    expect(JSON.stringify(card)).toContain('另有 143 人次未列出');
  });
});

describe('deadline group notice card', () => {
  it('reports and milestones with their levels', () => {
    expect(deadlineGroupNoticeCard('zh-CN', deadlines)).toMatchSnapshot();
  });

  it('stays under 30 KB with 200 items', () => {
    const item = {
      title: '2026-11 工作量月报',
      owner: '福建医科大学附属协和医院',
      dueDate: '2026-12-02',
      level: 'overdue' as const,
    };
    fits(deadlineGroupNoticeCard('zh-CN', { ...deadlines, items: Array.from({ length: 200 }, () => item) }));
  });
});
