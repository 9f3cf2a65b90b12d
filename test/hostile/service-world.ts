import type { Institution, ServiceDay } from '../../src/generated/sqlite/client.js';
import type { RoleName } from '../../src/core/context.js';
import type { Db } from '../../src/db/client.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import { recordCheckIn } from '../../src/db/queries/service-days.js';
import { localDate } from '../../src/time/local.js';
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
} as const;

/** Two physicians and two clinic heads of two clinics; 王 checked in at 石门 today. */
export interface HostileWorld {
  shimen: Institution;
  shuangyang: Institution;
  wangDay: ServiceDay;
}

/**
 * Writes the world into a running service's database (the basic fixture plus chat identities and roles),
 * so that pushes from {@link WORLD_USERS} reach handlers as known people.
 */
export async function buildHostileWorld(db: Db, now: Date): Promise<HostileWorld> {
  const fixture = await buildBasicFixture(db);
  const shuangyang = await addClinic(db, 'C-SY', '双洋镇卫生院', fixture.township.code);
  const known = async (personId: number, openId: string, role: RoleName, institutionId?: number) => {
    await bindChatIdentity(db, { personId, platform: 'FEISHU', platformUserId: openId, method: 'SEED', boundById: null });
    await grantRole(db, { personId, grantedById: null, at: now, role, ...(institutionId ? { institutionId } : {}) });
  };
  await known(fixture.physician.id, WORLD_USERS.wang, 'PHYSICIAN');
  await known((await addPerson(db, '赵医生', fixture.hospital.id)).id, WORLD_USERS.zhao, 'PHYSICIAN');
  await known((await addPerson(db, '李院长')).id, WORLD_USERS.shimenHead, 'CLINIC_HEAD', fixture.clinic.id);
  await known((await addPerson(db, '陈院长')).id, WORLD_USERS.shuangyangHead, 'CLINIC_HEAD', shuangyang.id);
  const { day } = await recordCheckIn(
    db,
checkInAt(fixture, localDate(now, FIXTURE_TIME_ZONE), null, { at: now }));
  return { shimen: fixture.clinic, shuangyang, wangDay: day };
}
