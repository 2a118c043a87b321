// Types for electronegativity.mjs, which stays plain JavaScript so `node` runs it without a build.

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';

export interface Finding {
  readonly id: string;
  readonly severity: Severity;
  readonly confidence: 'TENTATIVE' | 'FIRM' | 'CERTAIN';
  /** True for a global check's verdict on the whole scan; `file` is then the scanned input. */
  readonly wholeScan: boolean;
  /** Relative to the repository root. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly manualReview: boolean;
  readonly description: string;
  readonly sample?: string;
}

export interface ScanResult {
  readonly input: string;
  readonly files: readonly string[];
  readonly findings: readonly Finding[];
  readonly errors: readonly string[];
}

export interface AuditReport {
  readonly ok: boolean;
  readonly filesScanned: readonly string[];
  readonly findings: readonly Finding[];
  readonly blocking: readonly Finding[];
  readonly dropped: readonly { readonly finding: Finding; readonly reason: string }[];
  readonly suppressions: readonly { readonly file: string; readonly line: number; readonly text: string }[];
  readonly problems: readonly string[];
}

export const EXCLUDED_CHECKS: readonly { readonly check: string; readonly reason: string }[];
export const SEVERITY_OVERRIDES: readonly { readonly id: string; readonly severity: Severity; readonly reason: string }[];
export const BLOCKING_SEVERITY: Severity;

export function scanWithElectronegativity(options: {
  input: string;
  onlyChecks?: string[];
  excludedChecks?: string[];
}): Promise<ScanResult>;

/** Paths are relative to the repository root; `rendererHtml: null` skips the CSP pass. */
export function auditElectron(options?: { electronDir?: string; rendererHtml?: string | null }): Promise<AuditReport>;

export function isBlocking(severity: string): boolean;
