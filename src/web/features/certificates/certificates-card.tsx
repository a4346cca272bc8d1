import { Button, Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ConferenceDetail } from '../../lib/types';
import { certificatesPath } from './queries';

/** Giấy khen on the conference page, for the office. */
export function CertificatesCard({ c, visible }: { c: ConferenceDetail; visible: boolean }) {
  const { t } = useTranslation();
  if (!visible) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="sec-certificates">
      <Title order={2} fz="lg" id="sec-certificates" mb={4}>
        {t('cert.overview.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('cert.overview.help')}
      </Text>
      <Button component={Link} to={certificatesPath(c.id)} variant="light">
        {t('cert.overview.open')}
      </Button>
    </Paper>
  );
}
