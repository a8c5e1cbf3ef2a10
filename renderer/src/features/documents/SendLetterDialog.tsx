import { useId, useState } from 'react';
import type { LetterPreview, LetterRequestInput } from '../../../../shared/documents/contract';
import { CHANNEL_LABELS } from '../../../../shared/dunning/levels';
import { frenchTypography as fr } from '../../../../shared/kernel/frenchTypography';
import { formatFrenchDate, parseFrenchDate } from '../../../../shared/kernel/localDate';
import { api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { ConfirmActions } from '../../ui/ConfirmDialog';
import { Modal } from '../../ui/Modal';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';

type LetterChannel = 'letter' | 'registered-letter' | 'email' | 'hand';

interface Props {
  preview: { request: LetterRequestInput; result: LetterPreview };
  toneLabel: string;
  invoiceNumbers: readonly string[];
  today: string;
  onClose(): void;
  onSent(): void;
}

/**
 * « Marquer comme envoyée » for a letter: how and when it left, what will be kept. The core archives the very bytes
 * that were previewed (it refuses if the letter would now differ) and records the letter on each of its invoices.
 */
export function SendLetterDialog({ preview, toneLabel, invoiceNumbers, today, onClose, onSent }: Props): React.JSX.Element {
  const descriptionId = useId();
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const registered = preview.result.registeredMail;
  const [channel, setChannel] = useState<LetterChannel>(registered ? 'registered-letter' : 'letter');
  const [sentOn, setSentOn] = useState(formatFrenchDate(today));
  const [dateError, setDateError] = useState<string | undefined>();
  const channelMismatch = (channel === 'registered-letter') !== registered;

  return (
    <Modal title={'Marquer la lettre comme envoyée\u202f?'} onClose={onClose} describedBy={descriptionId} alert>
      <p id={descriptionId}>
        {fr(
          `La lettre « ${toneLabel} » sera archivée telle que vous l’avez vue (son empreinte SHA-256 est gardée) et notée comme envoyée sur ${invoiceNumbers.length > 1 ? `les factures ${invoiceNumbers.join(', ')}` : `la facture ${invoiceNumbers[0] ?? ''}`}.`,
        )}
      </p>
      <SelectField label="Moyen d’envoi" value={channel} onChange={(v) => setChannel(v as LetterChannel)}>
        {(['letter', 'registered-letter', 'email', 'hand'] as const).map((c) => (
          <option key={c} value={c}>
            {CHANNEL_LABELS[c]}
          </option>
        ))}
      </SelectField>
      {channelMismatch && (
        <p className="field-hint" role="status">
          {registered
            ? fr('La lettre porte la mention « Lettre recommandée avec accusé de réception » : décochez-la dans les options pour un envoi simple.')
            : fr('Pour un recommandé, cochez « Lettre recommandée avec accusé de réception » dans les options : la mention doit figurer sur la lettre.')}
        </p>
      )}
      <TextField label={channel === 'email' ? 'Date d’envoi' : channel === 'hand' ? 'Date de la remise' : 'Date de dépôt à La Poste'} placeholder="jj/mm/aaaa" value={sentOn} onChange={setSentOn} error={dateError} />
      <ConfirmActions
        confirmLabel="Marquer comme envoyée"
        tone="primary"
        failureMessage="La lettre n’a pas pu être enregistrée."
        onClose={onClose}
        onConfirm={async () => {
          const date = parseFrenchDate(sentOn);
          if (!date.ok) {
            setDateError(date.message);
            throw new Error(date.message);
          }
          if (channelMismatch) throw new Error('Le moyen d’envoi ne correspond pas à la lettre.');
          setDateError(undefined);
          await api().call('letters.send', { request: preview.request, channel, sentOn: date.value, previewSha256: preview.result.sha256 });
          showToast(fr(`Lettre « ${toneLabel} » archivée et enregistrée pour ${invoiceNumbers.join(', ')}`));
          await refresh();
          onSent();
        }}
      />
    </Modal>
  );
}
