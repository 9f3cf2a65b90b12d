import { figureLabel } from '../src/coordinator/workload-figures.js';
import type { Card, CardButton } from '../src/core/card.js';
import { escapeCardMarkdown, joinMarkdown, t } from '../src/core/card-text.js';
import type { Locale } from '../src/i18n/locale.js';
import { t as plain } from '../src/i18n/messages/index.js';
import type { RuleCheck } from '../src/tours/tour-checks.js';
import type { TeamView, TourOverview } from '../src/tours/tour-overview.js';
import { VIEW_PAGE_SIZE } from './limited-table.js';

/** The drill-down buttons a card offers at most (one per team; annex 1 has 14). */
const TEAM_BUTTONS = 20;

/** A filing's state in one word: 已报, 逾期 (late or missing past its day), 未报 (not yet due). */
export function filingWord(locale: Locale, team: TeamView, item: 'roster' | 'plan' | 'summary'): string {
  const rule = `${item}Due`;
  if (team.late.some((check) => check.rule === rule)) return plain(locale, 'tours.card.filingLate');
  return plain(locale, team.filed[item] ? 'tours.card.filingDone' : 'tours.card.filingOpen');
}

/** One rule check as a line (✗ before a check not met). */
export function checkLine(locale: Locale, check: RuleCheck): string {
  const words = plain(locale, check.key, check.params);
  return check.ok || words.includes('✗') ? words : `✗ ${words}`;
}

/**
 * `/巡回`: every team × county of the tour program in the coordinator's scope — weeks done / 3, townships
 * covered / 10, members present today, roster and plan status, what is late — and a button per team.
 */
export function tourOverviewCard(locale: Locale, view: TourOverview): Card {
  const title = t(locale, 'tours.card.title');
  const subtitle = t(locale, 'tours.card.subtitle', { program: view.program.name, today: view.today });
  if (view.teams.length === 0) {
    return { title, subtitle, tone: 'grey', elements: [{ kind: 'markdown', text: t(locale, 'tours.card.none') }] };
  }
  const { minWeeks, minTownships } = view.rules;
  const rows = view.teams.flatMap((team) =>
    team.counties.map((county, index) => ({
      team: index === 0 ? team.hospital : '',
      county: county.county.name,
      weeks: `${county.figures.weeks}/${minWeeks}`,
      townships: `${county.figures.townships}/${minTownships}`,
      today: county.figures.presentToday,
      roster: index === 0 ? filingWord(locale, team, 'roster') : '',
      plan: index === 0 ? filingWord(locale, team, 'plan') : '',
      late: index === 0 ? team.late.map((check) => checkLine(locale, check)).join('；') : '',
    })),
  );
  const late = view.teams.filter((team) => team.late.length > 0).length;
  const presentToday = view.teams.reduce((sum, team) => sum + team.figures.presentToday, 0);
  const buttons: CardButton[] = view.teams.slice(0, TEAM_BUTTONS).map((team) => ({
    text: plain(locale, 'tours.card.drill', { team: team.hospital }),
    action: 'tours.team',
    value: { teamId: team.teamId },
  }));
  const label = (key: string) => plain(locale, `tours.card.column.${key}`);
  return {
    title,
    subtitle,
    tone: late > 0 ? 'orange' : 'green',
    elements: [
      {
        kind: 'fields',
        fields: [
          { label: label('teams'), value: String(view.teams.length) },
          { label: label('today'), value: String(presentToday) },
          { label: label('lateTeams'), value: String(late) },
        ],
      },
      {
        kind: 'table',
        columns: ['team', 'county', 'weeks', 'townships', 'today', 'roster', 'plan', 'late'].map((key) => ({
          key,
          label: label(key),
          ...(['weeks', 'townships', 'today'].includes(key) ? { align: 'right' as const } : {}),
        })),
        rows,
        pageSize: VIEW_PAGE_SIZE,
      },
      { kind: 'note', text: t(locale, 'tours.card.definitions', { days: view.rules.daysPerWeek }) },
      { kind: 'actions', buttons },
    ],
  };
}

/** What the team card shows beyond the team's overview. */
export interface TeamDetail {
  team: TeamView;
  program: string;
  members: { name: string; post: string; specialty: string; county: string; leader: boolean }[];
  upcoming: { date: string; place: string; activity: string }[];
}

/** The drill-down: one team's figures per county, its rule checks, roster and coming days. */
export function tourTeamCard(locale: Locale, detail: TeamDetail): Card {
  const { team } = detail;
  const label = (key: string) => plain(locale, `tours.card.column.${key}`);
  const checks = team.checks.map((check) => escapeCardMarkdown(checkLine(locale, check)));
  const members = detail.members.map((m) =>
    escapeCardMarkdown(
      [m.name, m.leader ? plain(locale, 'tours.card.leader') : '', m.post, m.specialty, m.county]
        .filter((s) => s !== '')
        .join(' '),
    ),
  );
  const upcoming = detail.upcoming.map((d) => escapeCardMarkdown(`${d.date} ${d.place} ${d.activity}`));
  return {
    title: t(locale, 'tours.card.teamTitle', { team: team.hospital }),
    subtitle: t(locale, 'tours.card.teamSubtitle', { program: detail.program, members: team.members }),
    tone: team.checks.every((check) => check.ok) ? 'green' : 'orange',
    elements: [
      {
        kind: 'fields',
        fields: [
          { label: label('days'), value: String(team.figures.daysOnTour) },
          { label: label('weeks'), value: String(team.figures.weeks) },
          { label: label('townships'), value: String(team.figures.townships) },
          { label: label('today'), value: String(team.figures.presentToday) },
          { label: figureLabel(locale, 'patients'), value: String(team.figures.workload.patients) },
          { label: figureLabel(locale, 'training'), value: String(team.figures.workload.training) },
        ],
      },
      { kind: 'markdown', text: joinMarkdown([t(locale, 'tours.card.checks'), ...checks], '\n') },
      { kind: 'markdown', text: joinMarkdown([t(locale, 'tours.card.members'), ...members], '\n') },
      {
        kind: 'markdown',
        text: joinMarkdown(
          [
            t(locale, 'tours.card.upcoming'),
            ...(upcoming.length > 0 ? upcoming : [t(locale, 'tours.card.noUpcoming')]),
          ],
          '\n',
        ),
      },
    ],
  };
}
