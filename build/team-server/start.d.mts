// Types for start.mjs, which stays plain JavaScript so a team runs it with `node` and nothing built.
import type { Server } from '@hocuspocus/server';

export const DEFAULT_MAX_MESSAGE_BYTES: number;
export function isTeamDocName(name: string): boolean;

export interface TeamServerOptions {
  port?: number;
  host?: string;
  dataDir: string;
  redisUrl?: string | null;
  maxMessageBytes?: number;
  debounceMs?: number;
  quiet?: boolean;
  log?: (line: string) => void;
}

export interface RunningTeamServer {
  readonly server: Server;
  readonly port: number;
  readonly url: string;
  stop(): Promise<void>;
}

export function startTeamServer(options: TeamServerOptions): Promise<RunningTeamServer>;
