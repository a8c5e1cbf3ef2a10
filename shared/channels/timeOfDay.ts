/**
 * Times of day as French writes them: « 14 h 05 », « 9 h » (no-break spaces; no leading zero on the hour), and as the
 * user types them for a call: « 14:30 », « 14h30 », « 9 h 05 », « 9h ».
 */

/** Minutes since midnight → « 14 h 05 », « 9 h ». */
export function timeOfDayText(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h}\u00a0h` : `${h}\u00a0h\u00a0${String(m).padStart(2, '0')}`;
}

/** 'HH:MM' → minutes since midnight. */
export function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

/** What the user types for a time: '14:30', '09:05'; null when it is no time of day. */
export function parseCallTime(text: string): string | null {
  const m = /^(\d{1,2}) ?(?:h|:) ?(\d{2})?$/i.exec(text.replace(/\u00a0/g, ' ').trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}
