// `npm install` for `npm start`, with exactly the warnings we have looked into left out of the output.
import { spawnSync } from 'node:child_process';

/**
 * Packages that declare `engines.node >= 22.15` yet run on Node 20, which the target machines use. They
 * come in through graphql-codegen's URL loaders (never used: the schema and documents are local files)
 * and through @graphql-tools/utils under Apollo Server, whose API is identical in the Node-18 release of
 * promise-helpers (checked export by export). Pinning older copies with `overrides` leaves the lockfile
 * with entries npm calls invalid, so the warnings are filtered here instead.
 */
const UNDERSTOOD_ENGINES = [
  '@whatwg-node/disposablestack@',
  '@whatwg-node/fetch@',
  '@whatwg-node/node-fetch@',
  '@whatwg-node/promise-helpers@',
  'sync-fetch@',
];
/** @nestjs/apollo ships the GraphQL Playground plugin for Apollo Server 4; we run 5 with no playground. */
const UNDERSTOOD_PEERS = ['@apollo/server-plugin-landing-page-graphql-playground@'];

/** Splits npm's output into warning blocks (a block starts with `npm warn <CODE>` and runs until the next). */
function blocks(text) {
  const out = [];
  for (const line of text.split('\n')) {
    const starts = /^npm warn (EBADENGINE Unsupported|ERESOLVE)/.test(line);
    const continues = /^npm warn( |$)/.test(line);
    if (starts || !continues || !out.length) out.push([line]);
    else out[out.length - 1].push(line);
  }
  return out;
}

const understood = (block) => {
  const text = block.join('\n');
  if (block[0].startsWith('npm warn EBADENGINE'))
    return UNDERSTOOD_ENGINES.some((p) => text.includes(`'${p}`));
  if (block[0].startsWith('npm warn ERESOLVE')) return UNDERSTOOD_PEERS.some((p) => text.includes(p));
  return false;
};

export function npmInstall() {
  const r = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { encoding: 'utf8' });
  const all = blocks(`${r.stderr ?? ''}${r.stdout ?? ''}`);
  const hidden = all.filter(understood).length;
  const shown = all
    .filter((b) => !understood(b))
    .map((b) => b.join('\n'))
    .join('\n')
    .trim();
  if (shown) console.log(shown);
  if (hidden)
    console.log(
      `(${hidden} npm warnings about known Node-22 engine claims and an unused peer left out; see tools/npm-install.mjs)`,
    );
  return r.status ?? 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exit(npmInstall());
