import nodemailer from 'nodemailer';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { SmtpSecurity } from '../../../shared/channels/smtp';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography as fr } from '../../../shared/kernel/frenchTypography';

/** How long a server may take to accept the connection, and to greet: a wrong host or port is told within seconds. */
export const SMTP_CONNECTION_TIMEOUT_MS = 10_000;
/** Silence in the middle of the exchange (the message with its PDFs is being sent). */
const SMTP_SOCKET_TIMEOUT_MS = 30_000;

export interface SmtpConnection {
  host: string;
  port: number;
  security: SmtpSecurity;
  user: string;
  /** Null when the account has no identification (user empty). Never logged, never in a message. */
  password: string | null;
}

export interface SmtpEnvelope {
  from: string;
  to: string;
}

/**
 * Sends the message's bytes exactly as given (nodemailer's SMTP transport with `raw`: no header added, no re-encoding),
 * so that what is archived afterwards is what the server received. Any failure is an AppError whose French message
 * names the cause; nodemailer's own text (English, with system details) is never shown.
 */
export async function deliver(connection: SmtpConnection, raw: Uint8Array, envelope: SmtpEnvelope): Promise<void> {
  const options: SMTPTransport.Options = {
    host: connection.host,
    port: connection.port,
    secure: connection.security === 'tls',
    requireTLS: connection.security === 'starttls',
    ignoreTLS: connection.security === 'none',
    ...(connection.user ? { auth: { user: connection.user, pass: connection.password ?? '' } } : {}),
    connectionTimeout: SMTP_CONNECTION_TIMEOUT_MS,
    greetingTimeout: SMTP_CONNECTION_TIMEOUT_MS,
    dnsTimeout: SMTP_CONNECTION_TIMEOUT_MS,
    socketTimeout: SMTP_SOCKET_TIMEOUT_MS,
    // The certificate is always checked (rejectUnauthorized stays true); old protocol versions are refused.
    tls: { minVersion: 'TLSv1.2' },
    disableFileAccess: true,
    disableUrlAccess: true,
    logger: false,
    debug: false,
  };
  const transport = nodemailer.createTransport(options);
  try {
    const info = await transport.sendMail({ envelope: { from: envelope.from, to: [envelope.to] }, raw: Buffer.from(raw) });
    if (!info.accepted.some((a) => (typeof a === 'string' ? a : a.address).toLowerCase() === envelope.to.toLowerCase())) {
      throw Object.assign(new Error('recipient not accepted'), { code: 'EENVELOPE', command: 'RCPT TO' });
    }
  } catch (error) {
    throw smtpFailure(error, connection, envelope);
  } finally {
    transport.close();
  }
}

interface TransportError {
  code?: unknown;
  command?: unknown;
  responseCode?: unknown;
  message?: unknown;
  reason?: unknown;
}

