import { Document, Page, Text, View, StyleSheet } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { LetterAnnex, LetterModel, LetterTable } from '../../../shared/documents/letterModel';
import { LETTER_FONT_FAMILY, type LetterFonts } from './letterFonts';
import { A4, BODY_TOP_MM, FOLD_MARK, FOLD_MARKS_MM, FOOTER, MARGINS, RECIPIENT_BLOCK, mm } from './letterLayout';

/**
 * The letters as one react-pdf document. Each letter is one <Page> that wraps onto as many sheets as its body
 * needs, its annexes starting on sheets of their own; the footer's "page N sur M" counts the sheets of that letter
 * only (react-pdf's sub-page numbers), so a grouped PDF of many letters numbers each letter from 1.
 * Everything the user reads comes from the model; the renderer adds only "page N sur M".
 */

const INK = '#1b1f24';
const SOFT_INK = '#474f59';
const RULE = '#c3c9d0';
const TINT = '#f3f5f7';

/** Header positions are relative to the first page's content box, which starts at the margins. */
const fromTop = (valueMm: number): number => mm(valueMm - MARGINS.top);
const fromLeft = (valueMm: number): number => mm(valueMm - MARGINS.left);

/**
 * Body text: react-pdf multiplies a unitless line height by the font size written in the same style (12 pt when
 * there is none, whatever the size inherited), so every style that sets a line height sets its size beside it.
 */
const BODY = { fontSize: 9.5, lineHeight: 1.42 } as const;

/** The height a sheet's content may take, between the top and bottom margins. */
export const SHEET_CONTENT_HEIGHT = mm(A4.heightMm - MARGINS.top - MARGINS.bottom);
/** The width of the body's text, between the side margins. */
const CONTENT_WIDTH = mm(A4.widthMm - MARGINS.left - MARGINS.right);
const SIGNATURE_WIDTH = CONTENT_WIDTH - fromLeft(RECIPIENT_BLOCK.left);
const PAYMENT_PADDING = mm(3.5);
const PAYMENT_RULE = 2;
const PAGE_NUMBER_WIDTH = mm(24);

