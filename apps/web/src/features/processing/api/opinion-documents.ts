// POST /api/dossiers/:id/opinion-documents (multipart, field « fichier »): a document for the
// opinion being given; its id goes into the opinion's documentIds.
import type { DossierDocument } from '@portail/contracts';
import { api } from '../../../lib/api';

export function uploadOpinionDocument(dossierId: number, file: File): Promise<DossierDocument> {
  const form = new FormData();
  form.append('fichier', file, file.name);
  return api<DossierDocument>(`/api/dossiers/${dossierId}/opinion-documents`, { method: 'POST', body: form });
}
