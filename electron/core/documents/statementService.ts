import type { z } from 'zod';
import { composeStatement } from '../../../shared/documents/composeStatement';
import type { StatementRecord } from '../../../shared/documents/statementSchema';
import type { StatementPreview, statementsMethods } from '../../../shared/documents/statementsContract';
import { AppError } from '../../../shared/ipc/errors';
import { frenchTypography } from '../../../shared/kernel/frenchTypography';
import type { Client } from '../../../shared/ledger/schema';
import type { Clock } from '../app/clock';
import { newId } from '../app/ids';
import type { BlobStore } from '../store/blobStore';
import { sha256 } from '../store/durableJsonFile';
import type { Store } from '../store/store';
import type { LetterRenderer } from './letterRenderer';
import { pdfFileName } from './pdfOutput';

type StatementRequest = z.output<(typeof statementsMethods)['statements.preview']['input']>;
type SendStatementInput = z.output<(typeof statementsMethods)['statements.send']['input']>;

/**
 * The statement of account of a client (relevé de compte): composed in shared/documents, drawn by the letters' warm
 * worker. The same request on the same data gives the same bytes (the PDF's date is the statement's), so what was
 * previewed is what is archived when it is recorded as sent.
 */
export class StatementService {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
    private readonly renderer: LetterRenderer,
    private readonly blobs: BlobStore,
  ) {}

  async preview(request: StatementRequest): Promise<StatementPreview> {
    const db = this.store.data;
    const client = db.clients.find((c) => c.id === request.clientId);
    if (!client) throw new AppError('NOT_FOUND', 'Ce client n’existe plus.');
    const composed = composeStatement({ identity: db.identity, client, invoices: db.invoices, creditNotes: db.creditNotes, asOf: request.asOf });
    if (!composed.ok) throw new AppError('INVALID_INPUT', composed.errors.join(' '));
    const pdf = (await this.renderer.render([composed.model], { createdAt: new Date(`${request.asOf}T12:00:00.000Z`) })) as Uint8Array<ArrayBuffer>;
    return { pdf, sha256: sha256(pdf), figures: composed.figures, fileName: pdfFileName(`${request.asOf} Relevé de compte ${client.name}`) };
  }

  async send(input: SendStatementInput): Promise<Client> {
    const preview = await this.preview(input.request);
    if (preview.sha256 !== input.previewSha256) {
      throw new AppError('CONFLICT', frenchTypography('Le relevé a changé depuis l’aperçu (les données ont été modifiées) : vérifiez le nouvel aperçu, puis enregistrez-le.'));
    }
    const stored = await this.blobs.put(preview.pdf, 'pdf');
    const record: StatementRecord = {
      id: newId(),
      asOf: input.request.asOf,
      sentOn: input.sentOn,
      channel: input.channel,
      document: { sha256: stored.sha256, kind: 'pdf', sizeBytes: stored.sizeBytes },
      balanceCents: preview.figures.balanceCents,
      overdueCents: preview.figures.overdueCents,
      recordedAt: this.clock.now().toISOString(),
    };
    let saved: Client | undefined;
    await this.store.update((db) => {
      const client = db.clients.find((c) => c.id === input.request.clientId);
      if (!client) throw new AppError('NOT_FOUND', 'Ce client n’existe plus.');
      saved = { ...client, statements: [...client.statements, record] };
      return { ...db, clients: db.clients.map((c) => (c.id === saved!.id ? saved! : c)) };
    });
    return saved!;
  }
}
