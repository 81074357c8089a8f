package org.kcity.selection.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Times the ranking of a large call: 100,000 applications (default) with 3 score sheets each over 5 criteria.
 * Prints the time to total the sheets and to rank, after a warm-up. Run it with {@code benchmark.sh}.
 */
public final class RankingBenchmark {

    private static final int SHEETS_PER_APPLICATION = 3;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int MEASURED_ROUNDS = 7;

    private RankingBenchmark() {
    }

    public static void main(String[] args) {
        int applications = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Random random = new Random(2021);
        Scorecard scorecard = new Scorecard(List.of(new Criterion("RELEVANCE", "Relevance", 30),
                new Criterion("FEASIBILITY", "Feasibility", 25), new Criterion("IMPACT", "Impact", 20),
                new Criterion("PARTNERSHIP", "Partnership", 15), new Criterion("SUSTAINABILITY", "Sustainability", 10)));
        List<Map<String, Integer>> sheets = new ArrayList<>(applications * SHEETS_PER_APPLICATION);
        for (int i = 0; i < applications * SHEETS_PER_APPLICATION; i++) {
            sheets.add(Map.of("RELEVANCE", score(random), "FEASIBILITY", score(random), "IMPACT", score(random),
                    "PARTNERSHIP", score(random), "SUSTAINABILITY", score(random)));
        }
        Track[] tracks = Track.values();
        Instant opened = Instant.parse("2026-03-01T00:00:00Z");
        String[] countries = new String[120];
        Arrays.setAll(countries, n -> "" + (char) ('A' + n / 26) + (char) ('A' + n % 26));
        RankingRules rules = new RankingRules(PassingScore.of(new BigDecimal("60")), SHEETS_PER_APPLICATION, true,
                Map.of(Track.URBAN_DEVELOPMENT, 4, Track.SOLUTION_PLANNING, 4, Track.SOLUTION_DEMONSTRATION, 3));

        long[] totalling = new long[MEASURED_ROUNDS];
        long[] ranking = new long[MEASURED_ROUNDS];
        long coldRound = 0;
        Ranking result = null;
        for (int round = -WARM_UP_ROUNDS; round < MEASURED_ROUNDS; round++) {
            long start = System.nanoTime();
            List<RankingEntry> entries = new ArrayList<>(applications);
            for (int i = 0; i < applications; i++) {
                Score score = Score.NONE;
                for (int s = 0; s < SHEETS_PER_APPLICATION; s++) {
                    score = score.plus(Score.ofSheet(scorecard.weightedSum(sheets.get(i * SHEETS_PER_APPLICATION + s))));
                }
                entries.add(new RankingEntry("app-" + i, tracks[i % tracks.length], countries[(i * 7) % countries.length],
                        opened.plusSeconds(i % 5_000), CandidateStatus.SUBMITTED, score));
            }
            long totalled = System.nanoTime();
            result = Ranking.of(rules, entries);
            long ranked = System.nanoTime();
            if (round == -WARM_UP_ROUNDS) {
                coldRound = ranked - start;
            }
            if (round >= 0) {
                totalling[round] = totalled - start;
                ranking[round] = ranked - totalled;
            }
        }
        System.out.printf("Ranking benchmark: %,d applications x %d sheets (%d criteria), %d measured rounds after %d warm-up%n",
                applications, SHEETS_PER_APPLICATION, 5, MEASURED_ROUNDS, WARM_UP_ROUNDS);
        System.out.printf("  first (cold JVM) round, both steps: %7.1f ms%n", coldRound / 1e6);
        report("total the sheets", totalling);
        report("rank and walk   ", ranking);
        long[] both = new long[MEASURED_ROUNDS];
        Arrays.setAll(both, n -> totalling[n] + ranking[n]);
        report("both            ", both);
        System.out.printf("selected %d, reserves %d, out %d%n", result.withOutcome(Outcome.SELECTED).size(),
                result.withOutcome(Outcome.RESERVE).size(), result.withOutcome(Outcome.OUT).size());
    }

    private static int score(Random random) {
        return 40 + random.nextInt(61);
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("  %s: min %7.1f ms   median %7.1f ms   max %7.1f ms%n", what, sorted[0] / 1e6,
                sorted[sorted.length / 2] / 1e6, sorted[sorted.length - 1] / 1e6);
    }
}
