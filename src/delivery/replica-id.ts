import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';

/**
 * A name for this process in ledger leases: host and pid say where it ran, the random part keeps two
 * dispatchers of one process (tests, a restart inside one process) apart.
 */
export function newReplicaId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
}
