package org.meetbook.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes a synthetic content folder of N meetings for benchmarks: 20 regions, a venue for every
 * five meetings, a realistic mix of days, times, fellowships, types and online/hybrid meetings.
 * Deterministic (fixed seed), so figures are comparable between runs. The guide pages are the
 * sample directory's.
 *
 * <p>Usage: {@code SyntheticContent <meetings> <folder>}
 */
public final class SyntheticContent {

    private static final String[] FELLOWSHIPS = {"AA", "AA", "AA", "AA", "NA", "NA", "CA", "RCA", "SMART", "SOS"};
    private static final String[] TYPES = {"O", "C", "D", "SP", "B", "ST", "W", "M", "Y", "X", "S", "BE", "MED", "LIT", "TR"};
    private static final String[] WORDS = {"Serenity", "Hope", "Keep It Simple", "Sunrise", "Freedom", "New Day",
            "Step by Step", "Lunch Bunch", "Night Owls", "Easy Does It", "Came to Believe", "Open Door",
            "Miracle", "Fellowship", "Clean Start", "Rise and Shine", "Big Book", "Common Ground"};
    private static final String[] STREETS = {"Elm Street", "Oak Avenue", "Maple Road", "Cedar Lane", "Birch Way",
            "Quarry Street", "Harbor Drive", "Mill Road", "Station Avenue", "Orchard Court"};

    private SyntheticContent() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticContent <meetings> <folder>");
            System.exit(2);
        }
        write(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    public static Path write(int meetings, Path dir) throws IOException {
        Random random = new Random(meetings);
        Files.createDirectories(dir.resolve("meetings"));
        Files.createDirectories(dir.resolve("pages"));
        Files.writeString(dir.resolve("site.yaml"), """
                title: Synthetic Benchmark Meetings
                entity: Benchmark Intergroup
                entity_email: info@bench.example
                entity_phone: "+1-555-555-0100"
                entity_location: Bench County, Example State
                entity_website_url: https://bench.example
                timezone: America/Chicago
                languages: [en]
                base_url: https://meetings.bench.example/
                fellowship: AA
                fellowships:
                  AA: Alcoholics Anonymous
                  NA: Narcotics Anonymous
                  CA: Cocaine Anonymous
                  RCA: Recovering Couples Anonymous
                  SMART: SMART Recovery
                  SOS: Secular Organizations for Sobriety
                print:
                  paper: letter
                  updated: 2026-11-01
                """);
        int venues = Math.max(1, meetings / 5);
        StringBuilder locations = new StringBuilder();
        for (int v = 0; v < venues; v++) {
            locations.append("Venue ").append(v).append(" Hall:\n")
                    .append("  address: ").append(100 + v).append(' ').append(STREETS[v % STREETS.length]).append('\n')
                    .append("  city: Town ").append(v % 20).append('\n')
                    .append("  state: EX\n  postal_code: \"").append(60000 + v % 900).append("\"\n  country: US\n")
                    .append("  region: Region ").append(v % 20).append('\n')
                    .append(String.format("  latitude: %.5f%n  longitude: %.5f%n", 41 + random.nextDouble(), -88 + random.nextDouble()))
                    .append("  location_notes: Side door, down the ramp.\n");
        }
        Files.writeString(dir.resolve("locations.yaml"), locations);

        List<StringBuilder> files = new ArrayList<>();
        for (int r = 0; r < 20; r++) {
            files.add(new StringBuilder());
        }
        for (int i = 0; i < meetings; i++) {
            int venue = random.nextInt(venues);
            StringBuilder out = files.get(venue % 20);
            String fellowship = FELLOWSHIPS[random.nextInt(FELLOWSHIPS.length)];
            int hour = 6 + random.nextInt(17);
            int minute = random.nextInt(4) * 15;
            out.append("- name: ").append(WORDS[random.nextInt(WORDS.length)]).append(' ').append(i).append('\n')
                    .append("  day: ").append(random.nextInt(10) == 0 ? "[1, 3, 5]" : String.valueOf(random.nextInt(7))).append('\n')
                    .append(String.format("  time: \"%02d:%02d\"%n  end_time: \"%02d:%02d\"%n", hour, minute, hour + 1, minute));
            if (!fellowship.equals("AA")) {
                out.append("  fellowship: ").append(fellowship).append('\n');
            }
            out.append("  types: [").append(random.nextBoolean() ? "O" : "C").append(", ")
                    .append(TYPES[2 + random.nextInt(TYPES.length - 2)]).append("]\n");
            int mode = random.nextInt(10);
            if (mode < 8) {
                out.append("  location: Venue ").append(venue).append(" Hall\n");
            } else {
                out.append("  region: Online\n");
            }
            if (mode >= 7) {
                out.append("  conference_url: https://zoom.example/j/").append(800000 + i).append('\n')
                        .append("  conference_phone: \"+15555550123,,").append(800000 + i).append("#\"\n");
            }
            if (random.nextInt(3) == 0) {
                out.append("  notes: Coffee from a quarter before; newcomers welcome & literature on the table.\n");
            }
        }
        for (int r = 0; r < files.size(); r++) {
            Files.writeString(dir.resolve("meetings").resolve(String.format("region-%02d.yaml", r)), files.get(r));
        }
        Path samplePages = Path.of("..", "content", "pages");
        if (Files.isDirectory(samplePages)) {
            try (Stream<Path> pages = Files.list(samplePages)) {
                for (Path p : pages.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().matches(".*\\.[a-z]{2}\\.md")).toList()) {
                    Files.copy(p, dir.resolve("pages").resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }
}
