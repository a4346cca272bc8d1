import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import type { z } from 'zod';
import { nominationInputSchema } from '../../../shared/schemas/nominations';
import {
  DOSSIER_FORMAT,
  DOSSIER_VERSION,
  type Dossier,
  type DossierManifest,
  type DossierMember,
  dossierManifestSchema,
  dossierSchema,
} from '../../../shared/schemas/selection';
import { AppError } from '../../errors';
import type { FileStore } from '../../storage/files';
import type { AwardFormRow } from '../award-forms/data';
import type { listDossierMembers } from './data';
import type { ImportedMember } from './mutations';
import { readZipSafely } from './zip-read';

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');
const refuse = (message: string) => new AppError('VALIDATION', message, { fields: { file: message } });

/** A file name safe as one ZIP path segment. */
function safeName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[/\\\p{Cc}]/gu, '_')
    .trim();
  return cleaned === '' || cleaned === '.' || cleaned === '..' ? 'tep' : cleaned;
}

type SourceMember = Awaited<ReturnType<typeof listDossierMembers>>[number];

/**
 * What the delegation carries of one member (details, summary, unit review, council result) with
 * its attachments as given: the dossier ZIP's entry, and the upward send's (modules/upward).
 */
export function dossierMember(m: SourceMember, attachments: DossierMember['attachments']): DossierMember {
  const n = m.nomination;
  const r = m.result;
  return {
    nominationId: n.id,
    kind: n.kind as DossierMember['kind'],
    name: n.name,
    gender: n.gender,
    individual: n.individual,
    collective: n.collective,
    awardFormName: m.awardFormName,
    awardFormAppliesTo: m.awardFormAppliesTo,
    summaryHtml: n.summaryHtml,
    unitReview: n.unitReview ?? null,
    unit: { name: m.unitName, type: m.unitType },
    result: r
      ? {
          agree: r.agree,
          disagree: r.disagree,
          abstain: r.abstain,
          base: r.base,
          sharePercent: r.sharePercent,
          reason: r.reason,
        }
      : null,
    attachments,
  };
}

/**
 * Hồ sơ đoàn: manifest.json (every file's path, size and SHA-256), dossier.json (each member's
 * nomination, result and attachment list) and attachments/<nominationId>/<fileName>.
 */
export async function buildDossierZip(input: {
  source: DossierManifest['source'];
  targetName: string;
  members: Awaited<ReturnType<typeof listDossierMembers>>;
  files: FileStore;
  exportedAt?: Date;
}): Promise<Buffer> {
  const zip = new JSZip();
  const listed: DossierManifest['files'] = [];
  const add = (path: string, bytes: Buffer, compress: boolean) => {
    zip.file(path, bytes, { compression: compress ? 'DEFLATE' : 'STORE' });
    listed.push({ path, sha256: sha256(bytes), size: bytes.length });
  };
  const members: DossierMember[] = [];
  for (const m of input.members) {
    const n = m.nomination;
    const used = new Set<string>();
    const files: DossierMember['attachments'] = [];
    for (const a of m.attachments) {
      let name = safeName(a.fileName);
      for (let k = 2; used.has(name); k++) name = `${k}-${safeName(a.fileName)}`;
      used.add(name);
      const path = `attachments/${n.id}/${name}`;
      add(path, await input.files.get(a.sha256), false);
      files.push({ path, fileName: a.fileName, mimeType: a.mimeType, size: a.size, sha256: a.sha256 });
    }
    members.push(dossierMember(m, files));
  }
  const dossier: Dossier = {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    source: input.source,
    targetName: input.targetName,
    members,
  };
  add('dossier.json', Buffer.from(JSON.stringify(dossier, null, 2)), true);
  const manifest: DossierManifest = {
    format: DOSSIER_FORMAT,
    version: DOSSIER_VERSION,
    source: input.source,
    exportedAt: (input.exportedAt ?? new Date()).toISOString(),
    files: listed,
  };
  zip.file('manifest.json', JSON.stringify(manifest, null, 2));
  return zip.generateAsync({ type: 'nodebuffer', compressionOptions: { level: 6 } });
}

