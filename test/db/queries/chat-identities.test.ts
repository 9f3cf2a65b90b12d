import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bindChatIdentity,
  chatIdentitiesOf,
  findPersonByChatUser,
  findSpeakerByChatUser,
  unbindChatIdentity,
} from '../../../src/db/queries/chat-identities.js';
import { inTransaction } from '../../../src/db/queries/transaction.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';
import { addPerson, buildBasicFixture, type BasicFixture } from '../../support/fixtures.js';

describe.each(testProviders())('chat identity queries on %s', (provider) => {
  let database: TestDatabase;
  let f: BasicFixture;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    f = await buildBasicFixture(database.db);
  });
  afterAll(() => database.destroy());

  const binding = (personId: number, platformUserId: string) => ({
    personId,
    platform: 'FEISHU' as const,
    platformUserId,
    method: 'COORDINATOR' as const,
    boundById: null,
  });

  it('binds an account and finds the person by it', async () => {
    const outcome = await bindChatIdentity(database.db, { ...binding(f.physician.id, 'ou_wang'), unionId: 'on_wang' });
    expect(outcome.status).toBe('bound');
    expect(outcome.identity).toMatchObject({ boundBy: 'COORDINATOR', unionId: 'on_wang' });

    const person = await findPersonByChatUser(database.db, 'FEISHU', 'ou_wang');
    expect(person).toMatchObject({ id: f.physician.id, homeInstitution: { id: f.hospital.id } });
    expect(await findPersonByChatUser(database.db, 'DINGTALK', 'ou_wang')).toBeNull();
  });

  it('finds the speaker in one statement, saying whether the account’s unionId is stored', async () => {
    const other = await addPerson(database.db, '林医生', f.hospital.id);
    await bindChatIdentity(database.db, binding(other.id, 'ou_lin'));
    expect(await findSpeakerByChatUser(database.db, 'FEISHU', 'ou_wang')).toMatchObject({
      id: f.physician.id,
      unionIdKnown: true,
    });
    expect(await findSpeakerByChatUser(database.db, 'FEISHU', 'ou_lin')).toMatchObject({
      id: other.id,
      unionIdKnown: false,
    });
    expect(await findSpeakerByChatUser(database.db, 'FEISHU', 'ou_nobody')).toBeNull();
  });

  it('changes nothing when the account is bound again to the same person', async () => {
    const outcome = await bindChatIdentity(database.db, binding(f.physician.id, 'ou_wang'));
    expect(outcome.status).toBe('unchanged');
    expect(await chatIdentitiesOf(database.db, f.physician.id)).toHaveLength(1);
  });

  it('refuses to bind an account already bound to someone else', async () => {
    const other = await addPerson(database.db, '李医生', f.hospital.id);
    await expect(bindChatIdentity(database.db, binding(other.id, 'ou_wang'))).rejects.toMatchObject({
      reason: 'ACCOUNT_TAKEN',
    });
    expect(await chatIdentitiesOf(database.db, other.id)).toEqual([]);
  });

  it('lets exactly one of two concurrent binds of an account win', async () => {
    const other = await addPerson(database.db, '赵医生', f.hospital.id);
    const results = await Promise.allSettled([
      bindChatIdentity(database.db, binding(f.physician.id, 'ou_race')),
      bindChatIdentity(database.db, binding(other.id, 'ou_race')),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { reason: 'ACCOUNT_TAKEN' } });
    await unbindChatIdentity(database.db, 'FEISHU', 'ou_race');
  });

  it('refuses inside a transaction without breaking it', async () => {
    const other = await addPerson(database.db, '钱医生', f.hospital.id);
    await inTransaction(database.db, async (tx) => {
      await expect(bindChatIdentity(tx, binding(other.id, 'ou_wang'))).rejects.toMatchObject({
        reason: 'ACCOUNT_TAKEN',
      });
      expect(await chatIdentitiesOf(tx, other.id)).toEqual([]);
    });
  });

  it('unbinds an account and reports what it removed', async () => {
    const removed = await unbindChatIdentity(database.db, 'FEISHU', 'ou_wang');
    expect(removed).toMatchObject({ personId: f.physician.id, platformUserId: 'ou_wang' });
    expect(await findPersonByChatUser(database.db, 'FEISHU', 'ou_wang')).toBeNull();
    expect(await unbindChatIdentity(database.db, 'FEISHU', 'ou_wang')).toBeNull();
  });
});
