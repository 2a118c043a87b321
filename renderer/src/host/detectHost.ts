import type { EndfirstBridge } from '../../../shared/ipc';
import { createElectronHost } from './electronHost';
import type { HostApi } from './HostApi';
import { createWebHost } from './webHost';

declare global {
  interface Window {
    /** Present only inside Electron, put there by the preload. */
    readonly endfirst?: EndfirstBridge;
  }
}

export function detectHost(): HostApi {
  return window.endfirst ? createElectronHost(window.endfirst) : createWebHost();
}
