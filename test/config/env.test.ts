import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ConfigError, envSchema, loadEnv, sandboxEnabled } from '../../src/config/env.js';

describe('configuration', () => {
  it('starts with defaults from an empty environment', () => {
    const env = loadEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.DATABASE_URL).toBe('file:./data/bot.db');
    expect(env.BOT_TIMEZONE).toBe('Asia/Shanghai');
    expect(env.BOT_LOCALE).toBe('zh-CN');
    expect(env.FEISHU_BASE_URL).toBe('https://open.feishu.cn');
    expect(env.BOT_ADMIN_OPEN_IDS).toEqual([]);
    expect(sandboxEnabled(env)).toBe(true);
  });

  it('treats empty values as unset and splits the admin list', () => {
    const env = loadEnv({ PORT: '', BOT_ADMIN_OPEN_IDS: 'ou_a, ou_b，ou_c' });
    expect(env.PORT).toBe(3000);
    expect(env.BOT_ADMIN_OPEN_IDS).toEqual(['ou_a', 'ou_b', 'ou_c']);
  });

  it.each([
    ['PORT', 'abc', 'port number'],
    ['PORT', '70000', 'port number'],
    ['DATABASE_URL', 'mysql://x', 'postgresql://'],
    ['BOT_TIMEZONE', 'Mars/Base', 'IANA'],
    ['BOT_LOCALE', 'fr', 'zh-CN, en'],
    ['FEISHU_APP_ID', 'app123', 'cli_'],
    ['FEISHU_BASE_URL', 'not a url', 'URL'],
    ['FEISHU_MODE', 'poll', 'webhook, websocket'],
    ['DB_MIGRATE_ON_START', 'maybe', 'true'],
  ])('names %s when it is %j', (variable, value, expected) => {
    let error: unknown;
    try {
      loadEnv({ [variable]: value });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as ConfigError).message;
    expect(message).toContain(variable);
    expect(message).toContain('配置错误');
    expect(message).toContain(expected);
    expect(message.split('\n')).toHaveLength(1);
  });

  it('documents every variable in .env.example', () => {
    const example = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    for (const key of Object.keys(envSchema.shape)) expect(example).toMatch(new RegExp(`^${key}=`, 'm'));
  });
});
