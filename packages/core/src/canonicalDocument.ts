import { type DocumentNode, print } from 'graphql';

// urql keeps every document object it is given in a module-level map for good. Batches and adapted requests build
// new document objects, so hand urql one object per distinct query text instead of one per request.
const byText = new Map<string, DocumentNode>();
const canonical = new WeakMap<DocumentNode, DocumentNode>();

export function canonicalDocument(document: DocumentNode): DocumentNode {
  let found = canonical.get(document);
  if (!found) {
    const text = print(document);
    found = byText.get(text) ?? document;
    byText.set(text, found);
    canonical.set(document, found);
  }
  return found;
}
