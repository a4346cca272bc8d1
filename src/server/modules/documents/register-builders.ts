// The builders the register issues through. Until documents/builders.ts (every kind) lands,
// the Kế hoạch alone, built the way routes.ts builds its download.
import { planBaseSchema } from '../../../shared/schemas/plan';
import type { DocumentBuilder, DocumentKind } from '../../documents/catalog';
import { planDocument } from '../../documents/plan-document';
import { getConferenceOverview } from '../conferences/data';

const planBuilder: DocumentBuilder = {
  kind: 'plan',
  type: 'KH',
  label: 'Kế hoạch tổ chức hội nghị',
  build: async (ctx) => {
    const o = await getConferenceOverview(ctx.db, ctx.conference.id);
    const parsed = planBaseSchema.safeParse(ctx.conference.plan);
    const doc = planDocument({
      plan: parsed.success ? parsed.data : ctx.conference.plan,
      milestones: o?.milestones ?? [],
      organization: o?.organization ?? { name: '', parentName: '' },
    });
    return { ...doc, number: ctx.number, date: ctx.date };
  },
};

export const registerBuilders: Partial<Record<DocumentKind, DocumentBuilder>> = { plan: planBuilder };
