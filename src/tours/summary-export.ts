import { newWorkbook } from '../coordinator/excel.js';
import { workbookBytes } from '../coordinator/staffing-table/workbook.js';
import { figureLabel, type FigureId } from '../coordinator/workload-figures.js';
import type { Locale } from '../i18n/locale.js';
import { LEADER_FIGURE_IDS } from './tour-figures.js';
import { t } from '../i18n/messages/index.js';
import { writeFormSheet } from '../table-writer/official-form.js';
import { teamName, type TourOverview } from './tour-overview.js';

/**
 * The figures of the summary, in column order, as ids of the figure catalogue (its labels head the
 * columns; the fold of `tour-figures.ts` gives the values, nothing recomputed); `members` is the roster's size.
 */
const COLUMNS = ['tourDays', 'tourWeeks', 'townshipsCovered', 'members', ...LEADER_FIGURE_IDS] as const;

/** A column's header: the catalogue's label, the export's own word for the roster's size. */
function columnLabel(locale: Locale, key: (typeof COLUMNS)[number]): string {
  return key === 'members' ? t(locale, 'tours.export.column.members') : figureLabel(locale, key satisfies FigureId);
}

/**
 * The tour's written summary (seed 004: 巡回医疗工作结束后……形成书面总结材料) as .xlsx, drawn as the official
 * forms are: one row per team and county (then per mobile-hospital tour) with days on tour, weeks, townships
 * covered, members and the leaders' figures, a 合计 row, then a section the hospital fills in (工作成效、经验做法、存在问题、下一步打算).
 */
export async function tourSummaryWorkbook(locale: Locale, overview: TourOverview, filer: string): Promise<Buffer> {
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet(t(locale, 'tours.export.sheet'));
  // The mobile-hospital tours (seed 000) follow the provincial teams, each under its 第N次.
  const teams = [...overview.teams, ...(overview.mobile?.teams ?? [])];
  const rows = teams.flatMap((team) =>
    team.counties.map(({ county, figures }) => [
      teamName(locale, team),
      county.name,
      figures.tourDays,
      figures.tourWeeks,
      figures.townshipsCovered,
      team.members,
      figures.workload.patients,
      figures.workload.lectures,
      figures.workload.training,
      figures.workload.teachingRounds,
      figures.workload.caseDiscussions,
      figures.workload.remoteServices,
    ]),
  );
  const sum = (index: number) => rows.reduce((total, row) => total + Number(row[index] ?? 0), 0);
  const place = writeFormSheet(sheet, {
    title: t(locale, 'tours.export.title', { program: overview.program.name }),
    block: [t(locale, 'tours.export.filer', { filer }), t(locale, 'tours.export.date', { date: overview.today })],
    serialHeader: t(locale, 'tours.export.serial'),
    columns: [
      { header: t(locale, 'tours.card.column.team'), width: 26 },
      { header: t(locale, 'tours.card.column.county'), width: 10 },
      ...COLUMNS.map((key) => ({ header: columnLabel(locale, key), width: 10, numeric: true })),
    ],
    rows,
    total: {
      label: t(locale, 'tours.export.total'),
      cells: ['', '', ...COLUMNS.map((_, i) => (i === 1 || i === 3 ? null : sum(i + 2)))],
    },
    footer: t(locale, 'tours.export.footer'),
  });
  let row = place.lastRow + 2;
  for (const key of ['results', 'practice', 'problems', 'next']) {
    sheet.getCell(row, 1).value = t(locale, `tours.export.section.${key}`);
    sheet.mergeCells(row + 1, 1, row + 4, place.width);
    row += 6;
  }
  return workbookBytes(workbook);
}
