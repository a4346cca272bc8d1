import { sql } from 'drizzle-orm';
import type { Actor } from '../../../shared/rules/permissions';
import type { UpwardChannel } from '../../../shared/schemas/upward';
import type { Db } from '../../db/client';
import { type CouncilResult, nominationOrigins, upwardSends } from '../../db/schema/index';

/** The value the conflicting insert proposed for a column. */
const sqlExcluded = (column: string) => sql.raw(`excluded.${column}`);

/**
 * Records one arrival in the upper conference's inbox and the provenance of each nomination it
 * made or sent again, inside the caller's transaction: the upward send (this deployment) and the
 * dossier ZIP import (another one) both land here.
 */
export async function recordArrival(
  tx: Db,
  actor: Actor,
  arrival: {
    organizationId: string;
    conferenceId: string;
    unitId: string;
    channel: UpwardChannel;
    sourceOrganizationId: string | null;
    sourceConferenceId: string | null;
    sourceOrganizationName: string;
    sourceConferenceName: string;
    decisionRef: string | null;
    attachmentCount: number;
    sentAt?: Date;
  },
  members: { nominationId: string; sourceNominationId: string | null; councilResult: CouncilResult | null }[],
) {
  const [send] = await tx
    .insert(upwardSends)
    .values({
      ...arrival,
      memberCount: members.length,
      sentBy: actor.userId,
      sentByName: actor.fullName,
      ...(arrival.sentAt ? { sentAt: arrival.sentAt } : {}),
    })
    .returning();
  if (!send) throw new Error('insert returned nothing');
  if (members.length > 0) {
    await tx
      .insert(nominationOrigins)
      .values(
        members.map((m) => ({
          ...m,
          organizationId: arrival.organizationId,
          conferenceId: arrival.conferenceId,
          sendId: send.id,
        })),
      )
      .onConflictDoUpdate({
        target: nominationOrigins.nominationId,
        set: { sendId: send.id, councilResult: sqlExcluded('council_result') },
      });
  }
  return send;
}
