// @ts-check
/**
 * The candidate closest to `name` by edit distance, if it is at most `maxDistance` edits away.
 * Used to suggest the permission a misspelt scope probably meant.
 * @param {string} name
 * @param {string[]} candidates
 * @param {number} [maxDistance]
 * @returns {string | undefined}
 */
export function closestName(name, candidates, maxDistance = 2) {
  let best;
  let bestDistance = maxDistance + 1;
  for (const candidate of candidates) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return best;
}

/**
 * Levenshtein distance (insertions, deletions and substitutions each cost 1).
 * @param {string} a
 * @param {string} b
 * @returns {number}
 */
export function editDistance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
