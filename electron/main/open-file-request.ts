import path from 'node:path';
import type { FileOpenRequest } from '../../shared/ipc';

export const ENDFIRST_FILE_EXTENSION = '.endfirst';
/** Far more than any real workshop; a bigger file is a mistake or an attack on the renderer's memory. */
export const MAX_OPEN_FILE_BYTES = 20 * 1024 * 1024;

function isEndfirstPath(candidate: string): boolean {
  return path.extname(candidate).toLowerCase() === ENDFIRST_FILE_EXTENSION;
}

/**
 * The OS passes a double-clicked file as a command-line argument, mixed with Chromium and Electron
 * switches (and on Windows after the executable path). We take the last non-flag argument that
 * names a .endfirst file.
 */
export function findEndfirstFileArg(argv: readonly string[]): string | null {
  for (let index = argv.length - 1; index >= 0; index -= 1) {
    const arg = argv[index];
    if (arg === undefined || arg.startsWith('-')) continue;
    if (isEndfirstPath(arg)) return arg;
  }
  return null;
}

export interface OpenFileFs {
  stat(file: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(file: string, encoding: 'utf8'): Promise<string>;
}

export type FileOpenOutcome =
  | { readonly ok: true; readonly request: FileOpenRequest }
  | { readonly ok: false; readonly reason: 'not-endfirst' | 'too-large' | 'unreadable' };

/**
 * Reads a file the OS asked us to open. Main only reads it: the renderer parses it with the
 * workshop schema and imports it only if the whole file is valid.
 */
export async function readFileOpenRequest(filePath: string, fs: OpenFileFs): Promise<FileOpenOutcome> {
  if (!isEndfirstPath(filePath)) return { ok: false, reason: 'not-endfirst' };
  try {
    const info = await fs.stat(filePath);
    if (!info.isFile()) return { ok: false, reason: 'unreadable' };
    if (info.size > MAX_OPEN_FILE_BYTES) return { ok: false, reason: 'too-large' };
    const contents = await fs.readFile(filePath, 'utf8');
    // The file may have grown between stat and read.
    if (Buffer.byteLength(contents, 'utf8') > MAX_OPEN_FILE_BYTES) return { ok: false, reason: 'too-large' };
    return { ok: true, request: { fileName: path.basename(filePath), contents } };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

/**
 * Holds a file-open request until the renderer can receive it: the OS may hand us a file before
 * the window exists (macOS 'open-file' fires before 'ready') or while the page is (re)loading.
 * Only the latest request is kept: opening two files at once before the window is up keeps the last.
 */
export function createFileOpenQueue(send: (request: FileOpenRequest) => void) {
  let pending: FileOpenRequest | null = null;
  let isRendererReady = false;
  return {
    deliver(request: FileOpenRequest): void {
      if (isRendererReady) send(request);
      else pending = request;
    },
    rendererLoading(): void {
      isRendererReady = false;
    },
    rendererLoaded(): void {
      isRendererReady = true;
      if (pending !== null) {
        const request = pending;
        pending = null;
        send(request);
      }
    },
  };
}
