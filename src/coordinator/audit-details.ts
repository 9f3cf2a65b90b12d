import type { Context, RoleName } from '../core/context.js';
import { detailIds, type AuditEntryView, type AuditNames } from '../db/queries/audit-views.js';
import { roleLabel } from '../identity/role-words.js';
import { MESSAGES } from '../i18n/messages/index.js';

/** What the words need: the reader's locale and texts. */
type Reader = Pick<Context, 't' | 'locale'>;

/** People named in a reminder entry before "共 N 人". */
const NAMED_PEOPLE = 3;

/** A string detail field, or ''. */
function text(details: unknown, key: string): string {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return '';
  const value = (details as Record<string, unknown>)[key];
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

/** The strings of an array detail field. */
function strings(details: unknown, key: string): string[] {
  if (typeof details !== 'object' || details === null || Array.isArray(details)) return [];
  const value = (details as Record<string, unknown>)[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The text of a stored code under a key prefix; a code without a text shows as 未知, never raw. */
function coded(reader: Reader, prefix: string, code: string): string {
  const key = `${prefix}${code}`;
  return key in MESSAGES ? reader.t(key) : reader.t('coordinator.auditWords.unknown');
}

/** `12-03、12-10` from local dates. */
function shortDates(dates: readonly string[]): string {
  return dates.map((date) => date.slice(5)).join('、');
}

/** The name behind an id detail field, or 未知. */
function named(reader: Reader, names: ReadonlyMap<number, string>, details: unknown, key: string): string {
  const [id] = detailIds(details, key);
  return (id === undefined ? undefined : names.get(id)) ?? reader.t('coordinator.auditWords.unknown');
}

type Words = (reader: Reader, entry: AuditEntryView, names: AuditNames) => string;

const assignmentWords: Words = (reader, entry, names) => {
  const { details } = entry;
  const planned = strings(details, 'plannedDates');
  const added = strings(details, 'addedDates');
  const dates =
    added.length > 0
      ? reader.t('coordinator.auditWords.addedDates', { dates: shortDates(added) })
      : planned.length > 0
        ? reader.t('coordinator.auditWords.plannedDates', { dates: shortDates(planned) })
        : '';
  const [programId] = detailIds(details, 'programId');
  const program = programId === undefined ? undefined : names.programs.get(programId);
  const base = reader.t('coordinator.auditWords.assignment', {
    physician: text(details, 'physician') || named(reader, names.people, details, 'physicianId'),
    clinic: entry.institutionName ?? '',
    from: text(details, 'startDate'),
    to: text(details, 'endDate'),
    dates,
  });
  return program ? `${base}${reader.t('coordinator.auditWords.program', { program })}` : base;
};

/** `王秀英 2026-11-05，桂林卫生院` for an entry about someone's day. */
function dayOf(reader: Reader, entry: AuditEntryView): string {
  return reader.t('coordinator.auditWords.dayOf', {
    physician: entry.subject?.physician ?? reader.t('coordinator.auditWords.unknown'),
    date: entry.subject?.date ?? '',
    clinic: entry.institutionName ?? '',
  });
}

function noteOf(reader: Reader, details: unknown): string {
  const note = text(details, 'note');
  return note ? reader.t('coordinator.auditWords.note', { note }) : '';
}

const correctionDecisionWords: Words = (reader, entry) => `${dayOf(reader, entry)}${noteOf(reader, entry.details)}`;

const visitWords: Words = (reader, entry) => {
  const previous = text(entry.details, 'previous');
  const verdict = text(entry.details, 'verdict');
  return reader.t('coordinator.auditWords.visit', {
    day: dayOf(reader, entry),
    verdict: coded(reader, 'coordinator.auditWords.status.', verdict),
    previous:
      previous && previous !== verdict
        ? reader.t('coordinator.auditWords.previous', {
            status: coded(reader, 'coordinator.auditWords.status.', previous),
          })
        : '',
    note: noteOf(reader, entry.details),
  });
};

const reminderWords: Words = (reader, entry, names) => {
  const { details } = entry;
  const sentTo = detailIds(details, 'personIds').map(
    (id) => names.people.get(id) ?? reader.t('coordinator.auditWords.unknown'),
  );
  const unreachable = detailIds(details, 'unreachable').length;
  return reader.t('coordinator.auditWords.reminder', {
    month: text(details, 'month'),
    reason: coded(reader, 'coordinator.auditWords.reason.', text(details, 'reason')),
    people:
      sentTo.length === 0
        ? reader.t('coordinator.auditWords.nobody')
        : reader.t('coordinator.auditWords.people', {
            names: sentTo.slice(0, NAMED_PEOPLE).join('、') + (sentTo.length > NAMED_PEOPLE ? '…' : ''),
            count: sentTo.length,
          }),
    unreachable: unreachable > 0 ? reader.t('coordinator.auditWords.unreachable', { count: unreachable }) : '',
  });
};

const grantWords: Words = (reader, entry, names) => {
  const { details } = entry;
  const role = text(details, 'role');
  const scope =
    detailIds(details, 'institutionId').length > 0
      ? named(reader, names.institutions, details, 'institutionId')
      : detailIds(details, 'regionId').length > 0
        ? named(reader, names.regions, details, 'regionId')
        : '';
  return reader.t('coordinator.auditWords.grant', {
    person: named(reader, names.people, details, 'personId'),
    role: role in ROLE_CODES ? roleLabel(reader.locale, role as RoleName) : reader.t('coordinator.auditWords.unknown'),
    scope: scope ? reader.t('coordinator.auditWords.grantScope', { scope }) : '',
  });
};

/** The role codes a grant entry may carry. */
const ROLE_CODES: Record<RoleName, true> = {
  PHYSICIAN: true,
  CLINIC_HEAD: true,
  HOSPITAL_COORDINATOR: true,
  REGION_COORDINATOR: true,
  ADMIN: true,
  TITLE_OFFICE: true,
};

const subscriptionWords: Words = (reader, entry, names) => {
  const { details } = entry;
  const scope =
    detailIds(details, 'institutionId').length > 0
      ? named(reader, names.institutions, details, 'institutionId')
      : detailIds(details, 'regionId').length > 0
        ? named(reader, names.regions, details, 'regionId')
        : reader.t('scheduler.broadcast.scopeAll');
  return reader.t('coordinator.auditWords.subscription', {
    topic: coded(reader, 'scheduler.broadcast.topic.', text(details, 'topic')),
    scope,
  });
};

/** The words of each audited action; an action not listed shows the institution it concerns. */
const WORDS: Record<string, Words> = {
  'assignment.create': assignmentWords,
  'assignment.update': assignmentWords,
  'assignment.cancel': assignmentWords,
  'correction.request': (reader, entry) =>
    reader.t('coordinator.auditWords.correctionRequest', {
      date: text(entry.details, 'serviceDate'),
      clinic: entry.institutionName ?? '',
      reason: text(entry.details, 'reason'),
    }),
  'correction.approve': correctionDecisionWords,
  'correction.reject': correctionDecisionWords,
  'visit.confirm': visitWords,
  'visit.dispute': visitWords,
  'reminder.sent': reminderWords,
  'report.submit': (reader, entry, names) =>
    reader.t('coordinator.auditWords.report', {
      program: named(reader, names.programs, entry.details, 'programId'),
      period: text(entry.details, 'period'),
      days: text(entry.details, 'serviceDays') || '0',
    }),
  'import.apply': (reader, entry) =>
    reader.t('coordinator.auditWords.importApply', {
      file: text(entry.details, 'fileName'),
      rows: text(entry.details, 'rows') || '0',
      added: text(entry.details, 'added') || '0',
      changed: text(entry.details, 'changed') || '0',
      removed: text(entry.details, 'removed') || '0',
    }),
  'import.discard': (_reader, entry) => text(entry.details, 'fileName'),
  'identity.bind': (reader, entry, names) =>
    reader.t('coordinator.auditWords.bind', {
      person: named(reader, names.people, entry.details, 'personId'),
      method: coded(reader, 'coordinator.auditWords.method.', text(entry.details, 'method')),
    }),
  'role.grant': grantWords,
  'role.revoke': grantWords,
  'subscription.add': subscriptionWords,
  'subscription.cancel': subscriptionWords,
};

/**
 * What an audit entry did, in words for the reader: names, dates and states (`王秀英 2026-11-05，桂林卫生院：
 * 已确认`), never stored codes or ids.
 */
export function auditDetailWords(reader: Reader, entry: AuditEntryView, names: AuditNames): string {
  const words = WORDS[entry.action];
  return words ? words(reader, entry, names) : (entry.institutionName ?? '');
}
