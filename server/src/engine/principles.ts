// The relationship-marketing principles rules cite (data/principles.json). Hover and README show them.
import data from './data/principles.json';

export interface Principle {
  id: string;
  title: string;
  text: string;
}

export type PrincipleId =
  | 'relationships-first'
  | 'jerks-dont-sell-twice'
  | 'information-not-pressure'
  | 'people-buy-from-people'
  | 'say-it-simply'
  | 'reader-first'
  | 'invite-replies'
  | 'serve-not-get'
  | 'long-term';

const byId = new Map<string, Principle>(data.principles.map((p) => [p.id, p]));

export function principle(id: PrincipleId): Principle {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown principle ${id}`);
  return found;
}

export const principles: readonly Principle[] = data.principles;
