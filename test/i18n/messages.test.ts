import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../src/i18n/glossary.js';
import { MESSAGE_AREAS, MESSAGES } from '../../src/i18n/messages/index.js';

const CJK = /[\u4e00-\u9fff]/;

describe('messages', () => {
  it('uses each key in one area only, so no text silently replaces another', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, messages] of Object.entries(MESSAGE_AREAS)) {
      for (const key of Object.keys(messages)) {
        const other = seen.get(key);
        if (other) clashes.push(`${key} (${other}, ${area})`);
        seen.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
    expect(Object.keys(MESSAGES)).toHaveLength(seen.size);
  });

  it('has every text in both languages, Chinese where Chinese is shown', () => {
    const problems = Object.entries(MESSAGES).flatMap(([key, text]) => {
      // Parameters and glossary words aside, a Chinese text has no English words in it.
      const words = text.zh.replace(/\{\w+\}|\[\[\w+\]\]|\.xlsx$/g, '');
      const zhOk = text.zh.trim() !== '' && (CJK.test(words) || !/[a-z]{4,}/i.test(words));
      return [...(zhOk ? [] : [`${key}: zh`]), ...(text.en.trim() === '' ? [`${key}: en`] : [])];
    });
    expect(problems).toEqual([]);
  });

  it('names only glossary terms in [[…]]', () => {
    const unknown = Object.entries(MESSAGES).flatMap(([key, text]) =>
      [...`${text.zh} ${text.en}`.matchAll(/\[\[(\w+)\]\]/g)]
        .map((m) => m[1] ?? '')
        .filter((term) => !(term in GLOSSARY))
        .map((term) => `${key}: ${term}`),
    );
    expect(unknown).toEqual([]);
  });

  it('uses the same parameters in both languages', () => {
    const params = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const mismatched = Object.entries(MESSAGES)
      .filter(([, text]) => params(text.zh).join() !== params(text.en).join())
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });
});
