import type { z } from 'zod';

/** zod issues → { 'address.city': 'French message' }, first message per field (as the core answers). */
export function issuesToFields(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (fields[path]) continue;
    fields[path] = frenchMessage(issue);
  }
  return fields;
}

function frenchMessage(issue: z.core.$ZodIssue): string {
  const custom = issue.message;
  if (custom && !/^(Invalid|Expected|Too|Unrecognized|Required)/i.test(custom)) return custom;
  switch (issue.code) {
    case 'invalid_type':
      return 'Ce champ est obligatoire.';
    case 'too_big':
      return 'Valeur trop longue ou trop grande.';
    case 'too_small':
      return 'Valeur trop courte ou trop petite.';
    default:
      return 'Valeur invalide.';
  }
}
