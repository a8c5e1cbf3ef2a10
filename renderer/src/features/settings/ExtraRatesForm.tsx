import { useState } from 'react';
import { halfYearLabel, isHalfYearId } from '../../../../shared/law/halfYear';
import { formatRateBp, ratesAlreadyInTables, type ExtraRateRow } from '../../../../shared/law/rates';
import { rateAlreadyInTablesMessage } from '../../../../shared/law/wording';
import type { Settings } from '../../../../shared/ledger/schema';
import { ApiError, api } from '../../api/client';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/TextField';
import { parseRatePercent } from '../../ui/rate';
import { useAppStore } from '../../app/store';

/** A rate typed before the tables got its half-year (an update of Relance brought it): said not to be used. */
function UnusedRate({ halfYear, row }: { halfYear: string; row: ExtraRateRow }): React.JSX.Element | null {
  if (!isHalfYearId(halfYear)) return null;
  const known = ratesAlreadyInTables(halfYear, row)[0];
  return known ? <p className="field-hint">{rateAlreadyInTablesMessage(halfYear, known)}</p> : null;
}

/** "Taux publiés manquants": rates the user types for half-years the built-in tables do not have yet. */
export function ExtraRatesForm({ settings }: { settings: Settings }): React.JSX.Element {
  const showToast = useAppStore((s) => s.showToast);
  const refresh = useAppStore((s) => s.refresh);
  const [halfYear, setHalfYear] = useState('');
  const [ecb, setEcb] = useState('');
  const [legal, setLegal] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const rows = Object.entries(settings.extraRates).sort(([a], [b]) => a.localeCompare(b)) as [string, ExtraRateRow][];

  async function save(extraRates: Settings['extraRates'], message: string): Promise<boolean> {
    try {
      await api().call('settings.save', { ...settings, extraRates });
      showToast(message);
      await refresh();
      return true;
    } catch (error) {
      setFormError(error instanceof ApiError ? error.message : 'L’enregistrement des taux a échoué.');
      return false;
    }
  }

  async function add(e: React.FormEvent<HTMLFormElement>): Promise<void> {
    e.preventDefault();
    setFormError(null);
    const errs: Record<string, string> = {};
    const id = halfYear.trim().toUpperCase();
    if (!isHalfYearId(id)) errs.halfYear = 'Semestre invalide (format attendu\u00a0: 2027-S1).';
    const row: ExtraRateRow = {};
    if (ecb.trim()) {
      const r = parseRatePercent(ecb);
      if (r.ok) Object.assign(row, { ecbBp: r.value });
      else errs.ecb = r.message;
    }
    if (legal.trim()) {
      const r = parseRatePercent(legal);
      if (r.ok) Object.assign(row, { legalOtherBp: r.value });
      else errs.legal = r.message;
    }
    if (!ecb.trim() && !legal.trim()) errs.ecb = 'Saisissez au moins un des deux taux.';
    // The official tables win over a typed rate: one they already have would never be used, so it is not saved.
    if (isHalfYearId(id)) {
      for (const known of ratesAlreadyInTables(id, row)) errs[known.kind === 'ecb' ? 'ecb' : 'legal'] = rateAlreadyInTablesMessage(id, known);
    }
    setErrors(errs);
    if (Object.keys(errs).length > 0) return;
    if (await save({ ...settings.extraRates, [id]: { ...settings.extraRates[id], ...row } }, `Taux du ${halfYearLabel(id as never)} enregistrés`)) {
      setHalfYear('');
      setEcb('');
      setLegal('');
    }
  }

  return (
    <section className="panel" aria-labelledby="rates-title">
      <h2 id="rates-title">Taux publiés manquants</h2>
      <p className="muted">
        Relance connaît les taux publiés jusqu’à aujourd’hui. Pour un semestre qu’elle ne connaît pas encore, saisissez le taux de refinancement de la BCE (pénalités
        entre professionnels) et le taux de l’intérêt légal «{'\u00a0'}autres cas{'\u00a0'}» (clients particuliers), tels que publiés.
      </p>
      {rows.length > 0 && (
        <table className="table table-compact">
          <caption className="visually-hidden">Taux saisis</caption>
          <thead>
            <tr>
              <th scope="col">Semestre</th>
              <th scope="col">Taux BCE</th>
              <th scope="col">Taux légal (autres cas)</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([id, r]) => (
              <tr key={id}>
                <th scope="row">
                  {isHalfYearId(id) ? halfYearLabel(id) : id} {isHalfYearId(id) && <span className="nowrap">({id})</span>}
                </th>
                <td>
                  {r.ecbBp === undefined ? '—' : formatRateBp(r.ecbBp)}
                  <UnusedRate halfYear={id} row={{ ecbBp: r.ecbBp }} />
                </td>
                <td>
                  {r.legalOtherBp === undefined ? '—' : formatRateBp(r.legalOtherBp)}
                  <UnusedRate halfYear={id} row={{ legalOtherBp: r.legalOtherBp }} />
                </td>
                <td className="actions-cell">
                  <button
                    type="button"
                    className="button button-small button-ghost"
                    aria-label={`Retirer les taux de ${id}`}
                    onClick={() => {
                      const { [id]: _removed, ...rest } = settings.extraRates;
                      void save(rest, `Taux de ${id} retirés`);
                    }}
                  >
                    Retirer
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form noValidate onSubmit={(e) => void add(e)} aria-label="Ajouter les taux d’un semestre">
        <div className="rates-grid">
          <TextField label="Semestre" placeholder="2027-S1" value={halfYear} onChange={setHalfYear} error={errors.halfYear} />
          <TextField label="Taux BCE (%)" inputMode="decimal" placeholder="2,15" value={ecb} onChange={setEcb} error={errors.ecb} />
          <TextField label="Taux légal (autres cas, %)" inputMode="decimal" placeholder="3,03" value={legal} onChange={setLegal} error={errors.legal} />
        </div>
        <FormError message={formError} />
        <div className="form-actions">
          <button type="submit" className="button">
            Ajouter ces taux
          </button>
        </div>
      </form>
    </section>
  );
}
