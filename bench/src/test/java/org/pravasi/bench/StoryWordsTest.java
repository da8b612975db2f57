package org.pravasi.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StoryWordsTest {
    private static final int STORY_WORDS = 266;

    @Test
    void zipfTextPutsTheDomainWordsAtGeometricRanksAmongTwelveThousandWords() {
        for (boolean hindi : new boolean[] {false, true}) {
            StoryWords words = StoryWords.of(StoryWords.Text.ZIPF, hindi);
            List<String> domain = hindi ? StoryWords.HI_DOMAIN : StoryWords.EN_DOMAIN;
            assertEquals(domain.getFirst(), words.atRank(StoryWords.FIRST_DOMAIN_RANK));
            assertEquals(domain.getLast(), words.atRank(StoryWords.LAST_DOMAIN_RANK));
            Set<String> distinct = new HashSet<>();
            IntStream.rangeClosed(1, StoryWords.VOCABULARY).forEach(r -> distinct.add(words.atRank(r)));
            assertEquals(StoryWords.VOCABULARY, distinct.size(), "every rank holds its own word");
        }
    }

    @Test
    void zipfTextHasCommonAndRareDomainWordsAsRealStoriesDo() {
        StoryWords words = StoryWords.of(StoryWords.Text.ZIPF, false);
        SplittableRandom random = new SplittableRandom(42);
        int stories = 4_000;
        int withFirst = 0;
        int withLast = 0;
        for (int s = 0; s < stories; s++) {
            Set<String> story = story(words, random);
            withFirst += story.contains("migrant") ? 1 : 0;
            withLast += story.contains("city") ? 1 : 0;
        }
        double first = withFirst / (double) stories;
        double last = withLast / (double) stories;
        assertTrue(first > 0.6 && first < 0.85, "'migrant' (rank 20) is in " + first + " of stories");
        assertTrue(last > 0.005 && last < 0.03, "'city' (rank 2,000) is in " + last + " of stories");
    }

    @Test
    void uniformTextDrawsOnlyTheDomainWordsAndEachIsInNearlyEveryStory() {
        StoryWords words = StoryWords.of(StoryWords.Text.UNIFORM, false);
        Set<String> story = story(words, new SplittableRandom(7));
        assertTrue(StoryWords.EN_DOMAIN.containsAll(story), "only domain words: " + story);
        assertTrue(story.size() >= StoryWords.EN_DOMAIN.size() - 2, story.size() + " distinct words in one story");
    }

    @Test
    void theSameSeedGivesTheSameWords() {
        StoryWords words = StoryWords.of(StoryWords.Text.ZIPF, true);
        assertEquals(List.copyOf(draw(words, 11)), List.copyOf(draw(words, 11)));
        assertTrue(!draw(words, 11).equals(draw(words, 12)), "another seed, other words");
    }

    private static Set<String> story(StoryWords words, SplittableRandom random) {
        Set<String> out = new HashSet<>();
        for (int w = 0; w < STORY_WORDS; w++) {
            out.add(words.next(random));
        }
        return out;
    }

    private static List<String> draw(StoryWords words, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        return IntStream.range(0, 50).mapToObj(i -> words.next(random)).toList();
    }
}
