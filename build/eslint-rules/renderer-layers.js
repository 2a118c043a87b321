// @ts-check
import path from 'node:path';

/**
 * The renderer's layers, outermost first. A file may import from its own layer or any layer below
 * it, never above: the app shell composes features; features use the editing layer; editing uses
 * the database, the host bridge and the UI kit; everything may use shared/.
 *
 *   app  →  features  →  editing  →  db | host | ui  →  shared
 *
 * Features are also walled off from each other: one feature may use another only through that
 * feature's `index.ts`, its public surface, so a feature's internals can change without a search
 * through the rest of the app.
 *
 * Paths are resolved against the importing file, which a pattern in `no-restricted-imports`
 * cannot do (`../../db` means different things at different depths).
 */
const LAYER_RANK = { app: 4, 'main.tsx': 4, features: 3, editing: 2, db: 1, host: 1, ui: 1 };

/** @param {string} file absolute path; @returns {{ layer: string, feature?: string, rest: string[] } | undefined} */
function placeInRenderer(file) {
  const parts = file.split(path.sep);
  const at = parts.lastIndexOf('src');
  if (at < 1 || parts[at - 1] !== 'renderer') return undefined;
  const [layer, ...rest] = parts.slice(at + 1);
  if (layer === undefined || !(layer in LAYER_RANK)) return undefined;
  return layer === 'features' ? { layer, feature: rest[0], rest: rest.slice(1) } : { layer, rest };
}

const isPublicSurface = (/** @type {string[]} */ rest) => rest.length === 0 || (rest.length === 1 && /^index(\.tsx?)?$/.test(rest[0] ?? ''));

/** @type {import('eslint').Rule.RuleModule} */
export const rendererLayers = {
  meta: {
    type: 'problem',
    docs: { description: 'Keeps the renderer layered: app → features → editing → db/host/ui → shared.' },
    schema: [],
  },
  create(context) {
    const from = placeInRenderer(path.resolve(context.filename));
    if (!from) return {};
    /** @param {import('estree').Node} node @param {unknown} source */
    function check(node, source) {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = placeInRenderer(path.resolve(path.dirname(path.resolve(context.filename)), source));
      if (!to) return;
      const fromRank = LAYER_RANK[/** @type {keyof typeof LAYER_RANK} */ (from.layer)];
      const toRank = LAYER_RANK[/** @type {keyof typeof LAYER_RANK} */ (to.layer)];
      if (toRank > fromRank) {
        context.report({ node, message: `renderer/src/${from.layer} must not import renderer/src/${to.layer}: layers import downwards only (app → features → editing → db/host/ui).` });
      } else if (from.layer === 'features' && to.layer === 'features' && from.feature !== to.feature && !isPublicSurface(to.rest)) {
        context.report({ node, message: `Feature "${from.feature}" reaches into feature "${to.feature}": import its public surface (features/${to.feature}/index.ts) instead.` });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : undefined),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
    };
  },
};
