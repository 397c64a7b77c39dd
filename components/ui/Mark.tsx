/** The Playcard mark, the toolbar icon's shape (scripts/gen-icons.ts) drawn inline: a card with a tick on a blue tile. */
export function PlaycardMark({ size = 18 }: { size?: number }) {
  return (
    <svg class="pc-mark" width={size} height={size} viewBox="0 0 128 128" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="120" height="120" rx="26" fill="#0b5cad" />
      <rect x="30" y="26" width="68" height="80" rx="10" fill="#ffffff" />
      <rect x="40" y="40" width="48" height="9" rx="4.5" fill="#0b5cad" />
      <rect x="40" y="58" width="34" height="7" rx="3.5" fill="#7aa7d6" />
      <rect x="40" y="72" width="40" height="7" rx="3.5" fill="#7aa7d6" />
      <circle cx="90" cy="92" r="20" fill="#1e9e54" stroke="#ffffff" stroke-width="6" />
      <path d="M80 92 l7 7 l13 -14" fill="none" stroke="#ffffff" stroke-width="6" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
