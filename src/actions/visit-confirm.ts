import type { CardActionDefinition } from '../core/context.js';
import { decideVisit } from '../physician/visit-decision.js';

/** 确认到岗 on the clinic head's confirmation card: value `{ serviceDayId }`. */
export const visitConfirmAction: CardActionDefinition = {
  action: 'visit.confirm',
  audience: ['CLINIC_HEAD'],
  run: (ctx, value, formValue) => decideVisit(ctx, 'CONFIRMED', value, formValue),
};
