import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { SectionCard } from '../../components/section-card';
import { type PreparationRole, preparationPath } from './queries';

/** Chuẩn bị hội nghị on the conference page: tasks & checklist (everyone), budget (who may see it). */
export function PreparationCard({ c, role }: { c: ConferenceDetail; role: PreparationRole }) {
  const { t } = useTranslation();
  return (
    <SectionCard id="sec-preparation" title={t('prep.overview.title')} help={t('prep.overview.help')}>
      <Group gap="sm">
        <Button component={Link} to={preparationPath.tasks(c.id)}>
          {t('prep.nav.tasks')}
        </Button>
        {role.canViewBudget && (
          <Button component={Link} to={preparationPath.budget(c.id)} variant="light">
            {t('prep.nav.budget')}
          </Button>
        )}
      </Group>
    </SectionCard>
  );
}
