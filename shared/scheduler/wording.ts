import { addDays, formatFrenchDateLong, type LocalDate } from '../kernel/localDate';
import { formatEuros, type Cents } from '../kernel/money';
import { frenchPlural } from '../kernel/plural';
import { frenchTypography } from '../kernel/frenchTypography';
import type { LastCheck } from './status';

/** "3 relances à envoyer", "1 relance à envoyer", "aucune relance à envoyer". */
export function remindersToSend(count: number): string {
  if (count === 0) return 'aucune relance à envoyer';
  return `${count} ${frenchPlural(count, 'relance', 'relances')} à envoyer`;
}

/** The native notification (and its in-app twin): « 3 relances à envoyer aujourd’hui — 4 215,00 € en retard ». */
export function dueNotification(count: number, overdueCents: Cents): { title: string; body: string } {
  return { title: 'Relance', body: `${remindersToSend(count)} aujourd’hui — ${formatEuros(overdueCents)} en retard` };
}

/** "aujourd’hui à 09:00", "hier à 23:00", "le 3 décembre 2026 à 09:00". */
export function whenChecked(day: LocalDate, time: string, today: LocalDate): string {
  if (day === today) return `aujourd’hui à ${time}`;
  if (day === addDays(today, -1)) return `hier à ${time}`;
  return `le ${formatFrenchDateLong(day)} à ${time}`;
}

/** The status line: « Dernière vérification : aujourd’hui à 09:00 — 3 relances à envoyer ». */
export function lastCheckLine(lastCheck: LastCheck | null, today: LocalDate): string {
  if (!lastCheck) return 'Vérification des relances en cours…';
  return frenchTypography(`Dernière vérification : ${whenChecked(lastCheck.day, lastCheck.time, today)} — ${remindersToSend(lastCheck.count)}`);
}

/** The window's title where no badge can show the count. */
export function windowTitle(count: number): string {
  return count === 0 ? 'Relance' : `Relance — ${remindersToSend(count)}`;
}

/** The tray menu's line of the day. */
export function trayCountLabel(count: number): string {
  const text = remindersToSend(count);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} aujourd’hui`;
}

/** Said once, the first time the window is closed while Relance stays in the tray. */
export const TRAY_HINT = {
  title: 'Relance reste ouverte',
  body: frenchTypography('Les vérifications continuent en arrière-plan. Pour quitter Relance, choisissez « Quitter » dans le menu de son icône.'),
} as const;
