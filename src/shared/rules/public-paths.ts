/**
 * The addresses of the public pages (server-rendered, no login), one home: the server registers
 * its routes with these patterns, pages link with these builders, the staff app shows and prints
 * them (the notice's QR, the certificate's QR, "Xem trang công khai").
 */
export const PUBLIC_ROUTES = {
  /** The public home: each organizer's newest board, open notices, latest articles. */
  home: '/vinh-danh',
  /** An organizer's honour board (every published conference), with search and filters. */
  organizerBoard: '/vinh-danh/don-vi/:organizationId',
  /** One conference's honour board. */
  conferenceBoard: '/vinh-danh/hoi-nghi/:conferenceId',
  /** One honouree's public page. */
  entry: '/vinh-danh/nguoi/:entryId',
  /** The public notice of a conference's candidates, with the comment form (GET and POST). */
  notice: '/cong-khai/:conferenceId',
  /** An organizer's articles, and one article. */
  articles: '/tin-bai/don-vi/:organizationId',
  article: '/tin-bai/bai/:articleId',
  /** An organizer's albums (the exhibition), and one album. */
  albums: '/thu-vien/don-vi/:organizationId',
  album: '/thu-vien/album/:albumId',
  /** A stored size of a published photo (WebP). */
  image: '/anh/:assetId/:width',
  /** Feeds of an organizer's articles. */
  atom: '/feed/:organizationId/atom.xml',
  rss: '/feed/:organizationId/rss.xml',
  /** The embeddable honour board (an iframe on the ward's own website). */
  embed: '/nhung/:organizationId',
  /** Certificate verification: a form, and a code's result. */
  verifyForm: '/xac-minh',
  verify: '/xac-minh/:code',
} as const;

export const publicPaths = {
  home: () => PUBLIC_ROUTES.home,
  organizerBoard: (organizationId: string) => `/vinh-danh/don-vi/${organizationId}`,
  conferenceBoard: (conferenceId: string) => `/vinh-danh/hoi-nghi/${conferenceId}`,
  entry: (entryId: string) => `/vinh-danh/nguoi/${entryId}`,
  notice: (conferenceId: string) => `/cong-khai/${conferenceId}`,
  articles: (organizationId: string) => `/tin-bai/don-vi/${organizationId}`,
  article: (articleId: string) => `/tin-bai/bai/${articleId}`,
  albums: (organizationId: string) => `/thu-vien/don-vi/${organizationId}`,
  album: (albumId: string) => `/thu-vien/album/${albumId}`,
  image: (assetId: string, width: number) => `/anh/${assetId}/${width}`,
  atom: (organizationId: string) => `/feed/${organizationId}/atom.xml`,
  rss: (organizationId: string) => `/feed/${organizationId}/rss.xml`,
  embed: (organizationId: string) => `/nhung/${organizationId}`,
  verifyForm: () => PUBLIC_ROUTES.verifyForm,
  verify: (code: string) => `/xac-minh/${code}`,
};

/** Where an anonymous visitor of "/" is sent (a signed-in browser gets the staff app). */
export const PUBLIC_LANDING = PUBLIC_ROUTES.home;
