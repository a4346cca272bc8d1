// Thông báo công khai of the demo: the live conference's candidates (the nominations the office
// accepted, which the council votes on today) in public notice from today for 10 days, so an
// anonymous visitor can comment on a fresh start; and the 2020 conference's notice, published
// after the council's meeting and closed without comments (written inside the story clock).
import { addDays } from '../../shared/rules/tasks';
import { todayInVietnam } from '../../shared/rules/timeline';
import { NOTICE_DEFAULT_FIELDS } from '../../shared/schemas/publicity';
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { publishNotice, recordOutcome, saveNotice } from '../modules/public-notice/mutations';

const HOW_TO_COMMENT =
  'Gửi ý kiến bằng biểu mẫu dưới đây, hoặc bằng văn bản (ghi rõ họ tên, địa chỉ) về Văn phòng HĐND - UBND phường Văn Yên, hoặc bỏ vào hòm thư góp ý tại Bộ phận một cửa của phường.';

async function secretary(db: Db) {
  return (await loadActor(db, (await findUserByUsername(db, 'thuky'))!.id))!;
}

async function publish(
  db: Db,
  conferenceId: string,
  organizationId: string,
  opensOn: string,
  closesOn: string,
) {
  const actor = await secretary(db);
  const conf = { id: conferenceId, organizationId };
  const input = { opensOn, closesOn, publicFields: NOTICE_DEFAULT_FIELDS, howToComment: HOW_TO_COMMENT };
  const saved = await saveNotice({ db, actor, conf, input, version: 1 });
  return { actor, conf, row: await publishNotice({ db, actor, conf, version: saved.version }) };
}

/** The live conference's notice: open from today for 10 days. */
export async function seedLiveNotice(
  db: Db,
  organizationId: string,
  conferenceId: string,
  today = todayInVietnam(),
) {
  await publish(db, conferenceId, organizationId, today, addDays(today, 9));
}

/** The 2020 conference's notice (20–26/3/2020, after the council met on 19/3), closed without comments. */
export async function seedHistoryNotice(db: Db, organizationId: string, conferenceId: string) {
  const { actor, conf, row } = await publish(db, conferenceId, organizationId, '2020-03-20', '2020-03-26');
  await recordOutcome({
    db,
    actor,
    conf,
    version: row.version,
    outcome: 'Không nhận được ý kiến phản ánh',
  });
}
