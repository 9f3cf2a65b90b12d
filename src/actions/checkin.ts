import type { CardActionDefinition } from '../core/context.js';
import { cardValueId } from '../physician/card-value-id.js';
import { checkIn } from '../physician/check-in.js';

/** The 签到 button (e.g. on the morning duty reminder): value `{ assignmentId }`, the clicker's own. */
export const checkinAction: CardActionDefinition = {
  action: 'checkin',
  audience: ['PHYSICIAN'],
  async run(ctx, value) {
    await checkIn(ctx, { method: 'CARD_BUTTON', assignmentId: cardValueId(value, 'assignmentId', 'checkin') });
  },
};
