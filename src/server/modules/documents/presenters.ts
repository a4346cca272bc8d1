// What the documents module answers: the generated kinds, the register entries, the document
// settings and the certificate settings (shared/schemas/document-register, document-settings,
// certificates).
import { DEFAULT_FIELD_LAYOUT } from '../../../shared/rules/certificate-layout';
import { defaultDecisionLegalBasis } from '../../../shared/rules/legal-basis';
import { type Actor, can } from '../../../shared/rules/permissions';
import type { PrizeRounding } from '../../../shared/rules/prize-money';
import type { CertificateSettings } from '../../../shared/schemas/certificates';
import type {
  DocumentKindListView,
  RegisterEntry,
  RegisterStatus,
} from '../../../shared/schemas/document-register';
import type { DocumentSettings } from '../../../shared/schemas/document-settings';
import type { PrizeBasisView } from '../../../shared/schemas/prizes';
import type { Availability } from '../../documents/availability';
import { KIND_PERMISSION } from '../../documents/availability';
import { documentBuilders } from '../../documents/builders';
import { DOCUMENT_KINDS, type DocumentKind } from '../../documents/catalog';
import { documentNumberLine } from '../../documents/model';
import type { ConferenceRow } from '../conferences/data';
import { conferenceScope } from '../conferences/policy';
import type { CertificateSettingsRow } from './certificate-data';
import type { DecisionPrizes } from './decision-prizes-data';
import type { EntryLinks, IssuedDocumentRow } from './register-data';
import type { DocumentSettingsRow } from './settings-data';

/** The label of each document kind (the register shows it). */
export const KIND_LABELS: Record<string, string> = Object.fromEntries(
  Object.values(documentBuilders).map((b) => [b.kind, b.label]),
);

/** Every generated kind, with whether the actor may read it and whether its data exists yet. */
export function presentDocumentKinds(
  actor: Actor,
  conf: ConferenceRow,
  availability: Record<DocumentKind, Availability>,
): DocumentKindListView {
  return {
    items: DOCUMENT_KINDS.map((kind) => {
      const b = documentBuilders[kind];
      const permitted = can(actor, KIND_PERMISSION[kind], conferenceScope(conf));
      const a = permitted
        ? availability[kind]
        : { available: false, reason: 'Bạn không có quyền xem văn bản này' };
      return { kind, label: b.label, type: b.type, permitted, ...a };
    }),
  };
}

export function presentRegisterEntry(row: IssuedDocumentRow, links: EntryLinks): RegisterEntry {
  return {
    id: row.id,
    conferenceId: row.conferenceId,
    kind: row.kind,
    label: KIND_LABELS[row.kind] ?? row.kind,
    type: row.type,
    code: row.code,
    status: row.status as RegisterStatus,
    version: row.version,
    previousId: row.previousId,
    previousNumberLine: links.previousNumberLine,
    nextId: links.nextId,
    year: row.year,
    number: row.number,
    numberLine: row.number === null ? null : documentNumberLine(row.number, row.code),
    documentDate: row.documentDate,
    signerName: row.signerName,
    signedAt: row.signedAt?.toISOString() ?? null,
    issuedByName: row.issuedByName,
    issuedAt: row.issuedAt?.toISOString() ?? null,
    title: row.title,
    summary: row.summary,
    docxSha256: row.docxSha256,
    pdfSha256: row.pdfSha256,
    rowVersion: row.rowVersion,
  };
}

/** What a page says about the prizes: the decision date, where it comes from, the base salary, the amounts. */
export function presentPrizeBasis(p: DecisionPrizes): PrizeBasisView {
  return {
    date: p.day,
    dateSource: p.dateSource,
    decisionNumber: p.decisionNumber,
    baseSalary: p.baseSalary && { ...p.baseSalary, legalBasis: p.baseSalaryLegalBasis },
    rounding: p.rounding,
    forms: p.forms.map((f) => ({
      id: f.id,
      name: f.name,
      coefficient: Number(f.prizeCoefficient),
      amount: f.amount,
    })),
    honorees: p.honorees.length,
    total: p.total,
    change: p.change,
  };
}

/** `draft`: the prizes of the draft QĐ (its date is the one these settings set, or the conference day). */
export function presentDocumentSettings(
  row: DocumentSettingsRow | null,
  canManage: boolean,
  draft: DecisionPrizes,
): DocumentSettings {
  return {
    version: row?.version ?? 0,
    prizeRounding: (row?.prizeRounding as PrizeRounding | undefined) ?? 'none',
    decisionLegalBasis: row?.decisionLegalBasis ?? null,
    // the laws in force on the draft's decision date, as the draft QĐ cites them
    defaultLegalBasis: defaultDecisionLegalBasis(draft.day),
    decisionDate: row?.decisionDate ?? null,
    conferenceDay: draft.conferenceDay,
    draftPrizes: presentPrizeBasis(draft),
    canManage,
  };
}

export function presentCertificateSettings(
  row: CertificateSettingsRow | null,
  more: {
    fallback: CertificateSettings['fallback'];
    honoreeCount: number;
    canManage: boolean;
    issued: IssuedDocumentRow | null;
  },
): CertificateSettings {
  const { issued } = more;
  return {
    version: row?.version ?? 0,
    defaultMode: (row?.defaultMode as CertificateSettings['defaultMode']) ?? 'design',
    layout: row?.layout ?? DEFAULT_FIELD_LAYOUT,
    layoutCustomized: row?.layout != null,
    printers: row?.printers ?? [],
    title: row?.title ?? 'GIẤY KHEN',
    awardingLine: row?.awardingLine ?? null,
    achievement: row?.achievement ?? null,
    decisionNumber: row?.decisionNumber ?? null,
    decisionCode: row?.decisionCode ?? 'QĐ-UBND',
    decisionDate: row?.decisionDate ?? null,
    issuedOn: row?.issuedOn ?? null,
    signerAuthority: row?.signerAuthority ?? null,
    signerTitle: row?.signerTitle ?? null,
    signerName: row?.signerName ?? null,
    fallback: more.fallback,
    honoreeCount: more.honoreeCount,
    canManage: more.canManage,
    signatureImage: !!row?.signatureImageSha256,
    sealImage: !!row?.sealImageSha256,
    issuedDecision:
      issued?.number != null && issued.documentDate
        ? {
            number: String(issued.number).padStart(2, '0'),
            code: issued.code,
            date: issued.documentDate,
            numberLine: documentNumberLine(issued.number, issued.code),
          }
        : null,
  };
}
