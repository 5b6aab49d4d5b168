// File uploads (S29), shared by every module that accepts attachments.
//
// - The bytes are written outside the web root, under `${DATA_DIR}/files/`, with a random name from
//   the CSPRNG; the user's file name is only metadata (`stored_file.original_name`).
// - The upload is streamed: at most `maxBytes` are read; one byte more and we stop reading, delete
//   the partial file and answer 413 PAYLOAD_TOO_LARGE with the limit in the message.
// - The type is decided by the file's first bytes (magic numbers), never by the declared
//   Content-Type or the extension: PDF, PNG, JPEG by default; DOCX and XLSX on request (a ZIP whose
//   central directory holds `[Content_Types].xml` and `word/document.xml`, resp. `xl/workbook.xml`).
// - Files are served back as attachments with `nosniff`; inline only for PDF and images on explicit
//   request, and then inside `Content-Security-Policy: sandbox` so a hostile PDF cannot script.
//
// Authorisation is the caller's job: check that the user may see the owning object, then call
// sendStoredFile. Ids are UUIDs so they cannot be enumerated, but they are not secrets either.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import multipart from '@fastify/multipart';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { z } from 'zod';
import type { Db } from '../db/client.ts';
import { sql } from '../db/sql.ts';
import type { AppDeps } from './deps.ts';
import { AppError } from './errors.ts';

export type FileKind = 'pdf' | 'png' | 'jpeg' | 'docx' | 'xlsx';

export const FILE_KINDS: Record<FileKind, { mediaType: string; label: string; extensions: string[] }> = {
  pdf: { mediaType: 'application/pdf', label: 'PDF', extensions: ['.pdf'] },
  png: { mediaType: 'image/png', label: 'PNG', extensions: ['.png'] },
  jpeg: { mediaType: 'image/jpeg', label: 'JPEG', extensions: ['.jpg', '.jpeg'] },
  docx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'DOCX',
    extensions: ['.docx'],
  },
  xlsx: {
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    label: 'XLSX',
    extensions: ['.xlsx'],
  },
};

export const DEFAULT_ALLOWED: FileKind[] = ['pdf', 'png', 'jpeg'];
const INLINE_KINDS = new Set(['application/pdf', 'image/png', 'image/jpeg']);

export interface StoredFile {
  id: string;
  originalName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  createdBy: number | null;
  createdAt: string;
}

/** Response schema for routes that return a stored file's metadata. */
export const storedFileSchema = z.object({
  id: z.uuid(),
  originalName: z.string(),
  mediaType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  createdBy: z.number().int().nullable(),
  createdAt: z.string(),
});

export interface UploadMeta {
  filename: string;
  /** What the client claimed; recorded nowhere and trusted for nothing (magic bytes decide). */
  declaredType?: string;
  createdBy: number | null;
}

export interface UploadOptions {
  allowed?: FileKind[];
  maxBytes?: number;
}

export const filesRoot = (deps: AppDeps): string => resolve(deps.config.DATA_DIR, 'files');
export const maxUploadBytes = (deps: AppDeps): number => deps.config.UPLOAD_MAX_MB * 1024 * 1024;

/** « 10 Mo », « 512 Ko »: how limits are stated to users. */
export function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) {
    const mb = bytes / (1024 * 1024);
    return `${Number.isInteger(mb) ? mb : mb.toFixed(1).replace('.', ',')} Mo`;
  }
  if (bytes >= 1024) return `${Math.ceil(bytes / 1024)} Ko`;
  return `${bytes} octets`;
}

export const allowedLabel = (allowed: FileKind[]): string =>
  allowed.map((k) => FILE_KINDS[k].label).join(', ');

/**
 * Registers @fastify/multipart in the caller's scope with limits that let storeUpload see the
 * byte that crosses the limit (busboy truncates silently otherwise) and a bounded number of parts.
 * Pass the largest maxBytes the scope's routes use (usually `maxUploadBytes(deps)`).
 */
export async function registerMultipart(app: FastifyInstance, maxBytes: number): Promise<void> {
  await app.register(multipart, {
    limits: {
      fileSize: maxBytes + 1,
      files: 1,
      fields: 10,
      fieldSize: 4096,
      parts: 12,
    },
  });
}

/** Keeps a display name only: no path, no control characters, at most 200 characters. */
export function cleanFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping control characters is the point
  const cleaned = base.replace(/[\u0000-\u001f\u007f]/g, '').trim();
  return (cleaned || 'fichier').slice(0, 200);
}

