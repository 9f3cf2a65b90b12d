import type { Db } from '../../src/db/client.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { addGroupSubscription, upsertChatGroup } from '../../src/db/queries/groups.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { ensureProgramParticipant, upsertProgramByCode } from '../../src/db/queries/programs.js';
import { ensureReportingObligation } from '../../src/db/queries/reporting.js';
import { grantRole, type GrantInput } from '../../src/db/queries/role-grants.js';
import { addMonths } from '../../src/time/local.js';
import type { FeishuEmulator } from '../../test/emulator/feishu/index.js';
import { APP } from '../../test/feishu/support.js';
import { buildBasicFixture } from '../../test/support/fixtures.js';
import { addRecipientClinic } from './clinics.js';
import type { MonthSize, PlannedVisit } from './month-plan.js';

/** Who is who in the simulated month, by plan index. */
export interface MonthWorld {
  physicians: { id: number; openId: string }[];
  /** The head of each clinic. */
  heads: { id: number; openId: string }[];
  /** Where each clinic is (a check-in is a location message sent from there). */
  clinicPositions: { latitude: number; longitude: number }[];
  /** The group subscribed to the county's weekly visit schedule. */
  groupChatId: string;
}

/** Clinic `i` on a grid 0.02° (about 2 km) apart. */
export function clinicPosition(i: number) {
  return { latitude: 24.5 + Math.floor(i / 40) * 0.02, longitude: 117 + (i % 40) * 0.02 };
}

/** A person with a Feishu identity and a role, known to the emulator's directory. */
async function addChatPerson(
  db: Db,
  emulator: FeishuEmulator,
  person: { name: string; phone: string; openId: string; homeInstitutionId?: number },
  grant: Omit<GrantInput, 'personId' | 'grantedById' | 'at'>,
) {
  const { openId, ...fields } = person;
  const { person: row } = await upsertPersonByPhone(db, fields);
  await bindChatIdentity(db, {
    personId: row.id,
    platform: 'FEISHU',
    platformUserId: openId,
    method: 'SEED',
    boundById: null,
  });
  await grantRole(db, { ...grant, personId: row.id, grantedById: null, at: new Date() } as GrantInput);
  emulator.state.addUser({ open_id: openId, name: person.name });
  return { id: row.id, openId };
}

/**
 * Seeds the month through the query functions: one program over the month (its monthly minimum off:
 * clinic heads' confirmation clicks are not simulated, so a minimum would nudge everybody from the
 * 20th), `size.clinics` clinics with a head each, `size.physicians` physicians each assigned to their
 * clinic on their planned days, the supporting hospital's coordinator owing last month's report (due the
 * 2nd: the deadline ladder climbs), the county bureau above it, and a group subscribed to the county's
 * weekly visit schedule (the Monday broadcast).
 */
export async function seedMonthWorld(
  db: Db,
  emulator: FeishuEmulator,
  size: MonthSize,
  visits: readonly PlannedVisit[],
): Promise<MonthWorld> {
  const fixture = await buildBasicFixture(db);
  const month = size.first.slice(0, 7);
  const program = await upsertProgramByCode(db, {
    code: `BENCH-P6-${month}`,
    name: '模拟月份项目',
    kind: 'GRASSROOTS_SUPPORT',
    regionCode: fixture.county.code,
    startDate: addMonths(month, -1) + '-01',
    endDate: `${addMonths(month, 1)}-28`,
    minServiceDaysPerMonth: 0,
  });
  await ensureProgramParticipant(db, { programId: program.id, institutionId: fixture.hospital.id, side: 'SUPPORTING' });
  const clinicIds: number[] = [];
  const heads: MonthWorld['heads'] = [];
  for (let i = 0; i < size.clinics; i++) {
    const clinic = await addRecipientClinic(db, program.id, {
      code: `P6-C${i}`,
      name: `模拟卫生院${i}`,
      regionCode: fixture.township.code,
      ...clinicPosition(i),
    });
    clinicIds.push(clinic.id);
    const head = { name: `院长${i}`, phone: `138${String(i).padStart(8, '0')}`, openId: `ou_p6_head_${i}` };
    heads.push(await addChatPerson(db, emulator, head, { role: 'CLINIC_HEAD', institutionId: clinic.id }));
  }
  const physicians: MonthWorld['physicians'] = [];
  for (let p = 0; p < size.physicians; p++) {
    const person = {
      name: `医师${p}`,
      phone: `139${String(p).padStart(8, '0')}`,
      openId: `ou_p6_${p}`,
      homeInstitutionId: fixture.hospital.id,
    };
    physicians.push(await addChatPerson(db, emulator, person, { role: 'PHYSICIAN' }));
  }
  const byPhysician = new Map<number, PlannedVisit[]>();
  for (const visit of visits) byPhysician.set(visit.physician, [...(byPhysician.get(visit.physician) ?? []), visit]);
  for (const [p, own] of byPhysician) {
    const dates = own.map((visit) => visit.date);
    await createAssignment(db, {
      programId: program.id,
      physicianId: physicians[p]?.id ?? 0,
      institutionId: clinicIds[own[0]?.clinic ?? 0] ?? 0,
      startDate: dates[0] ?? size.first,
      endDate: dates[dates.length - 1] ?? size.first,
      plannedDates: dates,
      createdById: null,
      at: new Date(),
    });
  }
  await seedLadderAndBroadcast(db, emulator, fixture, program.id, month);
  return { physicians, heads, clinicPositions: clinicIds.map((_, i) => clinicPosition(i)), groupChatId: GROUP_CHAT };
}

const GROUP_CHAT = 'oc_p6_county_group';

async function seedLadderAndBroadcast(
  db: Db,
  emulator: FeishuEmulator,
  fixture: Awaited<ReturnType<typeof buildBasicFixture>>,
  programId: number,
  month: string,
) {
  await ensureReportingObligation(
    db,
    { programId, institutionId: fixture.hospital.id, kind: 'MONTHLY_WORKLOAD', period: addMonths(month, -1) },
    `${month}-02`,
  );
  const coordinator = { name: '医务科', phone: '13700000001', openId: 'ou_p6_hospital' };
  await addChatPerson(db, emulator, coordinator, { role: 'HOSPITAL_COORDINATOR', institutionId: fixture.hospital.id });
  const bureau = { name: '卫健局', phone: '13700000002', openId: 'ou_p6_county' };
  await addChatPerson(db, emulator, bureau, { role: 'REGION_COORDINATOR', regionId: fixture.county.id });
  emulator.state.addGroup({ name: '漳平巡诊公告', chat_id: GROUP_CHAT, botAppIds: [APP.appId] });
  const group = await upsertChatGroup(db, {
    platform: 'FEISHU',
    chatId: GROUP_CHAT,
    name: '漳平巡诊公告',
    at: new Date(),
  });
  await addGroupSubscription(db, { groupId: group.id, topic: 'SCHEDULE', regionId: fixture.county.id, at: new Date() });
}
