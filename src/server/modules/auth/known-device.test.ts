import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { knownDeviceId, newDeviceCookie } from './known-device';

const key = randomBytes(32);

describe('known-device cookie', () => {
  it('is known for the account it was issued to, and only with an untouched signature', () => {
    const value = newDeviceCookie(key, 'chutich');
    const id = value.split('.')[0];
    expect(knownDeviceId(key, value, 'chutich')).toBe(id);
    expect(knownDeviceId(key, value, 'vanhoa')).toBeNull();
    expect(knownDeviceId(randomBytes(32), value, 'chutich')).toBeNull();
    const other = newDeviceCookie(key, 'chutich').split('.')[0];
    expect(knownDeviceId(key, `${other}.${value.split('.')[1]}`, 'chutich')).toBeNull();
    expect(knownDeviceId(key, `${value}.x`, 'chutich')).toBeNull();
    expect(knownDeviceId(key, undefined, 'chutich')).toBeNull();
  });
});
