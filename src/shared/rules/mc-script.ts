// Kịch bản dẫn chương trình (MC): the words the MC says at each agenda item, from the item's
// template (or the default for its kind) with the placeholders filled in. A template line whose
// placeholder has no value (no presenter yet, no performers) is left out rather than read with a
// gap. Pure: the server renders the script with it, the web previews the same text.

export const MC_PLACEHOLDERS = [
  'number',
  'title',
  'presenter',
  'time',
  'end',
  'duration',
  'unit',
  'performers',
] as const;
export type McPlaceholder = (typeof MC_PLACEHOLDERS)[number];
export type McValues = Partial<Record<McPlaceholder, string>>;

/** Which default a row takes: its kind, or the speech/performance it stands for. */
export type McTemplateKey = string;

const DEFAULTS: Record<string, string> = {
  ceremony:
    'Kính thưa quý vị đại biểu! Tiếp theo chương trình: {title}.\nXin trân trọng kính mời {presenter}.',
  report:
    'Tiếp theo chương trình, Hội nghị nghe {title}.\nXin trân trọng kính mời {presenter} lên trình bày báo cáo.',
  speech:
    'Tiếp theo chương trình, Hội nghị nghe các báo cáo tham luận của các điển hình tiên tiến.\nĐiều hành phần tham luận: {presenter}.',
  speech_item: 'Xin trân trọng kính mời {presenter} – {unit} trình bày tham luận: “{title}”.',
  guidance:
    'Kính thưa Hội nghị! Tiếp theo chương trình: {title}.\nXin trân trọng kính mời {presenter} phát biểu chỉ đạo Hội nghị.',
  exchange: 'Tiếp theo chương trình: {title}.\nXin trân trọng kính mời {presenter}.',
  honoring:
    'Kính thưa Hội nghị! Tiếp theo chương trình: {title}.\nXin trân trọng kính mời {presenter} công bố Quyết định khen thưởng.',
  performance: 'Mở đầu chương trình, mời quý vị đại biểu cùng thưởng thức {title}.',
  performance_item:
    'Mời quý vị đại biểu thưởng thức tiết mục “{title}” do {unit} biểu diễn.\nNgười biểu diễn: {performers}.',
  launch: 'Tiếp theo chương trình: {title}.\nXin trân trọng kính mời {presenter}.',
  closing:
    'Kính thưa Hội nghị! Xin trân trọng kính mời {presenter} phát biểu tổng kết và bế mạc Hội nghị.\nMột lần nữa, xin trân trọng cảm ơn sự có mặt của quý vị đại biểu!',
  video: 'Kính mời quý vị đại biểu cùng theo dõi: {title}.',
  other: 'Tiếp theo chương trình: {title}.\nXin trân trọng kính mời {presenter}.',
};

/** The default words for an item of this kind (or a speech/performance row). */
export function defaultMcTemplate(key: McTemplateKey): string {
  return DEFAULTS[key] ?? DEFAULTS.other!;
}

/** The template key of a row: "speech_item" for a council speech, "performance_item" for a performance. */
export function mcTemplateKey(kind: string, links: { speech?: boolean; performance?: boolean }): string {
  if (links.speech) return 'speech_item';
  if (links.performance) return 'performance_item';
  return kind;
}

const PLACEHOLDER = /\{([a-z]+)\}/g;

/** The template with its values; lines naming an empty value are dropped. Unknown names stay. */
export function fillMcTemplate(template: string, values: McValues): string[] {
  const out: string[] = [];
  for (const line of template.split(/\r?\n/)) {
    let missing = false;
    const filled = line.replace(PLACEHOLDER, (whole, name: string) => {
      if (!(MC_PLACEHOLDERS as readonly string[]).includes(name)) return whole;
      const v = values[name as McPlaceholder]?.trim() ?? '';
      if (!v) missing = true;
      return v;
    });
    if (!missing && filled.trim()) out.push(filled.trim());
  }
  return out;
}

/** Placeholders a template uses that do not exist ("{ten}"), for a message naming them. */
export function unknownPlaceholders(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)]
    .map((m) => m[1]!)
    .filter((n) => !(MC_PLACEHOLDERS as readonly string[]).includes(n));
}

export type CallUpGroup = {
  awardFormId?: string;
  formName: string;
  collective: boolean;
  names: string[];
  /** Who hands over this group's awards (empty: not yet decided). */
  presenter: string;
};

/** The honoring item's call-up: each group invited by name, then who hands over to it. */
export function honoringCallUp(groups: readonly CallUpGroup[]): string[] {
  return groups.flatMap((g) => {
    const who = g.collective ? 'đại diện các tập thể' : 'các cá nhân';
    const lines = [
      `Xin trân trọng kính mời ${who} được tặng ${g.formName} lên nhận khen thưởng: ${g.names.join(', ')}.`,
    ];
    if (g.presenter.trim()) lines.push(`Xin trân trọng kính mời ${g.presenter.trim()} lên trao thưởng.`);
    return lines;
  });
}
