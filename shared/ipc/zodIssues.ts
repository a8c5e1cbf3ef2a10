import type { z } from 'zod';
import { frenchTypography } from '../kernel/frenchTypography';

/** zod issues → { 'address.city': 'French message' } (first message per field). */
export function issuesToFields(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (fields[path]) continue;
    fields[path] = frenchMessage(issue);
  }
  return fields;
}

/** Our schemas carry French messages; zod's own (English) defaults are replaced by a French one. */
function frenchMessage(issue: z.core.$ZodIssue): string {
  const custom = issue.message;
  if (custom && !/^(Invalid|Expected|Too|Unrecognized|Required)/i.test(custom)) return custom;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'Ce champ est obligatoire.' : 'Valeur d’un type inattendu.';
    case 'unrecognized_keys':
      return frenchTypography(`Champ non autorisé : ${issue.keys.join(', ')}.`);
    case 'too_big':
      return 'Valeur trop longue ou trop grande.';
    case 'too_small':
      return 'Valeur trop courte ou trop petite.';
    case 'invalid_value':
      return 'Valeur non autorisée.';
    default:
      return 'Valeur invalide.';
  }
}
