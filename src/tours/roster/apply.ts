import type { DbOrTx, Db } from '../../db/client.js';
import { appendAuditEntry } from '../../db/queries/audit-log.js';
import { upsertPersonByPhone } from '../../db/queries/people.js';
import { grantRole } from '../../db/queries/role-grants.js';
import { syncPlanAssignments } from '../plan-assignments.js';
import { closeStagedImport, findStagedImport, stageImport } from '../../db/queries/staged-imports.js';
import { inTransaction } from '../../db/queries/transaction.js';
import { appointTeamLeader, fileTourRoster, submitTourObligation, upsertTourTeam } from '../../db/queries/tours.js';
import { findProgramById } from '../../db/queries/programs.js';
import { ensureTeamObligations } from '../tour-obligations.js';
import type { Platform } from '../../generated/sqlite/enums.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { dryRunRoster, type RosterDryRun } from './dry-run.js';
import type { RosterRead } from './read.js';

/** The kind of a staged roster import (`staged_imports.kind`). */
export const ROSTER_IMPORT_KIND = 'tour-roster';

/** What a staged roster keeps: the rows as read and the stager's scope (re-checked when applied). */
export interface StagedRosterPayload {
  read: RosterRead;
  scope: ViewScope;
}

/** Who files, from where, when. */
export interface RosterRequest {
  scope: ViewScope;
  actorId: number | null;
  actorAccount?: string | null;
  platform?: Platform;
  chatId?: string;
  at: Date;
  today: string;
}

/** The dry run, staged for its confirmation when no row is bad (`stagedImportId`). */
export async function stageRoster(
  db: Db,
  request: RosterRequest,
  read: RosterRead,
): Promise<RosterDryRun & { stagedImportId?: number }> {
  const dryRun = await dryRunRoster(db, request.scope, read, request.today);
  if (dryRun.problems.length > 0 || !dryRun.hospital) return dryRun;
  const payload: StagedRosterPayload = { read, scope: request.scope };
  const staged = await stageImport(db, {
    kind: ROSTER_IMPORT_KIND,
    createdById: request.actorId,
    ...(request.platform ? { platform: request.platform } : {}),
    ...(request.chatId ? { chatId: request.chatId } : {}),
    fileName: read.fileName,
    payload: JSON.parse(JSON.stringify(payload)) as object,
    at: request.at,
  });
  return { ...dryRun, stagedImportId: staged.id };
}

/** How applying a staged roster went. */
export type RosterApplyOutcome =
  | { status: 'applied'; dryRun: RosterDryRun; teamId: number; programId: number }
  | { status: 'gone' }
  | { status: 'changed'; dryRun: RosterDryRun };

/**
 * Applies a staged roster in one transaction, checked again: the people are registered (by phone), the team
 * made or updated with its counties, the roster filed (the first filing's time kept), the import closed and
 * audited. A roster that no longer passes its check is not applied (`changed`).
 */
export async function applyStagedRoster(
  db: Db,
  stagedImportId: number,
  request: RosterRequest & { scope: ViewScope | null },
): Promise<RosterApplyOutcome> {
  const outcome: RosterApplyOutcome = await inTransaction(db, async (tx) => {
    const staged = await findStagedImport(tx, stagedImportId);
    if (!staged || staged.kind !== ROSTER_IMPORT_KIND || staged.status !== 'STAGED') return { status: 'gone' };
    const payload = staged.payload as unknown as StagedRosterPayload;
    const dryRun = await dryRunRoster(tx, request.scope ?? payload.scope, payload.read, request.today);
    const { hospital, program } = dryRun;
    if (dryRun.problems.length > 0 || !hospital || !program) return { status: 'changed', dryRun };
    if (
      !(await closeStagedImport(tx, stagedImportId, { status: 'APPLIED', actorId: request.actorId, at: request.at }))
    ) {
      return { status: 'gone' };
    }
    const key = { hospitalId: hospital.id, programId: program.id };
    const teamId = await writeRoster(tx, dryRun, key, { actorId: request.actorId, at: request.at });
    const programRow = await findProgramById(tx, program.id);
    if (programRow) await ensureTeamObligations(tx, programRow, hospital.id);
    await submitTourObligation(tx, key, 'roster', { actorId: request.actorId, at: request.at });
    await appendAuditEntry(tx, {
      at: request.at,
      actorId: request.actorId,
      actorAccount: request.actorAccount ?? null,
      action: 'tour.roster.import',
      entity: 'TourTeam',
      entityId: String(teamId),
      institutionId: hospital.id,
      supportingInstitutionId: hospital.id,
      details: { fileName: dryRun.fileName, members: dryRun.lines.length, stagedImportId },
    });
    return { status: 'applied' as const, dryRun, teamId, programId: program.id };
  });
  // After the commit: the members' assignments follow the team's plan (see plan-assignments.ts).
  if (outcome.status === 'applied') {
    await syncPlanAssignments(db, { id: outcome.teamId, programId: outcome.programId }, request);
  }
  return outcome;
}

async function writeRoster(
  tx: DbOrTx,
  dryRun: RosterDryRun,
  key: { hospitalId: number; programId: number },
  actor: { actorId: number | null; at: Date },
): Promise<number> {
  const { at } = actor;
  const team = await upsertTourTeam(tx, { ...key, countyIds: dryRun.counties.map((county) => county.id) });
  const members = [];
  let leaderId: number | null = null;
  for (const line of dryRun.lines) {
    const { person } = await upsertPersonByPhone(tx, {
      name: line.name,
      phone: line.phone,
      homeInstitutionId: key.hospitalId,
      ...(line.title ? { title: line.title } : {}),
      ...(line.specialty ? { specialty: line.specialty } : {}),
    });
    // Members check in where the team is: the physician's role is what the check-in flows ask for.
    await grantRole(tx, { personId: person.id, role: 'PHYSICIAN', grantedById: actor.actorId, at });
    if (line === dryRun.leader) leaderId = person.id;
    members.push({
      personId: person.id,
      post: line.post,
      specialty: line.specialty,
      countyId: line.county?.id ?? null,
      manager: line.title === null,
    });
  }
  await fileTourRoster(tx, team.id, { members, filerName: dryRun.filer.name, filerPhone: dryRun.filer.contact, at });
  // A roster naming no leader leaves the sitting one (a coordinator dismisses a leader with /撤销).
  if (leaderId !== null) await appointTeamLeader(tx, team.id, { personId: leaderId, grantedById: actor.actorId, at });
  return team.id;
}
