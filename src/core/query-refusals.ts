import { isQueryRefusal, type QueryRefusal, type QueryRefusalReason } from '../db/query-refusal.js';
import { BotError, type ErrorCode } from './errors.js';

/** How each query refusal is answered: the error code and the reply's message key. */
const REPLIES: Record<QueryRefusalReason, { code: ErrorCode; messageKey: string }> = {
  ASSIGNMENT_NOT_FOUND: { code: 'NOT_FOUND', messageKey: 'core.assignmentNotFound' },
  ASSIGNMENT_CANCELLED: { code: 'CONFLICT', messageKey: 'core.assignmentCancelled' },
  ACCOUNT_TAKEN: { code: 'CONFLICT', messageKey: 'identity.accountTaken' },
  REGION_NOT_FOUND: { code: 'NOT_FOUND', messageKey: 'core.regionNotFound' },
  REGION_MOVE_UNSUPPORTED: { code: 'CONFLICT', messageKey: 'core.regionMoveUnsupported' },
  JOB_RUN_NOT_FOUND: { code: 'NOT_FOUND', messageKey: 'core.jobRunNotFound' },
  BAD_PHONE: { code: 'BAD_ARGUMENTS', messageKey: 'identity.badPhone' },
  PHONE_SHARED: { code: 'CONFLICT', messageKey: 'identity.phoneShared' },
  OBLIGATION_NOT_FOUND: { code: 'NOT_FOUND', messageKey: 'core.obligationNotFound' },
  SCOPE_MISMATCH: { code: 'BAD_ARGUMENTS', messageKey: 'identity.scopeMismatch' },
  SERVICE_DAY_NOT_FOUND: { code: 'NOT_FOUND', messageKey: 'core.serviceDayNotFound' },
  CORRECTION_NOT_FOUND: { code: 'NOT_FOUND', messageKey: 'core.correctionNotFound' },
};

/** The `BotError` a query's refusal is answered with: its code, its reply, the refusal as its cause. */
export function refusalAsBotError(refusal: QueryRefusal): BotError {
  const { code, messageKey } = REPLIES[refusal.reason];
  return new BotError(code, messageKey, refusal.params, { cause: refusal });
}

/**
 * Awaits query work whose refusals the caller answers: a `QueryRefusal` (for one of `reasons`, or any
 * when none are named) is rethrown as its `BotError`, so the error sink replies with its text; every
 * other error passes unchanged.
 */
export async function answeringRefusals<T>(work: Promise<T>, ...reasons: QueryRefusalReason[]): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isQueryRefusal(error, ...reasons)) throw refusalAsBotError(error);
    throw error;
  }
}
