import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceView as ConferenceDetail } from '../../../shared/schemas/conferences';
import { SectionCard } from '../../components/section-card';
import { programPath, runPath } from './queries';

/** Chương trình hội nghị on the conference page: the agenda and the run of show. */
export function ProgramCard({ c, visible }: { c: ConferenceDetail; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <SectionCard id="sec-program" title={t('prog.overview.title')} help={t('prog.overview.help')}>
      <Group gap="xs">
        <Button component={Link} to={programPath(c.id)} variant="light">
          {t('prog.overview.open')}
        </Button>
        <Button component={Link} to={runPath(c.id)} variant="subtle">
          {t('prog.overview.run')}
        </Button>
      </Group>
    </SectionCard>
  );
}
