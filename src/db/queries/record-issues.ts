import { randomInt } from 'node:crypto';
import type { RecordIssue } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';
import { isUniqueViolation } from './errors.js';

/** Service records issued for filing, each with its verification code (核验码) and chain head. */

/** Letters and digits nobody misreads on paper (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newCode(): string {
  const pick = () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)] ?? 'A';
  const half = () => Array.from({ length: 4 }, pick).join('');
  return `${half()}-${half()}`;
}

/** A code as typed (`k7q2m9xd`, `K7Q2 M9XD`) in its stored form, or undefined when it cannot be one. */
export function normalizeIssueCode(typed: string): string | undefined {
  const letters = typed.toUpperCase().replace(/[\s-]/g, '');
  return /^[A-Z0-9]{8}$/.test(letters) ? `${letters.slice(0, 4)}-${letters.slice(4)}` : undefined;
}

/** What an issue records. */
export interface NewRecordIssue {
  physicianId: number;
  period: string;
  headSeq: number;
  headHash: string;
  issuedAt: Date;
  issuedById: number | null;
}

/** Stores an issue under a fresh code (drawn again on the rare collision). */
export async function createRecordIssue(db: DbOrTx, issue: NewRecordIssue): Promise<RecordIssue> {
  for (;;) {
    try {
      return await db.recordIssue.create({ data: { ...issue, code: newCode() } });
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
}

/** The issue with a code, or null. */
export function findRecordIssue(db: DbOrTx, code: string): Promise<RecordIssue | null> {
  return db.recordIssue.findUnique({ where: { code } });
}
