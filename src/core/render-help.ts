import { mayUse } from './authorize.js';
import type { Card, CardElement } from './card.js';
import { trustedMarkdown } from './card-text.js';
import type { Audience, CommandDefinition, Context } from './context.js';
import { audienceName } from './describe-audience.js';

/** Help sections in the order shown: commands for everyone first, then by role. */
const SECTION_ORDER: readonly Audience[] = [
  'ANYONE',
  'PHYSICIAN',
  'CLINIC_HEAD',
  'HOSPITAL_COORDINATOR',
  'REGION_COORDINATOR',
  'ADMIN',
];

/** The section a command is listed under: its first audience, everyone-ish audiences together. */
function sectionOf(command: CommandDefinition): Audience {
  const first = command.audience[0] ?? 'ANYONE';
  return first === 'REGISTERED' ? 'ANYONE' : first;
}

/** One command's help line: `/签到（checkin） — summary`. */
export function commandLine(ctx: Context, command: CommandDefinition): string {
  const aliases =
    command.aliases.length === 0
      ? ''
      : ctx.locale === 'en'
        ? ` (${command.aliases.join(', ')})`
        : `（${command.aliases.join('、')}）`;
  return ctx.t('core.help.line', { name: `/${command.name}`, aliases, summary: ctx.t(command.summaryKey) });
}

/** One command's usage line. */
export function usageLine(ctx: Context, command: CommandDefinition): string {
  return ctx.t('core.help.usageLine', { usage: ctx.t(command.usageKey) });
}

/** The /帮助 card: the commands the speaker may use, in sections by audience, each with its usage. */
export function renderHelp(ctx: Context, commands: readonly CommandDefinition[]): Card {
  const usable = commands.filter((command) => mayUse(ctx.actor, command.audience));
  const sections: CardElement[] = SECTION_ORDER.flatMap((section) => {
    const listed = usable.filter((command) => sectionOf(command) === section);
    if (listed.length === 0) return [];
    const title = section === 'ANYONE' ? ctx.t('core.help.groupGeneral') : audienceName(ctx.locale, section);
    const lines = listed.map((command) => `${commandLine(ctx, command)}\n  ${usageLine(ctx, command)}`);
    // Command names and usage come from the catalogue: no user text here.
    return [{ kind: 'markdown', text: trustedMarkdown(`**${title}**\n${lines.join('\n')}`) }];
  });
  return {
    title: ctx.t('core.help.title'),
    tone: 'blue',
    elements: [...sections, { kind: 'note', text: trustedMarkdown(ctx.t('core.help.footer')) }],
  };
}
