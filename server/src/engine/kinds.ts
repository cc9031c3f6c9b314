// Which parser reads a document: from an editor's language id or a file name.
import type { DocumentKind } from './types';

export function kindFromLanguageId(languageId: string): DocumentKind {
  if (/^(markdown|mdx|md|quarto|rmd)$/i.test(languageId)) return 'markdown';
  if (/^(html|htm|xhtml|handlebars|vue-html)$/i.test(languageId)) return 'html';
  return 'plaintext';
}

export function kindFromPath(path: string): DocumentKind {
  if (/\.(md|markdown|mdx|mdown|mkd|qmd|rmd)$/i.test(path)) return 'markdown';
  if (/\.(html?|xhtml|hbs|handlebars)$/i.test(path)) return 'html';
  return 'plaintext';
}
