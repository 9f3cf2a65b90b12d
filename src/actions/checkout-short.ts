import { CHECKOUT_SHORT_ACTION } from '../../cards/short-day.js';
import type { CardActionDefinition } from '../core/context.js';
import { cardValueId } from '../physician/card-value-id.js';
import { checkOut } from '../physician/check-out.js';

/** 确认签退 on the short-day question: value `{ serviceDayId }`, the clicker's own day of today. */
export const checkoutShortAction: CardActionDefinition = {
  action: CHECKOUT_SHORT_ACTION,
  audience: ['PHYSICIAN'],
  async run(ctx, value) {
    await checkOut(ctx, {
      method: 'CARD_BUTTON',
      serviceDayId: cardValueId(value, 'serviceDayId', CHECKOUT_SHORT_ACTION),
      confirmedShort: true,
    });
  },
};
