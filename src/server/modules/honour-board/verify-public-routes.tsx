// Xác minh giấy khen: a form (field "ma") and a code's page. A genuine code shows the name, the
// form, the decision and the organizer — nothing else; a revoked honour says so; a code whose
// check symbol fails (altered, mistyped) or that cannot be a code is refused as altered (400);
// a well-formed code nobody issued is not found (404).
import type { ReactNode } from 'react';
import { z } from 'zod';
import { formatDate } from '../../../shared/rules/display-format';
import { PUBLIC_ROUTES, publicPaths } from '../../../shared/rules/public-paths';
import { formatVerifyCode, normalizeVerifyCode, verifyCodeIntact } from '../../../shared/rules/verify-code';
import type { AppInstance } from '../../http/app-types';
import { PublicLayout } from '../../public/layout';
import type { PageCache } from '../../public/page-cache';
import { publicPage } from '../../public/public-route';
import { findHonourByCode } from './public-data';

function VerifyForm(props: { value?: string }) {
  return (
    <form method="get" action={publicPaths.verifyForm()} className="filters">
      <div>
        <label htmlFor="ma">Mã xác minh in trên giấy khen</label>
        <input
          id="ma"
          name="ma"
          defaultValue={props.value ?? ''}
          placeholder="XXXX-XXXX-XXXX"
          maxLength={40}
          autoComplete="off"
        />
      </div>
      <button type="submit">Xác minh</button>
    </form>
  );
}

/** The page body and status for what a visitor typed or a QR carried. */
async function answerFor(db: AppInstance['deps']['db'], input: string) {
  const code = normalizeVerifyCode(input);
  if (!code || !verifyCodeIntact(code)) {
    return {
      status: 400,
      body: (
        <>
          <Refused input={input} />
          <VerifyForm />
        </>
      ),
    };
  }
  const found = await findHonourByCode(db, code);
  if (!found) {
    return {
      status: 404,
      body: (
        <>
          <p className="error" role="alert">
            Không tìm thấy giấy khen mang mã này ({formatVerifyCode(code)}).
          </p>
          <VerifyForm />
        </>
      ),
    };
  }
  return {
    status: 200,
    body: (
      <>
        {found.revoked ? (
          <p className="error" role="alert">
            Khen thưởng mang mã {formatVerifyCode(code)} đã bị thu hồi: giấy khen này không còn giá trị.
          </p>
        ) : (
          <p className="ok">Giấy khen mang mã {formatVerifyCode(code)} là giấy khen thật, đã được cấp:</p>
        )}
        <dl className="facts">
          <dt>Tặng</dt>
          <dd>{found.name}</dd>
          <dt>Hình thức khen thưởng</dt>
          <dd>{found.formName}</dd>
          <dt>Quyết định</dt>
          <dd>
            Số {found.decisionNumber} ngày {formatDate(found.decisionDate)}
          </dd>
          <dt>Cơ quan khen thưởng</dt>
          <dd>{found.organizer}</dd>
        </dl>
      </>
    ),
  };
}

export function registerVerifyPages(app: AppInstance, pages: PageCache) {
  const { db } = app.deps;
  const page = (origin: string, path: string, body: ReactNode) => (
    <PublicLayout meta={{ title: 'Xác minh giấy khen', origin, path }}>
      <h1>Xác minh giấy khen</h1>
      {body}
    </PublicLayout>
  );

  publicPage(
    app,
    pages,
    PUBLIC_ROUTES.verifyForm,
    { querystring: z.object({ ma: z.string().max(40).optional() }) },
    async ({ query, origin, path }) => {
      if (query.ma) {
        const { status, body } = await answerFor(db, query.ma);
        return { element: page(origin, path, body), status };
      }
      return {
        element: page(
          origin,
          path,
          <>
            <p>Nhập mã xác minh in cạnh mã QR ở góc giấy khen để kiểm tra giấy khen là thật.</p>
            <VerifyForm />
          </>,
        ),
      };
    },
  );

  publicPage(
    app,
    pages,
    PUBLIC_ROUTES.verify,
    { params: z.object({ code: z.string().max(40) }) },
    async ({ params, origin, path }) => {
      const { status, body } = await answerFor(db, params.code);
      return { element: page(origin, path, body), status };
    },
  );
}

function Refused(props: { input: string }) {
  return (
    <p className="error" role="alert">
      Mã “{props.input.slice(0, 40)}” không hợp lệ — mã có thể đã bị sửa. Hãy kiểm tra lại từng ký tự trên
      giấy khen.
    </p>
  );
}
