import type { CommandDefinition, Context, RoleName } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { activeGrantsOf, type GrantRecord } from '../db/queries/role-grants.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { revokeAudited } from '../identity/audited-changes.js';
import { oneMentionAndWords, registeredPersonOf } from '../identity/command-input.js';
import { resolveGrantScope, scopeOfGrant, type ResolvedGrantScope } from '../identity/grant-scope.js';
import { parseRoleAndScope, roleLabel } from '../identity/role-words.js';
import { canGrant } from '../permissions/grants.js';
import { usageExamples } from '../coordinator/usage-examples.js';

/**
 * `/撤销 @某人 角色 [范围]` (`revoke`): ends one of someone's grants. Whoever may grant a role with a
 * scope may revoke it — so a hospital coordinator may dismiss their own hospital's tour team leader. The
 * scope may be left out when the person holds the role only once within what the speaker may revoke. The
 * grant is stamped as revoked, never deleted.
 */
export const revokeCommand: CommandDefinition = {
  name: '撤销',
  aliases: ['revoke'],
  summaryKey: 'identity.revoke.summary',
  usageKey: 'identity.revoke.usage',
  usageExamples,
  audience: ['REGION_COORDINATOR', 'HOSPITAL_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const { mention, words } = oneMentionAndWords(args);
    const { role, scopeText } = parseRoleAndScope(words);
    const person = await registeredPersonOf(ctx, mention);
    const grant = await grantToRevoke(ctx, person, role, scopeText);
    const params = {
      name: person.name,
      role: roleLabel(ctx.locale, role),
      scope: grant.scopeName ?? ctx.t('identity.noScopeNeeded'),
    };
    await revokeAudited(ctx.db, { grant, by: auditActorOf(ctx), at: ctx.now() });
    await ctx.reply(ctx.t('identity.revoked', params));
  },
};

/**
 * The one active grant the command means. Grants the speaker may not revoke are left out before asking
 * "which one", so a coordinator learns nothing about grants outside their region.
 */
async function grantToRevoke(
  ctx: Context,
  person: { id: number; name: string },
  role: RoleName,
  scopeText: string,
): Promise<GrantRecord> {
  const resolved = scopeText === '' ? undefined : await resolveGrantScope(ctx, role, scopeText);
  const held = (await activeGrantsOf(ctx.db, person.id)).filter(
    (grant) => grant.role === role && (resolved === undefined || sameScope(grant, resolved)),
  );
  const label = roleLabel(ctx.locale, role);
  const wanted = resolved?.name ?? ctx.t(resolved ? 'identity.noScopeNeeded' : 'identity.anyScope');
  if (held.length === 0) {
    throw new BotError('NOT_FOUND', 'identity.noSuchGrant', { name: person.name, role: label, scope: wanted });
  }
  const revocable = held.filter((grant) => canGrant(ctx.actor, role, scopeOfGrant(grant)));
  const [grant, ...others] = revocable;
  if (!grant) throw new BotError('FORBIDDEN', 'identity.grantForbidden', { role: label, scope: wanted });
  if (others.length > 0) {
    const scopes = revocable.map((g) => g.scopeName ?? '').join(ctx.t('identity.listSeparator'));
    throw new BotError('BAD_ARGUMENTS', 'identity.revokeWhich', { name: person.name, role: label, scopes });
  }
  return grant;
}

function sameScope(grant: GrantRecord, scope: ResolvedGrantScope): boolean {
  return (
    (grant.scope.institutionId ?? null) === scope.institutionId && (grant.scope.regionId ?? null) === scope.regionId
  );
}
