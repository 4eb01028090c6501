/**
 * Measuring campaigns: off by default (nothing leaves the site), and when
 * site config connects a service, the named events reach it with the right
 * properties. The "service" here is a local stand-in for Plausible: it
 * serves a script that defines window.plausible and counts tagged-event
 * clicks, and it records every event it receives.
 */
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { expect, test } from '@playwright/test';
import { pointsOf, sideFromPoints } from '@/lib/quiz/codes';
import { sessionFromText } from '@/lib/workshop/codes';
import { encodeTeam } from '@/lib/workshop/team-codes';
import { parseParticipations, PARTICIPANT_KEY } from '@/lib/workshop/stored';
import { answerWithKeyboard, expectedResult, quiz, quizPath, startWithKeyboard } from './quiz-helpers';
import { startBeforeReady } from './hold-island';
import { serveDirectory } from './static-server';

const total = quiz.questions.length;

test('with measuring off, the quiz and sharing send nothing anywhere', async ({ page, baseURL }) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).origin !== new URL(baseURL!).origin) foreign.push(request.url());
  });
  await page.goto(quizPath('nl'));
  expect(await page.locator('script[data-domain], script[data-website-id]').count()).toBe(0);
  await startWithKeyboard(page, 'nl', 'customer');
  await answerWithKeyboard(page, 'nl', Array(total).fill(2));
  await page.getByRole('button', { name: 'Kopieer link' }).first().click();
  await page.goto('/essays/partner-op-papier/');
  expect(await page.evaluate(() => 'plausible' in window || 'umami' in window)).toBe(false);
  expect(foreign).toEqual([]);
});

