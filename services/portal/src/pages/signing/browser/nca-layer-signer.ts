// Production's signer: NCALayer, the NCA of Kazakhstan's desktop application that holds the user's key
// (a .p12 file, an ID card or a token) and signs for web pages over a local WebSocket, wss://127.0.0.1:13579.
// The key never reaches the page, let alone the portal.
//
// Protocol: the `kz.gov.pki.knca.basics` module's `sign` method (NCALayer 1.3 and later), not the older
// `kz.gov.pki.knca.commonUtils` `createCAdESFromBase64`. `basics` is the one the NCA's SDK documents for new
// sites: it lets the user pick any storage (file, ID card, token) in one dialog where commonUtils asks the
// page to name one, it tells a cancelled dialog apart from a failure, and it filters keys by purpose
// (extended key usage) instead of commonUtils' SIGNATURE/AUTHENTICATION key type. The exchange:
//   NCALayer, on connect:  {"result":{"version":"1.4"}}
//   page:                  {"module":"kz.gov.pki.knca.basics","method":"sign","args":{"format":"cms","data":"<base64>",
//                           "signingParams":{"decode":true,"encapsulate":false,"digested":false},
//                           "signerParams":{"extKeyUsageOids":["1.3.6.1.5.5.7.3.4"]},"locale":"kk"}}
//   NCALayer:              {"status":true,"body":{"result":["<base64 CMS>"]}}  signed
//                          {"status":true,"body":{}}                          the user closed the dialog
//                          {"status":false,"code":"…","message":"…"}          refused
// `decode: true` makes NCALayer sign the bytes the base64 stands for (the request's canonical JSON), not the
// base64 text; `encapsulate: false` leaves the content out (a detached CMS, what POST /api/requests takes,
// the same as the key-file signer makes). No `tsaProfile`: no timestamp token from the NCA's TSA — the
// platform records when it received the request and its verifier reads no timestamp tokens.
import type { RequestSigner } from './request-signer';
import { SigningError } from './signing-error';

export const NCALAYER_URL = 'wss://127.0.0.1:13579';

/** Extended key usage of NCA signing keys (emailProtection): NCALayer offers those, not authentication keys. */
const SIGNING_KEY_USAGE = '1.3.6.1.5.5.7.3.4';

/** The little of a WebSocket this client uses: the browser's, or in tests the `ws` package's, which has the same. */
export interface NcaLayerSocket {
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'error' | 'close', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export interface NcaLayerSignerOptions {
  readonly url?: string;
  /** NCALayer's dialog language: the page's. */
  readonly locale?: 'kk' | 'ru' | 'en';
  readonly connect?: (url: string) => NcaLayerSocket;
}

const browserSocket = (url: string) => new (globalThis as unknown as { WebSocket: new (url: string) => NcaLayerSocket }).WebSocket(url);

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));

interface SignReply {
  readonly status?: boolean;
  readonly code?: string;
  readonly message?: string;
  readonly body?: { readonly result?: string | readonly string[] };
}

export class NcaLayerSigner implements RequestSigner {
  private readonly url: string;
  private readonly locale: string;
  private readonly connect: (url: string) => NcaLayerSocket;

  constructor(options: NcaLayerSignerOptions = {}) {
    this.url = options.url ?? NCALAYER_URL;
    this.locale = options.locale ?? 'ru';
    this.connect = options.connect ?? browserSocket;
  }

  sign(bytes: Uint8Array): Promise<string> {
    const request = JSON.stringify({
      module: 'kz.gov.pki.knca.basics',
      method: 'sign',
      args: {
        format: 'cms',
        data: toBase64(bytes),
        signingParams: { decode: true, encapsulate: false, digested: false },
        signerParams: { extKeyUsageOids: [SIGNING_KEY_USAGE] },
        locale: this.locale,
      },
    });
    return new Promise<string>((resolve, reject) => {
      let socket: NcaLayerSocket;
      try {
        socket = this.connect(this.url);
      } catch (error) {
        reject(new SigningError('ncalayer_not_running', String(error)));
        return;
      }
      let opened = false;
      let asked = false;
      let settled = false;
      const finish = (outcome: () => void) => {
        if (settled) return;
        settled = true;
        try {
          socket.close();
        } catch {
          // already closed
        }
        outcome();
      };
      socket.addEventListener('open', () => {
        opened = true;
      });
      // Refused or closed before it opened: nothing listens on 13579, NCALayer is not running (or the
      // browser does not trust its certificate, which NCALayer's installer sets up).
      const lost = () =>
        finish(() => reject(new SigningError(opened ? 'ncalayer_failed' : 'ncalayer_not_running', opened ? 'NCALayer closed the connection' : undefined)));
      socket.addEventListener('error', lost);
      socket.addEventListener('close', lost);
      socket.addEventListener('message', ({ data }) => {
        const reply = parse(data);
        if (!reply) return; // a heartbeat or anything else that is not an answer
        if (!asked) {
          // NCALayer speaks first, with its version; the request goes once it has.
          if ((reply as { result?: { version?: unknown } }).result?.version === undefined) {
            finish(() => reject(new SigningError('ncalayer_failed', `not NCALayer's greeting: ${JSON.stringify(reply)}`)));
            return;
          }
          asked = true;
          socket.send(request);
          return;
        }
        finish(() => settle(reply as SignReply, resolve, reject));
      });
    });
  }
}

function parse(data: unknown): object | undefined {
  try {
    const value: unknown = JSON.parse(typeof data === 'string' ? data : String(data));
    return typeof value === 'object' && value !== null ? value : undefined;
  } catch {
    return undefined;
  }
}

function settle(reply: SignReply, resolve: (signature: string) => void, reject: (error: SigningError) => void) {
  if (reply.status !== true) return reject(new SigningError('ncalayer_failed', `${reply.code ?? 'no code'}: ${reply.message ?? ''}`));
  const result = reply.body?.result;
  const signature = Array.isArray(result) ? result[0] : result;
  if (signature === undefined) return reject(new SigningError('ncalayer_cancelled'));
  if (typeof signature !== 'string' || !/^[A-Za-z0-9+/]+=*$/.test(signature))
    return reject(new SigningError('ncalayer_failed', 'the answer is not a base64 CMS'));
  resolve(signature);
}
