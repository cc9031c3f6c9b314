// Helpers the engine tests share: apply a suggestion the way an editor would.
import type { Suggestion } from '../../server/src/engine';

export function applySuggestion(text: string, s: Suggestion): string {
  return text.slice(0, s.offset) + s.replacement + text.slice(s.offset + s.length);
}
