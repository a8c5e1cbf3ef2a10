import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import type { ReactElement } from 'react';
import type { HistoryDocumentModel } from '../../../shared/proofs/historyModel';
import { LETTER_FONT_FAMILY } from './letterFonts';
import { A4, FOOTER, MARGINS, mm } from './letterLayout';

/**
 * The invoice's history as a PDF (the chronology of a court file): a title, the parties, the invoice's figures,
 * then one row per dated event, each archived letter or scan with its SHA-256, on as many A4 pages as it needs,
 * numbered. Everything it prints comes from the model (shared/proofs/historyModel).
 */

const INK = '#1b1f24';
const SOFT_INK = '#474f59';
const RULE = '#c3c9d0';
const TINT = '#f3f5f7';
const CONTENT_WIDTH = mm(A4.widthMm - MARGINS.left - MARGINS.right);
const DATE_WIDTH = mm(20);
const TITLE_WIDTH = mm(50);
const DETAIL_WIDTH = CONTENT_WIDTH - DATE_WIDTH - TITLE_WIDTH;
const CELL_PADDING = mm(1.2);
const PARTY_WIDTH = (CONTENT_WIDTH - mm(6)) / 2;

const s = StyleSheet.create({
  page: {
    fontFamily: LETTER_FONT_FAMILY,
    fontSize: 9,
    color: INK,
    paddingTop: mm(MARGINS.top),
    paddingBottom: mm(MARGINS.bottom),
    paddingLeft: mm(MARGINS.left),
    paddingRight: mm(MARGINS.right),
  },
  title: { width: CONTENT_WIDTH, fontSize: 15, lineHeight: 1.3, fontWeight: 700 },
  subtitle: { width: CONTENT_WIDTH, fontSize: 9, lineHeight: 1.4, color: SOFT_INK, marginBottom: mm(5) },
  parties: { flexDirection: 'row', justifyContent: 'space-between', marginBottom: mm(4) },
  party: { width: PARTY_WIDTH, padding: mm(2.5), backgroundColor: TINT },
  partyLabel: { width: PARTY_WIDTH - 2 * mm(2.5), fontSize: 7.5, lineHeight: 1.3, fontWeight: 700, color: SOFT_INK, marginBottom: 2 },
  partyLine: { width: PARTY_WIDTH - 2 * mm(2.5), fontSize: 9, lineHeight: 1.4 },
  facts: { marginBottom: mm(5), borderTopWidth: 0.4, borderTopColor: RULE },
  fact: { flexDirection: 'row', borderBottomWidth: 0.4, borderBottomColor: RULE },
  factLabel: { width: mm(55), fontSize: 8.5, lineHeight: 1.35, color: SOFT_INK, paddingVertical: mm(1) },
  factValue: { width: CONTENT_WIDTH - mm(55), fontSize: 8.5, lineHeight: 1.35, paddingVertical: mm(1) },
  heading: { width: CONTENT_WIDTH, fontSize: 11, lineHeight: 1.3, fontWeight: 700, marginBottom: mm(2) },
  head: { flexDirection: 'row', backgroundColor: TINT, borderBottomWidth: 0.75, borderBottomColor: INK },
  row: { flexDirection: 'row', borderBottomWidth: 0.4, borderBottomColor: RULE },
  headCell: { fontSize: 7.8, lineHeight: 1.25, fontWeight: 700, color: SOFT_INK, paddingVertical: mm(1.5), paddingHorizontal: CELL_PADDING },
  cell: { fontSize: 8.5, lineHeight: 1.35, paddingVertical: mm(1.3), paddingHorizontal: CELL_PADDING },
  struck: { textDecoration: 'line-through', color: SOFT_INK },
  detail: { width: DETAIL_WIDTH - 2 * CELL_PADDING, fontSize: 8.5, lineHeight: 1.35 },
  proof: { width: DETAIL_WIDTH - 2 * CELL_PADDING, fontSize: 7, lineHeight: 1.35, color: SOFT_INK, marginTop: 1.5 },
  // The whole hash on one line (64 characters fit the column at this size), digits of one width.
  hash: { width: DETAIL_WIDTH - 2 * CELL_PADDING, fontSize: 6.8, lineHeight: 1.35, color: SOFT_INK, fontFeatureSettings: ['tnum'] },
  notes: { marginTop: mm(5) },
  note: { width: CONTENT_WIDTH, fontSize: 8, lineHeight: 1.4, color: SOFT_INK, marginBottom: mm(1.5) },
  footer: {
    position: 'absolute',
    left: mm(MARGINS.left),
    right: mm(MARGINS.right),
    bottom: mm(FOOTER.bottom),
    flexDirection: 'row',
    paddingTop: mm(1.6),
    borderTopWidth: 0.5,
    borderTopColor: RULE,
  },
  footerText: { width: CONTENT_WIDTH - mm(24), fontSize: FOOTER.fontSize, lineHeight: 1.35, color: SOFT_INK },
  footerPage: { width: mm(24), textAlign: 'right', fontSize: FOOTER.fontSize, color: SOFT_INK },
});

