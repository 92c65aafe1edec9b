import { getPlatform } from '../../platform/getPlatform';
import { useImportSession } from './ImportSession';

/** First launch: an empty library offers the bundled sample clippings, so a newcomer sees a real library at once. */
export function EmptyLibrary() {
  const session = useImportSession();
  const busy = session.jobId !== null && !session.finished;
  return (
    <section className="empty-library" aria-label="Empty library">
      <h2>Your library is empty</h2>
      <p>Open a folder of saved web pages, Markdown or text clippings, or start with five sample clippings about US–Russia diplomacy.</p>
      <button type="button" className="primary" disabled={busy} onClick={() => void session.run(() => getPlatform().importSamples())}>
        Import sample clippings
      </button>
    </section>
  );
}
