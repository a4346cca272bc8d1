// Sổ văn bản — writes. Issuing assigns the number, renders DOCX and PDF once, stores both in the
// content-addressed file store and freezes the row (hashes kept, audited), all in one transaction.
import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import {
  type CreateDraftInput,
  FROZEN_MESSAGE,
  type IssueInput,
  type UpdateDraftInput,
} from '../../../shared/schemas/document-register';
import type { Db } from '../../db/client';
import { documentNumberCounters, issuedDocuments } from '../../db/schema/index';
import { documentNumberLine, documentNumberText, signingTimeLine, vietnamDay } from '../../documents/model';
import { renderDocx } from '../../documents/render-docx';
import { renderPdf } from '../../documents/render-pdf';
import { AppError, conflict, notFound, orNotFound } from '../../errors';
import type { FileStore } from '../../storage/files';
import { writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { writeDecisionHonours } from '../honours/decision-honours-mutations';
import { registerBuilders } from './register-builders';
import { findNextVersion, getRegisterEntry, type IssuedDocumentRow } from './register-data';

const ENTITY = 'issued_document';

function isUniqueViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === '23505') return true;
  }
  return false;
}

export function builderOf(kind: string) {
  const builder = (registerBuilders as Record<string, (typeof registerBuilders)['plan']>)[kind];
  if (!builder) {
    throw new AppError('VALIDATION', `Loại văn bản "${kind}" không có trong danh mục`, {
      fields: { kind: 'Loại văn bản không có trong danh mục' },
    });
  }
  return builder;
}

/** Rows are read `FOR UPDATE` so an issue and an edit of the same draft take turns. */
async function lockEntry(tx: Db, conf: ConferenceRow, id: string): Promise<IssuedDocumentRow> {
  const [row] = await tx
    .select()
    .from(issuedDocuments)
    .where(and(eq(issuedDocuments.conferenceId, conf.id), eq(issuedDocuments.id, id)))
    .for('update');
  if (!row) throw notFound('văn bản trong sổ');
  return row;
}

const frozen = (row: IssuedDocumentRow) =>
  new AppError(
    'INVALID_STATE',
    `${FROZEN_MESSAGE} (${documentNumberLine(row.number, row.code)}, phiên bản ${row.version})`,
  );

async function insertDraft(
  tx: Db,
  actor: Actor,
  conf: ConferenceRow,
  input: CreateDraftInput & { previous?: IssuedDocumentRow },
): Promise<IssuedDocumentRow> {
  const builder = builderOf(input.kind);
  const [row] = await tx
    .insert(issuedDocuments)
    .values({
      organizationId: conf.organizationId,
      conferenceId: conf.id,
      kind: builder.kind,
      type: builder.type,
      meetingId: input.meetingId ?? null,
      version: input.previous ? input.previous.version + 1 : 1,
      previousId: input.previous?.id ?? null,
      signerName: input.signerName ?? input.previous?.signerName ?? '',
      signedAt: input.signedAt ? new Date(input.signedAt) : null,
      title: input.previous?.title ?? builder.label,
      summary: input.previous?.summary ?? '',
      createdBy: actor.userId,
    })
    .returning();
  await writeConferenceAudit(tx, actor, conf, {
    action: input.previous ? 'document.new_version' : 'document.draft',
    entityType: ENTITY,
    entityId: row!.id,
    after: { kind: row!.kind, type: row!.type, version: row!.version, previousId: row!.previousId },
  });
  return row!;
}

export function createDraft(db: Db, actor: Actor, conf: ConferenceRow, input: CreateDraftInput) {
  return db.transaction((tx) => insertDraft(tx, actor, conf, input));
}

export async function updateDraft(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  id: string,
  input: UpdateDraftInput,
): Promise<IssuedDocumentRow> {
  return db.transaction(async (tx) => {
    const row = await lockEntry(tx, conf, id);
    if (row.status === 'issued') throw frozen(row);
    if (row.rowVersion !== input.rowVersion) throw conflict({ rowVersion: row.rowVersion });
    const [updated] = await tx
      .update(issuedDocuments)
      .set({
        signerName: input.signerName,
        signedAt: input.signedAt ? new Date(input.signedAt) : null,
        rowVersion: row.rowVersion + 1,
        updatedAt: sql`now()`,
      })
      .where(eq(issuedDocuments.id, id))
      .returning();
    await writeConferenceAudit(tx, actor, conf, {
      action: 'document.edit_draft',
      entityType: ENTITY,
      entityId: id,
      before: { signerName: row.signerName, signedAt: row.signedAt },
      after: { signerName: updated!.signerName, signedAt: updated!.signedAt },
    });
    return updated!;
  });
}

