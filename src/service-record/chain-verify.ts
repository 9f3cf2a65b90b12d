import type { RecordChainLink, RecordIssue } from '../generated/sqlite/client.js';
import type { DbOrTx } from '../db/client.js';
import {
  chainHeadOf,
  contentHashOf,
  coveredEntitiesOf,
  linkHash,
  listChainLinks,
  type ChainKind,
} from '../db/queries/record-chain.js';

/**
 * `/核验`'s judgement of an issued record against the database as it is now: the chain must recompute
 * link by link from the first to the head, the head it was issued at must still be in it, and every
 * covered row must match its latest link. Links after the issued head are what was appended since
 * (corrections, confirmations, logs written through the service).
 */

/** Something that shows the record was changed behind the service's back. */
export type TamperSign =
  | { kind: 'CHAIN_BROKEN'; seq: number }
  | { kind: 'ISSUED_HEAD_GONE'; seq: number }
  | { kind: 'ROW_CHANGED'; row: ChainKind; id: number }
  | { kind: 'ROW_UNCHAINED'; row: ChainKind; id: number };

/** The verdict on an issue. */
export interface ChainVerdict {
  /** Empty when the record is authentic. */
  tampered: TamperSign[];
  /** Links appended after the issue, in order. */
  appended: RecordChainLink[];
  head: { seq: number; hash: string };
}

/** Checks an issued record's physician chain against the rows now in the database. */
export async function verifyIssue(db: DbOrTx, issue: RecordIssue): Promise<ChainVerdict> {
  const [links, head, covered] = await Promise.all([
    listChainLinks(db, issue.physicianId),
    chainHeadOf(db, issue.physicianId),
    coveredEntitiesOf(db, issue.physicianId),
  ]);
  const tampered: TamperSign[] = [...brokenLinks(links, head)];
  const issued = links.find((link) => link.seq === issue.headSeq);
  if (issue.headSeq > 0 && issued?.hash !== issue.headHash)
    tampered.push({ kind: 'ISSUED_HEAD_GONE', seq: issue.headSeq });
  const latest = new Map<string, RecordChainLink>();
  for (const link of links) latest.set(`${link.kind}:${link.entityId}`, link);
  for (const link of latest.values()) {
    const now = await contentHashOf(db, { kind: link.kind as ChainKind, id: link.entityId });
    if (now !== link.contentHash)
      tampered.push({ kind: 'ROW_CHANGED', row: link.kind as ChainKind, id: link.entityId });
  }
  for (const entity of covered) {
    if (!latest.has(`${entity.kind}:${entity.id}`))
      tampered.push({ kind: 'ROW_UNCHAINED', row: entity.kind, id: entity.id });
  }
  return { tampered, appended: links.filter((link) => link.seq > issue.headSeq), head };
}

/** The first place the chain stops recomputing (a link edited, removed or inserted), if any. */
function brokenLinks(links: readonly RecordChainLink[], head: { seq: number; hash: string }): TamperSign[] {
  let prevHash = '';
  for (const [index, link] of links.entries()) {
    if (link.seq !== index + 1 || link.prevHash !== prevHash || linkHash(link) !== link.hash) {
      return [{ kind: 'CHAIN_BROKEN', seq: index + 1 }];
    }
    prevHash = link.hash;
  }
  const last = links.at(-1);
  if ((last?.seq ?? 0) !== head.seq || (last?.hash ?? '') !== head.hash)
    return [{ kind: 'CHAIN_BROKEN', seq: head.seq }];
  return [];
}
