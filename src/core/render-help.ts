import { holdsRole } from '../permissions/actor-roles.js';
import type { Card, CardElement } from './card.js';
import { trustedMarkdown } from './card-text.js';
import type { Actor, Audience, CommandDefinition, Context } from './context.js';
import { audienceName } from './describe-audience.js';

/** Help sections in the order shown: commands for everyone first, then by role. */
const SECTION_ORDER: readonly Audience[] = [
  'ANYONE',
  'PHYSICIAN',
  'CLINIC_HEAD',
  'HOSPITAL_COORDINATOR',
  'REGION_COORDINATOR',
  'TITLE_OFFICE',
  'ADMIN',
];

/**
 * The section /帮助 lists a command under for this actor: everyone's commands first, else the first role
 * (in {@link SECTION_ORDER}) that both the command names and the actor holds. Null when the command is not
 * the actor's to use: an administrator passes every audience check, but help lists only the commands
 * meant for a role they hold, so it never offers what the command itself then refuses (`/签到` to an
 * administrator who is not a physician).
 */
export function helpSectionOf(actor: Actor, command: CommandDefinition): Audience | null {
  const { audience } = command;
  if (audience.includes('ANYONE') || (audience.includes('REGISTERED') && actor.person !== null)) return 'ANYONE';
  return (
    SECTION_ORDER.find(
      (section) =>
        section !== 'ANYONE' && section !== 'REGISTERED' && audience.includes(section) && holdsRole(actor, section),
    ) ?? null
  );
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

/** A command's usage, its examples filled from the speaker's own scope when the command names some. */
export async function usageText(ctx: Context, command: CommandDefinition): Promise<string> {
  return ctx.t(command.usageKey, command.usageExamples ? await command.usageExamples(ctx) : {});
}

/** One command's usage line. */
export async function usageLine(ctx: Context, command: CommandDefinition): Promise<string> {
  return ctx.t('core.help.usageLine', { usage: await usageText(ctx, command) });
}

/** The /帮助 card: the commands the speaker may use, in sections by their role, each with its usage. */
export async function renderHelp(ctx: Context, commands: readonly CommandDefinition[]): Promise<Card> {
  const listed = commands.flatMap((command) => {
    const section = helpSectionOf(ctx.actor, command);
    return section === null ? [] : [{ command, section }];
  });
  const lines = new Map<CommandDefinition, string>();
  for (const { command } of listed) {
    lines.set(command, `${commandLine(ctx, command)}\n  ${await usageLine(ctx, command)}`);
  }
  const sections: CardElement[] = SECTION_ORDER.flatMap((section) => {
    const inSection = listed.filter((entry) => entry.section === section).map((entry) => lines.get(entry.command));
    if (inSection.length === 0) return [];
    const title = section === 'ANYONE' ? ctx.t('core.help.groupGeneral') : audienceName(ctx.locale, section);
    // Command names and usage come from the catalogue: no user text here.
    return [{ kind: 'markdown', text: trustedMarkdown(`**${title}**\n${inSection.join('\n')}`) }];
  });
  return {
    title: ctx.t('core.help.title'),
    tone: 'blue',
    elements: [...sections, { kind: 'note', text: trustedMarkdown(ctx.t('core.help.footer')) }],
  };
}
