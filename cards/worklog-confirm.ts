import type { Card } from '../src/core/card.js';
import { WORK_LOG_METRICS, type WorkLogValues } from '../src/domain/work-log.js';
import { term, type Locale } from '../src/i18n/locale.js';
import { joinMarkdown, t } from '../src/core/card-text.js';
import type { BoundBreach } from '../src/physician/worklog-bounds.js';

/** The action of the "确认保存" button; its value carries the day, the version seen and the figures. */
export const WORKLOG_CONFIRM_ACTION = 'worklog.confirm';
/** The action of the "取消" button. */
export const WORKLOG_CANCEL_ACTION = 'worklog.cancel';

/** What the confirmation card shows and carries. */
export interface WorkLogConfirmData {
  serviceDayId: number;
  /** The log's version when the card was made (0: none yet), so a stale card cannot overwrite a newer log. */
  baseVersion: number;
  clinic: string;
  date: string;
  values: Partial<WorkLogValues>;
  note?: string;
  implausible: readonly BoundBreach[];
}

/** Asks the physician to confirm unusually large figures before anything is stored. */
export function worklogConfirmCard(locale: Locale, data: WorkLogConfirmData): Card {
  const given = WORK_LOG_METRICS.flatMap((metric) => {
    const value = data.values[metric];
    return value === undefined ? [] : [{ metric, value }];
  });
  const lines = data.implausible.map((b) =>
    t(locale, 'physician.worklog.confirmLine', { metric: term(locale, b.metric), value: b.value, limit: b.limit }),
  );
  const all = given.map(({ metric, value }) => `${term(locale, metric)} ${value}`).join('、');
  return {
    title: t(locale, 'physician.worklog.confirmTitle'),
    subtitle: t(locale, 'physician.worklog.formSubtitle', { clinic: data.clinic, date: data.date }),
    tone: 'orange',
    elements: [
      { kind: 'markdown', text: joinMarkdown([t(locale, 'physician.worklog.confirmIntro'), ...lines], '\n') },
      { kind: 'note', text: t(locale, 'physician.worklog.confirmAll', { values: all }) },
      ...(data.note === undefined
        ? []
        : [{ kind: 'note' as const, text: t(locale, 'physician.worklog.noteLine', { note: data.note }) }]),
      {
        kind: 'actions',
        buttons: [
          {
            text: t(locale, 'physician.worklog.confirmSave'),
            action: WORKLOG_CONFIRM_ACTION,
            style: 'primary',
            value: {
              serviceDayId: data.serviceDayId,
              baseVersion: data.baseVersion,
              ...Object.fromEntries(given.map(({ metric, value }) => [metric, value])),
              ...(data.note === undefined ? {} : { note: data.note }),
            },
          },
          {
            text: t(locale, 'physician.worklog.confirmCancel'),
            action: WORKLOG_CANCEL_ACTION,
            value: { serviceDayId: data.serviceDayId },
          },
        ],
      },
    ],
  };
}
