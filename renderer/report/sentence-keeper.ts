/**
 * Sentences inserted from the tables stay in step with the tables for as long as the clerk leaves them
 * as inserted: after every change, each one still found verbatim in its text is rebuilt and replaced.
 * Kept per open report (not per pane), so editing T3 updates the sentence in 一 while 一 is not shown.
 */
import type { Report } from '../../shared/report';
import type { SentenceBuilder } from './sentences';

interface Inserted {
  path: string;
  builder: SentenceBuilder;
  sentence: string;
}

export class SentenceKeeper {
  private readonly inserted = new Map<string, Inserted>();

  remember(path: string, builder: SentenceBuilder, sentence: string): void {
    this.inserted.set(`${path}|${builder.key}`, { path, builder, sentence });
  }

  refresh(report: Report, read: (path: string) => string, write: (path: string, text: string) => void): void {
    for (const [key, entry] of this.inserted) {
      const text = read(entry.path);
      if (!text.includes(entry.sentence)) {
        this.inserted.delete(key); // the clerk has changed it: it is theirs now
        continue;
      }
      const next = entry.builder.build(report);
      if (!next || next === entry.sentence) continue;
      const previous = entry.sentence;
      entry.sentence = next;
      write(entry.path, text.replace(previous, next));
    }
  }
}
