import { figureDefinition, figureLabel, TOUR_FIGURE_IDS, type FigureId } from '../src/coordinator/workload-figures.js';
import type { Card, CardButton, CardElement } from '../src/core/card.js';
import { escapeCardMarkdown, joinMarkdown, t } from '../src/core/card-text.js';
import type { Locale } from '../src/i18n/locale.js';
import { t as plain } from '../src/i18n/messages/index.js';
import type { RuleCheck } from '../src/tours/tour-checks.js';
import { teamName, type MobileTours, type TeamView, type TourOverview } from '../src/tours/tour-overview.js';
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
  if (view.teams.length === 0 && !view.mobile) {
    return { title, subtitle, tone: 'grey', elements: [{ kind: 'markdown', text: t(locale, 'tours.card.none') }] };
  }
  const late = view.teams.filter((team) => team.late.length > 0).length;
  const teams = [...view.teams, ...(view.mobile?.teams ?? [])];
  const buttons: CardButton[] = teams.slice(0, TEAM_BUTTONS).map((team) => ({
    text: plain(locale, 'tours.card.drill', { team: teamName(locale, team) }),
    action: 'tours.team',
    value: { teamId: team.teamId },
  }));
  return {
    title,
    subtitle,
    tone: late > 0 || view.mobile?.rule.ok === false ? 'orange' : 'green',
    elements: [
      ...(view.teams.length > 0 ? teamElements(locale, view, late) : []),
      ...(view.mobile ? mobileElements(locale, view.mobile) : []),
      { kind: 'actions', buttons },
    ],
  };
}

/** The provincial teams: counts, one row per team × county, the figures' definitions. */
function teamElements(locale: Locale, view: TourOverview, late: number): CardElement[] {
  const { minWeeks, minTownships } = view.rules;
  const rows = view.teams.flatMap((team) =>
    team.counties.map((county, index) => ({
      team: index === 0 ? team.hospital : '',
      county: county.county.name,
      tourWeeks: `${county.figures.tourWeeks}/${minWeeks}`,
      townshipsCovered: `${county.figures.townshipsCovered}/${minTownships}`,
      presentToday: county.figures.presentToday,
      roster: index === 0 ? filingWord(locale, team, 'roster') : '',
      plan: index === 0 ? filingWord(locale, team, 'plan') : '',
      late: index === 0 ? team.late.map((check) => checkLine(locale, check)).join('；') : '',
    })),
  );
  const presentToday = view.teams.reduce((sum, team) => sum + team.figures.presentToday, 0);
  const label = (key: string) => plain(locale, `tours.card.column.${key}`);
  const figures = ['tourWeeks', 'townshipsCovered', 'presentToday'] as const satisfies readonly FigureId[];
  return [
    {
      kind: 'fields',
      fields: [
        { label: label('teams'), value: String(view.teams.length) },
        { label: figureLabel(locale, 'presentToday'), value: String(presentToday) },
        { label: label('lateTeams'), value: String(late) },
      ],
    },
    {
      kind: 'table',
      columns: [
        ...['team', 'county'].map((key) => ({ key, label: label(key) })),
        ...figures.map((key) => ({ key, label: figureLabel(locale, key), align: 'right' as const })),
        ...['roster', 'plan', 'late'].map((key) => ({ key, label: label(key) })),
      ],
      rows,
      pageSize: VIEW_PAGE_SIZE,
    },
    { kind: 'note', text: definitionsNote(locale, view.rules.daysPerWeek) },
  ];
}

/**
 * The mobile-hospital tours (seed 000): the rule "至少两次" with the tours held, then a line per tour — vehicle,
 * county, the catalogue's tour figures, plan filed or not. The vehicle is the coordinator's text: escaped.
 */
function mobileElements(locale: Locale, mobile: MobileTours): CardElement[] {
  const label = (key: string) => plain(locale, `tours.card.column.${key}`);
  const lines = mobile.teams.map((team) =>
    escapeCardMarkdown(
      [
        teamName(locale, team),
        `${label('vehicle')} ${team.vehicle ?? ''}`,
        team.counties.map((c) => c.county.name).join('、'),
        ...(['tourDays', 'townshipsCovered', 'presentToday'] as const).map(
          (id) => `${figureLabel(locale, id)} ${team.figures[id]}`,
        ),
        `${label('plan')} ${filingWord(locale, team, 'plan')}`,
      ].join(' · '),
    ),
  );
  return [
    {
      kind: 'markdown',
      text: joinMarkdown(
        [
          t(locale, 'tours.card.mobileTitle', { program: mobile.program.name }),
          escapeCardMarkdown(checkLine(locale, mobile.rule)),
          ...(lines.length > 0 ? lines : [t(locale, 'tours.card.mobileNone')]),
        ],
        '\n',
      ),
    },
  ];
}

/** The catalogue's definitions of the card's tour figures, `巡回周数：…；覆盖乡镇：…`. */
function definitionsNote(locale: Locale, daysPerWeek: number) {
  const ids = ['tourWeeks', 'townshipsCovered'] as const;
  const lines = ids.map((id) => `${figureLabel(locale, id)}：${figureDefinition(locale, id, { days: daysPerWeek })}`);
  return escapeCardMarkdown(`${lines.join('；')}。`);
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
    title: t(locale, 'tours.card.teamTitle', { team: teamName(locale, team) }),
    subtitle: t(locale, 'tours.card.teamSubtitle', { program: detail.program, members: team.members }),
    tone: team.checks.every((check) => check.ok) ? 'green' : 'orange',
    elements: [
      {
        kind: 'fields',
        fields: [
          ...TOUR_FIGURE_IDS.map((id) => ({ label: figureLabel(locale, id), value: String(team.figures[id]) })),
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
