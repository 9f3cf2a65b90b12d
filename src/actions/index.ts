import type { CardActionDefinition } from '../core/context.js';
import { checkinAction } from './checkin.js';
import { checkoutAction } from './checkout.js';
import { checkoutShortAction } from './checkout-short.js';
import { correctionApproveAction } from './correction-approve.js';
import { correctionRejectAction } from './correction-reject.js';
import { visitConfirmAction } from './visit-confirm.js';
import { visitDisputeAction } from './visit-dispute.js';
import { worklogCancelAction } from './worklog-cancel.js';
import { worklogConfirmAction } from './worklog-confirm.js';
import { worklogOpenAction } from './worklog-open.js';
import { worklogSubmitAction } from './worklog-submit.js';
import { reportSubmitAction } from './report-submit.js';
import { reportExportAction } from './report-export.js';
import { serviceRecordExportAction } from './service-record-export.js';
import { summaryPageAction } from './summary-page.js';
import { summaryDrillAction } from './summary-drill.js';
import { overdueRemindAction } from './overdue-remind.js';
import { assignmentCancelAction } from './assignment-cancel.js';
import { auditMoreAction } from './audit-more.js';
import { importConfirmAction } from './import-confirm.js';
import { importDiscardAction } from './import-discard.js';
import { toursPlanConfirmAction } from './tours-plan-confirm.js';
import { toursRosterConfirmAction } from './tours-roster-confirm.js';
import { toursTeamAction } from './tours-team.js';
import { spotCheckRecordAction } from './spot-check-record.js';
import { surveyContactAction } from './survey-contact.js';
import { surveyCallAction } from './survey-call.js';

/**
 * The card button actions, one file each under src/actions/, matched by the button's `action`. Add an
 * action by importing it and listing it here.
 */
export const actions: readonly CardActionDefinition[] = [
  checkinAction,
  checkoutAction,
  checkoutShortAction,
  visitConfirmAction,
  visitDisputeAction,
  correctionApproveAction,
  correctionRejectAction,
  worklogOpenAction,
  worklogSubmitAction,
  worklogConfirmAction,
  worklogCancelAction,
  reportSubmitAction,
  reportExportAction,
  serviceRecordExportAction,
  summaryPageAction,
  summaryDrillAction,
  overdueRemindAction,
  assignmentCancelAction,
  auditMoreAction,
  importConfirmAction,
  importDiscardAction,
  toursTeamAction,
  toursRosterConfirmAction,
  toursPlanConfirmAction,
  spotCheckRecordAction,
  surveyContactAction,
  surveyCallAction,
];
