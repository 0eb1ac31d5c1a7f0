/**
 * A Blob as a stream read in large slices: `Blob.stream()` asks the browser for 64 KB at a time, one
 * round trip to the browser process each, which on a busy machine cost more than parsing. Each
 * slice is handed on 1 MB at a time with a pause between, so the page keeps painting the progress
 * bar and answering Cancel. The pause is a MessageChannel task: setTimeout is throttled to once a
 * second in a page the browser considers hidden, which made a 72 MB import take minutes.
 */
export function readInSlices(
  blob: Blob,
  sliceBytes = 8 * 1024 * 1024,
  pieceBytes = 1024 * 1024,
): ReadableStream<Uint8Array> {
  let offset = 0;
  let slice = new Uint8Array(0);
  let at = 0;
  const channel = new MessageChannel();
  let resume: (() => void) | null = null;
  channel.port1.onmessage = () => resume?.();
  const pause = () =>
    new Promise<void>((resolve) => {
      resume = resolve;
      channel.port2.postMessage(null);
    });
  const close = () => {
    channel.port1.close();
    channel.port2.close();
  };
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (at >= slice.length) {
        if (offset >= blob.size) {
          close();
          controller.close();
          return;
        }
        slice = new Uint8Array(await blob.slice(offset, offset + sliceBytes).arrayBuffer());
        offset += sliceBytes;
        at = 0;
      } else {
        await pause();
      }
      controller.enqueue(slice.subarray(at, at + pieceBytes));
      at += pieceBytes;
    },
    cancel: close,
  });
}
