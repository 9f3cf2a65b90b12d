import type { GridRow } from './grid.js';
import { compactText } from './layout.js';

/**
 * The header block of a form: the `填报单位：漳平市医院   填报人：王五   联系电话：…   填报日期：…` lines
 * above (or below) the table. A label and its value may share a cell (`填报单位：漳平市医院`) or stand in
 * neighbouring cells (`填报单位：` | `漳平市医院`).
 */
export function readHeaderBlock(
  rows: readonly GridRow[],
  fields: Record<string, readonly string[]>,
): Record<string, string> {
  const labels = Object.entries(fields).flatMap(([field, names]) =>
    names.map((name) => [compactText(name), field] as const),
  );
  const fieldOf = (text: string) => labels.find(([label]) => compactText(text) === label)?.[1];
  const block: Record<string, string> = {};
  for (const row of rows) {
    const texts = dedupeMerged(row.texts);
    texts.forEach((text, index) => {
      for (const [label, value] of labelledParts(text)) {
        const field = fieldOf(label);
        if (!field || block[field] !== undefined) continue;
        const written =
          value !== '' ? value : (texts.slice(index + 1).find((t) => t !== '' && !fieldOf(firstLabel(t))) ?? '');
        if (written !== '') block[field] = written;
      }
    });
  }
  return block;
}

/** The texts of a row with a merged cell's repeats removed. */
function dedupeMerged(texts: readonly string[]): string[] {
  return texts.filter((text, index) => text !== '' && text !== texts[index - 1]);
}

/** `填报单位：漳平市医院  填报人：王五` → [[填报单位, 漳平市医院], [填报人, 王五]]; `填报单位：` → [[填报单位, '']]. */
function labelledParts(text: string): [string, string][] {
  const parts: [string, string][] = [];
  const pattern = /([^\s:：]+)\s*[:：]\s*([^:：]*?)(?=\s+[^\s:：]+\s*[:：]|$)/g;
  for (const match of text.trim().matchAll(pattern)) parts.push([match[1] ?? '', (match[2] ?? '').trim()]);
  return parts.length > 0 ? parts : [[text, '']];
}

function firstLabel(text: string): string {
  return labelledParts(text)[0]?.[0] ?? '';
}
