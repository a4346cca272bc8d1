import type { CertificateSettings, CertificateSettingsInput } from '../schemas/certificates';

/** The editable part of the certificate settings, as the PUT body takes it (the web form's start, the tests' bodies). */
export function certificateSettingsInput(s: CertificateSettings): CertificateSettingsInput {
  return {
    version: s.version,
    defaultMode: s.defaultMode,
    layout: s.layoutCustomized ? s.layout : null,
    printers: s.printers,
    title: s.title,
    awardingLine: s.awardingLine,
    achievement: s.achievement,
    decisionNumber: s.decisionNumber,
    decisionCode: s.decisionCode,
    decisionDate: s.decisionDate,
    issuedOn: s.issuedOn,
    signerAuthority: s.signerAuthority,
    signerTitle: s.signerTitle,
    signerName: s.signerName,
  };
}
