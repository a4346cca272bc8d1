// Every kind of conference document, one builder each (the contract is catalog.ts). The
// documents routes and the document register build through this registry.
import type { DocumentBuilder, DocumentKind } from './catalog';
import { decisionBuilder } from './decision';
import { delegateListBuilder, invitationBuilder } from './invitation-letter';
import { minutesBuilder } from './minutes-document';
import { noticeBuilder } from './notice';
import { planBuilder } from './plan-builder';
import { programBuilder } from './program';
import { submissionBuilder } from './submission';
import { summaryReportBuilder } from './summary-report';

export const documentBuilders: Record<DocumentKind, DocumentBuilder> = {
  plan: planBuilder,
  program: programBuilder,
  invitation: invitationBuilder,
  delegate_list: delegateListBuilder,
  submission: submissionBuilder,
  minutes: minutesBuilder,
  decision: decisionBuilder,
  notice: noticeBuilder,
  summary_report: summaryReportBuilder,
};
