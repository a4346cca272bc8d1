import { z } from 'zod';
import { milestoneEditSchema, milestoneInputSchema, planSchema } from './plan';
import { versionField } from './primitives';

export const createConferenceBodySchema = z.object({ plan: planSchema });
export const updatePlanBodySchema = z.object({ plan: planSchema, version: versionField });
export const milestoneCreateBodySchema = milestoneInputSchema;
export const milestoneUpdateBodySchema = z.intersection(
  milestoneEditSchema,
  z.object({
    done: z.boolean({ error: 'Trạng thái hoàn thành phải là đúng/sai' }).default(false),
    version: versionField,
  }),
);
