// Bảng vinh danh of the 2020 conference, as the culture officer would leave it: built from the QĐ,
// a portrait card for each honouree (through the upload path), a short public story, all
// published — so an anonymous visitor of "/" sees Văn Yên's board with photos.
import type { Db } from '../db/client';
import { findUserByUsername, loadActor } from '../modules/auth/data';
import { getConference } from '../modules/conferences/data';
import { listBoardEntries } from '../modules/honour-board/data';
import {
  buildBoard,
  publishWholeBoard,
  setBoardEntryPhoto,
  updateBoardEntry,
} from '../modules/honour-board/mutations';
import { summaryText } from '../rich-text';
import type { FileStore } from '../storage/files';
import { portraitPicture } from './demo-pictures';

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A short public story: the first sentence of the achievement and the honour. */
function publicStory(name: string, formName: string, summaryHtml: string): string {
  const first =
    summaryText(summaryHtml)
      .split(/(?<=\.)\s/)[0]
      ?.slice(0, 280) ?? '';
  const lead = first ? `<p>${escapeHtml(first)}</p>` : '';
  return `${lead}<p>${escapeHtml(name)} được tặng <strong>${escapeHtml(formName)}</strong> tại Hội nghị điển hình tiên tiến năm 2020.</p>`;
}

export async function seedHonourBoard(db: Db, files: FileStore, conferenceId: string): Promise<number> {
  const user = await findUserByUsername(db, 'vanhoa');
  const actor = user && (await loadActor(db, user.id));
  const conf = await getConference(db, conferenceId);
  if (!actor || !conf)
    throw new Error('seedHonourBoard: the culture officer or the 2020 conference is missing');
  await buildBoard(db, actor, conf);
  for (const { entry } of await listBoardEntries(db, conf.id)) {
    const photoAssetId = await setBoardEntryPhoto({
      db,
      actor,
      conf,
      entryId: entry.id,
      files,
      upload: { name: `${entry.displayName}.jpg`, bytes: await portraitPicture(entry.displayName) },
    });
    await updateBoardEntry({
      db,
      actor,
      conf,
      entryId: entry.id,
      version: entry.version + 1,
      input: {
        displayName: entry.displayName,
        unitName: entry.unitName,
        position: entry.position,
        storyHtml: publicStory(entry.displayName, entry.formName, entry.storyHtml),
        photoAssetId,
        shownFields: entry.kind === 'individual' && entry.position ? ['position'] : [],
        sortOrder: entry.sortOrder,
      },
    });
  }
  return publishWholeBoard(db, actor, conf);
}
