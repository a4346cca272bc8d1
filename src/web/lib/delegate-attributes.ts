import type { TFunction } from 'i18next';
import { attributeKeys, attributeLabel, flattenSubgroups } from '../../shared/rules/composition-tree';
import type { DelegateCategory, DelegateRules } from '../../shared/schemas/plan';

/** A delegate attribute's name: the plan's label, else the built-in one's, else its key. */
export function attributeText(t: TFunction, rules: Pick<DelegateRules, 'attributes'>, key: string): string {
  return attributeLabel(rules, key) ?? t(`delegateAttribute.${key}`, { defaultValue: key });
}

/** The attributes a delegate of this plan may carry (female is read from the gender). */
export function attributeOptions(t: TFunction, rules: Pick<DelegateRules, 'attributes'>) {
  return attributeKeys(rules)
    .filter((a) => a !== 'female')
    .map((a) => ({ value: a, label: attributeText(t, rules, a) }));
}

/** A category's sub-groups at every depth, a deeper one indented under its parent. */
export function subgroupOptions(category: DelegateCategory) {
  return flattenSubgroups(category).map((f) => ({
    value: f.node.key,
    label: `${'— '.repeat(f.path.length - 1)}${f.node.label}`,
  }));
}
