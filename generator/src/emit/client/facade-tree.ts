/**
 * The facade's shape: operations grouped by their `clientPath` (`catalogs.items.list` → group `catalogs`,
 * group `items`, method `list`). Each group gets type names once here, so the client file can print one
 * interface per group without recomputing paths.
 */
import { toPascalCase, uniqueName } from '../../shared/identifiers.js';
import type { OperationPlan } from './plan.js';

/** A group of the facade: methods (operation plans) and subgroups, by member name. */
export interface FacadeGroup {
  path: string[];
  /** `UsersMethods`: every member, unfiltered, with JSDoc. */
  methodsType: string;
  /** `UsersNeeds`: member → the permissions it needs. */
  needsType: string;
  /** `UsersApi<P>`: the members a client holding `P` may call. */
  apiType: string;
  methods: Map<string, OperationPlan>;
  groups: Map<string, FacadeGroup>;
}

/** Builds the group tree; `taken` holds names already used (operation types, runtime imports). */
export function buildFacadeTree(plans: OperationPlan[], taken: Set<string>, rootName: string): FacadeGroup {
  const group = (path: string[]): FacadeGroup => {
    const base = path.length === 0 ? rootName : toPascalCase(path.join(' '));
    return {
      path,
      methodsType: uniqueName(`${base}Methods`, taken),
      needsType: uniqueName(`${base}Needs`, taken),
      apiType: uniqueName(`${base}Api`, taken),
      methods: new Map(),
      groups: new Map(),
    };
  };
  const root = group([]);
  for (const plan of plans) {
    const segments = plan.op.clientPath;
    let node = root;
    for (const segment of segments.slice(0, -1)) {
      if (node.methods.has(segment)) throw new Error(`${plan.op.operationId}: ${segments.join('.')} nests under the method ${segment}`);
      let next = node.groups.get(segment);
      if (!next) {
        next = group([...node.path, segment]);
        node.groups.set(segment, next);
      }
      node = next;
    }
    const leaf = segments[segments.length - 1] ?? plan.fn;
    if (node.methods.has(leaf) || node.groups.has(leaf)) throw new Error(`${plan.op.operationId}: facade path ${segments.join('.')} is taken`);
    node.methods.set(leaf, plan);
  }
  return root;
}

/** Every group, parents before children (stable, in insertion order). */
export function flattenGroups(root: FacadeGroup): FacadeGroup[] {
  const out: FacadeGroup[] = [];
  const visit = (g: FacadeGroup): void => {
    out.push(g);
    for (const child of g.groups.values()) visit(child);
  };
  visit(root);
  return out;
}
