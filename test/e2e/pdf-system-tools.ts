import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Some PDF checks need a program only a system package provides (poppler's `pdffonts` and
 * `pdftotext`, `qpdf`).
 * A fresh laptop may not have them: such a check is skipped, loudly, rather than failed or
 * counted as passed. Everything else reads the PDF with pdfjs-dist and needs nothing installed.
 */
export type SystemTool = 'pdffonts' | 'pdftotext' | 'qpdf';

const INSTALL_HINT: Record<SystemTool, string> = {
  pdffonts: 'apt-get install poppler-utils / brew install poppler',
  pdftotext: 'apt-get install poppler-utils / brew install poppler',
  qpdf: 'apt-get install qpdf / brew install qpdf',
};

function isExecutableFile(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The program's full path when a folder on PATH holds it as an executable file, else null. */
export function findOnPath(program: string, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string | null {
  const folders = (env['PATH'] ?? env['Path'] ?? '').split(platform === 'win32' ? ';' : delimiter).filter(Boolean);
  const extensions = platform === 'win32' ? (env['PATHEXT'] ?? '.EXE;.CMD;.BAT;.COM').split(';').filter(Boolean) : [''];
  for (const folder of folders) {
    for (const extension of extensions) {
      const candidate = join(folder, `${program}${extension}`);
      if (isExecutableFile(candidate)) return candidate;
    }
  }
  return null;
}

export type ToolAvailability = { readonly installed: true; readonly path: string } | { readonly installed: false; readonly skipReason: string };

/** Whether the tool can run here; when not, the one line a skipped test prints and reports. */
export function systemTool(tool: SystemTool, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): ToolAvailability {
  const path = findOnPath(tool, env, platform);
  return path === null ? { installed: false, skipReason: `SKIPPED: ${tool} not installed (${INSTALL_HINT[tool]})` } : { installed: true, path };
}
