/** The one Node function a test uses to read a stylesheet as text (vitest turns CSS imports into empty strings). */
declare module 'node:fs' {
  export function readFileSync(pad: string, codering: 'utf8'): string;
}
