import { z } from 'zod';
import { frenchTypography as fr } from '../kernel/frenchTypography';
import { isValidEmail, MAX_EMAIL_LENGTH } from '../ledger/identifiers';

/**
 * Sending a reminder by e-mail directly (SMTP), configured in Paramètres › Envoi des e-mails: the server, its port and
 * security, the account, the From address. The password is never stored in clear: the core asks the desktop's
 * secret store (Electron safeStorage) to encrypt it and keeps only the base64 of the encrypted bytes; without a
 * secret store (the loopback mode of development and tests) it stays in the core's memory for the session only.
 */

/** 'tls': SSL/TLS from the first byte (port 465); 'starttls': a plain connection upgraded, TLS required (587); 'none': this computer only. */
export const SMTP_SECURITIES = ['tls', 'starttls', 'none'] as const;
export const smtpSecuritySchema = z.enum(SMTP_SECURITIES, { message: 'Sécurité de la connexion inconnue.' });
export type SmtpSecurity = z.infer<typeof smtpSecuritySchema>;

export const SMTP_SECURITY_LABELS: Record<SmtpSecurity, string> = {
  tls: 'SSL/TLS (port 465)',
  starttls: 'STARTTLS (port 587)',
  none: 'Aucune (cet ordinateur seulement)',
};

export const SMTP_SECURITY_SHORT: Record<SmtpSecurity, string> = { tls: 'SSL/TLS', starttls: 'STARTTLS', none: 'sans chiffrement' };

/** The port each security is usually served on (the form proposes it when the security changes). */
export const SMTP_DEFAULT_PORTS: Record<SmtpSecurity, number> = { tls: 465, starttls: 587, none: 25 };

/** A server without encryption would carry the password and the client's data in clear: only this computer's. */
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host.trim().toLowerCase());
}

const MAX_HOST_LENGTH = 253;
/** A host name (labels of letters, digits and hyphens) or an IPv4 address; each label bounded, no backtracking. */
const HOST_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/;
const MAX_PASSWORD_LENGTH = 256;
/** The base64 of an encrypted password of 256 characters stays far below this. */
const MAX_ENCRYPTED_LENGTH = 4096;

/**
 * What relance.json keeps under settings.smtp. Loose (a file from any version loads): the checks of what the user
 * types are in smtpSettingsDraftSchema. No password here, ever: only its encrypted form.
 */
export const smtpSettingsSchema = z.object({
  host: z.string().max(MAX_HOST_LENGTH).default(''),
  port: z.number().int().min(1).max(65535).default(465),
  security: smtpSecuritySchema.default('tls'),
  user: z.string().max(MAX_EMAIL_LENGTH).default(''),
  /** The From address; empty: the identity's e-mail. */
  from: z.string().max(MAX_EMAIL_LENGTH).default(''),
  /** Base64 of the password as encrypted by the system's secret store (safeStorage); null when none is stored. */
  passwordEncrypted: z.string().max(MAX_ENCRYPTED_LENGTH).regex(/^[A-Za-z0-9+/]*={0,2}$/).nullable().default(null),
});
export type SmtpSettings = z.infer<typeof smtpSettingsSchema>;
export const defaultSmtpSettings = (): SmtpSettings => smtpSettingsSchema.parse({});

/** What the page may see of the stored settings: everything but the encrypted password. */
export type SmtpPublicSettings = Omit<SmtpSettings, 'passwordEncrypted'>;

const hostSchema = z
  .string({ message: 'Serveur SMTP invalide.' })
  .trim()
  .toLowerCase()
  .min(1, fr('Indiquez le serveur SMTP de votre messagerie (exemple : smtp.orange.fr).'))
  .max(MAX_HOST_LENGTH, { message: fr(`Serveur SMTP : ${MAX_HOST_LENGTH} caractères au plus.`), abort: true })
  .regex(HOST_PATTERN, fr('Serveur SMTP invalide : un nom comme smtp.orange.fr ou une adresse comme 127.0.0.1, sans « smtp:// » ni port.'));

/** « Changer le mot de passe » or not: keep the one stored, set a new one, or remove it. */
const passwordChangeSchema = z.discriminatedUnion(
  'action',
  [
    z.object({ action: z.literal('keep') }).strict(),
    z
      .object({
        action: z.literal('set'),
        value: z
          .string({ message: 'Mot de passe invalide.' })
          .min(1, 'Saisissez le mot de passe.')
          .max(MAX_PASSWORD_LENGTH, fr(`Mot de passe : ${MAX_PASSWORD_LENGTH} caractères au plus.`))
          .refine((v) => !/[\r\n\0]/.test(v), 'Le mot de passe ne peut pas contenir de retour à la ligne.'),
      })
      .strict(),
    z.object({ action: z.literal('clear') }).strict(),
  ],
  { message: 'Modification du mot de passe invalide.' },
);
export type SmtpPasswordChange = z.infer<typeof passwordChangeSchema>;