function parseJson<T>(bytes: Buffer, name: string, schema: z.ZodType<T>): T {
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw refuse(`Hồ sơ không hợp lệ: ${name} không phải JSON`);
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw refuse(`Hồ sơ không hợp lệ: ${name}, mục "${i.path.join('.') || '(gốc)'}": ${i.message}`);
  }
  return parsed.data;
}

/**
 * Opens and verifies a dossier: safe ZIP, manifest present and well-formed, every listed file
 * present with its size and SHA-256, nothing unlisted, dossier.json well-formed and its
 * attachments listed. Throws 400 naming the first problem; nothing is stored by this step.
 */
export async function openDossier(bytes: Buffer) {
  const files = await readZipSafely(bytes);
  const manifestBytes = files.get('manifest.json');
  if (!manifestBytes) throw refuse('Hồ sơ không hợp lệ: thiếu manifest.json');
  const manifest = parseJson(manifestBytes, 'manifest.json', dossierManifestSchema);
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  for (const f of manifest.files) {
    const b = files.get(f.path);
    if (!b) throw refuse(`Hồ sơ không đầy đủ: thiếu tệp "${f.path}" có trong manifest.json`);
    if (b.length !== f.size || sha256(b) !== f.sha256) {
      throw refuse(
        `Hồ sơ không toàn vẹn: tệp "${f.path}" không khớp mã SHA-256 trong manifest.json (tệp đã bị thay đổi hoặc hỏng). Không có gì được lưu.`,
      );
    }
  }
  for (const path of files.keys()) {
    if (path !== 'manifest.json' && !listed.has(path)) {
      throw refuse(`Hồ sơ không toàn vẹn: tệp "${path}" không có trong manifest.json`);
    }
  }
  const dossierBytes = listed.has('dossier.json') ? files.get('dossier.json') : undefined;
  if (!dossierBytes) throw refuse('Hồ sơ không hợp lệ: thiếu dossier.json');
  const dossier = parseJson(dossierBytes, 'dossier.json', dossierSchema);
  for (const m of dossier.members) {
    for (const a of m.attachments) {
      if (listed.get(a.path)?.sha256 !== a.sha256) {
        throw refuse(
          `Hồ sơ không toàn vẹn: tệp đính kèm "${a.path}" của "${m.name}" không khớp manifest.json`,
        );
      }
    }
  }
  return { manifest, dossier, files };
}

const norm = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');
const fits = (form: AwardFormRow, kind: string) =>
  kind === 'individual' ? form.appliesTo === 'individual' : form.appliesTo !== 'individual';

/**
 * Turns verified dossier members into nomination inputs of the receiving conference: the award
 * form with the same name (and subject), else the one chosen by the secretary (`fallbackFormId`).
 */
export function mapDossierMembers(
  dossier: Dossier,
  forms: AwardFormRow[],
  fallbackFormId: string | undefined,
): { member: DossierMember; input: ImportedMember['input'] }[] {
  const fallback = fallbackFormId ? forms.find((f) => f.id === fallbackFormId) : undefined;
  if (fallbackFormId && !fallback) {
    throw new AppError('VALIDATION', 'Hình thức khen thưởng được chọn không thuộc hội nghị này', {
      fields: { awardFormId: 'Hình thức khen thưởng không thuộc hội nghị này' },
    });
  }
  if (dossier.members.length === 0) throw refuse('Hồ sơ không có thành viên nào trong đoàn');
  return dossier.members.map((m, i) => {
    const label = `Hồ sơ thứ ${i + 1} ("${m.name}")`;
    const form = forms.find((f) => norm(f.name) === norm(m.awardFormName) && fits(f, m.kind)) ?? fallback;
    if (!form) {
      throw new AppError(
        'VALIDATION',
        `${label}: hội nghị này không có hình thức "${m.awardFormName}"; hãy chọn hình thức nhận hồ sơ (awardFormId)`,
        { fields: { awardFormId: `Không có hình thức "${m.awardFormName}"` } },
      );
    }
    const parsed = nominationInputSchema.safeParse({
      kind: m.kind,
      awardFormId: form.id,
      ...(m.kind === 'individual' ? { individual: m.individual } : { collective: m.collective }),
      summaryHtml: m.summaryHtml,
      unitReview: m.unitReview,
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw refuse(`${label}: ${issue.message}`);
    }
    return { member: m, input: parsed.data };
  });
}
