import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipartFile } from '../../../tests/helpers/nominations';
import { openDemo, type TestApp } from '../../../tests/helpers/test-app';

let t: TestApp;
let base: string;
let secretary: string;
let uploads: [string, string][];
beforeAll(async () => {
  ({ t, base, secretary } = await openDemo());
  const unit = `${base}/units/${t.demo.unitIds.get('Tổ dân phố 5')}`;
  uploads = [
    ['nominations import', `${unit}/nominations/import`],
    ['dossier import', `${unit}/nominations/import-dossier`],
    ['delegates import', `${base}/delegates/import`],
    ['certificate image', `${base}/certificates/images/seal`],
  ];
});
afterAll(async () => t?.close());

const BROKEN = 'Tệp tải lên bị hỏng hoặc gửi không trọn vẹn. Hãy chọn lại tệp và gửi lại.';

/** A multipart body cut off in the middle of its file part (the connection dropped). */
function truncated() {
  const whole = multipartFile('a.xlsx', Buffer.alloc(4000, 7));
  return { ...whole, payload: whole.payload.subarray(0, 1500) };
}

describe('malformed multipart uploads answer 400, never 500', () => {
  it('refuses a multipart body without a boundary', async () => {
    for (const [what, url] of uploads) {
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { cookie: secretary, 'content-type': 'multipart/form-data' },
        payload: '--x\r\nContent-Disposition: form-data; name="file"; filename="a"\r\n\r\nabc\r\n--x--\r\n',
      });
      expect(res.statusCode, what).toBe(400);
      expect(res.json().error.message, what).toBe(BROKEN);
      expect(res.json().error.fields, what).toEqual({ file: 'Tệp bị hỏng hoặc gửi chưa hết' });
    }
  });

  it('refuses a part cut off before its end', async () => {
    for (const [what, url] of uploads) {
      const { payload, headers } = truncated();
      const res = await t.app.inject({
        method: 'POST',
        url,
        headers: { ...headers, cookie: secretary },
        payload,
      });
      expect(res.statusCode, what).toBe(400);
      expect(res.json().error.message, what).toBe(BROKEN);
    }
  });
});
