import { PDFDict, PDFDocument, PDFName, PDFArray, StandardFonts, rgb, type PDFPage } from 'pdf-lib';

/** What the combined file says of itself (its title, author and subject show in viewers and in the print queue). */
export interface MergeMetadata {
  title: string;
  author?: string;
  subject?: string;
}

/** A PDF to put in, and the line to print at the top of each of its pages ("Copie de la facture …"), if any. */
export interface MergePart {
  pdf: Uint8Array;
  stamp?: string;
}

const DEFAULT_METADATA: MergeMetadata = { title: 'Lettres de relance' };

/**
 * Several PDFs as one, their pages in order (pdf-lib copies each page with its content stream, fonts and images as
 * they are: a letter's text and drawing in the combined PDF are those of the letter alone). Only pages are copied,
 * so a source's document-level JavaScript and open action are left behind; the pages' own actions are removed too.
 * The combined file's dates are `createdAt` (the same parts give the same bytes).
 */
export async function mergePdfs(parts: readonly (Uint8Array | MergePart)[], createdAt: Date, metadata: MergeMetadata = DEFAULT_METADATA): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  const needsFont = parts.some((p) => !(p instanceof Uint8Array) && p.stamp);
  const font = needsFont ? await out.embedFont(StandardFonts.Helvetica) : null;
  for (const part of parts) {
    const { pdf, stamp } = part instanceof Uint8Array ? { pdf: part, stamp: undefined } : part;
    const source = await PDFDocument.load(pdf, { updateMetadata: false });
    const pages = await out.copyPages(source, source.getPageIndices());
    pages.forEach((page, index) => {
      withoutActions(page);
      out.addPage(page);
      if (stamp && font) {
        const text = pages.length > 1 ? `${stamp} \u2013 page ${index + 1} sur ${pages.length}` : stamp;
        const { width, height } = page.getSize();
        const size = 8;
        page.drawText(text, { x: width - 28 - font.widthOfTextAtSize(text, size), y: height - 16, size, font, color: rgb(0.35, 0.35, 0.35) });
      }
    });
  }
  out.setProducer('Relance');
  out.setCreator('Relance');
  out.setTitle(metadata.title, { showInWindowTitleBar: true });
  if (metadata.author) out.setAuthor(metadata.author);
  if (metadata.subject) out.setSubject(metadata.subject);
  out.setCreationDate(createdAt);
  out.setModificationDate(createdAt);
  return out.save();
}

/** Links to a web page or within the document: the only actions a copy keeps. */
const KEPT_ACTIONS: ReadonlySet<string> = new Set(['/URI', '/GoTo']);

/** A page's additional actions and its annotations' scripts: a copy is for reading and printing, never for running. */
function withoutActions(page: PDFPage): void {
  page.node.delete(PDFName.of('AA'));
  const annots = page.node.lookup(PDFName.of('Annots'));
  if (!(annots instanceof PDFArray)) return;
  for (let i = 0; i < annots.size(); i += 1) {
    const annot = annots.lookup(i);
    if (!(annot instanceof PDFDict)) continue;
    annot.delete(PDFName.of('AA'));
    const action = annot.lookup(PDFName.of('A'));
    if (action instanceof PDFDict && !KEPT_ACTIONS.has(action.get(PDFName.of('S'))?.toString() ?? '')) annot.delete(PDFName.of('A'));
  }
}
