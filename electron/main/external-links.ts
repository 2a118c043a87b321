import type { Shell } from 'electron';
import { isAllowedExternalUrl } from '../../shared/external-links';

export { isAllowedExternalUrl };

export type ExternalOpener = Pick<Shell, 'openExternal'>;

export async function openExternalSafely(url: string, shell: ExternalOpener): Promise<{ opened: boolean }> {
  if (!isAllowedExternalUrl(url)) return { opened: false };
  // Hand the OS the normalised form we checked, not the raw string.
  await shell.openExternal(new URL(url).href); // eng-disable OPEN_EXTERNAL_JS_CHECK: the one call, behind isAllowedExternalUrl
  return { opened: true };
}
