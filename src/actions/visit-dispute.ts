import type { CardActionDefinition } from '../core/context.js';
import { decideVisit } from '../physician/visit-decision.js';

/** 有异议 on the clinic head's confirmation card: value `{ serviceDayId }`, form `{ note }` (optional). */
export const visitDisputeAction: CardActionDefinition = {
  action: 'visit.dispute',
  audience: ['CLINIC_HEAD'],
  run: (ctx, value, formValue) => decideVisit(ctx, 'DISPUTED', value, formValue),
};
