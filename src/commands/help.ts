import { findCommand } from '../core/command-lookup.js';
import type { CommandDefinition } from '../core/context.js';
import { commandLine, renderHelp, usageLine } from '../core/render-help.js';
import { unknownCommand } from '../core/unknown-command.js';

/**
 * `/帮助` (`help`, `?`): the commands the speaker may use with their usage; `/帮助 签到` shows one
 * command. It reads the command list it is registered in through `list`, so it always shows exactly
 * what the router dispatches to.
 */
export function helpCommand(list: () => readonly CommandDefinition[]): CommandDefinition {
  return {
    name: '帮助',
    aliases: ['help', '?'],
    summaryKey: 'core.help.summary',
    usageKey: 'core.help.usage',
    audience: ['ANYONE'],
    async run(ctx, args) {
      const commands = list();
      const wanted = args.tokens[0]?.replace(/^[/、]/, '');
      if (!wanted) return ctx.replyCard(await renderHelp(ctx, commands));
      const command = findCommand(commands, wanted);
      if (!command) throw unknownCommand(ctx, commands, wanted);
      await ctx.reply(
        ctx.t('core.help.one', { line: commandLine(ctx, command), usage: await usageLine(ctx, command) }),
      );
    },
  };
}
