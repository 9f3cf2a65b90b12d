import { describe, expect, it } from 'vitest';
import { oneMentionAndWords } from '../../src/identity/command-input.js';

const zhang = { userId: 'ou_zhang', name: '张三' };

describe('oneMentionAndWords', () => {
  it('returns the mention and the words around it', () => {
    const args = { raw: '@张三 13800138000', tokens: ['@张三', '13800138000'], mentions: [zhang] };
    expect(oneMentionAndWords(args)).toEqual({ mention: zhang, words: ['13800138000'] });
  });

  it('cuts out a mentioned name that contains a space', () => {
    const mention = { userId: 'ou_z', name: 'Zhang San' };
    const args = { raw: '@Zhang San hospital coordinator 漳平市医院', tokens: [], mentions: [mention] };
    expect(oneMentionAndWords(args).words).toEqual(['hospital', 'coordinator', '漳平市医院']);
  });

  it('drops typed @names that are not mentions', () => {
    const args = { raw: '@张三 @李四 138', tokens: [], mentions: [zhang] };
    expect(oneMentionAndWords(args).words).toEqual(['138']);
  });

  it('refuses no mention and several mentions', () => {
    const none = { raw: '@张三 138', tokens: [], mentions: [] };
    const two = { raw: '@张三 @李四 138', tokens: [], mentions: [zhang, { userId: 'ou_li', name: '李四' }] };
    for (const args of [none, two]) {
      expect(() => oneMentionAndWords(args)).toThrow(
        expect.objectContaining({ code: 'BAD_ARGUMENTS', messageKey: 'identity.needOneMention' }),
      );
    }
  });
});
