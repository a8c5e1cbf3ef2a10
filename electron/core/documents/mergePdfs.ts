import { PDFDocument } from 'pdf-lib';

/**
 * Several PDFs as one, their pages in order (pdf-lib copies each page with its content stream, fonts and images as
 * they are: a letter's text and drawing in the combined PDF are those of the letter alone). The combined file's
 * dates are `createdAt` (the same letters give the same bytes); it is for printing, never archived itself.
 */
export async function mergePdfs(pdfs: readonly Uint8Array[], createdAt: Date): Promise<Uint8Array> {
  const out = await PDFDocument.create({ updateMetadata: false });
  for (const bytes of pdfs) {
    const source = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = await out.copyPages(source, source.getPageIndices());
    for (const page of pages) out.addPage(page);
  }
  out.setProducer('Relance');
  out.setCreator('Relance');
  out.setTitle('Lettres de relance');
  out.setCreationDate(createdAt);
  out.setModificationDate(createdAt);
  return out.save();
}
