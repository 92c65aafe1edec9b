// A tiny worker for WorkerPool tests: echoes, hangs, crashes, throws or exhausts memory on request.
import { parentPort, threadId } from 'node:worker_threads';

parentPort.on('message', ({ id, input }) => {
  switch (input.mode) {
    case 'hang':
      for (;;);
    case 'exit':
      process.exit(3);
      break;
    case 'throw':
      throw new Error('fixture worker threw');
    case 'oom': {
      const hoard = [];
      for (;;) hoard.push(new Array(1e5).fill(hoard.length));
    }
    default:
      parentPort.postMessage({ id, output: { echo: input.value, threadId, bytes: input.bytes?.byteLength ?? 0 } });
  }
});
