import { Badge, Card, Group, Progress, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BallotItemView, BallotView } from '../../../shared/schemas/review';
import { TableHead } from '../../components/table-head';
import { formatPercent, OutcomeBadge } from './parts';

/** "Đã bỏ 4/6 phiếu" with a bar: how far an electronic ballot has got (never who). */
export function BallotProgress({ ballot, large = false }: { ballot: BallotView; large?: boolean }) {
  const { t } = useTranslation();
  const cast = ballot.ballotsCast ?? 0;
  const all = ballot.electorateSize;
  return (
    <Stack gap={6} data-testid="ballot-progress">
      <Text fw={700} fz={large ? 56 : 'xl'} lh={1.1} aria-live="polite">
        {t('rev.ballot.progress', { cast, all })}
      </Text>
      <Progress
        value={all > 0 ? (cast / all) * 100 : 0}
        size={large ? 28 : 'lg'}
        radius="xl"
        color={cast >= all && all > 0 ? 'green' : 'red.8'}
        aria-hidden
      />
    </Stack>
  );
}

function ItemName({ item, large }: { item: BallotItemView; large: boolean }) {
  const { t } = useTranslation();
  return (
    <div style={{ minWidth: 0 }}>
      <Text fw={700} fz={large ? 30 : 'md'} lh={1.2}>
        {item.name}
      </Text>
      <Text fz={large ? 20 : 'sm'} c="dimmed">
        {t(`nom.kind.${item.kind}`)} · {item.unitName} · {item.awardFormName}
      </Text>
      {item.excluded.length > 0 && (
        <Text fz={large ? 18 : 'xs'} c="orange.8">
          {t('rev.ballot.excludedNote', { count: item.excluded.length })}
        </Text>
      )}
    </div>
  );
}

/**
 * Kết quả of a closed ballot: per nominee the counts, the share over its base, Đạt/Không đạt
 * and the reason the rule gives. Cards on phones, a table on wider screens; `large` for the
 * projected screen.
 */
export function ResultsTable({ ballot, large = false }: { ballot: BallotView; large?: boolean }) {
  const { t } = useTranslation();
  const items = ballot.items;
  const fz = large ? 28 : 'sm';
  const counts = (i: BallotItemView) => i.result;
  return (
    <>
      {!large && (
        <Stack gap="sm" hiddenFrom="md">
          {items.map((i) => {
            const r = counts(i);
            return (
              <Card key={i.id} withBorder padding="sm" data-testid="result-card" data-name={i.name}>
                <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
                  <ItemName item={i} large={false} />
                  {r && <OutcomeBadge result={r} />}
                </Group>
                {r && (
                  <>
                    <Group gap="xs" mt={6}>
                      <Badge variant="light" color="green" tt="none">
                        {t('rev.ballot.agree')}: {r.agree}
                      </Badge>
                      <Badge variant="light" color="red" tt="none">
                        {t('rev.ballot.disagree')}: {r.disagree}
                      </Badge>
                      {ballot.allowAbstain && (
                        <Badge variant="light" color="gray" tt="none">
                          {t('rev.ballot.abstain')}: {r.abstain}
                        </Badge>
                      )}
                      <Badge variant="outline" color="dark" tt="none">
                        {formatPercent(r.sharePercent)}%
                      </Badge>
                    </Group>
                    <Text size="sm" mt={4}>
                      {r.reason}
                    </Text>
                  </>
                )}
              </Card>
            );
          })}
        </Stack>
      )}
      <Table.ScrollContainer minWidth={large ? 0 : 760} visibleFrom={large ? undefined : 'md'}>
        <Table
          verticalSpacing={large ? 'md' : 'sm'}
          fz={fz}
          data-testid="results-table"
          striped={large}
          withRowBorders
        >
          <TableHead
            cells={[
              t('rev.ballot.nominee'),
              { label: t('rev.ballot.agree'), ta: 'right' },
              { label: t('rev.ballot.disagree'), ta: 'right' },
              ballot.allowAbstain && { label: t('rev.ballot.abstain'), ta: 'right' },
              { label: t('rev.ballot.share'), ta: 'right' },
              t('rev.ballot.outcome'),
            ]}
          />
          <Table.Tbody>
            {items.map((i) => {
              const r = counts(i);
              return (
                <Table.Tr key={i.id} data-name={i.name}>
                  <Table.Td>
                    <ItemName item={i} large={large} />
                  </Table.Td>
                  <Table.Td ta="right" fw={700} data-col="agree">
                    {r?.agree ?? '—'}
                  </Table.Td>
                  <Table.Td ta="right" data-col="disagree">
                    {r?.disagree ?? '—'}
                  </Table.Td>
                  {ballot.allowAbstain && (
                    <Table.Td ta="right" data-col="abstain">
                      {r?.abstain ?? '—'}
                    </Table.Td>
                  )}
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }} data-col="share">
                    {r ? `${formatPercent(r.sharePercent)}%` : '—'}
                  </Table.Td>
                  <Table.Td data-col="outcome">
                    {r ? (
                      <Stack gap={2} align="flex-start">
                        <OutcomeBadge result={r} size={large ? 'xl' : 'md'} />
                        <Text fz={large ? 18 : 'xs'}>{r.reason}</Text>
                      </Stack>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}
