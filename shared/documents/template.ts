import { frenchTypography } from '../kernel/frenchTypography';
import { PLACEHOLDERS, placeholderInfo, type PlaceholderName } from './placeholders';

const fr = frenchTypography;

/**
 * The letter template language: text with {{champ}} placeholders and {{#champ}}…{{/champ}} (or {{^champ}}…{{/champ}})
 * sections, the list of names being the catalogue of placeholders.ts. Filling never leaves a blank: a placeholder the
 * catalogue does not know, or one without a value for the letter, is a French error, and the text is not produced.
 * The scan is linear (indexOf, no regular expression over the template): a pasted 1 MB text cannot freeze the app.
 */

/** A value: text (empty or null = no value), or true/false for a flag. */
export type TemplateValue = string | boolean | null | undefined;
export type TemplateValues = Readonly<Partial<Record<PlaceholderName, TemplateValue>>>;

export type FillResult = { ok: true; text: string } | { ok: false; errors: string[] };

export interface FillOptions {
  /** Why a placeholder has no value in this letter, added to its error (« la facture n° F-12 n’a pas de description »). */
  readonly missingReasons?: Readonly<Partial<Record<PlaceholderName, string>>>;
}

type TemplateNode =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'field'; readonly name: PlaceholderName }
  | { readonly kind: 'section'; readonly name: PlaceholderName; readonly inverted: boolean; readonly children: TemplateNode[] };

interface Parsed {
  readonly nodes: readonly TemplateNode[];
  readonly errors: readonly string[];
  /** Every known placeholder the text names, in fields or sections. */
  readonly used: ReadonlySet<PlaceholderName>;
}

const EXCERPT_LENGTH = 30;

function excerpt(text: string): string {
  return text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text;
}

function isName(s: string): boolean {
  if (s === '') return false;
  for (const c of s) if (!((c >= 'a' && c <= 'z') || c === '_' || (c >= '0' && c <= '9'))) return false;
  return true;
}

/** Levenshtein distance, bounded by the short names of the catalogue. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = cur;
  }
  return prev[b.length]!;
}

function suggestion(name: string): string | null {
  if (name.length > 60) return null;
  const lower = name.toLowerCase().replaceAll(' ', '_').replaceAll('-', '_');
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const p of PLACEHOLDERS) {
    const d = distance(lower, p.name);
    if (d < bestDistance) {
      best = p.name;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(lower.length / 4)) ? best : null;
}

function unknownMessage(raw: string, name: string): string {
  const close = suggestion(name);
  return fr(
    `Champ inconnu : « {{${excerpt(raw)}}} ».${close ? ` Vouliez-vous dire {{${close}}} ?` : ''} Les champs possibles sont dans la liste à côté de l’éditeur.`,
  );
}

/** The same templates are filled for every letter of a batch: each text is parsed once (nodes are never mutated). */
const parsedTexts = new Map<string, Parsed>();

function parse(text: string): Parsed {
  let parsed = parsedTexts.get(text);
  if (parsed === undefined) {
    parsed = parseText(text);
    if (parsedTexts.size >= 200) parsedTexts.clear();
    parsedTexts.set(text, parsed);
  }
  return parsed;
}

