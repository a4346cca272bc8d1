// invitations_1000_ms: 1,000 personal invitations (giấy mời, A4, Liberation Serif embedded, a
// vector QR code of a 43-character check-in token URL on each page) rendered into one PDF by
// src/server/documents/invitation.ts — the pure renderer the batch download route calls, no
// database. Varied Vietnamese names, units and seat groups; every run's tokens are fresh.
// Median of 3 runs after a 50-page warm-up; each run checks the PDF has 1,000 pages.
import { randomBytes } from 'node:crypto';
import {
  type InvitationConference,
  type InvitationDelegate,
  renderInvitations,
} from '../src/server/documents/invitation';
import { pdfPageCount, SAMPLE_POSITIONS, SAMPLE_UNITS, sampleName } from './lib/people';
import { median, round, saveResults } from './lib/results';

const COUNT = 1000;
const RUNS = 3;

const conference: InvitationConference = {
  parentAgency: 'UBND thành phố Hà Tĩnh',
  issuingAgency: 'UBND phường Văn Yên',
  documentNumber: '15',
  documentCode: 'GM-UBND',
  issuePlace: 'Văn Yên',
  issuedOn: '2020-03-25',
  conferenceName: 'Hội nghị điển hình tiên tiến phường Văn Yên giai đoạn 2020 - 2025',
  date: '2020-03-31',
  time: '07:30',
  place: 'Hội trường UBND phường Văn Yên',
  signer: { authorityLine: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lê Đình Thắng' },
};

function delegates(): InvitationDelegate[] {
  return Array.from({ length: COUNT }, (_, i) => ({
    salutation: i % 3 === 1 ? 'Bà' : 'Ông',
    fullName: sampleName(i),
    position: SAMPLE_POSITIONS[i % SAMPLE_POSITIONS.length]!,
    unitName: SAMPLE_UNITS[(i * 5) % SAMPLE_UNITS.length]!,
    seatGroup: `Khu ${'ABCD'[i % 4]} — hàng ${1 + (i % 12)}`,
    checkInUrl: `https://vinhdanh.vanyen.gov.vn/checkin/${randomBytes(32).toString('base64url')}`,
  }));
}

async function main() {
  await renderInvitations(conference, delegates().slice(0, 50), { paper: 'A4' });
  const times: number[] = [];
  let bytes = 0;
  for (let run = 0; run < RUNS; run++) {
    const list = delegates();
    const started = performance.now();
    const pdf = await renderInvitations(conference, list, { paper: 'A4' });
    const ms = performance.now() - started;
    const pages = pdfPageCount(pdf);
    if (pages !== COUNT) throw new Error(`run ${run + 1}: the PDF has ${pages} pages, not ${COUNT}`);
    bytes = pdf.length;
    times.push(ms);
    console.log(`lần ${run + 1}: ${round(ms)} ms, ${pages} trang, ${round(pdf.length / 1024 / 1024, 2)} MB`);
  }
  saveResults({
    invitations_1000_ms: {
      value: round(median(times)),
      unit: 'ms',
      goal: 2000,
      better: 'lower',
      engine: 'none',
      note: `1,000 giấy mời A4 (Liberation Serif embedded, vector QR of a 43-character token URL per page, the parts every page shares drawn once as form XObjects) into one PDF of ${round(bytes / 1024 / 1024, 1)} MB, pure renderer, median of ${RUNS} (${times.map((t) => round(t)).join('/')} ms) after a 50-page warm-up`,
    },
  });
}

await main();
