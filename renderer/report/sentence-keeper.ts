/**
 * Sentences inserted from the tables stay in step with the tables for as long as the clerk leaves them
 * as inserted: after every change, each one still found verbatim in its text is rebuilt and replaced.
 * Kept per open report (not per pane), so editing T3 updates the sentence in 一 while 一 is not shown,
 * and remembered in localStorage, so the link survives a reload or a restart. What a sentence says and when it
 * may be inserted is decided in shared/document/sentences.ts; this class only remembers where one went.
 */
import type { Report } from '../../shared/report';
import { PART_SENTENCES, type SentenceBuilder } from '../../shared/document';

interface Inserted {
  path: string;
  builder: SentenceBuilder;
  sentence: string;
}

const storageKey = (reportId: number) => `nianbao.sentences.${reportId}`;

function builderFor(path: string, key: string): SentenceBuilder | undefined {
  return PART_SENTENCES[path.replace(/^prose\./, '')]?.find((b) => b.key === key);
}

export class SentenceKeeper {
  private readonly inserted = new Map<string, Inserted>();

  constructor(private readonly reportId: number) {
    try {
      const saved = JSON.parse(localStorage.getItem(storageKey(reportId)) ?? '[]') as Array<{
        path: string;
        builder: string;
        sentence: string;
      }>;
      for (const s of saved) {
        const builder = builderFor(s.path, s.builder);
        if (builder) this.inserted.set(`${s.path}|${builder.key}`, { path: s.path, builder, sentence: s.sentence });
      }
    } catch {
      // nothing remembered: sentences inserted earlier simply stop following the tables
    }
  }

  private persist(): void {
    try {
      const list = [...this.inserted.values()].map((e) => ({
        path: e.path,
        builder: e.builder.key,
        sentence: e.sentence,
      }));
      if (list.length === 0) localStorage.removeItem(storageKey(this.reportId));
      else localStorage.setItem(storageKey(this.reportId), JSON.stringify(list));
    } catch {
      // storage unavailable: the link lasts for this session only
    }
  }

  remember(path: string, builder: SentenceBuilder, sentence: string): void {
    this.inserted.set(`${path}|${builder.key}`, { path, builder, sentence });
    this.persist();
  }

  refresh(report: Report, read: (path: string) => string, write: (path: string, text: string) => void): void {
    let changed = false;
    for (const [key, entry] of this.inserted) {
      const text = read(entry.path);
      if (!text.includes(entry.sentence)) {
        this.inserted.delete(key); // the clerk has changed it: it is theirs now
        changed = true;
        continue;
      }
      const next = entry.builder.build(report);
      if (!next || next === entry.sentence) continue;
      const previous = entry.sentence;
      entry.sentence = next;
      changed = true;
      write(entry.path, text.replace(previous, next));
    }
    if (changed) this.persist();
  }
}
