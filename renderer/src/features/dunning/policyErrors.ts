import { dunningPolicySchema, type DunningPolicy } from '../../../../shared/dunning/schema';
import { issuesToFields } from '../../ui/zodFields';

/** Validates an edited policy: the parsed policy, or the French messages by 'levels.i.field'. */
export function validatePolicy(policy: DunningPolicy): { ok: true; policy: DunningPolicy } | { ok: false; errors: Record<string, string> } {
  const r = dunningPolicySchema.safeParse(policy);
  return r.success ? { ok: true, policy: r.data } : { ok: false, errors: issuesToFields(r.error.issues) };
}

/** The core's field errors ('defaultPolicy.levels.1.offsetDays') relative to the policy ('levels.1.offsetDays'). */
export function stripPrefix(fields: Record<string, string>, prefix: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(fields)) out[k.startsWith(`${prefix}.`) ? k.slice(prefix.length + 1) : k] = v;
  return out;
}
