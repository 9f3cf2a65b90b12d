import { describe, expect, it } from 'vitest';
import { closestName, matchCommand } from '../../src/core/command-lookup.js';
import { normalizeText, parseText, toHalfWidth } from '../../src/core/command-parser.js';
import type { CommandDefinition } from '../../src/core/context.js';
import { editDistance } from '../../src/core/edit-distance.js';
import type { InboundEvent } from '../../src/core/event.js';

function textEvent(
  text: string,
  chat: 'p2p' | 'group' = 'p2p',
  mentionsBot = false,
  mentions: { userId: string; name: string }[] = [],
): InboundEvent {
  return {
    platform: 'SANDBOX',
    eventId: 'e',
    occurredAt: new Date(0),
    sender: { userId: 'u' },
    chat: { id: 'c', type: chat },
    mentionsBot,
    body: { kind: 'text', text, mentions },
  };
}

function parse(event: InboundEvent) {
  if (event.body.kind !== 'text') throw new Error('not text');
  return parseText(event, event.body);
}

const command = (name: string, aliases: string[] = []): CommandDefinition => ({
  name,
  aliases,
  summaryKey: '',
  usageKey: '',
  audience: ['ANYONE'],
  run: async () => {},
});

describe('command parser', () => {
  it('turns full-width ASCII and the ideographic space half-width', () => {
    expect(toHalfWidth('／ＨＥＬＰ　１２３，ａ！')).toBe('/HELP 123,a!');
    expect(normalizeText('  签到 \n\t 协和  ')).toBe('签到 协和');
  });

  it('splits the command word, slash or not', () => {
    expect(parse(textEvent('/签到  协和 卫生院'))).toEqual({
      kind: 'command',
      word: '签到',
      slash: true,
      args: { raw: '协和 卫生院', tokens: ['协和', '卫生院'], mentions: [] },
    });
    expect(parse(textEvent('签到'))).toMatchObject({ word: '签到', slash: false });
    expect(parse(textEvent('、签到'))).toMatchObject({ word: '签到', slash: true });
    expect(parse(textEvent('/ 签到'))).toMatchObject({ word: '签到', slash: true });
  });

  it('ignores group messages without the bot mention and strips the mention otherwise', () => {
    expect(parse(textEvent('/签到', 'group'))).toEqual({ kind: 'ignored' });
    const mentions = [{ userId: 'ou_z', name: '张三' }];
    expect(parse(textEvent('@巡诊助手 /指派 @张三 石门', 'group', true, mentions))).toMatchObject({
      word: '指派',
      args: { raw: '@张三 石门', tokens: ['@张三', '石门'], mentions },
    });
    expect(parse(textEvent('/帮助 @巡诊助手', 'group', true))).toMatchObject({ word: '帮助', args: { raw: '' } });
  });

  it('matches names and aliases case-insensitively, and Chinese names glued to an argument', () => {
    const commands = [command('签到', ['checkin']), command('签到记录', ['history']), command('帮助', ['help', '?'])];
    const args = { raw: '', tokens: [], mentions: [] };
    expect(matchCommand(commands, 'CheckIn', args)?.command.name).toBe('签到');
    expect(matchCommand(commands, '?', args)?.command.name).toBe('帮助');
    expect(matchCommand(commands, '签到石门', args)).toMatchObject({
      command: { name: '签到' },
      args: { raw: '石门' },
    });
    expect(matchCommand(commands, '签到记录三月', args)).toMatchObject({
      command: { name: '签到记录' },
      args: { raw: '三月' },
    });
    expect(matchCommand(commands, 'checkinx', args)).toBeUndefined();
  });

  it('suggests the closest name only for likely typos', () => {
    const commands = [command('签到', ['checkin']), command('帮助', ['help', '?'])];
    expect(closestName(commands, '签道')).toBe('签到');
    expect(closestName(commands, 'hlep')).toBe('help');
    expect(closestName(commands, 'chekin')).toBe('checkin');
    expect(closestName(commands, '好')).toBeUndefined();
    expect(closestName(commands, '汇总')).toBeUndefined();
  });

  it('counts edits over code points, transpositions as one', () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('签到', '签退')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
