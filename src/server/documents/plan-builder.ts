// Kế hoạch (KH) from the stored plan and its milestones.
import { planBaseSchema } from '../../shared/schemas/plan';
import { getConferenceOverview } from '../modules/conferences/data';
import type { DocumentBuilder } from './catalog';
import { planDocument } from './plan-document';

export const planBuilder: DocumentBuilder = {
  kind: 'plan',
  type: 'KH',
  label: 'Kế hoạch tổ chức hội nghị',
  build: async (ctx) => {
    const o = await getConferenceOverview(ctx.db, ctx.conference.id);
    // Plans saved before a field existed get its default.
    const parsed = planBaseSchema.safeParse(ctx.conference.plan);
    const doc = planDocument({
      plan: parsed.success ? parsed.data : ctx.conference.plan,
      milestones: o?.milestones ?? [],
      organization: o?.organization ?? { name: '', parentName: '' },
    });
    // The register's number and date when issued; the plan's own otherwise.
    return {
      ...doc,
      number: ctx.number ?? doc.number,
      date: ctx.date ?? doc.date,
    };
  },
};
