import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';
import { compile } from 'sass';

/** The portal's stylesheet and script, built once at start-up and served with their content hash in the name. */
export interface PortalAssets {
  readonly css: { readonly url: string; readonly body: string };
  readonly js: { readonly url: string; readonly body: string };
  readonly favicon: string;
  /** The design system's own images (icons), served under /assets/govuk. */
  readonly designSystemDir: string;
}

const ASSETS_DIR = 'services/portal/src/assets';
const hashed = (name: string, body: string, extension: string) =>
  `/assets/${name}-${createHash('sha256').update(body).digest('hex').slice(0, 12)}.${extension}`;

export async function buildPortalAssets(): Promise<PortalAssets> {
  const css = compile(path.resolve(ASSETS_DIR, 'portal.scss'), {
    loadPaths: [path.resolve('node_modules')],
    style: 'compressed',
    quietDeps: true,
    silenceDeprecations: ['import', 'global-builtin', 'slash-div', 'color-functions'],
  }).css;
  const script = await build({
    entryPoints: [path.resolve(ASSETS_DIR, 'portal.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2020',
    write: false,
    logLevel: 'silent',
  });
  const js = script.outputFiles[0].text;
  return {
    css: { url: hashed('portal', css, 'css'), body: css },
    js: { url: hashed('portal', js, 'js'), body: js },
    favicon: readFileSync(path.resolve(ASSETS_DIR, 'favicon.svg'), 'utf8'),
    designSystemDir: path.resolve('node_modules/govuk-frontend/dist/govuk/assets'),
  };
}
