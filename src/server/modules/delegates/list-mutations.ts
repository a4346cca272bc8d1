// Chốt danh sách (finalize / reopen) and giấy mời (invitation tokens for the PDF and the QR).
import { eq, sql } from 'drizzle-orm';
import { type CompositionCheck, checkComposition } from '../../../shared/rules/delegate-composition';
import type { Actor } from '../../../shared/rules/permissions';
import type { FinalizeInput, InvitationEntryView } from '../../../shared/schemas/delegates';
import type { Db } from '../../db/client';
import { delegateLists, delegates } from '../../db/schema/index';
import { AppError, conflict, notFound } from '../../errors';
import { writeConferenceAudit } from '../audit/mutations';
import type { ConferenceRow } from '../conferences/data';
import { type DelegateRow, listComposition, listDelegates } from './data';
import { lockList } from './mutations';
import { byPlanOrder, categoryLabels, composedOf, presentFinalization } from './presenters';
import { checkinPath, hashToken, type InvitationKey, newToken, openToken, sealToken } from './tokens';

export type FinalizeRights = { manage: boolean; override: boolean };

/**
 * Chốt danh sách. The composition rules are checked on the list as it is inside the transaction
 * (the list row held): a list that keeps them is finalized by whoever manages it; one that breaks
 * a rule only by someone with delegate.override (the chair) who writes a reason — audited with
 * the broken rules. Otherwise 422 naming every broken rule.
 */
export async function finalizeList(
  db: Db,
  actor: Actor,
  conf: ConferenceRow,
  input: FinalizeInput,
  rights: FinalizeRights,
): Promise<CompositionCheck> {
  return db.transaction(async (tx) => {
    const locked = await lockList(tx, conf);
    if (locked.list.finalizedAt) throw new AppError('INVALID_STATE', 'Danh sách đại biểu đã được chốt');
    if (input.listVersion !== undefined && input.listVersion !== locked.list.listVersion) {
      throw conflict(presentFinalization(locked.list));
    }
    const check = checkComposition(
      locked.conf.plan.delegateRules,
      composedOf(await listComposition(tx, conf.id)),
    );
    const reason = input.overrideReason.trim();
    if (!check.ok) {
      if (!rights.override) {
        throw new AppError(
          'INVALID_STATE',
          `Không chốt được danh sách: ${check.messages.join('; ')}.${check.fixes.length ? ` Cách sửa: ${check.fixes.join('; ')}.` : ''} Chỉ Chủ tịch Hội đồng được chốt khi chưa đạt cơ cấu, kèm lý do bằng văn bản.`,
          { current: check },
        );
      }
      if (reason.length < 10) {
        throw new AppError(
          'VALIDATION',
          `Danh sách chưa đạt cơ cấu (${check.messages.join('; ')}): cần ghi lý do chốt (ít nhất 10 ký tự)`,
          {
            fields: {
              overrideReason: 'Lý do chốt danh sách khi chưa đạt cơ cấu là bắt buộc (ít nhất 10 ký tự)',
            },
          },
        );
      }
    } else if (!rights.manage && !rights.override) {
      throw new AppError('FORBIDDEN', 'Bạn không có quyền chốt danh sách đại biểu');
    }
    const values = {
      finalizedAt: sql`now()`,
      finalizedBy: actor.userId,
      finalizedByName: actor.fullName,
      overrideReason: check.ok ? null : reason,
      composition: check,
      listVersion: sql`${delegateLists.listVersion} + 1`,
      version: sql`${delegateLists.version} + 1`,
    };
    await tx.update(delegateLists).set(values).where(eq(delegateLists.conferenceId, conf.id));
    await writeConferenceAudit(tx, actor, conf, {
      action: check.ok ? 'delegate_list.finalized' : 'delegate_list.finalized_override',
      entityType: 'delegate_list',
      entityId: conf.id,
      after: {
        total: check.total,
        ok: check.ok,
        brokenRules: check.messages,
        overrideReason: check.ok ? null : reason,
      },
    });
    return check;
  });
}

export async function reopenList(db: Db, actor: Actor, conf: ConferenceRow): Promise<void> {
  await db.transaction(async (tx) => {
    const { list } = await lockList(tx, conf);
    if (!list.finalizedAt) throw new AppError('INVALID_STATE', 'Danh sách đại biểu chưa được chốt');
    await tx
      .update(delegateLists)
      .set({
        finalizedAt: null,
        finalizedBy: null,
        finalizedByName: null,
        overrideReason: null,
        composition: null,
        listVersion: sql`${delegateLists.listVersion} + 1`,
        version: sql`${delegateLists.version} + 1`,
      })
      .where(eq(delegateLists.conferenceId, conf.id));
    await writeConferenceAudit(tx, actor, conf, {
      action: 'delegate_list.reopened',
      entityType: 'delegate_list',
      entityId: conf.id,
      before: presentFinalization(list),
    });
  });
}

/** Gives the delegate a new token (the old one stops working); returns the token. */
async function issueToken(tx: Db, key: InvitationKey, d: DelegateRow): Promise<string> {
  const token = newToken();
  await tx
    .update(delegates)
    .set({ tokenHash: hashToken(token), tokenSealed: sealToken(key, token, d.id), tokenIssuedAt: sql`now()` })
    .where(eq(delegates.id, d.id));
  return token;
}

/**
 * Giấy mời: every delegate of the conference (or the ones named) with its check-in path, for the
 * invitation PDF. A delegate without a token — or whose sealed token cannot be opened with this
 * key, or all when `rotate` — gets a new one (audited, never the token itself); the others keep
 * theirs, so printing again gives the same QR codes. Sorted like the list: category, then name.
 */
export async function listInvitationData(opts: {
  db: Db;
  actor: Actor;
  conf: ConferenceRow;
  key: InvitationKey;
  delegateIds?: string[];
  rotate?: boolean;
}): Promise<InvitationEntryView[]> {
  const { db, actor, conf, key } = opts;
  return db.transaction(async (tx) => {
    const rows = await listDelegates(tx, conf.id, opts.delegateIds ? { ids: opts.delegateIds } : {});
    if (opts.delegateIds && rows.length !== new Set(opts.delegateIds).size) throw notFound('đại biểu');
    const labels = categoryLabels(conf);
    const issued: string[] = [];
    const out: InvitationEntryView[] = [];
    for (const { d } of rows) {
      let token = !opts.rotate && d.tokenSealed ? openToken(key, d.tokenSealed, d.id) : null;
      if (!token) {
        token = await issueToken(tx, key, d);
        issued.push(d.id);
      }
      out.push({
        delegateId: d.id,
        fullName: d.fullName,
        gender: d.gender as InvitationEntryView['gender'],
        title: d.title,
        unitName: d.unitName,
        category: d.category,
        categoryLabel: labels.get(d.category) ?? d.category,
        seatGroup: d.seatGroup,
        token,
        checkinPath: checkinPath(token),
      });
    }
    if (issued.length) {
      await writeConferenceAudit(tx, actor, conf, {
        action: opts.rotate ? 'delegate.invitation_rotated' : 'delegate.invitation_issued',
        entityType: 'delegate_list',
        entityId: conf.id,
        after: { delegateIds: issued },
      });
    }
    return out.sort(byPlanOrder(conf));
  });
}
