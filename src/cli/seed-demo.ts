/**
 * `npm run seed:demo [-- --json]`: migrates the database of DATABASE_URL, loads the demo dataset (again,
 * harmlessly, when it is there already) and prints the demo identities — as a table, or with `--json`
 * as JSON alone on stdout — so anyone can act as them. "Today" is the local date in BOT_TIMEZONE.
 */
import { loadEnvOrExit } from '../config/load-or-exit.js';
import { openDatabase } from '../db/client.js';
import { applyPendingMigrations } from '../db/migrate/migrations.js';
import { DEMO_PEOPLE } from '../demo/dataset.js';
import { formatIdentitiesJson, formatIdentitiesTable, listDemoIdentities } from '../demo/identities.js';
import { loadDemo, type DemoLoadSummary } from '../demo/load.js';
import { loadDemoMobileTours } from '../demo/load-mobile-tours.js';
import { loadDemoTours } from '../demo/load-tours.js';
import { localDate } from '../time/local.js';

function summaryLine(summary: DemoLoadSummary, timeZone: string): string {
  return (
    `演示数据已就绪 / demo data loaded: ${summary.programs.join(', ')} — ${summary.institutions} institutions, ` +
    `${summary.people} people, ${summary.assignments} assignments, ${summary.serviceDays} service days, ` +
    `${summary.obligations} monthly reports (today ${summary.today}, ${timeZone})`
  );
}

const env = loadEnvOrExit();

const json = process.argv.slice(2).includes('--json');
await applyPendingMigrations(env.DATABASE_URL);
const database = openDatabase(env.DATABASE_URL);
try {
  const now = new Date();
  const today = localDate(now, env.BOT_TIMEZONE);
  const summary = await loadDemo(database.db, { today, timeZone: env.BOT_TIMEZONE, now });
  const tours = await loadDemoTours(database.db, { today, timeZone: env.BOT_TIMEZONE });
  const mobileTours = await loadDemoMobileTours(database.db, { today, timeZone: env.BOT_TIMEZONE });
  const identities = await listDemoIdentities(
    database.db,
    DEMO_PEOPLE.map((p) => p.openId),
    today,
  );
  console.log(json ? formatIdentitiesJson(today, identities) : formatIdentitiesTable(today, identities));
  // The summary goes to stderr with --json, so stdout stays one JSON document.
  (json ? console.error : console.log)(`\n${summaryLine(summary, env.BOT_TIMEZONE)}`);
  (json ? console.error : console.log)(
    `巡回医疗 / tours: ${tours.program} — ${tours.teams} teams, ${tours.members} members, ${tours.planDays} planned days, ${mobileTours} mobile-hospital tours (leaders ou_demo_mobile_1, ou_demo_mobile_2); ` +
      'team leaders chat as ou_demo_tour_<hospital key> (e.g. ou_demo_tour_fj_children); try /巡回 as ou_demo_province_fujian',
  );
} finally {
  await database.close();
}
