// The demo's emulation movements: the ones the plan names as the ward's focus ("xây dựng đô thị
// văn minh", "Cán bộ, công chức, phường Văn Yên thi đua thực hiện văn hóa công sở"), the national
// campaign the residential groups take part in ("Toàn dân đoàn kết xây dựng đời sống văn hóa"),
// and the movement the 2020 conference launched at its agenda item "Phát động phong trào thi đua
// giai đoạn 2020 - 2025" — with a few units' registrations. Dates, commitments and results are
// example data (the plan gives none); nothing here is a rule.
import type { Actor } from '../../shared/rules/permissions';
import { type MovementInput, movementInputSchema } from '../../shared/schemas/movements';
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { createMovement, createRegistration } from '../modules/movements/mutations';
import { listAgendaItems } from '../modules/program/data';

export const LAUNCH_ITEM_TITLE = 'Phát động phong trào thi đua giai đoạn 2020 - 2025';

type SeedRegistration = [unit: string, commitment: string, registeredOn: string, result?: string];
type SeedMovement = { input: Partial<MovementInput> & { name: string }; registrations: SeedRegistration[] };

export const VAN_YEN_MOVEMENTS: SeedMovement[] = [
  {
    input: {
      name: 'Toàn dân đoàn kết xây dựng đời sống văn hóa',
      method: 'regular',
      scope: 'national',
      launchLevel: 'central',
      startDate: '2016-01-01',
      endDate: null,
      launchDocument: 'Cuộc vận động do Ủy ban Trung ương MTTQ Việt Nam phát động',
      description:
        'Các tổ dân phố triển khai ở khu dân cư: gia đình văn hóa, tổ dân phố văn hóa. Ngày bắt đầu là ngày phường bắt đầu theo dõi trong giai đoạn 2015 - 2020 (dữ liệu mẫu).',
    },
    registrations: [
      [
        'Tổ dân phố 3',
        'Giữ vững danh hiệu Tổ dân phố văn hóa; trên 95% hộ đạt Gia đình văn hóa.',
        '2016-01-15',
      ],
      ['Tổ dân phố 5', '100% hộ đăng ký và đạt danh hiệu Gia đình văn hóa.', '2016-01-15'],
      ['Tổ dân phố 7', 'Xây dựng Tổ dân phố văn hóa; không có tệ nạn xã hội trên địa bàn.', '2016-01-20'],
    ],
  },
  {
    input: {
      name: 'Xây dựng đô thị văn minh',
      method: 'regular',
      scope: 'unit',
      launchLevel: 'unit',
      startDate: '2016-01-01',
      endDate: '2020-12-31',
      launchDocument:
        'Phong trào thi đua trọng tâm của phường (Kế hoạch Hội nghị điển hình tiên tiến năm 2020)',
      description: 'Chỉnh trang đô thị, vệ sinh môi trường, trật tự lòng đường, hè phố ở các tổ dân phố.',
      resultSummary:
        'Các tổ dân phố duy trì vệ sinh môi trường, mở rộng đường ngõ xóm; Tổ dân phố 5 dẫn đầu phong trào (dữ liệu mẫu).',
    },
    registrations: [
      [
        'Tổ dân phố 5',
        'Chung sức xây dựng đô thị văn minh: 100% hộ đạt gia đình văn hóa, ngõ xóm sáng - xanh - sạch - đẹp.',
        '2016-02-01',
        'Hoàn thành xuất sắc',
      ],
      ['Tổ dân phố 3', 'Vận động nhân dân hiến đất mở rộng đường ngõ xóm.', '2016-02-01', 'Hoàn thành tốt'],
      [
        'Hội LHPN phường',
        'Phụ nữ Văn Yên chung tay xây dựng đô thị văn minh.',
        '2016-02-05',
        'Hoàn thành tốt',
      ],
    ],
  },
  {
    input: {
      name: 'Cán bộ, công chức phường Văn Yên thi đua thực hiện văn hóa công sở',
      method: 'thematic',
      scope: 'unit',
      launchLevel: 'unit',
      startDate: '2020-01-01',
      endDate: '2020-12-31',
      launchDocument:
        'Phong trào thi đua trọng tâm của phường (Kế hoạch Hội nghị điển hình tiên tiến năm 2020)',
      description: 'Trang phục, giao tiếp, ứng xử và giờ giấc làm việc của cán bộ, công chức tại công sở.',
    },
    registrations: [
      [
        'Văn phòng Cấp ủy Chính quyền phường',
        '100% cán bộ, công chức thực hiện đúng quy tắc ứng xử nơi công sở.',
        '2020-01-10',
      ],
      ['Công an phường', 'Tác phong, lễ tiết chuẩn mực khi tiếp công dân.', '2020-01-10'],
    ],
  },
  {
    input: {
      name: 'Phong trào thi đua yêu nước giai đoạn 2020 - 2025',
      method: 'regular',
      scope: 'unit',
      launchLevel: 'unit',
      startDate: '2020-03-31',
      endDate: '2025-03-31',
      launchDocument: 'Phát động tại Hội nghị điển hình tiên tiến phường Văn Yên ngày 31/3/2020',
      description:
        'Thi đua thực hiện thắng lợi Nghị quyết Đại hội Đảng bộ phường và nhiệm vụ phát triển kinh tế - xã hội 5 năm 2020 - 2025.',
    },
    registrations: [
      ['Tổ dân phố 5', 'Giữ vững danh hiệu Tổ dân phố văn hóa cả giai đoạn 2020 - 2025.', '2020-04-10'],
      ['Đoàn Thanh niên phường', 'Mỗi năm ít nhất một công trình thanh niên ở khu dân cư.', '2020-04-10'],
    ],
  },
];

type Opts = {
  organizationId: string;
  /** The 2020 conference: its agenda item "Phát động phong trào thi đua…" launches the last movement. */
  historyConferenceId: string;
  unitIds: Map<string, string>;
  /** Who writes them (default: the secretary "thuky"). */
  actor?: Actor;
};

/**
 * Inserts the movements through the module's mutations (audited). The 2020–2025 movement names the
 * 2020 conference, and its agenda item when the program has been made (else only the conference).
 */
export async function seedMovements(db: Db, opts: Opts): Promise<Map<string, string>> {
  const actor = opts.actor ?? (await loadActor(db, (await findUserByUsername(db, 'thuky'))!.id))!;
  const items = await listAgendaItems(db, opts.historyConferenceId);
  const launchItem = items.find((i) => i.title === LAUNCH_ITEM_TITLE && i.kind === 'launch') ?? null;
  const ids = new Map<string, string>();
  for (const m of VAN_YEN_MOVEMENTS) {
    const launched = m.input.name.endsWith('2020 - 2025');
    const input = movementInputSchema.parse({
      ...m.input,
      launchConferenceId: launched ? opts.historyConferenceId : null,
      launchAgendaItemId: launched ? (launchItem?.id ?? null) : null,
    });
    const row = await createMovement({ db, actor, organizationId: opts.organizationId, input });
    ids.set(row.name, row.id);
    for (const [unit, commitment, registeredOn, result = ''] of m.registrations) {
      const unitId = opts.unitIds.get(unit);
      if (!unitId) throw new Error(`seed: no unit "${unit}"`);
      await createRegistration({
        db,
        actor,
        movement: row,
        input: { unitId, commitment, registeredOn, result },
      });
    }
  }
  return ids;
}
