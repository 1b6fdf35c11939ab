/** Small text helpers shared by the prose rules. */

const BLANK = /^[\s\u3000]*$/;

export function isBlankText(s: string | undefined | null): boolean {
  return s == null || BLANK.test(s);
}

/** The whole text of a prose section (lead and parts), in order. */
export function sectionText(section: Record<string, string>): string {
  return Object.values(section)
    .filter((t) => !isBlankText(t))
    .join('\n');
}
