import { describe, expect, it } from 'vitest';
import { classifyFailure, readApiFailure } from '../../src/platforms/feishu/outcome.js';

/** The shape of the axios errors the SDK rethrows (feishu.md §7.9). */
function axiosError(status: number, data: unknown, headers: Record<string, string> = {}) {
  return Object.assign(new Error(`Request failed with status code ${status}`), {
    code: 'ERR_BAD_REQUEST',
    response: { status, data, headers },
  });
}

describe('classifyFailure', () => {
  it('reads the rate-limit reset header in seconds, with a default when absent', () => {
    const limited = readApiFailure(
      axiosError(429, { code: 99991400, msg: 'request trigger frequency limit' }, { 'x-ogw-ratelimit-reset': '12' }),
    );
    expect(classifyFailure(limited)).toEqual({
      ok: false,
      kind: 'rateLimited',
      retryAfterMs: 12_000,
      detail: '99991400 request trigger frequency limit',
    });
    expect(classifyFailure(readApiFailure(axiosError(400, { code: 99991400, msg: 'limit' })))).toMatchObject({
      kind: 'rateLimited',
      retryAfterMs: 1000,
    });
  });

  it('treats the per-chat frequency limit 230020 as a rate limit', () => {
    expect(
      classifyFailure(
        readApiFailure(axiosError(400, { code: 230020, msg: 'This operation triggers the frequency limit.' })),
      ),
    ).toMatchObject({
      kind: 'rateLimited',
    });
  });

  it('retries 5xx, transport errors and token errors', () => {
    expect(classifyFailure(readApiFailure(axiosError(502, '<html>bad gateway</html>')))).toEqual({
      ok: false,
      kind: 'retryable',
      detail: 'HTTP 502',
    });
    const timeout = Object.assign(new Error('timeout of 500ms exceeded'), { code: 'ECONNABORTED' });
    expect(classifyFailure(readApiFailure(timeout))).toEqual({
      ok: false,
      kind: 'retryable',
      detail: 'ECONNABORTED timeout of 500ms exceeded',
    });
    expect(classifyFailure(readApiFailure(new Error('failed to get tenant_access_token')))).toMatchObject({
      kind: 'retryable',
    });
    expect(
      classifyFailure(readApiFailure(axiosError(400, { code: 99991663, msg: 'Invalid access token' }))),
    ).toMatchObject({ kind: 'retryable' });
  });

  it('gives up on business errors, including HTTP-200 refusals', () => {
    expect(classifyFailure(readApiFailure(axiosError(400, { code: 230025, msg: 'too long' })))).toEqual({
      ok: false,
      kind: 'permanent',
      detail: '230025 too long',
    });
    expect(classifyFailure({ status: 200, code: 11247, msg: 'quota exceeded' })).toMatchObject({
      kind: 'permanent',
      detail: '11247 quota exceeded',
    });
  });
});
