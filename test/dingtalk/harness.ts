import { loadEnv } from '../../src/config/env.js';
import type { DbProvider } from '../../src/db/migrate/schema-files.js';
import { DINGTALK_ROBOT_PATH } from '../../src/platforms/dingtalk/http-routes.js';
import { startService, type RunningService } from '../../src/service.js';
import { systemClock, type Clock } from '../../src/time/clock.js';
import { startDingtalkEmulator, type DingtalkApp, type DingtalkEmulator } from '../emulator/dingtalk/index.js';
import { memoryLogger, type LogLine } from '../feishu/support.js';
import { createEmptyDatabase } from '../support/db.js';
import { settleService } from '../support/service-harness.js';

/** The DingTalk app of the tests. */
export const DING_APP: DingtalkApp = {
  clientId: 'dingtestclient0001',
  clientSecret: 'test-dingtalk-secret',
  corpId: 'dingcorp0001',
};

/** The app's H5 settings (the check-in page's `dd.config` and in-app login). */
export const DING_H5 = { DINGTALK_CORP_ID: DING_APP.corpId, DINGTALK_AGENT_ID: '3000001' };

/** A DingTalk-only service (no Feishu, no sandbox) in front of the DingTalk emulator. */
export interface DingtalkHarness {
  service: RunningService;
  emulator: DingtalkEmulator;
  logs: LogLine[];
  robotUrl: string;
  settle(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Boots the real service on a fresh database with only DingTalk configured, in `mode`. */
export async function startDingtalkHarness(options: {
  provider: DbProvider;
  mode: 'http' | 'stream';
  clock?: Clock;
  env?: Record<string, string>;
  /** The emulator's calls per second per API (DingTalk's standard edition: 20). */
  emulatorQps?: number;
}): Promise<DingtalkHarness> {
  const { url: databaseUrl, drop } = await createEmptyDatabase(options.provider);
  const emulator = await startDingtalkEmulator({
    app: DING_APP,
    ...(options.emulatorQps ? { qps: options.emulatorQps } : {}),
  });
  const { log, lines } = memoryLogger();
  const env = loadEnv({
    DATABASE_URL: databaseUrl,
    DINGTALK_CLIENT_ID: DING_APP.clientId,
    DINGTALK_CLIENT_SECRET: DING_APP.clientSecret,
    DINGTALK_MODE: options.mode,
    DINGTALK_BASE_URL: emulator.baseUrl,
    DINGTALK_OAPI_BASE_URL: emulator.baseUrl,
    SANDBOX_ENABLED: 'auto',
    ...options.env,
  });
  const service = await startService({
    env,
    clock: options.clock ?? systemClock,
    log,
    port: 0,
    host: '127.0.0.1',
    dispatcher: { pollIntervalMs: 20 },
  });
  return {
    service,
    emulator,
    logs: lines,
    robotUrl: `${service.url}${DINGTALK_ROBOT_PATH}`,
    settle: (timeoutMs) => settleService(service, timeoutMs),
    async stop() {
      await service.stop();
      await emulator.close();
      await drop();
    },
  };
}
