import { render, type Locale, type Text } from '../locale.js';
import { coreMessages } from './core.js';
import { identityMessages } from './identity.js';
import { deliveryMessages } from './delivery.js';
import { physicianMessages } from './physician.js';
import { attendanceMessages } from './physician-attendance.js';
import { oversightMessages } from './physician-oversight.js';
import { worklogMessages } from './physician-worklog.js';
import { coordinatorMessages } from './coordinator.js';
import { coordinatorReportMessages } from './coordinator-report.js';
import { schedulerMessages } from './scheduler.js';
import { schedulerReminderMessages } from './scheduler-reminders.js';
import { schedulerOperatorMessages } from './scheduler-operator.js';
import { coordinatorOverdueMessages } from './coordinator-overdue.js';
import { schedulerLadderMessages } from './scheduler-ladder.js';
import { coordinatorSummaryMessages } from './coordinator-summary.js';
import { coordinatorViewMessages } from './coordinator-views.js';
import { figureMessages } from './figures.js';
import { coordinatorTargetMessages } from './coordinator-targets.js';
import { schedulerBroadcastMessages } from './scheduler-broadcast.js';
import { coordinatorAssignMessages } from './coordinator-assign.js';
import { coordinatorImportMessages } from './coordinator-import.js';
import { securityMessages } from './security.js';
import { coordinatorAuditMessages } from './coordinator-audit.js';
import { tableReaderMessages } from './table-reader.js';
import { checkinPageMessages } from './checkin-page.js';
import { serviceRecordMessages } from './service-record.js';
import { spotCheckMessages } from './spot-check.js';
import { surveyMessages } from './survey.js';
import { tourMessages } from './tours.js';

/**
 * The user-facing texts by area, one file each (parallel work stays apart). A test checks that no key is
 * used in two areas, that every text has both languages and that glossary words and parameters match.
 */
export const MESSAGE_AREAS = {
  coordinatorAssign: coordinatorAssignMessages,
  coordinatorImport: coordinatorImportMessages,
  coordinatorAudit: coordinatorAuditMessages,
  checkinPage: checkinPageMessages,
  serviceRecord: serviceRecordMessages,
  spotCheck: spotCheckMessages,
  survey: surveyMessages,
  core: coreMessages,
  identity: identityMessages,
  delivery: deliveryMessages,
  physician: physicianMessages,
  attendance: attendanceMessages,
  oversight: oversightMessages,
  worklog: worklogMessages,
  coordinator: coordinatorMessages,
  schedulerBroadcast: schedulerBroadcastMessages,
  coordinatorReport: coordinatorReportMessages,
  scheduler: schedulerMessages,
  schedulerReminder: schedulerReminderMessages,
  schedulerOperator: schedulerOperatorMessages,
  coordinatorOverdue: coordinatorOverdueMessages,
  schedulerLadder: schedulerLadderMessages,
  coordinatorSummary: coordinatorSummaryMessages,
  coordinatorView: coordinatorViewMessages,
  security: securityMessages,
  tableReader: tableReaderMessages,
  figures: figureMessages,
  coordinatorTarget: coordinatorTargetMessages,
  tours: tourMessages,
} satisfies Record<string, Record<string, Text>>;

/** All user-facing texts by key. */
export const MESSAGES: Record<string, Text> = Object.assign({}, ...Object.values(MESSAGE_AREAS));

/** The text for `key` in `locale`; an unknown key is a programming error and shows as the key itself. */
export function t(locale: Locale, key: string, params: Record<string, string | number> = {}): string {
  const text = MESSAGES[key];
  return text ? render(text, locale, params) : key;
}
