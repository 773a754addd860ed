import { idNumberCheckChar, orgCodeCheckChar } from '@zhicheng/contracts';

let sequence = 0;

/** A valid, unique 9-character organisation code (GB 11714). */
export function makeOrgCode(): string {
  sequence += 1;
  const body = `7${String(Date.now() % 1e5).padStart(5, '0')}${String(sequence % 100).padStart(2, '0')}`;
  return body + orgCodeCheckChar(body);
}

/** A valid ID number (GB 11643) for a given birth date and sequence digits. */
export function makeIdNumber(birth = '19900101', seq = '123'): string {
  const body = `440305${birth}${seq}`;
  return body + idNumberCheckChar(body);
}

/** A complete unit registration body; override any part. */
export function registrationBody(
  overrides: { orgCode?: string; username?: string; mobile?: string; smsCode?: string } = {},
) {
  sequence += 1;
  return {
    orgCode: overrides.orgCode ?? makeOrgCode(),
    name: `深圳市测试单位${sequence}`,
    socialSecurityNo: `SZ${100000 + sequence}`,
    admin: {
      name: '王测试',
      idNumber: makeIdNumber('19800202', '051'),
      socialSecurityComputerNo: `6${String(1000000 + sequence)}`,
      email: `admin${sequence}@example.com`,
      username: overrides.username ?? `testadmin${sequence}`,
      password: 'Unit-Admin2026',
      phone: '0755-88886666',
      mobile: overrides.mobile ?? `139${String(10000000 + sequence).slice(-8)}`,
    },
    smsCode: overrides.smsCode ?? '000000',
  };
}
