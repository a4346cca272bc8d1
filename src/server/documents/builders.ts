// Every kind of conference document, one builder each (the contract is catalog.ts). The
// documents routes and the document register build through this registry.
import type { DocumentBuilder, DocumentKind } from './catalog';
import { decisionBuilder } from './decision';
import { planBuilder } from './plan-builder';

export const documentBuilders: Partial<Record<DocumentKind, DocumentBuilder>> & { plan: DocumentBuilder } = {
  plan: planBuilder,
  decision: decisionBuilder,
};
