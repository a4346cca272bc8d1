import { Badge, Button, Card, Group, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CouncilMemberView } from '../../../shared/schemas/review';
import { PageHeader } from '../../components/page-header';
import { ErrorState, PageLoader } from '../../components/page-state';
import { TableHead } from '../../components/table-head';
import { useCurrentOrg } from '../../lib/current-org';
import { usePageTitle } from '../../lib/use-page-title';
import { useUnits } from '../units/queries';
import { MemberModal } from './member-modal';
import { useCouncil } from './queries';

/** Hội đồng Thi đua – Khen thưởng of the current organizer, by term (secretary, admin). */
export function CouncilPage() {
  const { t } = useTranslation();
  const { organization } = useCurrentOrg();
  const orgId = organization?.id;
  const council = useCouncil(orgId);
  const units = useUnits(orgId).data?.items ?? [];
  const [term, setTerm] = useState<string | null>(null);
  const [editing, setEditing] = useState<CouncilMemberView | 'new' | null>(null);
  usePageTitle(t('rev.council.title'));
  if (!organization || council.isLoading) return <PageLoader />;
  if (council.error || !council.data)
    return <ErrorState error={council.error} onRetry={() => council.refetch()} />;
  const terms = [...new Set(council.data.items.map((m) => m.term))].sort().reverse();
  const shown = council.data.items.filter((m) => !term || m.term === term);
  const unitName = (id: string | null) => units.find((u) => u.id === id)?.name ?? '';
  const canManage = council.data.permissions.canManage;

  const actions = (m: CouncilMemberView) =>
    canManage && (
      <Button
        size="compact-md"
        variant="light"
        onClick={() => setEditing(m)}
        aria-label={`${t('rev.council.edit')}: ${m.fullName}`}
      >
        {t('rev.council.edit')}
      </Button>
    );
  const status = (m: CouncilMemberView) => (
    <Group gap={4}>
      {!m.active && (
        <Badge color="gray" variant="light" tt="none">
          {t('rev.council.inactive')}
        </Badge>
      )}
      <Badge color={m.userId ? 'green' : 'orange'} variant="light" tt="none">
        {m.userId ? t('rev.council.accountLinked') : t('rev.council.accountNone')}
      </Badge>
    </Group>
  );

  return (
    <Stack gap="md">
      <PageHeader
        title={t('rev.council.title')}
        help={`${organization.name} · ${t('rev.council.help')}`}
        actions={
          canManage && (
            <Button size="md" onClick={() => setEditing('new')}>
              {t('rev.council.add')}
            </Button>
          )
        }
      />
      <Select
        label={t('rev.council.term')}
        data={[
          { value: '', label: t('rev.council.allTerms') },
          ...terms.map((x) => ({ value: x, label: x })),
        ]}
        value={term ?? ''}
        onChange={(v) => setTerm(v || null)}
        maw={260}
        allowDeselect={false}
      />
      {shown.length === 0 && <Text c="dimmed">{t('rev.council.empty')}</Text>}

      <Stack gap="sm" hiddenFrom="sm">
        {shown.map((m) => (
          <Card key={m.id} withBorder padding="sm" opacity={m.active ? 1 : 0.6}>
            <Group justify="space-between" wrap="nowrap" align="flex-start">
              <div>
                <Text fw={700}>{m.fullName}</Text>
                <Text size="sm">{t(`rev.position.${m.position}`)}</Text>
                <Text size="sm" c="dimmed">
                  {unitName(m.unitId)} · {m.term}
                </Text>
              </div>
              {actions(m)}
            </Group>
            {status(m)}
          </Card>
        ))}
      </Stack>
      <Table.ScrollContainer minWidth={720} visibleFrom="sm">
        <Table verticalSpacing="sm" highlightOnHover data-testid="council-table">
          <TableHead
            cells={[
              t('rev.council.fullName'),
              t('rev.council.position'),
              t('rev.council.unit'),
              t('rev.council.term'),
              '',
              t('common.actions'),
            ]}
          />
          <Table.Tbody>
            {shown.map((m) => (
              <Table.Tr key={m.id} opacity={m.active ? 1 : 0.6}>
                <Table.Td fw={600}>{m.fullName}</Table.Td>
                <Table.Td>{t(`rev.position.${m.position}`)}</Table.Td>
                <Table.Td>{unitName(m.unitId)}</Table.Td>
                <Table.Td>{m.term}</Table.Td>
                <Table.Td>{status(m)}</Table.Td>
                <Table.Td>{actions(m)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && (
        <MemberModal
          orgId={organization.id}
          member={editing === 'new' ? null : editing}
          defaultTerm={term ?? terms[0] ?? ''}
          units={units.map((u) => ({ value: u.id, label: u.name }))}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
