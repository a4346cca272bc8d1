import type { DocumentsCatalog } from './vi-documents';

// Conference documents, English. Part of the `en` catalog (key `doc`).

export const enDocuments: DocumentsCatalog = {
  nav: {
    documents: 'Documents',
    backToConference: '‹ Back to the conference',
  },
  overview: {
    title: 'Conference documents',
    help: 'Plan, invitations, programme, submission, minutes, decision… in the Decree 30 format: preview, download Word/PDF, issue and register.',
  },
  page: {
    title: 'Documents',
    kinds: 'Document kinds',
    available: 'Data complete',
    unavailable: 'Data missing',
    preview: 'Preview PDF',
    issue: 'Issue',
    noKinds: 'Could not load the list of documents.',
    meeting: 'Meeting',
  },
  viewer: {
    opening: 'Opening the preview…',
    drawing: 'Drawing page {{page}}…',
    pageCount: 'The document has {{count}} page(s)',
    position: 'Page {{page}}/{{pages}}',
    previous: '‹ Previous page',
    next: 'Next page ›',
    pageLabel: '{{title}}: page {{page}}/{{pages}}',
    save: 'Save this PDF',
    failedTitle: 'The preview cannot be shown',
    failed: 'The browser could not draw this PDF. Download the PDF to view it.',
  },
  settings: {
    title: 'Document settings',
    help: 'How prize amounts are rounded and the legal-basis lines of the award decision. Issued documents stay as issued.',
    rounding: 'Prize rounding',
    roundings: {
      none: 'No rounding (to the đồng)',
      up_10000: 'Round up to the next 10,000 đồng',
      nearest_1000: 'Round to the nearest 1,000 đồng',
    },
    useDefault: 'Use the default legal basis',
    legalBasis: 'Legal basis of the decision',
    legalBasisHelp:
      'One line each. The plan line and "Xét đề nghị của Hội đồng Thi đua - Khen thưởng" are added automatically.',
    save: 'Save document settings',
    saved: 'Document settings saved',
    conflict: 'Someone else just changed the settings; the latest are loaded, please edit again.',
    decisionDate: 'Date of the award decision (draft)',
    decisionDateHelp:
      'The draft decision, the budget and the award forms page compute prizes on the base salary in force on this day. Empty: the conference day ({{day}}). An issued decision keeps its date of issue.',
    draftPrizes: 'Draft decision',
  },
  prizes: {
    line: 'Computed on the base salary of {{amount}} đ in force on {{date}} ({{source}}; base salary since {{since}}).',
    source: {
      issued: 'the date of the issued decision no. {{number}}',
      setting: 'the draft decision date set by the office',
      conference_day: 'no decision date set: the conference day',
      today: 'no decision date set and no conference day: today',
    },
    noSalary: 'No base salary is in force on {{date}} (the decision date): prizes cannot be computed.',
    total:
      'Prizes of {{total}} đ as of the decision dated {{date}} for {{count}} honored collectives and individuals.',
    changes: 'The amounts change when the honoree list or the decision date changes.',
    changed:
      'After the ballot “{{ballot}}” (meeting of {{meeting}}) closed, the prize total went from {{previous}} đ to {{total}} đ.',
    setDate: 'Set the decision date',
  },
  issue: {
    title: 'Issue: {{label}}',
    help: 'The document takes the next number of the year and its Word and PDF files are stored; once issued it cannot be edited.',
    signerName: 'Signer',
    signedAt: 'Signing time',
    documentDate: 'Date of issue (empty: the signing day)',
    submit: 'Issue',
    cancel: 'Cancel',
    done: 'Issued {{numberLine}}',
    required: 'Please enter the signer and the signing time',
  },
  register: {
    title: 'Document register',
    empty: 'No document issued yet.',
    number: 'Number',
    date: 'Date',
    type: 'Type',
    version: 'Version',
    status: 'Status',
    signer: 'Signer',
    files: 'Files',
    draft: 'Draft',
    issued: 'Issued',
    replaces: 'Replaces {{numberLine}}',
    replacedBy: 'A newer version exists',
    newVersion: 'New version',
    newVersionDone: 'Draft of version {{version}} created',
    issueDraft: 'Issue the draft',
  },
};
