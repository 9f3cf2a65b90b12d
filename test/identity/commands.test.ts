import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { bindCommand } from '../../src/commands/bind.js';
import { grantCommand } from '../../src/commands/grant.js';
import { revokeCommand } from '../../src/commands/revoke.js';
import { whoamiCommand } from '../../src/commands/whoami.js';
import type { CommandDefinition } from '../../src/core/context.js';
import { resolveActor } from '../../src/core/identity.js';
import { bindChatIdentity } from '../../src/db/queries/chat-identities.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { activeGrantsOf, grantRole } from '../../src/db/queries/role-grants.js';
import { upsertRegionByCode } from '../../src/db/queries/regions.js';
import type { Institution, Person } from '../../src/generated/sqlite/client.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { addClinic, buildBasicFixture, type BasicFixture } from '../support/fixtures.js';
import { argsFrom, commandContext } from './command-context.js';

const now = new Date('2023-07-03T02:00:00Z');
const ADMIN_ID = 'ou_admin';

describe.each(testProviders())('identity commands on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;
  let siblingClinic: Institution;
  /** People by role: registered with phones, some bound and granted in beforeAll. */
  let county: Person;
  let hospitalCoordinator: Person;
  let wang: Person;
  let head: Person;
  let sibling: Person;
  let verified: Record<string, string>;

  /** Runs a command as the sender, with the actor the core would resolve. */
  async function run(
    command: CommandDefinition,
    senderId: string,
    text: string,
    mentions: { userId: string; name: string }[] = [],
  ) {
    const actor = await resolveActor(database.db, 'FEISHU', senderId, [ADMIN_ID]);
    const { ctx, captured } = commandContext({
      db: database.db,
      actor,
      senderId,
      now,
      verifiedMobile: async (userId) => verified[userId],
    });
    await command.run(ctx, argsFrom(text, mentions));
    return captured;
  }

  async function bindSeed(person: Person, userId: string) {
    await bindChatIdentity(database.db, {
      personId: person.id,
      platform: 'FEISHU',
      platformUserId: userId,
      method: 'SEED',
      boundById: null,
    });
  }

  const auditCount = (action: string) => database.db.auditLog.count({ where: { action } });
  const identityOf = (userId: string) =>
    database.db.chatIdentity.findUnique({
      where: { platform_platformUserId: { platform: 'FEISHU', platformUserId: userId } },
    });

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    await upsertRegionByCode(database.db, { code: '350802', name: '新罗区', level: 'COUNTY', parentCode: '3508' });
    siblingClinic = await addClinic(database.db, 'C-XP', '西陂卫生院', '350802');
    const person = async (name: string, phone: string, homeInstitutionId: number | null) =>
      (await upsertPersonByPhone(database.db, { name, phone, homeInstitutionId, title: 'ATTENDING' })).person;
    county = await person('苏建明', '13500000001', null);
    hospitalCoordinator = await person('吴国华', '13500000002', f.hospital.id);
    wang = await person('王建国', '13812345678', f.hospital.id);
    head = await person('杨建华', '13500000004', f.clinic.id);
    sibling = await person('罗志明', '13500000005', siblingClinic.id);
    await bindSeed(county, 'ou_county');
    await bindSeed(hospitalCoordinator, 'ou_hc');
    await bindSeed(head, 'ou_head');
    await grantRole(database.db, {
      personId: county.id,
      role: 'REGION_COORDINATOR',
      regionId: f.county.id,
      grantedById: null,
      at: now,
    });
    await grantRole(database.db, {
      personId: hospitalCoordinator.id,
      role: 'HOSPITAL_COORDINATOR',
      institutionId: f.hospital.id,
      grantedById: null,
      at: now,
    });
  });
  afterAll(() => database.destroy());
  beforeEach(() => {
    verified = {};
  });

  describe('/绑定', () => {
    const wangMention = [{ userId: 'ou_wang', name: '王建国' }];

    it("binds a physician of the coordinator's hospital on the coordinator's word, audited", async () => {
      const captured = await run(bindCommand, 'ou_hc', '@王建国 138 1234 5678', wangMention);
      expect(captured.replies).toEqual([
        '已将 @王建国 绑定为 王建国（漳平市医院）。\n平台未提供核验手机号，以您的确认为准，已记入审计日志。',
      ]);
      expect(await identityOf('ou_wang')).toMatchObject({
        personId: wang.id,
        boundBy: 'COORDINATOR',
        boundById: hospitalCoordinator.id,
      });
      const [entry] = await database.db.auditLog.findMany({
        where: { action: 'identity.bind', actorId: hospitalCoordinator.id },
      });
      expect(entry).toMatchObject({
        entity: 'ChatIdentity',
        institutionId: f.hospital.id,
        regionPath: f.county.path,
        details: { personId: wang.id, method: 'COORDINATOR', verifiedMobile: 'unavailable' },
      });
      expect(captured.notices).toEqual([
        expect.objectContaining({ to: { personId: wang.id }, purpose: 'identity.bound' }),
      ]);
    });

    it('changes nothing, and audits nothing, when bound again', async () => {
      const before = await auditCount('identity.bind');
      const captured = await run(bindCommand, 'ou_hc', '@王建国 13812345678', wangMention);
      expect(captured.replies).toEqual(['@王建国 已经绑定为 王建国，无需重复绑定。']);
      expect(await auditCount('identity.bind')).toBe(before);
    });

    it('refuses an account already bound to someone else', async () => {
      const before = await auditCount('identity.bind');
      await upsertPersonByPhone(database.db, {
        name: '陈医生',
        phone: '13500000006',
        homeInstitutionId: f.hospital.id,
      });
      await expect(run(bindCommand, 'ou_hc', '@王建国 13500000006', wangMention)).rejects.toMatchObject({
        code: 'CONFLICT',
        messageKey: 'identity.accountTaken',
      });
      expect(await auditCount('identity.bind')).toBe(before);
    });

    it('records a platform-verified match', async () => {
      verified = { ou_chen: '+8613500000006' };
      const captured = await run(bindCommand, 'ou_county', '@陈医生 13500000006', [
        { userId: 'ou_chen', name: '陈医生' },
      ]);
      expect(captured.replies[0]).toContain('手机号已由平台核验一致');
      expect(await identityOf('ou_chen')).toMatchObject({ boundBy: 'VERIFIED_MOBILE', boundById: county.id });
    });

    it('refuses a binding when the platform verified a different number', async () => {
      verified = { ou_head2: '13999999999' };
      await upsertPersonByPhone(database.db, { name: '邓福林', phone: '13500000007', homeInstitutionId: f.clinic.id });
      await expect(
        run(bindCommand, 'ou_county', '@邓福林 13500000007', [{ userId: 'ou_head2', name: '邓福林' }]),
      ).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'security.bindMobileMismatch' });
      expect(await identityOf('ou_head2')).toBeNull();
    });

    it('keeps coordinators to their own hospital or region', async () => {
      const clinicPerson = [{ userId: 'ou_yang2', name: '杨建华' }];
      await expect(run(bindCommand, 'ou_hc', '@杨建华 13500000004', clinicPerson)).rejects.toMatchObject({
        code: 'OUT_OF_SCOPE',
      });
      const siblingPerson = [{ userId: 'ou_luo', name: '罗志明' }];
      await expect(run(bindCommand, 'ou_county', '@罗志明 13500000005', siblingPerson)).rejects.toMatchObject({
        code: 'OUT_OF_SCOPE',
        messageKey: 'identity.bindOutOfScope',
      });
      expect(await identityOf('ou_luo')).toBeNull();
      // An administrator may bind anyone.
      await run(bindCommand, ADMIN_ID, '@罗志明 13500000005', siblingPerson);
      expect(await identityOf('ou_luo')).toMatchObject({ personId: sibling.id, boundBy: 'ADMIN', boundById: null });
    });

    it('refuses a self-bind by a typed phone, but accepts one the platform verifies', async () => {
      const self = [{ userId: ADMIN_ID, name: '程立新' }];
      await upsertPersonByPhone(database.db, {
        name: '程立新',
        phone: '13500000008',
        homeInstitutionId: f.hospital.id,
      });
      await expect(run(bindCommand, ADMIN_ID, '@程立新 13500000008', self)).rejects.toMatchObject({
        code: 'FORBIDDEN',
        messageKey: 'identity.selfBindRefused',
      });
      expect(await identityOf(ADMIN_ID)).toBeNull();
      verified = { [ADMIN_ID]: '13500000008' };
      await run(bindCommand, ADMIN_ID, '@程立新 13500000008', self);
      expect(await identityOf(ADMIN_ID)).toMatchObject({ boundBy: 'VERIFIED_MOBILE' });
    });

    it.each([
      ['no mention', '13812345678', [], 'identity.needOneMention'],
      ['no phone', '@王建国', [{ userId: 'ou_x', name: '王建国' }], 'identity.needPhone'],
      ['a bad phone', '@王建国 12345', [{ userId: 'ou_x', name: '王建国' }], 'identity.badPhone'],
      ['a landline', '@王建国 0597-7531234', [{ userId: 'ou_x', name: '王建国' }], 'identity.badPhone'],
    ])('refuses %s as bad arguments', async (_case, text, mentions, messageKey) => {
      await expect(run(bindCommand, 'ou_hc', text, mentions)).rejects.toMatchObject({
        code: 'BAD_ARGUMENTS',
        messageKey,
      });
    });

    it('says when nobody has the number', async () => {
      await expect(
        run(bindCommand, 'ou_hc', '@某人 13700000000', [{ userId: 'ou_x', name: '某人' }]),
      ).rejects.toMatchObject({
        code: 'NOT_FOUND',
        messageKey: 'identity.personNotFound',
      });
    });
  });

  describe('/授权 and /撤销', () => {
    const wangMention = [{ userId: 'ou_wang', name: '王建国' }];

    it('lets an administrator make a county coordinator, audited, once', async () => {
      await bindSeed(sibling, 'ou_luo_region');
      const mention = [{ userId: 'ou_luo_region', name: '罗志明' }];
      const captured = await run(grantCommand, ADMIN_ID, '@罗志明 卫健部门联络员 漳平市', mention);
      expect(captured.replies).toEqual(['已授予 罗志明“卫健部门联络员”角色（漳平市）。']);
      expect(captured.notices).toEqual([
        expect.objectContaining({ to: { personId: sibling.id }, purpose: 'identity.granted' }),
      ]);
      const grants = await activeGrantsOf(database.db, sibling.id);
      expect(grants.map((g) => g.scope)).toEqual([
        { role: 'REGION_COORDINATOR', regionId: f.county.id, regionPath: f.county.path },
      ]);
      expect(
        await database.db.auditLog.count({ where: { action: 'role.grant', entityId: String(grants[0]?.id) } }),
      ).toBe(1);

      const again = await run(grantCommand, ADMIN_ID, '@罗志明 卫健局 350881', mention);
      expect(again.replies).toEqual(['罗志明 已经是“卫健部门联络员”（漳平市），无需重复授予。']);
      expect(
        await database.db.auditLog.count({ where: { action: 'role.grant', entityId: String(grants[0]?.id) } }),
      ).toBe(1);
    });

    it('lets a county coordinator appoint a hospital coordinator in the county', async () => {
      const captured = await run(grantCommand, 'ou_county', '@王建国 医务科 漳平市医院', wangMention);
      expect(captured.replies).toEqual(['已授予 王建国“医务科联络员”角色（漳平市医院）。']);
      const [entry] = await database.db.auditLog.findMany({ where: { action: 'role.grant', actorId: county.id } });
      expect(entry).toMatchObject({
        institutionId: f.hospital.id,
        regionPath: f.county.path,
        details: { personId: wang.id },
      });
    });

    it('keeps a county coordinator out of other counties and other roles', async () => {
      await expect(run(grantCommand, 'ou_county', '@王建国 院长 西陂卫生院', wangMention)).rejects.toMatchObject({
        code: 'FORBIDDEN',
        messageKey: 'identity.grantForbidden',
      });
      await expect(run(grantCommand, 'ou_county', '@王建国 卫健部门联络员 漳平市', wangMention)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      await expect(run(grantCommand, 'ou_hc', '@王建国 院长 石门镇卫生院', wangMention)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      expect((await activeGrantsOf(database.db, wang.id)).map((g) => g.role)).toEqual(['HOSPITAL_COORDINATOR']);
    });

    it.each([
      ['an unknown role', '@王建国 护士 漳平市医院', 'BAD_ARGUMENTS', 'identity.unknownRole'],
      ['a missing role', '@王建国', 'BAD_ARGUMENTS', 'identity.needRole'],
      ['a missing institution', '@王建国 医务科联络员', 'BAD_ARGUMENTS', 'identity.needInstitution'],
      ['a missing region', '@王建国 卫健局', 'BAD_ARGUMENTS', 'identity.needRegion'],
      ['a scope for a physician', '@王建国 医生 漳平市医院', 'BAD_ARGUMENTS', 'identity.scopeNotNeeded'],
      ['an unknown institution', '@王建国 院长 火星卫生院', 'NOT_FOUND', 'identity.institutionNotFound'],
      ['an unknown region', '@王建国 卫健局 火星市', 'NOT_FOUND', 'identity.regionNotFound'],
    ])('refuses %s', async (_case, text, code, messageKey) => {
      await expect(run(grantCommand, ADMIN_ID, text, wangMention)).rejects.toMatchObject({ code, messageKey });
    });

    it('asks which when a name matches several institutions', async () => {
      await addClinic(database.db, 'C-SM2', '石门村卫生室', '350881101');
      await expect(run(grantCommand, ADMIN_ID, '@王建国 院长 石门', wangMention)).rejects.toMatchObject({
        code: 'CONFLICT',
        messageKey: 'identity.scopeAmbiguous',
      });
    });

    it('refuses to grant to an unregistered account', async () => {
      const mention = [{ userId: 'ou_nobody', name: '路人' }];
      await expect(run(grantCommand, ADMIN_ID, '@路人 医生', mention)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        messageKey: 'identity.mentionNotRegistered',
      });
    });

    it("revokes within the speaker's authority, keeping the grant on record", async () => {
      await expect(run(revokeCommand, 'ou_hc', '@王建国 医务科联络员', wangMention)).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
      const captured = await run(revokeCommand, 'ou_county', '@王建国 医务科联络员', wangMention);
      expect(captured.replies).toEqual(['已撤销 王建国 的“医务科联络员”角色（漳平市医院）。']);
      expect(await activeGrantsOf(database.db, wang.id)).toEqual([]);
      const row = await database.db.roleGrant.findFirstOrThrow({
        where: { personId: wang.id, role: 'HOSPITAL_COORDINATOR' },
      });
      expect(row).toMatchObject({ revokedAt: now, revokedById: county.id });
      expect(await database.db.auditLog.count({ where: { action: 'role.revoke', entityId: String(row.id) } })).toBe(1);

      await expect(run(revokeCommand, 'ou_county', '@王建国 医务科联络员', wangMention)).rejects.toMatchObject({
        code: 'NOT_FOUND',
        messageKey: 'identity.noSuchGrant',
      });
    });

    it('asks which grant when the role is held for several scopes', async () => {
      const grant = (institutionId: number) =>
        grantRole(database.db, { personId: head.id, role: 'CLINIC_HEAD', institutionId, grantedById: null, at: now });
      await grant(f.clinic.id);
      await grant(siblingClinic.id);
      const mention = [{ userId: 'ou_head', name: '杨建华' }];
      await expect(run(revokeCommand, ADMIN_ID, '@杨建华 院长', mention)).rejects.toMatchObject({
        code: 'BAD_ARGUMENTS',
        messageKey: 'identity.revokeWhich',
      });
      // The county coordinator may only revoke the one in the county, so there is nothing to ask.
      const captured = await run(revokeCommand, 'ou_county', '@杨建华 院长', mention);
      expect(captured.replies).toEqual(['已撤销 杨建华 的“受援单位负责人”角色（石门镇卫生院）。']);
      await run(revokeCommand, ADMIN_ID, '@杨建华 受援单位负责人 西陂卫生院', mention);
      expect(await activeGrantsOf(database.db, head.id)).toEqual([]);
    });
  });

  describe('/我是谁', () => {
    it('shows a registered person with the phone masked, roles and scopes', async () => {
      const captured = await run(whoamiCommand, 'ou_county', '');
      expect(captured.replies).toEqual([
        [
          '苏建明',
          '单位：未登记',
          '职称：主治医师',
          '手机：135****0001',
          '角色：',
          '· 卫健部门联络员（漳平市）',
          '您的账号 ID：ou_county',
        ].join('\n'),
      ]);
    });

    it('tells an unregistered user how to register, with their account id', async () => {
      const [reply] = (await run(whoamiCommand, 'ou_stranger', '')).replies;
      expect(reply).toContain('还没有在巡诊助手登记');
      expect(reply).toContain('ou_stranger');
    });

    it('tells a configured administrator without a record what they are', async () => {
      const admin = await resolveActor(database.db, 'FEISHU', 'ou_boss', ['ou_boss']);
      const { ctx, captured } = commandContext({ db: database.db, actor: admin, senderId: 'ou_boss', now });
      await whoamiCommand.run(ctx, argsFrom(''));
      expect(captured.replies[0]).toContain('BOT_ADMIN_OPEN_IDS');
    });
  });
});
