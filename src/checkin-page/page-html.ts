import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLE } from './page-style.js';
import type { PageOutcome } from './submit-reading.js';

/** What the page shows when it opens. */
export interface PageView {
  lang: 'zh-CN' | 'en';
  title: string;
  /** Lines under the title: who, today's plan. */
  lines: string[];
  explain?: string;
  /** The big button's label; absent when the link cannot be used (then `state` says why). */
  button?: { label: string; purpose: 'in' | 'out' };
  /** A result to show at once (a refused link). */
  state?: PageOutcome;
  /** What the script needs (token, JSAPI config, texts); absent without a button. */
  config?: Record<string, unknown>;
}

/** Escapes text for HTML content and attributes: names and clinic names are user text. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON safe inside a `<script>` element (no `</script>`, no HTML comment openers). */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The whole page: one HTML document with its style and script inlined (well under 60 KB). */
export function renderPage(view: PageView): string {
  const state = view.state;
  const lines = view.lines.map((line) => `<p class="muted">${escapeHtml(line)}</p>`).join('');
  const button = view.button
    ? `<button id="go" class="${view.button.purpose}" data-label="${escapeHtml(view.button.label)}" disabled>${escapeHtml(view.button.label)}</button>`
    : '';
  const stateCard = `<section id="state" class="card state ${state ? state.kind : 'hidden'}" aria-live="polite">
<p class="who" id="st-title">${state ? escapeHtml(state.title) : ''}</p>
<p class="readout" id="st-readout">${state && 'readout' in state && state.readout ? escapeHtml(state.readout) : ''}</p>
<p id="st-msg">${state ? escapeHtml(state.message) : ''}</p></section>`;
  const script = view.config
    ? `<script id="cfg" type="application/json">${scriptJson(view.config)}</script><script>${PAGE_SCRIPT}</script>`
    : '';
  return `<!doctype html>
<html lang="${view.lang}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(view.title)}</title><style>${PAGE_STYLE}</style></head>
<body><main><h1>${escapeHtml(view.title)}</h1>
<div class="card">${lines}${view.explain ? `<p>${escapeHtml(view.explain)}</p>` : ''}</div>
${button}${stateCard}</main>${script}</body></html>`;
}
