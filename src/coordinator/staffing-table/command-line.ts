import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Actor } from '../../core/context.js';
import type { Notifier } from '../../core/create-context.js';
import { isBotError } from '../../core/errors.js';
import type { Db } from '../../db/client.js';
import { findPersonByChatUserOnAnyPlatform } from '../../db/queries/chat-identities.js';
import { findPeopleByPhone } from '../../db/queries/people.js';
import { activeRolesOf } from '../../db/queries/role-grants.js';
import { normalizePhone } from '../../identity/phone.js';
import { baseViewScope, isEmptyViewScope } from '../../permissions/view-scope.js';
import { runRosterImportCli } from '../../tours/roster/command-line.js';
import { readImportedTable } from '../../tours/roster/recognize.js';
import { applyStagedStaffingImport, notifyStaffingChanges } from './apply.js';
import { dryRunStaffingTable, stageStaffingTable, staffingInput } from './dry-run.js';
import { dryRunText } from './preview.js';

/** What `npm run import` was asked. */
export interface ImportCliOptions {
  file: string;
  /** The coordinator to act as (a chat user id on any platform, or a phone); absent: as an administrator. */
  as?: string;
  apply: boolean;
  /** Apply the additions and changes only: keep the assignments the table leaves out. */
  additionsOnly?: boolean;
}

/** The usage line, printed for bad arguments. */
export const IMPORT_USAGE =
  'usage: npm run import -- <file.xlsx|file.csv> [--as <chat user id or phone>] [--apply [--additions-only]]';

/** The options of the command line, or null when they are not understood. */
export function parseImportArgs(argv: readonly string[]): ImportCliOptions | null {
  const rest = [...argv];
  const apply = rest.includes('--apply');
  const additionsOnly = rest.includes('--additions-only');
  const asAt = rest.indexOf('--as');
  const as = asAt >= 0 ? rest[asAt + 1] : undefined;
  const files = rest.filter((arg, i) => !arg.startsWith('--') && (asAt < 0 || i !== asAt + 1));
  if (files.length !== 1 || (asAt >= 0 && !as) || (additionsOnly && !apply)) return null;
  return { file: files[0] ?? '', apply, ...(additionsOnly ? { additionsOnly } : {}), ...(as ? { as } : {}) };
}

/** What the command line runs with. */
export interface ImportCliDeps {
  db: Db;
  /** Sends the assignment notices of an applied import (into the delivery ledger). */
  notifier: Notifier;
  print(line: string): void;
}

/**
 * `npm run import`: prints the dry run of a staffing table (row numbers and reasons, or the plan), and
 * with `--apply` and no bad row applies it like the preview's confirm button (one transaction, audit
 * entry, notices); `--additions-only` like its 只新增不取消 button. Returns the exit code: 1 when the
 * table is rejected or cannot be read. Nothing is thrown: every failure is printed as a sentence.
 */
export async function runStaffingImportCli(deps: ImportCliDeps, options: ImportCliOptions): Promise<number> {
  const { db, notifier, print } = deps;
  const actor = await cliActor(db, options.as);
  const scope = actor && baseViewScope(actor);
  if (!actor || !scope || isEmptyViewScope(scope)) {
    print(notifier.t('coordinatorImport.notCoordinator'));
    return 1;
  }
  const fileName = basename(options.file);
  try {
    const data = await readFile(options.file).catch(() => null);
    if (!data) {
      print(notifier.t('coordinatorImport.fileMissing', { fileName: options.file }));
      return 1;
    }
    const actorId = actor.person?.id ?? null;
    const table = await readImportedTable(fileName, data);
    if (table.kind === 'plan') {
      print(notifier.t('tours.planFile.chatOnly'));
      return 1;
    }
    if (table.kind === 'roster') {
      return await runRosterImportCli(notifier, { scope, actorId, apply: options.apply }, table.read, print);
    }
    const input = await staffingInput(db, scope, table.read);
    const at = notifier.now();
    if (!options.apply) {
      const dryRun = await dryRunStaffingTable(db, scope, fileName, input);
      print(dryRunText(notifier, dryRun));
      return dryRun.plan ? 0 : 1;
    }
    const staged = await stageStaffingTable(db, { scope, actorId, at }, fileName, input);
    print(dryRunText(notifier, staged));
    if (!staged.plan) return 1;
    const blocked = options.additionsOnly ? (staged.additionsOnlyProblems ?? []) : [];
    if (blocked.length > 0) {
      print(
        [notifier.t('coordinatorImport.card.noAdditionsOnly'), ...blocked.map((p) => notifier.t(p.key, p.params))].join(
          '\n',
        ),
      );
      return 1;
    }
    if (staged.stagedImportId === undefined) return 0;
    const stagedImportId = staged.stagedImportId;
    const additionsOnly = options.additionsOnly === true;
    const outcome = await applyStagedStaffingImport(db, { stagedImportId, scope, actorId, at, additionsOnly });
    if (outcome.status !== 'applied') {
      print(notifier.t('coordinatorImport.changedSincePreview'));
      return 1;
    }
    await notifyStaffingChanges(notifier, outcome);
    print(notifier.t('coordinatorImport.card.appliedTitle'));
    return 0;
  } catch (error) {
    // Whatever fails is a sentence, never a stack trace: a bug is named by its message only.
    print(isBotError(error) ? notifier.t(error.messageKey, error.params) : unexpected(notifier, error));
    return 1;
  }
}

function unexpected(notifier: Notifier, error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  return notifier.t('coordinatorImport.cliFailed', { detail });
}

/** The coordinator named by `--as` with their roles (null when unknown); without it, an administrator. */
async function cliActor(db: Db, as: string | undefined): Promise<Actor | null> {
  if (as === undefined) return { person: null, roles: [], isAdmin: true };
  const phone = normalizePhone(as);
  const person = phone ? (await findPeopleByPhone(db, phone))[0] : await findPersonByChatUserOnAnyPlatform(db, as);
  if (!person?.active) return null;
  const roles = await activeRolesOf(db, person.id);
  return {
    person: { id: person.id, name: person.name, homeInstitutionId: person.homeInstitutionId, title: person.title },
    roles,
    isAdmin: roles.some((held) => held.role === 'ADMIN'),
  };
}
