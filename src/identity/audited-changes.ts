import type { DbOrTx } from '../db/client.js';
import { appendAuditEntry } from '../db/queries/audit-log.js';
import { bindChatIdentity, type BindingInput, type BindOutcome } from '../db/queries/chat-identities.js';
import { grantRole, revokeGrant, type GrantInput, type GrantRecord } from '../db/queries/role-grants.js';
import { inTransaction } from '../db/queries/transaction.js';
import type { InstitutionRef } from '../permissions/actor-roles.js';

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
}

/** Binds a chat account and audits it (`identity.bind`). Same errors as `bindChatIdentity`. */
export function bindAudited(db: DbOrTx, input: AuditedBinding): Promise<BindOutcome> {
  const { at, home, details, ...binding } = input;
  return inTransaction(db, async (tx) => {
    const outcome = await bindChatIdentity(tx, binding);
    if (outcome.status === 'bound') {
      await appendAuditEntry(tx, {
        at,
        actorId: binding.boundById,
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

function grantAudit(action: 'role.grant' | 'role.revoke', grant: GrantRecord, actorId: number | null, at: Date) {
  return {
    at,
    actorId,
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

/** Grants a role and audits it (`role.grant`). Same results and errors as `grantRole`. */
export function grantAudited(db: DbOrTx, input: GrantInput): Promise<{ grant: GrantRecord; created: boolean }> {
  return inTransaction(db, async (tx) => {
    const result = await grantRole(tx, input);
    if (result.created) await appendAuditEntry(tx, grantAudit('role.grant', result.grant, input.grantedById, input.at));
    return result;
  });
}

/** Revokes a grant and audits it (`role.revoke`); false when it was already revoked. */
export function revokeAudited(
  db: DbOrTx,
  input: { grant: GrantRecord; revokedById: number | null; at: Date },
): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const revoked = await revokeGrant(tx, { grantId: input.grant.id, revokedById: input.revokedById, at: input.at });
    if (revoked) await appendAuditEntry(tx, grantAudit('role.revoke', input.grant, input.revokedById, input.at));
    return revoked;
  });
}
