import { describe, expect, it } from 'vitest';
import { dunningStateOf } from '../dunning/engine';
import { DEFAULT_POLICY } from '../dunning/schema';
import { aLetterInvoice } from '../documents/testkit';
import { callEffect, callSummary, type CallEntry } from './callLog';
import { parseCallTime } from './timeOfDay';

const base: CallEntry = { calledOn: '2026-07-01', time: '14:05', person: 'Paul Martin', outcome: 'no-answer', note: '' };

describe('callEffect: what a call does to the dunning', () => {
  it('a promise: a promise pause from the day of the call to the promised day, and the step counts as sent', () => {
    const effect = callEffect({ ...base, outcome: 'promise', promisedOn: '2026-07-15', note: 'Virement vendredi.' }, true);
    expect(effect).toEqual({
      countsAsReminder: true,
      pause: { kind: 'promise', since: '2026-07-01', until: '2026-07-15', note: 'Promis par téléphone (Paul Martin, appel du 01/07/2026 à 14\u00a0h\u00a005)\u00a0: Virement vendredi.' },
    });
    // Applied to an invoice past due, the engine holds the dunning until the 15th, then resumes it the 16th.
    const invoice = { ...aLetterInvoice(), pause: effect.pause };
    expect(dunningStateOf(invoice, DEFAULT_POLICY, '2026-07-15')).toMatchObject({ status: 'paused', pause: { kind: 'promise', until: '2026-07-15' } });
    expect(dunningStateOf(invoice, DEFAULT_POLICY, '2026-07-16')).toMatchObject({ status: 'due', pauseBroken: { on: '2026-07-16', reason: 'Promesse de paiement du 15/07/2026 non tenue.' } });
  });

  it('a dispute: a dispute pause whose subject is the note', () => {
    expect(callEffect({ ...base, outcome: 'dispute', note: 'Conteste la seconde intervention.' }, true)).toEqual({
      countsAsReminder: true,
      pause: { kind: 'dispute', since: '2026-07-01', note: 'Conteste la seconde intervention.' },
    });
  });

  it('a message left is a reminder delivered; no answer is only an attempt; neither pauses', () => {
    expect(callEffect({ ...base, outcome: 'message-left' }, true)).toEqual({ countsAsReminder: true, pause: null });
    expect(callEffect({ ...base, outcome: 'no-answer' }, true)).toEqual({ countsAsReminder: false, pause: null });
  });

  it('a step already sent (or a reminder already that day): the call is no second reminder, its pause still applies', () => {
    expect(callEffect({ ...base, outcome: 'message-left' }, false)).toEqual({ countsAsReminder: false, pause: null });
    expect(callEffect({ ...base, outcome: 'promise', promisedOn: '2026-07-03' }, false)).toMatchObject({ countsAsReminder: false, pause: { kind: 'promise', until: '2026-07-03' } });
  });
});

describe('callSummary', () => {
  it('says when, with whom and what came of it, in French typography', () => {
    expect(callSummary({ ...base, outcome: 'promise', promisedOn: '2026-07-15' })).toEqual(['Appel du 01/07/2026 à 14\u00a0h\u00a005 avec Paul Martin\u00a0: promesse de paiement pour le 15/07/2026']);
    expect(callSummary({ ...base, time: '09:00', outcome: 'dispute', note: 'Le devis était de 900 €.' })).toEqual([
      'Appel du 01/07/2026 à 9\u00a0h avec Paul Martin\u00a0: litige',
      'Objet du litige\u00a0: Le devis était de 900\u00a0€.',
    ]);
    expect(callSummary(base)).toEqual(['Appel du 01/07/2026 à 14\u00a0h\u00a005\u00a0: pas de réponse']);
  });
});

describe('parseCallTime', () => {
  it('reads the ways a time is typed, refuses what is no time of day', () => {
    expect(['14:30', '14h30', '9 h 05', '9h', '09:00', '\u00a014\u00a0h\u00a030 '].map(parseCallTime)).toEqual(['14:30', '14:30', '09:05', '09:00', '09:00', '14:30']);
    for (const bad of ['24:00', '12:60', '1430', 'midi', '', '12:3']) expect(parseCallTime(bad), bad).toBeNull();
  });
});
