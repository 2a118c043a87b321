import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const START = fileURLToPath(new URL('../../build/team-server/start.mjs', import.meta.url));
const LISTENING = /Endfirst team server on (ws:\/\/\S+),/;

export interface TeamServerProcess {
  readonly url: string;
  readonly port: number;
  /** SIGTERM, as Ctrl+C would: the server writes what is pending, then exits. */
  stop(): Promise<void>;
}

/**
 * The team server as a team runs it: `node build/team-server/start.mjs`, in a process of its own.
 * `port` 0 takes a free one (read back from the line the server prints once it listens); a restart
 * passes the same port and data folder again.
 */
export async function startTeamServerProcess(dataDir: string, port = 0): Promise<TeamServerProcess> {
  const child = spawn(process.execPath, [START, '--port', String(port), '--data', dataDir], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = LISTENING.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => reject(new Error(`The team server exited (${code}) before it listened:\n${output}`)));
  });
  return { url, port: Number(new URL(url.replace(/^ws/, 'http')).port), stop: () => stopProcess(child) };
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });
}

/** A data folder of its own for one test, removed after it. */
export async function teamDataFolder(): Promise<{ readonly dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'endfirst-team-e2e-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
