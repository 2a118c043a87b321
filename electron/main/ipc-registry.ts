import type { z } from 'zod';
import { invokeContract, ipcFail, ipcOk } from '../../shared/ipc';
import type { InvokeContract, InvokeValue, IpcResult } from '../../shared/ipc';
import { isSameAppUrl } from './app-origin';
import type { TrustedOrigins } from './app-origin';

/** What main does for each invoke channel: receives the already-parsed arguments, never raw IPC input. */
export type InvokeHandlers = {
  readonly [K in keyof InvokeContract]: (
    ...args: z.output<InvokeContract[K]['args']>
  ) => InvokeValue<K> | Promise<InvokeValue<K>>;
};

/** The part of a WebFrameMain the sender check needs. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: unknown;
}

export interface InvokeEvent {
  readonly senderFrame: SenderFrame | null;
}

/** The part of `ipcMain` we use. There is deliberately no `on`: no fire-and-forget and no sendSync. */
export interface InvokeRegistrar {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<IpcResult<unknown>>): void;
}

export type IsTrustedSender = (frame: SenderFrame | null) => boolean;

/**
 * Only the top frame of one of our own pages may call main. A frame is null once it has navigated
 * away or been destroyed; a subframe (even one we did not mean to allow, CSP forbids them) is
 * refused because its content is not ours to vouch for.
 */
export function isTrustedSenderFrame(frame: SenderFrame | null, trusted: TrustedOrigins): boolean {
  if (frame === null) return false;
  if (frame.parent !== null) return false;
  return isSameAppUrl(frame.url, trusted);
}

/**
 * The one place `ipcMain.handle` is called. Every call is checked, parsed and answered with an
 * IpcResult, so a hostile or buggy renderer gets a typed refusal and main never crashes.
 */
export function registerInvokeHandlers(
  ipcMain: InvokeRegistrar,
  handlers: InvokeHandlers,
  isTrustedSender: IsTrustedSender,
  reportError: (channel: string, error: unknown) => void = (channel, error) =>
    console.error(`[ipc] ${channel} failed`, error),
): void {
  for (const name of Object.keys(invokeContract) as (keyof InvokeContract)[]) {
    const { channel, args: argsSchema } = invokeContract[name];
    const handler = handlers[name] as (...args: unknown[]) => unknown;

    ipcMain.handle(channel, async (event, ...rawArgs) => {
      if (!isTrustedSender(event.senderFrame)) {
        return ipcFail('forbidden-sender', `${channel} may only be called by Endfirst's own window`);
      }
      const parsed = argsSchema.safeParse(rawArgs);
      if (!parsed.success) {
        const issues = parsed.error.issues.map((issue) => issue.path.map(String).join('.') || '(arguments)');
        return ipcFail('bad-request', `${channel} received malformed arguments`, issues);
      }
      try {
        return ipcOk(await handler(...(parsed.data as unknown[])));
      } catch (error) {
        reportError(channel, error);
        // The message only: a stack trace would show the renderer our file layout for no benefit.
        const message = error instanceof Error ? error.message : String(error);
        return ipcFail('failed', message);
      }
    });
  }
}
