// The Vietnamese texts of the threads' notifications (to move into notifications/templates.ts at
// the merge, next to the other kinds' texts).

const plain = (s: string, max = 300) => {
  const t = s.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
};

export const threadPath = (threadId: string) => `/threads/${threadId}`;

/** thread_opened → the office (secretaries). */
export const threadOpenedText = (t: { topic: string; unitName: string; excerpt: string }) => ({
  title: `${t.unitName} gửi phản ánh: ${plain(t.topic, 150)}`,
  body: plain(t.excerpt),
});

/** thread_answered → the unit's heads. */
export const threadAnsweredText = (t: { topic: string; excerpt: string }) => ({
  title: `Văn phòng đã trả lời phản ánh: ${plain(t.topic, 150)}`,
  body: plain(t.excerpt),
});
