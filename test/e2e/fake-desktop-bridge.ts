import type { Page } from '@playwright/test';

export interface FakeBackup {
  readonly fileName: string;
  readonly workshopId: string;
  readonly savedAt: string;
  readonly contents: string;
}

/**
 * Puts a fake `window.endfirst` into the page before the app loads, so the renderer runs its
 * desktop code paths (backups, close handshake, native clipboard) in Chromium. It answers like
 * main does (IpcResult envelopes) and records every call in `window.__bridgeCalls`.
 */
export async function installFakeDesktopBridge(page: Page, backups: readonly FakeBackup[] = []): Promise<void> {
  await page.addInitScript((initial) => {
    type Listener = (payload: unknown) => void;
    const listeners = new Map<string, Set<Listener>>();
    const stored = [...initial];
    const calls: { name: string; args: unknown[] }[] = [];
    const ok = (value: unknown) => Promise.resolve({ ok: true, value });
    const record = (name: string, args: unknown[]) => calls.push({ name, args });
    const subscribe = (channel: string) => (listener: Listener) => {
      const set = listeners.get(channel) ?? new Set<Listener>();
      set.add(listener);
      listeners.set(channel, set);
      return () => set.delete(listener);
    };
    const entry = ({ contents, ...rest }: (typeof stored)[number]) => ({ ...rest, bytes: contents.length });
    Object.assign(window, {
      __bridgeCalls: calls,
      __bridgeEmit: (channel: string, payload: unknown) => listeners.get(channel)?.forEach((listener) => listener(payload)),
      endfirst: {
        getAppInfo: () =>
          ok({ name: 'Endfirst', version: '0.1.0', platform: 'linux', dataFolder: '/home/facilitator/.config/Endfirst', electronVersion: '45.5.0' }),
        openExternal: (url: string) => (record('openExternal', [url]), ok({ opened: true })),
        copyText: (text: string) => (record('copyText', [text]), ok({ copied: true })),
        writeBackup: (workshopId: string, contents: string) => {
          record('writeBackup', [workshopId, contents]);
          const backup = { fileName: `${workshopId}--${Date.now()}.endfirst`, workshopId, savedAt: new Date().toISOString(), contents };
          stored.unshift(backup);
          return ok(entry(backup));
        },
        listBackups: () => ok(stored.map(entry)),
        readBackup: (fileName: string) => ok({ contents: stored.find((b) => b.fileName === fileName)?.contents ?? '' }),
        confirmFlushed: (requestId: number) => (record('confirmFlushed', [requestId]), ok({ accepted: true })),
        exportSummaryPdf: (request: { title: string; date: string }) => (
          record('exportSummaryPdf', [request]),
          ok({ status: 'saved', filePath: `/home/facilitator/Documents/${request.date} ${request.title} - Endfirst summary.pdf`, bytes: 1000 })
        ),
        signalPrintReady: (job: string, found: boolean) => (record('signalPrintReady', [job, found]), ok({ accepted: true })),
        showExportedFile: (filePath: string) => (record('showExportedFile', [filePath]), ok({ shown: true })),
        getTeamServer: () => ok({ url: null }),
        setTeamServer: (url: string | null) => (record('setTeamServer', [url]), ok({ url })),
        onFlushRequest: subscribe('flush'),
        onMenuCommand: subscribe('menu'),
        onFileOpenRequest: subscribe('file'),
      },
    });
  }, backups);
}

export const bridgeCalls = (page: Page, name: string) =>
  page.evaluate((wanted) => (window as unknown as { __bridgeCalls: { name: string; args: unknown[] }[] }).__bridgeCalls.filter((c) => c.name === wanted), name);

export const emitFromMain = (page: Page, channel: 'flush' | 'menu' | 'file', payload: unknown) =>
  page.evaluate(
    ([c, p]) => (window as unknown as { __bridgeEmit: (c: string, p: unknown) => void }).__bridgeEmit(c as string, p),
    [channel, payload] as const,
  );
