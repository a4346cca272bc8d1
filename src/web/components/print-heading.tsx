import { Anchor, Box, Button, Group, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/**
 * A printed page's stylesheet: no menus, no buttons, black on white, A4 margins; `rules` style
 * the page's own root (by its class) on paper.
 */
export const printCss = (rules: string) => `
@media print {
  .mantine-AppShell-header, .mantine-AppShell-navbar, .vd-no-print { display: none !important; }
  .mantine-AppShell-main { padding: 0 !important; min-height: 0 !important; }
  body { background: #fff !important; }
${rules}
  @page { size: A4; margin: 20mm 15mm 20mm 25mm; }
}`;

/** The screen-only bar above a printed page: back to where it came from, and print. */
export function PrintBar({
  backTo,
  backLabel,
  printLabel,
}: {
  backTo: string;
  backLabel: string;
  printLabel: string;
}) {
  return (
    <Group justify="space-between" className="vd-no-print">
      <Anchor component={Link} to={backTo} size="sm">
        {backLabel}
      </Anchor>
      <Button onClick={() => window.print()} variant="light">
        {printLabel}
      </Button>
    </Group>
  );
}

/** The national heading of a printed paper: the organization (under its parent) left, the nation and motto right. */
export function PrintHeading({
  parentName,
  organizationName,
}: {
  parentName: string;
  organizationName: string;
}) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Box ta="center" style={{ flex: 1 }}>
        <Text fz="sm">{parentName.toUpperCase()}</Text>
        <Text fz="sm" fw={700}>
          {organizationName.toUpperCase()}
        </Text>
      </Box>
      <Box ta="center" style={{ flex: 1 }}>
        <Text fz="sm" fw={700}>
          {t('rev.minutes.nation')}
        </Text>
        <Text fz="sm" fw={700}>
          {t('rev.minutes.motto')}
        </Text>
      </Box>
    </Group>
  );
}

/** A printed paper's top: the national heading, then its title (upper case) and what it is about. */
export function PrintTitle({
  parentName,
  organizationName,
  title,
  subject,
}: {
  parentName: string;
  organizationName: string;
  title: string;
  subject: string;
}) {
  return (
    <>
      <PrintHeading parentName={parentName} organizationName={organizationName} />
      <Title order={1} fz={21} ta="center" mt="md">
        {title.toUpperCase()}
      </Title>
      <Text ta="center" fw={600}>
        {subject}
      </Text>
    </>
  );
}
