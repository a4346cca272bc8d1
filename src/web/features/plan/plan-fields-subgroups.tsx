import { Button, Group, NumberInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DelegateRules, SubgroupNode } from '../../../shared/schemas/plan';
import { RowControls, RowsEditor, rowLabel } from './list-editor';
import { usePlanForm } from './plan-form-context';

const OPS = ['min', 'max', 'exact'] as const;

/** A blank sub-group (nhóm con); its key is filled from its name on save when left empty. */
const blankNode = (): SubgroupNode => ({ key: '', label: '', children: [] });

/**
 * Nhóm con of a category at any depth: each with a name, a key (what a delegate's "Nhóm con"
 * holds), an optional count (tối thiểu / tối đa / đúng n) and an optional share (of its parent or
 * of the whole list), and its own sub-groups.
 */
export function SubgroupsEditor({
  path,
  nodes,
  depth = 0,
}: {
  path: string;
  nodes: SubgroupNode[];
  depth?: number;
}) {
  const { t } = useTranslation();
  const { form, bind, errorOf } = usePlanForm();
  const opData = [
    { value: '', label: t('planEdit.noRule') },
    ...OPS.map((o) => ({ value: o, label: t(`operator.${o}`) })),
  ];
  return (
    <Stack
      gap="xs"
      pl={depth ? 'md' : 0}
      style={depth ? { borderLeft: '2px solid var(--mantine-color-gray-3)' } : {}}
    >
      <RowsEditor
        path={path}
        items={nodes}
        addLabel={depth ? t('planEdit.addChildSubgroup') : t('planEdit.addSubgroup')}
        newItem={blankNode}
      >
        {(node, i) => {
          const p = `${path}.${i}`;
          const name = node.label || t('common.item', { n: i + 1 });
          const setCount = (op: string | null) =>
            form.setFieldValue(`${p}.count`, op ? { op, value: node.count?.value ?? 0 } : undefined);
          const setShare = (op: string | null) =>
            form.setFieldValue(
              `${p}.share`,
              op ? { op, percent: node.share?.percent ?? 0, of: node.share?.of ?? 'parent' } : undefined,
            );
          return (
            <Stack gap={4} data-testid={`subgroup-${p}`}>
              <Group align="flex-end" gap="xs" wrap="wrap">
                <TextInput
                  {...rowLabel(i, t('planField.subgroups'), `${t('planField.subgroups')} — ${name}`)}
                  w={240}
                  {...bind(`${p}.label`)}
                />
                <TextInput
                  {...rowLabel(i, t('planField.subgroupKey'), `${t('planField.subgroupKey')} — ${name}`)}
                  w={130}
                  placeholder={node.label}
                  {...bind(`${p}.key`)}
                />
                <Select
                  {...rowLabel(i, t('planField.subgroupCount'), `${t('planField.subgroupCount')} — ${name}`)}
                  w={120}
                  data={opData}
                  value={node.count?.op ?? ''}
                  onChange={setCount}
                  allowDeselect={false}
                />
                {node.count && (
                  <NumberInput
                    aria-label={`${t('planField.count')} — ${name}`}
                    label={i === 0 ? t('planField.count') : undefined}
                    w={80}
                    min={0}
                    allowDecimal={false}
                    {...bind(`${p}.count.value`)}
                  />
                )}
                <Select
                  {...rowLabel(i, t('planField.subgroupShare'), `${t('planField.subgroupShare')} — ${name}`)}
                  w={120}
                  data={opData}
                  value={node.share?.op ?? ''}
                  onChange={setShare}
                  allowDeselect={false}
                />
                {node.share && (
                  <>
                    <NumberInput
                      aria-label={`${t('planField.percent')} — ${name}`}
                      label={i === 0 ? t('planField.percent') : undefined}
                      w={80}
                      min={0}
                      max={100}
                      suffix="%"
                      {...bind(`${p}.share.percent`)}
                    />
                    <Select
                      aria-label={`${t('planField.shareOf')} — ${name}`}
                      label={i === 0 ? t('planField.shareOf') : undefined}
                      w={150}
                      data={[
                        { value: 'parent', label: t('planEdit.shareOfParent') },
                        { value: 'total', label: t('planEdit.shareOfTotal') },
                      ]}
                      allowDeselect={false}
                      {...bind(`${p}.share.of`)}
                    />
                  </>
                )}
                <RowControls path={path} index={i} length={nodes.length} label={name} />
              </Group>
              {(errorOf(`${p}.count.value`) || errorOf(`${p}.key`)) && (
                <Text c="red" size="sm" role="alert">
                  {errorOf(`${p}.count.value`) ?? errorOf(`${p}.key`)}
                </Text>
              )}
              {node.children.length > 0 ? (
                <SubgroupsEditor path={`${p}.children`} nodes={node.children} depth={depth + 1} />
              ) : (
                <Group>
                  <Button
                    variant="subtle"
                    size="compact-xs"
                    onClick={() => form.insertListItem(`${p}.children`, blankNode())}
                  >
                    {`${t('planEdit.addChildSubgroup')} — ${name}`}
                  </Button>
                </Group>
              )}
            </Stack>
          );
        }}
      </RowsEditor>
    </Stack>
  );
}

/** Thuộc tính đại biểu the organizer defines (besides the built-in ones), usable in the rules. */
export function AttributesEditor({ attributes }: { attributes: DelegateRules['attributes'] }) {
  const { t } = useTranslation();
  const { bind } = usePlanForm();
  return (
    <RowsEditor
      path="delegateRules.attributes"
      items={attributes}
      addLabel={t('planEdit.addAttribute')}
      newItem={() => ({ key: '', label: '' })}
    >
      {(a, i) => {
        const p = `delegateRules.attributes.${i}`;
        const name = a.label || t('common.item', { n: i + 1 });
        return (
          <Group align="flex-end" gap="xs" wrap="wrap">
            <TextInput {...rowLabel(i, t('planField.attributeLabel'))} w={260} {...bind(`${p}.label`)} />
            <TextInput
              {...rowLabel(i, t('planField.attributeKey'))}
              w={160}
              description={i === 0 ? t('planEdit.attributeKeyHint') : undefined}
              {...bind(`${p}.key`)}
            />
            <RowControls path="delegateRules.attributes" index={i} length={attributes.length} label={name} />
          </Group>
        );
      }}
    </RowsEditor>
  );
}

/** A rule's scope as one Select value: '' (the whole list) or the JSON of [category, sub-group?]. */
export const scopeValue = (scope: { category: string; subgroup?: string } | undefined) =>
  scope ? JSON.stringify(scope.subgroup ? [scope.category, scope.subgroup] : [scope.category]) : '';
export function scopeOf(value: string | null): { category: string; subgroup?: string } | undefined {
  if (!value) return undefined;
  const [category, subgroup] = JSON.parse(value) as [string, string?];
  return subgroup ? { category, subgroup } : { category };
}

/** Áp dụng cho: the whole list, a category, or one of its sub-groups at any depth. */
export function scopeOptions(rules: DelegateRules, all: string) {
  const options = [{ value: '', label: all }];
  for (const c of rules.categories) {
    options.push({ value: scopeValue({ category: c.key }), label: c.label || c.key });
    const walk = (nodes: SubgroupNode[], depth: number) => {
      for (const n of nodes) {
        const key = n.key || n.label;
        if (key)
          options.push({
            value: scopeValue({ category: c.key, subgroup: key }),
            label: `${'— '.repeat(depth)}${n.label}`,
          });
        walk(n.children, depth + 1);
      }
    };
    walk(c.subgroups, 1);
  }
  return options;
}
