import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { simpleParser, type AddressObject } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmailPreview } from '../../../shared/channels/contract';
import type { SmtpStatus, SmtpTestResult } from '../../../shared/channels/smtp';
import type { LetterPreview } from '../../../shared/documents/contract';
import { DEFAULT_POLICY, type ArchivedFile } from '../../../shared/dunning/schema';
import type { LedgerSnapshot } from '../../../shared/ipc/contract';
import type { Client, Invoice } from '../../../shared/ledger/schema';
import { invoiceHistory } from '../../../shared/proofs/history';
import { fixedClock } from '../app/clock';
import { createCore, type Core } from '../app/createCore';
import { callOk, callRefused } from '../../../test/support/tempCore';
import { closedPort, startLocalSmtp, type LocalSmtp } from '../../../test/support/smtpServer';
import type { SecretStore } from './smtpService';
import { CAMILLE_MARTIN } from '../../../test/support/sender';

/**
 * « Envoyer maintenant » and « Envoyer un e-mail de test » through a real SMTP server on 127.0.0.1 (smtp-server):
 * what it receives (headers, French subject, text with the figures, attachments by SHA-256), the archive that is
 * exactly what was sent, the history; every failure a French message naming its cause with nothing recorded (the
 * data file's bytes compared before and after); the password never in clear in relance.json nor in a backup.
 */

const NOW = '2026-12-01T10:00:00';
const PASSWORD = 'mot de passe très secret';
const hash = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const addressOf = (a: AddressObject | AddressObject[] | undefined) => (Array.isArray(a) ? a[0] : a)?.value[0];

/** A secret store like safeStorage: AES-256-GCM under a key that lives outside the data folder (here, in memory). */
function aesSecretStore(): SecretStore & { calls: number } {
  const key = randomBytes(32);
  const store = {
    calls: 0,
    available: () => true,
    encrypt(text: string): Uint8Array {
      store.calls++;
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return new Uint8Array(Buffer.concat([iv, cipher.getAuthTag(), body]));
    },
    decrypt(bytes: Uint8Array): string {
      const b = Buffer.from(bytes);
      const decipher = createDecipheriv('aes-256-gcm', key, b.subarray(0, 12));
      decipher.setAuthTag(b.subarray(12, 28));
      return Buffer.concat([decipher.update(b.subarray(28)), decipher.final()]).toString('utf8');
    },
  };
  return store;
}

let dir: string;
let dataFile: string;
let core: Core;
let smtp: LocalSmtp;
const open = (secrets?: SecretStore) =>
  createCore({ dataFile, clock: fixedClock(new Date(NOW)), mode: secrets ? 'electron' : 'loopback', version: 'test', ...(secrets ? { platform: { openFolder: async () => undefined, secrets } } : {}) });

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'relance-smtp-'));
  dataFile = join(dir, 'relance.json');
  core = await open();
  smtp = await startLocalSmtp();
});
afterEach(async () => {
  await core.close();
  await smtp.close();
  await rm(dir, { recursive: true, force: true });
});

const call = <T>(method: string, input: unknown) => callOk<T>(core, method, input);

async function seed(clientEmail = 'compta@atelier-dupre.fr') {
  await call('identity.save', CAMILLE_MARTIN);
  const client = await call<Client>('clients.save', { kind: 'business', name: 'Atelier Dupré SARL', email: clientEmail, address: { street: '12 rue de la Paix', postalCode: '75002', city: 'Paris' } });
  const a = await call<Invoice>('invoices.save', { number: 'F-2026-012', clientId: client.id, issueDate: '2026-05-15', dueDate: '2026-10-15', amountTtcCents: 123456 });
  const b = await call<Invoice>('invoices.save', { number: 'F-2026-015', clientId: client.id, issueDate: '2026-09-30', dueDate: '2026-10-30', amountTtcCents: 48000 });
  const email = { request: { clientId: client.id, invoiceIds: [a.id, b.id], tone: 'friendly', letterDate: '2026-12-01' } };
  return { client, a, b, email };
}

const settings = (over: Record<string, unknown> = {}) => ({ host: '127.0.0.1', port: smtp.port, security: 'none', user: 'camille', from: '', password: { action: 'set', value: PASSWORD }, ...over });