function sniff(head: Buffer): FileKind | 'zip' | null {
  if (head.length >= 5 && head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (
    head.length >= 8 &&
    head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return 'png';
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg';
  if (head.length >= 4 && head.readUInt32LE(0) === 0x04034b50) return 'zip';
  return null;
}

/** Names in a ZIP's central directory (no ZIP64, no multi-disk: Office files never need them). */
async function zipEntryNames(path: string, size: number): Promise<string[] | null> {
  const fh = await open(path, 'r');
  try {
    const tailLength = Math.min(size, 22 + 65_535);
    const tail = Buffer.alloc(tailLength);
    await fh.read(tail, 0, tailLength, size - tailLength);
    let eocd = -1;
    for (let i = tailLength - 22; i >= 0; i--) {
      if (tail.readUInt32LE(i) === 0x06054b50) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) return null;
    const cdSize = tail.readUInt32LE(eocd + 12);
    const cdOffset = tail.readUInt32LE(eocd + 16);
    if (cdOffset + cdSize > size || cdSize > 8 * 1024 * 1024) return null;
    const cd = Buffer.alloc(cdSize);
    await fh.read(cd, 0, cdSize, cdOffset);
    const names: string[] = [];
    let p = 0;
    while (p + 46 <= cd.length && cd.readUInt32LE(p) === 0x02014b50) {
      const nameLength = cd.readUInt16LE(p + 28);
      const extraLength = cd.readUInt16LE(p + 30);
      const commentLength = cd.readUInt16LE(p + 32);
      names.push(cd.subarray(p + 46, p + 46 + nameLength).toString('utf8'));
      p += 46 + nameLength + extraLength + commentLength;
    }
    return names;
  } finally {
    await fh.close();
  }
}

const unsupported = (filename: string, allowed: FileKind[]) =>
  new AppError(
    'UNSUPPORTED_MEDIA_TYPE',
    `Le fichier « ${filename} » n'est pas d'un type accepté. Types acceptés : ${allowedLabel(allowed)}.`,
    { allowed: allowed.map((k) => FILE_KINDS[k].label) },
  );

export const tooLarge = (filename: string, maxBytes: number) =>
  new AppError(
    'PAYLOAD_TOO_LARGE',
    `Le fichier « ${filename} » dépasse la taille maximale autorisée de ${formatSize(maxBytes)}.`,
    { maxBytes },
  );

interface StoredFileRow {
  id: string;
  storage_key: string;
  original_name: string;
  media_type: string;
  size_bytes: number | string;
  sha256: string;
  created_by: number | null;
  created_at: Date;
}

const toStoredFile = (r: StoredFileRow): StoredFile => ({
  id: r.id,
  originalName: r.original_name,
  mediaType: r.media_type,
  sizeBytes: Number(r.size_bytes),
  sha256: r.sha256,
  createdBy: r.created_by,
  createdAt: new Date(r.created_at).toISOString(),
});

/**
 * Streams an upload to disk and records it. Throws 413 (too large), 415 (type not allowed) or
 * 400 (empty) and leaves nothing behind in those cases. The stream is not drained on refusal.
 */
export async function storeUpload(
  deps: AppDeps,
  stream: Readable,
  meta: UploadMeta,
  options: UploadOptions = {},
): Promise<StoredFile> {
  const allowed = options.allowed ?? DEFAULT_ALLOWED;
  const maxBytes = options.maxBytes ?? maxUploadBytes(deps);
  const filename = cleanFilename(meta.filename);
  const root = filesRoot(deps);
  const key = randomBytes(20).toString('hex');
  const storageKey = `${key.slice(0, 2)}/${key}`;
  const finalPath = join(root, storageKey);
  const tmpPath = join(root, 'tmp', `${key}.part`);
  await mkdir(dirname(tmpPath), { recursive: true });

  const hash = createHash('sha256');
  let size = 0;
  let head = Buffer.alloc(0);
  let kind: FileKind | 'zip' | null = null;
  const fh = await open(tmpPath, 'wx', 0o600);
  let ok = false;
  try {
    // Breaking out of for-await destroys the source: we stop reading at the first refused byte.
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > maxBytes) throw tooLarge(filename, maxBytes);
      if (kind === null && head.length < 8) {
        head = Buffer.concat([head, chunk.subarray(0, 8 - head.length)]);
        if (head.length >= 8) {
          kind = sniff(head);
          if (kind === null || (kind !== 'zip' && !allowed.includes(kind)))
            throw unsupported(filename, allowed);
          if (kind === 'zip' && !allowed.includes('docx') && !allowed.includes('xlsx'))
            throw unsupported(filename, allowed);
        }
      }
      hash.update(chunk);
      await fh.write(chunk);
    }
    if (size === 0) throw new AppError('VALIDATION', `Le fichier « ${filename} » est vide.`);
    if (kind === null) {
      // Fewer than 8 bytes: only a (tiny) JPEG or PDF could still match.
      kind = sniff(head);
      if (kind === null || kind === 'zip' || !allowed.includes(kind)) throw unsupported(filename, allowed);
    }
    ok = true;
  } finally {
    await fh.close();
    if (!ok) await rm(tmpPath, { force: true });
  }

  let finalKind: FileKind;
  if (kind === 'zip') {
    const names = await zipEntryNames(tmpPath, size).catch(() => null);
    const set = new Set(names ?? []);
    const office = set.has('[Content_Types].xml');
    if (office && set.has('word/document.xml') && allowed.includes('docx')) finalKind = 'docx';
    else if (office && set.has('xl/workbook.xml') && allowed.includes('xlsx')) finalKind = 'xlsx';
    else {
      await rm(tmpPath, { force: true });
      throw unsupported(filename, allowed);
    }
  } else finalKind = kind as FileKind;

  await mkdir(dirname(finalPath), { recursive: true });
  await rename(tmpPath, finalPath);
  try {
    const row = await deps.db.one<StoredFileRow>(sql`
      INSERT INTO stored_file (storage_key, original_name, media_type, size_bytes, sha256, created_by, created_at)
      VALUES (${storageKey}, ${filename}, ${FILE_KINDS[finalKind].mediaType}, ${size}, ${hash.digest('hex')},
              ${meta.createdBy}, ${deps.clock.now()})
      RETURNING *`);
    return toStoredFile(row!);
  } catch (err) {
    await rm(finalPath, { force: true });
    throw err;
  }
}

