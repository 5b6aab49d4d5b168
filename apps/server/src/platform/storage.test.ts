import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WEB_DIST } from '../app.ts';
import { sql } from '../db/sql.ts';
import { createTestApp, createUser, dbKind, type SignedIn, signInAs } from '../test/harness.ts';
import { requireUser } from './auth.ts';
import {
  contentDisposition,
  deleteStoredFile,
  type FileKind,
  filesRoot,
  registerMultipart,
  sendStoredFile,
  storeUpload,
} from './storage.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'mic-storage-'));
let t: Awaited<ReturnType<typeof createTestApp>>;
let s: SignedIn;
let userId: number;

beforeAll(async () => {
  t = await createTestApp({
    config: { DATA_DIR: dataDir, UPLOAD_MAX_MB: '1' },
    extraRoutes: (app: FastifyInstance) => {
      app.register(async (scope) => {
        await registerMultipart(scope, 1024 * 1024);
        scope.post<{ Querystring: { office?: string } }>('/api/test/upload', async (request) => {
          const user = requireUser(request);
          const part = await request.file();
          if (!part) return { none: true };
          const allowed: FileKind[] | undefined = request.query.office ? ['pdf', 'docx', 'xlsx'] : undefined;
          return storeUpload(
            t.deps,
            part.file,
            { filename: part.filename, declaredType: part.mimetype, createdBy: user.id },
            { allowed },
          );
        });
        scope.get<{ Params: { id: string }; Querystring: { inline?: string } }>(
          '/api/test/files/:id',
          async (request, reply) =>
            sendStoredFile(reply, t.deps, request.params.id, { inline: !!request.query.inline }),
        );
      });
    },
  });
  const u = await createUser(t.db);
  userId = u.id;
  s = await signInAs(t, u.id);
});
afterAll(async () => t.close());

