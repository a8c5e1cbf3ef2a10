import { frenchTypography } from '../kernel/frenchTypography';

/**
 * Why a client cannot be deleted, in French, or null when it can: its invoices and credit notes would lose their
 * client (and the law that applies to them). The screen says it before anything is confirmed; the core refuses anyway.
 */
export function clientDeletionRefusal(counts: { invoices: number; creditNotes: number }): string | null {
  const { invoices, creditNotes } = counts;
  if (invoices > 0) {
    return frenchTypography(
      `Ce client a ${invoices} facture${invoices > 1 ? 's' : ''} : supprimez ou réattribuez ${invoices > 1 ? 'ces factures' : 'cette facture'} d’abord.`,
    );
  }
  if (creditNotes > 0) return frenchTypography(`Ce client a ${creditNotes} avoir${creditNotes > 1 ? 's' : ''} : il ne peut pas être supprimé.`);
  return null;
}
