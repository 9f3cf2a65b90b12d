import type { CommandDefinition, Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import type { BindingMethod } from '../db/queries/chat-identities.js';
import { findPeopleByPhone, type PersonWithHome } from '../db/queries/people.js';
import { bindAudited } from '../identity/audited-changes.js';
import { identityPlatformOf, oneMentionAndWords, type Mention } from '../identity/command-input.js';
import { isMainlandMobile, normalizePhone } from '../identity/phone.js';
import { canBind } from '../permissions/people.js';

/** What the platform says about the mentioned account's mobile, compared with the registered one. */
type MobileCheck = 'match' | 'mismatch' | 'unavailable';

const NOTE_KEYS: Record<MobileCheck, string> = {
  match: 'identity.boundVerified',
  mismatch: 'identity.boundMismatch',
  unavailable: 'identity.boundConfirmed',
};

/**
 * `/绑定 @某人 手机号` (`bind`): a coordinator binds a colleague's chat account to the person registered
 * with that mobile number, within the coordinator's hospital or region. The platform's verified mobile
 * confirms the binding when available; otherwise the coordinator's command is the confirmation (audited
 * as such). Nobody binds their own account by a number they typed.
 */
export const bindCommand: CommandDefinition = {
  name: '绑定',
  aliases: ['bind'],
  summaryKey: 'identity.bind.summary',
  usageKey: 'identity.bind.usage',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const { mention, words } = oneMentionAndWords(args);
    const phone = parseMobile(words);
    const person = await personWithPhone(ctx, phone);
    if (!canBind(ctx.actor, { home: person.homeInstitution }))
      throw new BotError('OUT_OF_SCOPE', 'identity.bindOutOfScope');
    const check = await checkMobile(ctx, mention, phone);
    if (mention.userId === ctx.event.sender.userId && check !== 'match') {
      throw new BotError('FORBIDDEN', 'identity.selfBindRefused');
    }
    const outcome = await bindAudited(ctx.db, {
      personId: person.id,
      platform: identityPlatformOf(ctx),
      platformUserId: mention.userId,
      method: methodOf(ctx, check),
      boundById: ctx.actor.person?.id ?? null,
      at: ctx.now(),
      home: person.homeInstitution,
      details: { verifiedMobile: check },
    });
    if (outcome.status === 'unchanged') {
      return ctx.reply(ctx.t('identity.alreadyBound', { mention: mention.name, name: person.name }));
    }
    const institution = person.homeInstitution?.name ?? ctx.t('identity.notRecorded');
    const bound = ctx.t('identity.bound', { mention: mention.name, name: person.name, institution });
    await ctx.reply(`${bound}\n${ctx.t(NOTE_KEYS[check])}`);
    await ctx.notify(
      { personId: person.id },
      ctx.t('identity.boundNotice', { name: person.name }),
      'identity.bound',
      String(outcome.identity.id),
    );
  },
};

/** The mobile number typed after the mention (spaces inside it allowed: `138 0013 8000`). */
function parseMobile(words: readonly string[]): string {
  if (words.length === 0) throw new BotError('BAD_ARGUMENTS', 'identity.needPhone');
  const typed = words.join('');
  const phone = normalizePhone(typed);
  if (phone === null || !isMainlandMobile(phone))
    throw new BotError('BAD_ARGUMENTS', 'identity.badPhone', { phone: typed });
  return phone;
}

/** The one active person registered with the number. */
async function personWithPhone(ctx: Context, phone: string): Promise<PersonWithHome> {
  const [person, ...others] = await findPeopleByPhone(ctx.db, phone);
  if (!person) throw new BotError('NOT_FOUND', 'identity.personNotFound', { phone });
  if (others.length > 0) throw new BotError('CONFLICT', 'identity.phoneShared', { phone });
  return person;
}

/** Compares the platform-verified mobile of the mentioned account, when there is one, with `phone`. */
async function checkMobile(ctx: Context, mention: Mention, phone: string): Promise<MobileCheck> {
  // A failed lookup is treated like an app without the contact permission: the coordinator confirms.
  const verified = await ctx.verifiedMobile?.(mention.userId).catch(() => undefined);
  if (verified === undefined) return 'unavailable';
  return normalizePhone(verified) === phone ? 'match' : 'mismatch';
}

function methodOf(ctx: Context, check: MobileCheck): BindingMethod {
  if (check === 'match') return 'VERIFIED_MOBILE';
  return ctx.actor.isAdmin ? 'ADMIN' : 'COORDINATOR';
}