const s = StyleSheet.create({
  page: {
    fontFamily: LETTER_FONT_FAMILY,
    fontSize: 9.5,
    color: INK,
    paddingTop: mm(MARGINS.top),
    paddingBottom: mm(MARGINS.bottom),
    paddingLeft: mm(MARGINS.left),
    paddingRight: mm(MARGINS.right),
  },
  // The content box of a sheet that does not wrap: without a set height, react-pdf sizes such a page to its content.
  // At least the page's content height (react-pdf sizes a page that does not wrap to its content; a set height
  // would squeeze the content, react-pdf turning flexShrink 0 into 1): an overflow shows as a taller sheet.
  sheet: { minHeight: SHEET_CONTENT_HEIGHT },
  header: { position: 'relative', height: fromTop(BODY_TOP_MM) },
  sender: { position: 'absolute', top: 0, left: 0, width: mm(84) },
  senderName: { width: mm(84), fontSize: 10.5, fontWeight: 700, lineHeight: 1.3, marginBottom: 1.5 },
  senderLine: { width: mm(84), fontSize: 8.5, lineHeight: 1.38, color: SOFT_INK },
  recipient: { position: 'absolute', top: fromTop(RECIPIENT_BLOCK.top), left: fromLeft(RECIPIENT_BLOCK.left), width: mm(RECIPIENT_BLOCK.width) },
  placeAndDate: { ...BODY, position: 'absolute', top: fromTop(83), left: fromLeft(RECIPIENT_BLOCK.left), width: mm(RECIPIENT_BLOCK.width) },
  foldMark: { position: 'absolute', left: fromLeft(FOLD_MARK.left), width: mm(FOLD_MARK.length), height: 0, borderTopWidth: 0.75, borderTopColor: '#5f6873' },
  registered: { width: CONTENT_WIDTH, fontSize: 9, lineHeight: 1.42, fontWeight: 700, marginBottom: mm(2.5) },
  subject: { width: CONTENT_WIDTH, fontWeight: 700, fontSize: 10, lineHeight: 1.35 },
  references: { width: CONTENT_WIDTH, marginTop: mm(1), fontSize: 8.5, color: SOFT_INK, lineHeight: 1.38 },
  salutation: { ...BODY, width: CONTENT_WIDTH, marginTop: mm(6.5), marginBottom: mm(2.5) },
  paragraph: { ...BODY, width: CONTENT_WIDTH, marginBottom: mm(2.4), textAlign: 'justify' },
  table: { marginTop: mm(1.5), marginBottom: mm(4) },
  tableHead: { flexDirection: 'row', backgroundColor: TINT, borderBottomWidth: 0.75, borderBottomColor: INK },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.4, borderBottomColor: RULE },
  tableTotals: { flexDirection: 'row', borderTopWidth: 0.75, borderTopColor: INK, marginTop: -0.4 },
  cell: { fontSize: 8.5, lineHeight: 1.3, paddingVertical: mm(1.3), paddingHorizontal: mm(1.2) },
  headCell: { fontSize: 7.8, lineHeight: 1.25, fontWeight: 700, color: SOFT_INK, paddingVertical: mm(1.5), paddingHorizontal: mm(1.2) },
  payment: { marginTop: mm(1.5), marginBottom: mm(3), paddingVertical: mm(2.6), paddingHorizontal: PAYMENT_PADDING, backgroundColor: TINT, borderLeftWidth: PAYMENT_RULE, borderLeftColor: INK },
  paymentLine: { width: CONTENT_WIDTH - 2 * PAYMENT_PADDING - PAYMENT_RULE, fontSize: 9, lineHeight: 1.45 },
  closing: { ...BODY, width: CONTENT_WIDTH, marginTop: mm(2), textAlign: 'justify' },
  signature: { marginTop: mm(7), marginLeft: fromLeft(RECIPIENT_BLOCK.left) },
  signatureName: { ...BODY, width: SIGNATURE_WIDTH, fontWeight: 700 },
  signatureLine: { ...BODY, width: SIGNATURE_WIDTH },
  enclosureFirst: { ...BODY, width: CONTENT_WIDTH, marginTop: mm(6) },
  enclosure: { ...BODY, width: CONTENT_WIDTH },
  annexTitle: { width: CONTENT_WIDTH, fontSize: 12, lineHeight: 1.3, fontWeight: 700, marginBottom: mm(5), paddingBottom: mm(2), borderBottomWidth: 0.75, borderBottomColor: INK },
  footer: {
    position: 'absolute',
    left: mm(MARGINS.left),
    right: mm(MARGINS.right),
    bottom: mm(FOOTER.bottom),
    flexDirection: 'row',
    alignItems: 'flex-end',
    paddingTop: mm(1.6),
    borderTopWidth: 0.5,
    borderTopColor: RULE,
  },
  footerLegal: { width: CONTENT_WIDTH - PAGE_NUMBER_WIDTH, fontSize: FOOTER.fontSize, lineHeight: 1.35, color: SOFT_INK },
  // No line height on the page number, nor on any of its ancestors: react-pdf resolves a relative line height again
  // each time it lays out a dynamic text (the height grows a hundredfold and the number vanishes).
  footerPage: { width: PAGE_NUMBER_WIDTH, textAlign: 'right', fontSize: FOOTER.fontSize, color: SOFT_INK },
});

const TABULAR = { fontFeatureSettings: ['tnum' as const] };

export interface LetterDocumentProps {
  models: readonly LetterModel[];
  fonts: LetterFonts;
  /** The PDF's creation date (its metadata); fixed, the same models give the same bytes. */
  createdAt: Date;
  /**
   * Per letter, how it is paginated. 'sheets' (the fast way): the letter and each annex are sheets of their own that
   * do not wrap, so react-pdf lays each out once, and the footer's numbers are written out; the caller checks
   * afterwards that nothing overflowed (overflowingLetters) and draws again in 'flow' those that did. 'flow': the
   * letter wraps onto as many sheets as it needs and the footer counts them (react-pdf's sub-page numbers, which
   * cost a second layout of every sheet).
   */
  pagination: readonly LetterPagination[];
  /** Receives react-pdf's layout once it is done (to check the 'sheets' letters). */
  onLayout?: (layout: unknown) => void;
}

export type LetterPagination = 'sheets' | 'flow';

