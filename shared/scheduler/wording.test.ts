import { describe, expect, it } from 'vitest';
import { dueNotification, lastCheckLine, trayCountLabel, windowTitle } from './wording';

const check = (day: string, time: string, count: number) => ({ at: '', day, time, count, overdueCents: 0, invoiceIds: [] });

describe('what the scheduler says, in French', () => {
  it('the notification: the count of reminders and the amount late, in French figures', () => {
    expect(dueNotification(3, 421_500)).toEqual({ title: 'Relance', body: '3 relances à envoyer aujourd’hui — 4\u202f215,00\u00a0€ en retard' });
    expect(dueNotification(1, 12_000).body).toBe('1 relance à envoyer aujourd’hui — 120,00\u00a0€ en retard');
  });

  it('the status line: today, yesterday or the date of the last check, with a non-breaking space before the colon', () => {
    expect(lastCheckLine(check('2026-12-01', '09:00', 3), '2026-12-01')).toBe('Dernière vérification\u00a0: aujourd’hui à 09:00 — 3 relances à envoyer');
    expect(lastCheckLine(check('2026-11-30', '23:00', 1), '2026-12-01')).toBe('Dernière vérification\u00a0: hier à 23:00 — 1 relance à envoyer');
    expect(lastCheckLine(check('2026-11-01', '09:00', 0), '2026-12-01')).toBe('Dernière vérification\u00a0: le 1er novembre 2026 à 09:00 — aucune relance à envoyer');
    expect(lastCheckLine(null, '2026-12-01')).toBe('Vérification des relances en cours…');
  });

  it('the window title and the tray line', () => {
    expect(windowTitle(0)).toBe('Relance');
    expect(windowTitle(2)).toBe('Relance — 2 relances à envoyer');
    expect(trayCountLabel(0)).toBe('Aucune relance à envoyer aujourd’hui');
    expect(trayCountLabel(4)).toBe('4 relances à envoyer aujourd’hui');
  });
});
