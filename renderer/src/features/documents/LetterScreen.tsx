import { useEffect, useMemo, useRef, useState } from 'react';
import type { LetterPreview, LetterRequestInput } from '../../../../shared/documents/contract';
import type { DunningTone } from '../../../../shared/dunning/schema';
import { TONE_DESCRIPTIONS } from '../../../../shared/dunning/levels';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { formatEuros } from '../../../../shared/kernel/money';
import { invoiceBalance } from '../../../../shared/ledger/invoiceStatus';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import type { FieldErrors } from '../../ui/fieldErrors';
import { PdfViewer } from '../../ui/PdfViewer';
import { TextField } from '../../ui/TextField';
import { useFileDownload } from '../../ui/useFileDownload';
import { LETTER_TONES, letterFileName, letterRequestOf, type LetterFormValues } from './letterForm';
import { PdfOutputButtons } from './PdfOutputButtons';
import { SendLetterDialog } from './SendLetterDialog';
import { CallPane, EmailPane, SmsPane } from '../channels';
import { InvoiceCopiesField } from '../attachments';
import './Letter.css';

interface LetterScreenProps {
  clientId: string;
  invoiceIds: readonly string[];
  tone: DunningTone;
  /** The invoice the user came from (the back button returns there), or none: the overview. */
  invoiceId?: string;
  /** How the reminder goes, to start with (the dunning step's channel); the user can change it. */
  channel?: SendingChannel | undefined;
}

type SendingChannel = 'letter' | 'email' | 'sms' | 'phone';

/** The choices of « Envoi », and the screen's title for each. */
const CHANNELS: readonly { channel: SendingChannel; label: string; title: (client: string) => string }[] = [
  { channel: 'letter', label: 'Lettre', title: (c) => `Lettre à ${c}` },
  { channel: 'email', label: 'E-mail', title: (c) => `E-mail à ${c}` },
  { channel: 'sms', label: 'SMS', title: (c) => `SMS à ${c}` },
  { channel: 'phone', label: 'Appel', title: (c) => `Appel à ${c}` },
];

const PREVIEW_DELAY_MS = 120;

