import type { CommandDefinition, Context } from '../core/context.js';
import type { Title } from '../generated/sqlite/client.js';
import { findPersonById } from '../db/queries/people.js';
import { activeGrantsOf, type GrantRecord } from '../db/queries/role-grants.js';
import type { Term } from '../i18n/glossary.js';
import { term } from '../i18n/locale.js';
import { maskPhone } from '../identity/phone.js';
import { roleLabel } from '../identity/role-words.js';

const TITLE_TERMS: Record<Title, Term> = {
  RESIDENT: 'resident',
  ATTENDING: 'attending',
  ASSOCIATE_CHIEF: 'associateChief',
  CHIEF: 'chief',
};

/**
 * `/我是谁` (`whoami`): the speaker's record (phone masked), roles and scopes, and their account id (what
 * an administrator needs for `BOT_ADMIN_OPEN_IDS`). Open to everyone: an unregistered user learns how to
 * get registered.
 */
export const whoamiCommand: CommandDefinition = {
  name: '我是谁',
  aliases: ['whoami'],
  summaryKey: 'identity.whoami.summary',
  usageKey: 'identity.whoami.usage',
  audience: ['ANYONE'],
  async run(ctx) {
    const lines = await describeSpeaker(ctx);
    lines.push(ctx.t('identity.accountId', { userId: ctx.event.sender.userId }));
    await ctx.reply(lines.join('\n'));
  },
};

async function describeSpeaker(ctx: Context): Promise<string[]> {
  const { actor } = ctx;
  const person = actor.person && (await findPersonById(ctx.db, actor.person.id));
  if (!person) {
    return actor.isAdmin
      ? [ctx.t('identity.whoami.configuredAdmin'), ctx.t('identity.whoami.adminWithoutPerson')]
      : [ctx.t('identity.unregistered')];
  }
  const missing = ctx.t('identity.notRecorded');
  const lines = [
    ctx.t('identity.whoami.person', {
      name: person.name,
      institution: person.homeInstitution?.name ?? missing,
      title: person.title ? term(ctx.locale, TITLE_TERMS[person.title]) : missing,
      phone: person.phone ? maskPhone(person.phone) : missing,
    }),
  ];
  const grants = await activeGrantsOf(ctx.db, person.id);
  if (grants.length === 0) lines.push(ctx.t('identity.whoami.noRoles'));
  else lines.push(ctx.t('identity.whoami.roles'), ...grants.map((grant) => roleLine(ctx, grant)));
  if (actor.isAdmin && !grants.some((grant) => grant.role === 'ADMIN'))
    lines.push(ctx.t('identity.whoami.configuredAdmin'));
  return lines;
}

function roleLine(ctx: Context, grant: GrantRecord): string {
  const role = roleLabel(ctx.locale, grant.role);
  return grant.scopeName === null
    ? ctx.t('identity.whoami.roleOnly', { role })
    : ctx.t('identity.whoami.roleLine', { role, scope: grant.scopeName });
}
