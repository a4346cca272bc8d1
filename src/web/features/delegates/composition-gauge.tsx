import { Alert, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ComposedDelegate,
  type CompositionCheck,
  type CompositionRuleResult,
  checkComposition,
} from '../../../shared/rules/delegate-composition';
import type { DelegateRules } from '../../../shared/schemas/plan';
import { SectionCard } from '../../components/section-card';

/** The same pure rule the server checks before finalizing, on the list as it is on screen. */
export function useComposition(rules: DelegateRules | undefined, delegates: readonly ComposedDelegate[]) {
  return useMemo(() => (rules ? checkComposition(rules, delegates) : null), [rules, delegates]);
}

function RuleRow({ r }: { r: CompositionRuleResult }) {
  const { t } = useTranslation();
  const isCount = r.kind === 'cap' || r.kind === 'min_count' || r.kind === 'subgroup_count';
  const value = isCount ? Math.min(100, (r.count / Math.max(1, r.target)) * 100) : r.percent;
  return (
    <Stack gap={2} data-testid={`gauge-${r.id}`} data-ok={r.ok}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          {r.label}
        </Text>
        <Text size="sm" fw={700} c={r.ok ? 'green.8' : 'red.8'} style={{ whiteSpace: 'nowrap' }}>
          {isCount ? `${r.count}/${r.target}` : t('del.gauge.share', { count: r.count, percent: r.percent })}
        </Text>
      </Group>
      <Progress.Root size="lg" aria-label={r.label}>
        <Progress.Section value={value} color={r.ok ? 'green' : 'red'} />
      </Progress.Root>
      {r.message && (
        <Text size="sm" c="red.8">
          {r.message}
        </Text>
      )}
    </Stack>
  );
}

/** Cơ cấu đại biểu: the cap, every share rule, numbers and the exact shortfall. */
export function CompositionGauge({ check, title }: { check: CompositionCheck; title?: string }) {
  const { t } = useTranslation();
  return (
    <SectionCard
      id="sec-gauge"
      title={title ?? t('del.gauge.title')}
      aside={
        <Group gap="xs">
          <Text size="sm" fw={600} data-testid="gauge-total">
            {t('del.gauge.total', { total: check.total, cap: check.cap })}
          </Text>
          <Badge color={check.ok ? 'green' : 'red'}>
            {check.ok ? t('del.gauge.ok') : t('del.gauge.broken')}
          </Badge>
        </Group>
      }
      data-testid="composition-gauge"
    >
      <Stack gap="sm">
        {check.rules.map((r) => (
          <RuleRow key={r.id} r={r} />
        ))}
        {check.fixes.length > 0 && (
          <Alert color="orange" title={t('del.gauge.fixes')} data-testid="gauge-fixes">
            {check.fixes.map((f) => (
              <Text size="sm" key={f}>
                {f}
              </Text>
            ))}
          </Alert>
        )}
        {check.total === 0 && <Alert color="yellow">{check.messages[0]}</Alert>}
      </Stack>
    </SectionCard>
  );
}
