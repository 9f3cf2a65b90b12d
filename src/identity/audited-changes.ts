import type { DbOrTx } from '../db/client.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import {
  bindChatIdentity,
  unbindChatIdentity,
  type BindingInput,
  type BindOutcome,
} from '../db/queries/chat-identities.js';
import type { ChatIdentity, Platform } from '../generated/sqlite/client.js';
import { grantRole, revokeGrant, type GrantInput, type GrantRecord } from '../db/queries/role-grants.js';
import { inTransaction } from '../db/queries/transaction.js';
import { clearTeamLeader } from '../db/queries/tours.js';
import type { InstitutionRef } from '../permissions/actor-roles.js';
import type { AuditActor } from './audit-actor.js';

/**
 * The identity writes that must leave a trace: each change and its audit entry are written in one
 * transaction, so there is never a binding or grant without its record (nor the reverse). A write that
 * changes nothing (an account bound again to the same person, an identical grant) is not audited.
 */

/** A binding plus what its audit entry needs. */
export interface AuditedBinding extends BindingInput {
  at: Date;
  /** The person bound's home institution, so the entry shows up in that scope. */
  home: InstitutionRef | null;
  /** Extra facts for the record (e.g. whether the platform's verified number matched). */
  details?: Record<string, string>;
  /** The chat account that typed the command (see `auditActorOf`); absent for a platform-verified first contact. */
  actorAccount?: string;
}

/** Binds a chat account and audits it (`identity.bind`). Same errors as `bindChatIdentity`. */
export function bindAudited(db: DbOrTx, input: AuditedBinding): Promise<BindOutcome> {
  const { at, home, details, actorAccount, ...binding } = input;
  return inTransaction(db, async (tx) => {
    const outcome = await bindChatIdentity(tx, binding);
    if (outcome.status === 'bound') {
      await appendAuditEntry(tx, {
        at,
        actorId: binding.boundById,
        actorAccount: actorAccount ?? null,
        action: 'identity.bind',
        entity: 'ChatIdentity',
        entityId: String(outcome.identity.id),
        regionPath: home?.regionPath ?? null,
        institutionId: home?.id ?? null,
        details: {
          personId: binding.personId,
          platform: binding.platform,
          platformUserId: binding.platformUserId,
          method: binding.method,
          ...details,
        },
      });
    }
    return outcome;
  });
}

function grantAudit(action: 'role.grant' | 'role.revoke', grant: GrantRecord, actor: AuditActor, at: Date) {
  return {
    at,
    ...actor,
    action,
    entity: 'RoleGrant',
    entityId: String(grant.id),
    regionPath: grant.scope.regionPath ?? null,
    institutionId: grant.scope.institutionId ?? null,
    details: {
      personId: grant.personId,
      role: grant.role,
      institutionId: grant.scope.institutionId ?? null,
      regionId: grant.scope.regionId ?? null,
    },
  };
}

/** Grants a role and audits it (`role.grant`) with the account that asked. Same results and errors as `grantRole`. */
export function grantAudited(
  db: DbOrTx,
  input: GrantInput,
  actorAccount: string,
): Promise<{ grant: GrantRecord; created: boolean }> {
  return inTransaction(db, async (tx) => {
    const result = await grantRole(tx, input);
    const actor = { actorId: input.grantedById, actorAccount };
    if (result.created) await appendAuditEntry(tx, grantAudit('role.grant', result.grant, actor, input.at));
    return result;
  });
}

/**
 * Revokes a grant and audits it (`role.revoke`); false when it was already revoked. A team leader's grant
 * also clears the team's leader, so the team shows none until a roster names the next.
 */
export function revokeAudited(db: DbOrTx, input: { grant: GrantRecord; by: AuditActor; at: Date }): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const { grant } = input;
    const revoked = await revokeGrant(tx, { grantId: grant.id, revokedById: input.by.actorId, at: input.at });
    if (!revoked) return false;
    await appendAuditEntry(tx, grantAudit('role.revoke', grant, input.by, input.at));
    if (grant.role === 'TEAM_LEADER' && grant.scope.tourTeamId !== undefined) {
      await clearTeamLeader(tx, grant.scope.tourTeamId, grant.personId);
    }
    return true;
  });
}

/**
 * Removes a chat account's binding and audits it (`identity.unbind`) with who did it; null when the
 * account was not bound (or a concurrent unbind won).
 */
export function unbindAudited(
  db: DbOrTx,
  input: { platform: Platform; platformUserId: string; by: AuditActor; at: Date; home: InstitutionRef | null },
): Promise<ChatIdentity | null> {
  return inTransaction(db, async (tx) => {
    const removed = await unbindChatIdentity(tx, input.platform, input.platformUserId);
    if (removed) {
      await appendAuditEntry(tx, {
        at: input.at,
        ...input.by,
        action: 'identity.unbind',
        entity: 'ChatIdentity',
        entityId: String(removed.id),
        regionPath: input.home?.regionPath ?? null,
        institutionId: input.home?.id ?? null,
        details: { personId: removed.personId, platform: removed.platform, platformUserId: removed.platformUserId },
      });
    }
    return removed;
  });
}
