import ts from 'typescript';
import { plainSpaceOffences } from './frenchSpaces';

export { plainSpaceOffences };

/**
 * Finds the strings of a source file that the user can read and that carry a plain space (U+0020) where French
 * typography wants a non-breaking one: before : ; ? !, after « and before », in "n° 12", between a number and
 * its unit.
 *
 * What counts as user text: every string literal, template literal and JSX text, except in positions that only
 * code reads (module specifiers, types, property keys, code-only JSX attributes such as className, regular
 * expressions, selectors, developer logs) and except the text a call to frenchTypography already fixes at run
 * time. The rule needs no guess about the words: a space next to French punctuation is prose, code strings do not
 * have one. The verdict is frenchTypography's own: a plain space it would make non-breaking is an offence.
 */

export interface Offence {
  file: string;
  line: number;
  /** The text as the source holds it, the offending spaces shown as ⍽. */
  text: string;
}

/** JSX attributes whose value only code reads. Any other attribute (title, aria-label, placeholder, a component's label…) is user text. */
const CODE_ATTRIBUTES = new Set([
  'className',
  'id',
  'key',
  'htmlFor',
  'type',
  'name',
  'role',
  'href',
  'src',
  'autoComplete',
  'inputMode',
  'form',
  'method',
  'pattern',
  'lang',
  'rel',
  'target',
  'accept',
  'aria-controls',
  'aria-labelledby',
  'aria-describedby',
  'aria-live',
  'aria-current',
  'aria-invalid',
  'aria-hidden',
]);

/** Calls whose string arguments only code or a developer reads. */
const CODE_CALLS = new Set(['RegExp', 'querySelector', 'querySelectorAll', 'closest', 'matches', 'require', 'getElementById', 'addEventListener', 'removeEventListener']);
const DEVELOPER_OBJECTS = new Set(['console']);

/** What frenchTypography is called in this file: its own name, import aliases and `const fr = frenchTypography`. */
function typographyNames(source: ts.SourceFile): Set<string> {
  const names = new Set(['frenchTypography']);
  const visit = (node: ts.Node): void => {
    if (ts.isImportSpecifier(node) && (node.propertyName ?? node.name).text === 'frenchTypography') names.add(node.name.text);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.isIdentifier(node.initializer) && names.has(node.initializer.text)) {
      names.add(node.name.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names;
}

function calleeName(expression: ts.Expression): string | undefined {
  if (ts.isIdentifier(expression)) return expression.text;
  if (ts.isPropertyAccessExpression(expression)) return expression.name.text;
  return undefined;
}

function isDeveloperCall(call: ts.CallExpression): boolean {
  let e: ts.Expression = call.expression;
  while (ts.isPropertyAccessExpression(e)) e = e.expression;
  return ts.isIdentifier(e) && DEVELOPER_OBJECTS.has(e.text);
}

/** True when only code reads the literal at `node`, or when frenchTypography fixes it at run time. */
function isCodeOnlyOrFixed(node: ts.Node, fixers: Set<string>): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) || ts.isPropertySignature(parent) || ts.isMethodDeclaration(parent) || ts.isEnumMember(parent) || ts.isPropertyDeclaration(parent)) {
    if (parent.name === node) return true;
  }
  if (ts.isElementAccessExpression(parent) && parent.argumentExpression === node) return true;
  for (let n: ts.Node | undefined = node; n; n = n.parent) {
    if (ts.isImportDeclaration(n) || ts.isExportDeclaration(n) || ts.isLiteralTypeNode(n) || ts.isImportTypeNode(n) || ts.isExternalModuleReference(n)) return true;
    if (ts.isJsxAttribute(n) && CODE_ATTRIBUTES.has(n.name.getText())) return true;
    if (ts.isJsxAttribute(n) && n.name.getText().startsWith('data-')) return true;
    if (ts.isCallExpression(n) || ts.isNewExpression(n)) {
      if (n.expression.kind === ts.SyntaxKind.ImportKeyword) return true;
      const name = calleeName(n.expression);
      if (name && fixers.has(name)) return true;
      if (name && CODE_CALLS.has(name)) return true;
      if (ts.isCallExpression(n) && isDeveloperCall(n)) return true;
    }
  }
  return false;
}

const HTML_ENTITIES: Record<string, string> = { nbsp: '\u00a0', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", laquo: '«', raquo: '»' };

/** The text React renders for a JSX text node: lines trimmed where they meet a line break, blank lines dropped. */
export function renderedJsxText(raw: string): string {
  const lines = raw.split(/\r\n|\n|\r/);
  const kept: string[] = [];
  lines.forEach((line, i) => {
    let l = line;
    if (i > 0) l = l.replace(/^[ \t]+/, '');
    if (i < lines.length - 1) {
      let end = l.length;
      while (end > 0 && (l[end - 1] === ' ' || l[end - 1] === '\t')) end--;
      l = l.slice(0, end);
    }
    if (l !== '') kept.push(l);
  });
  return kept
    .join(' ')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
      e.startsWith('#x') || e.startsWith('#X') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : (HTML_ENTITIES[e.toLowerCase()] ?? m),
    );
}

export interface Literal {
  text: string;
  /** Where a template substitution stands (as "1") in `text`. */
  holes: Set<number>;
}

/** The text of a literal or JSX text. */
function literalText(node: ts.Node): Literal | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { text: node.text, holes: new Set() };
  if (ts.isJsxText(node)) return { text: renderedJsxText(node.text), holes: new Set() };
  if (ts.isTemplateExpression(node)) {
    let text = node.head.text;
    const holes = new Set<number>();
    for (const span of node.templateSpans) {
      holes.add(text.length);
      text += `1${span.literal.text}`;
    }
    return { text, holes };
  }
  return undefined;
}

function marked({ text, holes }: Literal, offences: number[]): string {
  const at = new Set(offences);
  return text
    .split('')
    .map((c, i) => (at.has(i) ? '⍽' : holes.has(i) ? '${…}' : c))
    .join('');
}

/** The user-text literals of `source` that carry an offence, with the offending indexes in their text. */
export function offendingLiterals(source: ts.SourceFile): { node: ts.Node; literal: Literal; offences: number[] }[] {
  const fixers = typographyNames(source);
  const found: { node: ts.Node; literal: Literal; offences: number[] }[] = [];
  const visit = (node: ts.Node): void => {
    const literal = literalText(node);
    if (literal !== undefined) {
      const offences = plainSpaceOffences(literal.text);
      if (offences.length > 0 && !isCodeOnlyOrFixed(node, fixers)) found.push({ node, literal, offences });
      if (!ts.isTemplateExpression(node)) return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function scanSource(file: string, code: string): Offence[] {
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, code, ts.ScriptTarget.Latest, true, kind);
  return offendingLiterals(source).map(({ node, literal, offences }) => ({
    file,
    line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1,
    text: marked(literal, offences),
  }));
}
