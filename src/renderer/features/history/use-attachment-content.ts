import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { AttachmentContent } from '../../../shared/attachments';
import type { PurseError } from '../../../shared/errors';
import { asPurseError, callPurse } from '../../api/call-purse';

/**
 * One attachment's content (an uncached read of the contract): an attachment never changes,
 * so it is fetched once per id while shown, and dropped soon after.
 */
export function useAttachmentContent(id: string): UseQueryResult<AttachmentContent, PurseError> {
  return useQuery<AttachmentContent, PurseError>({
    queryKey: ['attachment-content', id],
    queryFn: async () => {
      try {
        return await callPurse('attachments.get', { id });
      } catch (thrown) {
        throw asPurseError(thrown);
      }
    },
    staleTime: Infinity,
    gcTime: 60_000,
  });
}

/** The content as a `data:` URL (what the page's CSP lets an <img> show). */
export function dataUrlOf(content: AttachmentContent): string {
  return `data:${content.info.mime};base64,${content.bytes}`;
}
