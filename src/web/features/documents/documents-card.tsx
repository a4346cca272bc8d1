import { Button, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceDetail } from '../../lib/types';
import { documentsPath } from './queries';

/** Văn bản on the conference page: the link to the documents page (staff who may issue or read). */
export function DocumentsCard({ c, visible }: { c: ConferenceDetail; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sec-documents">
      <Title order={2} fz="lg" id="sec-documents" mb={4}>
        {t('doc.overview.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('doc.overview.help')}
      </Text>
      <Button component={Link} to={documentsPath(c.id)}>
        {t('doc.nav.documents')}
      </Button>
    </Paper>
  );
}
