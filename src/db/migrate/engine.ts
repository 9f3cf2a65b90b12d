import { readFile } from 'node:fs/promises';
import * as wasmBindings from '@prisma/schema-engine-wasm/schema_engine_bg';
import type { SchemaEngine, MigrationList, SchemaFilter } from '@prisma/schema-engine-wasm/schema_engine_bg';
import {
  bindMigrationAwareSqlAdapterFactory,
  mockMigrationAwareAdapterFactory,
  type SqlDriverAdapter,
} from '@prisma/driver-adapter-utils';
import { createAdapterFactory, MIGRATION_CONNECTION } from '../adapters.js';

/** The slice of the WebAssembly API we use (Node has it; the ES lib typings do not declare it). */
const webAssembly = (
  globalThis as unknown as {
    WebAssembly: {
      instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }>;
    };
  }
).WebAssembly;

let loaded: Promise<void> | undefined;
let lastPanic = '';

/**
 * Instantiates Prisma's schema engine compiled to WebAssembly, once per process. The package's own
 * entry imports the `.wasm` file as an ES module, which Node cannot do, so we instantiate it here.
 */
function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    // The engine reports a Rust panic's message through this global before it throws.
    const registry = globalThis as { PRISMA_WASM_PANIC_REGISTRY?: { set_message(message: string): void } };
    registry.PRISMA_WASM_PANIC_REGISTRY ??= {
      set_message: (message) => {
        lastPanic = message;
      },
    };
    const wasmUrl = new URL(
      'schema_engine_bg.wasm',
      import.meta.resolve('@prisma/schema-engine-wasm/schema_engine_bg'),
    );
    const { instance } = await webAssembly.instantiate(await readFile(wasmUrl), {
      './schema_engine_bg.js': wasmBindings,
    });
    wasmBindings.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as (() => void) | undefined)?.();
  })();
  return loaded;
}

/** No external tables or enums: the whole database belongs to this schema. */
export const NO_FILTER: SchemaFilter = { externalTables: [], externalEnums: [] };

/**
 * A database to connect to, or only a provider when the engine just compares schemas. Offline works for
 * SQLite only: the PostgreSQL engine asks the server for its version when it starts.
 */
export type EngineTarget = { databaseUrl: string } | { offline: 'sqlite' };

/** Runs `fn` with a schema engine for `target` and frees it afterwards. */
export async function withSchemaEngine<T>(
  target: EngineTarget,
  schema: string,
  fn: (engine: SchemaEngine) => Promise<T>,
  log: (line: string) => void = () => {},
): Promise<T> {
  await loadWasm();
  // Prisma's own placeholder adapter lets the engine diff two schemas without any database.
  const factory =
    'offline' in target
      ? mockMigrationAwareAdapterFactory(target.offline)
      : createAdapterFactory(target.databaseUrl, MIGRATION_CONNECTION);
  // engine.free() does not close the connections it opened; an open SQLite handle would keep the file
  // locked, so we track them and dispose of them ourselves.
  const opened: SqlDriverAdapter[] = [];
  const adapter = bindMigrationAwareSqlAdapterFactory({
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => track(await factory.connect()),
    connectToShadowDb: async () => track(await factory.connectToShadowDb()),
  });
  const track = (connection: SqlDriverAdapter) => {
    opened.push(connection);
    return connection;
  };
  lastPanic = '';
  let engine: SchemaEngine | undefined;
  try {
    engine = await wasmBindings.SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, log, adapter);
    return await fn(engine);
  } catch (error) {
    if (lastPanic) throw new Error(`schema engine panicked: ${lastPanic}`, { cause: error });
    throw error;
  } finally {
    engine?.free();
    await Promise.allSettled(opened.map((connection) => connection.dispose()));
  }
}

/** Re-exported so callers type their migration lists without importing the wasm package. */
export type { MigrationList };
