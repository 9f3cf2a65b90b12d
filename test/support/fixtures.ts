import type { Institution, Person, Program, Region } from '../../src/generated/sqlite/client.js';
import type { Db } from '../../src/db/client.js';
import { upsertRegionByCode } from '../../src/db/queries/regions.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { ensureProgramParticipant, upsertProgramByCode } from '../../src/db/queries/programs.js';
import type { CheckIn } from '../../src/db/queries/service-days.js';
import { zonedInstant } from '../../src/time/local.js';

/** The time zone fixture instants are in. */
export const FIXTURE_TIME_ZONE = 'Asia/Shanghai';

/**
 * A minimal world for database tests: 福建省 → 龙岩市 → 漳平市 → 石门镇, one county hospital sending
 * physicians, one township clinic receiving them, one physician and one program running through 2023.
 * Built with the real upserts, so it is also what a seed would write.
 */
export interface BasicFixture {
  province: Region;
  city: Region;
  county: Region;
  township: Region;
  hospital: Institution;
  clinic: Institution;
  physician: Person;
  program: Program;
}

/** Builds the basic fixture in an empty database. */
export async function buildBasicFixture(db: Db): Promise<BasicFixture> {
  const province = await upsertRegionByCode(db, { code: '35', name: '福建省', level: 'PROVINCE', parentCode: null });
  const city = await upsertRegionByCode(db, { code: '3508', name: '龙岩市', level: 'CITY', parentCode: '35' });
  const county = await upsertRegionByCode(db, { code: '350881', name: '漳平市', level: 'COUNTY', parentCode: '3508' });
  const township = await upsertRegionByCode(db, {
    code: '350881101',
    name: '石门镇',
    level: 'TOWNSHIP',
    parentCode: '350881',
  });
  const hospital = await upsertInstitutionByCode(db, {
    code: 'H-ZP',
    name: '漳平市医院',
    kind: 'COUNTY_HOSPITAL',
    regionCode: '350881',
  });
  const clinic = await addClinic(db, 'C-SM', '石门镇卫生院', '350881101');
  const physician = await addPerson(db, '王医生', hospital.id);
  const program = await upsertProgramByCode(db, {
    code: 'GS-2023',
    name: '医师下基层 2023',
    kind: 'GRASSROOTS_SUPPORT',
    regionCode: '350881',
    startDate: '2023-01-01',
    endDate: '2023-12-31',
  });
  await ensureProgramParticipant(db, { programId: program.id, institutionId: hospital.id, side: 'SUPPORTING' });
  await ensureProgramParticipant(db, { programId: program.id, institutionId: clinic.id, side: 'RECIPIENT' });
  return { province, city, county, township, hospital, clinic, physician, program };
}

/** Adds a township health center in an existing region. */
export function addClinic(db: Db, code: string, name: string, regionCode: string): Promise<Institution> {
  return upsertInstitutionByCode(db, { code, name, kind: 'TOWNSHIP_HEALTH_CENTER', regionCode });
}

/** Adds an attending physician (people.ts belongs to another module, so this writes the row directly). */
export function addPerson(db: Db, name: string, homeInstitutionId: number | null = null): Promise<Person> {
  return db.person.create({ data: { name, homeInstitutionId, title: 'ATTENDING' } });
}

/**
 * A verified location check-in of the fixture physician at the fixture clinic at 08:30 local time on
 * `serviceDate`, caused by chat message `sourceId`.
 */
export function checkInAt(
  f: BasicFixture,
  serviceDate: string,
  sourceId: string | null,
  overrides: Partial<CheckIn> = {},
): CheckIn {
  return {
    programId: f.program.id,
    assignmentId: null,
    physicianId: f.physician.id,
    institutionId: f.clinic.id,
    serviceDate,
    at: zonedInstant(serviceDate, '08:30', FIXTURE_TIME_ZONE),
    method: 'LOCATION',
    verification: 'VERIFIED',
    latitude: 25.29,
    longitude: 117.42,
    accuracyM: 20,
    distanceM: 35,
    sourceId,
    ...overrides,
  };
}
