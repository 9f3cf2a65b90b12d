import type { Db } from '../../src/db/client.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import { CLINICS } from '../../src/demo/clinics.js';
import { toSystem } from '../../src/geo/coordinates.js';
import type { CheckinLinks } from '../../src/checkin-page/links.js';
import type { Clock } from '../../src/time/clock.js';
import { seedProgramWorldIn } from '../support/service-harness.js';

/** 象湖镇卫生院 of the demo data (漳平), stored in WGS-84 with a 500 m fence. */
const XIANGHU = CLINICS.find((c) => c.key === 'xianghu');
if (!XIANGHU) throw new Error('demo clinic 象湖镇 missing');
export const CLINIC = { name: '漳平市象湖镇卫生院', latitude: XIANGHU.latitude, longitude: XIANGHU.longitude };

/** The clinic's door as the Feishu / DingTalk JSAPI reports it (GCJ-02): ~586 m off if taken raw. */
export const DOOR_GCJ02 = toSystem({ ...CLINIC, system: 'WGS84' }, 'GCJ02');

/** A point `metres` north of the clinic, in WGS-84 (what a browser reports). */
export function northOfClinic(metres: number): { latitude: number; longitude: number } {
  return { latitude: CLINIC.latitude + metres / 111_195, longitude: CLINIC.longitude };
}

/** The chat accounts of the page world's two physicians, per identity platform. */
export const PAGE_USERS = {
  FEISHU: { wang: 'ou_page_wang', zhao: 'ou_page_zhao' },
  DINGTALK: { wang: 'staff_page_wang', zhao: 'staff_page_zhao' },
} as const;

/** A physician with a chat account on `platform` (the sandbox borrows Feishu's); returns the person id. */
async function physician(
  db: Db,
  platform: keyof typeof PAGE_USERS,
  name: string,
  userId: string,
  phone: string,
  at: Date,
): Promise<number> {
  const { person } = await upsertPersonByPhone(db, { name, phone });
  await bindChatIdentity(db, {
    personId: person.id,
    platform,
    platformUserId: userId,
    method: 'SEED',
    boundById: null,
  });
  await grantRole(db, { personId: person.id, grantedById: null, at, role: 'PHYSICIAN' });
  return person.id;
}

/**
 * A physician (王医生, `PAGE_USERS[platform].wang`) assigned to 象湖镇卫生院 with a planned visit on
 * `date`, and a colleague (赵医生, `.zhao`). `addUser` registers them with the platform's emulator.
 */
export async function seedPageWorld(
  db: Db,
  clock: Clock,
  date: string,
  addUser?: (userId: string, name: string) => void,
  platform: keyof typeof PAGE_USERS = 'FEISHU',
) {
  const { fixture, program } = await seedProgramWorldIn(db);
  const clinic = await upsertInstitutionByCode(db, {
    code: fixture.clinic.code,
    name: CLINIC.name,
    kind: 'TOWNSHIP_HEALTH_CENTER',
    regionCode: fixture.township.code,
    latitude: CLINIC.latitude,
    longitude: CLINIC.longitude,
    geofenceRadiusM: 500,
  });
  const users = PAGE_USERS[platform];
  addUser?.(users.wang, '王医生');
  addUser?.(users.zhao, '赵医生');
  const physicianId = await physician(db, platform, '王医生', users.wang, '13900007701', clock.now());
  await physician(db, platform, '赵医生', users.zhao, '13900007702', clock.now());
  await createAssignment(db, {
    programId: program.id,
    physicianId,
    institutionId: clinic.id,
    startDate: `${date.slice(0, 7)}-01`,
    endDate: `${date.slice(0, 7)}-28`,
    plannedDates: [date],
    createdById: null,
    at: clock.now(),
  });
  return { db, clinicId: clinic.id, physicianId };
}

/** A fresh check-in link for 王医生's account on `platform`. */
export function wangsLink(
  links: CheckinLinks,
  world: { physicianId: number },
  platform: keyof typeof PAGE_USERS,
  purpose: 'CHECK_IN' | 'CHECK_OUT' = 'CHECK_IN',
): string {
  return links.mint({ personId: world.physicianId, purpose, platform, userId: PAGE_USERS[platform].wang });
}
