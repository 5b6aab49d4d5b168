// POST /api/aide/fichiers (multipart). XMLHttpRequest rather than fetch: it reports upload progress.
import type { UploadedFile } from '@portail/contracts';
import { ApiError } from '../../../lib/api';

export function uploadFile(
  file: File,
  csrfToken: string,
  onProgress: (fraction: number) => void,
): { promise: Promise<UploadedFile>; abort: () => void } {
  const xhr = new XMLHttpRequest();
  const promise = new Promise<UploadedFile>((resolve, reject) => {
    xhr.open('POST', '/api/aide/fichiers');
    xhr.setRequestHeader('x-csrf-token', csrfToken);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.responseType = 'json';
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      const body = xhr.response as { error?: { code: string; message: string } } | UploadedFile | null;
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as UploadedFile);
      else {
        const err = (body as { error?: { code: string; message: string } } | null)?.error;
        reject(new ApiError(xhr.status, err?.code ?? 'INTERNAL', err?.message ?? String(xhr.status)));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, 'NETWORK', 'network'));
    xhr.onabort = () => reject(new ApiError(0, 'ABORTED', 'aborted'));
    const form = new FormData();
    form.append('fichier', file, file.name);
    xhr.send(form);
  });
  return { promise, abort: () => xhr.abort() };
}
