import { inflateRawSync } from 'node:zlib';

/** What a workbook may hold before it is opened: limits against zip bombs and runaway sheets. */
export interface ZipLimits {
  /** All entries inflated together, in bytes. */
  maxInflatedBytes: number;
  /** Rows (`<row …>` elements, formatted empty rows included) in any one worksheet. */
  maxSheetRows: number;
  /** Entries of the archive. */
  maxEntries: number;
}

/** Why a workbook is refused before it is opened. */
export type ZipRefusal =
  | { why: 'notZip' }
  | { why: 'tooManyEntries'; entries: number }
  | { why: 'inflatesTooLarge'; limitMb: number }
  | { why: 'tooManyRows'; sheet: string; rows: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/**
 * Checks an .xlsx (a zip archive) before exceljs opens it, without trusting the sizes it declares:
 * every entry is inflated with a hard output cap (`maxOutputLength`), so a zip bomb stops at the cap
 * instead of filling the memory, and each worksheet's rows are counted (a sheet with a million empty
 * formatted rows is refused here). Returns null when the archive is within the limits.
 */
export function checkZip(data: Buffer, limits: ZipLimits): ZipRefusal | null {
  const end = endOfCentralDirectory(data);
  if (end < 0) return { why: 'notZip' };
  const entries = data.readUInt16LE(end + 10);
  if (entries > limits.maxEntries) return { why: 'tooManyEntries', entries };
  let at = data.readUInt32LE(end + 16);
  let budget = limits.maxInflatedBytes;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > data.length || data.readUInt32LE(at) !== CENTRAL) return { why: 'notZip' };
    const method = data.readUInt16LE(at + 10);
    const compressedSize = data.readUInt32LE(at + 20);
    const nameLength = data.readUInt16LE(at + 28);
    const skip = nameLength + data.readUInt16LE(at + 30) + data.readUInt16LE(at + 32);
    const name = data.toString('utf8', at + 46, at + 46 + nameLength);
    const content = entryContent(data, data.readUInt32LE(at + 42), compressedSize, method, budget);
    if (content === 'tooLarge')
      return { why: 'inflatesTooLarge', limitMb: Math.round(limits.maxInflatedBytes / 2 ** 20) };
    if (content === null) return { why: 'notZip' };
    budget -= content.length;
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) {
      const rows = countRows(content);
      if (rows > limits.maxSheetRows) return { why: 'tooManyRows', sheet: name.slice(14, -4), rows };
    }
    at += 46 + skip;
  }
  return null;
}

function endOfCentralDirectory(data: Buffer): number {
  for (let at = data.length - 22; at >= Math.max(0, data.length - 65_557); at--) {
    if (data.readUInt32LE(at) === EOCD) return at;
  }
  return -1;
}

/** An entry's bytes (stored or deflated), 'tooLarge' past the budget, null when the archive is broken. */
function entryContent(
  data: Buffer,
  localAt: number,
  compressedSize: number,
  method: number,
  budget: number,
): Buffer | 'tooLarge' | null {
  if (localAt + 30 > data.length || data.readUInt32LE(localAt) !== LOCAL) return null;
  const start = localAt + 30 + data.readUInt16LE(localAt + 26) + data.readUInt16LE(localAt + 28);
  const raw = data.subarray(start, start + compressedSize);
  if (method === 0) return raw.length > budget ? 'tooLarge' : raw;
  if (method !== 8) return null;
  try {
    return inflateRawSync(raw, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    return error instanceof RangeError || (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
      ? 'tooLarge'
      : null;
  }
}

const ROW_TAG = Buffer.from('<row');

function countRows(xml: Buffer): number {
  let rows = 0;
  for (let at = xml.indexOf(ROW_TAG); at >= 0; at = xml.indexOf(ROW_TAG, at + 4)) {
    const next = xml[at + 4];
    if (next === 0x20 || next === 0x3e || next === 0x2f) rows++;
  }
  return rows;
}
