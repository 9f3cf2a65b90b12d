import type { CommandDefinition } from '../core/context.js';
import { BotError } from '../core/errors.js';
import { answeringRefusals } from '../core/query-refusals.js';
import { auditActorOf } from '../identity/audit-actor.js';
import { grantAudited } from '../identity/audited-changes.js';
import { oneMentionAndWords, registeredPersonOf } from '../identity/command-input.js';
import { resolveGrantScope } from '../identity/grant-scope.js';
import { parseRoleAndScope, roleLabel } from '../identity/role-words.js';
import { grantRefusal, type GrantRefusal } from '../permissions/grants.js';
import { usageExamples } from '../coordinator/usage-examples.js';

const REFUSAL_KEYS: Record<GrantRefusal, string> = {
  self: 'security.grantSelf',
  wrongKind: 'security.grantWrongKind',
  forbidden: 'identity.grantForbidden',
};

/**
 * `/授权 @某人 角色 范围` (`grant`), e.g. `/授权 @张三 医务科联络员 漳平市医院`: administrators grant any
 * role; region coordinators grant hospital coordinator and clinic head roles inside their region. Nobody
 * grants to themself, and 医务科 is granted only at hospitals, 负责人 only at recipient clinics.
 * Granting a role someone already holds changes nothing.
 */
export const grantCommand: CommandDefinition = {
  name: '授权',
  aliases: ['grant'],
  summaryKey: 'identity.grant.summary',
  usageKey: 'identity.grant.usage',
  usageExamples,
  audience: ['REGION_COORDINATOR', 'ADMIN'],
  async run(ctx, args) {
    const { mention, words } = oneMentionAndWords(args);
    const { role, scopeText } = parseRoleAndScope(words);
    const person = await registeredPersonOf(ctx, mention);
    const resolved = await resolveGrantScope(ctx, role, scopeText);
    const params = {
      name: person.name,
      role: roleLabel(ctx.locale, role),
      scope: resolved.name ?? ctx.t('identity.noScopeNeeded'),
    };
    const refusal = grantRefusal(ctx.actor, {
      personId: person.id,
      role,
      scope: resolved.scope,
      ...(resolved.institutionKind ? { institutionKind: resolved.institutionKind } : {}),
    });
    if (refusal) throw new BotError('FORBIDDEN', REFUSAL_KEYS[refusal], params);
    const by = auditActorOf(ctx);
    const { grant, created } = await answeringRefusals(
      grantAudited(
        ctx.db,
        {
          personId: person.id,
          role,
          institutionId: resolved.institutionId,
          regionId: resolved.regionId,
          grantedById: by.actorId,
          at: ctx.now(),
        },
        by.actorAccount,
      ),
    );
    if (!created) return ctx.reply(ctx.t('identity.alreadyGranted', params));
    await ctx.reply(ctx.t('identity.granted', params));
    await ctx.notify(
      { personId: person.id },
      ctx.t('identity.grantedNotice', params),
      'identity.granted',
      String(grant.id),
    );
  },
};
