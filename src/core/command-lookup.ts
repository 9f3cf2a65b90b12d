import { argsOf } from './command-parser.js';
import type { CommandArgs, CommandDefinition } from './context.js';
import { editDistance } from './edit-distance.js';

/** A command found for a typed word, with the arguments it gets. */
export interface CommandMatch {
  command: CommandDefinition;
  args: CommandArgs;
}

/** The names a command answers to: its Chinese name and its aliases. */
export function namesOf(command: CommandDefinition): string[] {
  return [command.name, ...command.aliases];
}

/** The command named `word` (name or alias, case-insensitive). */
export function findCommand(commands: readonly CommandDefinition[], word: string): CommandDefinition | undefined {
  const wanted = word.toLowerCase();
  return commands.find((command) => namesOf(command).some((name) => name.toLowerCase() === wanted));
}

/**
 * The command a parsed message names. Besides an exact name or alias, a Chinese name glued to its
 * first argument (`签到协和卫生院`, as people type without spaces) is recognised; the longest such
 * name wins so a longer command is never mistaken for a shorter one it starts with.
 */
export function matchCommand(
  commands: readonly CommandDefinition[],
  word: string,
  args: CommandArgs,
): CommandMatch | undefined {
  const exact = findCommand(commands, word);
  if (exact) return { command: exact, args };
  const glued = commands
    .filter((command) => /^\p{Script=Han}/u.test(command.name) && word.startsWith(command.name))
    .sort((a, b) => b.name.length - a.name.length)[0];
  if (!glued) return undefined;
  return { command: glued, args: argsOf([word.slice(glued.name.length), ...args.tokens], args.mentions) };
}

/**
 * The name or alias closest to a mistyped word, if one is close enough to be a likely typo: within a
 * third of its length (at least one edit), and never a whole replacement (so `好` does not suggest `?`).
 */
export function closestName(commands: readonly CommandDefinition[], word: string): string | undefined {
  const typed = word.toLowerCase();
  let best: { name: string; distance: number } | undefined;
  for (const name of commands.flatMap(namesOf)) {
    const length = [...name].length;
    const distance = editDistance(typed, name.toLowerCase());
    const likely = distance <= Math.max(1, Math.floor(length / 3)) && distance < length;
    if (likely && (!best || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}
