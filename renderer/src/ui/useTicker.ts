import { useEffect, useState } from 'react';

/**
 * Epoch milliseconds, refreshed every intervalMs while `isActive`: a running timer re-renders only
 * the component that asks, and a stopped one not at all. The time itself always comes from stored
 * timestamps, so a late tick can never make the timer drift.
 */
export function useTicker(isActive: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!isActive) return;
    const ticker = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(ticker);
  }, [isActive, intervalMs]);
  return now;
}
