/** The kinds of file the table reader tells apart by name. */
export type TableFileKind = 'xlsx' | 'csv' | 'legacy' | 'other';

/**
 * The kind of a file by its extension: `.xlsx` and `.csv` are read; `.xls` and WPS `.et` (old binary
 * formats, for which no maintained parser exists) are `legacy` and get a reply asking for `.xlsx`.
 */
export function tableFileKind(fileName: string): TableFileKind {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (extension === 'xlsx' || extension === 'csv') return extension;
  if (extension === 'xls' || extension === 'et') return 'legacy';
  return 'other';
}
