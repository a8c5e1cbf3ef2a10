import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { PostalEventKind, ReminderRecord, ReturnReason } from '../../../../shared/dunning/schema';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import type { Invoice } from '../../../../shared/ledger/schema';
import { activePostalEvents, postalSummary, RETURN_REASON_LABELS } from '../../../../shared/proofs/postalEvents';
import { checkScan, scanSizeProblem } from '../../../../shared/proofs/scan';
import { ApiError, api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

interface Props {
  invoice: Invoice;
  reminder: ReminderRecord;
  /** The step's name: « Mise en demeure ». */
  letterTitle: string;
  /** A scan dropped on the reminder's row: taken as if chosen here. */
  initialScan?: File | undefined;
  onClose(): void;
}

const KIND_CHOICES: { kind: PostalEventKind; label: string }[] = [
  { kind: 'delivered', label: 'Distribuée\u00a0: avis de réception signé' },
  { kind: 'presented', label: 'Présentée\u00a0: avis de passage laissé' },
  { kind: 'returned', label: 'Revenue à l’expéditeur' },
  { kind: 'deposit-proof', label: 'Preuve de dépôt (son scan)' },
];

const DATE_LABELS: Record<PostalEventKind, string> = {
  delivered: 'Date de distribution',
  presented: 'Date de première présentation',
  returned: 'Date du retour',
  'deposit-proof': 'Date de dépôt',
};

/**
 * « Suivi du recommandé »: what happened to a letter after it left, read from the AR, the avis de passage or the
 * deposit proof, with its scan. The file dropped or chosen is read here (File.arrayBuffer()) and checked by its first
 * bytes before anything is sent; the core checks it again and archives it by its hash. Nothing is ever edited: a
 * mistaken entry is withdrawn from the history, with its reason.
 */
export function PostalEventDialog({ invoice, reminder, letterTitle, initialScan, onClose }: Props): React.JSX.Element {
  const descriptionId = useId();
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const registered = reminder.channel === 'registered-letter';
  // A letter that grouped several invoices: the event is recorded on each of them (the core does it; the dialog says so).
  const allInvoices = useAppStore((st) => st.snapshot?.invoices);
  const grouped = useMemo(
    () =>
      reminder.document
        ? (allInvoices ?? [])
            .filter((i) => i.id !== invoice.id && i.clientId === invoice.clientId && i.reminders.some((r) => r.document?.sha256 === reminder.document!.sha256 && r.sentOn === reminder.sentOn))
            .map((i) => i.number)
        : [],
    [allInvoices, invoice.id, invoice.clientId, reminder.document, reminder.sentOn],
  );
  const summary = postalSummary(activePostalEvents(invoice, reminder.id));
  const choices = registered ? KIND_CHOICES : KIND_CHOICES.filter((c) => c.kind === 'delivered');
  const [kind, setKind] = useState<PostalEventKind>(summary.firstPresentedOn && registered ? 'delivered' : choices[0]!.kind);
  const [on, setOn] = useState('');
  const [reason, setReason] = useState<ReturnReason>('unclaimed');
  const [presentedOn, setPresentedOn] = useState('');
  const [note, setNote] = useState('');
  const [scan, setScan] = useState<{ fileName: string; bytes: Uint8Array<ArrayBuffer> } | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const needsPresentation = kind === 'returned' && reason !== 'unknown-address' && !summary.firstPresentedOn;

  async function take(file: File | undefined): Promise<void> {
    if (!file) return;
    // Too big: refused before it is read.
    const tooBig = scanSizeProblem(file.size, file.name);
    if (tooBig) {
      setScan(null);
      setErrors((e) => ({ ...e, scan: tooBig }));
      return;
    }
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkScan(bytes, file.name);
    if (!check.ok) {
      setScan(null);
      setErrors((e) => ({ ...e, scan: check.message }));
      return;
    }
    setErrors(({ scan: _scan, ...rest }) => rest);
    setScan({ fileName: file.name, bytes });
  }

  const dropped = useRef(initialScan);
  useEffect(() => {
    const file = dropped.current;
    dropped.current = undefined;
    if (file) void take(file);
    // Once, for the file dropped on the row.
  }, []);

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    setFormError(null);
    const errs: Record<string, string> = {};
    const date = kind === 'deposit-proof' ? ({ ok: true, value: reminder.sentOn } as const) : parseFrenchDate(on);
    if (!date.ok) errs.on = date.message;
    const presented = needsPresentation ? parseFrenchDate(presentedOn) : null;
    if (presented && !presented.ok) errs.presentedOn = presented.message;
    if (kind === 'deposit-proof' && !scan) errs.scan = 'Joignez le scan de la preuve de dépôt.';
    if (errors.scan) errs.scan = errors.scan;
    setErrors(errs);
    if (Object.keys(errs).length > 0 || !date.ok) return;
    setBusy(true);
    try {
      await api().call('invoices.recordPostalEvent', {
        invoiceId: invoice.id,
        reminderId: reminder.id,
        kind,
        on: date.value,
        ...(kind === 'returned' ? { returnReason: reason } : {}),
        ...(presented?.ok ? { presentedOn: presented.value } : {}),
        note,
        ...(scan ? { scan } : {}),
      });
      showToast(fr(`Suivi enregistré pour la lettre « ${letterTitle} » du ${formatFrenchDate(reminder.sentOn)}`));
      await refresh();
      onClose();
    } catch (error) {
      if (error instanceof ApiError) {
        if (error.fields) setErrors(error.fields);
        setFormError(error.message);
      } else setFormError('Le suivi de la lettre n’a pas pu être enregistré.');
      setBusy(false);
    }
  }

  return (
    <Modal title={registered ? 'Suivi du recommandé' : 'Réception de la lettre'} onClose={onClose} describedBy={descriptionId}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <p id={descriptionId}>
          {fr(
            `Lettre « ${letterTitle} », ${reminder.registeredNumber ? `n°\u00a0${reminder.registeredNumber}, ` : ''}${registered ? 'déposée' : 'envoyée'} le ${formatFrenchDate(reminder.sentOn)}. Recopiez la date portée sur l’avis et joignez-en le scan : il est gardé tel quel, avec son empreinte.${
              grouped.length > 0 ? ` Cette lettre regroupait aussi ${grouped.length > 1 ? 'les factures' : 'la facture'} ${grouped.join(', ')} : le suivi y sera noté aussi.` : ''
            }`,
          )}
        </p>
        {choices.length > 1 && (
          <fieldset className="postal-kinds">
            <legend className="field-label">Ce qui s’est passé</legend>
            {choices.map((c) => (
              <label key={c.kind} className="radio">
                <input type="radio" name="postal-kind" value={c.kind} checked={kind === c.kind} onChange={() => setKind(c.kind)} />
                {c.label}
              </label>
            ))}
          </fieldset>
        )}
        {kind === 'returned' && (
          <SelectField label="Motif du retour" value={reason} onChange={(v) => setReason(v as ReturnReason)} error={errors.returnReason}>
            {(Object.keys(RETURN_REASON_LABELS) as ReturnReason[]).map((r) => (
              <option key={r} value={r}>
                {RETURN_REASON_LABELS[r].charAt(0).toUpperCase() + RETURN_REASON_LABELS[r].slice(1)}
              </option>
            ))}
          </SelectField>
        )}
        <div className="grid-2">
          {kind === 'deposit-proof' ? (
            <p className="field-hint">{fr(`Date de dépôt : ${formatFrenchDate(reminder.sentOn)} (celle de l’envoi de la lettre).`)}</p>
          ) : (
            <TextField
              label={DATE_LABELS[kind]}
              placeholder="jj/mm/aaaa"
              value={on}
              onChange={setOn}
              error={errors.on}
              hint={kind === 'delivered' && registered ? 'La date de distribution portée sur l’avis de réception signé.' : undefined}
            />
          )}
          {needsPresentation && (
            <TextField
              label="Date de première présentation"
              placeholder="jj/mm/aaaa"
              value={presentedOn}
              onChange={setPresentedOn}
              error={errors.presentedOn}
              hint={fr('Celle de l’avis de passage : une lettre avisée et non réclamée vaut mise en demeure à cette date.')}
            />
          )}
        </div>
        <div
          className={dragging ? 'scan-drop scan-drop-active' : 'scan-drop'}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            void take(e.dataTransfer.files[0]);
          }}
        >
          <div className="field-label-row">
            <label className="field-label" htmlFor={`${descriptionId}-scan`}>
              {kind === 'deposit-proof' ? 'Scan de la preuve de dépôt' : 'Scan de l’avis de réception'}
            </label>
            {kind !== 'deposit-proof' && <span className="field-optional">facultatif</span>}
          </div>
          {/* The browser's own file button speaks its own language: a French button opens the same chooser. */}
          <input
            ref={fileInput}
            id={`${descriptionId}-scan`}
            className="visually-hidden"
            tabIndex={-1}
            type="file"
            accept=".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
            aria-invalid={errors.scan ? true : undefined}
            aria-describedby={`${descriptionId}-scan-hint${errors.scan ? ` ${descriptionId}-scan-error` : ''}`}
            onChange={(e) => void take(e.target.files?.[0])}
          />
          <button
            type="button"
            className="button button-small scan-choose"
            aria-describedby={`${descriptionId}-scan-hint${errors.scan ? ` ${descriptionId}-scan-error` : ''}`}
            onClick={() => fileInput.current?.click()}
          >
            {scan ? 'Choisir un autre fichier…' : 'Choisir un fichier…'}
          </button>
          <p id={`${descriptionId}-scan-hint`} className="field-hint">
            {scan ? fr(`Fichier retenu : ${scan.fileName}`) : fr('PDF, JPEG ou PNG, 10 Mo au plus : déposez le fichier ici ou choisissez-le.')}
          </p>
          {errors.scan && (
            <p id={`${descriptionId}-scan-error`} className="field-error">
              {errors.scan}
            </p>
          )}
        </div>
        <TextField label="Note" optional value={note} onChange={setNote} maxLength={500} />
        <FormError message={formError} />
        <div className="form-actions">
          <button type="button" className="button" onClick={onClose}>
            Annuler
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            Enregistrer le suivi
          </button>
        </div>
      </form>
    </Modal>
  );
}
