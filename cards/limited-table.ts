import type { CardElement } from '../src/core/card.js';
import type { Locale } from '../src/i18n/locale.js';
import { t } from '../src/core/card-text.js';

/** A card table. */
export type TableElement = Extract<CardElement, { kind: 'table' }>;

/**
 * Tables one card may hold: the smallest documented limit of the platforms it is rendered for (Feishu:
 * "单张卡片最多支持放置五个表格组件"). Builders with a table per item stay within it; renderers also enforce it.
 */
export const MAX_TABLES_PER_CARD = 5;

/** Rows a page of a coordinator view's table shows (Feishu pages 1–10). */
export const VIEW_PAGE_SIZE = 10;

/**
 * A table cut to its first `limit` rows, with a note saying how many there were and how to narrow the
 * view, so a province-wide card stays under Feishu's 30 KB and still says that it is not complete.
 */
export function limitedTable(locale: Locale, table: TableElement, limit: number): CardElement[] {
  if (table.rows.length <= limit) return [table];
  return [
    { ...table, rows: table.rows.slice(0, limit) },
    { kind: 'note', text: t(locale, 'coordinator.views.rowsCut', { total: table.rows.length, shown: limit }) },
  ];
}
