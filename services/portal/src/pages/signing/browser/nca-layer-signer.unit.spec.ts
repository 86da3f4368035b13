import { createServer } from 'node:net';
import { DEV_ACCOUNTS } from '@od/identity';
import { createCmsSignatureVerifier, type SignatureVerifier } from '@od/signatures';
import { createTestCa, signRequest, type TestUser } from '@od/signatures/testing';
import { WebSocket, WebSocketServer } from 'ws';
import { canonicalSignedBytes } from '../signed-request';
import { NcaLayerSigner, type NcaLayerSocket } from './nca-layer-signer';
import { SigningError } from './signing-error';

// NCALayer is a desktop application (the NCA's), not something a test can start. What is tested here is the
// portal's side of its WebSocket protocol, against a test double: a small `ws` server on a free port that
// speaks NCALayer's JSON messages (greeting, `kz.gov.pki.knca.basics` `sign`, its three kinds of answer) and
// signs, as NCALayer does with the key the user picks, with a key of the test CA. The CMS it returns goes
// through the platform's own verifier, as a real NCALayer signature would.

const aigerim = DEV_ACCOUNTS['citizen-aigerim'];
const account = { iin: aigerim.iin, phoneVerified: true };
const bytes = canonicalSignedBytes({
  commandId: '0b8f3c1e-7a2d-4f5e-9c61-3d2e1f0a4b7c',
  holderId: 'kazatomprom',
  subject: 'Бюджет школы',
  text: 'Опубликуйте, пожалуйста, бюджет школы на 2026 год.',
  language: 'ru',
});

type Answer = 'sign' | 'cancel' | 'refuse' | 'hang up';

interface FakeNcaLayer {
  readonly url: string;
  /** The requests the page sent, as parsed JSON. */
  readonly requests: Record<string, unknown>[];
  answer: Answer;
  close(): Promise<void>;
}

async function startFakeNcaLayer(user: TestUser): Promise<FakeNcaLayer> {
  const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  const fake: FakeNcaLayer = {
    url: `ws://127.0.0.1:${(server.address() as { port: number }).port}`,
    requests: [],
    answer: 'sign',
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  server.on('connection', (socket) => {
    socket.send(JSON.stringify({ result: { version: '1.4' } }));
    socket.on('message', async (data) => {
      const request = JSON.parse(String(data)) as {
        module: string;
        method: string;
        args: { data: string; signingParams: { decode: boolean; encapsulate: boolean } };
      };
      fake.requests.push(request as unknown as Record<string, unknown>);
      if (fake.answer === 'hang up') return socket.close();
      if (fake.answer === 'cancel') return socket.send(JSON.stringify({ status: true, body: {} }));
      if (fake.answer === 'refuse' || request.module !== 'kz.gov.pki.knca.basics' || request.method !== 'sign') {
        return socket.send(JSON.stringify({ status: false, code: 'WRONG_PARAMS', message: 'Неверные параметры', body: {} }));
      }
      // decode: true — sign the bytes the base64 stands for; encapsulate: false — leave them out of the CMS.
      const content = new Uint8Array(Buffer.from(request.args.data, 'base64'));
      const cms = await signRequest(content, user, {
        signingTime: new Date(),
        attachedContent: request.args.signingParams.encapsulate ? content : undefined,
      });
      socket.send(JSON.stringify({ status: true, body: { result: [cms] } }));
    });
  });
  return fake;
}

/** A port nothing listens on: NCALayer not running. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const wsSocket = (url: string) => new WebSocket(url) as unknown as NcaLayerSocket;

let verifier: SignatureVerifier;
let ncaLayer: FakeNcaLayer;

beforeAll(async () => {
  const ca = await createTestCa();
  verifier = createCmsSignatureVerifier(ca.trust());
  ncaLayer = await startFakeNcaLayer(await ca.issueUser({ iin: aigerim.iin, commonName: aigerim.displayName, key: 'rsa-2048' }));
});

afterAll(() => ncaLayer?.close());

beforeEach(() => {
  ncaLayer.answer = 'sign';
  ncaLayer.requests.length = 0;
});

describe('R1 in production: the NCALayer signer behind the same seam', () => {
  it('given NCALayer running, when the request is signed, then it asks basics.sign for a detached CMS over the canonical bytes, and the platform’s verifier accepts what comes back', async () => {
    const signature = await new NcaLayerSigner({ url: ncaLayer.url, locale: 'kk', connect: wsSocket }).sign(bytes);

    expect(ncaLayer.requests).toEqual([
      {
        module: 'kz.gov.pki.knca.basics',
        method: 'sign',
        args: {
          format: 'cms',
          data: Buffer.from(bytes).toString('base64'),
          signingParams: { decode: true, encapsulate: false, digested: false },
          signerParams: { extKeyUsageOids: ['1.3.6.1.5.5.7.3.4'] },
          locale: 'kk',
        },
      },
    ]);
    const result = await verifier.verify({ payloadBytes: bytes, signatureBase64: signature, account, now: new Date() });
    expect(result).toMatchObject({ ok: true, evidence: { subjectIin: aigerim.iin } });
  });

  it('given NCALayer not running (nothing listens on its port), when signing, then the user is told to start NCALayer (ncalayer_not_running)', async () => {
    const signer = new NcaLayerSigner({ url: `ws://127.0.0.1:${await closedPort()}`, connect: wsSocket });
    await expect(signer.sign(bytes)).rejects.toEqual(new SigningError('ncalayer_not_running'));
  });

  it.each([
    ['the user closes NCALayer’s dialog', 'cancel', 'ncalayer_cancelled'],
    ['NCALayer refuses the request', 'refuse', 'ncalayer_failed'],
    ['NCALayer closes the connection without an answer', 'hang up', 'ncalayer_failed'],
  ] as const)('given %s, when signing, then nothing is signed and the page says so (%s)', async (_, answer, problem) => {
    ncaLayer.answer = answer;
    const failure = await new NcaLayerSigner({ url: ncaLayer.url, connect: wsSocket }).sign(bytes).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SigningError);
    expect((failure as SigningError).problem).toBe(problem);
    expect(ncaLayer.requests).toHaveLength(1);
  });
});
