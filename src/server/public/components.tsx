import { publicPaths } from '../../shared/rules/public-paths';
import type { ImageVariant } from '../../shared/schemas/publicity';

/** A published photo: its stored sizes as a srcset, its box reserved (no jump while it loads), lazy below the fold. */
export function ResponsiveImage(props: {
  assetId: string;
  variants: readonly ImageVariant[];
  alt: string;
  /** The CSS width it is shown at, for the browser to pick the size (`sizes`). */
  sizes: string;
  /** The first picture(s) of a page load at once; the rest when scrolled to. */
  eager?: boolean;
}) {
  const { assetId, variants } = props;
  if (variants.length === 0) return null;
  const smallest = variants[0]!;
  return (
    <img
      src={publicPaths.image(assetId, smallest.width)}
      srcSet={variants.map((v) => `${publicPaths.image(assetId, v.width)} ${v.width}w`).join(', ')}
      sizes={props.sizes}
      width={smallest.width}
      height={smallest.height}
      alt={props.alt}
      loading={props.eager ? 'eager' : 'lazy'}
      decoding="async"
    />
  );
}

/** The path of the size for a link preview: the largest (JPEG, which every preview crawler reads), or null. */
export function previewImagePath(
  assetId: string | null,
  variants: readonly ImageVariant[] | null | undefined,
) {
  if (!assetId || !variants || variants.length === 0) return null;
  const pick =
    variants.find((v) => v.type === 'image/jpeg') ??
    variants.find((v) => v.width >= 800) ??
    variants[variants.length - 1]!;
  return publicPaths.image(assetId, pick.width);
}
