// The team library's server (issue #23): Hocuspocus serving one Yjs document per shared plan plus the
// team index, persisted as one file per document in a data folder. Plain JavaScript so a team runs it
// with `node` and nothing built:
//   node build/team-server/start.mjs --port 4400 --data /srv/endfirst-team [--host 0.0.0.0] [--redis redis://host:6379]
// README.md here says how a team runs it. Tests import startTeamServer and listen on port 0.

import { mkdir, open, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { pathToFileURL } from 'node:url';
import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';

/** The names the app uses (shared/sync/team-index.ts): the index and `plan:<uuid>`. Anything else is refused. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isTeamDocName(name) {
  return name === 'team-index' || (name.startsWith('plan:') && UUID.test(name.slice('plan:'.length)));
}

/** One file per document; `:` is not allowed in Windows file names, and the name is checked before it gets here. */
const fileOf = (dataDir, name) => join(dataDir, `${name.replace(':', '-')}.ydoc`);

/** 8 MiB: a 100-page plan's whole document is well under it; a bigger message is a broken or hostile client. */
export const DEFAULT_MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

let temporaryCounter = 0;

/** Temp file, flushed to disk, then renamed over the old one: a crash leaves either the old or the new file, never half. */
async function writeAtomically(path, bytes) {
  temporaryCounter += 1;
  const temporary = `${path}.${process.pid}.${temporaryCounter}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => {});
    throw error;
  }
}

async function readIfPresent(path) {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    if (error && error.code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Starts a team server; resolves once it listens. `port: 0` picks a free port (see `port` on the result).
 * `debounceMs` is how long edits gather before a document is written (a stop writes whatever is pending).
 */
export async function startTeamServer({
  port = 4400,
  host = '127.0.0.1',
  dataDir,
  redisUrl = null,
  maxMessageBytes = DEFAULT_MAX_MESSAGE_BYTES,
  debounceMs = 500,
  quiet = true,
  log = () => {},
}) {
  if (!dataDir) throw new Error('The team server needs a data folder (--data DIR) to keep the plans in.');
  await mkdir(dataDir, { recursive: true });

  const extensions = [
    new Database({
      fetch: ({ documentName }) => readIfPresent(fileOf(dataDir, documentName)),
      store: ({ documentName, state }) => writeAtomically(fileOf(dataDir, documentName), state),
    }),
  ];
  if (redisUrl) {
    // Several servers behind one load balancer: Redis relays each update to the others (loaded only when asked).
    const { Redis } = await import('@hocuspocus/extension-redis');
    const url = new URL(redisUrl);
    extensions.push(new Redis({ host: url.hostname, port: Number(url.port || 6379) }));
  }

  const server = new Server({
    port,
    address: host,
    quiet,
    debounce: debounceMs,
    maxDebounce: debounceMs * 4,
    stopOnSignals: false,
    websocketOptions: { maxPayload: maxMessageBytes },
    extensions,
    async onConnect({ documentName }) {
      if (!isTeamDocName(documentName)) {
        log(`Refused a document name that is not a team plan: ${JSON.stringify(documentName.slice(0, 80))}`);
        throw new Error('Not a team library document.');
      }
    },
  });
  // Hocuspocus's destroy closes each document and the listening socket, but an upgraded WebSocket
  // outlives it: stop() ends them too, so a stopped server is gone for every laptop, as after a crash.
  const sockets = new Set();
  server.httpServer.on('connection', (socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  });
  await server.listen();
  return {
    server,
    get port() {
      return server.address.port;
    },
    get url() {
      return `ws://${host}:${server.address.port}`;
    },
    /** Writes every pending document, closes every connection, stops listening. */
    stop: async () => {
      await server.destroy();
      for (const socket of sockets) socket.destroy();
    },
  };
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4400' },
      host: { type: 'string', default: '127.0.0.1' },
      data: { type: 'string' },
      redis: { type: 'string' },
      'max-message-bytes': { type: 'string', default: String(DEFAULT_MAX_MESSAGE_BYTES) },
    },
  });
  const running = await startTeamServer({
    port: Number(values.port),
    host: values.host,
    dataDir: values.data,
    redisUrl: values.redis ?? null,
    maxMessageBytes: Number(values['max-message-bytes']),
    log: (line) => console.log(line),
  });
  console.log(`Endfirst team server on ${running.url}, plans kept in ${values.data}`);
  const stop = async () => {
    await running.stop();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
