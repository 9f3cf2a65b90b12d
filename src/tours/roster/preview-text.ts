import type { RuleCheck } from '../tour-checks.js';
import type { RosterDryRun } from './dry-run.js';

/** Renders a message; the command line's notifier and a handler's context both are one. */
export type Translate = (key: string, params?: Record<string, string | number>) => string;

/** One rule checked, as a line: ✓ when it holds, ✗ before the words when not. */
export function ruleLine(translate: Translate, check: RuleCheck): string {
  const words = translate(check.key, check.params);
  return check.ok || words.includes('✗') ? words : `✗ ${words}`;
}

/**
 * The dry run of a roster as plain lines, the same for the chat card (escaped there) and `npm run import`:
 * the heading, every member by row number, the rule checks with their figures, then the bad rows.
 */
export function rosterDryRunLines(translate: Translate, dryRun: RosterDryRun): string[] {
  const lines: string[] = [];
  if (dryRun.hospital && dryRun.program) {
    lines.push(
      translate('tours.roster.heading', {
        fileName: dryRun.fileName,
        hospital: dryRun.hospital.name,
        program: dryRun.program.name,
        members: dryRun.lines.length,
        filer: dryRun.filer.name || '—',
        contact: dryRun.filer.contact || '—',
      }),
    );
  }
  for (const line of dryRun.lines) {
    const state = translate(line.personId === null ? 'tours.roster.stateNew' : 'tours.roster.stateKnown');
    const { rowNumber: row, name, post, specialty } = line;
    lines.push(translate('tours.roster.line', { row, name, post, specialty, county: line.county?.name ?? '', state }));
  }
  if (dryRun.hospital && dryRun.program) lines.push(leaderLine(translate, dryRun));
  if (dryRun.checks.length > 0) {
    lines.push(translate('tours.roster.rules'), ...dryRun.checks.map((check) => ruleLine(translate, check)));
  }
  if (dryRun.problems.length > 0) {
    lines.push(translate('tours.roster.problems', { count: dryRun.problems.length }));
    lines.push(...dryRun.problems.map((problem) => translate(problem.key, problem.params)));
  }
  return lines;
}

/** Who will lead the team: the member named 队长, else the sitting leader who stays, else nobody yet. */
function leaderLine(translate: Translate, dryRun: RosterDryRun): string {
  const { leader, sittingLeader } = dryRun;
  if (leader) return translate('tours.roster.leader', { name: leader.name, row: leader.rowNumber });
  if (sittingLeader) return translate('tours.roster.leaderStays', { name: sittingLeader });
  return translate('tours.roster.noLeader');
}
