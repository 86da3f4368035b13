import { AuthorityKeyIdentifierExtension, BasicConstraintsExtension, KeyUsageFlags, KeyUsagesExtension, X509CertificateGenerator } from '@peculiar/x509';
import { canonicalRequestBytes } from './canonical-request';
import { createCmsSignatureVerifier, verifyRequestSignature } from './cms-signature-verifier';
import { VERIFICATION_MESSAGES } from './messages';
import { createTestCa, crlPem, generateTestKeys, SAMPLE_BINS, SAMPLE_IINS, signRequest, type TestCa, type TestUser } from './testing';
import { TrustConfigError, type TrustConfig } from './trust-material';
import type { AccountHolder, SignatureVerifier, VerificationFailureCode, VerificationResult } from './verification';
import { sha256Hex, webCrypto } from './web-crypto';

// The EDS test matrix of DESIGN R1: a request is certified by the user's EDS, the signer in the
// certificate is the account holder, and the account has a connected mobile number.

const NOW = new Date('2026-03-02T05:00:00Z');
const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const [ALICE_IIN, BOB_IIN, DIRECTOR_IIN] = SAMPLE_IINS;
const [COMPANY_BIN, OTHER_BIN] = SAMPLE_BINS;

const payloadBytes = canonicalRequestBytes({
  commandId: '7d1f6a52-2c1e-4b8e-9a51-0f3c2d6e8b10',
  holderId: 'akimat-almaty',
  subject: 'Ремонт дороги',
  text: 'Прошу сообщить сроки ремонта дороги по улице Абая.',
  language: 'ru',
});
const alice: AccountHolder = { iin: ALICE_IIN, phoneVerified: true };
const company: AccountHolder = { bin: COMPANY_BIN, phoneVerified: true };

interface Fixtures {
  ca: TestCa;
  verifier: SignatureVerifier;
  aliceEc: TestUser;
  aliceRsa: TestUser;
  alicePss: TestUser;
  aliceP384: TestUser;
  companyEc: TestUser;
  companyRsa: TestUser;
  bob: TestUser;
  expired: TestUser;
  expiredAnHourAgo: TestUser;
  notYetValid: TestUser;
  revoked: TestUser;
  encipherOnly: TestUser;
  foreignCa: TestCa;
  foreignAlice: TestUser;
  impostorCa: TestCa;
  impostorAlice: TestUser;
}
let f: Fixtures;

beforeAll(async () => {
  const ca = await createTestCa({ now: NOW });
  const [aliceEc, aliceRsa, alicePss, aliceP384, companyEc, companyRsa, bob, expired, expiredAnHourAgo, notYetValid, revoked, encipherOnly] = await Promise.all(
    [
      ca.issueUser({ iin: ALICE_IIN }),
      ca.issueUser({ iin: ALICE_IIN, key: 'rsa-2048' }),
      ca.issueUser({ iin: ALICE_IIN, key: 'rsa-pss-2048' }),
      ca.issueUser({ iin: ALICE_IIN, key: 'ecdsa-p384' }),
      ca.issueUser({ iin: DIRECTOR_IIN, bin: COMPANY_BIN, organization: 'ТОО «Тест»' }),
      ca.issueUser({ iin: DIRECTOR_IIN, bin: COMPANY_BIN, organization: 'ТОО «Тест»', key: 'rsa-2048' }),
      ca.issueUser({ iin: BOB_IIN }),
      ca.issueUser({ iin: ALICE_IIN, notBefore: new Date(NOW.getTime() - 400 * DAY), notAfter: new Date(NOW.getTime() - 35 * DAY) }),
      ca.issueUser({ iin: ALICE_IIN, notBefore: new Date(NOW.getTime() - 365 * DAY), notAfter: new Date(NOW.getTime() - HOUR) }),
      ca.issueUser({ iin: ALICE_IIN, notBefore: new Date(NOW.getTime() + DAY), notAfter: new Date(NOW.getTime() + 366 * DAY) }),
      ca.issueUser({ iin: ALICE_IIN }),
      ca.issueUser({ iin: ALICE_IIN, keyUsage: KeyUsageFlags.keyEncipherment }),
    ],
  );
  await ca.revoke(revoked, new Date(NOW.getTime() - HOUR));
  // An unrelated CA, and one that copies our CA's names with its own keys.
  const foreignCa = await createTestCa({ name: 'Foreign', now: NOW });
  const impostorCa = await createTestCa({ now: NOW });
  f = {
    ca,
    verifier: createCmsSignatureVerifier(ca.trust()),
    aliceEc,
    aliceRsa,
    alicePss,
    aliceP384,
    companyEc,
    companyRsa,
    bob,
    expired,
    expiredAnHourAgo,
    notYetValid,
    revoked,
    encipherOnly,
    foreignCa,
    foreignAlice: await foreignCa.issueUser({ iin: ALICE_IIN }),
    impostorCa,
    impostorAlice: await impostorCa.issueUser({ iin: ALICE_IIN }),
  };
}, 60_000);

