import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { fillMcTemplate } from '../../../shared/rules/mc-script';
import type { AgendaItemView } from '../../../shared/schemas/program';
import { ItemFields, type ItemValues, itemValues } from './item-fields';
import { programWrites, useProgramWrite } from './queries';

/** The request body of the form's values (handovers only for the honoring item that has some). */
function bodyOf(v: ItemValues, item: AgendaItemView | null) {
  return {
    title: v.title,
    kind: v.kind as AgendaItemView['kind'],
    durationMinutes: typeof v.durationMinutes === 'number' ? v.durationMinutes : Number(v.durationMinutes),
    presenterKind: v.presenterKind as AgendaItemView['presenterKind'],
    presenter: v.presenter,
    presenterDelegateId: v.presenterKind === 'delegate' ? v.presenterDelegateId : null,
    notes: v.notes,
    mcTemplate: v.mcTemplate.trim() ? v.mcTemplate : null,
    ...(item?.callUp.length
      ? { handovers: Object.entries(v.handovers).map(([awardFormId, p]) => ({ awardFormId, presenter: p })) }
      : {}),
  };
}

/** Edit one agenda item (or add one when `item` is null): content, kind, presenter, MC words, handovers. */
export function ItemModal({
  cid,
  item,
  onClose,
}: {
  cid: string;
  item: AgendaItemView | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useForm<ItemValues>({ initialValues: itemValues(item) });
  const save = useProgramWrite(
    cid,
    (v: ItemValues) =>
      item
        ? programWrites.updateItem(cid, item, bodyOf(v, item))
        : programWrites.addItem(cid, bodyOf(v, item)),
    { form, onSuccess: onClose },
  );
  const remove = useProgramWrite(cid, (it: AgendaItemView) => programWrites.removeItem(cid, it), {
    form,
    onSuccess: onClose,
  });
  const v = form.values;
  const preview = item
    ? fillMcTemplate(v.mcTemplate.trim() ? v.mcTemplate : item.mcDefault, {
        number: item.number,
        title: item.speech?.title ?? item.performance?.title ?? v.title,
        presenter: v.presenter || item.presenterName,
        time: item.start,
        end: item.end,
        duration: `${v.durationMinutes} phút`,
        unit: item.speech?.unitName ?? item.performance?.unitName ?? '',
        performers: item.performance?.performers ?? '',
      })
    : [];
  const error = save.error ?? remove.error;

  return (
    <Modal
      opened
      onClose={onClose}
      title={item ? `${item.number}. ${item.title}` : t('prog.page.add')}
      size="lg"
    >
      <Stack gap="sm">
        {error && (
          <Alert color="red" role="alert">
            {error}
          </Alert>
        )}
        <ItemFields cid={cid} item={item} form={form} />
        {preview.length > 0 && (
          <Stack gap={2}>
            {preview.map((l) => (
              <Text key={l} size="sm" fs="italic">
                MC: {l}
              </Text>
            ))}
          </Stack>
        )}
        <Group justify="space-between">
          {item ? (
            <Button
              variant="subtle"
              color="red"
              onClick={() => {
                if (window.confirm(t('prog.page.removeConfirm', { title: item.title }))) remove.mutate(item);
              }}
            >
              {t('prog.page.remove')}
            </Button>
          ) : (
            <span />
          )}
          <Group>
            <Button variant="default" onClick={onClose}>
              {t('prog.page.cancel')}
            </Button>
            <Button onClick={() => save.mutate(v)} loading={save.isPending}>
              {t('prog.page.save')}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}
