// The floor for this work: the same feed, parsed with JSON.parse, written into the DOM at most once per
// animation frame, with nothing else on the page. bench/run.ts measures it beside the dashboard.
(function () {
  const q = new URLSearchParams(location.search);
  const first = Number(q.get('first'));
  const ids = Array.from({ length: Number(q.get('count')) }, (_, i) => first + i);
  const grid = document.getElementById('grid');
  const cells = new Map();
  for (const id of ids) {
    const el = document.createElement('span');
    el.setAttribute('data-component-id', String(id));
    el.className = 'reading';
    el.textContent = '20';
    grid.appendChild(el);
    cells.set(id, el);
  }
  const pending = new Map();
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    for (const [id, value] of pending) {
      const el = cells.get(id);
      if (el) el.textContent = String(value);
    }
    pending.clear();
  };
  const client = mqtt.connect(q.get('url'), { username: q.get('user'), password: q.get('key'), clientId: 'reference-' + Math.random().toString(36).slice(2), clean: true, keepalive: 30, reconnectPeriod: 1000 });
  client.on('connect', () => { client.subscribe(q.get('topic')); window.__referenceReady = true; });
  client.on('message', (topic, payload) => {
    let body;
    try { body = JSON.parse(payload.toString()); } catch { return; }
    const id = Number(topic.slice(topic.lastIndexOf('/') + 1));
    if (typeof body.value !== 'number') return;
    pending.set(id, body.value);
    if (!scheduled) { scheduled = true; requestAnimationFrame(flush); }
  });
})();
