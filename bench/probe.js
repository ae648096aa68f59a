// Injected into every bench page before its own scripts: long tasks, frames, IndexedDB write
// transactions, when each bench value reached the DOM, clicks, and when a switch or a tile's busy mark changed.
(() => {
  const b = (window.__bench = { seen: [], longTasks: [], frames: 0, idbWrites: [], switched: [], clicks: [], firstTile: null, socketOpened: null });
  // The control round trip starts at the click event (not at Playwright's call, which waits for the page).
  document.addEventListener('click', () => b.clicks.push(performance.now()), true);
  // When the MQTT socket opened (Date.now), for the burst after connecting.
  const NativeSocket = window.WebSocket;
  window.WebSocket = class extends NativeSocket {
    constructor(...args) {
      super(...args);
      this.addEventListener('open', () => (b.socketOpened = Date.now()), { once: true });
    }
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  if (window.IDBDatabase) {
    const original = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (names, mode, ...rest) {
      if (mode === 'readwrite') b.idbWrites.push(performance.now());
      return original.call(this, names, mode, ...rest);
    };
  }
  const frame = () => {
    b.frames++;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const scan = (node) => {
    const el = node.nodeType === 1 ? node : node.parentElement;
    const holder = el && el.closest('[data-component-id]');
    if (!holder) return;
    const digits = (holder.querySelector('.reading') || holder).textContent.replace(/[^0-9]/g, '');
    const value = Number(digits);
    if (value >= 1000000) b.seen.push([Number(holder.getAttribute('data-component-id')), value, Date.now()]);
  };
  const observe = () => {
    new MutationObserver((records) => {
      const now = Date.now();
      for (const r of records) {
        if (r.type === 'attributes') {
          const holder = r.target.closest('[data-component-id]');
          if (holder) b.switched.push([holder.getAttribute('data-component-id'), r.attributeName, r.target.getAttribute(r.attributeName), performance.now()]);
          continue;
        }
        if (b.firstTile === null && document.querySelector('simo-component-tile')) {
          const at = performance.now();
          requestAnimationFrame(() => (b.firstTile = { dom: at, painted: performance.now() }));
          b.firstTile = false;
        }
        scan(r.target);
        for (const n of r.addedNodes) scan(n);
      }
    }).observe(document.documentElement, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['aria-checked', 'aria-busy'] });
  };
  if (document.documentElement) observe();
  else document.addEventListener('readystatechange', observe, { once: true });
})();
