// Documents of a conference generated from its data, as editable DOCX and print-ready PDF.
// Today: the Kế hoạch (KH) from the plan and its milestones. Whoever may read the conference
// (and so its plan) may download it; another organizer's conference is not found.
import { z } from 'zod';
import { planBaseSchema } from '../../../shared/schemas/plan';
import { uuidParam } from '../../../shared/schemas/primitives';
import type { AppInstance } from '../../app';
import { requireActor } from '../../auth/policy';
import { documentFileName, type OfficialDocument } from '../../documents/model';
import { planDocument } from '../../documents/plan-document';
import { renderDocx } from '../../documents/render-docx';
import { renderPdf } from '../../documents/render-pdf';
import { visibleTo } from '../conferences/access';
import { getConferenceOverview } from '../conferences/data';

const confParams = z.object({ conferenceId: uuidParam('Mã hội nghị') });

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** An ASCII fallback name plus the Vietnamese name (RFC 6266 filename*), as the XLSX exports do. */
export function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name.normalize('NFC'))}`;
}

export async function documentRoutes(app: AppInstance) {
  const { db } = app.deps;

  const loadPlanDocument = async (
    actor: ReturnType<typeof requireActor>,
    id: string,
  ): Promise<OfficialDocument> => {
    const o = await getConferenceOverview(db, id);
    const conference = visibleTo(actor, o?.conference ?? null);
    // Plans saved before a field existed get its default.
    const parsed = planBaseSchema.safeParse(conference.plan);
    return planDocument({
      plan: parsed.success ? parsed.data : conference.plan,
      milestones: o?.milestones ?? [],
      organization: o?.organization ?? { name: '', parentName: '' },
    });
  };

  app.get(
    '/api/conferences/:conferenceId/documents/plan.docx',
    {
      config: { policy: 'conference.read' },
      schema: { tags: ['documents'], summary: 'Kế hoạch tổ chức hội nghị (DOCX)', params: confParams },
    },
    async (req, reply) => {
      const doc = await loadPlanDocument(requireActor(req), req.params.conferenceId);
      return reply
        .header('content-type', DOCX_TYPE)
        .header('content-disposition', attachment(documentFileName(doc, 'docx')))
        .header('cache-control', 'no-store')
        .send(await renderDocx(doc));
    },
  );

  app.get(
    '/api/conferences/:conferenceId/documents/plan.pdf',
    {
      config: { policy: 'conference.read' },
      schema: { tags: ['documents'], summary: 'Kế hoạch tổ chức hội nghị (PDF)', params: confParams },
    },
    async (req, reply) => {
      const doc = await loadPlanDocument(requireActor(req), req.params.conferenceId);
      return reply
        .header('content-type', 'application/pdf')
        .header('content-disposition', attachment(documentFileName(doc, 'pdf')))
        .header('cache-control', 'no-store')
        .send(await renderPdf(doc));
    },
  );
}
