import { badArguments } from '../core/bad-arguments.js';
import type { CommandDefinition, Context } from '../core/context.js';
import type { PlatformName } from '../core/event.js';
import { noticePlatformsOf, setPreferredPlatform } from '../db/queries/chat-identities.js';

/** The words `/接收平台` understands, and the platform each names (null: follow the last one used). */
const WORDS: Record<string, PlatformName | null> = {
  飞书: 'FEISHU',
  feishu: 'FEISHU',
  lark: 'FEISHU',
  钉钉: 'DINGTALK',
  dingtalk: 'DINGTALK',
  自动: null,
  auto: null,
};

/** How a platform is named in replies. */
function platformLabel(ctx: Context, platform: PlatformName | null): string {
  return ctx.t(platform ? `identity.platform.${platform}` : 'identity.platform.auto');
}

/**
 * `/接收平台` (`notify-on`): where the speaker's notices and reminders go when they are bound on more
 * than one platform. `/接收平台 钉钉` (or 飞书) fixes it; `/接收平台 自动` lets notices follow the platform
 * they last wrote from (the default); without a word it says the current choice. Each notice is sent
 * once, to one platform.
 */
export const noticePlatformCommand: CommandDefinition = {
  name: '接收平台',
  aliases: ['notify-on'],
  summaryKey: 'identity.noticePlatform.summary',
  usageKey: 'identity.noticePlatform.usage',
  audience: ['REGISTERED'],
  async run(ctx, args) {
    const personId = ctx.actor.person?.id;
    const choices = personId === undefined ? null : await noticePlatformsOf(ctx.db, personId);
    if (personId === undefined || !choices) throw badArguments('identity.unregistered');
    const [word] = args.tokens;
    if (word === undefined) {
      await ctx.reply(ctx.t('identity.noticePlatform.current', { platform: platformLabel(ctx, choices.preferred) }));
      return;
    }
    const platform = WORDS[word.toLowerCase()];
    if (platform === undefined) throw badArguments('identity.noticePlatform.unknown', { word });
    if (platform && !choices.identities.some((identity) => identity.platform === platform)) {
      throw badArguments('identity.noticePlatform.notBound', { platform: platformLabel(ctx, platform) });
    }
    await setPreferredPlatform(ctx.db, personId, platform);
    await ctx.reply(ctx.t('identity.noticePlatform.set', { platform: platformLabel(ctx, platform) }));
  },
};
