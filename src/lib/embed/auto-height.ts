/**
 * Tells the page around an embed how tall the embed is, whenever that changes, in three dialects:
 *
 * - ours, read by /embed.js (static/embed.js): `{ type: 'tariff-tracker:embed-height', height }`, and
 *   an answer to its `{ type: 'tariff-tracker:embed-ask' }`, which it sends in case we spoke first;
 * - iframe-resizer (the v4 protocol of iframeResizer.js / iframeResizer.contentWindow.js): the parent
 *   sends `[iFrameSizer]<id>:8:<sizeWidth>:<log>:…` to start; we answer
 *   `[iFrameSizer]<id>:<height>:<width>:init`, then post `…:resizeObserver` on every change, and
 *   answer its `[iFrameSizer]resize` / `reset`. As the library's child script does when it loads
 *   late, we announce ourselves with `[iFrameResizerChild]Ready`, which makes the parent resend
 *   its start message (ours runs after hydration, usually after the frame's load event);
 * - Pym.js: `pymxPYMx<childId>xPYMxheightxPYMx<height>`, with the `childId` Pym puts in the frame's
 *   address, and the same again when the parent sends its width (`pymxPYMx<id>xPYMxwidthxPYMx<px>`).
 *
 * The height is the document's (`<html>`'s box, margins included), which does not depend on the
 * frame's own height, so resizing the frame cannot feed back.
 */

export const EMBED_HEIGHT_MESSAGE = 'tariff-tracker:embed-height';
export const EMBED_ASK_MESSAGE = 'tariff-tracker:embed-ask';

const RESIZER_PREFIX = '[iFrameSizer]';
export const RESIZER_READY = '[iFrameResizerChild]Ready';
const PYM_DELIMITER = 'xPYMx';

export const iframeResizerMessage = (id: string, height: number, width: number, type: string) =>
  `${RESIZER_PREFIX}${id}:${height}:${width}:${type}`;

export const pymMessage = (id: string, type: string, value: string) =>
  ['pym', id, type, value].join(PYM_DELIMITER);

/** What an iframe-resizer parent asks: `init` (with the id it knows us by), `resize` or `reset`. */
export function readIframeResizerMessage(
  data: unknown,
): { kind: 'init'; id: string } | { kind: 'resize' | 'reset' } | null {
  if (typeof data !== 'string' || !data.startsWith(RESIZER_PREFIX)) return null;
  const fields = data.slice(RESIZER_PREFIX.length).split(':');
  // The start message carries the parent's settings; its third field (sizeWidth) is a boolean,
  // which is how the library itself tells it from a size message relayed by a nested frame.
  if (fields.length > 2 && (fields[2] === 'true' || fields[2] === 'false') && fields[0]) {
    return { kind: 'init', id: fields[0] };
  }
  if (fields[0] === 'resize' || fields[0] === 'reset') return { kind: fields[0] };
  return null;
}

/** A Pym.js message addressed to `id`: its type and value. */
export function readPymMessage(data: unknown, id: string): { type: string; value: string } | null {
  if (typeof data !== 'string') return null;
  const parts = data.split(PYM_DELIMITER);
  if (parts.length !== 4 || parts[0] !== 'pym' || parts[1] !== id) return null;
  return { type: parts[2]!, value: parts[3]! };
}

const isAsk = (data: unknown) =>
  typeof data === 'object' &&
  data !== null &&
  (data as { type?: unknown }).type === EMBED_ASK_MESSAGE;

/**
 * Starts reporting the document's height to the parent window, if there is one; returns the stop
 * function. `pymId` is the Pym.js child id from the frame's first address (the page may rewrite it).
 */
export function startAutoHeight({ pymId }: { pymId: string | null }): () => void {
  const parent = window.parent;
  if (parent === window) return () => {};

  const root = document.documentElement;
  const size = () => {
    const box = root.getBoundingClientRect();
    return { height: Math.ceil(box.height), width: Math.ceil(box.width) };
  };
  // Heights are not secrets, and the host's origin is unknown: any page may frame an embed.
  const post = (message: unknown) => parent.postMessage(message, '*');
  let resizerId: string | null = null;
  let lastHeight = 0;

  const sendOurs = () => post({ type: EMBED_HEIGHT_MESSAGE, height: size().height });
  const sendPym = () => {
    if (pymId) post(pymMessage(pymId, 'height', String(size().height)));
  };
  const sendResizer = (type: string) => {
    if (!resizerId) return;
    const { height, width } = size();
    post(iframeResizerMessage(resizerId, height, width, type));
  };

  const onResize = () => {
    const { height } = size();
    if (height === lastHeight) return;
    lastHeight = height;
    sendOurs();
    sendPym();
    sendResizer('resizeObserver');
  };

  const onMessage = (event: MessageEvent) => {
    if (event.source !== parent) return;
    if (isAsk(event.data)) {
      sendOurs();
      return;
    }
    const resizer = readIframeResizerMessage(event.data);
    if (resizer?.kind === 'init') {
      resizerId = resizer.id;
      sendResizer('init');
    } else if (resizer) {
      sendResizer(resizer.kind === 'resize' ? 'resizeParent' : 'resetPage');
    } else if (pymId && readPymMessage(event.data, pymId)?.type === 'width') {
      sendPym();
    }
  };

  window.addEventListener('message', onMessage);
  const observer = new ResizeObserver(onResize);
  observer.observe(document.body);
  observer.observe(root);
  post(RESIZER_READY);
  onResize();

  return () => {
    observer.disconnect();
    window.removeEventListener('message', onMessage);
  };
}
