// Markdown front matter: YAML between `---` lines or TOML between `+++` lines, at the very start.
const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\+\+\+)[ \t]*(?:\r?\n|$)/;

/** Characters of front matter at the start of `text`, closing line included; 0 when there is none. */
export function frontMatterLength(text: string): number {
  return FRONT_MATTER.exec(text)?.[0].length ?? 0;
}
