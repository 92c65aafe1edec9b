import { memo, type ReactNode } from 'react';
import type { ViewBlock } from '../../../shared/anchor/buildViewBlocks';

type Heading = 'h2' | 'h3' | 'h4' | 'h5' | 'h6';

function blockElement(block: ViewBlock, index: number): ReactNode {
  // One text node per element: painting and selection map offsets inside it directly.
  // React wants `key` written on the element itself, not spread in with the other props.
  const { key } = block;
  const props = {
    'data-block-index': index,
    'data-start': block.start,
    'data-end': block.end,
    className: block.restored ? 'clean-block clean-block--restored' : 'clean-block',
    title: block.restored ? 'Restored by you from a removed region' : undefined,
  };
  switch (block.kind) {
    case 'heading': {
      // The article title is the pane's h1, so the body's headings start one level lower.
      const Tag = `h${Math.min(6, Math.max(2, (block.level ?? 1) + 1))}` as Heading;
      return <Tag key={key} {...props}>{block.text}</Tag>;
    }
    case 'quote':
      return <blockquote key={key} {...props}>{block.text}</blockquote>;
    case 'preformatted':
      return <pre key={key} {...props}>{block.text}</pre>;
    case 'caption':
      return <p key={key} {...props} className={`${props.className} clean-caption`}>{block.text}</p>;
    case 'list-item':
      return <li key={key} {...props}>{block.text}</li>;
    case 'paragraph':
      return <p key={key} {...props}>{block.text}</p>;
  }
}

/**
 * The clean body as React elements built from the blocks: no HTML string is ever inserted
 * (so DOMPurify has nothing to do here; S10 holds by construction). Runs of list items share a list.
 */
export const CleanBody = memo(function CleanBody({ blocks, bodyRef }: { blocks: readonly ViewBlock[]; bodyRef: React.Ref<HTMLDivElement> }) {
  const out: ReactNode[] = [];
  for (let i = 0; i < blocks.length; ) {
    const block = blocks[i] as ViewBlock;
    if (block.kind !== 'list-item') {
      out.push(blockElement(block, i));
      i++;
      continue;
    }
    const items: ReactNode[] = [];
    const first = i;
    while (i < blocks.length && (blocks[i] as ViewBlock).kind === 'list-item') {
      items.push(blockElement(blocks[i] as ViewBlock, i));
      i++;
    }
    out.push(<ul key={`list-${first}`}>{items}</ul>);
  }
  return (
    <div className="clean-body" ref={bodyRef}>
      {out.length ? out : <p className="pane-hint">The cleaner kept no text from this clipping. Restore regions from the Original pane.</p>}
    </div>
  );
});
