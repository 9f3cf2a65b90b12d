/** The result of one satisfaction-survey call (满意度调查): the beneficiary's answer, or nobody answered. */
export type SurveyCallResultKind = 'SATISFIED' | 'FAIRLY_SATISFIED' | 'DISSATISFIED' | 'NO_ANSWER';

/** Every result, in the order cards list them. */
export const SURVEY_CALL_RESULTS: readonly SurveyCallResultKind[] = [
  'SATISFIED',
  'FAIRLY_SATISFIED',
  'DISSATISFIED',
  'NO_ANSWER',
];

/** The words a bureau may type for each result (Chinese first, then English). */
const RESULT_WORDS: Record<string, SurveyCallResultKind> = {
  满意: 'SATISFIED',
  基本满意: 'FAIRLY_SATISFIED',
  不满意: 'DISSATISFIED',
  未接通: 'NO_ANSWER',
  satisfied: 'SATISFIED',
  'fairly satisfied': 'FAIRLY_SATISFIED',
  dissatisfied: 'DISSATISFIED',
  'no answer': 'NO_ANSWER',
};

/** The result a typed word names, or null when it names none. */
export function parseSurveyCallResult(word: string): SurveyCallResultKind | null {
  return RESULT_WORDS[word.trim().toLowerCase()] ?? null;
}

/** Whether the call reached someone (every result but 未接通). */
export function isAnsweredCall(result: string): boolean {
  return result !== 'NO_ANSWER' && (SURVEY_CALL_RESULTS as readonly string[]).includes(result);
}

/** Whether the beneficiary was satisfied: 满意 or 基本满意. */
export function isSatisfiedCall(result: string): boolean {
  return result === 'SATISFIED' || result === 'FAIRLY_SATISFIED';
}

/** What the clinic head answered to the request for a sampled day's register contact (never the contact). */
export type SurveyContactReply = 'PROVIDED' | 'NO_REGISTER';
