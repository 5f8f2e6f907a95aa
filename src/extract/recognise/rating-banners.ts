/**
 * Elements grouped by rating: banners that each name a rating ("COMPLIANCE PLUS – 5 elements",
 * "COMPLIANCE – 49 elements", "PARTIAL COMPLIANCE – 3 elements"), each over the rows or items of
 * its elements, with nothing but those rows between one banner and the next (a table whose
 * banner rows, merged across it, the reader set as titles between its pieces; or a note's
 * titled lists). A title naming plain "compliance" lists nothing on its own ("Compliance against
 * the standard" heads a discussion): only among banners of two ratings or more, at one level,
 * is it the banner of the compliant elements. This finds those banners.
 */
import type { Block } from '../../document/model.js';
import { leadingCode, splitLeadingCode } from '../../parse/codes.js';
import { ratingNamedBy } from '../../parse/ratings.js';
import type { Rating } from '../../schema/report.js';
import { blockText } from '../../document/model.js';

/** A banner is a short title: its rating, perhaps a count ("– 49 elements", "(3)", "– none"). */
const MAX_BANNER_WORDS = 8;
/** Words that make a title a discussion of ratings, not a banner over elements. */
const NOT_A_BANNER = /\b(?:summary|overview|against|criteri(?:on|a)|scores?|totals?|definitions?|explained|key|guidance|previous|last|prior|action|plan)\b/i;

function bannerRating(block: Block): Rating | null {
  if (block.kind !== 'heading' && block.kind !== 'paragraph') return null;
  const text = blockText(block).trim();
  if (text.includes('\n') || text.split(/\s+/).length > MAX_BANNER_WORDS || NOT_A_BANNER.test(text) || leadingCode(text) !== null) return null;
  return ratingNamedBy(text);
}

/** A block of the rows or items beneath a banner: a table, a list, or a row a page break set apart as a line that opens with a code. */
function isElementRows(block: Block): boolean {
  if (block.kind === 'table' || block.kind === 'list') return true;
  return block.kind === 'paragraph' && splitLeadingCode(block.text) !== null;
}

/**
 * The indices of the banners that name plain compliance within a group of banners of two ratings
 * or more at one level, with only element rows between them.
 */
export function complianceBanners(blocks: readonly Block[]): Set<number> {
  const found = new Set<number>();
  let group: { level: number | null; ratings: Set<Rating>; compliance: number[] } | null = null;
  const close = () => {
    if (group && group.ratings.size >= 2) for (const i of group.compliance) found.add(i);
    group = null;
  };
  blocks.forEach((block, index) => {
    const rating = bannerRating(block);
    const level = block.kind === 'heading' ? block.level : null;
    if (rating) {
      // The next banner of the group stands at the group's level.
      if (!group || group.level !== level) {
        close();
        group = { level, ratings: new Set(), compliance: [] };
      }
      group.ratings.add(rating);
      if (rating === 'compliance') group.compliance.push(index);
      return;
    }
    if (group && isElementRows(block)) return;
    close();
  });
  close();
  return found;
}
