// Writes of the public notice (thông báo công khai): save the notice, publish and withdraw it,
// record its outcome, record how a comment was handled — each one transaction with its audit
// entry, versioned (409 with the current view when stale). And the one write of the public site:
// a comment sent from the public page (no actor; rate-limited per client).
import { eq } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import { noticeState, noticeTakesComments } from '../../../shared/rules/publication';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { CommentStatus, NoticeInput, PublicCommentInput } from '../../../shared/schemas/publicity';
import type { Db } from '../../db/client';
import { findDatabaseError } from '../../db/errors';
import { publicComments, publicNotices } from '../../db/schema/index';
import { updateVersioned } from '../../db/versioned';
import { AppError, conflict, orNotFound } from '../../errors';
import { writeAudit, writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import {
  commentCounts,
  getComment,
  getNotice,
  isCandidate,
  listCandidates,
  listComments,
  type NoticeRow,
  recentCommentsBy,
} from './data';
import { presentComment, presentNotice } from './presenters';

type Conf = Pick<ConferenceRow, 'id' | 'organizationId'>;

/** The notice as its view, for a 409's `current`. */
async function currentNotice(tx: Db, actor: Actor, conf: Conf) {
  const row = await getNotice(tx, conf.id);
  return row && presentNotice(row, await commentCounts(tx, row.id), actor);
}

const noticeAudit = (
  tx: Db,
  actor: Actor | null,
  conf: Conf,
  action: string,
  id: string,
  before?: unknown,
  after?: unknown,
) =>
  writeConferenceAudit(tx, actor, conf, {
    action: `public_notice.${action}`,
    entityType: 'public_notice',
    entityId: id,
    before,
    after,
  });

const noNotice = () => orNotFound(null, 'thông báo công khai');

/**
 * Creates the notice when the conference has none (the version sent is not checked then), else
 * updates it at `version`. Two secretaries creating at once: the second gets 409 with the first's.
 */
export async function saveNotice(opts: {
  db: Db;
  actor: Actor;
  conf: Conf;
  input: NoticeInput;
  version: number;
}) {
  const { db, actor, conf, input, version } = opts;
  try {
    return await db.transaction(async (tx) => {
      const before = await getNotice(tx, conf.id);
      if (!before) {
        const [row] = await tx
          .insert(publicNotices)
          .values({ ...input, organizationId: conf.organizationId, conferenceId: conf.id })
          .returning();
        if (!row) throw new Error('insert returned nothing');
        await noticeAudit(tx, actor, conf, 'created', row.id, undefined, row);
        return row;
      }
      const after = await updateVersioned(tx, publicNotices, before.id, version, input, () =>
        currentNotice(tx, actor, conf),
      );
      await noticeAudit(tx, actor, conf, 'updated', before.id, before, after);
      return after;
    });
  } catch (err) {
    if (findDatabaseError(err)?.code !== '23505') throw err;
    throw conflict(await currentNotice(db, actor, conf));
  }
}

/** Publish (again, after a withdrawal) or withdraw the notice; `outcome` records how it ended. */
async function changeNotice(
  opts: { db: Db; actor: Actor; conf: Conf; version: number },
  action: 'published' | 'withdrawn' | 'outcome_recorded',
  values: (row: NoticeRow) => Partial<NoticeRow>,
) {
  const { db, actor, conf, version } = opts;
  return db.transaction(async (tx) => {
    const before = (await getNotice(tx, conf.id)) ?? noNotice();
    const after = await updateVersioned(tx, publicNotices, before.id, version, values(before), () =>
      currentNotice(tx, actor, conf),
    );
    await noticeAudit(tx, actor, conf, action, before.id, before, after);
    return after;
  });
}

export async function publishNotice(opts: { db: Db; actor: Actor; conf: Conf; version: number }) {
  if ((await listCandidates(opts.db, opts.conf.id)).length === 0) {
    throw new AppError(
      'INVALID_STATE',
      'Chưa có đề nghị nào được tiếp nhận: không có danh sách để công khai',
    );
  }
  return changeNotice(opts, 'published', (row) => {
    if (row.publishedAt && !row.withdrawnAt) {
      throw new AppError('INVALID_STATE', 'Thông báo đã được công khai');
    }
    return { publishedAt: new Date(), withdrawnAt: null };
  });
}

export function withdrawNotice(opts: { db: Db; actor: Actor; conf: Conf; version: number }) {
  return changeNotice(opts, 'withdrawn', (row) => {
    if (!row.publishedAt || row.withdrawnAt) {
      throw new AppError('INVALID_STATE', 'Thông báo chưa được công khai nên không thể gỡ');
    }
    return { withdrawnAt: new Date() };
  });
}

export function recordOutcome(opts: { db: Db; actor: Actor; conf: Conf; version: number; outcome: string }) {
  return changeNotice(opts, 'outcome_recorded', () => ({ outcome: opts.outcome }));
}

/** How a comment was handled: its status and the secretary's note (status 'new': not handled yet). */
export async function handleComment(opts: {
  db: Db;
  actor: Actor;
  conf: Conf;
  id: string;
  input: { status: CommentStatus; handling: string };
  version: number;
}) {
  const { db, actor, conf, id, input, version } = opts;
  return db.transaction(async (tx) => {
    const before = (await getComment(tx, conf.id, id)) ?? orNotFound(null, 'ý kiến');
    const handled = input.status !== 'new';
    const after = await updateVersioned(
      tx,
      publicComments,
      id,
      version,
      {
        status: input.status,
        handling: input.handling,
        handledBy: handled ? actor.userId : null,
        handledAt: handled ? new Date() : null,
      },
      async () => {
        const [row] = await listComments(tx, before.noticeId, { ids: [id] });
        return row ? presentComment(row) : null;
      },
    );
    await writeConferenceAudit(tx, actor, conf, {
      action: 'public_comment.handled',
      entityType: 'public_comment',
      entityId: id,
      before: { status: before.status, handling: before.handling },
      after: { status: after.status, handling: after.handling },
    });
    return after;
  });
}

/** At most this many comments per client in this window. */
export const COMMENT_LIMIT = { count: 5, windowMs: 10 * 60_000 };

export type CommentRefusal = { field: string; message: string } | { throttled: true } | { closed: true };

/**
 * A comment from the public page: only while the notice is open, on one of its candidates (or
 * the list as a whole), at most COMMENT_LIMIT per client. Returns the refusal instead of
 * throwing, for the page to answer in Vietnamese; the audit entry keeps neither text nor contact.
 */
export async function addPublicComment(opts: {
  db: Db;
  conferenceId: string;
  input: PublicCommentInput;
  clientKey: string;
  now?: Date;
}): Promise<{ ok: true; id: string } | { ok: false; refusal: CommentRefusal }> {
  const { db, conferenceId, input, clientKey } = opts;
  const now = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const notice = await getNotice(tx, conferenceId);
    if (!notice) return { ok: false as const, refusal: { closed: true as const } };
    // the notice row locked: comments of one notice are counted and added one at a time
    await tx
      .select({ id: publicNotices.id })
      .from(publicNotices)
      .where(eq(publicNotices.id, notice.id))
      .for('update');
    if (!noticeTakesComments(noticeState(notice, todayInVietnam(now)))) {
      return { ok: false as const, refusal: { closed: true as const } };
    }
    if (input.nominationId && !(await isCandidate(tx, conferenceId, input.nominationId))) {
      return {
        ok: false as const,
        refusal: { field: 'nominationId', message: 'Người được góp ý không có trong danh sách công khai' },
      };
    }
    const since = new Date(now.getTime() - COMMENT_LIMIT.windowMs);
    if ((await recentCommentsBy(tx, clientKey, since)) >= COMMENT_LIMIT.count) {
      return { ok: false as const, refusal: { throttled: true as const } };
    }
    const [row] = await tx
      .insert(publicComments)
      .values({
        organizationId: notice.organizationId,
        conferenceId,
        noticeId: notice.id,
        nominationId: input.nominationId || null,
        authorName: input.authorName,
        authorContact: input.authorContact,
        body: input.body,
        clientKey,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    if (!row) throw new Error('insert returned nothing');
    await writeAudit(tx, null, {
      organizationId: notice.organizationId,
      conferenceId,
      action: 'public_comment.received',
      entityType: 'public_comment',
      entityId: row.id,
      after: { nominationId: row.nominationId, status: row.status },
    });
    return { ok: true as const, id: row.id };
  });
}