const signed = (user: TestUser, options: Parameters<typeof signRequest>[2] = {}) =>
  signRequest(payloadBytes, user, { signingTime: new Date(NOW.getTime() - MINUTE), ...options });

function verify(signatureBase64: string, account: AccountHolder = alice, overrides: { bytes?: Uint8Array; verifier?: SignatureVerifier } = {}) {
  return (overrides.verifier ?? f.verifier).verify({ payloadBytes: overrides.bytes ?? payloadBytes, signatureBase64, account, now: NOW });
}

function expectRefused(result: VerificationResult, code: VerificationFailureCode, detail?: RegExp) {
  expect(result).toMatchObject({ ok: false, code, rule: 'R1', message: VERIFICATION_MESSAGES[code] });
  if (detail && !result.ok) expect(result.detail).toMatch(detail);
}

function expectAccepted(result: VerificationResult) {
  if (!result.ok) throw new Error(`expected acceptance, got ${result.code}: ${result.detail}`);
  return result.evidence;
}

describe('R1 EDS over a request: valid signatures', () => {
  test.each([
    ['an individual, ECDSA P-256', 'aliceEc', alice],
    ['an individual, RSA PKCS#1 v1.5', 'aliceRsa', alice],
    ['a legal entity, ECDSA P-256', 'companyEc', company],
    ['a legal entity, RSA PKCS#1 v1.5', 'companyRsa', company],
  ] as const)(
    'given a request signed by the account holder (%s), when verified, then it is accepted with the certificate as evidence',
    async (_, who, account) => {
      const user = f[who];
      const evidence = expectAccepted(await verify(await signed(user), account));
      expect(evidence).toEqual({
        certificateFingerprintSha256: await sha256Hex(user.certificate.rawData),
        serialNumber: user.certificate.serialNumber.toLowerCase(),
        issuer: 'CN=OD Test Intermediate CA, O=OD Test, C=KZ',
        subject: user.certificate.subject,
        subjectIin: user.iin,
        ...(user.bin && { subjectBin: user.bin }),
        signedAt: new Date(NOW.getTime() - MINUTE).toISOString(),
        validAt: new Date(NOW.getTime() - MINUTE).toISOString(),
      });
    },
  );

  test.each([
    ['RSASSA-PSS with SHA-256', 'alicePss', 'SHA-256'],
    ['ECDSA P-384 with SHA-384', 'aliceP384', 'SHA-384'],
    ['ECDSA P-256 with SHA-512', 'aliceEc', 'SHA-512'],
  ] as const)('given a request signed with %s, when verified, then it is accepted', async (_, who, hash) => {
    expectAccepted(await verify(await signed(f[who], { hash })));
  });

  test('given a legal entity account that names both the BIN and the signing employee IIN, when both match the certificate, then it is accepted', async () => {
    const evidence = expectAccepted(await verify(await signed(f.companyEc), { iin: DIRECTOR_IIN, bin: COMPANY_BIN, phoneVerified: true }));
    expect(evidence).toMatchObject({ subjectIin: DIRECTOR_IIN, subjectBin: COMPANY_BIN });
  });

  test('given a signature without a signingTime attribute, when verified, then the certificate is judged at now and no signedAt is claimed', async () => {
    const evidence = expectAccepted(await verify(await signRequest(payloadBytes, f.aliceEc)));
    expect(evidence.signedAt).toBeUndefined();
    expect(evidence.validAt).toBe(NOW.toISOString());
  });

  test('given a verifier built for one call, when the same request is verified with verifyRequestSignature, then the result is the same', async () => {
    const signature = await signed(f.aliceEc);
    expect(await verifyRequestSignature({ payloadBytes, signatureBase64: signature, account: alice, now: NOW }, f.ca.trust())).toEqual(await verify(signature));
  });
});

