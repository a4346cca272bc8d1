import { DELEGATE_ATTRIBUTES, type DelegateAttribute } from '../schemas/enums';
import type { DelegateCategory, DelegateRules, ExtraCompositionRule, SubgroupNode } from '../schemas/plan';
import { WORD } from './composition-measures';

/**
 * Cơ cấu đại biểu as a tree: categories → sub-groups (nhóm con, any depth) and the delegate
 * attributes (thuộc tính) a plan's rules can name. Pure helpers shared by the composition check
 * (delegate-composition.ts), the plan rules and the web.
 *
 * Encoding: a delegate's `subgroup` holds the KEY of its deepest sub-group node; keys are unique
 * within a category (validatePlanRules), so the key alone finds the node and its ancestors. A plan
 * stored before sub-groups had numbers keeps its labels as keys, so old delegates still match.
 */

/** One node of a category's tree with where it sits. */
export type FlatNode = {
  node: SubgroupNode;
  /** Keys from the category's first level down to this node (included). */
  path: string[];
  /** The enclosing node's key, null for a first-level sub-group. */
  parent: string | null;
  /** The enclosing node's label, or the category's. */
  parentLabel: string;
  /** Dot path inside the plan, e.g. `subgroups.0.children.1` (for the form's error paths). */
  formPath: string;
};

/** Every node of a category, parents before children (depth-first, in plan order). */
export function flattenSubgroups(category: Pick<DelegateCategory, 'subgroups' | 'label'>): FlatNode[] {
  const out: FlatNode[] = [];
  const walk = (nodes: SubgroupNode[], path: string[], parent: SubgroupNode | null, formPath: string) => {
    nodes.forEach((node, i) => {
      const here = `${formPath}.${i}`;
      const parentLabel = parent?.label ?? category.label;
      out.push({ node, path: [...path, node.key], parent: parent?.key ?? null, parentLabel, formPath: here });
      walk(node.children, [...path, node.key], node, `${here}.children`);
    });
  };
  walk(category.subgroups, [], null, 'subgroups');
  return out;
}

/** category key → node key → the node's path (its ancestors' keys and its own). */
export type SubgroupIndex = Map<string, Map<string, string[]>>;

export function subgroupIndex(rules: Pick<DelegateRules, 'categories'>): SubgroupIndex {
  const index: SubgroupIndex = new Map();
  for (const c of rules.categories) {
    const nodes = new Map<string, string[]>();
    for (const f of flattenSubgroups(c)) if (!nodes.has(f.node.key)) nodes.set(f.node.key, f.path);
    index.set(c.key, nodes);
  }
  return index;
}

/** Is a delegate of `category` who names sub-group `own` inside node `nodeKey` (or that node)? */
export function inSubgroup(index: SubgroupIndex, category: string, own: string, nodeKey: string): boolean {
  return index.get(category)?.get(own)?.includes(nodeKey) ?? false;
}

/** The noun a message uses for the holders of a built-in attribute. */
const BUILTIN_NOUNS: Record<DelegateAttribute, string> = {
  female: 'đại biểu nữ',
  direct_worker: 'đại biểu là người trực tiếp lao động, sản xuất',
  ethnic_minority: 'đại biểu là người dân tộc thiểu số',
  youth: 'đại biểu thanh niên',
};

export const isBuiltinAttribute = (key: string): key is DelegateAttribute =>
  (DELEGATE_ATTRIBUTES as readonly string[]).includes(key);

/** "Đại biểu khách mời" → "đại biểu khách mời" (keeps abbreviations such as TDP). */
export const lowerFirst = (s: string) => s.charAt(0).toLocaleLowerCase('vi') + s.slice(1);

/** The attribute keys a delegate of this plan may carry: the built-ins, then the plan's own. */
export function attributeKeys(rules: Pick<DelegateRules, 'attributes'>): string[] {
  const keys: string[] = [...DELEGATE_ATTRIBUTES];
  for (const a of rules.attributes ?? []) if (!keys.includes(a.key)) keys.push(a.key);
  return keys;
}

/** The plan's own label of an attribute, if it defines or relabels it. */
export const attributeLabel = (rules: Pick<DelegateRules, 'attributes'>, key: string): string | null =>
  (rules.attributes ?? []).find((a) => a.key === key)?.label ?? null;

/** "đại biểu nữ", "đại biểu dưới 35 tuổi": who a rule on the attribute counts, in a message. */
export function attributeNoun(rules: Pick<DelegateRules, 'attributes'>, key: string): string {
  const label = attributeLabel(rules, key);
  if (label) {
    const low = lowerFirst(label);
    return low.startsWith('đại biểu') ? low : `đại biểu ${low}`;
  }
  return isBuiltinAttribute(key) ? BUILTIN_NOUNS[key] : `đại biểu có thuộc tính "${key}"`;
}

/** The delegate's attributes must be the plan's: a message naming the wrong ones, or null. */
export function checkDelegateAttributes(
  rules: Pick<DelegateRules, 'attributes'>,
  attributes: readonly string[],
): string | null {
  const known = attributeKeys(rules);
  const wrong = attributes.filter((a) => !known.includes(a));
  if (wrong.length === 0) return null;
  const names = (rules.attributes ?? []).map((a) => `"${a.key}" (${a.label})`);
  return (
    `Thuộc tính ${wrong.map((w) => `"${w}"`).join(', ')} không có trong kế hoạch của hội nghị ` +
    `(các thuộc tính: ${[...DELEGATE_ATTRIBUTES.filter((a) => a !== 'female'), ...names].join(', ')})`
  );
}

/**
 * The tightest counts on a scoped sub-group's path: `room`, how many more it can take before a
 * "đúng"/"tối đa" count breaks (a "tối thiểu" attribute rule there is then met by a swap), and
 * `floor`, how many may leave before a "đúng"/"tối thiểu" count breaks (likewise for "tối đa").
 */
export function scopeCountBounds(
  rules: Pick<DelegateRules, 'categories'>,
  scope: ExtraCompositionRule['scope'],
  countOf: (nodeKey: string) => number,
): { room: { room: number; limit: string } | null; floor: { slack: number; limit: string } | null } {
  const c = scope?.subgroup ? rules.categories.find((x) => x.key === scope.category) : undefined;
  let room: { room: number; limit: string } | null = null;
  let floor: { slack: number; limit: string } | null = null;
  if (!c) return { room, floor };
  const flat = flattenSubgroups(c);
  const path = flat.find((f) => f.node.key === scope?.subgroup)?.path ?? [];
  for (const key of path) {
    const count = flat.find((f) => f.node.key === key)?.node.count;
    if (!count) continue;
    const label = flat.find((f) => f.node.key === key)!.node.label;
    const limit = `nhóm con ${label} có ${WORD[count.op]} ${count.value} người`;
    if (count.op !== 'min') {
      const r = Math.max(0, count.value - countOf(key));
      if (!room || r < room.room) room = { room: r, limit };
    }
    if (count.op !== 'max') {
      const slack = Math.max(0, countOf(key) - count.value);
      if (!floor || slack < floor.slack) floor = { slack, limit };
    }
  }
  return { room, floor };
}
