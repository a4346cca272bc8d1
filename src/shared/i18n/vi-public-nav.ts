// The public face's words the staff app shows outside those features' pages (the nav, the login
// page's link, the conference overview's link): in the web app's first load. A file of their own, so
// the pages' words (vi-media.ts, vi-board.ts, vi-notice.ts) stay out of the first load.

/** The words the staff nav shows on every page (in the first load; the rest joins with the pages). */
export const viMediaNav = {
  navGroup: 'Công khai',
  nav: { library: 'Thư viện ảnh', albums: 'Album ảnh', articles: 'Tin bài' },
};

/** The words shown outside the board's pages (login page link), in the first load. */
export const viBoardNav = {
  nav: 'Bảng vinh danh',
  publicLink: 'Xem bảng vinh danh',
};

/** The words shown outside the notice's pages (the conference overview's link), in the first load. */
export const viNoticeNav = {
  nav: 'Công khai danh sách',
};
