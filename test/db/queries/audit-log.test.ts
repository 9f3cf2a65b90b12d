import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEntry, listAuditEntries } from '../../../src/db/queries/audit-log.js';
import { createTestDatabase, testProviders, type TestDatabase } from '../../support/db.js';

const at = (minute: number) => new Date(Date.UTC(2023, 7, 15, 0, minute));

describe.each(testProviders())('audit log on %s', (provider) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase(provider);
    const base = { actorId: 1, entity: 'Assignment' };
    await appendAuditEntry(database.db, { ...base, at: at(1), action: 'a.county', regionPath: '/35/3508/350881/' });
    await appendAuditEntry(database.db, {
      ...base,
      at: at(2),
      action: 'a.clinic',
      regionPath: '/35/3508/350881/350881101/',
      institutionId: 7,
      entityId: '42',
      details: { reason: '改期', dates: ['2023-08-15'] },
    });
    await appendAuditEntry(database.db, { ...base, at: at(3), action: 'a.other', regionPath: '/35/3508/350802/' });
    await appendAuditEntry(database.db, { ...base, at: at(4), action: 'a.inst-only', institutionId: 9 });
    await appendAuditEntry(database.db, { actorId: null, entity: 'System', at: at(5), action: 'a.global' });
  });
  afterAll(() => database.destroy());

  const actions = (rows: { action: string }[]) => rows.map((r) => r.action);

  it('stores what was appended', async () => {
    const [entry] = await listAuditEntries(database.db, { institutionIds: [7] }, { limit: 1 });
    expect(entry).toMatchObject({ entityId: '42', at: at(2), details: { reason: '改期', dates: ['2023-08-15'] } });
  });

  it('lists the latest entries in a scope, newest first', async () => {
    expect(actions(await listAuditEntries(database.db, { all: true }, { limit: 10 }))).toEqual([
      'a.global',
      'a.inst-only',
      'a.other',
      'a.clinic',
      'a.county',
    ]);
    expect(actions(await listAuditEntries(database.db, { regionPath: '/35/3508/350881/' }, { limit: 10 }))).toEqual([
      'a.clinic',
      'a.county',
    ]);
    expect(
      actions(
        await listAuditEntries(database.db, { regionPath: '/35/3508/350881/', institutionIds: [9] }, { limit: 10 }),
      ),
    ).toEqual(['a.inst-only', 'a.clinic', 'a.county']);
    expect(actions(await listAuditEntries(database.db, { institutionIds: [7, 9] }, { limit: 1 }))).toEqual([
      'a.inst-only',
    ]);
  });

  it('matches nothing for an empty scope and pages back with `before`', async () => {
    expect(await listAuditEntries(database.db, {}, { limit: 10 })).toEqual([]);
    expect(await listAuditEntries(database.db, { institutionIds: [] }, { limit: 10 })).toEqual([]);
    expect(actions(await listAuditEntries(database.db, { all: true }, { limit: 2, before: at(4) }))).toEqual([
      'a.other',
      'a.clinic',
    ]);
  });
});
