import { useId, useState } from 'react';
import { DUNNING_TONES, type DunningTone } from '../../../../shared/dunning/schema';
import { TONE_LABELS } from '../../../../shared/dunning/levels';
import { PLACEHOLDERS, TEMPLATE_SYNTAX_HELP } from '../../../../shared/documents/placeholders';
import { effectiveTemplates, templateOrigin, type LetterTemplateSettings } from '../../../../shared/documents/storedTemplates';
import { AUDIENCE_LABELS, LETTER_AUDIENCES, type LetterAudience, type TemplatePart } from '../../../../shared/documents/templatesSchema';
import type { Client } from '../../../../shared/ledger/schema';
import { api } from '../../api/client';
import { useAppStore } from '../../app/store';
import { FormError } from '../../ui/FormError';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useCoreSubmit } from '../../ui/useCoreSubmit';
import { draftProblems, insertPlaceholder, variantIdFor, type DraftVariant } from './templateDraft';
import './Templates.css';

/** Paramètres › Modèles de lettres: every tone's variants, for all clients or for one, with the placeholders beside. */
export function TemplatesScreen({ clientId: initialClient }: { clientId: string | null }): React.JSX.Element {
  const settings = useAppStore((s) => s.snapshot?.settings.letterTemplates);
  const clients = useAppStore((s) => s.snapshot?.clients ?? []);
  const navigate = useAppStore((s) => s.navigate);
  const [clientId, setClientId] = useState<string | null>(initialClient);
  const [tone, setTone] = useState<DunningTone>('friendly');
  if (!settings) return <></>;
  return (
    <section className="screen" aria-labelledby="templates-title">
      <header className="screen-header">
        <div>
          <button type="button" className="button button-ghost back-button" onClick={() => navigate({ name: 'settings' })}>
            <span aria-hidden="true">← </span>
            Retour aux paramètres
          </button>
          <h1 id="templates-title">Modèles de lettres</h1>
        </div>
      </header>
      <div className="templates-choice">
        <SelectField label="Pour" value={clientId ?? ''} onChange={(v) => setClientId(v || null)}>
          <option value="">Tous les clients</option>
          {[...clients]
            .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
        </SelectField>
        <SelectField label="Ton" value={tone} onChange={(v) => setTone(v as DunningTone)}>
          {DUNNING_TONES.map((t) => (
            <option key={t} value={t}>
              {TONE_LABELS[t]}
            </option>
          ))}
        </SelectField>
      </div>
      <ToneEditor key={`${clientId ?? 'all'}-${tone}-${JSON.stringify(settings)}`} settings={settings} client={clients.find((c) => c.id === clientId) ?? null} tone={tone} />
    </section>
  );
}

const ORIGIN_TEXT = {
  default: 'Ces modèles sont ceux de Relance. Modifiez-les puis enregistrez\u00a0: vos modèles remplaceront ceux-ci.',
  all: 'Vos modèles pour tous les clients.',
} as const;

function ToneEditor({ settings, client, tone }: { settings: LetterTemplateSettings; client: Client | null; tone: DunningTone }): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const origin = templateOrigin(settings, client?.id ?? null, tone);
  const [variants, setVariants] = useState<DraftVariant[]>(() => effectiveTemplates(settings, client?.id ?? null)[tone].map((v) => ({ ...v })));
  const [current, setCurrent] = useState(0);
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const { busy, formError, setFormError, run } = useCoreSubmit('L’enregistrement des modèles a échoué.');
  // The part the user was last in: a placeholder clicked in the list goes there, at the caret.
  const [lastPart, setLastPart] = useState<TemplatePart>('text');
  const variant = variants[current]!;
  const problems = draftProblems(tone, variants);
  const shown = submitted ? problems : [];
  const errorOf = (part: TemplatePart | 'label'): string | undefined =>
    shown.find((p) => p.variant === current && p.part === part)?.message ?? serverErrors[`variants.${current}.${part}`];

  const baseId = useId();
  const partProps = (part: TemplatePart) => ({ id: `${baseId}-${part}`, onFocus: () => setLastPart(part) });
  const update = (patch: Partial<DraftVariant>): void => setVariants((vs) => vs.map((v, i) => (i === current ? { ...v, ...patch } : v)));

  function addVariant(): void {
    const label = `${variant.label} (copie)`;
    const copy = { ...variant, label, id: variantIdFor(label, variants.map((v) => v.id)) };
    setVariants((vs) => [...vs, copy]);
    setCurrent(variants.length);
  }

  function removeVariant(): void {
    setVariants((vs) => vs.filter((_, i) => i !== current));
    setCurrent(0);
  }

  function insert(name: string): void {
    const part = lastPart;
    const el = document.getElementById(`${baseId}-${part}`) as HTMLInputElement | HTMLTextAreaElement | null;
    const start = el?.selectionStart ?? variant[part].length;
    const end = el?.selectionEnd ?? start;
    const next = insertPlaceholder(variant[part], start, end, name);
    update({ [part]: next.text });
    requestAnimationFrame(() => {
      el?.focus();
      el?.setSelectionRange(next.caret, next.caret);
    });
  }

  async function save(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    setSubmitted(true);
    setServerErrors({});
    setFormError(null);
    if (problems.length > 0) {
      const first = problems[0]!;
      if (first.variant !== null) setCurrent(first.variant);
      return;
    }
    await run(async () => {
      await api().call('templates.save', { clientId: client?.id ?? null, tone, variants });
      showToast('Modèles enregistrés');
      void refresh();
    }, setServerErrors);
  }

  async function reset(): Promise<void> {
    await run(async () => {
      await api().call('templates.save', { clientId: client?.id ?? null, tone, variants: null });
      showToast(client ? 'Ce client reprend les modèles de tous les clients' : 'Modèles de Relance rétablis');
      void refresh();
    }, setServerErrors);
  }

  const originText = origin === 'client' ? `Modèles propres à ${client!.name}.` : client && origin !== 'default' ? `${client.name} suit vos modèles pour tous les clients.` : client ? `${client.name} suit les modèles de Relance.` : ORIGIN_TEXT[origin];
  return (
    <div className="templates-layout">
      <form className="panel templates-editor" noValidate onSubmit={(e) => void save(e)} aria-labelledby="template-editor-title">
        <h2 id="template-editor-title">
          {TONE_LABELS[tone]} — {client ? client.name : 'tous les clients'}
        </h2>
        <p className="muted">{originText}</p>
        <div className="templates-variant-row">
          <SelectField label="Variante" value={String(current)} onChange={(v) => setCurrent(Number(v))}>
            {variants.map((v, i) => (
              <option key={`${v.id}-${i}`} value={i}>
                {v.label} ({AUDIENCE_LABELS[v.audience].toLowerCase()})
              </option>
            ))}
          </SelectField>
          <button type="button" className="button" onClick={addVariant} disabled={variants.length >= 20}>
            Nouvelle variante
          </button>
          <button type="button" className="button button-danger-outline" onClick={removeVariant} disabled={variants.length <= 1}>
            Supprimer cette variante
          </button>
        </div>
        <div className="grid-2">
          <TextField label="Nom de la variante" value={variant.label} onChange={(label) => update({ label })} error={errorOf('label')} maxLength={80} />
          <SelectField label="Destinataires" value={variant.audience} onChange={(v) => update({ audience: v as LetterAudience })}>
            {LETTER_AUDIENCES.map((a) => (
              <option key={a} value={a}>
                {AUDIENCE_LABELS[a]}
              </option>
            ))}
          </SelectField>
        </div>
        <PartField label="Objet" value={variant.subject} onChange={(subject) => update({ subject })} error={errorOf('subject')} {...partProps('subject')} />
        <PartField label="Texte" value={variant.text} onChange={(text) => update({ text })} error={errorOf('text')} {...partProps('text')} rows={14} />
        <PartField label="Formule de politesse" value={variant.closing} onChange={(closing) => update({ closing })} error={errorOf('closing')} {...partProps('closing')} rows={3} />
        {shown.length > 0 && (
          <div className="templates-problems" role="alert">
            <h3>À corriger avant d’enregistrer</h3>
            <ul>
              {shown.map((p, i) => (
                <li key={i}>
                  {p.variant !== null ? `${variants[p.variant]!.label}\u00a0: ` : ''}
                  {p.message}
                </li>
              ))}
            </ul>
          </div>
        )}
        <FormError message={shown.length > 0 ? 'Corrigez les points signalés avant d’enregistrer\u00a0: aucune lettre ne part avec un modèle incomplet.' : formError} />
        <div className="form-actions">
          {origin !== 'default' && (origin === 'client' || !client) && (
            <button type="button" className="button" onClick={() => void reset()} disabled={busy}>
              {client ? 'Reprendre les modèles de tous les clients' : 'Rétablir les modèles de Relance'}
            </button>
          )}
          <button type="submit" className="button button-primary" disabled={busy}>
            Enregistrer les modèles
          </button>
        </div>
      </form>
      <aside className="panel templates-placeholders" aria-labelledby="placeholders-title">
        <h2 id="placeholders-title">Champs disponibles</h2>
        <p className="muted">Un clic insère le champ là où se trouve le curseur.</p>
        <ul className="placeholder-list">
          {PLACEHOLDERS.map((p) => (
            <li key={p.name}>
              <button type="button" className="placeholder-insert" onClick={() => insert(p.name)} aria-label={`Insérer {{${p.name}}}\u00a0: ${p.label}`}>
                <code>{`{{${p.name}}}`}</code>
              </button>
              <span className="placeholder-label">{p.label}</span>
              <span className="placeholder-description">
                {p.description} Exemple&nbsp;: {p.example}
              </span>
            </li>
          ))}
        </ul>
        <h3>Syntaxe</h3>
        <ul className="syntax-help">
          {TEMPLATE_SYNTAX_HELP.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </aside>
    </div>
  );
}

function PartField(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  error: string | undefined;
  id: string;
  onFocus(): void;
  rows?: number;
}): React.JSX.Element {
  const { id, label, value, onChange, error, onFocus, rows } = props;
  const common = {
    id,
    value,
    className: error ? 'input input-invalid' : 'input',
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    onFocus,
  } as const;
  return (
    <div className="field">
      <label htmlFor={id} className="field-label">
        {label}
      </label>
      {rows ? (
        <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(e) => onChange(e.target.value)} />
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
