package org.meetbook.check;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean …?" by edit distance, for misspelt field names, type codes and venues. */
final class Suggest {

    private Suggest() {}

    /** The closest candidate within a distance that still looks like a typo, or null. */
    static String closest(String input, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String in = input.toLowerCase(Locale.ROOT);
        for (String c : candidates) {
            String candidate = c.toLowerCase(Locale.ROOT);
            // Ties go to a candidate the input starts with: "NAA" is more likely "NA" than "AA".
            int d = 2 * distance(in, candidate) - (in.startsWith(candidate) || candidate.startsWith(in) ? 1 : 0);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(1, Math.min(3, input.length() / 3));
        return bestDistance <= 2 * allowed ? best : null;
    }

    /** " Did you mean 'x'?" or "" — ready to append to a hint. */
    static String didYouMean(String input, Collection<String> candidates) {
        String c = closest(input, candidates);
        return c == null ? "" : "did you mean '" + c + "'?";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