test.describe('with a cookieless service connected', () => {
  test.describe.configure({ mode: 'serial', timeout: 180_000 });
  const SITE_PORT = 4398;
  const SERVICE_PORT = 4399;
  const outDir = '.tmp/dist-analytics';
  const events: { n: string; u?: string; p?: Record<string, string> }[] = [];
  let site: Server;
  let service: Server;

  const serviceScript = `
    window.plausible = (n, options) => fetch('http://127.0.0.1:${SERVICE_PORT}/api/event', {
      method: 'POST', body: JSON.stringify({ n, u: location.href, p: options && options.props }), keepalive: true,
    });
    // Like Plausible's script: a pageview with the page's address as it loads.
    window.plausible('pageview');
    // Plausible's tagged events: a click on an element with class plausible-event-name=NAME.
    document.addEventListener('click', (event) => {
      const el = event.target.closest('[class*="plausible-event-name="]');
      if (!el) return;
      const props = {};
      let name = '';
      for (const c of el.classList) {
        const m = /^plausible-event-(.+)=(.+)$/.exec(c);
        if (m && m[1] === 'name') name = m[2]; else if (m) props[m[1]] = m[2];
      }
      event.preventDefault();
      window.plausible(name, { props });
    }, true);`;

  test.beforeAll(async () => {
    execFileSync('npm', ['run', 'build', '--', '--outDir', outDir], {
      env: {
        ...process.env,
        ANALYTICS_PROVIDER: 'plausible',
        ANALYTICS_SCRIPT_URL: `http://127.0.0.1:${SERVICE_PORT}/js/script.tagged-events.js`,
        ANALYTICS_SITE: 'deluisterendekoning.nl',
      },
      stdio: 'ignore',
    });
    site = await serveDirectory(outDir, SITE_PORT);
    service = createServer((request, response) => {
      response.setHeader('Access-Control-Allow-Origin', '*');
      if (request.url?.startsWith('/js/')) {
        response.writeHead(200, { 'Content-Type': 'text/javascript' }).end(serviceScript);
        return;
      }
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        if (request.method === 'POST') events.push(JSON.parse(body));
        response.writeHead(202).end();
      });
    });
    await new Promise<void>((resolve) => service.listen(SERVICE_PORT, '127.0.0.1', resolve));
  });

  test.afterAll(async () => {
    site?.close();
    service?.close();
  });

  test('the events arrive with their names and properties', async ({ browser }) => {
    const base = `http://127.0.0.1:${SITE_PORT}`;
    /** Waits until the service has received this event. */
    const arrived = (n: string, p: Record<string, string>) =>
      expect
        .poll(() => events.some((e) => e.n === n && JSON.stringify(e.p) === JSON.stringify(p)), {
          message: `${n} ${JSON.stringify(p)}`,
          timeout: 10_000,
        })
        .toBe(true);

    const inviter = await (await browser.newContext()).newPage();
    await inviter.goto(`${base}/quiz/`);
    await expect(inviter.locator(`script[src^="http://127.0.0.1:${SERVICE_PORT}/"]`)).toHaveAttribute(
      'data-domain',
      'deluisterendekoning.nl',
    );
    await startWithKeyboard(inviter, 'nl', 'customer');
    await arrived('quiz_started', { role: 'customer' });
    await answerWithKeyboard(inviter, 'nl', Array(total).fill(3));
    await arrived('quiz_finished', { role: 'customer', stage: expectedResult('nl', Array(total).fill(3)).stageId });

    // A share link opens the network in a new tab; the click is what counts.
    const popup = inviter.waitForEvent('popup');
    await inviter.getByRole('link', { name: 'Delen via LinkedIn' }).click();
    await (await popup).close();
    await arrived('share_clicked', { network: 'linkedin' });

    const link = await inviter.getByRole('textbox', { name: 'Uitnodigingslink' }).inputValue();
    await inviter.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await inviter.getByRole('button', { name: 'Kopieer de uitnodiging' }).click();
    await arrived('invite_created', { role: 'customer' });

    const invitee = await (await browser.newContext()).newPage();
    await invitee.goto(`${base}/quiz/${new URL(link).hash}`);
    await expect(invitee.getByText('De klant in uw samenwerking', { exact: false })).toBeVisible();
    await arrived('invite_opened', { role: 'customer' });
    // The invite's code reaches no event and no pageview address, though the invitee still gets the invite.
    const code = new URL(link).hash.split('=')[1]!;
    expect(events.some((e) => e.n === 'pageview' && e.u?.startsWith(`${base}/quiz/`))).toBe(true);
    expect(JSON.stringify(events)).not.toContain(code);
    expect(JSON.stringify(events)).not.toContain('#spiegel');

    // On essays the service's own script counts clicks on tagged share links.
    const essay = await (await browser.newContext()).newPage();
    await essay.goto(`${base}/en/essays/partner-on-paper/`);
    await essay.getByRole('link', { name: 'Share on WhatsApp' }).click();
    await arrived('share_clicked', { network: 'whatsapp' });

    // No event carries answers, names or free text: only these property keys.
    for (const event of events)
      for (const key of Object.keys(event.p ?? {})) expect(['role', 'stage', 'network']).toContain(key);
  });

  test('the workshop team and session links reach no pageview, and the pages still open them', async ({ browser }) => {
    const base = `http://127.0.0.1:${SITE_PORT}`;
    const answers = Object.fromEntries(quiz.questions.map((q) => [q.id, q.options[2]!.id]));
    const side = sideFromPoints(quiz, 'supplier', pointsOf(quiz, answers), null);
    const team = encodeTeam(quiz, { session: 424242, respondents: [{ id: 7, revision: 0, side }] });

    const facilitator = await (await browser.newContext()).newPage();
    await facilitator.goto(`${base}/workshop/#team=${team}`);
    await expect(facilitator.getByText('Leverancierskant: 1 deelnemer')).toBeVisible();
    // The team comes back into the address for bookmarking, after the service has read it.
    await expect.poll(() => new URL(facilitator.url()).hash).toBe(`#team=${team}`);
    const participant = await (await browser.newContext()).newPage();
    await participant.goto(`${base}/workshop/meedoen/#sessie=AbCd`);
    await expect(participant.getByRole('radio', { name: 'Ik antwoord als klant' })).toBeVisible();
    await expect(participant.getByText('Deze pagina hoort bij een workshop', { exact: false })).toBeHidden();

    await expect.poll(() => events.filter((e) => e.u?.includes('/workshop/')).length).toBe(2);
    expect(JSON.stringify(events)).not.toContain(team);
    expect(JSON.stringify(events)).not.toContain('#team');
    expect(JSON.stringify(events)).not.toContain('sessie');
  });

  test('Start tapped before the island is ready keeps the session, out of every pageview', async ({ browser }) => {
    const participant = await (await browser.newContext()).newPage();
    // The form goes out natively, as ?role=…, from an address the head script has already cleared.
    const link = `http://127.0.0.1:${SITE_PORT}/workshop/meedoen/#sessie=WxYz`;
    await startBeforeReady(participant, 'participant', link, 'nl', 'customer');
    await expect(participant.getByRole('heading', { level: 2, name: quiz.questions[0]!.prompt.nl })).toBeFocused();
    const stored = await participant.evaluate((key) => localStorage.getItem(key) ?? '', PARTICIPANT_KEY);
    expect(parseParticipations(stored, quiz).map((p) => [p.session, p.progress.role])).toEqual([
      [sessionFromText('WxYz'), 'customer'],
    ]);
    await expect.poll(() => events.filter((e) => e.u?.includes('role=customer')).length).toBe(1);
    expect(JSON.stringify(events)).not.toContain('WxYz');
  });
});
