import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../../shared/rules/prize-money';
import type { PrizeBasisView } from '../../../shared/schemas/prizes';
import { formatDate } from '../../lib/format';

type Props = {
  basis: PrizeBasisView;
  /** Also the total for the honorees ("Tiền thưởng … đ tính theo QĐ ngày …"). */
  withTotal?: boolean;
  /** Also what the last closed ballot changed (the total before it). */
  withChange?: boolean;
  size?: 'xs' | 'sm';
};

/**
 * What every page that shows prize money says about it: the decision date, where that date comes
 * from, the base salary in force that day, and when the amounts change. One wording everywhere,
 * from the server's `prizeBasis` (the same computation the QĐ prints).
 */
export function PrizeBasisNote({ basis, withTotal = false, withChange = false, size = 'sm' }: Props) {
  const { t } = useTranslation();
  const date = formatDate(basis.date);
  if (!basis.baseSalary) {
    return (
      <Text size={size} c="orange.8" data-testid="prize-basis">
        {t('doc.prizes.noSalary', { date })}
      </Text>
    );
  }
  const change = basis.change;
  const changed =
    withChange && change && change.previousTotal !== null && change.previousTotal !== basis.total
      ? change
      : null;
  return (
    <Stack gap={2} data-testid="prize-basis">
      {withTotal && basis.honorees > 0 && (
        <Text size={size} fw={600}>
          {t('doc.prizes.total', { total: formatVnd(basis.total), date, count: basis.honorees })}
        </Text>
      )}
      <Text size={size}>
        {t('doc.prizes.line', {
          amount: formatVnd(basis.baseSalary.amount),
          date,
          source: t(`doc.prizes.source.${basis.dateSource}`, { number: basis.decisionNumber ?? '' }),
          since: formatDate(basis.baseSalary.effectiveFrom),
        })}{' '}
        {t('doc.prizes.changes')}
      </Text>
      {changed && (
        <Text size={size} c="dimmed" data-testid="prize-change">
          {t('doc.prizes.changed', {
            ballot: changed.ballotTitle,
            meeting: formatDate(changed.meetingDate),
            previous: formatVnd(changed.previousTotal ?? 0),
            total: formatVnd(basis.total),
          })}
        </Text>
      )}
    </Stack>
  );
}
