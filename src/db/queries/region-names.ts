import type { Region } from '../../generated/sqlite/client.js';
import type { DbOrTx } from '../client.js';

/**
 * Finding a region by what people type. People often drop the level word (`漳平` for 漳平市, `福建` for
 * 福建省), so a name is also tried with each level word appended; a typed name matching exactly wins.
 */

/** Level words a region name ends with, as people leave them off. */
const LEVEL_WORDS = ['省', '市', '县', '区', '镇', '乡', '街道'];

/**
 * Regions whose name is the text, or the text plus a level word, shallowest first. An exact name match
 * is returned alone. Empty means none; several means the caller should ask which.
 */
export async function findRegionsByName(db: DbOrTx, text: string): Promise<Region[]> {
  const name = text.replace(/\s+/g, '');
  if (name === '') return [];
  const rows = await db.region.findMany({
    where: { name: { in: [name, ...LEVEL_WORDS.map((word) => `${name}${word}`)] } },
    orderBy: { path: 'asc' },
  });
  const exact = rows.filter((region) => region.name === name);
  return exact.length > 0 ? exact : rows;
}
