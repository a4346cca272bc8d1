// Writes of the articles (tin bài): the body sanitized to the article allow-list (server/rich-text),
// the cover checked to be this organizer's photo, versioned edits; publish now, at a time
// (scheduled: status published with a future publish_at) or back to draft.
import type { Actor } from '../../../shared/rules/permissions';
import type { ArticleInput } from '../../../shared/schemas/publicity';
import type { Db } from '../../db/client';
import { articles } from '../../db/schema/index';
import { deleteVersioned, updateVersioned } from '../../db/versioned';
import { AppError, orNotFound } from '../../errors';
import { sanitizeArticle } from '../../rich-text';
import { writeAudit } from '../audit/mutations';
import { type ArticleRow, assetsByIds, getArticle } from './data';
import { checkLinks } from './mutations';
import { presentArticle } from './presenters';

async function cleaned(tx: Db, organizationId: string, input: ArticleInput) {
  await checkLinks(tx, organizationId, input);
  if (input.coverAssetId) {
    const cover = (await assetsByIds(tx, organizationId, [input.coverAssetId])).get(input.coverAssetId);
    if (cover?.kind !== 'photo') {
      const message = 'Ảnh bìa phải là một ảnh trong thư viện của cơ quan này';
      throw new AppError('VALIDATION', message, { fields: { coverAssetId: message } });
    }
  }
  return { ...input, bodyHtml: sanitizeArticle(input.bodyHtml) };
}

export async function articleViewOf(db: Db, row: ArticleRow) {
  return presentArticle(row, await assetsByIds(db, row.organizationId, [row.coverAssetId]));
}

const current = (tx: Db, organizationId: string, id: string) => async () => {
  const row = await getArticle(tx, organizationId, id);
  return row && articleViewOf(tx, row);
};

const audited = (r: ArticleRow) => ({
  title: r.title,
  summary: r.summary,
  bodyHtml: r.bodyHtml,
  conferenceId: r.conferenceId,
  coverAssetId: r.coverAssetId,
  status: r.status,
  publishAt: r.publishAt,
});

export async function createArticle(
  db: Db,
  actor: Actor | null,
  organizationId: string,
  input: ArticleInput,
) {
  return db.transaction(async (tx) => {
    const values = await cleaned(tx, organizationId, input);
    const [row] = await tx
      .insert(articles)
      .values({ ...values, organizationId, createdBy: actor?.userId ?? null })
      .returning();
    await writeAudit(tx, actor, {
      organizationId,
      action: 'article.created',
      entityType: 'article',
      entityId: row!.id,
      after: audited(row!),
    });
    return row!;
  });
}

export async function updateArticle(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  input: ArticleInput;
  version: number;
}) {
  const { db, actor, organizationId, id, input, version } = opts;
  return db.transaction(async (tx) => {
    const before = orNotFound(await getArticle(tx, organizationId, id), 'tin bài');
    const values = await cleaned(tx, organizationId, input);
    const after = await updateVersioned(tx, articles, id, version, values, current(tx, organizationId, id));
    await writeAudit(tx, actor, {
      organizationId,
      action: 'article.updated',
      entityType: 'article',
      entityId: id,
      before: audited(before),
      after: audited(after),
    });
    return after;
  });
}

/** Publish now (publishAt null), at a time (scheduled), or back to draft (publish false). */
export async function publishArticle(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  publish: boolean;
  publishAt: string | null;
  version: number;
}) {
  const { db, actor, organizationId, id, publish, version } = opts;
  const publishAt = publish && opts.publishAt ? new Date(opts.publishAt) : null;
  return db.transaction(async (tx) => {
    const before = orNotFound(await getArticle(tx, organizationId, id), 'tin bài');
    const values = publish
      ? { status: 'published', publishAt, publishedAt: publishAt ?? new Date() }
      : { status: 'draft', publishAt: null, publishedAt: null };
    const after = await updateVersioned(tx, articles, id, version, values, current(tx, organizationId, id));
    await writeAudit(tx, actor, {
      organizationId,
      action: !publish ? 'article.unpublished' : publishAt ? 'article.scheduled' : 'article.published',
      entityType: 'article',
      entityId: id,
      before: { status: before.status, publishAt: before.publishAt },
      after: { status: after.status, publishAt: after.publishAt },
    });
    return after;
  });
}

export async function deleteArticle(opts: {
  db: Db;
  actor: Actor;
  organizationId: string;
  id: string;
  version: number;
}) {
  const { db, actor, organizationId, id, version } = opts;
  await db.transaction(async (tx) => {
    const before = orNotFound(await getArticle(tx, organizationId, id), 'tin bài');
    await deleteVersioned(tx, articles, id, version, await articleViewOf(tx, before));
    await writeAudit(tx, actor, {
      organizationId,
      action: 'article.deleted',
      entityType: 'article',
      entityId: id,
      before: audited(before),
    });
  });
}
