import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/messages/index.js';
import type { HospitalReportLine } from './completeness.js';

/** Where a report stands, in words: 已提交（按时）…, 已提交（逾期 2 天）…, 未提交（已逾期 3 天）, 未提交（截止 …）. */
export function reportStateText(
  locale: Locale,
  line: Pick<HospitalReportLine, 'state' | 'submittedAt' | 'daysLate' | 'dueDate'>,
): string {
  const at = line.submittedAt ?? '';
  switch (line.state) {
    case 'onTime':
      return t(locale, 'coordinator.report.state.onTime', { at });
    case 'late':
      return t(locale, 'coordinator.report.state.late', { at, days: line.daysLate });
    case 'overdue':
      return t(locale, 'coordinator.report.state.overdue', { days: line.daysLate });
    case 'open':
      return t(locale, 'coordinator.report.state.open', { due: line.dueDate });
  }
}
