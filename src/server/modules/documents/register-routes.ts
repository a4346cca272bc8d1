import { can } from '../../../shared/rules/permissions';
import {
  createDraftSchema,
  issueKindSchema,
  issueSchema,
  registerEntryView,
  registerListView,
  registerQuerySchema,
  updateDraftSchema,
} from '../../../shared/schemas/document-register';
import { uuidParam } from '../../../shared/schemas/primitives';
import { sendDownload } from '../../documents/download';
import { documentFileName, type OfficialDocument } from '../../documents/model';
import { notFound } from '../../errors';
import type { AppInstance } from '../../http/app-types';
import { confParams, orgParams } from '../../http/params';
import { CONTENT_TYPES, fileResponse } from '../../http/responses';
import { route, routeGroup } from '../../http/route';
import { publicOrigin } from '../../public/public-route';
import { conferenceScope } from '../conferences/policy';
import { presentRegisterEntry } from './presenters';
import { entryLinks, type IssuedDocumentRow, listRegister } from './register-data';
import {
  createDraft,
  createNewVersion,
  issueDraft,
  issueKind,
  readIssuedFile,
  updateDraft,
} from './register-mutations';

const docParams = confParams.extend({ documentId: uuidParam('Mã văn bản') });
const tags = ['documents'];
const base = '/api/conferences/:conferenceId/register';

export async function registerRoutes(app: AppInstance) {
  const { db, files } = app.deps;
  const present = async (row: IssuedDocumentRow) => presentRegisterEntry(row, await entryLinks(db, row));
  const issue = { policy: 'document.issue', tags } as const;
  const issueRoutes = routeGroup(app, issue);
  const entry201 = { response: { 201: registerEntryView } };
  const entry200 = { response: { 200: registerEntryView } };
  const conferenceRead = routeGroup(app, { tags, policy: 'conference.read' });

  conferenceRead.get(
    base,
    {
      summary: 'Sổ văn bản của hội nghị',
      params: confParams,
      querystring: registerQuerySchema,
      response: { 200: registerListView },
    },
    async ({ req, actor, conf }) => ({
      items: (await listRegister(db, { conferenceId: conf.id }, req.query)).map((r) =>
        presentRegisterEntry(r.row, r.links),
      ),
      canIssue: can(actor, 'document.issue', conferenceScope(conf)),
    }),
  );

  conferenceRead.get(
    '/api/organizations/:orgId/register',
    {
      summary: 'Sổ văn bản của cơ quan',
      params: orgParams,
      querystring: registerQuerySchema,
      response: { 200: registerListView },
      orgPermission: false,
    },
    async ({ req, actor }) => {
      const scope = { organizationId: req.params.orgId };
      if (!can(actor, 'conference.read', scope)) throw notFound('cơ quan');
      return {
        items: (await listRegister(db, scope, req.query)).map((r) => presentRegisterEntry(r.row, r.links)),
        canIssue: can(actor, 'document.issue', scope),
      };
    },
  );

  issueRoutes.post(
    base,
    { ...entry201, summary: 'Tạo bản nháp văn bản', params: confParams, body: createDraftSchema },
    async ({ req, reply, actor, conf }) =>
      reply.code(201).send(await present(await createDraft(db, actor, conf, req.body))),
  );

  issueRoutes.post(
    `${base}/issue`,
    {
      ...entry201,
      summary: 'Ban hành văn bản (lấy số, lưu tệp)',
      params: confParams,
      body: issueKindSchema,
    },
    async ({ req, reply, actor, conf }) =>
      reply
        .code(201)
        .send(
          await present(
            await issueKind(db, actor, conf, files, { ...req.body, origin: publicOrigin(app, req) }),
          ),
        ),
  );

  issueRoutes.put(
    `${base}/:documentId`,
    { ...entry200, summary: 'Sửa bản nháp (người ký)', params: docParams, body: updateDraftSchema },
    async ({ req, actor, conf }) =>
      present(await updateDraft(db, actor, conf, req.params.documentId, req.body)),
  );

  issueRoutes.post(
    `${base}/:documentId/issue`,
    { ...entry200, summary: 'Ban hành bản nháp', params: docParams, body: issueSchema },
    async ({ req, actor, conf }) =>
      present(
        await issueDraft(db, actor, conf, files, req.params.documentId, {
          ...req.body,
          origin: publicOrigin(app, req),
        }),
      ),
  );

  issueRoutes.post(
    `${base}/:documentId/new-version`,
    { ...entry201, summary: 'Tạo phiên bản mới', params: docParams },
    async ({ req, reply, actor, conf }) =>
      reply.code(201).send(await present(await createNewVersion(db, actor, conf, req.params.documentId))),
  );

  for (const format of ['docx', 'pdf'] as const) {
    route(
      app,
      'GET',
      `${base}/:documentId/file.${format}`,
      {
        policy: 'conference.read',
        tags,
        summary: `Tệp ${format.toUpperCase()} đã ban hành`,
        params: docParams,
        response: { 200: fileResponse(`Tệp ${format.toUpperCase()} đã ban hành`, CONTENT_TYPES[format]) },
      },
      async ({ req, reply, conf }) => {
        const { row, bytes } = await readIssuedFile(db, files, conf, req.params.documentId, format);
        const doc = row.model as OfficialDocument;
        const number = `${String(row.number).padStart(2, '0')}-${row.code}`;
        return sendDownload(reply, {
          type: format,
          name: `${number} ${documentFileName(doc, format)}`,
          bytes,
          headers: {
            'cache-control': 'private, max-age=31536000, immutable',
            etag: `"${format === 'docx' ? row.docxSha256 : row.pdfSha256}"`,
          },
        });
      },
    );
  }
}
