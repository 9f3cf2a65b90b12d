import { createHash } from 'node:crypto';
import type { RecordChainLink } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { inTransaction, type Tx } from './transaction.js';

/**
 * Each physician's append-only hash chain over their record and evidence rows (issue #17): every write
 * of a service day, a device reading, a clinic head's verdict, a correction or a work log appends, in the
 * same transaction, a link holding the hash of the row as written (`contentHash`) and the hash of the
 * link before. A row changed behind the service's back no longer matches its latest link; a link
 * changed or removed breaks the chain. Appends update the physician's head row first, which holds its
 * lock until the transaction ends, so two writes for one physician append one after the other.
 */

/** The kinds of row the chain covers. */
export const CHAIN_KINDS = ['day', 'reading', 'confirmation', 'correction', 'log'] as const;
/** A kind of row the chain covers. */
export type ChainKind = (typeof CHAIN_KINDS)[number];

/** A covered row: its kind and id. */
export interface ChainEntity {
  kind: ChainKind;
  id: number;
}

/** A row just written, with its content when the writer has it at hand (else it is read back). */
export interface WrittenRow extends ChainEntity {
  row?: Record<string, unknown>;
  /** The moment this row's link records, when it is not the call's (a reading's is when it arrived). */
  at?: Date;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** A row's content in one canonical text: keys sorted, instants as ISO strings. */
function canonical(row: Record<string, unknown>): string {
  const keys = Object.keys(row).sort();
  return JSON.stringify(
    keys.map((key) => [key, row[key] instanceof Date ? (row[key] as Date).toISOString() : row[key]]),
  );
}

/** What of a row the chain covers: all of it but a work log's `updatedAt`, the database's own bookkeeping. */
function coveredContent(kind: ChainKind, row: Record<string, unknown>): Record<string, unknown> {
  if (kind !== 'log') return row;
  const { updatedAt: _updated, ...rest } = row;
  return rest;
}

/** The current content of a covered row, or null when it is gone. */
async function contentOf(db: DbOrTx, entity: ChainEntity): Promise<Record<string, unknown> | null> {
  const where = { where: { id: entity.id } };
  switch (entity.kind) {
    case 'day':
      return db.serviceDay.findUnique(where);
    case 'reading':
      return db.locationReading.findUnique(where);
    case 'confirmation':
      return db.serviceDayConfirmation.findUnique(where);
    case 'correction':
      return db.serviceDayCorrection.findUnique(where);
    case 'log':
      return db.workLog.findUnique(where);
  }
}

/** The hash of a covered row as it is now ('' when it is gone). */
export async function contentHashOf(db: DbOrTx, entity: ChainEntity): Promise<string> {
  const content = await contentOf(db, entity);
  return content === null ? '' : sha256(canonical(coveredContent(entity.kind, content)));
}

/** The hash a link must carry: it covers the link before, its place, the row and the moment. */
export function linkHash(
  link: Pick<RecordChainLink, 'prevHash' | 'seq' | 'kind' | 'entityId' | 'contentHash' | 'at'>,
): string {
  return sha256([link.prevHash, link.seq, link.kind, link.entityId, link.contentHash, link.at.toISOString()].join('|'));
}

/**
 * Appends links for rows just written, in the caller's transaction; call it as the last step, after the
 * row's writes (the head row is the last lock taken, so no two writers wait on each other in a cycle).
 */
export async function appendChainLinks(
  tx: Tx,
  physicianId: number,
  entities: readonly WrittenRow[],
  at: Date,
): Promise<void> {
  if (entities.length === 0) return;
  // One statement takes the head row's write lock until the transaction ends and reads it: the upsert
  // creates a physician's first head, and otherwise its no-op update locks the row (a concurrent first
  // append waits on the key, then takes the update path). One round trip instead of up to three.
  const [head] = await tx.$queryRaw<{ seq: number | bigint; hash: string }[]>`
    INSERT INTO record_chain_heads (physician_id, seq, hash) VALUES (${physicianId}, 0, '')
    ON CONFLICT (physician_id) DO UPDATE SET seq = record_chain_heads.seq
    RETURNING seq, hash`;
  if (head === undefined) throw new Error(`record chain head of physician ${physicianId} missing`);
  let seq = Number(head.seq);
  let { hash } = head;
  const links = [];
  for (const entity of entities) {
    const link = {
      physicianId,
      seq: seq + 1,
      kind: entity.kind,
      entityId: entity.id,
      contentHash: entity.row
        ? sha256(canonical(coveredContent(entity.kind, entity.row)))
        : await contentHashOf(tx, entity),
      prevHash: hash,
      at: entity.at ?? at,
    };
    hash = linkHash(link);
    seq = link.seq;
    links.push({ ...link, hash });
  }
  // All of the call's links in one statement.
  await tx.recordChainLink.createMany({ data: links });
  await tx.recordChainHead.update({ where: { physicianId }, data: { seq, hash } });
}

/** Appends a link for a service day changed by a conditional update (read back once: physician and content). */
export async function appendDayChainLink(tx: Tx, serviceDayId: number, at: Date): Promise<void> {
  const day = await tx.serviceDay.findUniqueOrThrow({ where: { id: serviceDayId } });
  await appendChainLinks(tx, day.physicianId, [{ kind: 'day', id: day.id, row: day }], at);
}

/** A physician's chain head now (seq 0 and '' before the first link). */
export async function chainHeadOf(db: DbOrTx, physicianId: number): Promise<{ seq: number; hash: string }> {
  const head = await db.recordChainHead.findUnique({ where: { physicianId } });
  return head ? { seq: head.seq, hash: head.hash } : { seq: 0, hash: '' };
}

/** A physician's links, in order. */
export function listChainLinks(db: DbOrTx, physicianId: number): Promise<RecordChainLink[]> {
  return db.recordChainLink.findMany({ where: { physicianId }, orderBy: { seq: 'asc' } });
}

/** Every row of a physician the chain should cover, by kind (what verification and sealing walk). */
export async function coveredEntitiesOf(db: DbOrTx, physicianId: number): Promise<ChainEntity[]> {
  const ids = { select: { id: true }, orderBy: { id: 'asc' as const } };
  const [days, readings, confirmations, corrections, logs] = await Promise.all([
    db.serviceDay.findMany({ where: { physicianId }, ...ids }),
    // An inspector's spot-check readings are evidence about someone else's day, never chained.
    db.locationReading.findMany({ where: { personId: physicianId, purpose: { not: 'SPOT_CHECK' } }, ...ids }),
    db.serviceDayConfirmation.findMany({ where: { serviceDay: { physicianId } }, ...ids }),
    db.serviceDayCorrection.findMany({ where: { physicianId }, ...ids }),
    db.workLog.findMany({ where: { serviceDay: { physicianId } }, ...ids }),
  ]);
  const of = (kind: ChainKind, rows: { id: number }[]) => rows.map((row) => ({ kind, id: row.id }));
  return [
    ...of('day', days),
    ...of('reading', readings),
    ...of('confirmation', confirmations),
    ...of('correction', corrections),
    ...of('log', logs),
  ];
}

/**
 * Appends links for the physician's rows that have none yet — rows written before the chain existed, or
 * by a path that does not chain (the demo loader) — so an issued record covers all of them from then on.
 */
export function sealUnchainedRows(db: DbOrTx, physicianId: number, at: Date): Promise<{ seq: number; hash: string }> {
  return inTransaction(db, async (tx) => {
    const chained = new Set((await listChainLinks(tx, physicianId)).map((link) => `${link.kind}:${link.entityId}`));
    const missing = (await coveredEntitiesOf(tx, physicianId)).filter((e) => !chained.has(`${e.kind}:${e.id}`));
    await appendChainLinks(tx, physicianId, missing, at);
    return chainHeadOf(tx, physicianId);
  });
}

/** One physician's chain head as a hospital's monthly report prints it. */
export interface HospitalChainHead {
  physicianName: string;
  hospitalName: string;
  seq: number;
  hash: string;
}

/** The chain heads of the physicians of some hospitals, by hospital then name. */
export async function listChainHeadsOfHospitals(
  db: DbOrTx,
  hospitalIds: readonly number[],
): Promise<HospitalChainHead[]> {
  const people = await db.person.findMany({
    where: { homeInstitutionId: { in: [...hospitalIds] } },
    select: { id: true, name: true, homeInstitution: { select: { name: true } } },
  });
  const heads = await db.recordChainHead.findMany({ where: { physicianId: { in: people.map((p) => p.id) } } });
  const byId = new Map(people.map((p) => [p.id, p]));
  return heads
    .flatMap((head) => {
      const person = byId.get(head.physicianId);
      return person
        ? [
            {
              physicianName: person.name,
              hospitalName: person.homeInstitution?.name ?? '',
              seq: head.seq,
              hash: head.hash,
            },
          ]
        : [];
    })
    .sort(
      (a, b) =>
        a.hospitalName.localeCompare(b.hospitalName, 'zh-CN') ||
        a.physicianName.localeCompare(b.physicianName, 'zh-CN'),
    );
}