/** What the user types in Paramètres › Envoi des e-mails (validated in the page and again by the core). */
export const smtpSettingsDraftSchema = z
  .object({
    host: hostSchema,
    port: z
      .number({ message: fr('Port : un nombre entier de 1 à 65\u202f535.') })
      .int(fr('Port : un nombre entier de 1 à 65\u202f535.'))
      .min(1, fr('Port : un nombre entier de 1 à 65\u202f535.'))
      .max(65535, fr('Port : un nombre entier de 1 à 65\u202f535.')),
    security: smtpSecuritySchema,
    user: z
      .string({ message: 'Identifiant invalide.' })
      .trim()
      .max(MAX_EMAIL_LENGTH, fr(`Identifiant : ${MAX_EMAIL_LENGTH} caractères au plus.`))
      .refine((v) => !/[\s\0]/.test(v), 'L’identifiant ne peut pas contenir d’espace.'),
    from: z
      .string({ message: 'Adresse d’expédition invalide.' })
      .trim()
      .max(MAX_EMAIL_LENGTH, { message: fr(`Adresse d’expédition : ${MAX_EMAIL_LENGTH} caractères au plus.`), abort: true })
      .refine((v) => v === '' || isValidEmail(v), fr('Adresse d’expédition invalide (exemple : nom@domaine.fr).')),
    password: passwordChangeSchema,
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.security === 'none' && !isLoopbackHost(v.host)) {
      ctx.addIssue({
        code: 'custom',
        path: ['security'],
        message: fr('Sans chiffrement, seul un serveur sur cet ordinateur (127.0.0.1 ou localhost) est accepté : choisissez SSL/TLS ou STARTTLS.'),
      });
    }
    if (v.password.action === 'set' && v.user === '') {
      ctx.addIssue({ code: 'custom', path: ['user'], message: 'Indiquez l’identifiant du compte qui va avec ce mot de passe.' });
    }
  });
export type SmtpSettingsDraft = z.output<typeof smtpSettingsDraftSchema>;

/**
 * Where the password lives: 'encrypted' in relance.json by the system's secret store; 'session' in the core's memory
 * until Relance quits; 'missing' an account without a password known this session; 'none' no account (a server
 * that accepts mail without identification).
 */
export const smtpPasswordStateSchema = z.enum(['encrypted', 'session', 'missing', 'none']);

/** 'system': safeStorage encrypts it; 'unavailable': the desktop has no usable secret store; 'memory': the loopback mode. */
export const smtpSecretStoreSchema = z.enum(['system', 'unavailable', 'memory']);
export type SmtpSecretStore = z.infer<typeof smtpSecretStoreSchema>;

export const smtpStatusSchema = z.object({
  settings: z.object({ host: z.string(), port: z.number().int(), security: smtpSecuritySchema, user: z.string(), from: z.string() }),
  /** The From address the messages leave with: the one set here, else the identity's e-mail (empty when neither). */
  effectiveFrom: z.string(),
  password: smtpPasswordStateSchema,
  secretStore: smtpSecretStoreSchema,
  /** Everything needed to send is there: « Envoyer maintenant » is offered. */
  configured: z.boolean(),
  /** Why it is not, in French (null when configured or when nothing is set up). */
  problem: z.string().nullable(),
  /** Where the password is kept, in French, for the screen. */
  passwordNotice: z.string(),
});
export type SmtpStatus = z.infer<typeof smtpStatusSchema>;

/** The sentence the screen shows about the password's keeping. */
export function passwordNotice(store: SmtpSecretStore): string {
  switch (store) {
    case 'system':
      return fr('Le mot de passe est chiffré par le trousseau de votre système : relance.json n’en garde que la version chiffrée, jamais le mot de passe lui-même.');
    case 'unavailable':
      return fr('Le trousseau de votre système n’est pas disponible : le mot de passe est gardé en mémoire pour cette session seulement, jamais écrit sur le disque. Saisissez-le à nouveau après avoir relancé Relance.');
    case 'memory':
      return fr('Mode de développement (navigateur) : le mot de passe est gardé en mémoire pour cette session seulement, jamais écrit sur le disque. Saisissez-le à nouveau après un redémarrage.');
  }
}

/** The French reasons why a configuration cannot send yet (empty when it can). */
export function smtpProblems(s: SmtpPublicSettings, effectiveFrom: string, password: z.infer<typeof smtpPasswordStateSchema>): string[] {
  if (s.host === '') return [];
  const problems: string[] = [];
  if (effectiveFrom === '') problems.push(fr('Indiquez l’adresse d’expédition, ou votre e-mail dans Paramètres › Identité.'));
  if (password === 'missing') problems.push(fr('Saisissez le mot de passe du compte (il n’est gardé que pour la session).'));
  if (s.security === 'none' && !isLoopbackHost(s.host)) problems.push(fr('Sans chiffrement, seul un serveur sur cet ordinateur est accepté : choisissez SSL/TLS ou STARTTLS.'));
  return problems;
}

export const smtpTestResultSchema = z.object({ to: z.string(), message: z.string() });
export type SmtpTestResult = z.infer<typeof smtpTestResultSchema>;
