// PUT /api/tijaria/messages/:id/feedback — « Utile / Pas utile » with a reason.
import type { TijariaFeedbackInput } from '@portail/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api';

export const useFeedback = () =>
  useMutation({
    mutationFn: ({ messageId, input }: { messageId: number; input: TijariaFeedbackInput }) =>
      api<void>(`/api/tijaria/messages/${messageId}/feedback`, { method: 'PUT', json: input }),
  });
