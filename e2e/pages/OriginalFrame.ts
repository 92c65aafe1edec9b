import { expect, type Frame, type FrameLocator, type Locator, type Page } from '@playwright/test';

interface DomNode {
  nodeId: number;
}

/**
 * The reader's rendered original: a sandboxed srcdoc iframe. Scripts cannot run in it, and
 * Chromium logs "Blocked script execution" whenever Playwright tries to evaluate in its main
 * world (toContainText, toHaveCSS, click …). So this object reads the frame only through
 * Playwright's isolated world (count, allTextContents, getAttribute) and the DevTools protocol
 * (computed styles): the console then holds exactly what the app itself caused.
 */
export class OriginalFrame {
  readonly element: Locator;
  private readonly frame: FrameLocator;

  constructor(
    readonly page: Page,
    original: Locator,
  ) {
    this.element = original.locator('iframe.original-frame');
    this.frame = original.frameLocator('iframe.original-frame');
  }

  locator(selector: string): Locator {
    return this.frame.locator(selector);
  }

  /** Waits until an element matching `selector` in the frame contains `text`. */
  async waitForText(selector: string, text: string): Promise<void> {
    await expect.poll(async () => (await this.frame.locator(selector).allTextContents()).join('\n')).toContain(text);
  }

  /** The frame as Playwright sees it (its URL, its child frames), once it has loaded. */
  async contentFrame(): Promise<Frame> {
    const content = await (await this.element.elementHandle())?.contentFrame();
    if (!content) throw new Error('the original pane has no frame');
    await content.waitForLoadState('load');
    return content;
  }

  /** Computed CSS properties of the first element matching `selector`, read over CDP. */
  async computedStyle(selector: string, names: string[]): Promise<Record<string, string>> {
    const content = await this.contentFrame();
    // The sandboxed frame is out of process; a session attached to it sees its document.
    const cdp = await this.page.context().newCDPSession(content);
    try {
      await cdp.send('DOM.enable');
      await cdp.send('CSS.enable');
      const { root } = (await cdp.send('DOM.getDocument', { depth: 0 })) as { root: DomNode };
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      if (!nodeId) throw new Error(`no ${selector} in the original frame`);
      const { computedStyle } = await cdp.send('CSS.getComputedStyleForNode', { nodeId });
      return Object.fromEntries(computedStyle.filter((p) => names.includes(p.name)).map((p) => [p.name, p.value]));
    } finally {
      await cdp.detach();
    }
  }
}
