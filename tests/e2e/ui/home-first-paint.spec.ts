/**
 * The home page with 1,000 stored reports up to its first paint, counted through React's developer-tools
 * hook (as render-counter.ts does): the list is committed with its cards at once (no commit of an empty
 * window, no measuring pass and re-render before the paint), HomePage renders once when the lists had
 * answered before React's first render and at most once more otherwise, each card once; the cards are
 * measured after the paint, and the list still reaches its 1,000th report. A list that cannot be read on
 * start is reported (the early answer can be a failure too) and the page stays usable.
 */
import { seedReports } from '../../bench/seed-reports';
import { expect, test } from '../fixtures';
import { HomePage } from '../pages/home-page';

const ORGANS = 50;
const YEARS = 20;
const FIRST_YEAR = 2008;

/** before the app's scripts: one entry per React commit until the frame after the list is painted */
const COMMIT_PROBE = `
  window.__commits = [];
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true, renderers: new Map(), inject: () => 1, checkDCE() {},
    onScheduleFiberRoot() {}, onCommitFiberUnmount() {}, onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      if (window.__painted !== undefined) return;
      const commit = { home: 0, cards: 0, list: !!document.querySelector('section.organ'),
        emptyWindow: false, measured: !!document.querySelector('[data-window-measured]') };
      const walk = (f) => {
        for (; f; f = f.sibling) {
          const p = f.memoizedProps;
          // PerformedWork (1): rendered in this commit rather than bailed out
          if ((f.flags & 1) === 1 && typeof f.type !== 'string' && p) {
            if (p.onUnits && p.onLoaded) commit.home++;
            else if (p.organ && p.reports && p.onReload) commit.cards++;
          }
          walk(f.child);
        }
      };
      walk(root.current.child);
      // the window's two spacers side by side: its container in the DOM without a single card
      commit.emptyWindow = !!document.querySelector('div[aria-hidden="true"] + div[aria-hidden="true"]');
      window.__commits.push(commit);
    },
  };
  new MutationObserver((_, observer) => {
    if (document.documentElement?.dataset.ready !== '1' || !document.querySelector('section.organ')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => { window.__painted = performance.now(); }));
  }).observe(document, { attributes: true, childList: true, subtree: true });
`;

interface Commit {
  home: number;
  cards: number;
  list: boolean;
  emptyWindow: boolean;
  measured: boolean;
}

test('with 1,000 reports the list is committed once with its cards before its first paint, measured after it, and reaches the 1,000th report', async ({
  page,
  host,
}, testInfo) => {
  test.setTimeout(240_000);
  await seedReports(host.dataDir, { organs: ORGANS, years: YEARS, firstYear: FIRST_YEAR });
  await page.addInitScript(COMMIT_PROBE);
  await page.reload();
  await page.waitForFunction(() => (window as unknown as { __painted?: number }).__painted !== undefined);
  const commits = await page.evaluate(() => (window as unknown as { __commits: Commit[] }).__commits);

  const withList = commits.findIndex((c) => c.list);
  expect(withList).toBeGreaterThanOrEqual(0);
  // the commit that brought the list is the last before the paint: no measuring pass re-rendered it
  expect(withList).toBe(commits.length - 1);
  expect(commits.some((c) => c.emptyWindow)).toBe(false);
  expect(commits.some((c) => c.measured)).toBe(false);
  const cardsInDom = await page.locator('section.organ').count();
  expect(cardsInDom).toBeGreaterThan(0);
  expect(cardsInDom).toBeLessThan(ORGANS / 4);
  // each card rendered once
  expect(commits.reduce((n, c) => n + c.cards, 0)).toBe(cardsInDom);
  // HomePage: once if the lists had answered before React's first render (it drew them), else twice
  const homeRenders = commits.reduce((n, c) => n + c.home, 0);
  expect(homeRenders).toBe(commits[0]!.list ? 1 : 2);

  // after the paint the cards are measured, and the page is as long as all 50 cards
  await expect(page.locator('[data-window-measured="1"]')).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: '共 50 个机关、1000 份报告' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('home-1000-top.png') });
  const home = new HomePage(page);
  const cards = page.locator('section.organ');
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  // the store lists organs by name (code-unit order, as SQLite compares UTF-8), so the last card is known before
  // the window has re-rendered for the new scroll position; reading it from the DOM right after scrolling could
  // still see the first screen's last card
  const lastOrgan = Array.from({ length: ORGANS }, (_, i) => `第${i + 1}号机关`)
    .sort()
    .at(-1)!;
  await expect(cards.last()).toHaveAttribute('aria-label', lastOrgan);
  const oldest = home.row(lastOrgan, FIRST_YEAR);
  await expect(oldest).toBeVisible();
  const lastCard = await page.getByRole('region', { name: lastOrgan }).boundingBox();
  const gapBelow = (await page.evaluate(() => window.innerHeight)) - (lastCard!.y + lastCard!.height);
  expect(gapBelow).toBeGreaterThanOrEqual(0);
  expect(gapBelow).toBeLessThan(100);
  expect(await page.locator('tr[data-report-year]').count()).toBeLessThan((ORGANS * YEARS) / 4);
  await page.screenshot({ path: testInfo.outputPath('home-1000-bottom.png') });
  // the 1,000th report opens
  await oldest.getByRole('button', { name: '打开' }).click();
  await expect(page.locator('.report-view')).toContainText(`${lastOrgan}${FIRST_YEAR}年`);
});

test('a list that cannot be read on start is reported with the store’s message, and the page stays usable', async ({
  page,
  host,
}) => {
  test.skip(host.transport !== 'browser', 'the answer is replaced on the loopback host’s page');
  await page.route('**/api/reports.list', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, error: { code: 'STORE', message: '数据库暂时无法读取，请稍后重试' } }),
    }),
  );
  await page.reload();
  await expect(page.locator('html[data-ready="1"]')).toBeAttached();
  await expect(page.getByRole('alert')).toHaveText('无法读取报告列表：数据库暂时无法读取，请稍后重试');
  await expect(page.getByText('还没有报告。请在右侧新建报告')).toBeVisible();
  // the store answers again: a report made now is listed on the next start
  await page.unroute('**/api/reports.list');
  const home = new HomePage(page);
  await home.createReport({ organ: '某县交通运输局', year: 2025 });
  await page.goto(`${host.origin}/`);
  await expect(home.row('某县交通运输局', 2025)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});
