import { DEMO_OPEN_ID_PREFIX, type DemoPerson } from '../../demo/people.js';
import { PHYSICIANS } from '../../demo/physicians.js';
import { STAFF } from '../../demo/staff.js';

/** The bot's own name: `@巡诊助手` addresses the bot in a group, it is not a mention of a person. */
const BOT_NAMES = new Set(['巡诊助手', 'bot']);

/**
 * The people @-mentioned in a typed line, as a chat platform would report them: `@ou_…` is an open_id
 * taken as given, `@姓名` (or a demo slug) a demo person. Unknown names stay plain text.
 */
export function mentionsIn(text: string): { userId: string; name: string }[] {
  const people: readonly DemoPerson[] = [...STAFF, ...PHYSICIANS];
  const found: { userId: string; name: string }[] = [];
  for (const [, token = ''] of text.matchAll(/@([^\s@]+)/g)) {
    if (BOT_NAMES.has(token)) continue;
    const person = token.startsWith('ou_')
      ? people.find((p) => p.openId === token)
      : people.find((p) => p.name === token || p.openId === `${DEMO_OPEN_ID_PREFIX}${token}`);
    if (token.startsWith('ou_')) found.push({ userId: token, name: person?.name ?? token });
    else if (person) found.push({ userId: person.openId, name: person.name });
  }
  return found;
}
