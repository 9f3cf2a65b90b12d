/**
 * Whether a local wall-clock time `HH:MM` lies in a program's check-in window (both ends included). A
 * window whose start is after its end runs over midnight (e.g. 20:00–02:00 for night clinics).
 */
export function isWithinWindow(time: string, start: string, end: string): boolean {
  return start <= end ? time >= start && time <= end : time >= start || time <= end;
}
