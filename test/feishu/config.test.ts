import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../src/config/env.js';
import { createMetrics } from '../../src/observability/metrics.js';
import { assertFeishuConfig } from '../../src/platforms/feishu/config.js';
import { feishuWebhookRoutes } from '../../src/platforms/feishu/webhook-routes.js';
import { systemClock } from '../../src/time/clock.js';
import { RecordingCore, feishuEnv, memoryLogger } from './support.js';

function configError(run: () => unknown): ConfigError {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('assertFeishuConfig', () => {
  it('passes a complete webhook configuration', () => {
    expect(() => assertFeishuConfig(feishuEnv())).not.toThrow();
  });

  it('refuses webhook mode without the Encrypt Key or the Verification Token, in one bilingual line', () => {
    for (const variable of ['FEISHU_ENCRYPT_KEY', 'FEISHU_VERIFICATION_TOKEN']) {
      const error = configError(() => assertFeishuConfig(feishuEnv({ [variable]: '' })));
      expect(error.code).toBe('CONFIG_INVALID');
      expect(error.variable).toBe(variable);
      expect(error.message).not.toContain('\n');
      expect(error.message).toMatch(/webhook 模式必须设置/);
      expect(error.message).toMatch(/required in webhook mode/);
    }
  });

  it('lets websocket mode run without them, but not with an app id the SDK would ignore', () => {
    expect(() =>
      assertFeishuConfig(
        feishuEnv({ FEISHU_MODE: 'websocket', FEISHU_ENCRYPT_KEY: '', FEISHU_VERIFICATION_TOKEN: '' }),
      ),
    ).not.toThrow();
    const error = configError(() =>
      assertFeishuConfig(feishuEnv({ FEISHU_MODE: 'websocket', FEISHU_APP_ID: 'cli_short' })),
    );
    expect(error.variable).toBe('FEISHU_APP_ID');
  });

  it('needs the app credentials in both modes', () => {
    expect(configError(() => assertFeishuConfig(feishuEnv({ FEISHU_APP_SECRET: '' }))).variable).toBe(
      'FEISHU_APP_SECRET',
    );
  });

  it('keeps the webhook routes from being built without the secrets', () => {
    const deps = { bot: new RecordingCore(), log: memoryLogger().log, metrics: createMetrics(), clock: systemClock };
    expect(() => feishuWebhookRoutes({ ...deps, config: feishuEnv({ FEISHU_ENCRYPT_KEY: '' }) })).toThrow(ConfigError);
  });
});
