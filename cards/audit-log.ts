import type { Card, CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { MESSAGES } from '../src/i18n/messages/index.js';
import { t } from '../src/core/card-text.js';
import { limitedTable, VIEW_PAGE_SIZE, type TableElement } from './limited-table.js';

/** The button that pages back to older entries. */
export const AUDIT_MORE_ACTION = 'audit.more';

/** Entries a card lists at most (a page is 20; this bounds any caller under 30 KB). */
export const AUDIT_ROW_LIMIT = 50;
/** Longest detail shown; the record keeps everything. */
const MAX_DETAIL = 80;

/** One audit entry as the card shows it. */
export interface AuditLine {
  /** Local `YYYY-MM-DD HH:MM`. */
  at: string;
  /** Null for the bot itself (scheduled jobs, imports without a person). */
  actor: string | null;
  /** The stored action code, e.g. `assignment.cancel`. */
  action: string;
  /** The stored record kind and id, e.g. `Assignment` and `12`. */
  entity: string;
  entityId: string | null;
  /** What was done, in words (names, dates, states), as `auditDetailWords` writes it. */
  detail: string;
}

/** What the audit card shows. */
export interface AuditCardView {
  scopeLabel: string;
  lines: AuditLine[];
  /** True when this page continues an earlier one (`更早`). */
  older: boolean;
  /** The `更早` button's value, when there may be older entries. */
  more: Record<string, string | number> | null;
}

/** `/审计`: the latest entries in scope, newest first, with a `更早` button to page back. */
export function auditLogCard(locale: Locale, view: AuditCardView): Card {
  const title = t(locale, 'coordinator.audit.title');
  if (view.lines.length === 0) {
    const key = view.older ? 'coordinator.audit.noOlder' : 'coordinator.audit.none';
    return {
      title,
      subtitle: view.scopeLabel,
      tone: 'grey',
      elements: [{ kind: 'markdown', text: t(locale, key, { scope: view.scopeLabel }) }],
    };
  }
  const label = (key: string) => t(locale, `coordinator.audit.${key}`);
  const table: TableElement = {
    kind: 'table',
    columns: [
      { key: 'at', label: label('at') },
      { key: 'actor', label: label('actor') },
      { key: 'action', label: label('actionColumn') },
      { key: 'entity', label: label('entity') },
      { key: 'detail', label: label('detail') },
    ],
    rows: view.lines.map((line) => ({
      at: line.at,
      actor: line.actor ?? label('system'),
      action: labelOr(locale, `coordinator.audit.action.${line.action}`, line.action),
      entity: entityText(locale, line),
      detail: clipped(line.detail),
    })),
    pageSize: VIEW_PAGE_SIZE,
  };
  const more: CardElement[] = view.more
    ? [{ kind: 'actions', buttons: [{ text: label('more'), action: AUDIT_MORE_ACTION, value: view.more }] }]
    : [];
  return {
    title,
    subtitle: view.scopeLabel,
    tone: 'blue',
    elements: [...limitedTable(locale, table, AUDIT_ROW_LIMIT), ...more],
  };
}

/** The localized text of a stored code; an unknown code shows as stored. */
function labelOr(locale: Locale, key: string, raw: string): string {
  return key in MESSAGES ? t(locale, key) : raw;
}

/** `指派 #12`. */
function entityText(locale: Locale, line: AuditLine): string {
  const name = labelOr(locale, `coordinator.audit.entityName.${line.entity}`, line.entity);
  return line.entityId === null ? name : `${name} #${line.entityId}`;
}

/** The detail, clipped to {@link MAX_DETAIL} characters. */
function clipped(text: string): string {
  return text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}…` : text;
}
