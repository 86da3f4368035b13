// @od/signatures/testing — a throw-away CA and a CMS signer for tests, local runs and README examples.
export {
  createTestCa,
  crlPem,
  generateTestKeys,
  privateKeyPem,
  signRequest,
  SAMPLE_BINS,
  SAMPLE_IINS,
  type CreateTestCaOptions,
  type IssueUserOptions,
  type SignRequestOptions,
  type TestCa,
  type TestCertificate,
  type TestHash,
  type TestKeyKind,
  type TestUser,
} from './test-ca';
export { DEV_KEY_FILE_PASSWORD, pkcs12KeyFile, type Pkcs12Options } from './pkcs12';
