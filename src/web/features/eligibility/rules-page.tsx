import { Alert, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayInVietnam } from '../../../shared/rules/timeline';
import type { EligibilityRuleView } from '../../../shared/schemas/honours';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { SectionCard } from '../../components/section-card';
import { canIn } from '../../lib/actor';
import { useCurrentOrg } from '../../lib/current-org';
import { formatDate } from '../../lib/format';
import { useRequiredMe } from '../../lib/session';
import { usePageTitle } from '../../lib/use-page-title';
import { useEligibilityRules, useHonourForms } from './queries';
import { RuleModal } from './rule-modal';

type Editing = { kind: 'edit'; rule: EligibilityRuleView } | { kind: 'new' } | null;

/** The rule in one line: "3 năm liên tục đạt CSTD-CS". */
export function describeRule(t: TFunction, r: EligibilityRuleView): string {
  const p = r.params;
  if (p.kind === 'one_achievement' || p.kind === 'discipline_block')
    return t(`elig.rules.describe.${p.kind}`);
  const forms = (p.forms.length ? p.forms : [r.formCode]).join(', ');
  if (p.kind === 'requires_prior')
    return t(
      p.includeSameYear ? 'elig.rules.describe.requires_priorSame' : 'elig.rules.describe.requires_prior',
      {
        count: p.count,
        forms,
        years: p.years,
      },
    );
  return t(`elig.rules.describe.${p.kind}`, { forms, years: p.years });
}

/** Điều kiện xét khen thưởng of the organizer, by form, each with its period; the office edits them. */
export function RulesPage() {
  const { t } = useTranslation();
  const me = useRequiredMe();
  const { organization } = useCurrentOrg();
  const rules = useEligibilityRules(organization?.id);
  const forms = useHonourForms(organization?.id);
  const [editing, setEditing] = useState<Editing>(null);
  usePageTitle(t('elig.rules.title'));
  if (rules.isLoading || !organization) return <PageLoader />;
  if (rules.error || !rules.data) return <ErrorState error={rules.error} onRetry={() => rules.refetch()} />;
  const manage = canIn(me, 'honour.manage', organization.id);
  const names = new Map((forms.data?.items ?? []).map((f) => [f.code, f.name]));
  const options = (forms.data?.items ?? []).map((f) => ({ value: f.code, label: `${f.code} — ${f.name}` }));
  const byForm = new Map<string, EligibilityRuleView[]>();
  for (const r of rules.data.items) byForm.set(r.formCode, [...(byForm.get(r.formCode) ?? []), r]);
  const today = todayInVietnam();

  return (
    <Stack>
      <PageHeader
        title={t('elig.rules.title')}
        help={t('elig.rules.help')}
        actions={manage && <Button onClick={() => setEditing({ kind: 'new' })}>{t('elig.rules.add')}</Button>}
      />
      {byForm.size === 0 && <Alert color="gray">{t('elig.rules.empty')}</Alert>}
      {[...byForm].map(([code, list]) => (
        <SectionCard
          key={code}
          id={`sec-rules-${code}`}
          title={names.get(code) ? `${names.get(code)} (${code})` : code}
        >
          <Table.ScrollContainer minWidth={560}>
            <Table verticalSpacing="xs" data-testid="rules-table">
              <Table.Tbody>
                {list.map((r) => {
                  const inForce = r.validFrom <= today && (!r.validTo || r.validTo >= today);
                  return (
                    <Table.Tr key={r.id} data-rule={r.id}>
                      <Table.Td>
                        <Text fw={600}>{describeRule(t, r)}</Text>
                        {r.note && (
                          <Text size="xs" c="dimmed">
                            {r.note}
                          </Text>
                        )}
                      </Table.Td>
                      <Table.Td w={210} style={{ whiteSpace: 'nowrap' }}>
                        {r.validTo
                          ? t('elig.rules.periodClosed', {
                              from: formatDate(r.validFrom),
                              to: formatDate(r.validTo),
                            })
                          : t('elig.rules.periodOpen', { from: formatDate(r.validFrom) })}
                        <Group gap={4} mt={2}>
                          <Badge size="xs" color={inForce ? 'green' : 'gray'} variant="light">
                            {inForce ? t('elig.rules.inForce') : t('elig.rules.expired')}
                          </Badge>
                          {r.isExample && (
                            <Badge
                              size="xs"
                              color="yellow"
                              variant="light"
                              title={t('elig.card.exampleHelp')}
                            >
                              {t('elig.card.example')}
                            </Badge>
                          )}
                        </Group>
                      </Table.Td>
                      {manage && (
                        <Table.Td w={80} ta="right">
                          <Button
                            size="compact-sm"
                            variant="light"
                            onClick={() => setEditing({ kind: 'edit', rule: r })}
                            aria-label={`${t('common.edit')}: ${describeRule(t, r)}`}
                          >
                            {t('common.edit')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </SectionCard>
      ))}
      {(editing?.kind === 'new' || editing?.kind === 'edit') && (
        <RuleModal
          orgId={organization.id}
          rule={editing.kind === 'edit' ? editing.rule : null}
          formOptions={options}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
