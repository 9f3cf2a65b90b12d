import type { Db } from '../../src/db/client.js';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { ensureProgramParticipant, upsertProgramByCode } from '../../src/db/queries/programs.js';
import { findRegionByCode, upsertRegionByCode } from '../../src/db/queries/regions.js';
import { ensureReportingObligation } from '../../src/db/queries/reporting.js';
import { submitReport } from '../../src/db/queries/report-submissions.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import type { Tx } from '../../src/db/queries/transaction.js';
import { saveWorkLog } from '../../src/db/queries/work-logs.js';
import { addDays, zonedInstant } from '../../src/time/local.js';
import { seededRandom } from '../../src/domain/seeded-random.js';

/** The sizes of P4's generated province-year (the issue's figures). */
export const PROVINCE_YEAR = { physicians: 2000, clinics: 1500, serviceDays: 30_000, cities: 9, countiesPerCity: 8 };

/** Who asks for the cards in P4, by open_id. */
export const P4_COORDINATORS = { province: 'ou_p4_province', city: 'ou_p4_city', hospital: 'ou_p4_hospital' };

const TIME_ZONE = 'Asia/Shanghai';
const HOSPITALS = 50;
const SPECIALTIES = ['内科', '外科', '儿科', '全科'];
/** Items written per transaction while generating. */
const CHUNK = 20;
/** A chunk's transaction may take this long: Prisma's default 5 s is exceeded on a loaded machine. */
const CHUNK_TIMEOUT_MS = 120_000;

async function inChunks<T>(db: Db, items: readonly T[], write: (tx: Tx, item: T, index: number) => Promise<void>) {
  for (let start = 0; start < items.length; start += CHUNK) {
    await db.$transaction(
      async (tx) => {
        for (const [offset, item] of items.slice(start, start + CHUNK).entries()) await write(tx, item, start + offset);
      },
      { timeout: CHUNK_TIMEOUT_MS, maxWait: CHUNK_TIMEOUT_MS },
    );
  }
}

/**
 * Generates a province-year through the query functions, as the service would have written it:
 * 福建省 with 9 cities of 8 counties, 1,500 clinics, 50 supporting hospitals with 40 physicians each, one
 * program over the year, each physician assigned three times for five days, 30,000 served days (with a
 * check-in, mostly confirmed, most with a work log) up to `today`, and the monthly reports of every
 * hospital for the months before, most submitted.
 */
