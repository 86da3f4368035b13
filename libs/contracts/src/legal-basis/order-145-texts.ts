/**
 * The texts of Order No. 145 ("Rules for working on the Internet portal of open dialogue") that have been in
 * force, as ids a fact can carry: the original of 28 April 2021, and the text as amended by Order No. 95 of
 * 14 March 2023. Which text governs a request is the one in force at its receipt (`RequestSubmitted.legalBasis`);
 * the rule sets themselves (dates in force, who has a blog, what R2's term is for) are data in
 * `libs/domain/src/legal-basis`.
 */
export type Order145TextId = 'order-145-2021' | 'order-145-2023';

export const ORDER_145_TEXT_IDS: readonly Order145TextId[] = ['order-145-2021', 'order-145-2023'];