/** Every file under the data folder (relance.json, its backups, the archive), recursively. */
async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

const headerBlock = (raw: Buffer) => raw.toString('latin1').slice(0, raw.indexOf('\r\n\r\n'));
const bodyOf = (raw: Buffer) => raw.subarray(raw.indexOf('\r\n\r\n'));
/** The unfolded header lines, without the ones named. */
const headersWithout = (raw: Buffer, names: string[]) =>
  headerBlock(raw)
    .replace(/\r\n[ \t]/g, ' ')
    .split('\r\n')
    .filter((line) => !names.some((n) => line.toLowerCase().startsWith(`${n.toLowerCase()}:`)));

describe('« Envoyer maintenant » through a real SMTP server on 127.0.0.1', () => {
  it('the server receives the reminder: From, To, the French subject, the figures, the letter whose SHA-256 matches; the archive is the bytes received; the history says « E-mail envoyé à … »', async () => {
    const { client, a, b, email } = await seed();
    const status = await call<SmtpStatus>('smtp.save', settings());
    expect(status).toMatchObject({ configured: true, password: 'session', secretStore: 'memory', effectiveFrom: 'camille@martin-design.fr', problem: null });
    const preview = await call<EmailPreview>('emails.preview', email);
    const sent = await call<{ document: ArchivedFile; invoices: Invoice[]; to: string }>('emails.send', { email, previewSha256: preview.sha256 });
    expect(sent.to).toBe('compta@atelier-dupre.fr');

    expect(smtp.received).toHaveLength(1);
    const [got] = smtp.received;
    expect(got!.from).toBe('camille@martin-design.fr');
    expect(got!.to).toEqual(['compta@atelier-dupre.fr']);
    expect(got!.user).toBe('camille');

    const mail = await simpleParser(got!.raw);
    expect(addressOf(mail.from)).toEqual({ name: 'Camille Martin EI', address: 'camille@martin-design.fr' });
    expect(addressOf(mail.to)).toEqual({ name: 'Atelier Dupré SARL', address: 'compta@atelier-dupre.fr' });
    expect(mail.subject).toBe('Relance\u00a0: factures n°\u00a0F-2026-012 du 15\u00a0mai 2026 et n°\u00a0F-2026-015 du 30\u00a0septembre 2026');
    expect(got!.raw.toString('latin1')).toMatch(/^Subject: =\?UTF-8\?/m);
    expect(mail.headers.has('x-unsent')).toBe(false);
    expect(mail.date?.toISOString()).toBe(new Date(NOW).toISOString());
    expect(mail.messageId).toMatch(/@martin-design\.fr>$/);
    expect(mail.text).toMatch(/1[\u00a0\u202f]234,56\u00a0€/);
    expect(mail.text).toMatch(/480,00\u00a0€/);
    expect(mail.text).toContain('IBAN\u00a0: FR76 3000 6000 0112 3456 7890 189');
    const letter = await call<LetterPreview>('letters.preview', { ...email.request, registeredMail: false, registeredNumber: null });
    expect(mail.attachments.map((x) => [x.contentType, hash(x.content)])).toEqual([['application/pdf', letter.sha256]]);

    // The very message of the preview: the same body (parts, boundaries, attachments) and headers but the draft's.
    const draft = Buffer.from(preview.eml);
    expect(bodyOf(got!.raw).equals(bodyOf(draft))).toBe(true);
    expect(headersWithout(got!.raw, ['Date', 'Message-ID'])).toEqual(headersWithout(draft, ['Date', 'Message-ID', 'X-Unsent']));

    // Archived: exactly the bytes the server received.
    expect(sent.document).toEqual({ sha256: hash(got!.raw), kind: 'eml', sizeBytes: got!.raw.byteLength });
    const archived = await readFile(join(dir, 'blobs', sent.document.sha256.slice(0, 2), `${sent.document.sha256}.eml`));
    expect(archived.equals(got!.raw)).toBe(true);

    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    for (const id of [a.id, b.id]) {
      const reminder = snapshot.invoices.find((i) => i.id === id)!.reminders.at(-1)!;
      expect(reminder).toMatchObject({ channel: 'email', sentTo: 'compta@atelier-dupre.fr', document: sent.document, sentOn: '2026-12-01', tone: 'friendly' });
    }
    const entry = invoiceHistory(snapshot.invoices.find((i) => i.id === a.id)!, client, DEFAULT_POLICY).find((e) => e.kind === 'reminder')!;
    expect(entry.details[0]).toBe('E-mail envoyé à compta@atelier-dupre.fr');
    expect(entry.document).toMatchObject({ role: 'email', sha256: sent.document.sha256 });
    // « Voir l’e-mail » reads the sent message back.
    const view = await call<{ intact: boolean; message: { subject: string } }>('emails.archived', { sha256: sent.document.sha256 });
    expect(view).toMatchObject({ intact: true, message: { subject: mail.subject } });
  });

  it('« Envoyer un e-mail de test » reaches the user’s own address, records nothing', async () => {
    await seed();
    await call('smtp.save', settings({ from: 'relances@martin-design.fr' }));
    const before = await readFile(dataFile);
    const result = await call<SmtpTestResult>('smtp.sendTest', {});
    expect(result.to).toBe('relances@martin-design.fr');
    expect(result.message).toBe('E-mail de test envoyé à relances@martin-design.fr par 127.0.0.1\u00a0: vérifiez qu’il est arrivé dans votre boîte de réception.');
    expect(smtp.received.map((m) => [m.from, m.to])).toEqual([['relances@martin-design.fr', ['relances@martin-design.fr']]]);
    const mail = await simpleParser(smtp.received[0]!.raw);
    expect(mail.subject).toBe('Relance\u00a0: e-mail de test');
    expect(addressOf(mail.from)).toEqual({ name: 'Camille Martin', address: 'relances@martin-design.fr' });
    expect(mail.text).toContain(`par le serveur 127.0.0.1 (port ${smtp.port}, sans chiffrement)`);
    expect(mail.text).toContain('le 1er\u00a0décembre 2026 à 10\u00a0h');
    expect((await readFile(dataFile)).equals(before)).toBe(true);
  });

  it('the From address set in Paramètres is the one of the preview and of the message sent', async () => {
    const { email } = await seed();
    await call('smtp.save', settings({ from: 'relances@martin-design.fr' }));
    const preview = await call<EmailPreview>('emails.preview', email);
    expect(preview.from).toBe('Camille Martin EI <relances@martin-design.fr>');
    await call('emails.send', { email, previewSha256: preview.sha256 });
    expect(smtp.received[0]!.from).toBe('relances@martin-design.fr');
    expect(addressOf((await simpleParser(smtp.received[0]!.raw)).from)?.address).toBe('relances@martin-design.fr');
  });
});

