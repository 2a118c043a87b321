import { useSyncExternalStore } from 'react';

/**
 * A soft two-note chime made with Web Audio (no audio files): sine tones with a quick fade-in and
 * a long fade-out, quiet enough not to startle a room. Off by default; the choice lives in
 * localStorage because it belongs to this computer's speakers, not to the workshop file.
 */

const STORAGE_KEY = 'endfirst.timer.chime';
let context: AudioContext | null = null;
const listeners = new Set<() => void>();

function readSetting(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'on';
  } catch {
    return false;
  }
}

export function setChimeEnabled(isEnabled: boolean): void {
  try {
    localStorage.setItem(STORAGE_KEY, isEnabled ? 'on' : 'off');
  } catch {
    // Storage refused (private mode, quota): the chime simply stays as it was.
  }
  // Browsers only let sound start after a gesture; this click is one, so unlock audio now.
  if (isEnabled) void audioContext()?.resume();
  for (const listener of listeners) listener();
}

export function useChimeEnabled(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readSetting,
    () => false,
  );
}

function audioContext(): AudioContext | null {
  if (typeof AudioContext === 'undefined') return null;
  context ??= new AudioContext();
  return context;
}

export function playChime(): void {
  const audio = audioContext();
  if (!audio) return;
  const start = audio.currentTime + 0.02;
  [660, 880].forEach((frequency, index) => {
    const at = start + index * 0.35;
    const oscillator = audio.createOscillator();
    const gain = audio.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, at);
    gain.gain.exponentialRampToValueAtTime(0.12, at + 0.04);
    gain.gain.exponentialRampToValueAtTime(0.0001, at + 1.4);
    oscillator.connect(gain).connect(audio.destination);
    oscillator.start(at);
    oscillator.stop(at + 1.5);
  });
}