export function LetterDocument({ models, fonts, createdAt, pagination, onLayout }: LetterDocumentProps): ReactElement {
  const first = models[0];
  return (
    <Document
      title={first?.subject}
      author={first?.sender[0]}
      subject={first?.subject}
      creator="Relance"
      producer="Relance"
      language="fr-FR"
      creationDate={createdAt}
      modificationDate={createdAt}
      onRender={onLayout ? (props) => onLayout((props as { _INTERNAL__LAYOUT__DATA_?: unknown })._INTERNAL__LAYOUT__DATA_) : undefined}
    >
      {models.map((model, i) =>
        pagination[i] === 'flow' ? <FlowingLetter key={i} model={model} fonts={fonts} /> : <LetterSheets key={i} model={model} fonts={fonts} />,
      )}
    </Document>
  );
}

/** How many sheets a letter drawn as 'sheets' takes: its page and one per annex. */
export const sheetCount = (model: LetterModel): number => 1 + model.annexes.length;

function LetterSheets({ model, fonts }: { model: LetterModel; fonts: LetterFonts }): ReactElement {
  const total = sheetCount(model);
  return (
    <>
      <Page size="A4" style={s.page} wrap={false}>
        <View style={s.sheet}>
          <LetterBody model={model} fonts={fonts} />
        </View>
        <Footer model={model} page={`page 1 sur ${total}`} />
      </Page>
      {model.annexes.map((annex, i) => (
        <Page key={i} size="A4" style={s.page} wrap={false}>
          <View style={s.sheet}>
            <Annex annex={annex} />
          </View>
          <Footer model={model} page={`page ${i + 2} sur ${total}`} />
        </Page>
      ))}
    </>
  );
}

function FlowingLetter({ model, fonts }: { model: LetterModel; fonts: LetterFonts }): ReactElement {
  return (
    <Page size="A4" style={s.page} wrap>
      <LetterBody model={model} fonts={fonts} />
      {model.annexes.map((annex, i) => (
        <View key={i} break>
          <Annex annex={annex} />
        </View>
      ))}
      <Footer model={model} page={null} />
    </Page>
  );
}

/** The footer of every sheet; `page` null: the sheet's number within the letter, known once the letter is paginated. */
function Footer({ model, page }: { model: LetterModel; page: string | null }): ReactElement {
  return (
    <View style={s.footer} fixed>
      <Text style={s.footerLegal}>{model.footer}</Text>
      {page === null ? (
        <Text style={s.footerPage} render={({ subPageNumber, subPageTotalPages }) => `page ${subPageNumber} sur ${subPageTotalPages}`} />
      ) : (
        <Text style={s.footerPage}>{page}</Text>
      )}
    </View>
  );
}

function LetterBody({ model, fonts }: { model: LetterModel; fonts: LetterFonts }): ReactElement {
  return (
    <>
      <Header model={model} fonts={fonts} />
      {model.registeredMention ? <Text style={s.registered}>{model.registeredMention}</Text> : null}
      <View wrap={false}>
        <Text style={s.subject}>{model.subject}</Text>
        {model.references.length > 0 ? <Text style={s.references}>{model.references.join('\n')}</Text> : null}
      </View>
      <Text style={s.salutation} minPresenceAhead={mm(20)}>
        {model.salutation}
      </Text>
      {model.paragraphs.map((p, i) => (
        <Text key={i} style={s.paragraph} orphans={2} widows={2}>
          {p}
        </Text>
      ))}
      {model.table ? <Table table={model.table} /> : null}
      {(model.paragraphsAfterTable ?? []).map((p, i) => (
        <Text key={`after-${i}`} style={s.paragraph} orphans={2} widows={2}>
          {p}
        </Text>
      ))}
      {model.payment.length > 0 ? (
        <View style={s.payment} wrap={false}>
          {model.payment.map((line, i) => (
            <Text key={i} style={s.paymentLine}>
              {line}
            </Text>
          ))}
        </View>
      ) : null}
      <View wrap={false}>
        <Text style={s.closing}>{model.closing}</Text>
        {model.signature.length > 0 ? (
          <View style={s.signature}>
            <Text style={s.signatureName}>{model.signature[0]}</Text>
            {model.signature.length > 1 ? <Text style={s.signatureLine}>{model.signature.slice(1).join('\n')}</Text> : null}
          </View>
        ) : null}
        {(model.enclosures ?? []).map((line, i) => (
          <Text key={`enclosure-${i}`} style={i === 0 ? s.enclosureFirst : s.enclosure}>
            {line}
          </Text>
        ))}
      </View>
    </>
  );
}

