/**
 * Matching what people type for an institution against its name and aliases. People drop or swap the
 * generic parts of a name — `石门卫生院`, `石门镇卫生院` and `石门` all mean 石门镇卫生院 — so matching
 * works on the distinctive core that remains once generic suffixes are removed.
 */

/** Generic name endings, longest first so `社区卫生服务中心` is removed whole rather than as `中心`. */
const GENERIC_SUFFIXES = [
  '社区卫生服务中心',
  '社区卫生服务站',
  '卫生服务中心',
  '中心卫生院',
  '人民医院',
  '卫生院',
  '中医院',
  '卫生所',
  '卫生室',
  '医院',
  '中心',
  '街道',
  '社区',
  '镇',
  '乡',
  '村',
];

/** Aliases are stored in one column separated by `|`. */
const ALIAS_SEPARATOR = '|';

/** The aliases of an institution as a list. */
export function splitAliases(aliases: string): string[] {
  return aliases
    .split(ALIAS_SEPARATOR)
    .map((a) => a.trim())
    .filter(Boolean);
}

/** The stored form of a list of aliases. */
export function joinAliases(aliases: readonly string[]): string {
  return aliases
    .map((a) => a.trim())
    .filter(Boolean)
    .join(ALIAS_SEPARATOR);
}

/** The distinctive core of a name: whitespace removed, then generic suffixes stripped repeatedly. */
export function nameCore(name: string): string {
  let core = name.replace(/\s+/g, '');
  for (let stripped = true; stripped;) {
    stripped = false;
    for (const suffix of GENERIC_SUFFIXES) {
      if (core.length > suffix.length && core.endsWith(suffix)) {
        core = core.slice(0, -suffix.length);
        stripped = true;
        break;
      }
    }
  }
  return core;
}

/** Whether a name is nothing but a generic word (`卫生院`, `中心` …), which identifies no institution. */
export function isGenericName(name: string): boolean {
  return GENERIC_SUFFIXES.includes(nameCore(name));
}

/**
 * How well a typed query matches a name, from 0 to 1: 1 for the same text, otherwise the Sørensen–Dice
 * similarity of their character multisets, so `石门卫生院` is closer to 石门镇卫生院 than to 石门村卫生室.
 */
export function nameSimilarity(query: string, name: string): number {
  const a = query.replace(/\s+/g, '');
  const b = name.replace(/\s+/g, '');
  if (a === b) return 1;
  const counts = new Map<string, number>();
  for (const ch of b) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let shared = 0;
  for (const ch of a) {
    const left = counts.get(ch) ?? 0;
    if (left > 0) {
      shared++;
      counts.set(ch, left - 1);
    }
  }
  return (2 * shared) / ([...a].length + [...b].length);
}
