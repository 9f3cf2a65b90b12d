import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveActor } from '../../src/core/identity.js';
import { bindChatIdentity, findPersonByChatUser } from '../../src/db/queries/chat-identities.js';
import { upsertPersonByPhone } from '../../src/db/queries/people.js';
import { grantRole, revokeGrant } from '../../src/db/queries/role-grants.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../support/db.js';
import { buildBasicFixture, type BasicFixture } from '../support/fixtures.js';

const at = new Date('2023-07-01T01:00:00Z');

describe.each(testProviders())('resolveActor on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
    await bindChatIdentity(database.db, {
      personId: f.physician.id,
      platform: 'FEISHU',
      platformUserId: 'ou_wang',
      method: 'SEED',
      boundById: null,
    });
  });
  afterAll(() => database.destroy());

  it('knows nobody behind an unknown account', async () => {
    expect(await resolveActor(database.db, 'FEISHU', 'ou_stranger', [])).toEqual({
      person: null,
      roles: [],
      isAdmin: false,
    });
  });

  it('makes configured administrators admins before they have a record', async () => {
    expect(await resolveActor(database.db, 'FEISHU', 'ou_boss', ['ou_other', 'ou_boss'])).toEqual({
      person: null,
      roles: [],
      isAdmin: true,
    });
  });

  it('resolves a bound person with their active roles', async () => {
    const { grant } = await grantRole(database.db, {
      personId: f.physician.id,
      role: 'HOSPITAL_COORDINATOR',
      institutionId: f.hospital.id,
      grantedById: null,
      at,
    });
    await grantRole(database.db, { personId: f.physician.id, role: 'PHYSICIAN', grantedById: null, at });
    const actor = await resolveActor(database.db, 'FEISHU', 'ou_wang', []);
    expect(actor).toEqual({
      person: { id: f.physician.id, name: '王医生', homeInstitutionId: f.hospital.id, title: 'ATTENDING' },
      roles: [
        { role: 'HOSPITAL_COORDINATOR', institutionId: f.hospital.id, regionPath: f.county.path },
        { role: 'PHYSICIAN' },
      ],
      isAdmin: false,
    });

    await revokeGrant(database.db, { grantId: grant.id, revokedById: null, at });
    expect((await resolveActor(database.db, 'FEISHU', 'ou_wang', [])).roles).toEqual([{ role: 'PHYSICIAN' }]);
    // Same user id on another platform is someone else.
    expect((await resolveActor(database.db, 'DINGTALK', 'ou_wang', [])).person).toBeNull();
  });

  it('counts an ADMIN grant as administrator', async () => {
    const { person } = await upsertPersonByPhone(database.db, { name: '程管理', phone: '13500000001' });
    await bindChatIdentity(database.db, {
      personId: person.id,
      platform: 'FEISHU',
      platformUserId: 'ou_admin',
      method: 'SEED',
      boundById: null,
    });
    await grantRole(database.db, { personId: person.id, role: 'ADMIN', grantedById: null, at });
    expect((await resolveActor(database.db, 'FEISHU', 'ou_admin', [])).isAdmin).toBe(true);
  });

  it('treats an account of an inactive person as unregistered', async () => {
    const { person } = await upsertPersonByPhone(database.db, { name: '离职', phone: '13500000002', active: false });
    await bindChatIdentity(database.db, {
      personId: person.id,
      platform: 'FEISHU',
      platformUserId: 'ou_left',
      method: 'SEED',
      boundById: null,
    });
    expect(await resolveActor(database.db, 'FEISHU', 'ou_left', [])).toEqual({
      person: null,
      roles: [],
      isAdmin: false,
    });
  });

  describe('first contact with a verified mobile', () => {
    it('binds the one person registered with the number, and audits it', async () => {
      const { person } = await upsertPersonByPhone(database.db, {
        name: '林医生',
        phone: '13600000001',
        homeInstitutionId: f.hospital.id,
      });
      const actor = await resolveActor(database.db, 'FEISHU', 'ou_lin', [], {
        unionId: 'on_lin',
        verifiedMobile: async (userId) => (userId === 'ou_lin' ? '+86 136 0000 0001' : undefined),
        now: at,
      });
      expect(actor.person).toMatchObject({ id: person.id, name: '林医生' });
      const identity = await database.db.chatIdentity.findUniqueOrThrow({
        where: { platform_platformUserId: { platform: 'FEISHU', platformUserId: 'ou_lin' } },
      });
      expect(identity).toMatchObject({ personId: person.id, boundBy: 'VERIFIED_MOBILE', unionId: 'on_lin' });
      const audit = await database.db.auditLog.findMany({
        where: { action: 'identity.bind', entityId: String(identity.id) },
      });
      expect(audit).toHaveLength(1);
      expect(audit[0]).toMatchObject({
        actorId: null,
        at,
        institutionId: f.hospital.id,
        regionPath: f.county.path,
        details: { personId: person.id, method: 'VERIFIED_MOBILE', platformUserId: 'ou_lin' },
      });
    });

    it('binds nobody when no one, or several people, have the number', async () => {
      await database.db.person.createMany({
        data: [
          { name: '甲', phone: '13600000009' },
          { name: '乙', phone: '13600000009' },
        ],
      });
      for (const mobile of ['13600000008', '13600000009']) {
        const actor = await resolveActor(database.db, 'FEISHU', `ou_${mobile}`, [], {
          verifiedMobile: async () => mobile,
        });
        expect(actor.person).toBeNull();
        expect(await findPersonByChatUser(database.db, 'FEISHU', `ou_${mobile}`)).toBeNull();
      }
    });

    it('does not add a second account on the same platform to a person', async () => {
      const actor = await resolveActor(database.db, 'FEISHU', 'ou_lin_second', [], {
        verifiedMobile: async () => '13600000001',
      });
      expect(actor.person).toBeNull();
    });

    it('treats a failing lookup as no verified number', async () => {
      const actor = await resolveActor(database.db, 'FEISHU', 'ou_x', [], {
        verifiedMobile: () => Promise.reject(new Error('contact API down')),
      });
      expect(actor.person).toBeNull();
    });
  });
});
