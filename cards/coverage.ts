import type { Card, CardElement } from '../src/core/card.js';
import { COVERAGE_STATES, type ClinicCoverage, type CoverageState } from '../src/coordinator/coverage.js';
import { periodText, type FigurePeriod } from '../src/coordinator/figure-period.js';
import { figureLabel } from '../src/coordinator/workload-figures.js';
import type { Locale } from '../src/i18n/locale.js';
import { escapeCardMarkdown, t } from '../src/core/card-text.js';
import { limitedTable, VIEW_PAGE_SIZE } from './limited-table.js';

/** Rows each group lists at most (three groups stay under 30 KB); the counts cover all clinics. */
export const COVERAGE_ROW_LIMIT = 60;

/** What the coverage card shows. */
export interface CoverageCardView {
  /** The scope as named (`漳平市`, `福建省立医院`). */
  scopeLabel: string;
  /** `YYYY-MM`. */
  month: string;
  /** What the counts cover: the month, up to today while it runs. */
  period: FigurePeriod;
  /** The program's name when the query named one. */
  program: string | null;
  /** True when the view counts a hospital's own physicians only. */
  ownPhysiciansOnly: boolean;
  clinics: ClinicCoverage[];
}

/** `/覆盖`: counts per group in the header fields, then one table per group, the unassigned first. */
export function coverageCard(locale: Locale, view: CoverageCardView): Card {
  const title = t(locale, 'coordinator.coverage.title');
  const subtitle = t(locale, 'coordinator.views.subtitle', { scope: view.scopeLabel, month: view.month });
  if (view.clinics.length === 0) {
    return {
      title,
      subtitle,
      tone: 'grey',
      elements: [
        {
          kind: 'markdown',
          text: t(locale, 'coordinator.coverage.none', { scope: view.scopeLabel, month: view.month }),
        },
      ],
    };
  }
  const total = view.clinics.length;
  const inState = (state: CoverageState) => view.clinics.filter((clinic) => clinic.state === state);
  const fields = COVERAGE_STATES.map((state) => ({
    label:
      state === 'VISITED' ? figureLabel(locale, 'clinicsServed') : t(locale, `coordinator.coverage.state.${state}`),
    value: t(locale, 'coordinator.coverage.count', { count: inState(state).length, total }),
  }));
  const notes: CardElement[] = [
    { kind: 'note', text: escapeCardMarkdown(periodText(locale, view.period)) },
    ...(view.program ? [{ kind: 'note' as const, text: escapeCardMarkdown(view.program) }] : []),
    ...(view.ownPhysiciansOnly
      ? [{ kind: 'note' as const, text: t(locale, 'coordinator.views.ownPhysiciansOnly') }]
      : []),
  ];
  return {
    title,
    subtitle,
    tone: inState('UNASSIGNED').length > 0 ? 'orange' : 'green',
    elements: [
      { kind: 'fields', fields: [{ label: t(locale, 'coordinator.coverage.total'), value: String(total) }, ...fields] },
      ...notes,
      ...COVERAGE_STATES.flatMap((state) => [{ kind: 'divider' as const }, ...group(locale, state, inState(state))]),
    ],
  };
}

function group(locale: Locale, state: CoverageState, clinics: ClinicCoverage[]): CardElement[] {
  const heading: CardElement = {
    kind: 'markdown',
    text: t(locale, 'coordinator.coverage.groupHeading', {
      state: t(locale, `coordinator.coverage.state.${state}`),
      count: clinics.length,
    }),
  };
  if (clinics.length === 0) return [heading, { kind: 'note', text: t(locale, 'coordinator.coverage.emptyGroup') }];
  const clinicColumn = { key: 'clinic', label: t(locale, 'coordinator.coverage.clinic') };
  const columns =
    state === 'UNASSIGNED'
      ? [clinicColumn]
      : [
          clinicColumn,
          { key: 'physicians', label: t(locale, 'coordinator.coverage.physicians'), align: 'right' as const },
          { key: 'mix', label: t(locale, 'coordinator.coverage.mix') },
          { key: 'days', label: t(locale, 'coordinator.coverage.days'), align: 'right' as const },
        ];
  const rows = clinics.map((clinic) => ({
    clinic: clinic.name,
    physicians: clinic.physicians,
    mix: mixText(locale, clinic),
    days: clinic.serviceDays,
  }));
  return [
    heading,
    ...limitedTable(locale, { kind: 'table', columns, rows, pageSize: VIEW_PAGE_SIZE }, COVERAGE_ROW_LIMIT),
  ];
}

/** `内科×2、儿科×1`. */
function mixText(locale: Locale, clinic: ClinicCoverage): string {
  const unknown = t(locale, 'coordinator.coverage.unknownSpecialty');
  return clinic.specialtyMix
    .map(({ specialty, count }) => `${specialty ?? unknown}×${count}`)
    .join(locale === 'en' ? ', ' : '、');
}
