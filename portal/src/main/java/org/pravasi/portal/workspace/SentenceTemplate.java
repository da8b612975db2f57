package org.pravasi.portal.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence of a message bundle with gaps for its arguments ({@code {0}}, {@code {1}}…), read back from a finished
 * text in time linear in the text.
 *
 * <p>A gap takes at least one character and as few as the rest of the sentence allows: the answer of the regular
 * expression {@code text0(.+?)text1(.+?)…textN} matched whole, found without backtracking. The earliest place of each
 * text between two gaps is the right one: a later place leaves the gaps after it less text, never a match the earlier
 * one lacks, so one {@code indexOf} per gap decides.
 *
 * @param key the sentence's key
 * @param texts the sentence's text around the gaps, one more than there are gaps (empty where gaps meet an end)
 * @param order the argument number of each gap, in order
 */
record SentenceTemplate(String key, List<String> texts, List<Integer> order) {
    /** An argument's place in a bundle's sentence: {@code {0}} to {@code {9}}. */
    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d)}");

    /** Checks that there is one text more than gaps. */
    SentenceTemplate {
        Objects.requireNonNull(key, "key");
        texts = List.copyOf(texts);
        order = List.copyOf(order);
        if (texts.size() != order.size() + 1) {
            throw new IllegalArgumentException(
                    key + ": " + order.size() + " gaps need " + (order.size() + 1) + " texts, not " + texts.size());
        }
    }

    /** The bundle's sentence {@code sentence} of {@code key}, its {@code {n}} as gaps. */
    static SentenceTemplate of(String key, String sentence) {
        List<String> texts = new ArrayList<>();
        List<Integer> order = new ArrayList<>();
        Matcher m = ARGUMENT.matcher(sentence);
        int at = 0;
        while (m.find()) {
            texts.add(sentence.substring(at, m.start()));
            order.add(Integer.parseInt(m.group(1)));
            at = m.end();
        }
        texts.add(sentence.substring(at));
        return new SentenceTemplate(key, texts, order);
    }

    /** How many characters of the sentence are not gaps (the more, the more specific the sentence). */
    int literalLength() {
        return texts.stream().mapToInt(String::length).sum();
    }

    /** The text of each gap, in order, if {@code text} is this sentence; empty if it is not. */
    Optional<List<String>> read(String text) {
        String first = texts.getFirst();
        String last = texts.getLast();
        if (order.isEmpty()) {
            return text.equals(first) ? Optional.of(List.of()) : Optional.empty();
        }
        if (!text.startsWith(first) || !text.endsWith(last)) {
            return Optional.empty();
        }
        int end = text.length() - last.length(); // where the last gap ends
        int at = first.length(); // where the current gap starts
        List<String> gaps = new ArrayList<>(order.size());
        for (int g = 1; g < order.size(); g++) {
            if (at >= end) {
                return Optional.empty();
            }
            String next = texts.get(g);
            // the gap takes at least one character, a whole code point as the regular expression's '.' does
            int found = text.indexOf(next, at + Character.charCount(text.codePointAt(at)));
            if (found < 0 || found + next.length() >= end) {
                return Optional.empty();
            }
            gaps.add(text.substring(at, found));
            at = found + next.length();
        }
        if (at >= end) {
            return Optional.empty();
        }
        gaps.add(text.substring(at, end));
        return Optional.of(gaps);
    }
}