export async function generateProvinceYear(db: Db, today: string): Promise<void> {
  const rng = seededRandom('p4-province-year');
  const random = rng.next;
  const year = today.slice(0, 4);
  await upsertRegionByCode(db, { code: '35', name: '福建省', level: 'PROVINCE', parentCode: null });
  const counties: string[] = [];
  for (let c = 1; c <= PROVINCE_YEAR.cities; c++) {
    const city = `35${String(c).padStart(2, '0')}`;
    await upsertRegionByCode(db, { code: city, name: `第${c}市`, level: 'CITY', parentCode: '35' });
    for (let k = 1; k <= PROVINCE_YEAR.countiesPerCity; k++) {
      const county = `${city}${String(k).padStart(2, '0')}`;
      await upsertRegionByCode(db, { code: county, name: `第${c}市第${k}县`, level: 'COUNTY', parentCode: city });
      counties.push(county);
    }
  }
  const program = await upsertProgramByCode(db, {
    code: `BENCH-P4-${year}`,
    name: `全省医师下基层 ${year}`,
    kind: 'GRASSROOTS_SUPPORT',
    regionCode: '35',
    startDate: `${year}-01-01`,
    endDate: `${year}-12-31`,
  });
  const clinicIds: number[] = [];
  await inChunks(db, Array.from({ length: PROVINCE_YEAR.clinics }), async (tx, _, i) => {
    const clinic = await upsertInstitutionByCode(tx, {
      code: `P4-C${i}`,
      name: `第${i}卫生院`,
      kind: 'TOWNSHIP_HEALTH_CENTER',
      regionCode: counties[i % counties.length] ?? '35',
    });
    await ensureProgramParticipant(tx, { programId: program.id, institutionId: clinic.id, side: 'RECIPIENT' });
    clinicIds.push(clinic.id);
  });
  const hospitalIds: number[] = [];
  for (let h = 0; h < HOSPITALS; h++) {
    const hospital = await upsertInstitutionByCode(db, {
      code: `P4-H${h}`,
      name: `第${h}医院`,
      kind: h < 10 ? 'PROVINCIAL_HOSPITAL' : 'COUNTY_HOSPITAL',
      regionCode: h < 10 ? '3501' : (counties[h] ?? '35'),
    });
    await ensureProgramParticipant(db, { programId: program.id, institutionId: hospital.id, side: 'SUPPORTING' });
    hospitalIds.push(hospital.id);
  }
  const months = Number(today.slice(5, 7));
  await inChunks(db, Array.from({ length: PROVINCE_YEAR.physicians }), async (tx, _, p) => {
    const homeInstitutionId = hospitalIds[p % HOSPITALS] ?? 0;
    const { person } = await upsertPersonByPhone(tx, {
      name: `医师${p}`,
      phone: `137${String(p).padStart(8, '0')}`,
      homeInstitutionId,
      title: 'ATTENDING',
      specialty: SPECIALTIES[p % SPECIALTIES.length] ?? null,
    });
    for (let a = 0; a < 3; a++) {
      const month = ((p + a * 4) % Math.max(1, months - 1)) + 1;
      const first = `${year}-${String(month).padStart(2, '0')}-03`;
      const planned = [0, 4, 8, 12, 16].map((d) => addDays(first, d));
      const clinicId = clinicIds[Math.floor(random() * clinicIds.length)] ?? 0;
      const assignment = await createAssignment(tx, {
        programId: program.id,
        physicianId: person.id,
        institutionId: clinicId,
        startDate: `${year}-${String(month).padStart(2, '0')}-01`,
        endDate: addDays(first, 25),
        plannedDates: planned,
        createdById: null,
        at: new Date(),
      });
      for (const date of planned) {
        const at = zonedInstant(date, '08:30', TIME_ZONE);
        const { day } = await recordCheckIn(tx, {
          programId: program.id,
          assignmentId: assignment.id,
          physicianId: person.id,
          institutionId: clinicId,
          serviceDate: date,
          at,
          method: 'LOCATION',
          verification: random() < 0.9 ? 'VERIFIED' : 'UNVERIFIED',
          sourceId: `p4-${assignment.id}-${date}`,
        });
        if (random() < 0.85) {
          await saveWorkLog(tx, {
            serviceDayId: day.id,
            values: {
              patients: 10 + Math.floor(random() * 30),
              lectures: random() < 0.2 ? 1 : 0,
              training: Math.floor(random() * 5),
            },
            authorId: person.id,
            at,
          });
        }
      }
    }
  });
  await inChunks(db, hospitalIds, async (tx, hospitalId) => {
    for (let m = 1; m < months; m++) {
      const period = `${year}-${String(m).padStart(2, '0')}`;
      const due = `${year}-${String(m + 1).padStart(2, '0')}-02`;
      const obligation = await ensureReportingObligation(
        tx,
        { programId: program.id, institutionId: hospitalId, kind: 'MONTHLY_WORKLOAD', period },
        due,
      );
      if (random() < 0.9) {
        await submitReport(tx, {
          obligationId: obligation.id,
          figures: {},
          byId: null,
          at: zonedInstant(due, '10:00', TIME_ZONE),
        });
      }
    }
  });
  await registerCoordinators(db, hospitalIds[0] ?? 0);
}

/** The three coordinators P4 asks as: the province bureau, 第5市's bureau and the first hospital's 医务科. */
async function registerCoordinators(db: Db, hospitalId: number): Promise<void> {
  const region = async (code: string) => (await findRegionByCode(db, code))?.id ?? 0;
  const coordinators = [
    { openId: P4_COORDINATORS.province, role: 'REGION_COORDINATOR' as const, regionId: await region('35') },
    { openId: P4_COORDINATORS.city, role: 'REGION_COORDINATOR' as const, regionId: await region('3505') },
    { openId: P4_COORDINATORS.hospital, role: 'HOSPITAL_COORDINATOR' as const, institutionId: hospitalId },
  ];
  for (const [i, c] of coordinators.entries()) {
    const { person } = await upsertPersonByPhone(db, { name: `联络员${i}`, phone: `136${String(i).padStart(8, '0')}` });
    await bindChatIdentity(db, {
      personId: person.id,
      platform: 'FEISHU',
      platformUserId: c.openId,
      method: 'SEED',
      boundById: null,
    });
    const { openId: _openId, ...grant } = c;
    await grantRole(db, { personId: person.id, grantedById: null, at: new Date(), ...grant });
  }
}
