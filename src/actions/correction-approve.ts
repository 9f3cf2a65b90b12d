import type { CardActionDefinition } from '../core/context.js';
import { decideCorrection } from '../physician/correction-decision.js';

/** 批准 on a correction (补卡) approval card: value `{ correctionId }`. */
export const correctionApproveAction: CardActionDefinition = {
  action: 'correction.approve',
  audience: ['HOSPITAL_COORDINATOR', 'REGION_COORDINATOR'],
  run: (ctx, value, formValue) => decideCorrection(ctx, 'APPROVED', value, formValue),
};
