import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssignment } from '../../src/db/queries/assignments.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { grantRole } from '../../src/db/queries/role-grants.js';
import { upsertRegionByCode } from '../../src/db/queries/regions.js';
import { testProviders } from '../support/db.js';
import { addFeishuPerson } from '../support/service-harness.js';
import { WHO, startSecurityWorld, type SecurityWorld } from './support.js';

/**
 * Issue 12 §2 from outside: self-grants, grants at institutions of the wrong kind, a bureau submitting a
 * hospital's monthly report through a forged button, returning it with a reason, and /取消指派 refusals
 * that named other hospitals' physicians and clinics.
 */
describe.each(testProviders())('role boundaries through the Feishu service (%s)', (provider) => {
  let w: SecurityWorld;
  const outsider = 'ou_sec_outsider';
  beforeAll(async () => {
    w = await startSecurityWorld(provider);
    const db = w.world.db;
    await upsertInstitutionByCode(db, {
      code: 'B-ZP',
      name: '漳平市卫健局',
      kind: 'HEALTH_BUREAU',
      regionCode: '350881',
    });
    const other = await upsertRegionByCode(db, { code: '350802', name: '新罗区', level: 'COUNTY', parentCode: '3508' });
    const outsiderId = await addFeishuPerson(w.harness, {
      name: '外区联络员',
      openId: outsider,
      phone: '13900001077',
      at: w.clock.now(),
    });
    await grantRole(db, {
      personId: outsiderId,
      role: 'REGION_COORDINATOR',
      regionId: other.id,
      grantedById: null,
      at: w.clock.now(),
    });
  }, 60_000);
  afterAll(() => w.harness.stop());

  const me = { open_id: WHO.county, name: '林卫健' };
  const physician = { open_id: WHO.physician, name: '王医生' };

  it('refuses a county coordinator granting itself clinic head, so it cannot confirm visits', async () => {
    expect(await w.say(WHO.county, '/授权 受援单位负责人 石门镇卫生院', [me])).toContain('不能给自己授予角色');
    expect(await w.world.db.roleGrant.count({ where: { personId: w.ids.county, role: 'CLINIC_HEAD' } })).toBe(0);
  });

  it('refuses 医务科联络员 at the health bureau and 负责人 at a hospital; allows them where they belong', async () => {
    expect(await w.say(WHO.county, '/授权 医务科联络员 漳平市卫健局', [physician])).toContain('只设在支援医院');
    expect(await w.say(WHO.county, '/授权 受援单位负责人 漳平市医院', [physician])).toContain('只设在支援医院');
    expect(await w.world.db.roleGrant.count({ where: { personId: w.ids.physician, revokedAt: null } })).toBe(1);
    expect(await w.say(WHO.county, '/授权 医务科联络员 漳平市医院', [physician])).toContain('王医生');
    expect(await w.world.db.roleGrant.count({ where: { personId: w.ids.physician, revokedAt: null } })).toBe(2);
  });

  it("lets only the hospital's coordinator submit its monthly report; a bureau returns it with a reason, audited", async () => {
    expect(await w.say(WHO.hospitalCoord, '/月报 2026-02')).toContain('提交');
    expect(await w.press(WHO.hospitalCoord, 'report.submit', WHO.county)).toContain('只有医务科联络员可以使用');
    expect(await w.press(WHO.hospitalCoord, 'report.submit', WHO.admin)).toContain(
      '只有漳平市医院自己的医务科联络员可以提交',
    );
    const obligations = () => w.world.db.reportingObligation.findMany({ where: { period: '2026-02' } });
    expect((await obligations()).map((o) => o.status)).not.toContain('SUBMITTED');

    await w.press(WHO.hospitalCoord, 'report.submit');
    expect((await obligations()).map((o) => o.status)).toEqual(['SUBMITTED']);

    expect(await w.say(WHO.county, '/退回 漳平市医院 2026-02')).toContain('需要写明理由');
    expect(await w.say(outsider, '/退回 漳平市医院 2026-02 不对')).toContain('没有找到名为“漳平市医院”的医院');
    expect(await w.say(WHO.county, '/退回 漳平市医院 2026-02 诊疗人次与日志不符')).toContain('已将漳平市医院 2026-02');
    expect((await obligations()).map((o) => o.status)).toEqual(['DRAFTED']);
    expect(w.sentTo(WHO.hospitalCoord)).toContain('理由：诊疗人次与日志不符');
    const entry = await w.world.db.auditLog.findFirst({ where: { action: 'report.return' } });
    expect(entry).toMatchObject({ actorId: w.ids.county, actorAccount: `FEISHU:${WHO.county}` });
    expect(entry?.details).toMatchObject({ reason: '诊疗人次与日志不符' });
    expect(await w.say(WHO.county, '/退回 漳平市医院 2026-02 再退一次')).toContain('还没有提交');
  });

  it('refuses /取消指派 of another region without naming its physician or clinic', async () => {
    const assignment = await createAssignment(w.world.db, {
      programId: w.world.program.id,
      physicianId: w.ids.physician,
      institutionId: w.world.fixture.clinic.id,
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      plannedDates: ['2026-03-20'],
      createdById: null,
      at: w.clock.now(),
    });
    const reply = await w.say(outsider, `/取消指派 #${assignment.id}`);
    expect(reply).toContain('不在您负责的单位或地区内');
    expect(reply).not.toContain('王医生');
    expect(reply).not.toContain('石门镇');
  });
});
