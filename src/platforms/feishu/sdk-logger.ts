import type { Logger as SdkLogger } from '@larksuiteoapi/node-sdk';
import type { Logger } from '../../log/logger.js';
import { isRecord } from './verify.js';

type Level = 'error' | 'warn' | 'info' | 'debug' | 'trace';

/**
 * Routes the SDK's log calls into pino. The SDK logs failed API calls with the request body
 * (`formatErrors`: message text, card JSON), so only the URL, method, status and Feishu's `{code,msg}`
 * are kept. `demoteTo` lowers every line to one level: the API client's errors are surfaced to us as
 * exceptions anyway, and the delivery dispatcher logs their classified outcome once.
 */
export function createSdkLogger(log: Logger, demoteTo?: Level): SdkLogger {
  const line =
    (level: Level) =>
    (...msg: unknown[]): void => {
      log[demoteTo ?? level]({ sdk: msg.flat().map(summarize) }, 'feishu sdk');
    };
  return { error: line('error'), warn: line('warn'), info: line('info'), debug: line('debug'), trace: line('trace') };
}

function summarize(item: unknown): unknown {
  if (item instanceof Error) return item.message;
  if (!isRecord(item)) return item;
  // The shape of the SDK's formatErrors entries: {message, config, request, response}.
  const config = isRecord(item.config) ? item.config : undefined;
  const response = isRecord(item.response) ? item.response : undefined;
  if (!config && !response) return pick(item, ['code', 'msg', 'message', 'error']);
  return {
    message: item.message,
    url: config?.url,
    method: config?.method,
    status: response?.status,
    feishu: isRecord(response?.data) ? pick(response.data, ['code', 'msg']) : undefined,
  };
}

function pick(record: Record<string, unknown>, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.filter((k) => k in record).map((k) => [k, record[k]]));
}