describe('a failure of the server: a French message naming the cause, nothing recorded nor archived', () => {
  async function expectNothingRecorded(
    change: () => Promise<void>,
    expected: RegExp,
    seedEmail = 'compta@atelier-dupre.fr',
  ): Promise<void> {
    const { email } = await seed(seedEmail);
    await change();
    const preview = await call<EmailPreview>('emails.preview', email);
    const before = await readFile(dataFile);
    const refused = await callRefused(core, 'emails.send', { email, previewSha256: preview.sha256 });
    expect(refused.code).toBe('UNAVAILABLE');
    expect(refused.message).toMatch(expected);
    expect(refused.message).toMatch(/Rien n’a été envoyé ni enregistré\.$/);
    expect(refused.message).not.toContain(PASSWORD);
    expect((await readFile(dataFile)).equals(before)).toBe(true);
    expect((await filesUnder(dir)).filter((f) => f.endsWith('.eml'))).toEqual([]);
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    expect(snapshot.invoices.flatMap((i) => i.reminders)).toEqual([]);
  }

  it('a wrong password: the identification refused', async () => {
    await expectNothingRecorded(async () => void (await call('smtp.save', settings({ password: { action: 'set', value: 'pas le bon' } }))), /^Le serveur 127\.0\.0\.1 a refusé l’identification \(identifiant ou mot de passe, code 535\)/);
    expect(smtp.received).toEqual([]);
  });

  it('a port where nothing listens: the connection refused', async () => {
    const port = await closedPort();
    await expectNothingRecorded(async () => void (await call('smtp.save', settings({ port }))), new RegExp(`^Le serveur 127\\.0\\.0\\.1 \\(port ${port}\\) refuse la connexion`));
  });

  it('a recipient the server refuses: named with the reply code', async () => {
    await expectNothingRecorded(async () => void (await call('smtp.save', settings())), /^Le serveur 127\.0\.0\.1 a refusé le destinataire inconnu@atelier-dupre\.fr, code 550/, 'inconnu@atelier-dupre.fr');
    expect(smtp.received).toEqual([]);
  });

  it('a From address the server refuses, and a server that wants an identification none was given for', async () => {
    await expectNothingRecorded(async () => void (await call('smtp.save', settings({ from: 'interdit@martin-design.fr' }))), /^Le serveur 127\.0\.0\.1 a refusé l’adresse d’expédition interdit@martin-design\.fr, code 553/);
    await core.close();
    await rm(dir, { recursive: true, force: true });
    core = await open();
    await expectNothingRecorded(async () => void (await call('smtp.save', settings({ user: '', password: { action: 'keep' } }))), /^Le serveur 127\.0\.0\.1 demande une identification, code 530/);
    expect(smtp.received).toEqual([]);
  });

  it('SSL/TLS asked of a server that does not speak it, STARTTLS of one that does not offer it', async () => {
    await expectNothingRecorded(async () => void (await call('smtp.save', settings({ host: 'localhost', security: 'tls' }))), /^La connexion chiffrée SSL\/TLS avec localhost \(port \d+\) a échoué/);
    await core.close();
    await rm(dir, { recursive: true, force: true });
    core = await open();
    await expectNothingRecorded(async () => void (await call('smtp.save', settings({ host: 'localhost', security: 'starttls' }))), /^Le serveur localhost \(port \d+\) ne propose pas de connexion chiffrée STARTTLS/);
  });

  it('a server whose certificate cannot be trusted (smtp-server’s built-in one): refused by security', async () => {
    const tls = await startLocalSmtp({ tls: true });
    try {
      await expectNothingRecorded(async () => void (await call('smtp.save', settings({ host: 'localhost', port: tls.port, security: 'tls', user: '', password: { action: 'keep' } }))), /^Connexion refusée par sécurité \(TLS\)\u00a0: le certificat/);
      expect(tls.received).toEqual([]);
    } finally {
      await tls.close();
    }
  });

  // .invalid never resolves (RFC 6761): answered at once by a resolver, or after the 10 s DNS bound without one.
  it('a host that does not exist', { timeout: 30_000 }, async () => {
    await expectNothingRecorded(async () => void (await call('smtp.save', settings({ host: 'smtp.relance-test.invalid', security: 'tls', port: 465 }))), /^Serveur d’envoi introuvable\u00a0: «\u00a0smtp\.relance-test\.invalid\u00a0»/);
  });

  it('a step already recorded is refused before anything leaves', async () => {
    const { email } = await seed();
    await call('smtp.save', settings());
    const preview = await call<EmailPreview>('emails.preview', email);
    await call('emails.markSent', { email, sentOn: '2026-12-01', previewSha256: preview.sha256 });
    const refused = await callRefused(core, 'emails.send', { email, previewSha256: preview.sha256 });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toContain('a déjà été envoyé');
    expect(smtp.received).toEqual([]);
  });

  it('without SMTP settings, or with a stale preview, nothing is sent', async () => {
    const { email } = await seed();
    const preview = await call<EmailPreview>('emails.preview', email);
    const unset = await callRefused(core, 'emails.send', { email, previewSha256: preview.sha256 });
    expect(unset.message).toBe('L’envoi direct n’est pas configuré\u00a0: renseignez le serveur d’envoi dans Paramètres › Envoi des e-mails.');
    await call('smtp.save', settings());
    expect((await callRefused(core, 'emails.send', { email, previewSha256: 'a'.repeat(64) })).code).toBe('CONFLICT');
    expect(smtp.received).toEqual([]);
  });
});