describe('R1 EDS over a request: the account must have a verified mobile number', () => {
  test('given an account without a verified phone, when a valid signature is verified, then it is refused with phone_not_verified', async () => {
    expectRefused(await verify(await signed(f.aliceEc), { ...alice, phoneVerified: false }), 'phone_not_verified');
  });

  test('given an account without a verified phone and a garbage signature, when verified, then the phone is reported first (no crypto needed)', async () => {
    expectRefused(await verify('not a signature', { ...alice, phoneVerified: false }), 'phone_not_verified');
  });
});

describe('R1 EDS over a request: the signature must be over these exact bytes', () => {
  test('given a payload with one byte changed after signing, when verified, then it is refused with signature_invalid', async () => {
    const tampered = payloadBytes.slice();
    tampered[tampered.length - 3] ^= 0x01;
    expectRefused(await verify(await signed(f.aliceEc), alice, { bytes: tampered }), 'signature_invalid', /digest/i);
  });

  test.each([
    ['text that is not base64', '%%% not base64 %%%', /not base64/],
    ['base64 of bytes that are not DER', Buffer.from('hello, world').toString('base64'), /not DER|not a CMS/],
    ['an empty string', '', /not base64/],
  ])('given %s as the signature, when verified, then it is refused with signature_invalid', async (_, signature, detail) => {
    expectRefused(await verify(signature), 'signature_invalid', detail);
  });

  test('given DER that is a certificate, not a CMS, when verified, then it is refused with signature_invalid', async () => {
    expectRefused(await verify(Buffer.from(f.aliceEc.certificate.rawData).toString('base64')), 'signature_invalid');
  });

  test('given a valid signature with bytes appended, when verified, then it is refused with signature_invalid', async () => {
    const der = Buffer.concat([Buffer.from(await signed(f.aliceEc), 'base64'), Buffer.from([0, 0])]);
    expectRefused(await verify(der.toString('base64')), 'signature_invalid', /after its DER/);
  });

  test('given a signature made with another key but carrying the holder certificate, when verified, then it is refused with signature_invalid', async () => {
    expectRefused(await verify(await signed(f.aliceEc, { signingKey: f.bob.keys.privateKey })), 'signature_invalid', /does not verify/);
  });

  test('given a signature that carries no certificate, when verified, then it is refused with signature_invalid', async () => {
    expectRefused(await verify(await signed(f.aliceEc, { omitCertificates: true })), 'signature_invalid', /certificate/);
  });

  test('given a CMS with the request attached (not detached) and equal to the payload, when verified, then it is accepted', async () => {
    expectAccepted(await verify(await signed(f.aliceEc, { attachedContent: payloadBytes })));
  });

  test('given a CMS with other content attached, when verified against the request, then it is refused with signature_invalid', async () => {
    const other = canonicalRequestBytes({ commandId: 'x', holderId: 'h', subject: 's', text: 't', language: 'ru' });
    expectRefused(await verify(await signRequest(other, f.aliceEc, { attachedContent: other })), 'signature_invalid', /attached/);
  });
});

