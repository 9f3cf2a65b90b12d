import type { RoleName } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { GLOSSARY, type Term } from '../i18n/glossary.js';
import { term, type Locale } from '../i18n/locale.js';

/** The glossary term naming each role. */
export const ROLE_TERMS: Record<RoleName, Term> = {
  PHYSICIAN: 'physician',
  CLINIC_HEAD: 'clinicHead',
  HOSPITAL_COORDINATOR: 'hospitalCoordinator',
  REGION_COORDINATOR: 'regionCoordinator',
  ADMIN: 'admin',
  TITLE_OFFICE: 'titleOffice',
};

/**
 * Words people use for each role besides the glossary's own. Bare 联络员 is left out on purpose: it
 * names both coordinator roles.
 */
const SYNONYMS: Record<RoleName, string[]> = {
  PHYSICIAN: ['医生', '医师', '支援人员', '派驻人员', '派驻医师', '下基层医师', 'doctor'],
  CLINIC_HEAD: ['院长', '负责人', '受援单位', '卫生院院长', '中心主任', '受援负责人'],
  HOSPITAL_COORDINATOR: ['医务科', '医务科长', '医务科联络人', '支援单位联络员', '医院联络员'],
  REGION_COORDINATOR: ['卫健局', '卫健委', '卫健部门', '医政股', '医政科', '医政处', '卫健局联络员', '卫健委联络员'],
  ADMIN: ['admin', 'administrator', '系统管理员'],
  TITLE_OFFICE: ['职称评聘办', '人事科', '人事处', 'HR'],
};

function wordKey(word: string): string {
  return word.replace(/[\s_-]+/g, '').toLowerCase();
}

const ROLE_BY_WORD: ReadonlyMap<string, RoleName> = new Map(
  (Object.keys(ROLE_TERMS) as RoleName[]).flatMap((role) => {
    const entry = GLOSSARY[ROLE_TERMS[role]];
    const words = [entry.zh, entry.en, role, ...SYNONYMS[role]];
    return words.map((word) => [wordKey(word), role] as const);
  }),
);

/** The role a word names (`医务科` → HOSPITAL_COORDINATOR), or undefined. Case, spaces, dashes and underscores are ignored. */
export function parseRoleWord(word: string): RoleName | undefined {
  return ROLE_BY_WORD.get(wordKey(word));
}

/** A role's name in a locale, from the glossary. */
export function roleLabel(locale: Locale, role: RoleName): string {
  return term(locale, ROLE_TERMS[role]);
}

/** The longest role phrase is three words (`health bureau coordinator`). */
const MAX_ROLE_WORDS = 3;

/**
 * Splits command words into a role and the scope text after it. The role may span several words
 * (`hospital coordinator`); the longest phrase that names a role wins.
 * @throws BotError BAD_ARGUMENTS: `identity.needRole` without words, `identity.unknownRole` when the
 *   first words name no role.
 */
export function parseRoleAndScope(words: readonly string[]): { role: RoleName; scopeText: string } {
  const [first] = words;
  if (first === undefined) throw new BotError('BAD_ARGUMENTS', 'identity.needRole');
  for (let count = Math.min(MAX_ROLE_WORDS, words.length); count > 0; count--) {
    const role = parseRoleWord(words.slice(0, count).join(''));
    if (role) return { role, scopeText: words.slice(count).join(' ') };
  }
  throw new BotError('BAD_ARGUMENTS', 'identity.unknownRole', { word: first });
}
