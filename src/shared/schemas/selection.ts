import { z } from 'zod';
import {
  collectiveDetailsSchema,
  individualDetailsSchema,
  NOMINATION_KINDS,
  unitReviewSchema,
} from './nominations';
import { nonNegativeInt, text, versionField } from './primitives';

/** Tham luận: the secretary picks an honoree and the speech's title. */
export const speechInputSchema = z.object({
  nominationId: z.uuid({ error: 'Tập thể/cá nhân trình bày tham luận không hợp lệ' }),
  title: text('Tên tham luận', 500),
  /** Người trình bày; default: the individual, or the collective's head. */
  speakerName: z
    .string()
    .trim()
    .max(200, { error: 'Người trình bày không được dài quá 200 ký tự' })
    .optional(),
});
export type SpeechInput = z.infer<typeof speechInputSchema>;

export const speechUpdateSchema = z.object({
  title: text('Tên tham luận', 500),
  speakerName: text('Người trình bày', 200),
  sortOrder: nonNegativeInt('Thứ tự trình bày'),
  version: versionField,
});
export type SpeechUpdate = z.infer<typeof speechUpdateSchema>;

/** Đoàn đi dự hội nghị cấp trên: one honoree at a time. */
export const delegationInputSchema = z.object({
  nominationId: z.uuid({ error: 'Tập thể/cá nhân được chọn không hợp lệ' }),
});

export const versionQuerySchema = z.object({
  version: z.coerce.number({ error: 'Phiên bản (version) phải là số' }).pipe(versionField),
});

export const importDossierQuerySchema = z.object({
  /** Hình thức nhận về khi hồ sơ mang một hình thức không có ở hội nghị này. */
  awardFormId: z.uuid({ error: 'Hình thức khen thưởng không hợp lệ' }).optional(),
});

// --- Hồ sơ đoàn (dossier): the ZIP exchanged between two Vinh Danh instances --------------

export const DOSSIER_FORMAT = 'vinh-danh-dossier';
export const DOSSIER_VERSION = 1;

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { error: 'Mã SHA-256 không hợp lệ' });
/** A path inside the ZIP: relative, forward slashes, no "..". */
const zipPath = z
  .string()
  .min(1)
  .max(500)
  .refine(
    (p) => !p.startsWith('/') && !p.includes('\\') && !p.split('/').some((s) => s === '..' || s === ''),
    {
      error: 'Đường dẫn tệp trong hồ sơ không hợp lệ',
    },
  );

const source = z.object({
  organization: z.object({ id: z.string(), name: z.string() }),
  conference: z.object({ id: z.string(), name: z.string() }),
});

export const dossierManifestSchema = z.object({
  format: z.literal(DOSSIER_FORMAT, { error: 'Không phải tệp hồ sơ Vinh Danh (format)' }),
  version: z.literal(DOSSIER_VERSION, { error: 'Phiên bản hồ sơ không được hỗ trợ' }),
  source,
  exportedAt: z.string(),
  files: z.array(z.object({ path: zipPath, sha256, size: z.number().int().min(0) })).max(5000),
});
export type DossierManifest = z.infer<typeof dossierManifestSchema>;

const resultSchema = z.object({
  agree: z.number().int(),
  disagree: z.number().int(),
  abstain: z.number().int(),
  base: z.number().int(),
  sharePercent: z.number(),
  reason: z.string(),
});

export const dossierMemberSchema = z.object({
  nominationId: z.string(),
  kind: z.enum(NOMINATION_KINDS),
  name: z.string(),
  gender: z.string().nullable(),
  individual: individualDetailsSchema.nullable(),
  collective: collectiveDetailsSchema.nullable(),
  awardFormName: z.string(),
  awardFormAppliesTo: z.string(),
  summaryHtml: z.string(),
  unitReview: unitReviewSchema.nullable(),
  unit: z.object({ name: z.string(), type: z.string() }),
  result: resultSchema.nullable(),
  attachments: z.array(
    z.object({
      path: zipPath,
      fileName: z.string().min(1).max(300),
      mimeType: z.string(),
      size: z.number(),
      sha256,
    }),
  ),
});
export type DossierMember = z.infer<typeof dossierMemberSchema>;

export const dossierSchema = z.object({
  format: z.literal(DOSSIER_FORMAT),
  version: z.literal(DOSSIER_VERSION),
  source,
  targetName: z.string(),
  members: z.array(dossierMemberSchema).max(1000),
});
export type Dossier = z.infer<typeof dossierSchema>;
