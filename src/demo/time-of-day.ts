/** `HH:MM` of a number of minutes after midnight (`timeOfDay(545)` → `09:05`). */
export function timeOfDay(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
