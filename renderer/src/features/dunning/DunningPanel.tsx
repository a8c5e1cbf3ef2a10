import { useState } from 'react';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { CHANNEL_LABELS } from '../../../../shared/dunning/levels';
import { isFormalNoticeReminder, type InvoiceStanding } from '../../../../shared/dunning/overview';
import { LATE_CHARGES_LEVEL, type DunningPolicy } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { lateChargesWordingFacts } from '../../../../shared/law/lateCharges';
import { lateChargesSentence, lateChargesTitle } from '../../../../shared/law/wording';
import type { Invoice } from '../../../../shared/ledger/schema';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { LateChargesSettlementForm } from './LateChargesSettlementForm';
import { letterToneOf } from './letterTone';
import { prepareLabelOf, StepActionButton } from './StepActionButton';
import { PauseForm } from './PauseForm';
import { RecordReminderForm } from './RecordReminderForm';
import { RemindersHistory } from './RemindersHistory';
import './Dunning.css';

/** Where the invoice stands in the dunning: next level and date, pause, what a late payment still owes, reminders sent. */
export function DunningPanel({ invoice, policy, standing }: { invoice: Invoice; policy: DunningPolicy; standing: InvoiceStanding }): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const navigate = useAppStore((s) => s.navigate);
  const refresh = useAppStore((s) => s.refresh);
  const [pausing, setPausing] = useState(false);
  const [settling, setSettling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const state = standing.dunning;
  const charges = standing.lateCharges;
  // The principal is still owed: the policy's steps and pauses apply.
  const principalOpen = state.status !== 'paid' && state.status !== 'cancelled' && charges === null;
  const chargesOwed = charges?.status === 'owed' && !invoice.cancelled;
  const noticeSkip = state.skipped.find((k) => k.cause === 'formal-notice');
  const formKey = `${invoice.reminders.length}-${invoice.reminderCancellations.length}`;
  // A step by SMS or by phone opens the screen on that channel (its text, its call sheet and call log).
  const stepChannel = state.nextLevel?.channel === 'sms' || state.nextLevel?.channel === 'phone' ? state.nextLevel.channel : null;

  async function change(action: () => Promise<unknown>, done: string, failed: string): Promise<void> {
    setError(null);
    try {
      await action();
      showToast(done);
      await refresh();
    } catch (e) {
      setError(e instanceof ApiError ? e.message : failed);
    }
  }

  return (
    <section className="panel" aria-labelledby="dunning-title">
      <h2 id="dunning-title">Relances</h2>
      <div className="dunning-state" role="status">
        {state.status === 'paid' && !charges && <p>{fr('Facture payée : plus aucune relance.')}</p>}
        {state.status === 'cancelled' && <p>{fr('Facture annulée : plus aucune relance.')}</p>}
        {charges && !invoice.cancelled && (
          <div className={`late-charges late-charges-${charges.status}`}>
            <p className="late-charges-title">
              <strong>{lateChargesTitle(charges.status, charges.clientKind)}</strong>
            </p>
            <p>{lateChargesSentence(lateChargesWordingFacts(charges))}</p>
            {charges.waiver?.note && <p className="muted">{fr(`Note : ${charges.waiver.note}`)}</p>}
            {state.status === 'charges-claimed' && state.lastReminder && (
              <p>
                {fr(
                  `Réclamation envoyée le ${formatFrenchDate(state.lastReminder.sentOn)} (${CHANNEL_LABELS[state.lastReminder.channel]}) : en attente du règlement.`,
                )}
              </p>
            )}
          </div>
        )}
        {state.status === 'paused' && state.pause && <p className="next-paused">{fr(`En pause : ${state.pause.reason}`)}</p>}
        {state.pauseBroken && principalOpen && <p className="next-broken">{state.pauseBroken.reason}</p>}
        {noticeSkip && invoice.formalNoticeDate && (
          <p>{fr(`Mise en demeure du ${formatFrenchDate(invoice.formalNoticeDate)} : les étapes qui la précèdent sont terminées.`)}</p>
        )}
        {state.status === 'complete' && <p>Toutes les étapes de la procédure ont été envoyées.</p>}
        {state.nextLevel && state.nextDate && (
          <p>
            Prochaine étape{'\u00a0'}: <strong>{state.nextLevel.label}</strong> le <strong>{formatFrenchDate(state.nextDate)}</strong>{' '}
            {/* "(E-mail)" must not break at its hyphen */}
            <span className="nowrap">({CHANNEL_LABELS[state.nextLevel.channel]})</span>
            {state.overdueSince && <span className="text-late"> — à envoyer depuis le {formatFrenchDate(state.overdueSince)}</span>}
            {state.dueToday && !state.overdueSince && <span className="text-late"> — à envoyer aujourd’hui</span>}
          </p>
        )}
      </div>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {(principalOpen || chargesOwed) && (
        <div className="inline-actions">
          {principalOpen && (
            <button
              type="button"
              className={state.nextLevel && state.status !== 'paused' ? 'button button-primary' : 'button'}
              onClick={() =>
                navigate({
                  name: 'letter',
                  clientId: invoice.clientId,
                  invoiceIds: [invoice.id],
                  tone: letterToneOf(state.nextLevel?.tone ?? state.lastReminder?.tone),
                  invoiceId: invoice.id,
                  ...(stepChannel ? { channel: stepChannel } : {}),
                })
              }
            >
              {(stepChannel && prepareLabelOf(stepChannel)) ?? 'Préparer la lettre'}
            </button>
          )}
          {state.nextLevel && state.status !== 'paused' && !stepChannel && (
            <StepActionButton className="button" invoiceId={invoice.id} invoiceNumber={invoice.number} clientId={invoice.clientId} level={state.nextLevel} />
          )}
          {principalOpen &&
            (invoice.pause ? (
              <button type="button" className="button" onClick={() => void change(() => api().call('invoices.setPause', { invoiceId: invoice.id, pause: null }), 'Relances reprises', 'La reprise des relances a échoué.')}>
                Reprendre les relances
              </button>
            ) : (
              !pausing && (
                <button type="button" className="button" aria-expanded={false} onClick={() => setPausing(true)}>
                  Mettre en pause
                </button>
              )
            ))}
          {chargesOwed && (
            <>
              <button
                type="button"
                className="button"
                onClick={() =>
                  void change(
                    () => api().call('invoices.setLateChargesWaiver', { invoiceId: invoice.id, waiver: { note: '' } }),
                    'Pénalités et indemnité abandonnées',
                    'La renonciation aux pénalités a échoué.',
                  )
                }
              >
                Renoncer aux pénalités
              </button>
              {!settling && (
                <button type="button" className="button" aria-expanded={false} onClick={() => setSettling(true)}>
                  Pénalités reçues…
                </button>
              )}
            </>
          )}
        </div>
      )}
      {charges?.status === 'waived' && !invoice.cancelled && (
        <div className="inline-actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              void change(
                () => api().call('invoices.setLateChargesWaiver', { invoiceId: invoice.id, waiver: null }),
                fr('Renonciation annulée : pénalités et indemnité de nouveau dues'),
                'L’annulation de la renonciation a échoué.',
              )
            }
          >
            Annuler la renonciation
          </button>
        </div>
      )}
      {charges?.status === 'settled' && !invoice.cancelled && (
        <div className="inline-actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              void change(
                () => api().call('invoices.setLateChargesSettlement', { invoiceId: invoice.id, settlement: null }),
                'Règlement des pénalités annulé',
                'L’annulation du règlement a échoué.',
              )
            }
          >
            Annuler ce règlement
          </button>
        </div>
      )}
      {settling && chargesOwed && charges && (
        <LateChargesSettlementForm invoiceId={invoice.id} paidOn={charges.paidOn} totalCents={charges.totalCents} onDone={() => setSettling(false)} />
      )}
      {pausing && !invoice.pause && principalOpen && <PauseForm invoiceId={invoice.id} onDone={() => setPausing(false)} />}
      {/* Keyed by the history: after a reminder is recorded or withdrawn, the form starts again, closed, on the new step. */}
      {principalOpen && <RecordReminderForm key={formKey} invoiceId={invoice.id} levels={policy.levels} proposedLevelId={state.nextLevel?.id ?? null} />}
      {chargesOwed && state.status !== 'charges-claimed' && (
        <RecordReminderForm key={formKey} invoiceId={invoice.id} levels={[LATE_CHARGES_LEVEL]} proposedLevelId={LATE_CHARGES_LEVEL.id} />
      )}
      <RemindersHistory invoice={invoice} isFormalNotice={(r) => isFormalNoticeReminder(r, policy)} />
    </section>
  );
}
