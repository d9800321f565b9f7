/**
 * A node file (a task's stdout.txt, a node's startup/stderr.txt) shown from its end and followed
 * while it grows: the size from the file's properties (HEAD), then only the new bytes through
 * `ocp-range`, never the whole of a large file.
 * @module
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { ApiError, call } from "./api.js";

/** The tail shown at first, and the text kept at most. */
const TAIL_BYTES = 64 * 1024;
/** The most one read asks for. */
const CHUNK_BYTES = 256 * 1024;
/** How often a growing file is read again. */
const FOLLOW_INTERVAL_MS = 1000;

/** Per-segment encoding of a file path (`startup/stdout.txt`), keeping its slashes. */
export function filePath(base: string, name: string): string {
  return `${base}/files/${name.split("/").map(encodeURIComponent).join("/")}`;
}

/**
 * Shows the end of the file at `path` (an operation path ending in `/files/<name>`) and, while
 * `follow` is true, what is appended to it.
 */
export function FileTail({ path, title, follow }: { path: string; title: string; follow: boolean }) {
  const [text, setText] = useState("");
  const [status, setStatus] = useState("Loading…");
  const cursor = useRef({ offset: 0, decoder: new TextDecoder() });
  const pre = useRef<HTMLPreElement>(null);

  useEffect(() => {
    cursor.current = { offset: 0, decoder: new TextDecoder() };
    setText("");
    setStatus("Loading…");
    let alive = true;
    let timer = 0;
    const read = async (): Promise<void> => {
      const size = Number((await call(path, { method: "HEAD" })).headers.get("content-length") ?? 0);
      const c = cursor.current;
      if (size < c.offset) {
        // Replaced by a shorter file (a retry): start over.
        c.offset = 0;
        c.decoder = new TextDecoder();
        setText("");
      }
      if (c.offset === 0 && size > TAIL_BYTES) c.offset = size - TAIL_BYTES;
      while (alive && c.offset < size) {
        const end = Math.min(size, c.offset + CHUNK_BYTES) - 1;
        const answer = await call(path, { headers: { "ocp-range": `bytes=${c.offset}-${end}` } });
        const bytes = new Uint8Array(await answer.arrayBuffer());
        if (bytes.length === 0) break;
        c.offset += bytes.length;
        const chunk = c.decoder.decode(bytes, { stream: true });
        setText((previous) => (previous + chunk).slice(-TAIL_BYTES));
      }
      setStatus(`${size} bytes${follow ? ", following" : ""}`);
    };
    const loop = (): void => {
      read()
        .catch((error: Error) =>
          setStatus(error instanceof ApiError && error.status === 404 ? "No such file yet." : error.message),
        )
        .finally(() => {
          if (alive && follow) timer = window.setTimeout(loop, FOLLOW_INTERVAL_MS);
        });
    };
    loop();
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [path, follow]);

  useEffect(() => {
    const element = pre.current;
    if (element) element.scrollTop = element.scrollHeight;
  }, [text]);

  const id = `file-${title.replace(/[^A-Za-z0-9]+/g, "-")}`;
  return (
    <figure class="file">
      <figcaption id={id}>
        {title} <span class="note">({status})</span>
      </figcaption>
      <pre ref={pre} tabIndex={0} aria-labelledby={id} data-testid={`file-${title}`}>
        {text}
      </pre>
    </figure>
  );
}
