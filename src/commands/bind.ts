import type { CommandDefinition, Context } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { answeringRefusals } from '../core/query-refusals.js';
import { chatIdentitiesOf, type BindingMethod } from '../db/queries/chat-identities.js';
import { findPeopleByPhone, type PersonWithHome } from '../db/queries/people.js';
import { activeRolesOf } from '../db/queries/role-grants.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { bindAudited } from '../identity/audited-changes.js';
import { identityPlatformOf, oneMentionAndWords, type Mention } from '../identity/command-input.js';
import { isMainlandMobile, normalizePhone } from '../identity/phone.js';
import { bindDecision } from '../permissions/people.js';

/** What the platform says about the mentioned account's mobile, compared with the registered one. */
type MobileCheck = 'match' | 'unavailable';

const NOTE_KEYS: Record<MobileCheck, string> = {
  match: 'identity.boundVerified',
  unavailable: 'identity.boundConfirmed',
};

/**
 * `/绑定 @某人 手机号` (`bind`): binds a colleague's chat account to the person registered with that
 * mobile number. A coordinator binds only people of their hospital or region who hold no role above
 * physician and clinic head and have no account on this platform yet; anyone else needs an
 * administrator, and a person who already has an account is told on it. A platform-verified mobile that
 * differs from the registered one refuses the binding; without one the speaker's word counts (audited,
 * with the account that typed it). Nobody binds their own account by a number they typed.
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
    const platform = identityPlatformOf(ctx);
    const accounts = (await chatIdentitiesOf(ctx.db, person.id)).filter((account) => account.platform === platform);
    const alreadyThis = accounts.some((account) => account.platformUserId === mention.userId);
    const target = {
      home: person.homeInstitution,
      roles: (await activeRolesOf(ctx.db, person.id)).map((held) => held.role),
      hasAccount: accounts.length > 0 && !alreadyThis,
    };
    const decision = bindDecision(ctx.actor, target);
    if (decision === 'outOfScope') throw new BotError('OUT_OF_SCOPE', 'identity.bindOutOfScope');
    if (decision === 'needsAdmin') throw new BotError('FORBIDDEN', 'security.bindNeedsAdmin');
    const check = await checkMobile(ctx, mention, phone);
    if (mention.userId === ctx.event.sender.userId && check !== 'match') {
      throw new BotError('FORBIDDEN', 'identity.selfBindRefused');
    }
    const outcome = await answeringRefusals(
      bindAudited(ctx.db, {
        personId: person.id,
        platform,
        platformUserId: mention.userId,
        unionId: await unionIdOf(ctx, mention),
        method: methodOf(ctx, check),
        boundById: ctx.actor.person?.id ?? null,
        actorAccount: auditActorOf(ctx).actorAccount,
        at: ctx.now(),
        home: person.homeInstitution,
        details: { verifiedMobile: check, otherAccounts: String(target.hasAccount) },
      }),
    );
    if (outcome.status === 'unchanged') {
      return ctx.reply(ctx.t('identity.alreadyBound', { mention: mention.name, name: person.name }));
    }
    const institution = person.homeInstitution?.name ?? ctx.t('identity.notRecorded');
    const bound = ctx.t('identity.bound', { mention: mention.name, name: person.name, institution });
    await ctx.reply(`${bound}\n${ctx.t(NOTE_KEYS[check])}`);
    // The notice goes to the person's oldest account on this platform: the existing one, when there is one.
    const notice = target.hasAccount
      ? ctx.t('security.boundAnotherNotice', { name: person.name, mention: mention.name })
      : ctx.t('identity.boundNotice', { name: person.name });
    await ctx.notify({ personId: person.id }, notice, 'identity.bound', String(outcome.identity.id));
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

/**
 * Compares the platform-verified mobile of the mentioned account, when there is one, with `phone`.
 * @throws BotError FORBIDDEN (`security.bindMobileMismatch`) when the platform knows a different number.
 */
/**
 * The mentioned account's unionId, looked up now where the platform's mentions lack it (DingTalk), so a
 * coordinator's binding is complete at once; null when the lookup fails or is not possible — the
 * person's next message fills it in then (`fillUnionId` in the pipeline).
 */
async function unionIdOf(ctx: Context, mention: Mention): Promise<string | null> {
  return (await ctx.unionIdOf?.(mention.userId).catch(() => undefined)) ?? null;
}

async function checkMobile(ctx: Context, mention: Mention, phone: string): Promise<MobileCheck> {
  // A failed lookup is treated like an app without the contact permission: the speaker confirms.
  const verified = await ctx.verifiedMobile?.(mention.userId).catch(() => undefined);
  if (verified === undefined) return 'unavailable';
  if (normalizePhone(verified) !== phone) throw new BotError('FORBIDDEN', 'security.bindMobileMismatch');
  return 'match';
}

function methodOf(ctx: Context, check: MobileCheck): BindingMethod {
  if (check === 'match') return 'VERIFIED_MOBILE';
  return ctx.actor.isAdmin ? 'ADMIN' : 'COORDINATOR';
}