describe('R1 EDS over a request: the certificate must chain to a trusted root', () => {
  test('given a certificate from an unrelated CA, when verified, then it is refused with certificate_untrusted', async () => {
    expectRefused(await verify(await signed(f.foreignAlice, { includeChain: true })), 'certificate_untrusted');
  });

  test('given a certificate from a CA that copies the trusted CA names with its own keys, when verified, then it is refused with certificate_untrusted', async () => {
    expectRefused(await verify(await signed(f.impostorAlice, { includeChain: true })), 'certificate_untrusted');
  });

  test('given the intermediate is not configured but travels in the signature, when verified, then the chain is built and it is accepted', async () => {
    const verifier = createCmsSignatureVerifier({ trustedRoots: f.ca.trust().trustedRoots });
    expectAccepted(await verify(await signed(f.aliceEc, { includeChain: true }), alice, { verifier }));
  });

  test('given the intermediate is neither configured nor in the signature, when verified, then it is refused with certificate_untrusted', async () => {
    const verifier = createCmsSignatureVerifier({ trustedRoots: f.ca.trust().trustedRoots });
    expectRefused(await verify(await signed(f.aliceEc), alice, { verifier }), 'certificate_untrusted', /not a trusted root/);
  });

  test('given a certificate for the holder IIN issued by another user end-entity key, when verified, then it is refused because that issuer is not a CA', async () => {
    const keys = await generateTestKeys('ecdsa-p256');
    const certificate = await X509CertificateGenerator.create(
      {
        subject: [{ CN: ['MALLORY AS ALICE'] }, { '2.5.4.5': [`IIN${ALICE_IIN}`] }, { C: ['KZ'] }],
        issuer: f.bob.certificate.subjectName,
        notBefore: new Date(NOW.getTime() - DAY),
        notAfter: new Date(NOW.getTime() + DAY),
        publicKey: keys.publicKey,
        signingKey: f.bob.keys.privateKey,
        signingAlgorithm: { name: 'ECDSA', hash: 'SHA-256' },
        extensions: [
          new BasicConstraintsExtension(false, undefined, true),
          new KeyUsagesExtension(KeyUsageFlags.digitalSignature, true),
          await AuthorityKeyIdentifierExtension.create(f.bob.keys.publicKey, false, webCrypto),
        ],
      },
      webCrypto,
    );
    const mallory: TestUser = { certificate, keys, kind: 'ecdsa-p256', chain: [f.bob.certificate, ...f.bob.chain], iin: ALICE_IIN };
    expectRefused(await verify(await signed(mallory, { includeChain: true })), 'certificate_untrusted', /not a CA/);
  });

  test('given a verifier that trusts only the other CA, when our valid signature is verified, then it is refused with certificate_untrusted', async () => {
    const verifier = createCmsSignatureVerifier(f.foreignCa.trust());
    expectRefused(await verify(await signed(f.aliceEc, { includeChain: true }), alice, { verifier }), 'certificate_untrusted');
  });
});

describe('R1 EDS over a request: the certificate must be valid when signing', () => {
  test('given a certificate that expired a month ago, when verified, then it is refused with certificate_expired', async () => {
    expectRefused(await verify(await signed(f.expired)), 'certificate_expired', /expired/);
  });

  test('given a certificate not valid until tomorrow, when verified, then it is refused with certificate_expired', async () => {
    expectRefused(await verify(await signed(f.notYetValid)), 'certificate_expired', /not valid until/);
  });

  test('given a certificate that expired an hour ago and a signingTime two hours ago, when verified, then it is accepted as signed while valid', async () => {
    const signingTime = new Date(NOW.getTime() - 2 * HOUR);
    const evidence = expectAccepted(await verify(await signed(f.expiredAnHourAgo, { signingTime })));
    expect(evidence.signedAt).toBe(signingTime.toISOString());
  });

  test('given the same certificate and no signingTime, when verified, then it is judged at now and refused with certificate_expired', async () => {
    expectRefused(await verify(await signRequest(payloadBytes, f.expiredAnHourAgo)), 'certificate_expired');
  });

  test('given a signingTime backdated 30 days (implausible), when verified, then it is ignored and the expired certificate is refused', async () => {
    expectRefused(await verify(await signed(f.expiredAnHourAgo, { signingTime: new Date(NOW.getTime() - 30 * DAY) })), 'certificate_expired');
  });

  test('given a signingTime in the future beyond the clock skew, when a valid certificate is verified, then it is accepted without signedAt', async () => {
    const evidence = expectAccepted(await verify(await signed(f.aliceEc, { signingTime: new Date(NOW.getTime() + HOUR) })));
    expect(evidence.signedAt).toBeUndefined();
  });
});

