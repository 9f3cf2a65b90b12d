import { NO_SECTIONS, type ReportSections } from './sections.js';
import { monthlyReportCard } from '../../../cards/monthly-report-draft.js';
import type { Card } from '../../core/card.js';
import type { Notifier } from '../../core/create-context.js';
import type { Locale } from '../../i18n/locale.js';
import type { Institution, Program } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../../db/client.js';
import { listProgramsOverlapping } from '../../db/queries/monthly-reports.js';
import { listProgramParticipants } from '../../db/queries/programs.js';
import { institutionRoleHolders } from '../../db/queries/role-grants.js';
import { addMonths, monthRange } from '../../time/local.js';
import { reportLine } from './completeness.js';
import type { MonthlyDraft } from './drafting.js';

/** The purpose of the draft notice in the delivery ledger. */
const DRAFT_PURPOSE = 'report:draft';

/** One report to draft: a program, one of its supporting hospitals, the month. */
export interface MonthlyReportSubject {
  program: Program;
  hospital: Institution;
  period: string;
}

/** The reports owed on the month before `today`'s: each supporting hospital of each program that ran. */
export async function listMonthlyReportSubjects(db: DbOrTx, today: string): Promise<MonthlyReportSubject[]> {
  const period = addMonths(today.slice(0, 7), -1);
  const { first, last } = monthRange(period);
  const subjects: MonthlyReportSubject[] = [];
  for (const program of await listProgramsOverlapping(db, first, last)) {
    const hospitals = await listProgramParticipants(db, program.id, 'SUPPORTING');
    subjects.push(...hospitals.map(({ institution }) => ({ program, hospital: institution, period })));
  }
  return subjects;
}

/** The draft card of a report as of `now`, with its text sections as last saved or submitted. */
export function monthlyDraftCard(
  locale: Locale,
  draft: MonthlyDraft,
  clock: { now: Date; timeZone: string },
  sections: ReportSections = NO_SECTIONS,
): Card {
  return monthlyReportCard(locale, {
    obligationId: draft.obligation.id,
    data: draft.data,
    line: reportLine(draft.obligation, clock.now, clock.timeZone),
    sections,
  });
}

/** Sends the draft card to the hospital's coordinators, once per report (the key holds the period). */
export async function notifyMonthlyDraft(notifier: Notifier, draft: MonthlyDraft): Promise<void> {
  const { obligation } = draft;
  const card = monthlyDraftCard(notifier.locale, draft, { now: notifier.now(), timeZone: notifier.timeZone });
  const coordinators = await institutionRoleHolders(notifier.db, 'HOSPITAL_COORDINATOR', obligation.institutionId);
  for (const person of coordinators) {
    await notifier.notify({ personId: person.id }, card, DRAFT_PURPOSE, `${obligation.period}:${obligation.id}`);
  }
}
