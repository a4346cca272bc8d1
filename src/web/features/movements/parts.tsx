import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MovementView } from '../../../shared/schemas/movements';
import { formatDate } from '../../lib/format';

/** "01/01/2016 – 31/12/2020" or "từ 01/01/2016 (đang diễn ra)". */
export function usePeriod() {
  const { t } = useTranslation();
  return (m: Pick<MovementView, 'startDate' | 'endDate'>) =>
    m.endDate
      ? `${formatDate(m.startDate)} – ${formatDate(m.endDate)}`
      : `${t('mov.from', { date: formatDate(m.startDate) })} (${t('mov.ongoing')})`;
}

export function MethodBadge({ method }: { method: MovementView['method'] }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={method === 'thematic' ? 'grape' : 'blue'} tt="none">
      {t(`mov.method.${method}`)}
    </Badge>
  );
}