function multipartBody(filename: string, type: string, content: Buffer) {
  const boundary = '----mic-test-boundary-7MA4YWxkTrZu0gW';
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return {
    payload: Buffer.concat([head, content, tail]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const upload = (filename: string, type: string, content: Buffer, query = '') => {
  const body = multipartBody(filename, type, content);
  return t.app.inject({
    method: 'POST',
    url: `/api/test/upload${query}`,
    headers: { ...s.headers, ...body.headers },
    payload: body.payload,
  });
};

const PDF = Buffer.concat([
  Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'),
  Buffer.alloc(2000, 32),
]);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(100, 1),
]);

/** A minimal stored ZIP holding the given entry names (enough for central-directory checks). */
function zip(names: string[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const name of names) {
    const n = Buffer.from(name);
    const data = Buffer.from('<x/>');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(n.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, n, data);
    centrals.push(central, n);
    offset += 30 + n.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(names.length, 8);
  eocd.writeUInt16LE(names.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

const storedFiles = () => {
  const root = filesRoot(t.deps);
  if (!existsSync(root)) return [];
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath, d.name));
};
const rowCount = async () =>
  (await t.db.one<{ n: number }>(sql`SELECT count(*)::int AS n FROM stored_file`))!.n;

describe(`storage on ${dbKind}`, () => {
  it('S29: stores a PDF outside the web root under a random name, with its checksum', async () => {
    const res = await upload('Facture proforma n°12.pdf', 'application/pdf', PDF);
    expect(res.statusCode).toBe(200);
    const f = res.json();
    expect(f).toMatchObject({
      originalName: 'Facture proforma n°12.pdf',
      mediaType: 'application/pdf',
      sizeBytes: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
      createdBy: userId,
    });
    const row = await t.db.one<{ storage_key: string }>(
      sql`SELECT storage_key FROM stored_file WHERE id = ${f.id}::uuid`,
    );
    expect(row!.storage_key).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{40}$/);
    expect(row!.storage_key).not.toContain('Facture');
    const path = join(filesRoot(t.deps), row!.storage_key);
    expect(readFileSync(path).equals(PDF)).toBe(true);
    expect(path.startsWith(dataDir)).toBe(true);
    expect(relative(WEB_DIST, path).startsWith('..')).toBe(true);
  });

  it('S29: the type comes from the magic bytes, not from the declared type or the name', async () => {
    const before = await rowCount();
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const res = await upload('facture.pdf', 'application/pdf', html);
    expect(res.statusCode).toBe(415);
    expect(res.json().error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(res.json().error.message).toContain('Types acceptés : PDF, PNG, JPEG');
    const exe = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500)]);
    expect((await upload('scan.png', 'image/png', exe)).statusCode).toBe(415);
    // A real PNG declared as a PDF is stored as what it is.
    const png = await upload('capture.pdf', 'application/pdf', PNG);
    expect(png.statusCode).toBe(200);
    expect(png.json().mediaType).toBe('image/png');
    expect(await rowCount()).toBe(before + 1);
    expect(storedFiles().filter((p) => p.endsWith('.part'))).toEqual([]);
  });

  it('S29: Office files only when allowed, and only real DOCX/XLSX archives', async () => {
    const docx = zip(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    const xlsx = zip(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']);
    const other = zip(['evil.js', 'readme.txt']);
    expect((await upload('note.docx', 'application/octet-stream', docx)).statusCode).toBe(415);
    const d = await upload('note.docx', 'application/octet-stream', docx, '?office=1');
    expect(d.statusCode).toBe(200);
    expect(d.json().mediaType).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const x = await upload('tableau.xlsx', 'application/octet-stream', xlsx, '?office=1');
    expect(x.json().mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await upload('archive.docx', 'application/zip', other, '?office=1')).statusCode).toBe(415);
    expect(storedFiles().filter((p) => p.endsWith('.part'))).toEqual([]);
  });

  it('S29: one byte over the limit gets 413 with the limit in French, and leaves no file', async () => {
    const filesBefore = storedFiles().length;
    const rowsBefore = await rowCount();
    const max = 1024 * 1024;
    const big = Buffer.concat([PDF, Buffer.alloc(max + 1 - PDF.length, 32)]);
    const res = await upload('gros.pdf', 'application/pdf', big);
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    expect(res.json().error.message).toBe(
      'Le fichier « gros.pdf » dépasse la taille maximale autorisée de 1 Mo.',
    );
    expect(storedFiles().length).toBe(filesBefore);
    expect(await rowCount()).toBe(rowsBefore);
    // Exactly at the limit is accepted, and the server still answers normally afterwards.
    const exact = await upload('juste.pdf', 'application/pdf', big.subarray(0, max));
    expect(exact.statusCode).toBe(200);
    expect(exact.json().sizeBytes).toBe(max);
  });

  it('S29: an empty file is refused', async () => {
    const res = await upload('vide.pdf', 'application/pdf', Buffer.alloc(0));
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('vide');
  });

  it('S29: served as an attachment with nosniff and a safe RFC 5987 file name', async () => {
    const { Readable } = await import('node:stream');
    // CR/LF and quotes cannot come through multipart headers, but any caller may pass them.
    const f = await storeUpload(t.deps, Readable.from([PDF]), {
      filename: 'Décision "finale"\r\nSet-Cookie: x=1.pdf',
      createdBy: userId,
    });
    expect(f.originalName).not.toMatch(/[\r\n]/);
    const res = await t.app.inject({ url: `/api/test/files/${f.id}`, headers: { cookie: s.cookie } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['set-cookie']).toBeUndefined();
    const cd = String(res.headers['content-disposition']);
    expect(cd).toBe(
      `attachment; filename="Decision _finale_Set-Cookie: x=1.pdf"; filename*=UTF-8''D%C3%A9cision%20%22finale%22Set-Cookie%3A%20x%3D1.pdf`,
    );
    expect(res.rawPayload.equals(PDF)).toBe(true);
    expect(contentDisposition('attachment', 'a;b%c"d.pdf')).toBe(
      `attachment; filename="a_b_c_d.pdf"; filename*=UTF-8''a%3Bb%25c%22d.pdf`,
    );
  });

  it('S29: inline only for PDF and images on request, sandboxed by CSP', async () => {
    const pdf = (await upload('avis.pdf', 'application/pdf', PDF)).json();
    const inline = await t.app.inject({
      url: `/api/test/files/${pdf.id}?inline=1`,
      headers: { cookie: s.cookie },
    });
    expect(inline.headers['content-disposition']).toMatch(/^inline;/);
    expect(inline.headers['content-security-policy']).toBe('sandbox');
    const docx = (
      await upload(
        'n.docx',
        'application/octet-stream',
        zip(['[Content_Types].xml', 'word/document.xml']),
        '?office=1',
      )
    ).json();
    const res = await t.app.inject({
      url: `/api/test/files/${docx.id}?inline=1`,
      headers: { cookie: s.cookie },
    });
    expect(res.headers['content-disposition']).toMatch(/^attachment;/);
    const missing = await t.app.inject({ url: '/api/test/files/not-a-uuid', headers: { cookie: s.cookie } });
    expect(missing.statusCode).toBe(404);
  });

  it('deleteStoredFile removes the row and the bytes', async () => {
    const f = (await upload('a-supprimer.png', 'image/png', PNG)).json();
    const row = await t.db.one<{ storage_key: string }>(
      sql`SELECT storage_key FROM stored_file WHERE id = ${f.id}::uuid`,
    );
    const path = join(filesRoot(t.deps), row!.storage_key);
    expect(existsSync(path)).toBe(true);
    expect(await deleteStoredFile(t.deps, f.id)).toBe(true);
    expect(existsSync(path)).toBe(false);
    expect(await deleteStoredFile(t.deps, f.id)).toBe(false);
  });

  it('storeUpload works on any readable stream (the bytes need not come from multipart)', async () => {
    const { Readable } = await import('node:stream');
    const f = await storeUpload(t.deps, Readable.from([PDF.subarray(0, 3), PDF.subarray(3)]), {
      filename: '../../etc/passwd.pdf',
      createdBy: null,
    });
    expect(f.originalName).toBe('passwd.pdf');
    expect(f.mediaType).toBe('application/pdf');
  });
});
