import { describe, expect, expectTypeOf, it } from 'vitest';
import type { Invoice } from '../ledger/schema';
import { CHANNEL_LABELS, TONE_LABELS, describeLevelTiming, describePaymentDeadline } from './levels';
import type { EngineInvoice } from './schema';
import {
  DEFAULT_POLICY,
  DUNNING_CHANNELS,
  DUNNING_TONES,
  dunningClientFieldsSchema,
  dunningInvoiceFieldsSchema,
  dunningLevelSchema,
  dunningPauseSchema,
  dunningPolicySchema,
  dunningSettingsFieldsSchema,
  reminderRecordSchema,
} from './schema';

const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) => (r.success ? [] : r.error!.issues.map((i) => i.message));

describe('the default policy', () => {
  it('is valid, ordered, with the stable ids and French labels', () => {
    expect(dunningPolicySchema.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    expect(DEFAULT_POLICY.levels.map((l) => [l.id, l.label, l.enabled])).toEqual([
      ['courtesy', 'Rappel préventif', false],
      ['friendly', 'Rappel amiable', true],
      ['firm', 'Relance ferme', true],
      ['formal-notice', 'Mise en demeure', true],
      ['litigation', 'Contentieux', true],
    ]);
    const med = DEFAULT_POLICY.levels[3]!;
    expect(med).toMatchObject({ channel: 'registered-letter', tone: 'formal', paymentDeadlineDays: 8, anchor: 'after-previous', offsetDays: 15 });
    expect(DEFAULT_POLICY.levels[4]).toMatchObject({ anchor: 'after-previous-deadline', offsetDays: 15, tone: 'litigation', channel: 'letter' });
  });

  it('is frozen, so nobody edits the shared default by mistake', () => {
    expect(Object.isFrozen(DEFAULT_POLICY.levels[0])).toBe(true);
    expect(() => {
      (DEFAULT_POLICY.levels[0] as { enabled: boolean }).enabled = true;
    }).toThrow();
  });
});

describe('schemas reject bad data in French', () => {
  const level = { ...DEFAULT_POLICY.levels[2]! };
  it.each([
    [{ ...level, offsetDays: 0 }, 'Une relance qui suit la précédente part au moins un jour après elle.'],
    [{ ...level, offsetDays: -1 }, 'Délai\u00a0: le nombre de jours ne peut pas être négatif.'],
    [{ ...level, offsetDays: 1.5 }, 'Délai\u00a0: un nombre entier de jours.'],
    [{ ...level, id: 'Relance Ferme' }, 'Identifiant d’étape invalide (lettres minuscules, chiffres et tirets).'],
    [{ ...level, label: '  ' }, 'Le nom de l’étape est obligatoire.'],
    [{ ...level, channel: 'fax' }, 'Moyen d’envoi inconnu.'],
  ])('level %#', (input, message) => {
    expect(messages(dunningLevelSchema.safeParse(input))).toContain(message);
  });

  it('accepts a before-due or after-due level the day of the due date', () => {
    expect(dunningLevelSchema.safeParse({ ...level, anchor: 'after-due', offsetDays: 0 }).success).toBe(true);
  });

  it('a policy needs at least one level and distinct ids', () => {
    expect(messages(dunningPolicySchema.safeParse({ levels: [] }))).toEqual(['La procédure de relance comporte au moins une étape.']);
    expect(messages(dunningPolicySchema.safeParse({ levels: [level, level] }))).toEqual(['L’étape «\u00a0Relance ferme\u00a0» a le même identifiant qu’une autre étape.']);
  });

  it.each([
    [{ kind: 'dispute', since: '2026-03-01', note: '' }, 'Précisez l’objet du litige.'],
    [{ kind: 'dispute', since: '2026-03-01' }, 'Précisez l’objet du litige.'],
    [{ kind: 'promise', since: '2026-03-10', until: '2026-03-01' }, 'La date de paiement promise ne peut pas précéder la date de la promesse.'],
    [{ kind: 'plan', since: '2026-03-01', instalments: [] }, 'Un plan de paiement comporte au moins une échéance.'],
    [
      {
        kind: 'plan',
        since: '2026-03-01',
        instalments: [
          { dueDate: '2026-05-01', amountCents: 100 },
          { dueDate: '2026-04-01', amountCents: 100 },
        ],
      },
      'Les échéances du plan se suivent dans l’ordre des dates, une par jour au plus.',
    ],
    [{ kind: 'plan', since: '2026-03-01', instalments: [{ dueDate: '2026-04-01', amountCents: 0 }] }, 'Le montant doit être supérieur à zéro.'],
    [{ kind: 'plan', since: '2026-03-01', instalments: [{ dueDate: '2026-02-01', amountCents: 10 }] }, 'La première échéance ne peut pas précéder le début du plan.'],
    [{ kind: 'holiday', since: '2026-03-01' }, 'Type de suspension inconnu (litige, promesse de paiement ou plan de paiement).'],
  ])('pause %#', (input, message) => {
    expect(messages(dunningPauseSchema.safeParse(input))).toContain(message);
  });

  it('accepts valid pauses and fills the optional notes', () => {
    expect(dunningPauseSchema.parse({ kind: 'promise', since: '2026-03-10', until: '2026-03-15' })).toEqual({ kind: 'promise', since: '2026-03-10', until: '2026-03-15', note: '' });
    expect(dunningPauseSchema.parse({ kind: 'dispute', since: '2026-03-10', note: ' litige ' })).toMatchObject({ note: 'litige' });
  });

  it('a reminder record needs a real date and instant', () => {
    const ok = { id: 'r1', levelId: 'friendly', sentOn: '2026-03-08', channel: 'email', recordedAt: '2026-03-08T09:12:00.000+01:00' };
    expect(reminderRecordSchema.parse(ok)).toEqual({ ...ok, note: '', firstPresentedOn: null, receivedOn: null });
    expect(messages(reminderRecordSchema.safeParse({ ...ok, sentOn: '2026-02-30' }))).toEqual(['Date invalide (format attendu\u00a0: jj/mm/aaaa).']);
    expect(messages(reminderRecordSchema.safeParse({ ...ok, recordedAt: 'hier' }))).toEqual(['Horodatage invalide.']);
  });
});

describe('fields for the migration', () => {
  it('default to: no own policy, no reminder, no postal event, no pause, not cancelled, no decision on late charges, the default policy in the settings', () => {
    expect(dunningClientFieldsSchema.parse({})).toEqual({ dunningPolicy: null });
    expect(dunningInvoiceFieldsSchema.parse({})).toEqual({
      reminders: [],
      reminderCancellations: [],
      postalEvents: [],
      postalEventCancellations: [],
      phoneCalls: [],
      phoneCallCancellations: [],
      pause: null,
      cancelled: false,
      lateChargesWaiver: null,
      lateChargesSettlement: null,
    });
    const settings = dunningSettingsFieldsSchema.parse({});
    expect(settings.defaultPolicy).toEqual(DEFAULT_POLICY);
    expect(Object.isFrozen(settings.defaultPolicy.levels[0])).toBe(false);
  });

  it('a stored invoice with the dunning fields is an EngineInvoice', () => {
    type Stored = Invoice & { reminders: EngineInvoice['reminders']; pause: EngineInvoice['pause']; cancelled: boolean };
    expectTypeOf<Stored>().toExtend<EngineInvoice>();
  });
});

describe('French labels', () => {
  it('exist for every tone and channel', () => {
    for (const t of DUNNING_TONES) expect(TONE_LABELS[t]).toBeTruthy();
    for (const c of DUNNING_CHANNELS) expect(CHANNEL_LABELS[c]).toBeTruthy();
    expect(CHANNEL_LABELS).toEqual({ letter: 'Lettre simple', 'registered-letter': 'Lettre recommandée avec AR', email: 'E-mail', sms: 'SMS', hand: 'Remise en main propre', phone: 'Appel téléphonique' });
  });

  it('describe the timing of each default level', () => {
    expect(DEFAULT_POLICY.levels.map(describeLevelTiming)).toEqual([
      '3 jours avant l’échéance',
      '7 jours après l’échéance',
      '10 jours après la relance précédente',
      '15 jours après la relance précédente',
      '15 jours après la fin du délai accordé par la relance précédente',
    ]);
    expect(describeLevelTiming({ anchor: 'after-due', offsetDays: 0 })).toBe('Le jour de l’échéance');
    expect(describeLevelTiming({ anchor: 'before-due', offsetDays: 0 })).toBe('Le jour de l’échéance');
  });

  it('writes the timing the French way: 0 and 1 singular, a negative delay the other way round', () => {
    expect(describeLevelTiming({ anchor: 'after-due', offsetDays: 1 })).toBe('1 jour après l’échéance');
    expect(describeLevelTiming({ anchor: 'before-due', offsetDays: 1 })).toBe('1 jour avant l’échéance');
    expect(describeLevelTiming({ anchor: 'after-due', offsetDays: 2 })).toBe('2 jours après l’échéance');
    expect(describeLevelTiming({ anchor: 'after-due', offsetDays: -5 })).toBe('5 jours avant l’échéance');
    expect(describeLevelTiming({ anchor: 'before-due', offsetDays: -1 })).toBe('1 jour après l’échéance');
    expect(describeLevelTiming({ anchor: 'after-previous', offsetDays: 1 })).toBe('1 jour après la relance précédente');
    expect(describeLevelTiming({ anchor: 'after-previous', offsetDays: 0 })).toBe('Le jour de la relance précédente');
    expect(describePaymentDeadline({ paymentDeadlineDays: 1 })).toBe('Délai de paiement accordé\u00a0: 1 jour');
    expect(describePaymentDeadline({ paymentDeadlineDays: 0 })).toBe('Délai de paiement accordé\u00a0: 0 jour');
    expect(describePaymentDeadline(DEFAULT_POLICY.levels[3]!)).toBe('Délai de paiement accordé\u00a0: 8 jours');
    expect(describePaymentDeadline(DEFAULT_POLICY.levels[1]!)).toBeNull();
  });
});
