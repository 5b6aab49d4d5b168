// /aide/tijaria?c=<conversation id>: reopens a conversation from « Historique TijarIA ».
export interface ChatSearch {
  c?: number;
}

export function validateChatSearch(search: Record<string, unknown>): ChatSearch {
  const c = Number(search.c);
  return Number.isInteger(c) && c > 0 ? { c } : {};
}
