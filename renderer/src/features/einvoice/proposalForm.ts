import type { EinvoiceReadResult } from '../../../../shared/einvoice/contract';
import type { Field } from '../../../../shared/einvoice/proposal';
import { formatFrenchDate } from '../../../../shared/kernel/localDate';
import { formatAmountForInput, formatEuros } from '../../../../shared/kernel/money';
import { frenchTypography } from '../../../../shared/kernel/frenchTypography';
import type { InvoiceFormField, InvoiceFormValues, InvoicePrefill } from '../invoices';

/** How a field of the invoice form was filled from the file: read in it, inferred (to check), or not found. */
export type FieldMark = 'found' | 'guessed' | 'missing';


const MARK_HINTS: Record<FieldMark, string> = {
  found: 'Lu dans la facture.',
  guessed: 'À vérifier\u00a0: déduit du texte de la facture.',
  missing: 'Non trouvé dans la facture\u00a0: à saisir.',
};


function mark(field: Field<unknown>): FieldMark {
  return field ? field.status : 'missing';
}

const SOURCE_LABELS: Record<EinvoiceReadResult['proposal']['source'], string> = {
  cii: 'lue dans sa facture électronique Factur-X / ZUGFeRD',
  zugferd1: 'lue dans sa facture électronique ZUGFeRD 1.0',
  ubl: 'lue dans sa facture électronique UBL',
  text: 'lue dans le texte du PDF, sans données structurées',
};

/** The invoice form's values proposed from a reading: only what the file gave; the rest keeps the form's defaults. */
export function proposedForm(reading: EinvoiceReadResult): InvoicePrefill {
  const p = reading.proposal;
  const values: Partial<InvoiceFormValues> = {};
  const marks: Partial<Record<InvoiceFormField, FieldMark>> = {
    number: mark(p.number),
    issueDate: mark(p.issueDate),
    dueDate: mark(p.dueDate),
    amountTtcCents: mark(p.totalCents),
    description: p.description ? p.description.status : undefined,
    clientId: reading.buyer.clientId ? 'found' : 'missing',
  };
  if (p.number) values.number = p.number.value.slice(0, 40);
  if (p.issueDate) values.issueDate = formatFrenchDate(p.issueDate.value);
  if (p.dueDate) values.dueDate = formatFrenchDate(p.dueDate.value);
  if (p.totalCents && p.totalCents.value > 0) values.amountTtcCents = formatAmountForInput(p.totalCents.value);
  if (p.description) values.description = p.description.value.slice(0, 500);
  if (reading.buyer.clientId) values.clientId = reading.buyer.clientId;

  const notes = [frenchTypography(`Proposée depuis «\u00a0${reading.file.fileName}\u00a0», ${SOURCE_LABELS[p.source]} : vérifiez chaque champ avant d’enregistrer.`)];
  if (reading.missing.length > 0) notes.push(frenchTypography(`Non trouvés dans la facture : ${reading.missing.join(', ')}.`));
  if (p.totalCents && p.dueCents && p.dueCents.value < p.totalCents.value) {
    const paid = p.totalCents.value - p.dueCents.value;
    notes.push(frenchTypography(`Reste à payer selon la facture : ${formatEuros(p.dueCents.value)} (${formatEuros(paid)} déjà versés) : enregistrez ce paiement une fois la facture créée.`));
  }
  if (p.currency && p.currency.value !== 'EUR') notes.push(frenchTypography(`Cette facture est en ${p.currency.value} : Relance ne suit que les montants en euros.`));
  const hints: InvoicePrefill['hints'] = {};
  for (const [field, m] of Object.entries(marks) as [InvoiceFormField, FieldMark | undefined][]) if (m) hints[field] = MARK_HINTS[m];
  const c = reading.buyer.newClient;
  const newClient = c ? { kind: 'business' as const, name: c.name, siret: c.siret, address: { complement: c.complement, street: c.street, locality: '', postalCode: c.postalCode, city: c.city, country: c.country } } : null;
  return { values, hints, dueDateFixed: p.dueDate !== null, notes, newClient };
}
