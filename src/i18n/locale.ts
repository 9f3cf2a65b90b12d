import { GLOSSARY, type Term } from './glossary.js';

/** Supported user interface languages; Simplified Chinese is the default. */
export type Locale = 'zh-CN' | 'en';

/** A user-facing text in both languages. Texts may use `{name}` parameters and `[[term]]` glossary words. */
export interface Text {
  zh: string;
  en: string;
}

/** The glossary word for a term in a locale. */
export function term(locale: Locale, name: Term): string {
  const entry = GLOSSARY[name];
  return locale === 'en' ? entry.en : entry.zh;
}

/**
 * Fills a text for a locale: `[[checkIn]]` becomes the glossary word, `{clinic}` the parameter.
 * A missing parameter stays visible as `{clinic}` rather than silently vanishing.
 */
export function render(text: Text, locale: Locale, params: Record<string, string | number> = {}): string {
  const raw = locale === 'en' ? text.en : text.zh;
  return raw
    .replace(/\[\[(\w+)\]\]/g, (whole, name: string) => (name in GLOSSARY ? term(locale, name as Term) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
