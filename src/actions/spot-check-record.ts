import type { CardActionDefinition } from '../core/context.js';
import { recordSpotCheck } from '../spot-check/record-outcome.js';

/** 记录 on a `/抽查` card's form: value `{ seed, plannedDateId }`, form `{ outcome, note }`. */
export const spotCheckRecordAction: CardActionDefinition = {
  action: 'spotCheck.record',
  audience: ['REGION_COORDINATOR', 'ADMIN'],
  run: recordSpotCheck,
};
