import { useEffect, useState } from 'react';
import type { StatementPreview } from '../../../../shared/documents/statementsContract';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import { formatEuros } from '../../../../shared/kernel/money';
import { api, ApiError } from '../../api/client';
import { useAppStore } from '../../app/store';
import { FormError } from '../../ui/FormError';
import { Modal } from '../../ui/Modal';
import { PdfViewer } from '../../ui/PdfViewer';
import { TextField } from '../../ui/TextField';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { useFileDownload } from '../../ui/useFileDownload';
import { PdfOutputButtons } from './PdfOutputButtons';
import './Letter.css';

const fr = frenchTypography;

/** The statement of account of a client (relevé de compte) on a date: the PDF as it will be, saved or recorded as sent. */
export function StatementScreen({ clientId }: { clientId: string }): React.JSX.Element {
  const client = useAppStore((s) => s.snapshot?.clients.find((c) => c.id === clientId));
  const today = useAppStore((s) => s.status?.today ?? '');
  const navigate = useAppStore((s) => s.navigate);
  const [asOfText, setAsOfText] = useState(() => formatFrenchDate(today));
  const [preview, setPreview] = useState<{ asOf: string; result: StatementPreview } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const saveFile = useFileDownload();
  const parsed = parseFrenchDate(asOfText);
  const asOf = parsed.ok ? parsed.value : null;

  useEffect(() => {
    if (!asOf || !client) return;
    let cancelled = false;
    const timer = setTimeout(() => {
      api()
        .call('statements.preview', { clientId, asOf })
        .then((result) => {
          if (cancelled) return;
          setPreview({ asOf, result });
          setProblem(null);
        })
        .catch((error: unknown) => {
          if (cancelled) return;
          setPreview(null);
          setProblem(error instanceof ApiError ? error.message : 'Le relevé n’a pas pu être produit.');
        });
    }, 150);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
    // The client's record changes with every save: the preview follows the data through `client`.
  }, [asOf, clientId, client]);

  const back = (
    <button type="button" className="button button-ghost back-button" onClick={() => navigate({ name: 'client', id: clientId })}>
      <span aria-hidden="true">← </span>
      Retour au client
    </button>
  );
  if (!client) {
    return (
      <section className="screen">
        {back}
        <p role="alert">{fr('Ce client n’existe plus : il a peut-être été supprimé.')}</p>
      </section>
    );
  }
  const ready = preview !== null && problem === null && preview.asOf === asOf;
  const figures = ready ? preview.result.figures : null;

  return (
    <section className="screen screen-fill letter-screen" aria-labelledby="statement-title">
      {back}
      <header className="screen-header">
        <div>
          <h1 id="statement-title">{fr(`Relevé de compte de ${client.name}`)}</h1>
          <p className="screen-subtitle">Toutes les factures ouvertes à la date choisie, échues ou non, et les avoirs.</p>
        </div>
        <div className="header-actions">
          <PdfOutputButtons source={ready ? { kind: 'statement', request: { clientId, asOf } } : null} bytes={ready ? (preview.result.pdf as Uint8Array<ArrayBuffer>) : null} fileName={preview?.result.fileName ?? 'Relevé de compte.pdf'} />
          <button type="button" className="button" disabled={!ready} onClick={() => ready && saveFile(preview.result.pdf as Uint8Array<ArrayBuffer>, preview.result.fileName, 'application/pdf')}>
            Enregistrer en PDF
          </button>
          <button type="button" className="button button-primary" onClick={() => setSending(true)} disabled={!ready} aria-haspopup="dialog">
            Marquer comme envoyé…
          </button>
        </div>
      </header>
      <div className="letter-layout">
        <form className="panel letter-options" aria-label="Options du relevé" onSubmit={(e) => e.preventDefault()}>
          <TextField label="Relevé au" value={asOfText} onChange={setAsOfText} error={parsed.ok ? undefined : parsed.message} inputMode="numeric" placeholder="jj/mm/aaaa" />
          {figures && (
            <dl className="statement-figures" aria-label="Solde du relevé">
              <dt>Échu</dt>
              <dd>{formatEuros(figures.overdueCents)}</dd>
              <dt>Non échu</dt>
              <dd>{formatEuros(figures.notDueCents)}</dd>
              {figures.creditCents > 0 && (
                <>
                  <dt>Avoirs</dt>
                  <dd>{formatEuros(-figures.creditCents)}</dd>
                </>
              )}
              <dt>Solde</dt>
              <dd className="cell-strong">{formatEuros(figures.balanceCents)}</dd>
            </dl>
          )}
          {problem && (
            <p role="alert" className="form-error">
              {problem}
            </p>
          )}
        </form>
        <PdfViewer bytes={ready ? preview.result.pdf : null} label="Aperçu du relevé" />
      </div>
      {sending && ready && (
        <SendStatementDialog
          clientId={clientId}
          asOf={preview.asOf}
          sha256={preview.result.sha256}
          today={today}
          onClose={() => setSending(false)}
          onSent={() => {
            setSending(false);
            navigate({ name: 'client', id: clientId });
          }}
        />
      )}
    </section>
  );
}

const CHANNELS = [
  { value: 'letter', label: 'Par courrier' },
  { value: 'email', label: 'Par e-mail' },
  { value: 'hand', label: 'Remis en main propre' },
] as const;

function SendStatementDialog(props: { clientId: string; asOf: string; sha256: string; today: string; onClose(): void; onSent(): void }): React.JSX.Element {
  const [channel, setChannel] = useState<(typeof CHANNELS)[number]['value']>('letter');
  const [sentOnText, setSentOnText] = useState(formatFrenchDate(props.today));
  const { busy, formError, run } = useCoreSubmit('L’enregistrement du relevé a échoué.');
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const sentOn = parseFrenchDate(sentOnText);

  async function submit(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    if (!sentOn.ok) return;
    const ok = await run(async () => {
      await api().call('statements.send', { request: { clientId: props.clientId, asOf: props.asOf }, channel, sentOn: sentOn.value, previewSha256: props.sha256 });
      showToast('Relevé enregistré comme envoyé');
      await refresh();
    }, () => undefined);
    if (ok) props.onSent();
  }

  return (
    <Modal title="Marquer le relevé comme envoyé" onClose={props.onClose}>
      <form noValidate onSubmit={(e) => void submit(e)}>
        <fieldset className="radio-group">
          <legend>Envoi</legend>
          {CHANNELS.map((c) => (
            <label key={c.value} className="radio-row">
              <input type="radio" name="statement-channel" value={c.value} checked={channel === c.value} onChange={() => setChannel(c.value)} />
              {c.label}
            </label>
          ))}
        </fieldset>
        <TextField label="Date d’envoi" value={sentOnText} onChange={setSentOnText} error={sentOn.ok ? undefined : sentOn.message} inputMode="numeric" />
        <p className="muted">{fr('Le relevé est archivé tel quel (son empreinte SHA-256 est gardée) : c’est la preuve de ce que vous avez envoyé.')}</p>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="button" className="button" onClick={props.onClose}>
            Annuler
          </button>
          <button type="submit" className="button button-primary" disabled={busy || !sentOn.ok}>
            Enregistrer l’envoi
          </button>
        </div>
      </form>
    </Modal>
  );
}
