import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import * as schema from './schema/index';

/**
 * What each table holds, in Vietnamese, as a user would name it: the one place messages about a
 * database constraint (a record still used elsewhere, a value refused) take their words from.
 * Every table of the schema has one (table-names.test.ts).
 */
export const TABLE_NOUNS: Record<string, string> = {
  agenda_items: 'mục chương trình',
  album_items: 'ảnh trong album',
  albums: 'album ảnh',
  articles: 'tin bài',
  attachments: 'tệp đính kèm',
  audit_log: 'nhật ký thao tác',
  award_forms: 'hình thức khen thưởng',
  ballot_items: 'dòng phiếu bầu',
  ballot_results: 'kết quả bỏ phiếu',
  ballot_tallies: 'kết quả kiểm phiếu',
  ballot_voters: 'người đã bỏ phiếu',
  ballots: 'đợt bỏ phiếu',
  base_salaries: 'mức lương cơ sở',
  board_entries: 'mục trên bảng vinh danh',
  budget_lines: 'dòng dự trù kinh phí',
  certificate_settings: 'cài đặt giấy khen',
  conference_tasks: 'công việc chuẩn bị',
  conferences: 'hội nghị',
  council_members: 'thành viên Hội đồng',
  deadline_extensions: 'gia hạn nộp hồ sơ',
  delegate_checkins: 'lượt đón tiếp đại biểu',
  checkin_sync_items: 'lượt đồng bộ đón tiếp ngoại tuyến',
  live_events: 'sự kiện trực tiếp',
  stored_files: 'tệp lưu trữ',
  delegate_lists: 'danh sách đại biểu',
  delegates: 'đại biểu',
  delegation_members: 'thành viên đoàn đi cấp trên',
  document_number_counters: 'sổ số văn bản',
  document_settings: 'cài đặt văn bản',
  eligibility_rules: 'điều kiện xét khen thưởng',
  honour_forms: 'hình thức trong sổ khen thưởng',
  honour_subjects: 'định danh cá nhân, tập thể',
  honours: 'khen thưởng trong sổ',
  issued_documents: 'văn bản đã ban hành',
  login_failures: 'lần đăng nhập sai',
  media_assets: 'ảnh, video',
  meeting_attendance: 'điểm danh phiên họp',
  memberships: 'phân quyền tài khoản',
  milestones: 'mốc thời gian',
  movement_registrations: 'đăng ký thi đua',
  movements: 'phong trào thi đua',
  nomination_events: 'lịch sử xử lý đề nghị',
  nomination_origins: 'nguồn gốc đề nghị từ cấp dưới',
  nominations: 'đề nghị khen thưởng',
  notification_deliveries: 'lượt gửi thông báo',
  notification_preferences: 'cài đặt thông báo',
  notifications: 'thông báo',
  organizations: 'cơ quan tổ chức',
  performances: 'tiết mục văn nghệ',
  program_sessions: 'phiên điều hành chương trình',
  public_comments: 'ý kiến góp ý công khai',
  public_notices: 'thông báo công khai',
  quotas: 'chỉ tiêu khen thưởng',
  review_meetings: 'phiên họp Hội đồng',
  sessions: 'phiên đăng nhập',
  speeches: 'tham luận',
  summary_report_section_history: 'lịch sử sửa báo cáo tổng kết',
  summary_report_sections: 'mục báo cáo tổng kết',
  summary_reports: 'báo cáo tổng kết',
  thread_attachments: 'tệp đính kèm phản ánh',
  thread_messages: 'trao đổi trong phản ánh',
  threads: 'phản ánh, kiến nghị',
  unit_reports: 'báo cáo đánh giá của đơn vị',
  units: 'đơn vị',
  upward_sends: 'đoàn gửi lên cấp trên',
  users: 'tài khoản',
};

const tables = (Object.values(schema) as unknown[]).filter((v): v is PgTable => is(v, PgTable));

/** Every table's name (for the test that each has a noun). */
export const TABLE_NAMES = tables.map((t) => getTableConfig(t).name);

/** Foreign-key constraint name → the referencing table and the table it points to. */
export const FOREIGN_KEYS: ReadonlyMap<string, { table: string; references: string }> = new Map(
  tables.flatMap((t) => {
    const config = getTableConfig(t);
    return config.foreignKeys.map((fk) => [
      fk.getName(),
      { table: config.name, references: getTableConfig(fk.reference().foreignTable).name },
    ]);
  }),
);

/** The Vietnamese noun of a table (its SQL name when it has none). */
export const tableNoun = (table: string | undefined) => (table && TABLE_NOUNS[table]) || table || 'dữ liệu';
