import { Accordion, Button, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NominationCounts } from '../../../shared/schemas/nomination-views';
import { NOMINATION_STATUSES } from '../../../shared/schemas/nominations';

/** Thống kê: counts by status (click to filter), unit, form, gender, occupation group. */
export function CountsPanel({
  counts,
  unitName,
  formName,
  onStatus,
}: {
  counts: NominationCounts;
  unitName: (id: string) => string;
  formName: (id: string) => string;
  onStatus: (status: string) => void;
}) {
  const { t } = useTranslation();
  const label = (group: 'gender' | 'occupationGroup', key: string) =>
    key === 'none' ? t('nom.list.noValue') : t(`nom.${group}.${key}` as 'nom.gender.male');
  const groups: { key: string; title: string; rows: [string, number][] }[] = [
    {
      key: 'unit',
      title: t('nom.list.byUnit'),
      rows: Object.entries(counts.byUnit).map(([k, v]) => [unitName(k), v]),
    },
    {
      key: 'form',
      title: t('nom.list.byForm'),
      rows: Object.entries(counts.byForm).map(([k, v]) => [formName(k), v]),
    },
    {
      key: 'gender',
      title: t('nom.list.byGender'),
      rows: Object.entries(counts.byGender).map(([k, v]) => [label('gender', k), v]),
    },
    {
      key: 'occupation',
      title: t('nom.list.byOccupationGroup'),
      rows: Object.entries(counts.byOccupationGroup).map(([k, v]) => [label('occupationGroup', k), v]),
    },
  ];
  return (
    <Stack gap="xs">
      <Group gap={6} data-testid="status-counts">
        {NOMINATION_STATUSES.filter((s) => counts.byStatus[s]).map((s) => (
          <Button key={s} size="compact-sm" variant="default" onClick={() => onStatus(s)}>
            {t(`nom.status.${s}`)}: <b style={{ marginLeft: 4 }}>{counts.byStatus[s]}</b>
          </Button>
        ))}
      </Group>
      <Accordion variant="separated">
        <Accordion.Item value="counts">
          <Accordion.Control>{t('nom.list.counts')}</Accordion.Control>
          <Accordion.Panel>
            <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} data-testid="counts">
              {groups.map((g) => (
                <div key={g.key}>
                  <Text fw={700} size="sm" mb={4}>
                    {g.title}
                  </Text>
                  <Table verticalSpacing={2} fz="sm">
                    <Table.Tbody>
                      {g.rows
                        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'vi'))
                        .map(([name, n]) => (
                          <Table.Tr key={name}>
                            <Table.Td>{name}</Table.Td>
                            <Table.Td ta="right" fw={600}>
                              {n}
                            </Table.Td>
                          </Table.Tr>
                        ))}
                    </Table.Tbody>
                  </Table>
                </div>
              ))}
            </SimpleGrid>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </Stack>
  );
}
