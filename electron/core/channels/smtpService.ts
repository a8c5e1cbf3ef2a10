import MailComposer from 'nodemailer/lib/mail-composer/index.js';
import {
  defaultSmtpSettings,
  passwordNotice,
  SMTP_SECURITY_SHORT,
  smtpProblems,
  type SmtpSecretStore,
  type SmtpSettings,
  type SmtpSettingsDraft,
  type SmtpStatus,
  type SmtpTestResult,
} from '../../../shared/channels/smtp';
import { timeOfDayText } from '../../../shared/channels/timeOfDay';
import { AppError } from '../../../shared/ipc/errors';
import { formatLongFrenchDate } from '../../../shared/kernel/frenchDate';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';
import { isValidEmail } from '../../../shared/ledger/identifiers';
import type { Clock } from '../app/clock';
import { sha256 } from '../store/durableJsonFile';
import type { Store } from '../store/store';
import { deliver, type SmtpConnection, type SmtpEnvelope } from './smtpTransport';

/**
 * What the desktop shell lends to keep a password: Electron's safeStorage (electron/main/secrets.ts), which encrypts
 * with a key the system's keyring holds. Absent in the loopback mode and in tests that do not lend one.
 */
export interface SecretStore {
  /** Whether encryption is possible now (a keyring is there). */
  available(): boolean;
  encrypt(text: string): Uint8Array;
  /** Throws when the bytes cannot be decrypted (another machine, a keyring reset). */
  decrypt(bytes: Uint8Array): string;
}

/** What sends the bytes: the SMTP transport (deliver), replaced only to count calls in tests. */
export type Deliver = (connection: SmtpConnection, raw: Uint8Array, envelope: SmtpEnvelope) => Promise<void>;

/** Everything needed to send now: the connection (with the password, decrypted for this send only) and the From. */
export interface SmtpReady {
  connection: SmtpConnection;
  from: string;
  send(raw: Uint8Array, to: string): Promise<void>;
}

/**
 * Paramètres › Envoi des e-mails: the SMTP settings in relance.json (settings.smtp) and the password, which never
 * reaches the file in clear: with the desktop's secret store, the base64 of its encrypted bytes; without one (the
 * loopback mode) or when the system has no keyring, in this object's memory only, for the session.
 */
