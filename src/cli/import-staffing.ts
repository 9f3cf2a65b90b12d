/**
 * `npm run import -- <file> [--as <chat user id or phone>] [--apply]`: imports a staffing table
 * (支援人员安排情况表) into the database of DATABASE_URL. Prints the dry run; applies only with `--apply`
 * and no bad row. Assignment notices go into the delivery ledger, for the running service to send
 * (through each person's platform, among those configured). Exit code 1 when the table is rejected.
 */
import { loadEnvOrExit } from '../config/load-or-exit.js';
import { createNotifier } from '../core/create-context.js';
import { IMPORT_USAGE, parseImportArgs, runStaffingImportCli } from '../coordinator/staffing-table/command-line.js';
import { openDatabase } from '../db/client.js';
import { createLogger } from '../log/logger.js';
import { platformModules } from '../platforms/index.js';
import { systemClock } from '../time/clock.js';

const options = parseImportArgs(process.argv.slice(2));
if (!options) {
  console.error(IMPORT_USAGE);
  process.exit(2);
}
const env = loadEnvOrExit();
const log = createLogger();
try {
  const database = openDatabase(env.DATABASE_URL);
  try {
    const adapters = new Map(
      platformModules
        .filter((module) => module.configured(env))
        .map((module) => [module.name, module.createAdapter(env, { log, clock: systemClock, db: database.db })]),
    );
    const notifier = createNotifier(
      {
        db: database.db,
        clock: systemClock,
        // The running service's dispatchers poll the ledger; nothing to wake in this process.
        dispatcher: { wake: () => undefined },
        config: { locale: env.BOT_LOCALE, timeZone: env.BOT_TIMEZONE },
      },
      adapters,
      log,
    );
    process.exitCode = await runStaffingImportCli({ db: database.db, notifier, print: console.log }, options);
  } finally {
    await database.close();
  }
} catch (error) {
  // The database or the platform could not be reached: one sentence, no stack trace.
  console.error(`import failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
