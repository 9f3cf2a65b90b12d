import type { CardActionDefinition } from '../core/context.js';
import { decideCorrection } from '../physician/correction-decision.js';

/** 驳回 on a correction (补卡) approval card: value `{ correctionId }`, form `{ note }` (optional). */
export const correctionRejectAction: CardActionDefinition = {
  action: 'correction.reject',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR'],
  run: (ctx, value, formValue) => decideCorrection(ctx, 'REJECTED', value, formValue),
};
