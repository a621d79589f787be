// Evidence files over plain HTTP (POST /files, GET /files/download?link=…), with the session's bearer token
// and the UI language, as the GraphQL client sends them.
import { expireSession, sessionStore } from '../auth/session';
import { localeStore, t } from '../i18n/locale';

/** What POST /files answers for each stored file. */
export interface UploadedFile {
  id: string;
  name: string;
  size: number;
  mimeType: string;
  sha256: string;
  downloadUrl: string;
  thumbnailUrl: string | null;
}

/** A refusal of the files routes, with the API's code and its message in the UI language. */
export class FileRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function headers(): Record<string, string> {
  const { token } = sessionStore.get();
  return { 'Accept-Language': localeStore.get(), ...(token ? { Authorization: `Bearer ${token}` } : {}) };
}

/** The API's `{ error: { code, message } }`, or a generic failure; an expired session ends it. */
function refusal(status: number, text: string): FileRequestError {
  let error: { code?: string; message?: string } = {};
  try {
    error = (JSON.parse(text) as { error?: typeof error }).error ?? {};
  } catch {
    // Not our JSON (a proxy's error page): the generic text below.
  }
  if (status === 401) expireSession();
  return new FileRequestError(error.code ?? 'INTERNAL_SERVER_ERROR', error.message ?? t('files.failed'));
}

/** Uploads one file, reporting progress (0–100); `abort` cancels it. */
export function uploadFile(
  file: File,
  onProgress: (percent: number) => void,
): { done: Promise<UploadedFile>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const done = new Promise<UploadedFile>((resolve, reject) => {
    xhr.open('POST', '/files');
    for (const [k, v] of Object.entries(headers())) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onload = () => {
      if (xhr.status !== 201) return reject(refusal(xhr.status, xhr.responseText));
      resolve((JSON.parse(xhr.responseText) as { files: UploadedFile[] }).files[0]);
    };
    xhr.onerror = () => reject(new FileRequestError('NETWORK', t('error.network')));
    xhr.onabort = () => reject(new FileRequestError('ABORTED', t('files.cancelled')));
    const body = new FormData();
    body.append('file', file, file.name);
    xhr.send(body);
  });
  return { done, abort: () => xhr.abort() };
}

/** The bytes behind a signed link (fetched with the bearer token: links are bound to the user). */
export async function fetchFile(url: string): Promise<Blob> {
  let res: Response;
  try {
    res = await fetch(url, { headers: headers() });
  } catch {
    throw new FileRequestError('NETWORK', t('error.network'));
  }
  if (!res.ok) throw refusal(res.status, await res.text());
  return res.blob();
}

/** Downloads a signed link and hands it to the browser to save (or open) under `name`. */
export async function saveFile(url: string, name: string): Promise<void> {
  const blob = await fetchFile(url);
  const href = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = href;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download only after the click has returned.
  setTimeout(() => URL.revokeObjectURL(href), 60_000);
}

/** 1.2 MB, 340 KB, 12 B. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} B`;
}