describe('R1 EDS over a request: the certificate must not be revoked', () => {
  test('given a certificate on the issuer CRL, when verified, then it is refused with certificate_revoked', async () => {
    expectRefused(await verify(await signed(f.revoked)), 'certificate_revoked', /revoked at/);
  });

  test('given a revoked certificate and a signingTime before the revocation, when verified, then it is still refused (signingTime is signer-asserted)', async () => {
    expectRefused(await verify(await signed(f.revoked, { signingTime: new Date(NOW.getTime() - 2 * HOUR) })), 'certificate_revoked');
  });

  test('given a CRL with the same issuer name but signed by another key, when a listed certificate is verified, then that CRL is not believed', async () => {
    const forgedCrl = await f.impostorCa.revoke(f.aliceEc);
    const verifier = createCmsSignatureVerifier({ ...f.ca.trust(), crls: [crlPem(forgedCrl)] });
    expect(forgedCrl.issuer).toBe(f.ca.crl.issuer);
    expectAccepted(await verify(await signed(f.aliceEc), alice, { verifier }));
  });

  test('given no CRL is configured, when the revoked certificate is verified, then it is accepted (revocation is only as good as the CRLs given)', async () => {
    const { trustedRoots, intermediates } = f.ca.trust();
    expectAccepted(await verify(await signed(f.revoked), alice, { verifier: createCmsSignatureVerifier({ trustedRoots, intermediates }) }));
  });
});

describe('R1 EDS over a request: the key must be meant for signing', () => {
  test('given a certificate whose key usage is keyEncipherment only, when verified, then it is refused with certificate_key_usage', async () => {
    expectRefused(await verify(await signed(f.encipherOnly)), 'certificate_key_usage', /digitalSignature/);
  });
});

describe('R1 EDS over a request: the signer must be the account holder', () => {
  test('given a valid signature by another person, when verified for the account, then it is refused with signer_not_account_holder', async () => {
    expectRefused(await verify(await signed(f.bob)), 'signer_not_account_holder', new RegExp(BOB_IIN));
  });

  test('given a legal entity certificate, when verified for an account with another BIN, then it is refused with signer_not_account_holder', async () => {
    expectRefused(await verify(await signed(f.companyEc), { bin: OTHER_BIN, phoneVerified: true }), 'signer_not_account_holder', /BIN/);
  });

  test('given a legal entity account naming an IIN, when another employee of the same company signed, then it is refused', async () => {
    expectRefused(await verify(await signed(f.companyEc), { iin: ALICE_IIN, bin: COMPANY_BIN, phoneVerified: true }), 'signer_not_account_holder', /IIN/);
  });

  test('given a person signs with their organisation certificate, when verified for their personal account, then it is refused (the certificate signs for the BIN)', async () => {
    expectRefused(await verify(await signed(f.companyEc), { iin: DIRECTOR_IIN, phoneVerified: true }), 'signer_not_account_holder', /organisation/);
  });

  test('given an individual certificate, when verified for a legal entity account, then it is refused with signer_not_account_holder', async () => {
    expectRefused(await verify(await signed(f.aliceEc), company), 'signer_not_account_holder');
  });

  test('given an account with neither IIN nor BIN, when verified, then it is refused with signer_not_account_holder', async () => {
    expectRefused(await verify(await signed(f.aliceEc), { phoneVerified: true }), 'signer_not_account_holder');
  });
});

