import type { CardActionDefinition } from '../core/context.js';
import { cardValueId } from '../physician/card-value-id.js';
import { checkOut } from '../physician/check-out.js';

/** The 签退 button of the check-in receipt: value `{ serviceDayId }`, the clicker's own day. */
export const checkoutAction: CardActionDefinition = {
  action: 'checkout',
  audience: ['PHYSICIAN'],
  async run(ctx, value) {
    await checkOut(ctx, { method: 'CARD_BUTTON', serviceDayId: cardValueId(value, 'serviceDayId', 'checkout') });
  },
};
