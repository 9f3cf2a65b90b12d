import type { Notifier } from '../../core/create-context.js';
import type { ViewScope } from '../../permissions/view-scope.js';
import { localDate } from '../../time/local.js';
import { applyStagedRoster, stageRoster } from './apply.js';
import { rosterDryRunLines } from './preview-text.js';
import type { RosterRead } from './read.js';

/**
 * `npm run import -- <roster.xlsx> [--apply]` for a team roster (annex 2): prints the row-numbered dry run
 * with the rule checks, and with `--apply` and no bad row files it as the card's 确认导入 does. Returns the
 * exit code (1 when rows are bad or the roster changed meanwhile).
 */
export async function runRosterImportCli(
  notifier: Notifier,
  request: { scope: ViewScope; actorId: number | null; apply: boolean },
  read: RosterRead,
  print: (line: string) => void,
): Promise<number> {
  const at = notifier.now();
  const today = localDate(at, notifier.timeZone);
  const base = { scope: request.scope, actorId: request.actorId, at, today };
  const staged = await stageRoster(notifier.db, base, read);
  const translate = notifier.t.bind(notifier);
  for (const line of rosterDryRunLines(translate, staged)) print(line);
  if (staged.stagedImportId === undefined) return 1;
  if (!request.apply) {
    print(notifier.t('tours.roster.cliApply'));
    return 0;
  }
  const outcome = await applyStagedRoster(notifier.db, staged.stagedImportId, base);
  if (outcome.status !== 'applied') {
    print(notifier.t(outcome.status === 'gone' ? 'tours.roster.gone' : 'tours.roster.changed'));
    return 1;
  }
  const { hospital, lines, counties } = outcome.dryRun;
  const params = {
    hospital: hospital?.name ?? '',
    members: lines.length,
    counties: counties.map((c) => c.name).join('、'),
  };
  print(notifier.t('tours.roster.applied', params));
  return 0;
}