/** nodemailer's error (its code, the SMTP command and reply code, Node's socket or TLS text) as a French cause. */
export function smtpFailure(error: unknown, c: Pick<SmtpConnection, 'host' | 'port' | 'security'>, envelope: SmtpEnvelope): AppError {
  const e = (error && typeof error === 'object' ? error : {}) as TransportError;
  const code = typeof e.code === 'string' ? e.code : '';
  const command = typeof e.command === 'string' ? e.command : '';
  const reply = typeof e.responseCode === 'number' ? e.responseCode : null;
  const text = `${typeof e.message === 'string' ? e.message : ''} ${typeof e.reason === 'string' ? e.reason : ''}`.toLowerCase();
  const server = `${c.host} (port ${c.port})`;
  const withCode = reply ? `, code ${reply}` : '';
  const say = (message: string): AppError => new AppError('UNAVAILABLE', `${message} Rien n’a été envoyé ni enregistré.`);
  // Node's socket and TLS errors come as text (nodemailer replaces their code with ESOCKET).
  const has = (...parts: string[]): boolean => parts.some((p) => text.includes(p));

  // The server answered (a reply code): what it refused, whatever words its reply uses (« STARTTLS » in a 530…).
  if (code === 'EAUTH') {
    return say(fr(`Le serveur ${c.host} a refusé l’identification (identifiant ou mot de passe${withCode}) : vérifiez-les dans Paramètres › Envoi des e-mails. Certaines messageries demandent un « mot de passe d’application ».`));
  }
  if (code === 'ENOAUTH' || (command === 'MAIL FROM' && reply === 530)) {
    return say(fr(`Le serveur ${c.host} demande une identification${withCode} : indiquez l’identifiant et le mot de passe du compte dans Paramètres › Envoi des e-mails.`));
  }
  if (code === 'EENVELOPE' && command === 'MAIL FROM') {
    return say(fr(`Le serveur ${c.host} a refusé l’adresse d’expédition ${envelope.from}${withCode} : c’est souvent celle du compte qu’il faut indiquer.`));
  }
  if (code === 'EENVELOPE') {
    return say(fr(`Le serveur ${c.host} a refusé le destinataire ${envelope.to}${withCode} : vérifiez l’adresse e-mail dans la fiche du client.`));
  }
  if (code === 'EMESSAGE' || command === 'DATA' || command === 'DATA_END') {
    return say(reply === 552 ? fr(`Le serveur ${c.host} a refusé le message : il est trop volumineux${withCode}.`) : fr(`Le serveur ${c.host} a refusé le message${withCode}.`));
  }
  if (code === 'EDNS' || has('enotfound', 'eai_again')) {
    return say(fr(`Serveur d’envoi introuvable : « ${c.host} » ne correspond à aucun serveur. Vérifiez son nom dans Paramètres › Envoi des e-mails, et votre connexion à Internet.`));
  }
  if (has('econnrefused')) {
    return say(fr(`Le serveur ${server} refuse la connexion : aucun service d’envoi n’y écoute sur ce port. Vérifiez le port (465 pour SSL/TLS, 587 pour STARTTLS).`));
  }
  if (code === 'ETIMEDOUT' || has('etimedout', 'timeout')) {
    return say(fr(`Le serveur ${server} ne répond pas (rien en ${SMTP_CONNECTION_TIMEOUT_MS / 1000} secondes) : vérifiez son nom, le port et la sécurité choisie (SSL/TLS sur le port 465, STARTTLS sur le 587).`));
  }
  if (has('ehostunreach', 'enetunreach', 'enetdown', 'eaddrnotavail')) {
    return say(fr(`Le serveur ${server} est injoignable : vérifiez votre connexion à Internet.`));
  }
  if (code === 'ETLS') {
    return say(fr(`Le serveur ${server} ne propose pas de connexion chiffrée STARTTLS : choisissez SSL/TLS (port 465), ou vérifiez le port.`));
  }
  if (has('wrong version number', 'packet length too long', 'unknown protocol', 'unexpected eof', 'socket disconnected before secure')) {
    return say(fr(`La connexion chiffrée SSL/TLS avec ${server} a échoué : ce port n’attend pas de connexion SSL/TLS. Choisissez STARTTLS pour le port 587, ou SSL/TLS avec le port 465.`));
  }
  if (has('certificate has expired', 'cert_has_expired')) {
    return say(fr(`Connexion refusée par sécurité (TLS) : le certificat du serveur ${c.host} a expiré.`));
  }
  if (has('self-signed', 'self signed', 'unable to verify', 'unable to get local issuer', 'unable to get issuer')) {
    return say(fr(`Connexion refusée par sécurité (TLS) : le certificat du serveur ${c.host} n’est pas reconnu (auto-signé ou d’une autorité inconnue).`));
  }
  if (has('altnames', 'does not match certificate')) {
    return say(fr(`Connexion refusée par sécurité (TLS) : le certificat présenté n’est pas celui de ${c.host}.`));
  }
  if (has('ssl', 'tls', 'certificate', 'handshake')) {
    return say(fr(`La connexion chiffrée (TLS) avec ${server} a échoué.`));
  }
  if (code === 'ECONNECTION' || code === 'ESOCKET' || code === 'EPROTOCOL' || has('econnreset', 'epipe', 'closed')) {
    return say(fr(`La connexion avec le serveur ${server} a été interrompue${withCode} : vérifiez le port et la sécurité choisie.`));
  }
  return say(fr(`L’envoi par le serveur ${server} a échoué${withCode}.`));
}
