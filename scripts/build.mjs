#!/usr/bin/env node
// Compiles every lib and service (not their tests) to ESM JavaScript under dist/, keeping the tree (and
// copying their .sql migrations, read at run time):
// dist/services/gateway/src/main.js and so on. swc rewrites the @od/* paths of tsconfig.base.json to
// relative imports and adds .js extensions, so plain `node` runs the output.
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// `--out DIR` builds elsewhere: each test run builds its own copy, so parallel runs never share one.
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag === -1 ? path.join(root, 'dist') : path.resolve(root, process.argv[outFlag + 1]);
const { compilerOptions } = JSON.parse(await (await import('node:fs/promises')).readFile(path.join(root, 'tsconfig.base.json'), 'utf8'));

async function* sources(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'test') yield* sources(full);
    } else if (
      (entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') && !/(\.spec|test-builders)\.ts$/.test(entry.name)) ||
      entry.name.endsWith('.sql')
    ) {
      yield full;
    }
  }
}

async function projectSources() {
  const files = [];
  for (const group of ['libs', 'services']) {
    for (const project of await readdir(path.join(root, group))) {
      for (const folder of ['src', 'migrations']) {
        const dir = path.join(root, group, project, folder);
        try {
          for await (const file of sources(dir)) files.push(file);
        } catch (error) {
          if (error.code !== 'ENOENT') throw error;
        }
      }
    }
  }
  return files;
}

const started = Date.now();
await rm(outDir, { recursive: true, force: true });
const files = await projectSources();
// SQL migrations (`NNN_name.sql`) are read at run time: copied as they are, next to the compiled code.
const sqlFiles = files.filter((file) => file.endsWith('.sql'));
await Promise.all(
  sqlFiles.map(async (file) => {
    const target = path.join(outDir, path.relative(root, file));
    await mkdir(path.dirname(target), { recursive: true });
    await copyFile(file, target);
  }),
);
await Promise.all(
  files
    .filter((file) => file.endsWith('.ts'))
    .map(async (file) => {
      const { code, map } = await transformFile(file, {
        swcrc: false,
        sourceMaps: true,
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
          baseUrl: root,
          paths: compilerOptions.paths,
        },
        module: { type: 'es6', resolveFully: true },
      });
      const target = path.join(outDir, path.relative(root, file)).replace(/\.ts$/, '.js');
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, `${code}\n//# sourceMappingURL=${path.basename(target)}.map\n`);
      if (map) await writeFile(`${target}.map`, map);
    }),
);
await writeFile(path.join(outDir, 'package.json'), JSON.stringify({ type: 'module' }) + '\n');
console.log(`build: ${files.length} files to ${path.relative(root, outDir)}/ in ${Date.now() - started} ms`);
