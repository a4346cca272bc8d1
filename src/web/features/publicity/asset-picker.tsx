import './catalog';
import {
  ActionIcon,
  Checkbox,
  Group,
  Image,
  Input,
  ScrollArea,
  SimpleGrid,
  Stack,
  Text,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MediaAssetView } from '../../../shared/schemas/publicity';

type Props = {
  library: readonly MediaAssetView[];
  value: string[];
  onChange: (ids: string[]) => void;
};

const label = (a: MediaAssetView | undefined, untitled: string) => a?.title || a?.caption || untitled;

/** Chọn ảnh theo thứ tự: tick photos of the library (in the order ticked), then move or remove them. */
export function AssetPicker({ library, value, onChange }: Props) {
  const { t } = useTranslation();
  const byId = new Map(library.map((a) => [a.id, a]));
  const toggle = (id: string) =>
    onChange(value.includes(id) ? value.filter((v) => v !== id) : [...value, id]);
  const move = (i: number, by: number) => {
    const next = [...value];
    const [it] = next.splice(i, 1);
    next.splice(i + by, 0, it!);
    onChange(next);
  };
  const untitled = t('media.library.untitled');
  return (
    <Stack gap="xs">
      <Input.Label>{t('media.albums.pick')}</Input.Label>
      <ScrollArea.Autosize mah={260}>
        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs">
          {library.map((a) => (
            <Checkbox.Card
              key={a.id}
              checked={value.includes(a.id)}
              onClick={() => toggle(a.id)}
              p={6}
              radius="sm"
            >
              <Group gap={6} wrap="nowrap" align="flex-start">
                <Checkbox.Indicator aria-label={label(a, untitled)} />
                <Stack gap={2}>
                  {a.sizes[0] && <Image src={a.sizes[0].url} alt="" h={56} w={80} fit="cover" radius="xs" />}
                  <Text size="xs" lineClamp={2}>
                    {label(a, untitled)}
                  </Text>
                </Stack>
              </Group>
            </Checkbox.Card>
          ))}
        </SimpleGrid>
      </ScrollArea.Autosize>
      {value.map((id, i) => (
        <Group key={id} gap="xs" wrap="nowrap" data-testid="album-order-item">
          <Text size="sm" w={28} ta="right">
            {i + 1}.
          </Text>
          <Text size="sm" style={{ flex: 1 }} lineClamp={1}>
            {label(byId.get(id), untitled)}
          </Text>
          <ActionIcon
            variant="subtle"
            disabled={i === 0}
            onClick={() => move(i, -1)}
            aria-label={t('media.albums.up')}
          >
            ↑
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            disabled={i === value.length - 1}
            onClick={() => move(i, 1)}
            aria-label={t('media.albums.down')}
          >
            ↓
          </ActionIcon>
          <ActionIcon
            variant="subtle"
            color="red"
            onClick={() => toggle(id)}
            aria-label={t('media.albums.remove')}
          >
            ×
          </ActionIcon>
        </Group>
      ))}
    </Stack>
  );
}

/** Ảnh bìa: one photo of the library, or none. */
export function coverOptions(library: readonly MediaAssetView[], none: string, untitled: string) {
  return [
    { value: '', label: none },
    ...library.filter((a) => a.kind === 'photo').map((a) => ({ value: a.id, label: label(a, untitled) })),
  ];
}