describe('the SMTP password', () => {
  it('with the desktop’s secret store: only its encrypted form in relance.json, never in clear there nor in a backup nor in the exported copy; the page never gets it', async () => {
    await core.close();
    const secrets = aesSecretStore();
    core = await open(secrets);
    const { email } = await seed();
    const status = await call<SmtpStatus>('smtp.save', settings());
    expect(status).toMatchObject({ password: 'encrypted', secretStore: 'system', configured: true });
    expect(status.passwordNotice).toContain('chiffré par le trousseau de votre système');
    const stored = JSON.parse(await readFile(dataFile, 'utf8')) as { settings: { smtp: { passwordEncrypted: string; user: string } } };
    expect(stored.settings.smtp.user).toBe('camille');
    expect(secrets.decrypt(new Uint8Array(Buffer.from(stored.settings.smtp.passwordEncrypted, 'base64')))).toBe(PASSWORD);
    expect(JSON.stringify(await call('ledger.snapshot', {}))).not.toContain(stored.settings.smtp.passwordEncrypted);
    expect(JSON.stringify(await call('smtp.status', {}))).not.toContain(stored.settings.smtp.passwordEncrypted);

    // Restarted (a backup of this file is taken at start): the password is decrypted to send.
    await core.close();
    core = await open(secrets);
    expect((await call<SmtpStatus>('smtp.status', {})).password).toBe('encrypted');
    const preview = await call<EmailPreview>('emails.preview', email);
    await call('emails.send', { email, previewSha256: preview.sha256 });
    expect(smtp.received.map((m) => m.user)).toEqual(['camille']);

    const backups = (await filesUnder(dir)).filter((f) => f.includes(`${join(dir, 'backups')}`));
    expect(backups.length).toBeGreaterThan(0);
    const clear = [Buffer.from(PASSWORD, 'utf8'), Buffer.from(PASSWORD, 'latin1'), Buffer.from(Buffer.from(PASSWORD).toString('base64')), Buffer.from(JSON.stringify(PASSWORD).slice(1, -1))];
    for (const file of await filesUnder(dir)) {
      const bytes = await readFile(file);
      for (const c of clear) expect(bytes.includes(c), file).toBe(false);
    }
    const copy = await call<{ bytes: Uint8Array }>('data.exportCopy', {});
    for (const [name, bytes] of Object.entries(unzipSync(copy.bytes))) {
      for (const c of clear) expect(Buffer.from(bytes).includes(c), name).toBe(false);
    }
    const inCopy = Object.entries(unzipSync(copy.bytes)).find(([name]) => name.endsWith('relance.json'));
    expect(Buffer.from(inCopy![1]).toString('utf8')).toContain(stored.settings.smtp.passwordEncrypted);
  });

  it('without a secret store (the loopback mode): kept in memory for the session, never written; asked again after a restart', async () => {
    const { email } = await seed();
    const status = await call<SmtpStatus>('smtp.save', settings());
    expect(status).toMatchObject({ password: 'session', secretStore: 'memory', configured: true });
    expect(status.passwordNotice).toBe('Mode de développement (navigateur)\u00a0: le mot de passe est gardé en mémoire pour cette session seulement, jamais écrit sur le disque. Saisissez-le à nouveau après un redémarrage.');
    const stored = JSON.parse(await readFile(dataFile, 'utf8')) as { settings: { smtp: Record<string, unknown> } };
    expect(stored.settings.smtp).toEqual({ host: '127.0.0.1', port: smtp.port, security: 'none', user: 'camille', from: '', passwordEncrypted: null });
    await core.close();
    core = await open();
    await call('identity.save', (await call<LedgerSnapshot>('ledger.snapshot', {})).identity);
    for (const file of await filesUnder(dir)) expect((await readFile(file)).includes(Buffer.from(PASSWORD)), file).toBe(false);
    const after = await call<SmtpStatus>('smtp.status', {});
    expect(after).toMatchObject({ password: 'missing', configured: false });
    expect(after.problem).toBe('Saisissez le mot de passe du compte (il n’est gardé que pour la session).');
    const preview = await call<EmailPreview>('emails.preview', email);
    expect((await callRefused(core, 'emails.send', { email, previewSha256: preview.sha256 })).message).toBe(after.problem);
    expect(smtp.received).toEqual([]);
  });

  it('a desktop whose keyring is unavailable keeps it for the session too, and says so', async () => {
    await core.close();
    const secrets = { ...aesSecretStore(), available: () => false };
    core = await open(secrets);
    await seed();
    const status = await call<SmtpStatus>('smtp.save', settings());
    expect(status).toMatchObject({ password: 'session', secretStore: 'unavailable' });
    expect(status.passwordNotice).toContain('Le trousseau de votre système n’est pas disponible');
    expect((JSON.parse(await readFile(dataFile, 'utf8')) as { settings: { smtp: { passwordEncrypted: unknown } } }).settings.smtp.passwordEncrypted).toBeNull();
  });

  it('« settings.save » from the page never replaces the SMTP settings; « smtp.forget » removes them', async () => {
    await core.close();
    core = await open(aesSecretStore());
    await seed();
    await call('smtp.save', settings());
    const snapshot = await call<LedgerSnapshot>('ledger.snapshot', {});
    expect(snapshot.settings.smtp.passwordEncrypted).toBeNull();
    const cipher = (JSON.parse(await readFile(dataFile, 'utf8')) as { settings: { smtp: { passwordEncrypted: string } } }).settings.smtp.passwordEncrypted;
    expect(cipher).toMatch(/^[A-Za-z0-9+/]{40,}={0,2}$/);
    const answer = await call('settings.save', { ...snapshot.settings, smtp: { ...snapshot.settings.smtp, host: 'ailleurs.example.fr' } });
    expect(JSON.stringify(answer)).not.toContain(cipher);
    expect(await call<SmtpStatus>('smtp.status', {})).toMatchObject({ settings: { host: '127.0.0.1' }, password: 'encrypted' });
    const forgotten = await call<SmtpStatus>('smtp.forget', {});
    expect(forgotten).toMatchObject({ settings: { host: '', user: '' }, password: 'none', configured: false });
    expect(await readFile(dataFile, 'utf8')).not.toMatch(/"passwordEncrypted":"/);
  });
});

describe('smtp.save checks what is typed, in French', () => {
  it.each([
    [{ host: 'smtp.orange.fr', security: 'none' }, 'security', 'Sans chiffrement, seul un serveur sur cet ordinateur (127.0.0.1 ou localhost) est accepté\u00a0: choisissez SSL/TLS ou STARTTLS.'],
    [{ host: 'smtp://smtp.orange.fr' }, 'host', 'Serveur SMTP invalide\u00a0: un nom comme smtp.orange.fr ou une adresse comme 127.0.0.1, sans «\u00a0smtp://\u00a0» ni port.'],
    [{ host: '' }, 'host', 'Indiquez le serveur SMTP de votre messagerie (exemple\u00a0: smtp.orange.fr).'],
    [{ port: 70000 }, 'port', 'Port\u00a0: un nombre entier de 1 à 65\u202f535.'],
    [{ from: 'pas-une-adresse' }, 'from', 'Adresse d’expédition invalide (exemple\u00a0: nom@domaine.fr).'],
    [{ user: '', password: { action: 'set', value: 'x' } }, 'user', 'Indiquez l’identifiant du compte qui va avec ce mot de passe.'],
    [{ password: { action: 'set', value: 'a\nb' } }, 'password.value', 'Le mot de passe ne peut pas contenir de retour à la ligne.'],
  ])('%j', async (over, field, message) => {
    const refused = await callRefused(core, 'smtp.save', settings(over));
    expect(refused.code).toBe('INVALID_INPUT');
    expect(refused.fields?.[field]).toBe(message);
    expect(refused.message).not.toContain(PASSWORD);
  });

  it('refuses an unknown field and saves nothing', async () => {
    const refused = await callRefused(core, 'smtp.save', { ...settings(), tls: { rejectUnauthorized: false } });
    expect(refused.code).toBe('INVALID_INPUT');
    expect((await call<SmtpStatus>('smtp.status', {})).settings.host).toBe('');
  });
});