function Header({ model, fonts }: { model: LetterModel; fonts: LetterFonts }): ReactElement {
  const recipientSize = recipientFontSize(model.recipient, fonts);
  return (
    <View style={s.header} wrap={false}>
      <View style={s.sender}>
        <Text style={s.senderName}>{model.sender[0]}</Text>
        {model.sender.length > 1 ? <Text style={s.senderLine}>{model.sender.slice(1).join('\n')}</Text> : null}
      </View>
      <View style={s.recipient}>
        <Text style={{ width: mm(RECIPIENT_BLOCK.width), fontSize: recipientSize, lineHeight: RECIPIENT_BLOCK.lineHeight }}>{model.recipient.join('\n')}</Text>
      </View>
      {model.placeAndDate ? <Text style={s.placeAndDate}>{model.placeAndDate}</Text> : null}
      {FOLD_MARKS_MM.map((y) => (
        <View key={y} style={[s.foldMark, { top: fromTop(y) }]} />
      ))}
    </View>
  );
}

/**
 * The recipient block's size: the base size, or smaller when its widest line would not fit the window's width
 * (38 wide capitals do not fit at 9 pt), so that the address is never wrapped or cut.
 */
export function recipientFontSize(lines: readonly string[], fonts: LetterFonts): number {
  const widest = Math.max(...lines.map((l) => fonts.regular.widthOf(l) / fonts.regular.unitsPerEm));
  const fits = widest > 0 ? (mm(RECIPIENT_BLOCK.width) * 0.985) / widest : RECIPIENT_BLOCK.fontSize;
  const size = Math.min(RECIPIENT_BLOCK.fontSize, fits);
  return Math.max(RECIPIENT_BLOCK.minFontSize, Math.floor(size * 20) / 20);
}

function Table({ table }: { table: LetterTable }): ReactElement {
  const widths = columnWidths(table);
  const cellStyle = (i: number, head: boolean, bold: boolean) => [
    head ? s.headCell : s.cell,
    { width: widths[i]!, textAlign: table.columns[i]!.align },
    // Tabular figures line the amounts up; not in text columns, where they would space out « F-2026-012 ».
    ...(!head && table.columns[i]!.align === 'right' ? [TABULAR] : []),
    ...(bold ? [{ fontWeight: 700 as const }] : []),
  ];
  return (
    <View style={s.table}>
      <View style={s.tableHead} wrap={false}>
        {table.columns.map((c, i) => (
          <Text key={i} style={cellStyle(i, true, false)}>
            {c.label}
          </Text>
        ))}
      </View>
      {table.rows.map((row, r) => (
        <View key={r} style={s.tableRow} wrap={false}>
          {row.map((cell, i) => (
            <Text key={i} style={cellStyle(i, false, false)}>
              {cell}
            </Text>
          ))}
        </View>
      ))}
      {table.totals ? (
        <View style={s.tableTotals} wrap={false}>
          {table.totals.map((cell, i) => (
            <Text key={i} style={cellStyle(i, false, true)}>
              {cell}
            </Text>
          ))}
        </View>
      ) : null}
    </View>
  );
}

/** Column widths in points, shared by their longest content: a figure column stays on one line, a label column takes the rest. */
function columnWidths(table: LetterTable): number[] {
  const weights = table.columns.map((c, i) => {
    const cells = [...table.rows.map((r) => r[i] ?? ''), table.totals?.[i] ?? ''];
    const longest = Math.max(...cells.map((x) => x.length), 4);
    const label = Math.min(c.label.length, 12);
    return Math.max(longest, label) + 2;
  });
  const total = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (CONTENT_WIDTH * w) / total);
}

function Annex({ annex }: { annex: LetterAnnex }): ReactElement {
  return (
    <View>
      <Text style={s.annexTitle} minPresenceAhead={mm(30)}>
        {annex.title}
      </Text>
      {annex.paragraphs.map((p, i) => (
        <Text key={i} style={s.paragraph} orphans={2} widows={2}>
          {p}
        </Text>
      ))}
      {annex.table ? <Table table={annex.table} /> : null}
    </View>
  );
}
