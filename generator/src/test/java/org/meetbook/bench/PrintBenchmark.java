package org.meetbook.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.meetbook.content.ContentLoader;
import org.meetbook.model.Directory;
import org.meetbook.model.ModelBuilder;
import org.meetbook.model.Site;
import org.meetbook.print.PrintRenderer;
import org.meetbook.theme.Theme;

/**
 * The print benchmark (a program, not a test): for each size, writes synthetic content
 * ({@link SyntheticContent}), then builds the pocket schedule (reading order, tagged) and its
 * booklet, in one language:
 * <ul>
 *   <li><b>cold</b>: a fresh JVM per run, heap capped at 512 MB, with the flags the command line
 *       uses ({@code -XX:+UseSerialGC -XX:TieredStopAtLevel=1}); the wall time is the whole
 *       process, JVM start to exit, content loading included; the peak RSS is the process's
 *       high-water mark ({@code VmHWM});</li>
 *   <li><b>warm</b>: repeated builds in one JVM, as in {@code serve}; the median of the runs after
 *       the first two.</li>
 * </ul>
 * Prints medians, page counts and peak memory. Usage (from generator/, after
 * {@code mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}):
 * <pre>java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.meetbook.bench.PrintBenchmark [runs] [sizes…]</pre>
 */
public final class PrintBenchmark {

    static final List<String> COLD_FLAGS = List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private PrintBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length >= 1 && args[0].equals("--once")) {
            once(Path.of(args[1]), Path.of(args[2]), Path.of(args[3]), Integer.parseInt(args[4]));
            return;
        }
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(2000, 10000);
        }
        Path theme = Path.of("..", "themes", "default").toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("meetbook-print-bench");
        System.out.printf(Locale.ROOT, "Print benchmark: %d cores, runs per size %d, cold JVM flags %s%n",
                Runtime.getRuntime().availableProcessors(), runs, String.join(" ", COLD_FLAGS));
        for (int size : sizes) {
            Path content = SyntheticContent.write(size, work.resolve("content-" + size));
            List<Double> cold = new ArrayList<>();
            List<Double> inside = new ArrayList<>();
            List<Long> rss = new ArrayList<>();
            String pages = "";
            for (int r = 0; r < runs; r++) {
                List<String> cmd = new ArrayList<>();
                cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
                cmd.addAll(COLD_FLAGS);
                cmd.add("-cp");
                cmd.add(System.getProperty("java.class.path"));
                cmd.add(PrintBenchmark.class.getName());
                cmd.addAll(List.of("--once", content.toString(), theme.toString(), work.resolve("out-" + size).toString(), "1"));
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
                String result = null;
                String failure = null;
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("RESULT ")) {
                            result = line;
                        } else if (line.contains("Exception") || line.contains("Error:")) {
                            failure = failure == null ? line : failure;
                        }
                    }
                }
                int exit = p.waitFor();
                double wall = (System.nanoTime() - t0) / 1e9;
                if (exit != 0 || result == null) {
                    System.out.printf(Locale.ROOT, "%,d meetings: cold run FAILED after %.1f s (exit %d): %s%n",
                            size, wall, exit, failure);
                    break;
                }
                String[] f = result.split(" ");
                cold.add(wall);
                inside.add(Double.parseDouble(f[1]));
                pages = f[2] + " pages, booklet " + f[3] + " sheet sides";
                rss.add(Long.parseLong(f[4]));
            }
            if (cold.isEmpty()) {
                continue;
            }
            System.out.printf(Locale.ROOT,
                    "%,d meetings: cold %.2f s median wall (min %.2f, max %.2f; build inside the JVM %.2f s), "
                            + "peak RSS %d MB median; %s%n",
                    size, median(cold), Collections.min(cold), Collections.max(cold), median(inside),
                    median(rss.stream().map(Long::doubleValue).toList()).longValue() / 1024, pages);

            // warm: one JVM (this one, whatever heap it was given), repeated builds
            Directory d = load(content);
            Theme t = new Theme(theme);
            List<Double> warm = new ArrayList<>();
            for (int r = 0; r < runs + 2; r++) {
                long t0 = System.nanoTime();
                new PrintRenderer().render(d, t, work.resolve("warm-" + size));
                warm.add((System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "%,d meetings: warm %.2f s median of %d builds after 2 warm-up builds%n",
                    size, median(warm.subList(2, warm.size())), runs);
        }
    }

    /** One build, in this JVM: prints "RESULT seconds pages sheetSides peakRssKb". */
    static void once(Path content, Path theme, Path out, int repeat) throws Exception {
        long t0 = System.nanoTime();
        Directory d = load(content);
        new PrintRenderer().render(d, new Theme(theme), out);
        double seconds = (System.nanoTime() - t0) / 1e9;
        int pages;
        int sides;
        try (PDDocument doc = Loader.loadPDF(out.resolve("print/schedule.pdf").toFile());
             PDDocument booklet = Loader.loadPDF(out.resolve("print/schedule-booklet.pdf").toFile())) {
            pages = doc.getNumberOfPages();
            sides = booklet.getNumberOfPages();
        }
        System.out.printf(Locale.ROOT, "RESULT %.3f %d %d %d%n", seconds, pages, sides, peakRssKb());
    }

    /** The content as a directory printing only the pocket schedule, in its first language. */
    static Directory load(Path content) {
        Directory d = ModelBuilder.build(ContentLoader.load(content));
        Site s = d.site();
        Site.Print p = s.print();
        Site.Print print = new Site.Print(p.paper(), List.of("schedule"), p.grouping(), p.pages(), p.multipleOf(),
                p.typeSize(), p.minTypeSize(), p.maxTypeSize(), p.regions(), p.online());
        Site site = new Site(s.title(), s.description(), s.entity(), s.timezone(), List.of(s.defaultLanguage()),
                s.baseUrl(), s.defaultFellowship(), s.fellowshipNames(), print, s.updated());
        return new Directory(site, d.meetings(), d.pages(), d.types());
    }

    static long peakRssKb() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return -1;
    }

    static Double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
