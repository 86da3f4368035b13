import { createHash } from 'node:crypto';
import path from 'node:path';
import { Controller, Get, NotFoundException, type OnModuleInit, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { build } from 'esbuild';

/** The request form's own script: canonical bytes, the signer seam and PKI.js, bundled apart from the portal's script. */
export interface SigningScript {
  readonly url: string;
  readonly body: string;
}

const ENTRY = 'services/portal/src/pages/signing/browser/submit-request.browser.ts';
let built: Promise<SigningScript> | undefined;

/** Built once (esbuild, at start-up: SigningScriptController waits for it) and served under its content hash. */
export function signingScript(): Promise<SigningScript> {
  built ??= build({
    entryPoints: [path.resolve(ENTRY)],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).then((result) => {
    const body = result.outputFiles[0].text;
    return { url: `/assets/signing/submit-request-${createHash('sha256').update(body).digest('hex').slice(0, 12)}.js`, body };
  });
  return built;
}

@Controller('assets/signing')
export class SigningScriptController implements OnModuleInit {
  async onModuleInit() {
    await signingScript();
  }

  @Get(':file')
  async file(@Param('file') file: string, @Res() response: Response) {
    const script = await signingScript();
    if (script.url !== `/assets/signing/${file}`) throw new NotFoundException();
    response.type('text/javascript').setHeader('cache-control', 'public, max-age=31536000, immutable').send(script.body);
  }
}
