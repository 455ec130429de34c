import type { AuthenticationMethods } from '../../../src/api/types';
import { addOptions, maskDirectoryNumber, verifyOptions } from '../../../src/flows/security-info/rules';

const methods = (types: Array<'mobile' | 'alternateMobile' | 'office'>): AuthenticationMethods => ({
  phoneMethods: types.map((phoneType) => ({
    id: '3179e48a-750b-4051-897c-87b9720928f7',
    phoneNumber: '+1 4255550110',
    phoneType,
    smsSignInState: 'notSupported',
  })),
  otherMethods: [],
  defaultMethod: null,
  defaultMethodOptions: [],
  stepUpRequired: false,
  smsSignInAllowed: true,
});

describe('which phones can be added', () => {
  it('every type when there is none, except an alternate before a mobile', () => {
    expect(addOptions(methods([]))).toEqual([
      { phoneType: 'mobile', refusal: null },
      { phoneType: 'alternateMobile', refusal: 'mobile-first' },
      { phoneType: 'office', refusal: null },
    ]);
  });

  it('one of each type: a registered one is changed, not added', () => {
    expect(addOptions(methods(['mobile', 'office']))).toEqual([
      { phoneType: 'mobile', refusal: 'registered' },
      { phoneType: 'alternateMobile', refusal: null },
      { phoneType: 'office', refusal: 'registered' },
    ]);
  });

  it('a mobile can be texted or called; the others only called', () => {
    expect(verifyOptions('mobile')).toEqual(['sms', 'voice']);
    expect(verifyOptions('alternateMobile')).toEqual(['voice']);
    expect(verifyOptions('office')).toEqual(['voice']);
  });
});

describe('directory numbers, masked', () => {
  it.each([
    ['+1 4255550110', '+1 ••• ••• ••10', null],
    ['+1 4255550112x1234', '+1 ••• ••• ••12', '1234'],
    ['+44 7700900123', '+44 ••• ••• ••23', null],
    ['+353 861234567', '+353 ••• ••• •67', null],
  ])('%s → %s', (directory, masked, extension) => {
    expect(maskDirectoryNumber(directory)).toEqual({ masked, extension });
  });

  it('never shows a number it cannot read', () => {
    expect(maskDirectoryNumber('4255550110')).toEqual({ masked: '••••••', extension: null });
  });
});
