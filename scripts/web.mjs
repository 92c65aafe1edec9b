#!/usr/bin/env node
// Serves the web edition: the same renderer build as the desktop app, on 127.0.0.1 only,
// with the same CSP and the same path resolver as the app:// handler (imported from
// electron/main/protocol, so the two hosts cannot drift apart).
//   node scripts/web.mjs [--no-build] [--port N]     (PORT also sets the port; default 5178)
import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bundleRoot = path.join(root, 'build', 'renderer');
const args = process.argv.slice(2);

function portFromArgs() {
  const flag = args.indexOf('--port');
  const raw = flag >= 0 ? args[flag + 1] : process.env.PORT;
  const port = Number(raw ?? 5178);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`Invalid port "${raw}": give a number from 0 to 65535.`);
    process.exit(2);
  }
  return port;
}

const port = portFromArgs();
if (!args.includes('--no-build')) {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--web'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const { resolveBundlePath } = await tsImport('../electron/main/protocol/resolveBundlePath.ts', import.meta.url);
const { securityHeaders, contentTypeFor } = await tsImport('../electron/main/protocol/contentSecurityPolicy.ts', import.meta.url);

const server = createServer(async (request, response) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', ...securityHeaders('text/plain; charset=utf-8') }).end('Method not allowed\n');
    return;
  }
  // A page on another site that rebinds its DNS name to 127.0.0.1 would send its own Host.
  const host = (request.headers.host ?? '').replace(/:\d+$/, '');
  if (host !== '127.0.0.1' && host !== 'localhost') {
    response.writeHead(421, securityHeaders('text/plain; charset=utf-8')).end('421 wrong host\n');
    return;
  }
  // request.url is the raw request target: dot segments and escapes arrive unnormalized,
  // which is exactly what the resolver is built to refuse.
  const resolution = await resolveBundlePath(bundleRoot, request.url ?? '/');
  if (!resolution.ok) {
    response.writeHead(resolution.status, securityHeaders('text/plain; charset=utf-8')).end(`${resolution.status} ${resolution.reason}\n`);
    return;
  }
  try {
    const body = await readFile(resolution.file);
    response.writeHead(200, { ...securityHeaders(contentTypeFor(resolution.file)), 'Content-Length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
  } catch {
    response.writeHead(404, securityHeaders('text/plain; charset=utf-8')).end('404 not found\n');
  }
});

server.on('error', (error) => {
  const hint = error.code === 'EADDRINUSE' ? ` Port ${port} is taken: pass --port <n> or set PORT.` : '';
  console.error(`Gleaner web edition could not start: ${error.message}.${hint}`);
  process.exit(1);
});

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  console.log(`Gleaner web edition: ${url}  (Ctrl+C stops it)`);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Idle keep-alive connections would hold close() open; drop them.
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
