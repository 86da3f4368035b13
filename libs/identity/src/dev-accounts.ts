import type { AccessTokenClaims } from '@od/contracts';

/**
 * The people a developer can sign in as. IINs and BINs are valid (check digits worked out), and
 * fictional. Staff hold roles in the token; the AWP access lifecycle (C7) decides whether they may use them.
 */
export const DEV_ACCOUNTS: Readonly<Record<string, Omit<AccessTokenClaims, 'sub'> & { readonly displayName: string }>> = {
  'citizen-aigerim': { displayName: 'Aigerim (citizen)', od_role: 'citizen', iin: '900101300017', phone_verified: true, locale: 'kk' },
  'citizen-dana': { displayName: 'Dana (citizen)', od_role: 'citizen', iin: '850505400018', phone_verified: true, locale: 'ru' },
  'citizen-no-phone': { displayName: 'Citizen without a verified phone', od_role: 'citizen', iin: '900101301608', phone_verified: false, locale: 'en' },
  'org-astana-tech': { displayName: 'Astana Tech LLP (organisation)', od_role: 'organisation', bin: '040340010004', phone_verified: true, locale: 'ru' },
  'staff-kap-admin': {
    displayName: 'Kazatomprom administrator',
    od_role: 'staff',
    iin: '780302300111',
    phone_verified: true,
    od_holder: 'kazatomprom',
    od_staff_roles: ['administrator'],
    locale: 'ru',
  },
  'staff-kap-responder': {
    displayName: 'Kazatomprom responder',
    od_role: 'staff',
    iin: '820711400220',
    phone_verified: true,
    od_holder: 'kazatomprom',
    od_staff_roles: ['responder'],
    locale: 'kk',
  },
  'staff-kap-head': {
    displayName: 'Chairman of the Management Board of Kazatomprom (first head)',
    od_role: 'staff',
    iin: '790808300997',
    phone_verified: true,
    od_holder: 'kazatomprom',
    od_staff_roles: ['first_head'],
    locale: 'ru',
  },
  'staff-kap-officer': {
    displayName: 'Kazatomprom access-to-information officer',
    od_role: 'staff',
    iin: '760514300110',
    phone_verified: true,
    od_holder: 'kazatomprom',
    od_staff_roles: ['information_officer'],
    locale: 'ru',
  },
  'staff-kmg-admin': {
    displayName: 'KazMunayGas administrator',
    od_role: 'staff',
    iin: '950215401010',
    phone_verified: true,
    od_holder: 'kazmunaygas',
    od_staff_roles: ['administrator'],
    locale: 'kk',
  },
  'operator-1': { displayName: 'E-government infrastructure operator', od_role: 'operator', iin: '830925400216', phone_verified: true, locale: 'ru' },
  'ministry-1': { displayName: 'Authorised body (ministry)', od_role: 'ministry', iin: '771203300312', phone_verified: true, locale: 'ru' },
  'analyst-1': { displayName: 'Analyst', od_role: 'analyst', iin: '890417400413', phone_verified: true, locale: 'en' },
};
