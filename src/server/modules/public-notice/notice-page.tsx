// The public notice page (trang công khai danh sách đề nghị khen thưởng): the organizer, the
// conference, the period, how to comment, the candidates (the name always; unit, form, summary
// only when chosen public), and while the notice is open the comment form. Every text a visitor
// sent is shown back as text (React escapes it); the summary is the sanitized allow-list only.
import { publicPaths } from '../../../shared/rules/public-paths';
import type { PublicCommentInput } from '../../../shared/schemas/publicity';
import { PublicLayout } from '../../public/layout';
import { sanitizeSummary } from '../../rich-text';
import type { PublicNoticePage } from './data';
import { HONEYPOT_FIELD } from './form-guard';

/** dd/mm/yyyy of an ISO date. */
const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

export type FormState = {
  values: Partial<PublicCommentInput>;
  /** Per-field messages (nominationId, authorName, authorContact, body). */
  errors: Record<string, string>;
  /** A message about the whole form (too fast, expired, closed, too many). */
  message?: string;
};

export type NoticePageProps = {
  data: PublicNoticePage;
  origin: string;
  path: string;
  token: string;
  sent: boolean;
  form?: FormState;
};

function Candidates({ data }: { data: PublicNoticePage }) {
  const shown = new Set(data.notice.publicFields);
  return (
    <ol className="candidates">
      {data.candidates.map((c) => (
        <li key={c.id} id={`nguoi-${c.id}`} className="candidate">
          <p className="name">{c.name}</p>
          {shown.has('unit') && <p>Đơn vị: {c.unitName}</p>}
          {shown.has('form') && <p>Hình thức đề nghị: {c.formName}</p>}
          {shown.has('summary') && c.summaryHtml && (
            <div
              className="summary"
              // biome-ignore lint/security/noDangerouslySetInnerHtml: the summary allow-list (p, br, strong, em, u, ul, ol, li; no attributes), sanitized again here
              dangerouslySetInnerHTML={{ __html: sanitizeSummary(c.summaryHtml) }}
            />
          )}
        </li>
      ))}
    </ol>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="error" id={id}>
      {message}
    </p>
  );
}

function CommentForm({ data, token, form }: { data: PublicNoticePage; token: string; form?: FormState }) {
  const v = form?.values ?? {};
  const e = form?.errors ?? {};
  const described = (field: string) => (e[field] ? `loi-${field}` : undefined);
  return (
    <form method="post" action={publicPaths.notice(data.notice.conferenceId)} className="comment" noValidate>
      {form?.message && (
        <p className="error" role="alert">
          {form.message}
        </p>
      )}
      <input type="hidden" name="token" value={token} />
      <div className="hp" aria-hidden="true">
        <label htmlFor="hp-website">Không điền vào ô này</label>
        <input
          id="hp-website"
          name={HONEYPOT_FIELD}
          type="text"
          tabIndex={-1}
          autoComplete="off"
          defaultValue=""
        />
      </div>
      <div className="field">
        <label htmlFor="nominationId">Góp ý về</label>
        <select
          id="nominationId"
          name="nominationId"
          defaultValue={v.nominationId ?? ''}
          aria-describedby={described('nominationId')}
        >
          <option value="">Cả danh sách</option>
          {data.candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <FieldError id="loi-nominationId" message={e.nominationId} />
      </div>
      <div className="field">
        <label htmlFor="body">Nội dung ý kiến (bắt buộc, từ 10 đến 3.000 ký tự)</label>
        <textarea
          id="body"
          name="body"
          required
          minLength={10}
          maxLength={3000}
          defaultValue={v.body ?? ''}
          aria-invalid={e.body ? true : undefined}
          aria-describedby={described('body')}
        />
        <FieldError id="loi-body" message={e.body} />
      </div>
      <div className="field">
        <label htmlFor="authorName">Họ và tên (không bắt buộc)</label>
        <input
          id="authorName"
          name="authorName"
          maxLength={200}
          autoComplete="name"
          defaultValue={v.authorName ?? ''}
          aria-describedby={described('authorName')}
        />
        <FieldError id="loi-authorName" message={e.authorName} />
      </div>
      <div className="field">
        <label htmlFor="authorContact">Số điện thoại hoặc địa chỉ liên hệ (không bắt buộc)</label>
        <input
          id="authorContact"
          name="authorContact"
          maxLength={200}
          defaultValue={v.authorContact ?? ''}
          aria-describedby={described('authorContact')}
        />
        <FieldError id="loi-authorContact" message={e.authorContact} />
      </div>
      <p className="muted">
        Thông tin liên hệ chỉ cán bộ thường trực Hội đồng Thi đua - Khen thưởng xem, không công khai.
      </p>
      <button type="submit">Gửi ý kiến</button>
    </form>
  );
}

export function NoticePage(props: NoticePageProps) {
  const { data, sent, form } = props;
  const n = data.notice;
  const open = data.state === 'open';
  const title = 'Công khai danh sách đề nghị khen thưởng';
  return (
    <PublicLayout
      meta={{
        title: `${title} — ${data.conferenceName}`,
        description: `${data.organization.name} công khai danh sách ${data.candidates.length} tập thể, cá nhân đề nghị khen thưởng từ ${dmy(n.opensOn)} đến ${dmy(n.closesOn)}.`,
        origin: props.origin,
        path: publicPaths.notice(n.conferenceId),
      }}
      organization={data.organization}
    >
      <p className="muted">{data.organization.name}</p>
      <h1>{title}</h1>
      <p>
        {data.conferenceName} (giai đoạn {data.period.start} - {data.period.end})
      </p>
      <div className="notice-box">
        <p>
          Thời gian nhận ý kiến: từ ngày <strong>{dmy(n.opensOn)}</strong> đến hết ngày{' '}
          <strong>{dmy(n.closesOn)}</strong>.
        </p>
        {data.state === 'scheduled' && <p>Chưa đến thời gian nhận ý kiến.</p>}
        {data.state === 'closed' && <p>Đã hết thời gian nhận ý kiến.</p>}
      </div>
      {sent && (
        <p className="ok" role="status">
          Cảm ơn bạn đã gửi ý kiến. Hội đồng Thi đua - Khen thưởng sẽ xem xét ý kiến của bạn.
        </p>
      )}
      {n.howToComment && (
        <>
          <h2>Cách gửi ý kiến</h2>
          <p className="pre">{n.howToComment}</p>
        </>
      )}
      <h2>Danh sách ({data.candidates.length})</h2>
      <Candidates data={data} />
      {open ? (
        <>
          <h2 id="gop-y">Gửi ý kiến</h2>
          <CommentForm data={data} token={props.token} {...(form ? { form } : {})} />
        </>
      ) : (
        form?.message && (
          <p className="error" role="alert">
            {form.message}
          </p>
        )
      )}
    </PublicLayout>
  );
}
