// Báo cáo tổng kết (BC): the sections the plan spells out (II.5.1) and the statistics compiled
// from the database. The shapes only; the compiling rule is shared/rules/summary-report.ts.
import { z } from 'zod';

/**
 * The report's sections in their printed order. Part 1 (PHẦN THỨ NHẤT): results of the movements
 * and the typical ones, commendation results, leadership, shortcomings and causes, lessons.
 * Part 2 (PHẦN THỨ HAI): goals for the next five years, main contents, leadership and solutions.
 */
export const SUMMARY_SECTION_KEYS = [
  'movements', // Kết quả các phong trào thi đua; các phong trào tiêu biểu
  'commendations', // Kết quả công tác khen thưởng (số liệu, hình thức, người trực tiếp lao động, chấp hành pháp luật)
  'leadership', // Công tác lãnh đạo, chỉ đạo của cấp ủy Đảng, chính quyền, Mặt trận và các đoàn thể
  'shortcomings', // Tồn tại, hạn chế và nguyên nhân
  'lessons', // Bài học kinh nghiệm
  'goals', // Phương hướng, mục tiêu chung 5 năm tới
  'contents', // Nội dung chủ yếu
  'solutions', // Công tác lãnh đạo, chỉ đạo và giải pháp
] as const;
export type SummarySectionKey = (typeof SUMMARY_SECTION_KEYS)[number];

/** A count by one attribute ("Nam" 12 …); `key` is the stored value (form id, unit id, gender …). */
export const statisticRow = z.object({
  key: z.string(),
  label: z.string(),
  nominations: z.number().int(),
  honoured: z.number().int(),
});
export type StatisticRow = z.infer<typeof statisticRow>;

/** The figures of one conference, as the report prints them. */
export const conferenceFigures = z.object({
  conferenceId: z.string(),
  conferenceName: z.string(),
  /** "2015–2020" */
  period: z.string(),
  /** Nominations sent by the units (not drafts). */
  nominations: z.number().int(),
  /** Honours of the conference's award decision (not revoked); 0 before the decision. */
  honoured: z.number().int(),
  collectives: z.number().int(),
  individuals: z.number().int(),
  byForm: z.array(statisticRow),
  /** Người trực tiếp lao động, sản xuất among the honoured individuals (or nominated, before the decision). */
  directWorkers: z.object({ count: z.number().int(), of: z.number().int(), percent: z.number().nullable() }),
});
export type ConferenceFigures = z.infer<typeof conferenceFigures>;

export const reportStatistics = conferenceFigures.extend({
  compiledAt: z.string(),
  byKind: z.array(statisticRow),
  byUnit: z.array(statisticRow),
  byGender: z.array(statisticRow),
  byOccupationGroup: z.array(statisticRow),
  byMovement: z.array(statisticRow),
  /** Units that sent their report (of those that were asked). */
  unitReports: z.object({ sent: z.number().int(), of: z.number().int() }),
  /** The organizer's previous conference in the register, when there is one. */
  previous: conferenceFigures.nullable(),
});
export type ReportStatistics = z.infer<typeof reportStatistics>;

/** The part a section belongs to: 1 (PHẦN THỨ NHẤT) or 2 (PHẦN THỨ HAI). */
export const SUMMARY_SECTION_PART: Record<SummarySectionKey, 1 | 2> = {
  movements: 1,
  commendations: 1,
  leadership: 1,
  shortcomings: 1,
  lessons: 1,
  goals: 2,
  contents: 2,
  solutions: 2,
};

export const summarySectionKey = z.enum(SUMMARY_SECTION_KEYS, { error: 'Mục báo cáo không hợp lệ' });

export const summarySectionView = z.object({
  id: z.string().nullable(),
  key: summarySectionKey,
  part: z.union([z.literal(1), z.literal(2)]),
  /** What the compiler made from the units' reports and the statistics. */
  draft: z.string(),
  /** The office's prose (empty: the document prints the draft). */
  body: z.string(),
  version: z.number().int(),
  updatedByName: z.string(),
  updatedAt: z.string().nullable(),
});
export type SummarySectionView = z.infer<typeof summarySectionView>;

export const summaryReportView = z.object({
  conferenceId: z.string(),
  /** Null while the report was never compiled (the sections are then empty, at version 1). */
  compiledAt: z.string().nullable(),
  statistics: reportStatistics.nullable(),
  sections: z.array(summarySectionView),
  permissions: z.object({ canEdit: z.boolean() }),
});
export type SummaryReportView = z.infer<typeof summaryReportView>;

export const summarySectionSaveSchema = z.object({
  body: z.string().max(50_000, { error: 'Nội dung mục báo cáo không quá 50.000 ký tự' }),
  version: z.number({ error: 'Thiếu phiên bản của mục báo cáo' }).int().min(1),
});
export type SummarySectionSave = z.infer<typeof summarySectionSaveSchema>;

export const summarySectionHistoryView = z.array(
  z.object({
    version: z.number().int(),
    body: z.string(),
    editedByName: z.string(),
    createdAt: z.string(),
  }),
);
export type SummarySectionHistory = z.infer<typeof summarySectionHistoryView>;