/** The letter: its tone, dates and invoices on the left, the exact PDF on the right, then save or mark as sent. */
export function LetterScreen({ clientId, invoiceIds, tone, invoiceId, channel: initialChannel }: LetterScreenProps): React.JSX.Element {
  const snapshot = useAppStore((s) => s.snapshot);
  const today = useAppStore((s) => s.status?.today ?? '');
  const navigate = useAppStore((s) => s.navigate);
  const client = snapshot?.clients.find((c) => c.id === clientId);
  const openInvoices = useMemo(
    () => (snapshot?.invoices ?? []).filter((i) => i.clientId === clientId && !i.cancelled && (invoiceBalance(i).remainingCents > 0 || invoiceIds.includes(i.id))),
    [snapshot, clientId, invoiceIds],
  );
  const [values, setValues] = useState<LetterFormValues>(() => ({
    clientId,
    invoiceIds,
    tone,
    letterDate: formatFrenchDate(today),
    paymentDeadline: '',
    registered: tone === 'formal',
    registeredNumber: '',
    invoiceCopies: true,
  }));
  const [preview, setPreview] = useState<{ request: LetterRequestInput; result: LetterPreview } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  /**
   * « Lettre » (the PDF to print or save), « E-mail » (the same reminder as a message for the user's mail client),
   * « SMS » (its short text) or « Appel » (its call sheet and the call log).
   */
  const [channel, setChannel] = useState<SendingChannel>(initialChannel ?? 'letter');
  const generation = useRef(0);
  const saveFile = useFileDownload();
  // The registered mention follows the tone (a mise en demeure goes by recommandé) until the user sets it.
  const registeredTouched = useRef(false);

  const set = <K extends keyof LetterFormValues>(key: K, value: LetterFormValues[K]): void => setValues((v) => ({ ...v, [key]: value }));

  const parsed = useMemo(() => letterRequestOf(values), [values]);
  const attachmentsKey = openInvoices
    .filter((i) => values.invoiceIds.includes(i.id))
    .map((i) => i.attachment?.sha256 ?? '-')
    .join(',');
  const errors: FieldErrors = parsed.ok ? {} : parsed.errors;
  // An e-mail, an SMS or a call is never a registered letter: the same request without the registered mention.
  const emailRequest = useMemo(() => (parsed.ok ? { ...parsed.request, registeredMail: false, registeredNumber: null } : null), [parsed]);

  useEffect(() => {
    if (!parsed.ok) return;
    const mine = ++generation.current;
    const timer = setTimeout(() => {
      api()
        .call('letters.preview', parsed.request)
        .then((result) => {
          if (mine !== generation.current) return;
          setPreview({ request: parsed.request, result });
          setProblem(null);
        })
        .catch((e: unknown) => {
          if (mine !== generation.current) return;
          setProblem(e instanceof ApiError ? e.message : 'L’aperçu de la lettre n’a pas pu être produit.');
        });
    }, PREVIEW_DELAY_MS);
    return () => clearTimeout(timer);
    // A PDF attached or removed changes the letter pack: drawn again.
  }, [parsed, attachmentsKey]);

  const back = (
    <button
      type="button"
      className="button button-ghost back-button"
      onClick={() => navigate(invoiceId ? { name: 'invoice', id: invoiceId, from: 'overview' } : { name: 'overview' })}
    >
      <span aria-hidden="true">← </span>
      {invoiceId ? 'Retour à la facture' : 'Retour aux relances'}
    </button>
  );
  const leave = (): void => navigate(invoiceId ? { name: 'invoice', id: invoiceId, from: 'overview' } : { name: 'overview' });
  if (!client) {
    return (
      <section className="screen">
        {back}
        <p role="alert">{fr('Ce client n’existe plus : il a peut-être été supprimé.')}</p>
      </section>
    );
  }

  const toneLabel = LETTER_TONES.find((t) => t.tone === values.tone)!.label;
  const selected = openInvoices.filter((i) => values.invoiceIds.includes(i.id));
  const ready = preview !== null && problem === null && Object.keys(errors).length === 0;
  const fileName = letterFileName(preview?.request.letterDate ?? today, toneLabel, selected.map((i) => i.number));

  function download(): void {
    if (preview) saveFile(preview.result.pdf, fileName, 'application/pdf');
  }

  return (
    <section className="screen screen-fill letter-screen" aria-labelledby="letter-title">
      {back}
      <header className="screen-header">
        <div>
          <h1 id="letter-title">{fr(CHANNELS.find((c) => c.channel === channel)!.title(client.name))}</h1>
          <p className="screen-subtitle">{toneLabel}</p>
        </div>
        {channel === 'letter' && (
        <div className="header-actions">
          <PdfOutputButtons source={ready ? { kind: 'letter', request: preview.request } : null} bytes={ready ? preview.result.pdf : null} fileName={fileName} />
          <button type="button" className="button" onClick={download} disabled={!ready}>
            Enregistrer en PDF
          </button>
          <button type="button" className="button button-primary" onClick={() => setSending(true)} disabled={!ready} aria-haspopup="dialog">
            Marquer comme envoyée…
          </button>
        </div>
        )}
      </header>
      <div className="letter-layout">
        <form className="panel letter-options" aria-label="Options de la lettre" onSubmit={(e) => e.preventDefault()}>
          <fieldset className="letter-channel">
            <legend>Envoi</legend>
            {CHANNELS.map((c) => (
              <label key={c.channel} className="radio-row">
                <input type="radio" name="letter-channel" value={c.channel} checked={channel === c.channel} onChange={() => setChannel(c.channel)} />
                {c.label}
              </label>
            ))}
          </fieldset>
          <fieldset className="letter-tones" aria-describedby="letter-tone-description">
            <legend>{channel === 'letter' ? 'Ton de la lettre' : 'Ton de la relance'}</legend>
            {LETTER_TONES.map((t) => (
              <label key={t.tone} className="radio-row">
                <input
                  type="radio"
                  name="letter-tone"
                  value={t.tone}
                  checked={values.tone === t.tone}
                  onChange={() => setValues((v) => ({ ...v, tone: t.tone, registered: registeredTouched.current ? v.registered : t.tone === 'formal' }))}
                />
                {t.label}
              </label>
            ))}
            <p className="field-hint" id="letter-tone-description">
              {TONE_DESCRIPTIONS[values.tone]}
            </p>
          </fieldset>
          <TextField label={channel === 'letter' ? 'Date de la lettre' : 'Date de la relance'} placeholder="jj/mm/aaaa" value={values.letterDate} onChange={(v) => set('letterDate', v)} error={errors.letterDate} />
          <TextField
            label="Date limite de paiement"
            placeholder={preview ? formatFrenchDate(preview.result.paymentDeadline) : 'jj/mm/aaaa'}
            hint={preview && values.paymentDeadline === '' ? fr(`Par défaut : ${formatFrenchDate(preview.result.paymentDeadline)}`) : undefined}
            optional
            value={values.paymentDeadline}
            onChange={(v) => set('paymentDeadline', v)}
            error={errors.paymentDeadline}
          />
          <fieldset className="letter-invoices" aria-describedby={errors.invoiceIds ? 'letter-invoices-error' : undefined}>
            <legend>{channel === 'letter' ? 'Factures dans la lettre' : 'Factures concernées'}</legend>
            {openInvoices.map((i) => (
              <label key={i.id} className="checkbox-row">
                <input
                  type="checkbox"
                  checked={values.invoiceIds.includes(i.id)}
                  onChange={(e) => set('invoiceIds', e.target.checked ? [...values.invoiceIds, i.id] : values.invoiceIds.filter((id) => id !== i.id))}
                />
                <span>
                  {i.number} <span className="muted">{fr(`— reste dû ${formatEuros(invoiceBalance(i).remainingCents)}, échéance ${formatFrenchDate(i.dueDate)}`)}</span>
                </span>
              </label>
            ))}
            {errors.invoiceIds && (
              <p className="field-error" id="letter-invoices-error">
                {errors.invoiceIds}
              </p>
            )}
          </fieldset>
          {(channel === 'letter' || channel === 'email') && (
          <InvoiceCopiesField
            invoices={openInvoices.filter((i) => values.invoiceIds.includes(i.id))}
            checked={values.invoiceCopies}
            onChange={(v) => set('invoiceCopies', v)}
            problems={preview?.result.invoiceCopies.flatMap((c) => (c.problem ? [c.problem] : [])) ?? []}
          />
          )}
          {channel === 'letter' && (
          <label className="checkbox-row">
            <input
              type="checkbox"
              checked={values.registered}
              onChange={(e) => {
                registeredTouched.current = true;
                set('registered', e.target.checked);
              }}
            />
            Lettre recommandée avec accusé de réception
          </label>
          )}
          {channel === 'letter' && values.registered && (
            <TextField
              label="Numéro du recommandé"
              optional
              hint={'Une fois connu, il est imprimé sur la lettre (exemple\u00a0: 1A 123 456 7890 1).'}
              value={values.registeredNumber}
              onChange={(v) => set('registeredNumber', v)}
              error={errors.registeredNumber}
            />
          )}
          {/* An SMS and a call sheet state their own figures (a first reminder asks for the invoice only). */}
          {preview && ready && channel !== 'sms' && channel !== 'phone' && (
            <dl className="letter-figures">
              <dt>Reste dû</dt>
              <dd>{formatEuros(preview.result.figures.principalCents)}</dd>
              {preview.result.figures.penaltiesCents > 0 && (
                <>
                  <dt>{client.kind === 'private' ? 'Intérêts' : 'Pénalités'}</dt>
                  <dd>{formatEuros(preview.result.figures.penaltiesCents)}</dd>
                </>
              )}
              {preview.result.figures.indemnityCents > 0 && (
                <>
                  <dt>Indemnité forfaitaire</dt>
                  <dd>{formatEuros(preview.result.figures.indemnityCents)}</dd>
                </>
              )}
              <dt>Total réclamé</dt>
              <dd>{formatEuros(preview.result.figures.totalCents)}</dd>
            </dl>
          )}
        </form>
        {channel === 'email' ? (
          <EmailPane request={emailRequest} clientName={client.name} onSent={leave} />
        ) : channel === 'sms' ? (
          <SmsPane request={emailRequest} clientName={client.name} onSent={leave} />
        ) : channel === 'phone' ? (
          <CallPane request={emailRequest} clientName={client.name} onLogged={leave} />
        ) : (
        <div className="letter-preview">
          {problem && (
            <p className="banner banner-error prewrap" role="alert">
              {problem}
            </p>
          )}
          <PdfViewer bytes={preview?.result.pdf ?? null} label="Aperçu de la lettre" />
        </div>
        )}
      </div>
      {sending && preview && (
        <SendLetterDialog
          preview={preview}
          toneLabel={toneLabel}
          invoiceNumbers={selected.map((i) => i.number)}
          today={today}
          onClose={() => setSending(false)}
          onSent={() => {
            setSending(false);
            navigate(invoiceId ? { name: 'invoice', id: invoiceId, from: 'overview' } : { name: 'overview' });
          }}
        />
      )}
    </section>
  );
}
