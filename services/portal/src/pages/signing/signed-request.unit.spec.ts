import { canonicalRequestBytes, toSignedRequestPayload } from '@od/signatures';
import { canonicalSignedBytes, signedRequestFields } from './signed-request';

const commandId = '7d1f6a52-2c1e-4b8e-9a51-0f3c2d6e8b10';

// What a user might type: Kazakh and Russian letters, quotes and backslashes, emoji (surrogate pairs), line
// and paragraph separators, DEL, tabs, and keys that sort differently by UTF-16 than by code point.
const requests = [
  { commandId, holderId: 'kazatomprom', subject: 'Мектеп бюджеті', text: 'Мектептің 2026 жылғы бюджетін жариялаңыз.', language: 'kk' },
  { commandId, holderId: 'kazmunaygas', subject: 'Ремонт «дороги»', text: 'Прошу сообщить сроки ремонта.\nСпасибо!', language: 'ru' },
  { commandId, holderId: 'kazatomprom', subject: 'Quotes " and \\ backslash', text: 'Tab\there, DEL\u007f, LS\u2028PS\u2029 and 😀 ✓', language: 'en' },
  { commandId: commandId.toUpperCase(), holderId: 'h', subject: 'Әңғүұқөһі ӘҢҒҮҰҚӨҺІ', text: '\u0001 control, \u00e9 é, e\u0301 é', language: 'kk' },
  { commandId, holderId: 'kazatomprom', subject: '', text: '', language: '' },
];

describe('R1: the bytes the browser signs are the bytes the gateway checks', () => {
  it.each(requests)(
    'given a request ($subject), when the portal builds its canonical bytes, then they equal libs/signatures’ canonicalRequestBytes',
    (request) => {
      const portal = canonicalSignedBytes(signedRequestFields(request));
      const platform = canonicalRequestBytes(toSignedRequestPayload(request));
      expect(Buffer.from(portal).toString('utf8')).toBe(Buffer.from(platform).toString('utf8'));
      expect(Buffer.from(portal).equals(Buffer.from(platform))).toBe(true);
    },
  );

  it('given a form with extra fields (the CSRF token, the signature), when the signed fields are taken, then only the five are signed', () => {
    const form = { ...requests[0], _csrf: 'token', signature: 'MII…' };
    expect(Buffer.from(canonicalSignedBytes(signedRequestFields(form))).equals(Buffer.from(canonicalRequestBytes(toSignedRequestPayload(requests[0]))))).toBe(
      true,
    );
  });

  it('given a text with CR LF line breaks (as a browser sends a textarea), when the signed fields are taken, then they are LF as the script read them', () => {
    const sent = signedRequestFields({ ...requests[1], text: 'Прошу сообщить.\r\nСпасибо!\rВсего' });
    expect(sent.text).toBe('Прошу сообщить.\nСпасибо!\nВсего');
  });
});