export async function getStoredFile(db: Db, fileId: string): Promise<StoredFile | undefined> {
  if (!z.uuid().safeParse(fileId).success) return undefined;
  const row = await db.one<StoredFileRow>(sql`SELECT * FROM stored_file WHERE id = ${fileId}::uuid`);
  return row ? toStoredFile(row) : undefined;
}

export async function getStoredFiles(db: Db, fileIds: string[]): Promise<StoredFile[]> {
  const ids = fileIds.filter((id) => z.uuid().safeParse(id).success);
  if (ids.length === 0) return [];
  const rows = await db.query<StoredFileRow>(
    sql`SELECT * FROM stored_file WHERE id = ANY(${ids}::uuid[]) ORDER BY created_at, id`,
  );
  return rows.map(toStoredFile);
}

/** RFC 6266 / 5987: an ASCII fallback plus the exact UTF-8 name, neither able to break the header. */
export function contentDisposition(kind: 'attachment' | 'inline', filename: string): string {
  const name = cleanFilename(filename);
  const ascii =
    name
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/[^\x20-\x7e]/g, '_')
      .replace(/["\\%;]/g, '_') || 'fichier';
  const encoded = encodeURIComponent(name).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `${kind}; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sends a stored file; the caller has already checked that the user may read it. */
export async function sendStoredFile(
  reply: FastifyReply,
  deps: AppDeps,
  fileId: string,
  options: { inline?: boolean } = {},
): Promise<FastifyReply> {
  const row = z.uuid().safeParse(fileId).success
    ? await deps.db.one<StoredFileRow>(sql`SELECT * FROM stored_file WHERE id = ${fileId}::uuid`)
    : undefined;
  if (!row) throw new AppError('NOT_FOUND', 'Fichier introuvable.');
  const inline = options.inline === true && INLINE_KINDS.has(row.media_type);
  const path = join(filesRoot(deps), row.storage_key);
  reply
    .header('content-type', row.media_type)
    .header('content-length', String(row.size_bytes))
    .header('x-content-type-options', 'nosniff')
    .header('content-disposition', contentDisposition(inline ? 'inline' : 'attachment', row.original_name))
    .header('cache-control', 'private, no-store');
  // A document opened in the browser gets no script, no form, no same-origin rights.
  if (inline) reply.header('content-security-policy', 'sandbox');
  return reply.send(createReadStream(path));
}

/** Deletes the row then the bytes. Call after the owning change has committed. */
export async function deleteStoredFile(deps: AppDeps, fileId: string): Promise<boolean> {
  if (!z.uuid().safeParse(fileId).success) return false;
  const row = await deps.db.one<{ storage_key: string }>(
    sql`DELETE FROM stored_file WHERE id = ${fileId}::uuid RETURNING storage_key`,
  );
  if (!row) return false;
  await rm(join(filesRoot(deps), row.storage_key), { force: true });
  return true;
}
