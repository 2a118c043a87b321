/** Cmd or Ctrl: the renderer needs to know which one the facilitator's keyboard means. */
export function isMacPlatform(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);
}
