/**
 * ImportItems spooled to disk between the import and the ingestion bench. Holding 10,000 cleaned
 * articles in memory would cost gigabytes and hide the import's own peak memory; v8.serialize is
 * the structured clone Electron's webContents.send performs on each item anyway.
 */
import { closeSync, createWriteStream, openSync, readSync } from 'node:fs';
import { once } from 'node:events';
import { deserialize, serialize } from 'node:v8';
import type { ImportItem } from '../../shared/ipc/contract';

/** Appends items to `file`, length-prefixed. */
export class ItemLogWriter {
  private readonly stream;

  constructor(file: string) {
    this.stream = createWriteStream(file);
  }

  write(item: ImportItem): void {
    const body = serialize(item);
    const head = Buffer.alloc(4);
    head.writeUInt32LE(body.length);
    this.stream.write(head);
    this.stream.write(body);
  }

  async close(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Reads the items back in order, `size` at a time, never the whole file at once. */
export function* readItemBatches(file: string, size: number): Generator<ImportItem[]> {
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(4);
  let position = 0;
  let batch: ImportItem[] = [];
  try {
    while (readSync(fd, head, 0, 4, position) === 4) {
      const length = head.readUInt32LE(0);
      const body = Buffer.alloc(length);
      readSync(fd, body, 0, length, position + 4);
      position += 4 + length;
      batch.push(deserialize(body) as ImportItem);
      if (batch.length === size) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  } finally {
    closeSync(fd);
  }
}
