// The reference for the list benchmark: a bare Fastify + postgres.js server that runs the same SQL
// as the portal's list endpoint (page and count, same builders, same driver with prepared
// statements) without session, validation or permission checks. Run as its own process:
//   node bench/lib/bare-server.ts <port> <database url> <organisation id>
import Fastify from 'fastify';
import { openDb } from '../../apps/server/src/db/client.ts';
import * as repo from '../../apps/server/src/modules/dossiers/repo.ts';
import { decodeCursor } from '../../apps/server/src/modules/dossiers/service.ts';
import type { ListColumn } from '../../packages/contracts/src/index.ts';

const [port, url, orgId] = process.argv.slice(2);
const db = await openDb({ url, maxConnections: 10 });
const app = Fastify({ logger: false });
const REF = /^DFD-\d{4}-\d{6}$/;

app.get('/list/:code', async (request) => {
  const code = (request.params as { code: string }).code;
  const q = request.query as Record<string, string>;
  const sort = (q.sort ?? 'submittedAt') as ListColumn;
  const dir = (q.dir ?? 'desc') as 'asc' | 'desc';
  const pageSize = Number(q.pageSize ?? 20);
  const where = [
    repo.visibilityCondition(code, { kind: 'owner', orgId: Number(orgId) }),
    ...repo.filterConditions(q, REF),
  ];
  const cursor = q.cursor ? decodeCursor(q.cursor, sort, dir) : undefined;
  const [rows, meta] = await Promise.all([
    db.query(
      repo.listPageQuery({
        where,
        sort,
        dir,
        after: cursor,
        backward: cursor?.backward,
        limit: pageSize + 1,
        twoSteps: repo.filtersByImporterName(q),
      }),
    ),
    db.one(repo.countAndPreferencesQuery(where, 0, code)),
  ]);
  return { items: rows.slice(0, pageSize), total: meta };
});

await app.listen({ port: Number(port), host: '127.0.0.1' });
process.stdout.write('ready\n');
