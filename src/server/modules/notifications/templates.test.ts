import { describe, expect, it } from 'vitest';
import { absoluteLink, emailText, message, viDate } from './templates';

const conf = { conferenceId: 'c1', conferenceName: 'Hội nghị điển hình tiên tiến phường Văn Yên' };

describe('notification templates', () => {
  it('says in Vietnamese what happened, why, and where to look', () => {
    const m = message('nomination_returned', {
      ...conf,
      nominationId: 'n1',
      nomineeName: 'Võ Thị Lan',
      unitName: 'Tổ dân phố 5',
      reason: 'Bổ sung biên bản',
    });
    expect(m).toEqual({
      kind: 'nomination_returned',
      title: 'Đề nghị "Võ Thị Lan" bị trả lại',
      body: 'Văn phòng đã trả lại đề nghị khen thưởng "Võ Thị Lan" của Tổ dân phố 5 (Hội nghị điển hình tiên tiến phường Văn Yên). Lý do: Bổ sung biên bản. Đơn vị sửa hồ sơ rồi gửi lại.',
      link: '/conferences/c1/nominations/n1',
    });
    const soon = message('deadline_soon', {
      ...conf,
      unitId: 'u1',
      unitName: 'Tổ dân phố 1',
      deadline: '2026-03-23',
      daysLeft: 1,
    });
    expect(soon.title).toBe('Còn 1 ngày đến hạn nộp hồ sơ (23/03/2026)');
    expect(soon.link).toBe('/conferences/c1/units/u1');
    expect(message('task_assigned', { ...conf, taskTitle: 'In giấy mời', dueOn: null }).body).not.toContain(
      'hạn',
    );
  });

  it('makes links absolute for email with PUBLIC_URL or the listen origin, relative without', () => {
    expect(absoluteLink('/notifications', 'https://vd.example.vn/')).toBe(
      'https://vd.example.vn/notifications',
    );
    expect(absoluteLink('/notifications', null)).toBe('/notifications');
    expect(emailText('Nội dung', '/x', 'http://127.0.0.1:3000')).toContain(
      'Xem chi tiết: http://127.0.0.1:3000/x',
    );
    expect(viDate('2020-03-23')).toBe('23/03/2020');
  });
});
