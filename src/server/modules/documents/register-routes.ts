import { can } from '../../../shared/rules/permissions';
import {
  createDraftSchema,
  issueKindSchema,
  issueSchema,
  type RegisterList,
  registerQuerySchema,
  updateDraftSchema,
} from '../../../shared/schemas/document-register';
import { uuidParam } from '../../../shared/schemas/primitives';
import { authorize, requireActor } from '../../auth/policy';
import { attachment, DOCX_TYPE } from '../../content-disposition';
import { documentFileName, documentNumberLine, type OfficialDocument } from '../../documents/model';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, orgParams } from '../../http/params';
import { loadVisibleConference } from '../conferences/access';
import { conferenceScope } from '../conferences/policy';
import { registerBuilders } from './register-builders';
import {
  findNextVersion,
  getRegisterEntry,
  type IssuedDocumentRow,
  listRegister,
  presentEntry,
} from './register-data';
import {
  createDraft,
  createNewVersion,
  issueDraft,
  issueKind,
  readIssuedFile,
  updateDraft,
} from './register-mutations';

const docParams = confParams.extend({ documentId: uuidParam('Mã văn bản') });

const LABELS: Record<string, string> = Object.fromEntries(
  Object.values(registerBuilders).map((b) => [b!.kind, b!.label]),
);

export async function registerRoutes(app: AppInstance) {
  const { db, files } = app.deps;
  const base = '/api/conferences/:conferenceId/register';
  const tags = ['documents'];

  const present = async (row: IssuedDocumentRow) => {
    const prev = row.previousId ? await getRegisterEntry(db, row.conferenceId, row.previousId) : null;
    const next = await findNextVersion(db, row.id);
    return presentEntry(row, LABELS, {
      previousNumberLine: prev && prev.number !== null ? documentNumberLine(prev.number, prev.code) : null,
      nextId: next?.id ?? null,
    });
  };

  const loadForIssue = async (actor: ReturnType<typeof requireActor>, conferenceId: string) => {
    const conf = await loadVisibleConference(db, actor, conferenceId);
    authorize(actor, 'document.issue', conferenceScope(conf));
    return conf;
  };

  app.get(
    base,
    {
      config: { policy: 'conference.read' },
      schema: {
        tags,
        summary: 'Sổ văn bản của hội nghị',
        params: confParams,
        querystring: registerQuerySchema,
      },
    },
    async (req): Promise<RegisterList> => {
      const actor = requireActor(req);
      const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
      return {
        items: await listRegister(db, { conferenceId: conf.id }, req.query, LABELS),
        canIssue: can(actor, 'document.issue', conferenceScope(conf)),
      };
    },
  );

  app.get(
    '/api/organizations/:orgId/register',
    {
      config: { policy: 'conference.read' },
      schema: {
        tags,
        summary: 'Sổ văn bản của cơ quan',
        params: orgParams,
        querystring: registerQuerySchema,
      },
    },
    async (req): Promise<RegisterList> => {
      const actor = requireActor(req);
      const scope = { organizationId: req.params.orgId };
      if (!can(actor, 'conference.read', scope)) throw notFound('cơ quan');
      return {
        items: await listRegister(db, scope, req.query, LABELS),
        canIssue: can(actor, 'document.issue', scope),
      };
    },
  );

  app.post(
    base,
    {
      config: { policy: 'document.issue' },
      schema: { tags, summary: 'Tạo bản nháp văn bản', params: confParams, body: createDraftSchema },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadForIssue(actor, req.params.conferenceId);
      return reply.code(201).send(await present(await createDraft(db, actor, conf, req.body)));
    },
  );

  app.post(
    `${base}/issue`,
    {
      config: { policy: 'document.issue' },
      schema: {
        tags,
        summary: 'Ban hành văn bản (lấy số, lưu tệp)',
        params: confParams,
        body: issueKindSchema,
      },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadForIssue(actor, req.params.conferenceId);
      return reply.code(201).send(await present(await issueKind(db, actor, conf, files, req.body)));
    },
  );

  app.put(
    `${base}/:documentId`,
    {
      config: { policy: 'document.issue' },
      schema: { tags, summary: 'Sửa bản nháp (người ký)', params: docParams, body: updateDraftSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadForIssue(actor, req.params.conferenceId);
      return present(await updateDraft(db, actor, conf, req.params.documentId, req.body));
    },
  );

  app.post(
    `${base}/:documentId/issue`,
    {
      config: { policy: 'document.issue' },
      schema: { tags, summary: 'Ban hành bản nháp', params: docParams, body: issueSchema },
    },
    async (req) => {
      const actor = requireActor(req);
      const conf = await loadForIssue(actor, req.params.conferenceId);
      return present(await issueDraft(db, actor, conf, files, req.params.documentId, req.body));
    },
  );

  app.post(
    `${base}/:documentId/new-version`,
    {
      config: { policy: 'document.issue' },
      schema: { tags, summary: 'Tạo phiên bản mới', params: docParams },
    },
    async (req, reply) => {
      const actor = requireActor(req);
      const conf = await loadForIssue(actor, req.params.conferenceId);
      return reply
        .code(201)
        .send(await present(await createNewVersion(db, actor, conf, req.params.documentId)));
    },
  );

  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `${base}/:documentId/file.${format}`,
      {
        config: { policy: 'conference.read' },
        schema: { tags, summary: `Tệp ${format.toUpperCase()} đã ban hành`, params: docParams },
      },
      async (req, reply) => {
        const actor = requireActor(req);
        const conf = await loadVisibleConference(db, actor, req.params.conferenceId);
        const { row, bytes } = await readIssuedFile(db, files, conf, req.params.documentId, format);
        const doc = row.model as OfficialDocument;
        const number = `${String(row.number).padStart(2, '0')}-${row.code}`;
        return reply
          .header('content-type', format === 'docx' ? DOCX_TYPE : 'application/pdf')
          .header('content-disposition', attachment(`${number} ${documentFileName(doc, format)}`))
          .header('cache-control', 'private, max-age=31536000, immutable')
          .header('etag', `"${format === 'docx' ? row.docxSha256 : row.pdfSha256}"`)
          .send(bytes);
      },
    );
  }
}