export class SmtpService {
  /** The password when no secret store can keep it: lost when Relance quits, never written. */
  private sessionPassword: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly secrets: SecretStore | undefined,
    private readonly send: Deliver = deliver,
  ) {}

  status(): SmtpStatus {
    const s = this.store.data.settings.smtp;
    const secretStore = this.secretStore();
    const password = this.passwordState(s, secretStore);
    const effectiveFrom = this.effectiveFrom(s);
    const problems = smtpProblems(s, effectiveFrom, password);
    return {
      settings: { host: s.host, port: s.port, security: s.security, user: s.user, from: s.from },
      effectiveFrom,
      password,
      secretStore,
      configured: s.host !== '' && problems.length === 0,
      problem: problems.length > 0 ? problems.join(' ') : null,
      passwordNotice: passwordNotice(secretStore),
    };
  }

  async save(draft: SmtpSettingsDraft): Promise<SmtpStatus> {
    const secretStore = this.secretStore();
    let passwordEncrypted = this.store.data.settings.smtp.passwordEncrypted;
    let session = this.sessionPassword;
    if (draft.password.action === 'set') {
      if (secretStore === 'system') {
        passwordEncrypted = this.encrypt(draft.password.value);
        session = null;
      } else {
        passwordEncrypted = null;
        session = draft.password.value;
      }
    } else if (draft.password.action === 'clear' || draft.user === '') {
      passwordEncrypted = null;
      session = null;
    }
    const smtp: SmtpSettings = { host: draft.host, port: draft.port, security: draft.security, user: draft.user, from: draft.from, passwordEncrypted };
    await this.store.update((current) => ({ ...current, settings: { ...current.settings, smtp } }));
    // Only once the settings it goes with are saved.
    this.sessionPassword = session;
    return this.status();
  }

  async forget(): Promise<SmtpStatus> {
    await this.store.update((current) => ({ ...current, settings: { ...current.settings, smtp: defaultSmtpSettings() } }));
    this.sessionPassword = null;
    return this.status();
  }

  /** The saved settings ready to send, or the French reason they are not (nothing is sent then). */
  ready(): SmtpReady {
    const s = this.store.data.settings.smtp;
    if (s.host === '') {
      throw new AppError('UNAVAILABLE', fr('L’envoi direct n’est pas configuré : renseignez le serveur d’envoi dans Paramètres › Envoi des e-mails.'));
    }
    const status = this.status();
    if (!status.configured) throw new AppError('UNAVAILABLE', status.problem ?? 'L’envoi direct n’est pas configuré.');
    const connection: SmtpConnection = { host: s.host, port: s.port, security: s.security, user: s.user, password: s.user === '' ? null : this.password(s) };
    const from = status.effectiveFrom;
    return { connection, from, send: (raw, to) => this.send(connection, raw, { from, to }) };
  }

  /** « Envoyer un e-mail de test »: a short message to the From address itself, with the saved settings. */
  async sendTest(): Promise<SmtpTestResult> {
    const smtp = this.ready();
    const now = this.clock.now();
    const s = smtp.connection;
    const name = this.store.data.identity.name.trim() || 'Relance';
    const text = fr(
      [
        'Bonjour,',
        '',
        `Cet e-mail de test a été envoyé par Relance le ${formatLongFrenchDate(this.clock.today())} à ${timeOfDayText(now.getHours() * 60 + now.getMinutes())}, par le serveur ${s.host} (port ${s.port}, ${SMTP_SECURITY_SHORT[s.security]}).`,
        '',
        'Puisqu’il vous est parvenu, Relance peut envoyer vos relances par e-mail directement, depuis l’écran de la lettre (« Envoyer maintenant »).',
        '',
        '— Relance',
      ].join('\n'),
    );
    const seed = sha256(new TextEncoder().encode(`${smtp.from}|${now.toISOString()}`));
    const composer = new MailComposer({
      from: { name, address: smtp.from },
      to: { name, address: smtp.from },
      subject: fr('Relance : e-mail de test'),
      text,
      date: now,
      messageId: `<test.${seed.slice(0, 24)}@${domainOf(smtp.from)}>`,
      textEncoding: 'quoted-printable',
    });
    const raw = new Uint8Array(await composer.compile().build());
    await smtp.send(raw, smtp.from);
    return { to: smtp.from, message: fr(`E-mail de test envoyé à ${smtp.from} par ${s.host} : vérifiez qu’il est arrivé dans votre boîte de réception.`) };
  }

  private effectiveFrom(s: SmtpSettings): string {
    const from = (s.from || this.store.data.identity.email).trim();
    return isValidEmail(from) ? from : '';
  }

  private secretStore(): SmtpSecretStore {
    if (!this.secrets) return 'memory';
    try {
      return this.secrets.available() ? 'system' : 'unavailable';
    } catch {
      return 'unavailable';
    }
  }

  private passwordState(s: SmtpSettings, store: SmtpSecretStore): SmtpStatus['password'] {
    if (s.user === '') return 'none';
    if (this.sessionPassword !== null) return 'session';
    if (s.passwordEncrypted !== null && store === 'system') return 'encrypted';
    return 'missing';
  }

  private encrypt(password: string): string {
    try {
      const encrypted = this.secrets!.encrypt(password);
      // Read back at once: a secret store that cannot give it back would lose it without a word.
      if (this.secrets!.decrypt(encrypted) !== password) throw new Error('round trip');
      return Buffer.from(encrypted).toString('base64');
    } catch {
      throw new AppError('UNAVAILABLE', fr('Le trousseau de votre système n’a pas pu chiffrer le mot de passe : rien n’a été enregistré.'));
    }
  }

  private password(s: SmtpSettings): string {
    if (this.sessionPassword !== null) return this.sessionPassword;
    try {
      return this.secrets!.decrypt(new Uint8Array(Buffer.from(s.passwordEncrypted ?? '', 'base64')));
    } catch {
      throw new AppError('UNAVAILABLE', fr('Le mot de passe enregistré ne peut plus être déchiffré par le trousseau de votre système : saisissez-le à nouveau dans Paramètres › Envoi des e-mails. Rien n’a été envoyé.'));
    }
  }
}

/** The domain of an address, for a Message-ID of the sender's own (relance.local when it has none). */
export function domainOf(address: string): string {
  const domain = address.slice(address.lastIndexOf('@') + 1).toLowerCase();
  return /^[a-z0-9.-]{1,253}$/.test(domain) ? domain : 'relance.local';
}