export function HistoryDocument({ model, createdAt }: { model: HistoryDocumentModel; createdAt: Date }): ReactElement {
  const widths = [DATE_WIDTH, TITLE_WIDTH, DETAIL_WIDTH];
  return (
    <Document title={model.title} subject={model.subtitle} creator="Relance" producer="Relance" language="fr-FR" creationDate={createdAt} modificationDate={createdAt}>
      <Page size="A4" style={s.page} wrap>
        <Text style={s.title}>{model.title}</Text>
        <Text style={s.subtitle}>{model.subtitle}</Text>
        <View style={s.parties} wrap={false}>
          {model.parties.map((p) => (
            <View key={p.label} style={s.party}>
              <Text style={s.partyLabel}>{p.label.toUpperCase()}</Text>
              {p.lines.map((l, i) => (
                <Text key={i} style={s.partyLine}>
                  {l}
                </Text>
              ))}
            </View>
          ))}
        </View>
        <View style={s.facts} wrap={false}>
          {model.facts.map(([label, value]) => (
            <View key={label} style={s.fact}>
              <Text style={s.factLabel}>{label}</Text>
              <Text style={s.factValue}>{value}</Text>
            </View>
          ))}
        </View>
        <Text style={s.heading} minPresenceAhead={mm(20)}>
          Chronologie
        </Text>
        <View style={s.head} fixed>
          {model.columns.map((c, i) => (
            <Text key={c} style={[s.headCell, { width: widths[i] }]}>
              {c}
            </Text>
          ))}
        </View>
        {model.rows.map((row, i) => (
          <View key={i} style={s.row} wrap={false}>
            <Text style={[s.cell, { width: DATE_WIDTH }, ...(row.cancelled ? [s.struck] : [])]}>{row.date}</Text>
            <Text style={[s.cell, { width: TITLE_WIDTH, fontWeight: 700 }, ...(row.cancelled ? [s.struck] : [])]}>{row.title}</Text>
            <View style={{ width: DETAIL_WIDTH, paddingVertical: mm(1.3), paddingHorizontal: CELL_PADDING }}>
              {row.details.map((d, j) => (
                <Text key={j} style={s.detail}>
                  {d}
                </Text>
              ))}
              {row.proof ? (
                <>
                  <Text style={s.proof}>{row.proof.label}</Text>
                  <Text style={s.hash}>{row.proof.sha256}</Text>
                </>
              ) : null}
            </View>
          </View>
        ))}
        <View style={s.notes} wrap={false}>
          {model.notes.map((n, i) => (
            <Text key={i} style={s.note}>
              {n}
            </Text>
          ))}
        </View>
        <View style={s.footer} fixed>
          <Text style={s.footerText}>{model.footer}</Text>
          <Text style={s.footerPage} render={({ pageNumber, totalPages }) => `page ${pageNumber} sur ${totalPages}`} />
        </View>
      </Page>
    </Document>
  );
}
