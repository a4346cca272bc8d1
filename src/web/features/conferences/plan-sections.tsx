import { Badge, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NominationKind } from '../../../shared/schemas/nominations';
import type { Plan } from '../../../shared/schemas/plan';
import { attributeText } from '../../lib/delegate-attributes';
import { formatRange } from '../../lib/format';
import { Section } from './section';

/** Thành phần và số lượng đại biểu: cap, categories with shares, extra rules. */
export function DelegateRulesSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const r = plan.delegateRules;
  return (
    <Section title={t('overview.delegates')} id="sec-plan-delegates">
      <Stack gap="xs">
        <Text fw={700} fz="lg">
          {t('overview.cap', { cap: r.cap })}
        </Text>
        {r.categories.map((c) => (
          <div key={c.key}>
            <Group gap="xs" wrap="nowrap" align="baseline">
              <Badge size="lg" variant="light" miw={64}>
                {c.sharePercent}%
              </Badge>
              <Text size="sm" fw={600}>
                {c.label}
                {c.minCount ? ` (≥ ${c.minCount})` : ''}
              </Text>
            </Group>
            {c.subgroups.length > 0 && (
              <List size="sm" ml={80} mt={4}>
                {c.subgroups.map((s) => (
                  <List.Item key={s.key}>{s.label}</List.Item>
                ))}
              </List>
            )}
          </div>
        ))}
        {r.extraRules.length > 0 && (
          <>
            <Text size="sm" fw={600} mt="xs">
              {t('overview.extraRules')}
            </Text>
            <List size="sm">
              {r.extraRules.map((x) => (
                <List.Item key={`${x.label}-${x.attribute}-${x.operator}`}>
                  {x.label}: {t(`operator.${x.operator}`)} {x.percent}% {attributeText(t, r, x.attribute)}
                </List.Item>
              ))}
            </List>
          </>
        )}
        {r.note && (
          <Text size="sm" c="dimmed">
            {r.note}
          </Text>
        )}
      </Stack>
    </Section>
  );
}

/** Cơ cấu tham luận and the upper-level delegation quota. */
export function SpeechAndDelegationSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const s = plan.speechRule;
  const q = plan.delegationQuota;
  return (
    <Section title={t('overview.speech')} id="sec-speech">
      <Stack gap="xs">
        <Text fw={700}>{t('overview.speechTotal', { total: s.total })}</Text>
        <List size="sm">
          {s.parts.map((p) => (
            <List.Item key={`${p.kind}-${p.unitType ?? p.unitId ?? p.nominationId ?? ''}-${p.label}`}>
              {p.count} × {p.label}
            </List.Item>
          ))}
        </List>
        <Text size="sm" fw={600} mt="sm">
          {t('overview.delegation')}
        </Text>
        <Text size="sm">
          {q.targetName}:{' '}
          <b>{t('overview.delegationValue', { collectives: q.collectives, individuals: q.individuals })}</b>
        </Text>
        {(q.parts ?? []).length > 0 && (
          <List size="sm" data-testid="delegation-quota-parts">
            {(q.parts ?? []).map((p) => (
              <List.Item key={`${p.dimension}-${p.value}-${p.op ?? 'exact'}`}>
                {t(`planField.quotaOps.${p.op ?? 'exact'}`)} {p.count} ×{' '}
                {p.dimension === 'category'
                  ? (plan.delegateRules.categories.find((c) => c.key === p.value)?.label ?? p.value)
                  : p.dimension === 'kind'
                    ? t(`nom.kind.${p.value as NominationKind}`)
                    : t(`delegateAttribute.${p.value}`, { defaultValue: p.value })}
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Section>
  );
}

/** Văn nghệ chào mừng: per unit, a range such as 1–2. */
export function PerformancesSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  if (plan.performanceAllocations.length === 0) return null;
  return (
    <Section title={t('overview.performances')} id="sec-performances">
      <Table verticalSpacing={6}>
        <Table.Tbody>
          {plan.performanceAllocations.map((a) => (
            <Table.Tr key={`${a.unitId ?? ''}-${a.unitName}`}>
              <Table.Td>{a.unitName}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('overview.performanceRange', { range: formatRange(a.min, a.max) })}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Section>
  );
}

/** Chương trình Hội nghị: the agenda items in order. */
export function AgendaSection({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  return (
    <Section title={t('overview.agenda')} id="sec-agenda">
      <List type="ordered" spacing={6} size="sm" data-testid="agenda">
        {plan.agendaTemplate.map((a) => (
          <List.Item key={`${a.kind}:${a.title}`}>
            {a.title}
            {a.durationMinutes ? ` (${a.durationMinutes}′)` : ''}{' '}
            <Badge size="xs" variant="outline" color="gray">
              {t(`agendaKind.${a.kind}`)}
            </Badge>
          </List.Item>
        ))}
      </List>
    </Section>
  );
}
