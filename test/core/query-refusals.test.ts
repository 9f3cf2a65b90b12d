import { describe, expect, it } from 'vitest';
import { answeringRefusals, refusalAsBotError } from '../../src/core/query-refusals.js';
import { BotError } from '../../src/core/errors.js';
import { QueryRefusal, type QueryRefusalReason } from '../../src/db/query-refusal.js';
import { MESSAGES } from '../../src/i18n/messages/index.js';

const REASONS: QueryRefusalReason[] = [
  'ASSIGNMENT_NOT_FOUND',
  'ASSIGNMENT_CANCELLED',
  'ACCOUNT_TAKEN',
  'REGION_NOT_FOUND',
  'REGION_MOVE_UNSUPPORTED',
  'JOB_RUN_NOT_FOUND',
  'BAD_PHONE',
  'PHONE_SHARED',
  'OBLIGATION_NOT_FOUND',
  'SCOPE_MISMATCH',
  'SERVICE_DAY_NOT_FOUND',
  'CORRECTION_NOT_FOUND',
];

describe('query refusals become replies in feature code', () => {
  it.each(REASONS)('%s is answered with a message that exists', (reason) => {
    const error = refusalAsBotError(new QueryRefusal(reason, { id: 7 }));
    expect(error).toBeInstanceOf(BotError);
    expect(error.code).not.toBe('INTERNAL');
    expect(MESSAGES[error.messageKey]).toBeDefined();
    expect(error.params).toEqual({ id: 7 });
  });

  it('keeps the replies the queries gave before they stopped importing the core', () => {
    expect(refusalAsBotError(new QueryRefusal('ACCOUNT_TAKEN'))).toMatchObject({
      code: 'CONFLICT',
      messageKey: 'identity.accountTaken',
    });
    expect(refusalAsBotError(new QueryRefusal('SCOPE_MISMATCH'))).toMatchObject({
      code: 'BAD_ARGUMENTS',
      messageKey: 'identity.scopeMismatch',
    });
  });

  it('answers only the reasons the caller names and passes every other error unchanged', async () => {
    const taken = Promise.reject(new QueryRefusal('ACCOUNT_TAKEN'));
    await expect(answeringRefusals(taken)).rejects.toBeInstanceOf(BotError);
    const missing = Promise.reject(new QueryRefusal('REGION_NOT_FOUND'));
    await expect(answeringRefusals(missing, 'ACCOUNT_TAKEN')).rejects.toBeInstanceOf(QueryRefusal);
    const bug = new Error('bug');
    await expect(answeringRefusals(Promise.reject(bug))).rejects.toBe(bug);
    await expect(answeringRefusals(Promise.resolve(3))).resolves.toBe(3);
  });
});