describe('R1 EDS over a request: the signature may carry only a few certificates', () => {
  let junk: TestUser[];
  beforeAll(async () => {
    junk = await Promise.all(Array.from({ length: 60 }, (_, index) => f.foreignCa.issueUser({ iin: SAMPLE_IINS[index % SAMPLE_IINS.length] })));
  }, 60_000);
  const padded = (count: number) => signed(f.aliceEc, { includeChain: true, extraCertificates: junk.slice(0, count).map((user) => user.certificate) });

  test('given a valid signature padded with 60 junk certificates, when verified, then it is refused with signature_too_many_certificates, quickly', async () => {
    const signature = await padded(60);
    expect(Buffer.from(signature, 'base64').byteLength).toBeGreaterThan(30_000);
    const started = performance.now();
    const result = await verify(signature);
    const elapsedMs = performance.now() - started;
    expectRefused(result, 'signature_too_many_certificates', /carries 62 certificates and CRLs, at most 5/);
    expect(elapsedMs).toBeLessThan(50);
  });

  test('given the signer, its intermediate and three more (five in all), when verified, then it is accepted; with a sixth it is refused', async () => {
    expectAccepted(await verify(await padded(3)));
    expectRefused(await verify(await padded(4)), 'signature_too_many_certificates', /carries 6 /);
  });

  test('given a verifier set to accept one carried certificate, when the signature carries the intermediate too, then it is refused', async () => {
    const verifier = createCmsSignatureVerifier(f.ca.trust(), { maxEmbeddedCertificates: 1 });
    expectAccepted(await verify(await signed(f.aliceEc), alice, { verifier }));
    expectRefused(await verify(await signed(f.aliceEc, { includeChain: true }), alice, { verifier }), 'signature_too_many_certificates');
  });

  test('given a verifier that accepts paths of two certificates, when the path is signer, intermediate and root, then it is refused', async () => {
    const verifier = createCmsSignatureVerifier(f.ca.trust(), { maxChainLength: 2 });
    expectRefused(
      await verify(await signed(f.aliceEc), alice, { verifier }),
      'signature_too_many_certificates',
      /path to a trusted root has 3 certificates, at most 2/,
    );
    expectAccepted(await verify(await signed(f.aliceEc), alice, { verifier: createCmsSignatureVerifier(f.ca.trust(), { maxChainLength: 3 }) }));
  });
});

describe('trust configuration', () => {
  test('given no trusted roots, when the verifier is created, then it fails at start-up rather than refusing every user', () => {
    expect(() => createCmsSignatureVerifier({ trustedRoots: [] })).toThrow(TrustConfigError);
  });

  test('given a root that is not PEM, when the verifier is created, then it fails naming the entry', () => {
    const trust: TrustConfig = { trustedRoots: ['-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'] };
    expect(() => createCmsSignatureVerifier(trust)).toThrow(/trustedRoots\[0\]/);
  });

  test('given roots and intermediates as DER bytes, when the verifier is created, then it verifies like with PEM', async () => {
    const verifier = createCmsSignatureVerifier({
      trustedRoots: [new Uint8Array(f.ca.root.certificate.rawData)],
      intermediates: [new Uint8Array(f.ca.intermediate.certificate.rawData)],
      crls: [new Uint8Array(f.ca.crl.rawData)],
    });
    expectAccepted(await verify(await signed(f.aliceEc), alice, { verifier }));
    expectRefused(await verify(await signed(f.revoked), alice, { verifier }), 'certificate_revoked');
  });
});

describe('messages', () => {
  test('every refusal code has distinct Kazakh, Russian and English texts', () => {
    for (const message of Object.values(VERIFICATION_MESSAGES)) {
      expect(new Set([message.kk, message.ru, message.en]).size).toBe(3);
      expect(message.kk).toMatch(/[әғқңөұүһі]/i);
      expect(message.ru).toMatch(/[а-яё]/i);
    }
  });
});
