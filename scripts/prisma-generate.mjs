// Generates the Prisma clients for both databases without network access.
//
// `prisma generate` insists on finding a native schema engine and tries to download one when it is
// missing; generation itself does not use it. Pointing PRISMA_SCHEMA_ENGINE_BINARY at any existing file
// (here the WebAssembly engine we really use) satisfies the check, so this works air-gapped.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const prismaCli = require.resolve('prisma/build/index.js');
const engineStandIn = fileURLToPath(import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'));
for (const provider of ['sqlite', 'postgresql']) {
  const result = spawnSync(
    process.execPath,
    [prismaCli, 'generate', '--schema', path.join(root, 'prisma', provider, 'schema.prisma')],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
      env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: engineStandIn, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}