/** The next number of the type in the year; the counter row stays locked until the transaction ends. */
async function takeNumber(tx: Db, organizationId: string, type: string, year: number): Promise<number> {
  const [counter] = await tx
    .insert(documentNumberCounters)
    .values({ organizationId, type, year, lastNumber: 1 })
    .onConflictDoUpdate({
      target: [
        documentNumberCounters.organizationId,
        documentNumberCounters.type,
        documentNumberCounters.year,
      ],
      set: { lastNumber: sql`${documentNumberCounters.lastNumber} + 1` },
    })
    .returning({ n: documentNumberCounters.lastNumber });
  return counter!.n;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function issueLocked(
  tx: Db,
  actor: Actor,
  conf: ConferenceRow,
  files: FileStore,
  row: IssuedDocumentRow,
  input: IssueInput & { origin?: string },
): Promise<IssuedDocumentRow> {
  if (row.status === 'issued') throw frozen(row);
  const builder = builderOf(row.kind);
  const documentDate = input.documentDate ?? vietnamDay(input.signedAt);
  const year = Number(documentDate.slice(0, 4));
  const number = await takeNumber(tx, conf.organizationId, builder.type, year);
  const doc = await builder.build({
    db: tx,
    actor,
    conference: conf,
    number,
    date: documentDate,
    ...(row.meetingId ? { meetingId: row.meetingId } : {}),
    ...(input.origin ? { origin: input.origin } : {}),
  });
  doc.signature = { ...doc.signature, name: input.signerName, signingTime: signingTimeLine(input.signedAt) };
  const [docx, pdf] = await Promise.all([renderDocx(doc), renderPdf(doc)]);
  const [docxSha256, pdfSha256] = await Promise.all([
    files.put(Buffer.from(docx)),
    files.put(Buffer.from(pdf)),
  ]);
  if (docxSha256 !== sha256(docx) || pdfSha256 !== sha256(pdf)) {
    throw new Error('file store returned an unexpected content address');
  }
  const [issued] = await tx
    .update(issuedDocuments)
    .set({
      status: 'issued',
      code: doc.code,
      year,
      number,
      documentDate,
      signerName: input.signerName,
      signedAt: new Date(input.signedAt),
      docxSha256,
      pdfSha256,
      model: doc,
      title: doc.title,
      summary: doc.summary.join(' '),
      issuedBy: actor.userId,
      issuedByName: actor.fullName,
      issuedAt: sql`now()`,
      rowVersion: row.rowVersion + 1,
      updatedAt: sql`now()`,
    })
    .where(eq(issuedDocuments.id, row.id))
    .returning();
  // Sổ khen thưởng: a QĐ khen thưởng writes its honourees into the register, in this transaction.
  const honourCount =
    row.kind === 'decision'
      ? await writeDecisionHonours(tx, actor, conf, {
          id: row.id,
          previousId: row.previousId,
          numberText: documentNumberText(number, doc.code),
          documentDate,
        })
      : undefined;
  await writeConferenceAudit(tx, actor, conf, {
    action: 'document.issue',
    entityType: ENTITY,
    entityId: row.id,
    after: {
      numberLine: documentNumberLine(number, doc.code),
      kind: row.kind,
      version: row.version,
      previousId: row.previousId,
      documentDate,
      signerName: input.signerName,
      signedAt: input.signedAt,
      docxSha256,
      pdfSha256,
      ...(honourCount !== undefined && { honourCount }),
    },
  });
  return issued!;
}

/** Ban hành a draft: number, files, hashes, frozen. A second issue is refused (422). */
export function issueDraft(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  files: FileStore,
  id: string,
  input: IssueInput & { origin?: string },
): Promise<IssuedDocumentRow> {
  return db.transaction(async (tx) =>
    issueLocked(tx, actor, conf, files, await lockEntry(tx, conf, id), input),
  );
}

/** Ban hành a kind at once: the draft is made and issued in one transaction. */
export function issueKind(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  files: FileStore,
  input: IssueInput & { kind: string; meetingId?: string; origin?: string },
): Promise<IssuedDocumentRow> {
  return db.transaction(async (tx) => {
    const draft = await insertDraft(tx, actor, conf, {
      kind: input.kind,
      meetingId: input.meetingId,
      signerName: input.signerName,
      signedAt: input.signedAt,
    });
    return issueLocked(tx, actor, conf, files, draft, input);
  });
}

/** Tạo phiên bản mới: a draft citing an issued document; it takes a new number when issued. */
export async function createNewVersion(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  id: string,
): Promise<IssuedDocumentRow> {
  try {
    return await db.transaction(async (tx) => {
      const row = await lockEntry(tx, conf, id);
      if (row.status !== 'issued') {
        throw new AppError(
          'INVALID_STATE',
          'Văn bản này còn là bản nháp: hãy sửa hoặc ban hành nó, không cần phiên bản mới',
        );
      }
      const next = await findNextVersion(tx, row.id);
      if (next) throw alreadyVersioned(next);
      return insertDraft(tx, actor, conf, {
        kind: row.kind,
        meetingId: row.meetingId ?? undefined,
        previous: row,
      });
    });
  } catch (err) {
    if (!isUniqueViolation(err)) throw err;
    const next = await findNextVersion(db, id);
    throw next ? alreadyVersioned(next) : err;
  }
}

const alreadyVersioned = (next: IssuedDocumentRow) =>
  new AppError(
    'DUPLICATE',
    `Văn bản này đã có phiên bản mới (phiên bản ${next.version}${next.status === 'draft' ? ', đang là bản nháp' : ''})`,
  );

/** The stored bytes of an issued version, checked against the hash recorded at issue. */
export async function readIssuedFile(
  db: Db,
  files: FileStore,
  conf: ConferenceRow,
  id: string,
  format: 'docx' | 'pdf',
): Promise<{ row: IssuedDocumentRow; bytes: Buffer }> {
  const row = orNotFound(await getRegisterEntry(db, conf.id, id), 'văn bản trong sổ');
  const sha = format === 'docx' ? row.docxSha256 : row.pdfSha256;
  if (row.status !== 'issued' || !sha) {
    throw new AppError(
      'INVALID_STATE',
      'Văn bản chưa ban hành nên chưa có tệp lưu trữ; hãy xem bản xem trước',
    );
  }
  const bytes = await files.get(sha);
  if (sha256(bytes) !== sha) {
    throw new Error(`stored ${format} of issued document ${row.id} does not match its recorded hash`);
  }
  return { row, bytes };
}
