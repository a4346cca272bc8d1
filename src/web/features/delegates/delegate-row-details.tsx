import { Badge, Box, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../../shared/rules/checkin-window';
import type { DelegateView } from '../../../shared/schemas/delegates';

// The delegate list's narrow layouts (delegates-table.tsx COLUMNS): what a hidden column would
// say goes under the name.

export function ArrivedBadge({ d }: { d: DelegateView }) {
  const { t } = useTranslation();
  if (!d.checkIn) return null;
  return (
    <Badge color="green" variant="light">
      {t('del.list.checkedIn', { at: formatClock(d.checkIn.at) })}
    </Badge>
  );
}

/** Under the name, what the hidden columns would say: seat and unit below `xl`, group and arrival on phones. */
export function NarrowDetails({ d }: { d: DelegateView }) {
  const seatAndUnit = [d.seatGroup, d.unitName].filter(Boolean).join(' · ');
  return (
    <>
      <Text size="xs" c="dimmed" hiddenFrom="sm">
        {d.categoryLabel}
      </Text>
      {seatAndUnit && (
        <Text size="xs" c="dimmed" hiddenFrom="xl">
          {seatAndUnit}
        </Text>
      )}
      <Box hiddenFrom="sm">
        <ArrivedBadge d={d} />
      </Box>
    </>
  );
}
