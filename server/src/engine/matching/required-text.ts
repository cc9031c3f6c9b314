// Cheap prefilters for the phrase lists' regular expressions: from a pattern's syntax tree, the pieces
// of text any sentence it matches must contain (requiredAll: every requirement; requiredText: the most
// selective one). PhraseMatcher registers them with the shared piece search, and a sentence without them
// skips the pattern. Parsing uses ESLint's regexpp.
import { RegExpParser, type AST } from '@eslint-community/regexpp';

type Alternative = AST.Alternative;
type Element = AST.Element;
type Node = AST.Node;

/** Lower-case strings, one of which every matching text contains; undefined when the pattern promises none. */
export type Requirement = string[] | undefined;

/** Shorter pieces filter too little to be worth the check. */
const SHORTEST_USEFUL = 3;

/**
 * What a case-insensitive pattern (flags `iu`) needs in any text it matches, e.g.
 * `\bonly\s+(?:\d+|a few)\s+left\b` → ["only"] and `\b(?:sale|offer)\s+ends\b` → ["ends"].
 */
export function requiredText(pattern: string): Requirement {
  const ast = new RegExpParser().parsePattern(pattern, 0, pattern.length, { unicode: true });
  const needed = anyOf(ast.alternatives);
  return needed && isUsable(needed) ? needed : undefined;
}

/**
 * Everything a pattern needs, not just its most selective piece: each inner list is one requirement
 * (one of its pieces must be there), and every list must be met, e.g.
 * `\bonly\s+(?:\d+|a few)\s+left\b` → [["only"], ["left"]]. Empty when the pattern promises nothing.
 */
export function requiredAll(pattern: string): string[][] {
  const ast = new RegExpParser().parsePattern(pattern, 0, pattern.length, { unicode: true });
  if (ast.alternatives.length !== 1) {
    const needed = anyOf(ast.alternatives);
    return needed && isUsable(needed) ? [needed] : [];
  }
  const all = new Map<string, string[]>();
  for (const needed of conjuncts(ast.alternatives[0].elements)) if (isUsable(needed)) all.set(needed.join('\0'), needed);
  return [...all.values()];
}

/** Whether `lowerText` (the text lower-cased by `forRequirements`) can match a pattern with this requirement. */
export function mayMatch(requirement: Requirement, lowerText: string): boolean {
  return !requirement || requirement.some((piece) => lowerText.includes(piece));
}

/**
 * The text as requirements are checked against (by the piece search and the tests): lower case, the one letter that
 * folds otherwise (ſ → s), curly apostrophes straight — so whatever a case-insensitive match holds, it holds.
 */
export function forRequirements(text: string): string {
  return text.toLowerCase().replace(/ſ/g, 's').replace(/[’‘]/g, "'");
}

/** Worth checking: pieces of a few letters, or digits (prose has few: "\\d+ left" needs one). */
function isUsable(pieces: string[]): boolean {
  return pieces.every((piece) => piece.length >= SHORTEST_USEFUL || /^\d+$/.test(piece));
}

const DIGITS = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

/** A disjunction needs one of its branches' requirements; a branch that needs nothing makes it need nothing. */
function anyOf(alternatives: readonly Alternative[]): Requirement {
  const pieces: string[] = [];
  for (const alternative of alternatives) {
    const needed = inSequence(alternative.elements);
    if (!needed) return undefined;
    pieces.push(...needed);
  }
  return [...new Set(pieces)];
}

/** A sequence needs every element's requirement; the most selective one is kept. */
function inSequence(elements: readonly Element[]): Requirement {
  let best: Requirement;
  for (const candidate of conjuncts(elements)) if (isUsable(candidate) && (!best || selectivity(candidate) > selectivity(best))) best = candidate;
  return best;
}

/**
 * Every requirement of a sequence, each met by any text the sequence matches: runs of literal characters,
 * and each element's own (a group of one branch adds its sequence's requirements one by one).
 */
function conjuncts(elements: readonly Element[]): string[][] {
  const found: string[][] = [];
  let run = '';
  const endRun = () => {
    if (run) found.push([run]);
    run = '';
  };
  for (const element of elements) {
    const literal = literalCharacter(element);
    if (literal !== undefined) {
      run += literal;
      continue;
    }
    endRun();
    const inner = element.type === 'Quantifier' && element.min >= 1 ? element.element : element;
    if ((inner.type === 'Group' || inner.type === 'CapturingGroup') && inner.alternatives.length === 1) {
      found.push(...conjuncts(inner.alternatives[0].elements));
      continue;
    }
    const needed = ofElement(element);
    if (needed) found.push(needed);
  }
  endRun();
  return found;
}

function ofElement(element: Node): Requirement {
  switch (element.type) {
    case 'Group':
    case 'CapturingGroup':
      return anyOf(element.alternatives);
    case 'Quantifier':
      return element.min >= 1 ? ofElement(element.element) : undefined;
    case 'CharacterSet':
      return element.kind === 'digit' && !element.negate ? DIGITS : undefined;
    case 'Assertion':
      // Lookarounds look at the same sentence, so a positive one's text must be there too.
      return (element.kind === 'lookahead' || element.kind === 'lookbehind') && !element.negate ? anyOf(element.alternatives) : undefined;
    default:
      return undefined;
  }
}

/** A character that a match contains as itself, lower-cased (ASCII only: other letters can fold in surprising ways). */
function literalCharacter(element: Element): string | undefined {
  if (element.type !== 'Character') return undefined;
  const ch = String.fromCodePoint(element.value);
  return /^[\x20-\x7e]$/.test(ch) ? ch.toLowerCase() : undefined;
}

/** Words in nearly every sentence: as a piece, they filter almost nothing. */
const COMMON = new Set(['you', 'your', 'the', 'and', 'are', 'for', 'with', 'not', 'have', 'this', 'that', 'will', 'what', 'don', 'can', 'all', 'our', 'was', 'is to', 'are to']);

/** How well a requirement filters: by its weakest piece (common words count as one letter), then by fewer pieces. */
function selectivity(pieces: string[]): number {
  return Math.min(...pieces.map((p) => (COMMON.has(p.trim()) ? 1 : /^\d+$/.test(p) ? 2 : p.length))) * 100 - pieces.length;
}
