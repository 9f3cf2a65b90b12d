import { badArguments } from '../core/bad-arguments.js';

/** How many days a draw takes when the bureau names no number (Zhangping's 80), and at most. */
export const DEFAULT_SURVEY_SIZE = 80;
export const MAX_SURVEY_SIZE = 500;

/** What `/满意度 …` names after its verb: a count, a year, a 序号. */
export interface SurveyWords {
  size: number | null;
  year: string | null;
}

/**
 * Reads the words after `/满意度 [抽样|记录|导出]`: a four-digit year (`2026`, `2026年`) and a count (`80`,
 * `80人`; for 记录 the 序号) in any order.
 * @throws BotError BAD_ARGUMENTS naming the word it could not read.
 */
export function parseSurveyWords(words: readonly string[]): SurveyWords {
  const parsed: SurveyWords = { size: null, year: null };
  for (const word of words) {
    const year = /^(20\d\d)年?$/.exec(word);
    const count = /^(\d{1,3})人?$/.exec(word);
    if (year?.[1]) parsed.year = year[1];
    else if (count?.[1]) parsed.size = Number.parseInt(count[1], 10);
    else throw badArguments('survey.badWord', { word });
  }
  return parsed;
}
