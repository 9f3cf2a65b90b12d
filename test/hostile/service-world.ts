import type { Institution, ServiceDay, ServiceDayCorrection } from '../../src/generated/sqlite/client.js';
import type { RoleName } from '../../src/core/context.js';
import type { Db } from '../../src/db/client.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { upsertRegionByCode } from '../../src/db/queries/regions.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import { requestServiceDayCorrection } from '../../src/db/queries/service-day-corrections.js';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { addDays, localDate } from '../../src/time/local.js';
import { addClinic, addPerson, buildBasicFixture, checkInAt, FIXTURE_TIME_ZONE } from '../support/fixtures.js';

/** Feishu open ids of the people in {@link HostileWorld}. */
export const WORLD_USERS = {
  /** The physician checked in today at 石门. */
  wang: 'ou_world_wang',
  /** Another physician, not checked in. */
  zhao: 'ou_world_zhao',
  /** Clinic head of 石门, where 王 is. */
  shimenHead: 'ou_world_head_shimen',
  /** Clinic head of 双洋, another clinic. */
  shuangyangHead: 'ou_world_head_shuangyang',
  /** Region coordinator of 新罗区, a county that is not 王's. */
  otherCountyCoordinator: 'ou_world_coord_xinluo',
} as const;

/**
 * Two physicians, two clinic heads of two clinics and a coordinator of another county; 王 checked in at
 * 石门 today and asked for a 补卡 of yesterday.
 */
export interface HostileWorld {
  shimen: Institution;
  shuangyang: Institution;
  wangDay: ServiceDay;
  wangCorrection: ServiceDayCorrection;
}

/**
 * Writes the world into a running service's database (the basic fixture plus chat identities and roles),
 * so that pushes from {@link WORLD_USERS} reach handlers as known people.
 */
export async function buildHostileWorld(db: Db, now: Date): Promise<HostileWorld> {
  const fixture = await buildBasicFixture(db);
  const shuangyang = await addClinic(db, 'C-SY', '双洋镇卫生院', fixture.township.code);
  const known = async (
    personId: number,
    openId: string,
    role: RoleName,
    scope: { institutionId?: number; regionId?: number } = {},
  ) => {
    await bindChatIdentity(db, {
      personId,
      platform: 'FEISHU',
      platformUserId: openId,
      method: 'SEED',
      boundById: null,
    });
    await grantRole(db, { personId, grantedById: null, at: now, role, ...scope });
  };
  const xinluo = await upsertRegionByCode(db, { code: '350802', name: '新罗区', level: 'COUNTY', parentCode: '3508' });
  await known(fixture.physician.id, WORLD_USERS.wang, 'PHYSICIAN');
  await known((await addPerson(db, '赵医生', fixture.hospital.id)).id, WORLD_USERS.zhao, 'PHYSICIAN');
  await known((await addPerson(db, '李院长')).id, WORLD_USERS.shimenHead, 'CLINIC_HEAD', {
    institutionId: fixture.clinic.id,
  });
  await known((await addPerson(db, '陈院长')).id, WORLD_USERS.shuangyangHead, 'CLINIC_HEAD', {
    institutionId: shuangyang.id,
  });
  await known((await addPerson(db, '林主任')).id, WORLD_USERS.otherCountyCoordinator, 'REGION_COORDINATOR', {
    regionId: xinluo.id,
  });
  const today = localDate(now, FIXTURE_TIME_ZONE);
  const { day } = await recordCheckIn(db, checkInAt(fixture, today, null, { at: now }));
  const wangCorrection = await requestServiceDayCorrection(db, {
    programId: fixture.program.id,
    physicianId: fixture.physician.id,
    institutionId: fixture.clinic.id,
    serviceDate: addDays(today, -1),
    reason: '手机没电，忘记签到',
    at: now,
  });
  return { shimen: fixture.clinic, shuangyang, wangDay: day, wangCorrection };
}
