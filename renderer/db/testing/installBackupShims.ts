/**
 * dexie-export-import expects a browser: it reads `self` when loaded and reads Blobs with
 * FileReader. Node has neither; this installs exactly what it uses. Import it before anything
 * that loads dexie-export-import (module evaluation follows import order).
 */
(globalThis as Record<string, unknown>).self ??= globalThis;

if (typeof globalThis.FileReader === 'undefined') {
  class NodeFileReader {
    result: ArrayBuffer | null = null;
    onload: ((event: { target: NodeFileReader }) => void) | null = null;
    onerror: ((event: { target: { error: unknown } }) => void) | null = null;
    onabort: (() => void) | null = null;
    readAsArrayBuffer(blob: Blob) {
      blob.arrayBuffer().then(
        (buffer) => {
          this.result = buffer;
          this.onload?.({ target: this });
        },
        (error: unknown) => this.onerror?.({ target: { error } }),
      );
    }
  }
  (globalThis as Record<string, unknown>).FileReader = NodeFileReader;
}

export {};
