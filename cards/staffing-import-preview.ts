import type { Card, CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { escapeCardMarkdown, joinMarkdown, t, trustedMarkdown } from '../src/core/card-text.js';

/** One assignment line of the preview. */
export interface PreviewLine {
  /** The table row (`表2 5` when several sheets were read); absent for a removal. */
  rowNumber?: number | string;
  physicianName: string;
  hospitalName: string;
  clinicName: string;
  month: string;
  plannedDates: string[];
  beforeDates?: string[];
}

/** What the preview card of a staffing-table import shows. */
export interface StaffingImportPreview {
  fileName: string;
  rowCount: number;
  /** Each bad row's reason, already worded (`第5行：找不到受援单位“石门卫生院”`). */
  problems: string[];
  /** Absent when rows have problems (nothing can be imported). */
  plan?: { adds: PreviewLine[]; changes: PreviewLine[]; removals: PreviewLine[]; unchanged: number };
  /** `preview` offers the buttons (when `stagedImportId` is set); the others are the card after a press. */
  state: 'preview' | 'applied' | 'discarded';
  stagedImportId?: number;
  /** For `applied`/`discarded`: when (local `YYYY-MM-DD HH:MM`) and by whom. */
  closedAt?: string;
  closedBy?: string;
  /** A line above everything (e.g. "the records changed since the preview"). */
  notice?: string;
  /** How the file was read (encoding, sheets, where the 支援单位 came from), already worded. */
  reading?: string[];
  /** Why 只新增不取消 is not offered (an addition clashes with an assignment it would keep), worded. */
  additionsOnlyProblems?: string[];
}

/** The sentence saying what confirming does to each list of the plan (`以下 17 项安排不在本表中…`). */
export const CONSEQUENCES = {
  adds: 'coordinatorImport.card.addsSentence',
  changes: 'coordinatorImport.card.changesSentence',
  removals: 'coordinatorImport.card.removalsSentence',
} as const;

/** Lines listed per table and problems listed; a card stays well under Feishu's 30 KB. */
const MAX_LINES = 40;
const MAX_PROBLEMS = 60;

const TITLES = {
  preview: 'coordinatorImport.card.title',
  applied: 'coordinatorImport.card.appliedTitle',
  discarded: 'coordinatorImport.card.discardedTitle',
} as const;

/** The dry-run card of a staffing-table import, and the same card once confirmed or discarded. */
export function staffingImportPreviewCard(locale: Locale, view: StaffingImportPreview): Card {
  const tone =
    view.state === 'applied'
      ? 'green'
      : view.problems.length > 0
        ? 'red'
        : view.state === 'discarded'
          ? 'grey'
          : 'blue';
  return {
    title: t(locale, TITLES[view.state]),
    subtitle: view.fileName,
    tone,
    elements: [
      ...(view.notice ? [{ kind: 'markdown', text: escapeCardMarkdown(view.notice) } as const] : []),
      countFields(locale, view),
      ...(view.reading && view.reading.length > 0
        ? [{ kind: 'note', text: joinMarkdown(view.reading.map(escapeCardMarkdown), '；') } as const]
        : []),
      ...(view.problems.length > 0 ? problemElements(locale, view.problems) : planElements(locale, view)),
    ],
  };
}

function countFields(locale: Locale, view: StaffingImportPreview): CardElement {
  const { plan } = view;
  return {
    kind: 'fields',
    fields: [
      { label: t(locale, 'coordinatorImport.card.rows'), value: String(view.rowCount) },
      ...(plan
        ? [
            { label: t(locale, 'coordinatorImport.card.adds'), value: String(plan.adds.length) },
            { label: t(locale, 'coordinatorImport.card.changes'), value: String(plan.changes.length) },
            { label: t(locale, 'coordinatorImport.card.removals'), value: String(plan.removals.length) },
            { label: t(locale, 'coordinatorImport.card.unchanged'), value: String(plan.unchanged) },
          ]
        : [{ label: t(locale, 'coordinatorImport.card.badRows'), value: String(view.problems.length) }]),
    ],
  };
}

function problemElements(locale: Locale, problems: string[]): CardElement[] {
  const shown = problems.slice(0, MAX_PROBLEMS);
  return [
    {
      kind: 'markdown',
      text: trustedMarkdown(
        `**${t(locale, 'coordinatorImport.card.badRows')}**\n${shown.map((p) => `- ${escapeCardMarkdown(p)}`).join('\n')}`,
      ),
    },
    ...moreNote(locale, problems.length - shown.length),
    { kind: 'note', text: t(locale, 'coordinatorImport.card.rejected', { count: problems.length }) },
  ];
}

function planElements(locale: Locale, view: StaffingImportPreview): CardElement[] {
  const { plan } = view;
  if (!plan) return [];
  const lists: [keyof typeof CONSEQUENCES, PreviewLine[], boolean][] = [
    ['adds', plan.adds, false],
    ['changes', plan.changes, true],
    ['removals', plan.removals, false],
  ];
  const preview = view.state === 'preview';
  const tables = lists.flatMap(([key, lines, withBefore]) => lineTable(locale, key, lines, withBefore, preview));
  if (tables.length === 0) return [{ kind: 'note', text: t(locale, 'coordinatorImport.card.nothingToDo') }];
  const unchanged =
    preview && plan.unchanged > 0
      ? [
          {
            kind: 'note',
            text: t(locale, 'coordinatorImport.card.unchangedSentence', { count: plan.unchanged }),
          } as const,
        ]
      : [];
  return [...tables, ...unchanged, ...footer(locale, view)];
}

function lineTable(
  locale: Locale,
  list: keyof typeof CONSEQUENCES,
  lines: PreviewLine[],
  withBefore: boolean,
  preview: boolean,
): CardElement[] {
  if (lines.length === 0) return [];
  // Before the press each list says what confirming does to it; after, it is a plain count.
  const heading = preview
    ? t(locale, CONSEQUENCES[list], { count: lines.length })
    : `${t(locale, `coordinatorImport.card.${list}`)} ${lines.length}`;
  const shown = lines.slice(0, MAX_LINES);
  const dates = (list: string[] | undefined) =>
    list && list.length > 0 ? list.map((d) => d.slice(8)).join('、') : t(locale, 'coordinatorImport.card.wholeMonth');
  const label = (key: string) => t(locale, `coordinatorImport.card.${key}`);
  return [
    { kind: 'markdown', text: trustedMarkdown(`**${heading}**`) },
    {
      kind: 'table',
      columns: [
        { key: 'row', label: label('row'), align: 'right' },
        { key: 'physician', label: label('physician') },
        { key: 'hospital', label: label('hospital') },
        { key: 'clinic', label: label('clinic') },
        { key: 'month', label: label('month') },
        ...(withBefore ? [{ key: 'before', label: label('before') }] : []),
        { key: 'dates', label: label('dates') },
      ],
      rows: shown.map((line) => ({
        row: line.rowNumber ?? '—',
        physician: line.physicianName,
        hospital: line.hospitalName,
        clinic: line.clinicName,
        month: line.month,
        ...(withBefore ? { before: dates(line.beforeDates) } : {}),
        dates: dates(line.plannedDates),
      })),
      pageSize: 10,
    },
    ...moreNote(locale, lines.length - shown.length),
  ];
}

function moreNote(locale: Locale, hidden: number): CardElement[] {
  return hidden > 0 ? [{ kind: 'note', text: t(locale, 'coordinatorImport.card.more', { count: hidden }) }] : [];
}

function footer(locale: Locale, view: StaffingImportPreview): CardElement[] {
  const at = view.closedAt ?? '';
  const name = view.closedBy ?? '';
  if (view.state === 'applied')
    return [{ kind: 'note', text: t(locale, 'coordinatorImport.card.appliedNote', { at, name }) }];
  if (view.state === 'discarded')
    return [{ kind: 'note', text: t(locale, 'coordinatorImport.card.discardedNote', { at }) }];
  if (view.stagedImportId === undefined || !view.plan) return [];
  const value = { stagedImportId: view.stagedImportId };
  const counts = {
    adds: view.plan.adds.length,
    changes: view.plan.changes.length,
    removals: view.plan.removals.length,
  };
  const blocked = view.additionsOnlyProblems ?? [];
  return [
    { kind: 'note', text: t(locale, 'coordinatorImport.card.confirmHint') },
    ...(blocked.length > 0
      ? [
          {
            kind: 'note',
            text: joinMarkdown(
              [t(locale, 'coordinatorImport.card.noAdditionsOnly'), ...blocked.slice(0, 10).map(escapeCardMarkdown)],
              '\n',
            ),
          } as const,
        ]
      : []),
    {
      kind: 'actions',
      buttons: [
        {
          text: t(locale, 'coordinatorImport.confirm'),
          action: 'import.confirm',
          value,
          style: 'primary',
          confirm: {
            title: t(locale, 'coordinatorImport.confirmDialogTitle'),
            text: t(locale, 'coordinatorImport.confirmDialogText', counts),
          },
        },
        ...(counts.removals > 0 && !view.additionsOnlyProblems
          ? [
              {
                text: t(locale, 'coordinatorImport.additionsOnly'),
                action: 'import.confirm',
                value: { ...value, additionsOnly: 1 },
                confirm: {
                  title: t(locale, 'coordinatorImport.confirmDialogTitle'),
                  text: t(locale, 'coordinatorImport.additionsOnlyDialogText', counts),
                },
              },
            ]
          : []),
        { text: t(locale, 'coordinatorImport.discard'), action: 'import.discard', value },
      ],
    },
  ];
}
