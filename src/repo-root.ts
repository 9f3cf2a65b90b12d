import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The nearest folder at or above `start` that holds a package.json. */
function findPackageRoot(start: string): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}

/**
 * The repository root (where package.json and prisma/ are), found from this file: the same whether the
 * code runs from src/ through tsx or from dist/src/ after `npm run build`.
 */
export const REPO_ROOT = findPackageRoot(path.dirname(fileURLToPath(import.meta.url)));
