import { describe, expect, it } from 'vitest';
import { callAttemptsWarning, recentCallAttempts } from './callAttempts';

const call = (calledOn: string, time = '10:00', outcome = 'no-answer') => ({ calledOn, time, outcome });

describe('repeated calls to a private person', () => {
  it('counts the calls of the last 30 days, today included, once each even when logged on several invoices', () => {
    const calls = [call('2026-11-02'), call('2026-11-03'), call('2026-11-20'), call('2026-11-20'), call('2026-11-20', '15:00'), call('2026-12-01', '09:30', 'promise')];
    // From 2026-11-02 to 2026-12-01: 30 days.
    expect(recentCallAttempts(calls, '2026-12-01')).toBe(5);
    expect(recentCallAttempts(calls, '2026-12-02')).toBe(4);
    expect(recentCallAttempts(calls, '2026-11-19')).toBe(2);
  });

  it('warns from the 4th call in 30 days, for a private client only', () => {
    expect(callAttemptsWarning(3, 'private')).toBeNull();
    expect(callAttemptsWarning(4, 'private')).toBe(
      'Déjà 4 appels à ce client ces 30 derniers jours, avec ou sans réponse\u00a0: des appels répétés peuvent être ressentis comme du harcèlement. L’usage du démarchage téléphonique s’en tient à 4 en 30 jours\u202f; préférez maintenant un écrit.',
    );
    expect(callAttemptsWarning(9, 'business')).toBeNull();
  });
});
