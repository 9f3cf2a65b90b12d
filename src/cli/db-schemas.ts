/**
 * Writes prisma/<provider>/schema.prisma from prisma/models.prisma. With `--check` it writes nothing
 * and fails when a committed schema is out of date (CI runs it).
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { DB_PROVIDERS, composeSchema, providerPaths, readModels } from '../db/migrate/schema-files.js';

const check = process.argv.includes('--check');
const models = await readModels();
let stale = 0;
for (const provider of DB_PROVIDERS) {
  const { dir, schema } = providerPaths(provider);
  const wanted = composeSchema(provider, models);
  const current = await readFile(schema, 'utf8').catch(() => '');
  if (current === wanted) continue;
  if (check) {
    console.error(`${schema} is out of date: run npm run db:schemas`);
    stale++;
  } else {
    await mkdir(dir, { recursive: true });
    await writeFile(schema, wanted);
    console.log(`wrote ${schema}`);
  }
}
process.exitCode = stale ? 1 : 0;
