// pdfkit (react-pdf's PDF writer) ships no types; pdfkitTuning.ts needs only its document class's prototype.
declare module 'pdfkit' {
  const PDFDocument: { prototype: object };
  export default PDFDocument;
}
