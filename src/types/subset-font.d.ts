// Minimal types for subset-font (used only by scripts/subset-katex-fonts.ts).
declare module 'subset-font' {
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype'; noHinting?: boolean }): Promise<Uint8Array>;
}
