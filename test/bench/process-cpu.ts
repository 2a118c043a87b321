import { readdirSync, readFileSync } from 'node:fs';

/** Linux reports CPU time in clock ticks of 1/100 s (USER_HZ); it is 100 on every mainstream build. */
const MS_PER_TICK = 10;

/**
 * CPU time (user + system, ms) used so far by every process this one started: the Chromium
 * browser, its renderers, GPU and PDF-compositor processes. On a shared machine the wall clock of
 * a print swings with the load (3× between runs minutes apart); the CPU it costs hardly moves, so
 * the pdf figure's diagnostics are read in CPU time. Null where /proc is missing (not Linux).
 */
export function childProcessesCpuMs(root = process.pid): number | null {
  let names: string[];
  try {
    names = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return null;
  }
  const processes = new Map<number, { parent: number; ticks: number }>();
  for (const name of names) {
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after "(comm)": state ppid ... utime(14) stime(15) cutime(16) cstime(17), 1-based in stat(5).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
      processes.set(Number(name), { parent: Number(fields[1]), ticks });
    } catch {
      // The process ended between listing and reading: its time is gone with it.
    }
  }
  const descends = (pid: number) => {
    for (let at: number | undefined = processes.get(pid)?.parent, depth = 0; at !== undefined && depth < 64; depth += 1) {
      if (at === root) return true;
      at = processes.get(at)?.parent;
    }
    return false;
  };
  let ticks = 0;
  for (const [pid, info] of processes) if (descends(pid)) ticks += info.ticks;
  return ticks * MS_PER_TICK;
}
