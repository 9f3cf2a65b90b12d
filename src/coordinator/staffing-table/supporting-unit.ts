import type { InstitutionKind } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../../db/client.js';
import { findInstitutionById, findInstitutionByNameOrAlias } from '../../db/queries/institutions.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import type { StaffingRead, StaffingRow } from './parse.js';

/** The kinds of institution that send physicians (a 填报单位 naming a bureau is no 支援单位). */
const HOSPITAL_KINDS: InstitutionKind[] = ['PROVINCIAL_HOSPITAL', 'CITY_HOSPITAL', 'COUNTY_HOSPITAL'];

/** Where the 支援单位 of rows without that column came from. */
export type UnitSource = { from: 'block' | 'sender'; name: string };

/**
 * The rows with their 支援单位 filled in where the table leaves it out: from the header block
 * (`填报单位：漳平市医院`, when it names one known hospital), else the sender's own hospital when they
 * coordinate exactly one. Rows that name their unit keep it; without either, the rows stay without one
 * (and are refused for the missing column).
 */
export async function withSupportingUnit(
  db: DbOrTx,
  scope: ViewScope,
  read: Pick<StaffingRead, 'rows' | 'block'>,
): Promise<{ rows: StaffingRow[]; unitSource?: UnitSource }> {
  if (read.rows.every((row) => row.cells.hospital !== undefined)) return { rows: read.rows };
  const unitSource = await defaultUnit(db, scope, read.block['unit']);
  if (!unitSource) return { rows: read.rows };
  const rows = read.rows.map((row) =>
    row.cells.hospital === undefined ? { ...row, cells: { ...row.cells, hospital: unitSource.name } } : row,
  );
  return { rows, unitSource };
}

async function defaultUnit(
  db: DbOrTx,
  scope: ViewScope,
  blockUnit: string | undefined,
): Promise<UnitSource | undefined> {
  const named = blockUnit ? await findInstitutionByNameOrAlias(db, blockUnit, { kinds: HOSPITAL_KINDS }) : [];
  if (named.length === 1 && named[0]) return { from: 'block', name: named[0].name };
  const [only, ...others] = scope.all || scope.regionPaths.length > 0 ? [] : scope.supportingInstitutionIds;
  const own = only !== undefined && others.length === 0 ? await findInstitutionById(db, only) : null;
  return own ? { from: 'sender', name: own.name } : undefined;
}
