import type { Card } from '../src/core/card.js';
import { WORK_LOG_METRICS, type WorkLogValues } from '../src/domain/work-log.js';
import { term, type Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';

/** The action of the form's submit button; its value is `{ serviceDayId }`, the figures come as form fields. */
export const WORKLOG_SUBMIT_ACTION = 'worklog.submit';
/** The action of a button that opens this form (`{ serviceDayId }`), e.g. on the check-in receipt. */
export const WORKLOG_OPEN_ACTION = 'worklog.open';

/** What the form shows: the day and today's figures so far (null when nothing was logged yet). */
export interface WorkLogFormData {
  serviceDayId: number;
  clinic: string;
  date: string;
  current: (WorkLogValues & { note: string }) | null;
}

/** A form with one input per figure, prefilled with the day's current log; submitting goes through `/日志`'s checks. */
export function worklogFormCard(locale: Locale, data: WorkLogFormData): Card {
  const inputs = WORK_LOG_METRICS.map((metric) => ({
    name: metric,
    label: term(locale, metric),
    placeholder: '0',
    ...(data.current ? { defaultValue: String(data.current[metric]) } : {}),
  }));
  const note = {
    name: 'note',
    label: t(locale, 'physician.worklog.formNote'),
    ...(data.current?.note ? { defaultValue: data.current.note } : {}),
  };
  return {
    title: t(locale, 'physician.worklog.formTitle'),
    subtitle: t(locale, 'physician.worklog.formSubtitle', { clinic: data.clinic, date: data.date }),
    tone: 'blue',
    elements: [
      { kind: 'note', text: t(locale, 'physician.worklog.formHint') },
      {
        kind: 'form',
        name: 'worklog',
        inputs: [...inputs, note],
        submit: {
          text: t(locale, 'physician.worklog.formSubmit'),
          action: WORKLOG_SUBMIT_ACTION,
          style: 'primary',
          value: { serviceDayId: data.serviceDayId },
        },
        typed: t(locale, 'physician.worklog.formTyped'),
      },
    ],
  };
}
