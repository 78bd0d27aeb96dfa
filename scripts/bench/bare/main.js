/* global vis */
/**
 * The benchmark's floor: vis-timeline's standalone build with its default options and the same
 * items as the app (id, title as content, start, end), fetched from the same `?data=` file. The
 * two buttons halve and double the window without animation, as the app's do under reduced motion.
 */
(function () {
  const status = document.getElementById('status');
  const container = document.getElementById('timeline');

  async function main() {
    const path = new URLSearchParams(window.location.search).get('data');
    if (!container || !path) throw new Error('Give the dataset as ?data=path/to/events.json');
    const response = await fetch(`/${path}`);
    if (!response.ok) throw new Error(`The dataset answered ${response.status}`);
    const dataset = await response.json();
    const items = new vis.DataSet(
      dataset.events.map((event) => {
        const item = { id: event.id, content: event.title, start: event.start };
        if (event.end !== undefined) item.end = event.end;
        return item;
      }),
    );
    const timeline = new vis.Timeline(container, items, {});
    document
      .getElementById('zoom-in')
      .addEventListener('click', () => timeline.zoomIn(1, { animation: false }));
    document
      .getElementById('zoom-out')
      .addEventListener('click', () => timeline.zoomOut(1, { animation: false }));
  }

  main().catch((error) => {
    if (status) status.textContent = error instanceof Error ? error.message : String(error);
  });
})();
