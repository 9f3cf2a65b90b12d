import { BotError } from '../../core/errors.js';

/**
 * The three text sections of a monthly report (seed 001): 工作完成情况, 存在问题, 下一步工作计划和建议.
 * The hospital coordinator writes them on the draft card (a form on Feishu) or, where a card cannot carry
 * a form (DingTalk without a card template, the sandbox chat), with `/月报 存在问题 <text>`; each is
 * kept with the draft and the submission, and printed in the exported report.
 */

/** The sections, in the order the form and the printed report show them. */
export const REPORT_SECTIONS = ['workDone', 'problems', 'plans'] as const;
/** One section; also its form field's name. */
export type ReportSection = (typeof REPORT_SECTIONS)[number];
/** The text of every section ('' when not written). */
export type ReportSections = Record<ReportSection, string>;

/** Longest text of one section (a few paragraphs). */
export const SECTION_MAX = 1000;

/** No section written yet. */
export const NO_SECTIONS: ReportSections = { workDone: '', problems: '', plans: '' };

/** The words a coordinator types for each section after `/月报` (the full heading first). */
const SECTION_WORDS: Record<ReportSection, readonly string[]> = {
  workDone: ['工作完成情况', '完成情况', '工作情况'],
  problems: ['存在问题', '问题'],
  plans: ['下一步工作计划和建议', '下一步工作计划', '工作计划和建议', '下一步', '计划和建议', '计划', '建议'],
};

/** The section a typed word names, or undefined. */
export function sectionOfWord(word: string): ReportSection | undefined {
  return REPORT_SECTIONS.find((section) => SECTION_WORDS[section].includes(word));
}

/**
 * The sections a stored version carries. A version stored before the sections existed has its one note
 * (存在问题及下月计划) in `note`: it reads as 存在问题, so nothing written is lost.
 */
export function sectionsOf(row: ReportSections & { note: string }): ReportSections {
  const written = REPORT_SECTIONS.some((section) => row[section] !== '');
  return written || row.note === '' ? pickSections(row) : { ...NO_SECTIONS, problems: row.note };
}

function pickSections(row: ReportSections): ReportSections {
  return { workDone: row.workDone, problems: row.problems, plans: row.plans };
}

/** A section's heading in the speaker's language, for a refusal that names it. */
export type SectionName = (section: ReportSection) => string;

/** One section's text, trimmed; refused politely when too long. */
export function checkedSection(text: string, name: string): string {
  const trimmed = text.trim();
  if (trimmed.length > SECTION_MAX) {
    throw new BotError('BAD_ARGUMENTS', 'coordinator.report.sectionTooLong', {
      section: name,
      max: SECTION_MAX,
      length: trimmed.length,
    });
  }
  return trimmed;
}

/**
 * The sections a form sends, over those stored: a field the form did not send, or sent empty (the card's
 * inputs start empty, see cards/monthly-report-draft.ts), keeps its stored text.
 */
export function sectionsFromForm(
  formValue: Record<string, unknown> | undefined,
  stored: ReportSections,
  nameOf: SectionName,
): ReportSections {
  const sections = { ...stored };
  for (const section of REPORT_SECTIONS) {
    const value = formValue?.[section];
    const text = typeof value === 'string' ? checkedSection(value, nameOf(section)) : '';
    if (text !== '') sections[section] = text;
  }
  return sections;
}
