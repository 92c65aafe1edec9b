import { test as base, expect, type ConsoleMessage, type Page } from '@playwright/test';

/** What the page did that a passing test must not have done. */
export interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  /** Every request whose host was not 127.0.0.1; each was aborted before leaving. */
  outboundRequests: string[];
}

const LOCAL_HOSTS = new Set(['127.0.0.1']);

function isLocal(url: string): boolean {
  try {
    const parsed = new URL(url);
    // data:, blob: and about: never touch the network; everything else must be ours.
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
    return LOCAL_HOSTS.has(parsed.hostname);
  } catch {
    return false;
  }
}

/**
 * The base fixture of every web spec. It routes all requests: non-local ones are aborted and
 * recorded (the suite asserts zero, so nothing ever leaves the machine); it collects console
 * errors (CSP violations and Trusted Types failures are reported there), "Electron Security
 * Warning" messages and uncaught page errors, and fails the test on any of them at the end.
 * A test that provokes an error on purpose declares it with `problems.expectConsoleError(re)`.
 */
export const test = base.extend<{ problems: PageProblems & { expectConsoleError(pattern: RegExp): void } }>({
  // auto: every test gets the checks, whether or not it names the fixture.
  problems: [
    async ({ page, context }, use) => {
      const problems: PageProblems = { consoleErrors: [], pageErrors: [], outboundRequests: [] };
      // Chromium logs this when the original pane's sandbox refuses a script, and Playwright's
      // own probes into that frame trigger it: the sandbox working, never the app failing.
      const expected: RegExp[] = [/^Blocked script execution in 'about:srcdoc' because the document's frame is sandboxed/u];
      await context.route('**/*', async (route) => {
        const url = route.request().url();
        if (isLocal(url)) return route.continue();
        problems.outboundRequests.push(url);
        return route.abort('blockedbyclient');
      });
      page.on('console', (message: ConsoleMessage) => {
        const text = message.text();
        if (message.type() === 'error' || /Electron Security Warning/.test(text)) {
          if (!expected.some((pattern) => pattern.test(text))) problems.consoleErrors.push(text);
        }
      });
      page.on('pageerror', (error) => problems.pageErrors.push(`${error.name}: ${error.message}`));
      await use({ ...problems, expectConsoleError: (pattern) => expected.push(pattern) });
      expect(problems.outboundRequests, 'requests that tried to leave 127.0.0.1').toEqual([]);
      expect(problems.pageErrors, 'uncaught errors in the page').toEqual([]);
      expect(problems.consoleErrors, 'console errors (including CSP violations)').toEqual([]);
    },
    { auto: true },
  ],
});

/** Opens the app and waits for the renderer's readiness marker (never a sleep). */
export async function openApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.locator('[data-ready="app"]')).toBeVisible();
}

export { expect };
