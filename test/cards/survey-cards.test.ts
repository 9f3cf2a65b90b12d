import { describe, expect, it } from 'vitest';
import { surveyCallRecordedCard, surveyCallsCard } from '../../cards/survey-calls.js';
import { surveyContactRequestCard } from '../../cards/survey-contact-request.js';
import { surveyProgressCard } from '../../cards/survey-progress.js';
import { sumSurveyFigures } from '../../src/coordinator/workload-figures.js';
import { renderFeishuCard } from '../../src/platforms/feishu/card-render.js';
import { CARD_BYTE_LIMIT, cardRequestBytes } from '../../src/platforms/feishu/card-size.js';
import type { SurveyItemView, SurveyView } from '../../src/survey/survey-view.js';

const item = (position: number): SurveyItemView => ({
  itemId: 100 + position,
  position,
  date: `2026-${String(1 + (position % 11)).padStart(2, '0')}-15`,
  clinic: `漳平市第${position % 12}乡镇卫生院`,
  physician: '王秀英',
  contact: position % 3 === 0 ? '未答复' : '已提供',
  contactReply: position % 3 === 0 ? null : 'PROVIDED',
  resultKind: position % 2 === 0 ? 'SATISFIED' : null,
  result: position % 2 === 0 ? '满意' : '未拨打',
  note: '',
  records: position % 2 === 0 ? 1 : 0,
  history: [],
});

const view: SurveyView = {
  year: '2026',
  seed: 'c0ffee',
  drawnOn: '2026-12-01',
  size: 80,
  items: Array.from({ length: 80 }, (_, i) => item(i + 1)),
  figures: sumSurveyFigures(Array.from({ length: 40 }, () => 'SATISFIED')),
  counts: { SATISFIED: 40, FAIRLY_SATISFIED: 0, DISSATISFIED: 0, NO_ANSWER: 0 },
};

describe('satisfaction survey cards', () => {
  it('asks a clinic head only to press, never to type a resident’s contact', () => {
    const card = surveyContactRequestCard('zh-CN', {
      region: '漳平市',
      clinic: '漳平市桂林街道社区卫生服务中心',
      days: [{ itemId: 7, date: '2026-10-07', physician: '王秀英' }],
    });
    expect(card.elements.some((element) => element.kind === 'form')).toBe(false);
    expect(card).toMatchSnapshot();
    expect(renderFeishuCard(card)).toMatchSnapshot();
  });

  it('shows 80 sampled days with progress and rates within Feishu’s card size', () => {
    const card = surveyProgressCard('zh-CN', view);
    const rendered = renderFeishuCard(card);
    expect(cardRequestBytes(rendered)).toBeLessThan(CARD_BYTE_LIMIT);
    expect(JSON.stringify(rendered)).toContain('已拨打 40/80');
    expect(JSON.stringify(rendered)).toContain('100%（40/40）');
    expect(
      cardRequestBytes(
        renderFeishuCard(
          surveyCallsCard('zh-CN', { year: '2026', toCall: 40, items: view.items.slice(0, 8), intro: true }),
        ),
      ),
    ).toBeLessThan(CARD_BYTE_LIMIT);
  });

  it('escapes the bureau’s note on the recorded card', () => {
    const card = surveyCallRecordedCard('en', { ...item(2), note: '**bold** <at id=all></at>', records: 2 });
    expect(JSON.stringify(card)).not.toContain('<at');
    expect(card).toMatchSnapshot();
  });
});
