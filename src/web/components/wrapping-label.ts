/**
 * Button props for a long label on a phone (a meeting's or a ballot's full title): the label wraps,
 * centred, and the button grows to hold it instead of cutting it off.
 */
export const wrappingLabel = {
  h: 'auto',
  py: 'sm',
  styles: { label: { whiteSpace: 'normal', lineHeight: 1.3, textAlign: 'center' } },
} as const;
