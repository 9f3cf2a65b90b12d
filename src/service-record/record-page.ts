import { escapeHtml } from '../checkin-page/page-html.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';
import type { RecordDocument } from './record-document.js';
import { coverLines, DAY_COLUMNS, dayColumnHeader } from './record-layout.js';

/**
 * The printable page of a service record: the same cover and day table as the workbook (one layout,
 * `record-layout.ts`), one HTML document with its style inline, printed on A4 (`@page`), no script.
 * Every name and note is user text and is escaped.
 */

const STYLE = `@page{size:A4 landscape;margin:12mm}
body{font:13px/1.5 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;margin:16px;color:#111}
h1{font-size:20px;text-align:center}h2{font-size:16px;margin-top:24px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #444;padding:3px 6px;vertical-align:top}
th{background:#ddebf7}table.cover{width:auto;min-width:50%}table.cover th{text-align:left}
thead{display:table-header-group}tr{page-break-inside:avoid}.sign{margin-top:24px}
@media print{.noprint{display:none}}`;

/** The page of a record document. */
export function renderRecordPage(locale: Locale, doc: RecordDocument): string {
  const cover = coverLines(locale, doc.view, doc.issue)
    .map(([label, value]) => `<tr><th>${escapeHtml(label)}</th><td>${escapeHtml(value)}</td></tr>`)
    .join('');
  const head = DAY_COLUMNS.map((c) => `<th>${escapeHtml(dayColumnHeader(locale, c.key))}</th>`).join('');
  const rows = doc.days
    .map(
      (day, index) =>
        `<tr><td>${index + 1}</td>${DAY_COLUMNS.map((c) => `<td>${escapeHtml(day[c.key])}</td>`).join('')}</tr>`,
    )
    .join('');
  const title = t(locale, 'serviceRecord.file.coverTitle');
  const daysTitle = t(locale, 'serviceRecord.file.daysTitle', {
    name: doc.view.physician.name,
    period: doc.view.periodLabel,
  });
  return `<!doctype html>
<html lang="${locale === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(title)}</h1><table class="cover">${cover}</table>
<h2>${escapeHtml(daysTitle)}</h2>
<table><thead><tr><th>${escapeHtml(t(locale, 'serviceRecord.file.serial'))}</th>${head}</tr></thead><tbody>${rows}</tbody></table>
<p class="sign">${escapeHtml(t(locale, 'serviceRecord.file.footer'))}</p></body></html>`;
}

/** The page saying why a link does not open (expired, altered, unknown physician). */
export function renderRefusedRecordPage(locale: Locale, reason: 'EXPIRED' | 'MALFORMED'): string {
  const message = t(locale, reason === 'EXPIRED' ? 'serviceRecord.page.expired' : 'serviceRecord.page.malformed');
  return `<!doctype html><html lang="${locale === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">
<meta name="referrer" content="no-referrer"><title>${escapeHtml(message)}</title><style>${STYLE}</style></head>
<body><h1>${escapeHtml(message)}</h1></body></html>`;
}
