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
 * ({@link SyntheticContent}) that prints only the pocket schedule, in one language, then builds
 * that schedule (reading order, tagged) and its booklet:
 * <ul>
 *   <li><b>cold</b>: what a user runs, {@code target/meetbook build --only print}: the launcher,
 *       with its JVM options (jvm.options) and class-data archive, heap capped at 512 MB
 *       (MEETBOOK_JAVA_OPTS). The wall time is the whole process, JVM start to exit: loading,
 *       checking, laying out, imposing and writing included. Peak RSS comes from
 *       /usr/bin/time when the machine has it;</li>
 *   <li><b>warm</b>: repeated builds of the schedule in this JVM, as in {@code serve}; the median
 *       of the runs after the first two.</li>
 * </ul>
 * Usage, from the repository root, after {@code mvn -q -DskipTests package} and
 * {@code mvn -q -pl generator test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt -Dmdep.includeScope=test}:
 * <pre>java -cp generator/target/classes:generator/target/test-classes:$(cat generator/target/cp.txt) org.meetbook.bench.PrintBenchmark [runs] [sizes…]</pre>
 */
public final class PrintBenchmark {

    static final String HEAP = "-Xmx512m";

    private PrintBenchmark() {}

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<Integer> sizes = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            sizes.add(Integer.parseInt(args[i]));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(2000, 10000);
        }
        Path launcher = Path.of("generator", "target", "meetbook").toAbsolutePath();
        Path theme = Path.of("themes", "default").toAbsolutePath();
        if (!Files.isExecutable(launcher) || !Files.isDirectory(theme)) {
            System.err.println("Run from the repository root after mvn -q -DskipTests package: no " + launcher);
            System.exit(2);
        }
        boolean time = Files.isExecutable(Path.of("/usr/bin/time"));
        Path work = Files.createTempDirectory("meetbook-print-bench");
        System.out.printf(Locale.ROOT, "Print benchmark: %d cores, load average %s, runs per size %d, %s, MEETBOOK_JAVA_OPTS=%s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), runs, launcher, HEAP);
        for (int size : sizes) {
            Path content = SyntheticContent.write(size, work.resolve("content-" + size));
            Path site = content.resolve("site.yaml");
            Files.writeString(site, Files.readString(site).replace("  paper: letter\n", "  paper: letter\n  editions: [schedule]\n"));
            Path out = work.resolve("out-" + size);
            List<Double> cold = new ArrayList<>();
            List<Double> rss = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                List<String> cmd = new ArrayList<>();
                if (time) {
                    cmd.addAll(List.of("/usr/bin/time", "-f", "RSS %M"));
                }
                cmd.addAll(List.of(launcher.toString(), "build", "-q", "--only", "print", "--content", content.toString(),
                        "--theme", theme.toString(), "--out", out.toString()));
                ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
                pb.environment().put("MEETBOOK_JAVA_OPTS", HEAP);
                long t0 = System.nanoTime();
                Process p = pb.start();
                StringBuilder output = new StringBuilder();
                try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = in.readLine()) != null; ) {
                        if (line.startsWith("RSS ")) {
                            rss.add(Double.parseDouble(line.substring(4)) / 1024);
                        } else {
                            output.append(line).append('\n');
                        }
                    }
                }
                int exit = p.waitFor();
                double wall = (System.nanoTime() - t0) / 1e9;
                if (exit != 0) {
                    System.out.printf(Locale.ROOT, "%,d meetings: cold run FAILED after %.1f s (exit %d):%n%s",
                            size, wall, exit, output);
                    break;
                }
                cold.add(wall);
            }
            if (cold.isEmpty()) {
                continue;
            }
            String pages;
            try (PDDocument doc = Loader.loadPDF(out.resolve("print/schedule.pdf").toFile());
                 PDDocument booklet = Loader.loadPDF(out.resolve("print/schedule-booklet.pdf").toFile())) {
                pages = doc.getNumberOfPages() + " pages, booklet " + booklet.getNumberOfPages() + " sheet sides";
            }
            System.out.printf(Locale.ROOT, "%,d meetings: cold %.2f s median wall (min %.2f, max %.2f), peak RSS %s; %s; load average %s%n",
                    size, median(cold), Collections.min(cold), Collections.max(cold),
                    rss.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.0f MB median", median(rss)), pages, loadAverage());

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

    static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    static Double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
