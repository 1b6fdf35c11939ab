/** What the exported files say about themselves (.docx core and app properties, HTML <title>, PDF Info). */
import { DRAFT_MARK, type DocumentModel } from './model';

/** The application that wrote the file: .docx Application, creator and lastModifiedBy; PDF Creator and Producer. */
export const APP_NAME = '政府信息公开年报助手';

/** The title the file's properties carry: a draft says so. */
export function propertiesTitle(model: Pick<DocumentModel, 'title' | 'draft'>): string {
  return model.draft ? `${model.title}（${DRAFT_MARK}）` : model.title;
}
