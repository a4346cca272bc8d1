import { z } from 'zod';

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  HOST: z.string().min(1, { error: 'HOST không được để trống' }).default('127.0.0.1'),
  PORT: z.coerce
    .number({ error: 'PORT phải là số' })
    .int({ error: 'PORT phải là số nguyên' })
    .min(0, { error: 'PORT phải từ 0 đến 65535' })
    .max(65535, { error: 'PORT phải từ 0 đến 65535' })
    .default(3000),
  DATA_DIR: z.string().min(1).default('./data'),
  /**
   * A directory every instance shares (a mounted volume) for the stored files; unset: in the
   * database on PostgreSQL (table stored_files), DATA_DIR/files on PGlite (storage/files.ts).
   */
  FILE_STORE_DIR: z.preprocess((v) => (v === '' ? undefined : v), z.string().min(1).optional()),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL phải bắt đầu bằng postgres:// hoặc postgresql://' })
    .optional()
    .or(z.literal('').transform(() => undefined)),
  SESSION_TTL_HOURS: z.coerce.number({ error: 'SESSION_TTL_HOURS phải là số' }).positive().default(12),
  LOGIN_MAX_FAILURES: z.coerce.number({ error: 'LOGIN_MAX_FAILURES phải là số' }).int().min(1).default(5),
  LOGIN_WINDOW_MINUTES: z.coerce.number({ error: 'LOGIN_WINDOW_MINUTES phải là số' }).positive().default(15),
  /** Failed logins one client (address) may make across all accounts in the window (a known device is exempt). */
  LOGIN_MAX_CLIENT_FAILURES: z.coerce
    .number({ error: 'LOGIN_MAX_CLIENT_FAILURES phải là số' })
    .int({ error: 'LOGIN_MAX_CLIENT_FAILURES phải là số nguyên' })
    .min(1, { error: 'LOGIN_MAX_CLIENT_FAILURES phải từ 1 trở lên' })
    .default(20),
  /**
   * Whose X-Forwarded-For/-Proto/-Host to believe (Fastify's trustProxy): `loopback` (a reverse proxy
   * on this machine; the default), `true` (every hop), `false`, or addresses/CIDRs comma-separated.
   */
  TRUST_PROXY: z
    .string()
    .default('loopback')
    .transform((v): boolean | string => {
      const t = v.trim();
      if (t === 'true' || t === '1') return true;
      if (t === 'false' || t === '0' || t === '') return false;
      return t
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)
        .join(',');
    }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SEED_DEMO: z
    .enum(['true', 'false', '1', '0'], { error: 'SEED_DEMO phải là true hoặc false' })
    .default('true')
    .transform((v) => v === 'true' || v === '1'),
  /** Key that seals invitation tokens (32 bytes, base64 or hex); default: DATA_DIR/secrets/invitation.key. */
  INVITATION_KEY: z.string().optional(),
  /** Address reception phones open (the QR on invitations); default: the one the printing browser used. */
  PUBLIC_URL: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .url({ protocol: /^https?$/, error: 'PUBLIC_URL phải là địa chỉ http:// hoặc https://' })
      .transform((v) => v.replace(/\/+$/, ''))
      .optional(),
  ),
  /**
   * Other origins the browser may write from (a reverse proxy that rewrites Host), comma-separated:
   * `https://vinhdanh.example.vn,https://hoinghi.example.vn`; the served origin and PUBLIC_URL always may.
   */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((v, ctx) => {
      const origins: string[] = [];
      for (const item of v
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean)) {
        const url = URL.canParse(item) ? new URL(item) : null;
        if (!url || !/^https?:$/.test(url.protocol)) {
          ctx.addIssue({
            code: 'custom',
            message: `ALLOWED_ORIGINS phải là các địa chỉ http:// hoặc https:// cách nhau bởi dấu phẩy ("${item}" không hợp lệ)`,
          });
          return z.NEVER;
        }
        origins.push(url.origin);
      }
      return origins;
    }),
  /**
   * The mail server notifications are emailed through: smtp://host:port or smtps://user:pass@host:port
   * (percent-encode special characters of the password). Without it nothing is emailed; the inbox works.
   */
  SMTP_URL: z.preprocess(
    (v) => (typeof v === 'string' && v.trim() === '' ? undefined : v),
    z
      .string()
      .refine((v) => smtpUrlProblem(v) === null, {
        error: (issue) => `SMTP_URL ${smtpUrlProblem(String(issue.input))}`,
      })
      .optional(),
  ),
  /** The sender of notification emails. */
  MAIL_FROM: z
    .string()
    .trim()
    .min(3, { error: 'MAIL_FROM không được để trống' })
    .default('Vinh Danh <no-reply@localhost>'),
  /**
   * Đón tiếp ngoại tuyến: a phone's clock may be wrong. An offline check-in keeps the phone's time
   * when it is at most this many seconds from the server's receipt (and not in the future);
   * otherwise it is ordered by the server's receipt. Both times are stored.
   */
  CHECKIN_CLOCK_SKEW_S: z.coerce
    .number({ error: 'CHECKIN_CLOCK_SKEW_S phải là số giây' })
    .int({ error: 'CHECKIN_CLOCK_SKEW_S phải là số nguyên' })
    .min(0, { error: 'CHECKIN_CLOCK_SKEW_S không được âm' })
    .default(12 * 3600),
  COOKIE_SECURE: z
    .enum(['true', 'false', '1', '0'], { error: 'COOKIE_SECURE phải là true hoặc false' })
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
});

/** Why an SMTP_URL is not usable (null: it is): smtp:// or smtps://, a host, a port 1–65535. */
function smtpUrlProblem(v: string): string | null {
  const example = '(ví dụ: smtp://127.0.0.1:2525 hoặc smtps://ten:matkhau@mail.phuong.gov.vn:465)';
  if (!URL.canParse(v)) return `không phải địa chỉ hợp lệ ${example}`;
  const url = new URL(v);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    return `phải bắt đầu bằng smtp:// hoặc smtps:// ${example}`;
  if (!url.hostname) return `thiếu tên máy chủ ${example}`;
  if (url.port && (Number(url.port) < 1 || Number(url.port) > 65535)) return `cổng phải từ 1 đến 65535`;
  return null;
}

export type Env = z.infer<typeof envSchema>;

/** Reads and validates the environment; throws one readable line per bad value. */
export function loadEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình môi trường không hợp lệ — ${lines.join('; ')}`);
  }
  return result.data;
}