function parseText(text: string): Parsed {
  const errors: string[] = [];
  const used = new Set<PlaceholderName>();
  const root: TemplateNode[] = [];
  const stack: { name: PlaceholderName; inverted: boolean; children: TemplateNode[] }[] = [];
  const current = (): TemplateNode[] => (stack.length > 0 ? stack[stack.length - 1]!.children : root);
  const pushText = (s: string): void => {
    if (s !== '') current().push({ kind: 'text', text: s });
  };
  let i = 0;
  while (i < text.length) {
    let open = text.indexOf('{{', i);
    if (open < 0) {
      pushText(text.slice(i));
      break;
    }
    // « {{{montant_du}} »: the first braces are text, the last two open the placeholder.
    while (text[open + 2] === '{') open++;
    pushText(text.slice(i, open));
    const close = text.indexOf('}}', open + 2);
    if (close < 0) {
      errors.push(fr(`Accolades non fermées : « ${excerpt(text.slice(open))} » n’est pas terminé par « }} ».`));
      break;
    }
    i = close + 2;
    const raw = text.slice(open + 2, close);
    const inner = raw.trim();
    const sigil = inner[0];
    const isTag = sigil === '#' || sigil === '^' || sigil === '/';
    const name = isTag ? inner.slice(1).trim() : inner;
    if (!isName(name)) {
      errors.push(name === '' ? fr('Champ vide : « {{}} » ne désigne aucun champ.') : unknownMessage(raw, name));
      continue;
    }
    const info = placeholderInfo(name);
    if (!info) {
      errors.push(unknownMessage(raw, name));
      continue;
    }
    const known = name as PlaceholderName;
    used.add(known);
    if (sigil === '#' || sigil === '^') {
      const section = { name: known, inverted: sigil === '^', children: [] as TemplateNode[] };
      current().push({ kind: 'section', ...section });
      stack.push(section);
    } else if (sigil === '/') {
      const top = stack[stack.length - 1];
      if (!top) {
        errors.push(fr(`« {{/${known}}} » ferme une section qui n’a pas été ouverte.`));
      } else if (top.name !== known) {
        errors.push(fr(`« {{/${known}}} » arrive avant la fin de la section « {{${top.inverted ? '^' : '#'}${top.name}}} » : fermez-la d’abord par « {{/${top.name}}} ».`));
      } else {
        stack.pop();
      }
    } else if (info.kind === 'flag') {
      errors.push(fr(`« {{${known}}} » s’emploie seulement comme section : « {{#${known}}}…{{/${known}}} ».`));
    } else {
      current().push({ kind: 'field', name: known });
    }
  }
  for (const open of stack) errors.push(fr(`La section « {{${open.inverted ? '^' : '#'}${open.name}}} » n’est pas fermée par « {{/${open.name}}} ».`));
  return { nodes: root, errors, used };
}

/** The syntax errors and unknown placeholders of a template, in French (empty when it can be filled). */
export function templateSyntaxErrors(text: string): string[] {
  return dedupe(parse(text).errors);
}

/** The placeholders a template names (fields and sections), unknown ones left out. */
export function placeholdersUsed(text: string): ReadonlySet<PlaceholderName> {
  return parse(text).used;
}

function hasValue(v: TemplateValue): boolean {
  return typeof v === 'boolean' ? v : typeof v === 'string' && v.trim() !== '';
}

function missingMessage(name: PlaceholderName, reason: string | undefined): string {
  const info = placeholderInfo(name)!;
  return fr(
    `Le champ {{${name}}} (${info.label.toLowerCase()}) n’a pas de valeur pour cette lettre${reason ? ` : ${reason}` : ''}. Complétez la donnée, retirez le champ du modèle, ou placez-le dans une section {{#${name}}}…{{/${name}}}.`,
  );
}

/**
 * Fills a template: every field replaced by its value, every section kept or dropped. Every unknown placeholder,
 * syntax error and missing value is reported (all of them, not the first one), and then no text is given.
 */
export function fillTemplate(text: string, values: TemplateValues, options: FillOptions = {}): FillResult {
  const parsed = parse(text);
  const errors = [...parsed.errors];
  const missing = new Set<PlaceholderName>();
  let out = '';
  const walk = (nodes: readonly TemplateNode[]): void => {
    for (const node of nodes) {
      switch (node.kind) {
        case 'text':
          out += node.text;
          break;
        case 'field': {
          const v = values[node.name];
          if (typeof v === 'string' && hasValue(v)) out += v;
          else missing.add(node.name);
          break;
        }
        case 'section':
          if (hasValue(values[node.name]) !== node.inverted) walk(node.children);
          break;
      }
    }
  };
  walk(parsed.nodes);
  for (const name of missing) errors.push(missingMessage(name, options.missingReasons?.[name]));
  return errors.length > 0 ? { ok: false, errors: dedupe(errors) } : { ok: true, text: out };
}

function dedupe(list: readonly string[]): string[] {
  return [...new Set(list)];
}
