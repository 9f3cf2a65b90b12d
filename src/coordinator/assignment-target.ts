import type { Institution, Program } from '../generated/sqlite/client.js';
import type { CommandArgs, Context } from '../core/context.js';
import { badArguments } from '../core/bad-arguments.js';
import { BotError } from '../core/errors.js';
import { findPhysiciansByName } from '../db/queries/assignment-lookups.js';
import { findInstitutionByNameOrAlias } from '../db/queries/institutions.js';
import type { PersonWithHome } from '../db/queries/people.js';
import { findProgramByCode } from '../db/queries/programs.js';
import { oneMentionAndWords, registeredPersonOf } from '../identity/command-input.js';
import { rolesNamed } from '../permissions/actor-roles.js';
import { canAssign } from '../permissions/assignments.js';
import { localDate } from '../time/local.js';
import { sortAssignmentWords, type AssignmentWhen } from './assignment-input.js';

/**
 * Who, where and when a `/指派` or `/取消指派` is about: `@王医生 桂林卫生院 2026-12` or, without the
 * @-mention, `王秀英 桂林卫生院 12-03 12-10` (the name is looked up among the physicians the caller may
 * assign). The caller's permission for this physician at this clinic is checked here.
 */
export interface AssignmentTarget {
  physician: PersonWithHome;
  clinic: Institution;
  /** A program named by its code, or null. */
  program: Program | null;
  when: AssignmentWhen | undefined;
}

/** How many candidates an "ambiguous" reply lists. */
const CANDIDATES_SHOWN = 5;
/** Program codes are Latin letters, digits and hyphens (`DEMO-ZP-GRASSROOTS-2026`). */
const PROGRAM_CODE = /^[A-Za-z][\w-]*$/;

/**
 * Reads the target from a command's arguments.
 * @throws BotError BAD_ARGUMENTS for missing or unreadable words, NOT_FOUND for an unknown physician or
 *   clinic, OUT_OF_SCOPE when the caller may not assign this physician there.
 */
export async function resolveAssignmentTarget(ctx: Context, args: CommandArgs): Promise<AssignmentTarget> {
  const mentioned = args.mentions.length > 0 ? oneMentionAndWords(args) : undefined;
  const words = mentioned?.words ?? args.tokens.map((token) => token.replace(/^@/, ''));
  const sorted = sortAssignmentWords(words, localDate(ctx.now(), ctx.timeZone));
  const { program, names } = await takeProgram(ctx, sorted.names);
  const [first, ...rest] = names;
  if (!mentioned && first === undefined) throw badArguments('coordinator.assign.missing');
  const physician = mentioned
    ? await registeredPersonOf(ctx, mentioned.mention)
    : await physicianNamed(ctx, first ?? '');
  const clinicName = (mentioned ? names : rest).join('');
  if (clinicName === '') throw badArguments('coordinator.assign.needClinic', { physician: physician.name });
  const clinic = await clinicNamed(clinicName);
  if (!canAssign(ctx.actor, { home: physician.homeInstitution, clinic })) {
    throw new BotError('OUT_OF_SCOPE', 'coordinator.assign.outOfScope', {
      physician: physician.name,
      clinic: clinic.name,
    });
  }
  return { physician, clinic, program, when: sorted.when };

  async function clinicNamed(name: string): Promise<Institution> {
    const found = await findInstitutionByNameOrAlias(ctx.db, name);
    const [best] = found;
    if (!best) throw badArguments('coordinator.assign.unknownClinic', { name });
    if (found.length > 1 && best.name !== name) {
      throw ambiguous(
        name,
        found.map((i) => i.name),
      );
    }
    return best;
  }
}

/** The first word that is a program's code, and the other words. */
async function takeProgram(
  ctx: Context,
  words: readonly string[],
): Promise<{ program: Program | null; names: string[] }> {
  for (const [index, word] of words.entries()) {
    const program = PROGRAM_CODE.test(word) ? await findProgramByCode(ctx.db, word.toUpperCase()) : null;
    if (program) return { program, names: words.filter((_, i) => i !== index) };
  }
  return { program: null, names: [...words] };
}

/**
 * The one physician of this name the caller may assign: a hospital coordinator's own physicians, or
 * (for region coordinators and administrators, who assign any hospital's physicians to their clinics)
 * every physician.
 */
async function physicianNamed(ctx: Context, name: string): Promise<PersonWithHome> {
  const ownHospitals = rolesNamed(ctx.actor, 'HOSPITAL_COORDINATOR').flatMap((held) =>
    held.institutionId === undefined ? [] : [held.institutionId],
  );
  const anyHospital = ctx.actor.isAdmin || rolesNamed(ctx.actor, 'REGION_COORDINATOR').length > 0;
  const found = await findPhysiciansByName(ctx.db, name, anyHospital ? {} : { homeInstitutionIds: ownHospitals });
  const [only] = found;
  if (!only) throw new BotError('NOT_FOUND', 'coordinator.assign.unknownPhysician', { name });
  if (found.length > 1) {
    throw ambiguous(
      name,
      found.map((p) => ctx.t('coordinator.assign.candidate', { name: p.name, home: p.homeInstitution?.name ?? '' })),
    );
  }
  return only;
}

function ambiguous(name: string, candidates: readonly string[]): BotError {
  return badArguments('coordinator.assign.ambiguous', {
    name,
    candidates: candidates.slice(0, CANDIDATES_SHOWN).join('、'),
  });
}
