import type { Db } from '../../src/db/client.js';
import { upsertInstitutionByCode } from '../../src/db/queries/institutions.js';
import { ensureProgramParticipant } from '../../src/db/queries/programs.js';

/** A bench clinic: a township health center with its coordinates (the check-in fence's centre). */
export interface BenchClinic {
  code: string;
  name: string;
  regionCode: string;
  latitude: number;
  longitude: number;
}

/** Writes a township health center and makes it a recipient clinic of the program (P2's and P6's worlds). */
export async function addRecipientClinic(db: Db, programId: number, clinic: BenchClinic) {
  const row = await upsertInstitutionByCode(db, { ...clinic, kind: 'TOWNSHIP_HEALTH_CENTER' });
  await ensureProgramParticipant(db, { programId, institutionId: row.id, side: 'RECIPIENT' });
  return row;
}
