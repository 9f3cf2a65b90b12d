import { createAssignment } from '../../src/db/queries/assignments.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { CLINICS } from '../../src/demo/clinics.js';
import { toSystem } from '../../src/geo/coordinates.js';
import type { Clock } from '../../src/time/clock.js';
import { addFeishuPerson, seedProgramWorld, type ServiceHarness } from '../support/service-harness.js';

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

/** A physician (王医生, ou_page_wang) assigned to 象湖镇卫生院 with a planned visit on `date`; a colleague. */
export async function seedPageWorld(harness: ServiceHarness, clock: Clock, date: string) {
  const { db, fixture, program } = await seedProgramWorld(harness);
  const clinic = await upsertInstitutionByCode(db, {
    code: fixture.clinic.code,
    name: CLINIC.name,
    kind: 'TOWNSHIP_HEALTH_CENTER',
    regionCode: fixture.township.code,
    latitude: CLINIC.latitude,
    longitude: CLINIC.longitude,
    geofenceRadiusM: 500,
  });
  const physicianId = await addFeishuPerson(harness, {
    name: '王医生',
    openId: 'ou_page_wang',
    phone: '13900007701',
    role: 'PHYSICIAN',
    at: clock.now(),
  });
  await addFeishuPerson(harness, {
    name: '赵医生',
    openId: 'ou_page_zhao',
    phone: '13900007702',
    role: 'PHYSICIAN',
    at: clock.now(),
  });
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
