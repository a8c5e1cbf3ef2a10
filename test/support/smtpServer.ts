import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { createServer } from 'node:net';

/** A message as a real SMTP server received it: the envelope, who authenticated, and the bytes of the DATA. */
export interface ReceivedMail {
  from: string;
  to: string[];
  user: string | null;
  raw: Buffer;
}

export interface LocalSmtp {
  port: number;
  received: ReceivedMail[];
  close(): Promise<void>;
}

/**
 * A real SMTP server (smtp-server, by nodemailer's authors) on 127.0.0.1, on a free port, for the tests and the
 * journey: plain (no STARTTLS offered) with identification required unless `tls` (SSL/TLS from the first byte,
 * with smtp-server's own built-in certificate, which no client may trust). It accepts the account user/password
 * and refuses, with 550, every recipient whose address starts with « inconnu@ », with 553 every sender « interdit@ ».
 */
export async function startLocalSmtp(options: { user?: string; password?: string; tls?: boolean } = {}): Promise<LocalSmtp> {
  const user = options.user ?? 'camille';
  const password = options.password ?? 'mot de passe très secret';
  const received: ReceivedMail[] = [];
  const config: SMTPServerOptions = {
    secure: options.tls ?? false,
    authOptional: options.tls ?? false,
    allowInsecureAuth: true,
    disabledCommands: options.tls ? [] : ['STARTTLS'],
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === user && auth.password === password) callback(null, { user: auth.username });
      else callback(Object.assign(new Error('Invalid username or password'), { responseCode: 535 }));
    },
    onMailFrom(address, _session, callback) {
      if (address.address.startsWith('interdit@')) callback(Object.assign(new Error('Sender address rejected'), { responseCode: 553 }));
      else callback();
    },
    onRcptTo(address, _session, callback) {
      if (address.address.startsWith('inconnu@')) callback(Object.assign(new Error('No such user here'), { responseCode: 550 }));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          user: typeof session.user === 'string' ? session.user : null,
          raw: Buffer.concat(chunks),
        });
        callback();
      });
    },
  };
  // The built-in certificate is announced on stderr by smtp-server; it is what the TLS refusal tests want.
  const server = new SMTPServer(config);
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as { port: number }).port;
  return { port, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A port on 127.0.0.1 where nothing listens (taken, then released). */
export async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
  const port = (probe.address() as { port: number }).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
