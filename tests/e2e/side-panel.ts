import type { BrowserContext, CDPSession } from '@playwright/test';
import type { ExtensionRequest } from './fixtures';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

/**
 * The real Chrome side panel, opened with a simulated toolbar click (CDP Extensions.triggerAction).
 * Playwright does not list the panel as a page, so its DOM is read through a raw CDP session
 * attached to its target.
 */
export class SidePanel {
  private nextId = 1;
  private pending = new Map<number, (value: unknown) => void>();

  private constructor(
    private readonly cdp: CDPSession,
    private readonly sessionId: string,
  ) {
    cdp.on('Target.receivedMessageFromTarget', (event: { sessionId: string; message: string }) => {
      if (event.sessionId !== this.sessionId) return;
      const message = JSON.parse(event.message) as {
        id?: number;
        result?: unknown;
        method?: string;
        params?: unknown;
      };
      if (message.id !== undefined) this.pending.get(message.id)?.(message.result);
    });
  }

  /** Clicks the toolbar button on the tab whose URL contains `pageUrlPart`; resolves once the panel is up. */
  static async open(
    context: BrowserContext,
    extensionId: string,
    pageUrlPart: string,
    requests?: ExtensionRequest[],
  ): Promise<SidePanel> {
    const cdp = await context.browser()!.newBrowserCDPSession();
    const { targetInfos } = (await cdp.send('Target.getTargets', {
      filter: [{ type: 'tab' }],
    })) as unknown as { targetInfos: TargetInfo[] };
    const tab = targetInfos.find((t) => t.url.includes(pageUrlPart));
    if (!tab)
      throw new Error(`no tab with ${pageUrlPart} in ${targetInfos.map((t) => t.url).join(', ')}`);
    await cdp.send(
      'Extensions.triggerAction' as never,
      { id: extensionId, targetId: tab.targetId } as never,
    );
    return SidePanel.attachWith(cdp, extensionId, requests);
  }

  /** Attaches to a side panel that is already open (or opening). */
  static async attach(context: BrowserContext, extensionId: string): Promise<SidePanel> {
    return SidePanel.attachWith(await context.browser()!.newBrowserCDPSession(), extensionId);
  }

  private static async attachWith(
    cdp: CDPSession,
    extensionId: string,
    requests?: ExtensionRequest[],
  ): Promise<SidePanel> {
    const panelUrl = `chrome-extension://${extensionId}/sidepanel.html`;
    let panelTarget: TargetInfo | undefined;
    for (let i = 0; i < 100 && !panelTarget; i++) {
      const all = (await cdp.send('Target.getTargets')) as unknown as { targetInfos: TargetInfo[] };
      panelTarget = all.targetInfos.find((t) => t.url.startsWith(panelUrl));
      if (!panelTarget) await new Promise((r) => setTimeout(r, 100));
    }
    if (!panelTarget) throw new Error('the side panel did not open');
    const { sessionId } = (await cdp.send('Target.attachToTarget', {
      targetId: panelTarget.targetId,
      flatten: false,
    })) as { sessionId: string };
    const panel = new SidePanel(cdp, sessionId);
    if (requests) {
      cdp.on(
        'Target.receivedMessageFromTarget',
        (event: { sessionId: string; message: string }) => {
          if (event.sessionId !== sessionId) return;
          const m = JSON.parse(event.message) as {
            method?: string;
            params?: { request?: { url: string } };
          };
          if (m.method === 'Network.requestWillBeSent' && m.params?.request) {
            requests.push({ url: m.params.request.url, from: panelUrl });
          }
        },
      );
      await panel.send('Network.enable', {});
    }
    await panel.waitFor('document.readyState === "complete"');
    return panel;
  }

  private send(method: string, params: object): Promise<unknown> {
    const id = this.nextId++;
    const done = new Promise((resolve) => this.pending.set(id, resolve));
    void this.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    return done;
  }

  /** Evaluates an expression in the panel and returns its (JSON) value. */
  async evaluate<T>(expression: string): Promise<T> {
    const result = (await this.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
      awaitPromise: true,
    })) as { result: { value: T }; exceptionDetails?: { text: string } };
    if (result.exceptionDetails) throw new Error(`panel: ${result.exceptionDetails.text}`);
    return result.result.value;
  }

  /** Waits until an expression is truthy in the panel. */
  async waitFor(expression: string, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      if (await this.evaluate<boolean>(`Boolean(${expression})`).catch(() => false)) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    // What the panel showed instead: a flaky run then says what went wrong, not only that it did.
    const shown = await this.evaluate<string>('document.body.innerText').catch(
      () => '(unreadable)',
    );
    throw new Error(
      `timed out waiting in the panel for: ${expression}\npanel showed: ${shown.slice(0, 600)}`,
    );
  }

  /** The panel's visible text. */
  text(): Promise<string> {
    return this.evaluate<string>('document.body.innerText');
  }

  /** Waits for the panel's text to contain `needle`. */
  async waitForText(needle: string, timeoutMs = 10_000): Promise<void> {
    await this.waitFor(`document.body.innerText.includes(${JSON.stringify(needle)})`, timeoutMs);
  }

  /** Clicks the first element matching a selector (and containing `text`, if given). */
  async click(selector: string, text?: string): Promise<void> {
    const found = await this.evaluate<boolean>(`(() => {
      const els = [...document.querySelectorAll(${JSON.stringify(selector)})];
      const el = els.find((e) => ${JSON.stringify(text ?? '')} === '' || e.textContent.includes(${JSON.stringify(text ?? '')}));
      if (!el) return false; el.click(); return true; })()`);
    if (!found) throw new Error(`panel: nothing matches ${selector} ${text ?? ''}`);
  }

  /** Clicks the element an expression yields, waiting until there is one (the panel re-renders). */
  async clickWhen(expression: string, timeoutMs = 10_000): Promise<void> {
    const until = Date.now() + timeoutMs;
    while (Date.now() < until) {
      const clicked = await this.evaluate<boolean>(
        `(() => { const el = ${expression}; if (!el) return false; el.click(); return true; })()`,
      ).catch(() => false);
      if (clicked) return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`timed out waiting in the panel to click: ${expression}`);
  }

  async detach(): Promise<void> {
    await this.cdp.detach().catch(() => undefined);
  }
}
