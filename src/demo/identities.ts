import type { RoleName } from '../core/context.js';
import type { Db } from '../db/client.js';
import { listAssignmentsForPhysicianOverlapping } from '../db/queries/assignment-lists.js';
import { findPersonByChatUser } from '../db/queries/chat-identities.js';
import { findProgramById } from '../db/queries/programs.js';
import { activeGrantsOf } from '../db/queries/role-grants.js';
import type { Title } from '../generated/sqlite/enums.js';
import { ROLE_TERMS } from '../identity/role-words.js';
import type { Term } from '../i18n/glossary.js';
import { term } from '../i18n/locale.js';
import { displayWidth, pad } from '../platforms/sandbox/text-width.js';
import { addMonths, monthRange } from '../time/local.js';

/** A physician's assignment as the listing shows it. */
export interface DemoIdentityAssignment {
  program: string;
  clinic: string;
  latitude: number | null;
  longitude: number | null;
  startDate: string;
  endDate: string;
  plannedDates: string[];
}

/** One demo person as the database has them: who to act as, and what they may do. */
export interface DemoIdentity {
  openId: string;
  name: string;
  phone: string | null;
  homeInstitution: string | null;
  title: Title | null;
  specialty: string | null;
  roles: { role: RoleName; scope: string | null }[];
  /** Active assignments from the month before today's to the month after. */
  assignments: DemoIdentityAssignment[];
}

/**
 * Reads the demo people from the database by their Feishu open_ids, in the given order; an open_id
 * bound to no one is left out. Assignments are those overlapping the month before `today` to the month
 * after.
 */
export async function listDemoIdentities(db: Db, openIds: readonly string[], today: string): Promise<DemoIdentity[]> {
  const month = today.slice(0, 7);
  const from = monthRange(addMonths(month, -1)).first;
  const to = monthRange(addMonths(month, 1)).last;
  const programCodes = new Map<number, string>();
  const programCode = async (id: number) => {
    if (!programCodes.has(id)) programCodes.set(id, (await findProgramById(db, id))?.code ?? String(id));
    return programCodes.get(id) ?? String(id);
  };
  const out: DemoIdentity[] = [];
  for (const openId of openIds) {
    const person = await findPersonByChatUser(db, 'FEISHU', openId);
    if (!person) continue;
    const grants = await activeGrantsOf(db, person.id);
    const isPhysician = grants.some((g) => g.role === 'PHYSICIAN');
    const assignments = isPhysician ? await listAssignmentsForPhysicianOverlapping(db, person.id, from, to) : [];
    out.push({
      openId,
      name: person.name,
      phone: person.phone,
      homeInstitution: person.homeInstitution?.name ?? null,
      title: person.title,
      specialty: person.specialty,
      roles: grants.map((g) => ({ role: g.role, scope: g.scopeName })),
      assignments: await Promise.all(
        assignments.map(async (a) => ({
          program: await programCode(a.programId),
          clinic: a.institution.name,
          latitude: a.institution.latitude,
          longitude: a.institution.longitude,
          startDate: a.startDate,
          endDate: a.endDate,
          plannedDates: a.plannedDates.map((d) => d.date),
        })),
      ),
    });
  }
  return out;
}

/** The listing as JSON (what `npm run seed:demo -- --json` prints). */
export function formatIdentitiesJson(today: string, identities: readonly DemoIdentity[]): string {
  return JSON.stringify({ today, identities }, null, 2);
}

const TITLE_TERMS: Record<Title, Term> = {
  RESIDENT: 'resident',
  ATTENDING: 'attending',
  ASSOCIATE_CHIEF: 'associateChief',
  CHIEF: 'chief',
};

const zh = (name: Term) => term('zh-CN', name);

/** One assignment in a table cell: month, clinic, where it is, and the planned days (today marked). */
function assignmentCell(a: DemoIdentityAssignment, today: string): string {
  const where =
    a.latitude === null || a.longitude === null ? '' : ` (${a.latitude.toFixed(4)}, ${a.longitude.toFixed(4)})`;
  const days = a.plannedDates.map((d) => (d === today ? `${d.slice(5)}(今天)` : d.slice(5))).join(' ');
  return `${a.startDate.slice(0, 7)} ${a.clinic}${where} 计划 ${days}`;
}

function rowsOf(identity: DemoIdentity, today: string): string[][] {
  const roles = identity.roles.map((r) => zh(ROLE_TERMS[r.role])).join('、');
  const scope = identity.roles.flatMap((r) => r.scope ?? []).join('、') || identity.homeInstitution || '';
  const title = identity.title ? `${zh(TITLE_TERMS[identity.title])} ${identity.specialty ?? ''}`.trim() : '';
  const [first, ...rest] = identity.assignments.map((a) => assignmentCell(a, today));
  return [
    [identity.openId, identity.name, roles, scope, title, first ?? ''],
    ...rest.map((cell) => ['', '', '', '', '', cell]),
  ];
}

/** The listing as a text table, columns aligned for Chinese characters in a terminal. */
export function formatIdentitiesTable(today: string, identities: readonly DemoIdentity[]): string {
  const header = ['open_id', '姓名', '角色', '范围/单位', '职称 专业', `排班（今天 ${today}）`];
  const rows = [header, ...identities.flatMap((identity) => rowsOf(identity, today))];
  const widths = header.map((_, i) => Math.max(...rows.map((row) => displayWidth(row[i] ?? ''))));
  const line = (row: string[]) =>
    row
      .map((cell, i) => pad(cell, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '─'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}
