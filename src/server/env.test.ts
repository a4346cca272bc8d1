import { describe, expect, it } from 'vitest';
import { loadEnv } from './env';

describe('loadEnv', () => {
  it('has defaults that serve the embedded demo', () => {
    const env = loadEnv({});
    expect(env).toMatchObject({ HOST: '127.0.0.1', PORT: 3000, DATA_DIR: './data', SEED_DEMO: true });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('names each bad value in one readable line', () => {
    expect(() => loadEnv({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT: PORT phải là số.*DATABASE_URL: DATABASE_URL phải bắt đầu bằng postgres:\/\//,
    );
    expect(() => loadEnv({ PORT: '70000' })).toThrow(/PORT phải từ 0 đến 65535/);
  });

  it('reads ALLOWED_ORIGINS as exact origins and names a bad one', () => {
    expect(loadEnv({}).ALLOWED_ORIGINS).toEqual([]);
    expect(
      loadEnv({ ALLOWED_ORIGINS: 'https://vinhdanh.example.vn/, http://10.0.0.5:8080' }).ALLOWED_ORIGINS,
    ).toEqual(['https://vinhdanh.example.vn', 'http://10.0.0.5:8080']);
    expect(() => loadEnv({ ALLOWED_ORIGINS: 'https://a.vn,null' })).toThrow(
      /ALLOWED_ORIGINS phải là các địa chỉ http:\/\/ hoặc https:\/\/ cách nhau bởi dấu phẩy \("null" không hợp lệ\)/,
    );
  });

  it('trusts forwarded headers from a proxy on this machine by default', () => {
    expect(loadEnv({}).TRUST_PROXY).toBe('loopback');
    expect(loadEnv({ TRUST_PROXY: 'true' }).TRUST_PROXY).toBe(true);
    expect(loadEnv({ TRUST_PROXY: 'false' }).TRUST_PROXY).toBe(false);
    expect(loadEnv({ TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).TRUST_PROXY).toBe('10.0.0.0/8,127.0.0.1');
    expect(loadEnv({}).LOGIN_MAX_CLIENT_FAILURES).toBe(20);
  });

  it('reads SMTP_URL and MAIL_FROM, and a malformed SMTP_URL stops the boot with one readable line', () => {
    expect(loadEnv({}).SMTP_URL).toBeUndefined();
    expect(loadEnv({ SMTP_URL: '' }).SMTP_URL).toBeUndefined();
    expect(loadEnv({}).MAIL_FROM).toBe('Vinh Danh <no-reply@localhost>');
    expect(loadEnv({ SMTP_URL: 'smtps://u:p%40ss@mail.phuong.gov.vn:465' }).SMTP_URL).toBe(
      'smtps://u:p%40ss@mail.phuong.gov.vn:465',
    );
    for (const bad of ['mail.phuong.gov.vn', 'http://127.0.0.1:25', 'smtp://']) {
      let message = '';
      try {
        loadEnv({ SMTP_URL: bad });
      } catch (err) {
        message = (err as Error).message;
      }
      expect(message).toMatch(/^Cấu hình môi trường không hợp lệ — SMTP_URL: SMTP_URL .*smtp:\/\//);
      expect(message).not.toContain('\n');
    }
  });
});
