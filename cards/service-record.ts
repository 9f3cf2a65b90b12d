import type { Card, CardElement } from '../src/core/card.js';
import { t, trustedMarkdown } from '../src/core/card-text.js';
import { figureLabel, type FigureGroup, type WorkloadFigures } from '../src/coordinator/workload-figures.js';
import { WORK_LOG_METRICS } from '../src/domain/work-log.js';
import type { Locale } from '../src/i18n/locale.js';
import { periodKey } from '../src/service-record/record-period.js';
import { RECORD_DAY_FIGURES, type ServiceRecordView } from '../src/service-record/record-view.js';

/** The action of the card's export button (`src/actions/service-record-export.ts`). */
export const SERVICE_RECORD_EXPORT_ACTION = 'service-record-export';

function groupTable<K>(locale: Locale, heading: string, groups: readonly FigureGroup<K>[]): CardElement[] {
  if (groups.length === 0) return [];
  return [
    { kind: 'markdown', text: trustedMarkdown(`**${t(locale, heading)}**`) },
    {
      kind: 'table',
      columns: [
        { key: 'label', label: t(locale, `${heading}.column`) },
        ...RECORD_DAY_FIGURES.map((id) => ({ key: id, label: figureLabel(locale, id), align: 'right' as const })),
      ],
      rows: groups.map((group) => ({
        label: group.label,
        ...Object.fromEntries(RECORD_DAY_FIGURES.map((id) => [id, group.figures[id]])),
      })),
      pageSize: 10,
    },
  ];
}

function workElements(locale: Locale, figures: WorkloadFigures): CardElement[] {
  const fields = WORK_LOG_METRICS.filter((metric) => figures[metric] > 0).map((metric) => ({
    label: figureLabel(locale, metric),
    value: String(figures[metric]),
  }));
  const heading: CardElement = {
    kind: 'markdown',
    text: trustedMarkdown(`**${t(locale, 'serviceRecord.work', { logs: figures.loggedDays })}**`),
  };
  return fields.length > 0 ? [heading, { kind: 'fields', fields }] : [];
}

/**
 * `/我的记录`: a physician's service record for a year or everything — the days by evidence strength and
 * the work figures of the catalogue, in total and per year, program and clinic; the progress toward the
 * requirements their programs set; an export button and, when given, the printable page's link.
 */
export function serviceRecordCard(locale: Locale, view: ServiceRecordView, pageUrl?: string): Card {
  const { physician, totals } = view;
  const who = [physician.hospital, physician.title, physician.specialty].filter((part) => part !== '').join(' · ');
  const elements: CardElement[] = [
    { kind: 'markdown', text: t(locale, 'serviceRecord.who', { name: physician.name, who }) },
    {
      kind: 'fields',
      fields: RECORD_DAY_FIGURES.map((id) => ({ label: figureLabel(locale, id), value: String(totals[id]) })),
    },
    ...view.requirements.map((line): CardElement => ({
      kind: 'markdown',
      text: t(locale, 'serviceRecord.requirement', {
        program: line.programName,
        served: line.served,
        required: line.required,
      }),
    })),
    ...workElements(locale, totals),
  ];
  if (totals.serviceDays === 0) {
    elements.push({ kind: 'note', text: t(locale, 'serviceRecord.noDays', { period: view.periodLabel }) });
  } else {
    elements.push(
      { kind: 'divider' },
      ...(view.period.kind === 'all' ? groupTable(locale, 'serviceRecord.byYear', view.byYear) : []),
      ...groupTable(locale, 'serviceRecord.byProgram', view.byProgram),
      ...groupTable(locale, 'serviceRecord.byClinic', view.byClinic),
      { kind: 'note', text: t(locale, 'serviceRecord.rule') },
    );
  }
  elements.push({
    kind: 'actions',
    buttons: [
      {
        text: t(locale, 'serviceRecord.exportButton'),
        action: SERVICE_RECORD_EXPORT_ACTION,
        value: { physicianId: physician.id, period: periodKey(view.period) },
        style: 'primary',
      },
    ],
  });
  if (pageUrl !== undefined) {
    elements.push({ kind: 'links', buttons: [{ text: t(locale, 'serviceRecord.pageButton'), url: pageUrl }] });
  }
  return {
    title: t(locale, 'serviceRecord.title'),
    subtitle: view.periodLabel,
    tone: 'blue',
    elements,
  };
}
