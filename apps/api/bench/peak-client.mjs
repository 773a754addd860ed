// The deadline-peak load, in its own process (as browsers are): applicants autosaving a section with
// If-Match versions, reviewers paging their queues and deciding, and optionally large uploads with
// /healthz probes beside them. Started by peak.bench.ts with `fork`; one message in, one message out.
import { request } from 'node:http';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** What each demo reviewer works: its queue's status and the decision it takes there. */
const desks = {
  // The unit's approval waits for its 5-working-day 公示; starting the review is its peak-day work.
  unitadmin: { status: 'submitted', body: { action: 'start_review' } },
  swjreviewer: { status: 'dept_review', body: { action: 'approve' } },
  slsecretary: {
    status: 'committee_review',
    body: { action: 'committee_pass', votes: { present: 9, for: 9, against: 0, abstain: 0 } },
  },
  bureauadmin: { status: null, body: null },
};

async function run({ url, applicants, reviewers, seconds, saveEveryMs, reviewerPauseMs, uploads }) {
  const samples = {};
  const errors = [];
  const acknowledged = {};
  const claimed = new Set();
  const end = Date.now() + seconds * 1000;

  async function timed(route, path, init) {
    const began = performance.now();
    let response;
    let body;
    try {
      response = await fetch(`${url}${path}`, init);
      body = await response.text();
    } catch (error) {
      errors.push(`${route}: ${error}`);
      return null;
    }
    samples[route] = samples[route] ?? [];
    samples[route].push(performance.now() - began);
    if (!response.ok) {
      errors.push(`${route} ${response.status}: ${body.slice(0, 300)}`);
      return null;
    }
    return JSON.parse(body);
  }

  async function applicant({ appId, token, version: known }, i) {
    let version = known ?? 0;
    await sleep(Math.random() * saveEveryMs);
    for (let n = 0; Date.now() < end; n += 1) {
      const text = `本人自参加工作以来……（第 ${i} 位申报人第 ${n} 次自动保存）`;
      const began = Date.now();
      const saved = await timed(
        'PUT …/sections/selfEvaluation',
        `/api/v1/applications/${appId}/sections/selfEvaluation`,
        {
          method: 'PUT',
          headers: {
            'content-type': 'application/json',
            authorization: `Bearer ${token}`,
            'if-match': String(version),
          },
          body: JSON.stringify({ data: { selfEvaluation: text } }),
        },
      );
      if (saved) {
        version = saved.version;
        acknowledged[appId] = { version, text };
      }
      await sleep(Math.max(0, saveEveryMs * (0.75 + Math.random() * 0.5) - (Date.now() - began)));
    }
  }

  async function reviewer({ user, token }) {
    const desk = desks[user];
    const auth = { authorization: `Bearer ${token}` };
    await sleep(Math.random() * reviewerPauseMs);
    while (Date.now() < end) {
      const filter = desk.status ? `status=${desk.status}&` : '';
      const page = await timed('GET /applications (queue page)', `/api/v1/applications?${filter}limit=20`, {
        headers: auth,
      });
      if (page?.nextCursor && Math.random() < 0.5) {
        const cursor = encodeURIComponent(page.nextCursor);
        await timed(
          'GET /applications (queue page)',
          `/api/v1/applications?${filter}limit=20&cursor=${cursor}`,
          { headers: auth },
        );
      }
      if (desk.body) {
        const item = page?.items.find(
          (a) => !claimed.has(a.id) && a.allowedActions.includes(desk.body.action),
        );
        if (item) {
          claimed.add(item.id); // two reviewers deciding one application would be a planned 409
          await timed('POST …/transitions', `/api/v1/applications/${item.id}/transitions`, {
            method: 'POST',
            headers: { ...auth, 'content-type': 'application/json' },
            body: JSON.stringify(desk.body),
          });
        }
      } else {
        await timed('GET /applications/counts', '/api/v1/applications/counts', { headers: auth });
      }
      await sleep(reviewerPauseMs * (0.5 + Math.random()));
    }
  }

  const work = [...applicants.map((a, i) => applicant(a, i)), ...reviewers.map((r) => reviewer(r))];
  let upload = null;
  if (uploads) upload = uploadsWithProbes(url, uploads, errors);
  await Promise.all(work);
  return { samples, errors, acknowledged, upload: upload && (await upload) };
}

/**
 * After `delayMs`, `count` concurrent uploads of `bytes` each (a PDF-looking stream made chunk by chunk),
 * while /healthz is probed every 20 ms; answers the probe times and how long the uploads took.
 */
async function uploadsWithProbes(url, { delayMs, count, bytes, targets }, errors) {
  await sleep(delayMs);
  process.send({ type: 'uploads-start' });
  let done = false;
  const probes = [];
  const probing = (async () => {
    while (!done) {
      const began = performance.now();
      const response = await fetch(`${url}/healthz`).catch((e) => ({ ok: false, status: String(e) }));
      probes.push(performance.now() - began);
      if (!response.ok) errors.push(`/healthz ${response.status}`);
      else await response.arrayBuffer();
      await sleep(20);
    }
  })();
  const began = performance.now();
  await Promise.all(
    targets.slice(0, count).map((t) =>
      uploadOne(`${url}/api/v1/applications/${t.appId}/materials/published_books`, t.token, bytes).then(
        ({ status, body }) => {
          if (status !== 201) errors.push(`upload ${status}: ${body.slice(0, 300)}`);
        },
      ),
    ),
  );
  const uploadSeconds = (performance.now() - began) / 1000;
  done = true;
  await probing;
  process.send({ type: 'uploads-end' });
  return { probes, uploadSeconds };
}

function uploadOne(url, token, size) {
  const chunk = 64 * 1024;
  return new Promise((resolve) => {
    const boundary = '----zcbench';
    const head = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="bench.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
    );
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const filler = Buffer.alloc(chunk, 0x20);
    // Every chunk holds a page object, so the background page count finishes with a number.
    filler.write('%PDF-1.4\n1 0 obj << /Type /Page >> endobj\n');
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + size + tail.length),
        },
      },
      (res) => {
        let body = '';
        res.on('data', (c) => {
          body += c;
        });
        res.on('end', () => resolve({ status: res.statusCode, body }));
      },
    );
    req.on('error', (e) => resolve({ status: 0, body: String(e) }));
    let left = size;
    const pump = () => {
      while (left > 0) {
        const n = Math.min(left, chunk);
        left -= n;
        if (!req.write(n === chunk ? filler : filler.subarray(0, n))) return req.once('drain', pump);
      }
      req.end(tail);
    };
    req.write(head);
    pump();
  });
}

process.on('message', async (message) => {
  process.send({ type: 'result', result: await run(message) });
});
