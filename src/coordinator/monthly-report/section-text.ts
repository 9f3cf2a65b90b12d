import type { CommandArgs, Context } from '../../core/context.js';
import { BotError } from '../../core/errors.js';
import { findLatestReportSubmission, saveReportDraft } from '../../db/queries/report-submissions.js';
import type { MonthlyDraft } from './drafting.js';
import { reportJson } from './figures.js';
import {
  checkedSection,
  NO_SECTIONS,
  sectionOfWord,
  sectionsOf,
  type ReportSection,
  type ReportSections,
} from './sections.js';

/**
 * `/月报 [月份] [项目] 存在问题 <text>` (likewise 工作完成情况, 下一步工作计划和建议): the text way to write a
 * section of the draft, for a DingTalk card without a form and the sandbox chat. The words before the
 * section name choose the report as for `/月报`; everything after it is the section's text.
 */

/** A section typed after `/月报`: which, its text, and the arguments that choose the report. */
export interface SectionText {
  section: ReportSection;
  text: string;
  /** The tokens before the section name (month, program, hospital). */
  queryTokens: string[];
}

/** The section a `/月报` message writes, or undefined when it names none. */
export function sectionTextOf(args: CommandArgs): SectionText | undefined {
  const at = args.tokens.findIndex((token) => sectionOfWord(token) !== undefined);
  const section = at < 0 ? undefined : sectionOfWord(args.tokens[at]!);
  if (section === undefined) return undefined;
  return { section, text: args.tokens.slice(at + 1).join(' '), queryTokens: args.tokens.slice(0, at) };
}

/**
 * Saves the section into a new draft version of a report (the other sections as last saved, the figures
 * as computed now) and returns the sections; a submitted report is refused (it goes back by `/退回`).
 */
export async function saveSectionText(ctx: Context, draft: MonthlyDraft, typed: SectionText): Promise<ReportSections> {
  const { obligation } = draft;
  const name = ctx.t(`coordinator.report.sectionName.${typed.section}`);
  const params = { hospital: obligation.institution.name, period: obligation.period, section: name };
  if (obligation.status === 'SUBMITTED')
    throw new BotError('CONFLICT', 'coordinator.report.sectionAfterSubmit', params);
  const text = checkedSection(typed.text, name);
  if (text === '') throw new BotError('BAD_ARGUMENTS', 'coordinator.report.sectionEmpty', { section: name });
  const latest = await findLatestReportSubmission(ctx.db, obligation.id);
  const sections = { ...(latest ? sectionsOf(latest) : NO_SECTIONS), [typed.section]: text };
  await saveReportDraft(ctx.db, {
    obligationId: obligation.id,
    figures: reportJson(draft.data),
    sections,
    byId: ctx.actor.person?.id ?? null,
    at: ctx.now(),
  });
  await ctx.reply(ctx.t('coordinator.report.sectionSaved', params));
  return sections;
}
