import { Alert, Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { prizeAmount } from '../../../shared/rules/prize-money';
import type { AwardFormView, BaseSalaryView } from '../../../shared/schemas/award-forms';
import type { ApprovalRule } from '../../../shared/schemas/nominations';
import { ErrorState, PageLoader } from '../../components/page-state';
import { formatDate } from '../../lib/format';
import { usePageTitle } from '../../lib/use-page-title';
import { useDocumentSettings } from '../documents/queries';
import { NominationsNav, useConferenceRole } from '../nominations/parts';
import { useAwardForms, useBaseSalaries } from '../nominations/queries';

const AwardFormModal = lazy(() => import('./award-form-modal').then((m) => ({ default: m.AwardFormModal })));

const money = (n: number) => Math.round(n).toLocaleString('vi-VN');

/** The base salary in force on `day` (the table is dated). */
export function baseSalaryOn(items: BaseSalaryView[], day: string): BaseSalaryView | null {
  return (
    [...items]
      .filter((s) => s.effectiveFrom <= day)
      .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0] ?? null
  );
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
  const salaries = useBaseSalaries();
  const docSettings = useDocumentSettings(conferenceId);
  const ruleText = useRuleText();
  const [editing, setEditing] = useState<AwardFormView | 'new' | null>(null);
  usePageTitle(t('nom.forms.title'));
  if (conference.isLoading || forms.isLoading) return <PageLoader />;
  if (conference.error || !conference.data || !role)
    return <ErrorState error={conference.error} onRetry={() => conference.refetch()} />;
  if (forms.error || !forms.data) return <ErrorState error={forms.error} onRetry={() => forms.refetch()} />;
  const canManage = forms.data.permissions.canManage;
  const salary = baseSalaryOn(salaries.data?.items ?? [], conference.data.today);
  // As the QĐ will print it: coefficient × base salary, rounded by the document settings.
  const prize = (coefficient: number) =>
    prizeAmount({
      coefficient,
      decisionDate: conference.data!.today,
      baseSalaries: salaries.data?.items ?? [],
      rounding: docSettings.data?.prizeRounding ?? 'none',
    })?.amount ?? 0;
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
          {salary && (
            <Text size="sm" c="dimmed">
              {t('nom.forms.baseSalary', {
                amount: money(salary.amount),
                date: formatDate(salary.effectiveFrom),
              })}
            </Text>
          )}
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
              {salary && f.prizeCoefficient > 0
                ? ` · ${t('nom.forms.prizeAmount', { amount: money(prize(f.prizeCoefficient)) })}`
                : ''}
            </Text>
            <Text size="sm">{ruleText(f.approvalRule)}</Text>
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
