import { Alert, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../../shared/rules/prize-money';
import type { AwardFormView } from '../../../shared/schemas/award-forms';
import type { ApprovalRule } from '../../../shared/schemas/nominations';
import { ErrorState, PageLoader } from '../../components/page-state';
import { usePageTitle } from '../../lib/use-page-title';
import { PrizeBasisNote } from '../documents/prize-basis-note';
import { NominationsNav, useConferenceRole } from '../nominations/parts';
import { useAwardForms } from '../nominations/queries';
import { usePrizeBasis } from './queries';

const AwardFormModal = lazy(() => import('./award-form-modal').then((m) => ({ default: m.AwardFormModal })));

/** The form's number of honorees as a line of its card, or null when it has none. */
function useHonoreesText() {
  const { t } = useTranslation();
  return ({ minHonorees: min, maxHonorees: max }: AwardFormView) => {
    if (min !== null && max !== null)
      return min === max
        ? t('nom.forms.honoreesExact', { min })
        : t('nom.forms.honoreesBetween', { min, max });
    if (min !== null) return t('nom.forms.honoreesAtLeast', { min });
    if (max !== null) return t('nom.forms.honoreesAtMost', { max });
    return null;
  };
}

function useRuleText() {
  const { t } = useTranslation();
  return (r: ApprovalRule) =>
    t('nom.forms.ruleText', {
      op: r.operator === 'gte' ? '≥' : '>',
      percent: r.percent,
      base: r.base === 'present' ? t('nom.forms.basePresent') : t('nom.forms.baseAll'),
    });
}

/** Hình thức khen thưởng & tiêu chí: the office edits; council and units read. */
export function AwardFormsPage() {
  const { t } = useTranslation();
  const { conferenceId, conference, role } = useConferenceRole();
  const forms = useAwardForms(conferenceId);
  // each form's prize on the decision date, as the QĐ and the budget compute it (server-side)
  const prizes = usePrizeBasis(conferenceId);
  const ruleText = useRuleText();
  const honoreesText = useHonoreesText();
  const [editing, setEditing] = useState<AwardFormView | 'new' | null>(null);
  usePageTitle(t('nom.forms.title'));
  if (conference.isLoading || forms.isLoading) return <PageLoader />;
  if (conference.error || !conference.data || !role)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (forms.error || !forms.data) return <ErrorState error={forms.error} onRetry={() => forms.refetch()} />;
  const canManage = forms.data.permissions.canManage;
  const prizeOf = new Map((prizes.data?.forms ?? []).map((p) => [p.id, p.amount]));
  const items = [...forms.data.items].sort(
    (a, b) => a.sortOrder - b.sortOrder || a.name.localeCompare(b.name, 'vi'),
  );

  return (
    <Stack gap="md">
      <NominationsNav conference={conference.data} active="awardForms" role={role} />
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} fz={26}>
            {t('nom.forms.title')}
          </Title>
          {prizes.data && <PrizeBasisNote basis={prizes.data} />}
        </div>
        {canManage && <Button onClick={() => setEditing('new')}>{t('nom.forms.add')}</Button>}
      </Group>
      {!canManage && <Alert color="gray">{t('nom.forms.readOnly')}</Alert>}
      {items.length === 0 && <Alert color="gray">{t('nom.forms.empty')}</Alert>}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {items.map((f) => (
          <Card key={f.id} withBorder padding="md" data-testid="award-form">
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
              <div style={{ minWidth: 0 }}>
                <Text fw={700} fz="lg">
                  {f.name}
                </Text>
                <Group gap={6} mt={4}>
                  <Badge variant="outline" color="gray">
                    {f.code}
                  </Badge>
                  <Badge variant="light" tt="none">
                    {t(`nom.appliesTo.${f.appliesTo}`)}
                  </Badge>
                </Group>
              </div>
              {canManage && (
                <Button
                  size="compact-sm"
                  variant="light"
                  style={{ flexShrink: 0 }}
                  onClick={() => setEditing(f)}
                  aria-label={`${t('common.edit')}: ${f.name}`}
                >
                  {t('common.edit')}
                </Button>
              )}
            </Group>
            <Text size="sm" mt="xs">
              {t('nom.forms.prizeCoefficient')}: <b>{String(f.prizeCoefficient).replace('.', ',')}</b>
              {prizeOf.get(f.id)
                ? ` · ${t('nom.forms.prizeAmount', { amount: formatVnd(prizeOf.get(f.id)!) })}`
                : ''}
            </Text>
            <Text size="sm">{ruleText(f.approvalRule)}</Text>
            {honoreesText(f) && <Text size="sm">{honoreesText(f)}</Text>}
            <Text size="sm" fw={600} mt="xs">
              {t('nom.forms.criteria')}
            </Text>
            {f.criteria.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('nom.forms.noCriteria')}
              </Text>
            ) : (
              <List size="sm" spacing={2}>
                {f.criteria.map((c) => (
                  <List.Item key={c}>{c}</List.Item>
                ))}
              </List>
            )}
          </Card>
        ))}
      </SimpleGrid>
      {editing && (
        <Suspense fallback={null}>
          <AwardFormModal
            conferenceId={conferenceId}
            form={editing === 'new' ? null : editing}
            onClose={() => setEditing(null)}
          />
        </Suspense>
      )}
    </Stack>
  );
}
