import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/messages/index.js';

const EVERY_MINUTES = /^\*\/(\d+) \* \* \* \*$/;
const DAILY = /^(\d+) (\d+) \* \* \*$/;
const WEEKLY = /^(\d+) (\d+) \* \* ([0-6])$/;
const MONTHLY = /^(\d+) (\d+) (\d+) \* \*$/;

const hhmm = (hour: string, minute: string) => `${hour.padStart(2, '0')}:${minute.padStart(2, '0')}`;

/**
 * A job's cron expression in words for people (`每天 09:00`, `每周一 08:00`, `每 15 分钟`); an expression of
 * another shape is shown as it is (only administrators see schedules).
 */
export function cronInWords(locale: Locale, cron: string): string {
  const every = EVERY_MINUTES.exec(cron);
  if (every) return t(locale, 'scheduler.cronWords.everyMinutes', { minutes: Number(every[1]) });
  const daily = DAILY.exec(cron);
  if (daily) return t(locale, 'scheduler.cronWords.daily', { time: hhmm(daily[2] ?? '', daily[1] ?? '') });
  const weekly = WEEKLY.exec(cron);
  if (weekly) {
    return t(locale, 'scheduler.cronWords.weekly', {
      day: t(locale, `scheduler.cronWords.weekday.${weekly[3] ?? ''}`),
      time: hhmm(weekly[2] ?? '', weekly[1] ?? ''),
    });
  }
  const monthly = MONTHLY.exec(cron);
  if (monthly) {
    return t(locale, 'scheduler.cronWords.monthly', {
      day: Number(monthly[3]),
      time: hhmm(monthly[2] ?? '', monthly[1] ?? ''),
    });
  }
  return cron;
}
