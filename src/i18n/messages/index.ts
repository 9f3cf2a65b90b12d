import { render, type Locale, type Text } from '../locale.js';
import { coreMessages } from './core.js';
import { identityMessages } from './identity.js';
import { deliveryMessages } from './delivery.js';
import { physicianMessages } from './physician.js';
import { attendanceMessages } from './physician-attendance.js';
import { oversightMessages } from './physician-oversight.js';
import { worklogMessages } from './physician-worklog.js';
import { coordinatorMessages } from './coordinator.js';
import { schedulerMessages } from './scheduler.js';
import { schedulerReminderMessages } from './scheduler-reminders.js';
import { schedulerOperatorMessages } from './scheduler-operator.js';

/**
 * All user-facing texts by key. One file per area keeps parallel work apart; a test checks that every
 * text has both languages and that keys are unique.
 */
export const MESSAGES: Record<string, Text> = {
  ...coreMessages,
  ...identityMessages,
  ...deliveryMessages,
  ...physicianMessages,
  ...attendanceMessages,
  ...oversightMessages,
  ...worklogMessages,
  ...coordinatorMessages,
  ...schedulerMessages,
  ...schedulerReminderMessages,
  ...schedulerOperatorMessages,
};

/** The text for `key` in `locale`; an unknown key is a programming error and shows as the key itself. */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const text = MESSAGES[key];
  return text ? render(text, locale, params) : key;
}
