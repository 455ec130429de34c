import { describe, expect, it } from 'vitest';
import {
  displayNumber,
  isVirtualNumber,
  maskEmail,
  maskPhone,
  parseDirectoryNumber,
  parseE164,
  toDirectoryFormat,
} from '../../../mocks/identity/phone-numbers';

describe('phone numbers', () => {
  it.each([
    ['+14255550100', '+1 ••• ••• ••00', '+1 425 555 0100'],
    ['+447700900123', '+44 •••• ••••23', '+44 7700 900123'],
    ['+33612345678', '+33 • •• •• •• 78', '+33 6 12 34 56 78'],
    ['+4915112345678', '+49 •••• •••••78', '+49 1511 2345678'],
  ])('%s is masked as %s and shown as %s', (e164, masked, shown) => {
    const phone = parseE164(e164);
    expect(phone).not.toBeNull();
    if (!phone) return;
    expect(maskPhone(phone)).toBe(masked);
    expect(displayNumber(phone)).toBe(shown);
  });

  it.each([
    '4255550100', // no country code
    '+1425555010', // too short
    '+10005550100', // no such area code
    '+1 425 555 0100', // not E.164
    '+0123456789',
  ])('%s is not a valid E.164 number', (text) => {
    expect(parseE164(text)).toBeNull();
  });

  it.each([
    ['+1 4255550110', { e164: '+14255550110', countryCallingCode: '1' }],
    ['+1 4255550112x1234', { e164: '+14255550112', countryCallingCode: '1', extension: '1234' }],
    ['+44 7700900123', { e164: '+447700900123', countryCallingCode: '44' }],
  ])('reads the directory format %s', (text, phone) => {
    expect(parseDirectoryNumber(text)).toEqual({ ok: true, phone });
    expect(toDirectoryFormat(phone)).toBe(text);
  });

  it.each(['+14255550110', '+1 425 555 0110', '+44 14255550110', '+1 0005550110', '+1 4255550112 x1234'])(
    'refuses %s in the directory format',
    (text) => {
      expect(parseDirectoryNumber(text)).toEqual({ ok: false, reason: 'invalid-phone-number' });
    },
  );

  it('shows an office extension the way a handset does', () => {
    expect(displayNumber({ e164: '+14255550112', countryCallingCode: '1', extension: '1234' })).toBe(
      '+1 425 555 0112 ext. 1234',
    );
  });

  it('knows +1 425 555 0199 as a virtual (VoIP) number', () => {
    expect(isVirtualNumber('+14255550199')).toBe(true);
    expect(isVirtualNumber('+14255550100')).toBe(false);
  });

  it('masks an e-mail address to its first letter and domain', () => {
    expect(maskEmail('megan@contoso.example')).toBe('m•••@contoso.example');
  });
});
