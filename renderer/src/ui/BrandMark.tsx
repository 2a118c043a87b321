/** The app mark, inline so it needs no request: a path that starts at the end point and curves back. */
export function BrandMark({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <rect width="32" height="32" rx="8" fill="var(--brand)" />
      <circle cx="23" cy="9" r="4" fill="var(--brand-contrast)" />
      <path
        d="M21 13.5c-1.5 6-5.5 9.5-12 10"
        stroke="var(--brand-contrast)"
        strokeWidth="3"
        strokeLinecap="round"
        fill="none"
      />
      <path d="M11 19.5l-3 4 4.5 1.8" stroke="var(--brand-contrast)" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" fill="none" />
    </svg>
  );
}
