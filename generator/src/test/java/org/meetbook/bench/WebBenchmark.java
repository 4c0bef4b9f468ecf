package org.meetbook.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The website benchmark (not a test): builds the website and feeds of N synthetic meetings
 * ({@code build --only web,feeds}) the way a user runs it: through the {@code meetbook} launcher
 * beside the jar (its JVM options and class-data archive), each run a cold JVM, the heap capped at
 * 512 MB. Two series:
 * <ul>
 *   <li><b>first build</b>: into an empty output folder, so every file is created;</li>
 *   <li><b>rebuild after an edit</b>: one meeting's notes changed, then built over the previous
 *       site, which is what a web servant does most; unchanged files are linked, not rewritten.</li>
 * </ul>
 * For each: the wall time of every run (JVM start to exit), the median, the CPU time (user +
 * system, all cores), the peak resident memory, and the machine's load average at the time (other
 * work on the machine slows every figure). Run from the repository root after
 * {@code mvn -q -DskipTests package} and {@code mvn -q -pl generator test-compile}:
 * <pre>
 * java -cp generator/target/test-classes org.meetbook.bench.WebBenchmark [meetings=10000] [runs=5]
 * </pre>
 */
public final class WebBenchmark {

    private static final long MEGABYTE = 1024 * 1024;

    private WebBenchmark() {}

    /** One series' figures. */
    private record Series(String name, List<Double> walls, List<Double> cpus, long peakKb) {}

    public static void main(String[] args) throws Exception {
        int meetings = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path target = Path.of("generator", "target");
        if (!Files.isRegularFile(target.resolve("meetbook.jar"))) {
            System.err.println("build the jar first: mvn -q -DskipTests package");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("meetbook-bench");
        Path content = SyntheticContent.write(meetings, work.resolve("content"));
        Path out = work.resolve("public");
        System.out.printf("Meetbook website benchmark: %,d synthetic meetings, %d cold runs per series, %d cores, java %s%n",
                meetings, runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("  " + String.join(" ", command(target, content, out)) + "   (MEETBOOK_JAVA_OPTS=-Xmx512m)");
        System.out.println("  JVM options (jvm.options): " + String.join(" ", JvmOptions.list())
                + (Files.isRegularFile(target.resolve("meetbook.jsa")) ? ", class-data archive meetbook.jsa" : ", no class-data archive"));
        try {
            double warm = run(target, content, out)[0];
            System.out.printf("  warm-up (file cache)              %6.2f s%n", warm);
            Series fresh = series("first build", runs, run -> {
                Path folder = work.resolve("fresh-" + run).resolve("public");
                return run(target, content, folder);
            });
            Path meetingsFile = content.resolve("meetings").resolve("region-00.yaml");
            Series rebuild = series("rebuild after an edit", runs, run -> {
                editOneMeeting(meetingsFile, run);
                return run(target, content, out);
            });
            System.out.println();
            for (Series s : List.of(fresh, rebuild)) {
                System.out.printf("%-22s median %.2f s (min %.2f, max %.2f)   CPU median %.1f s   peak RSS %d MB%n",
                        s.name(), median(s.walls()), Collections.min(s.walls()), Collections.max(s.walls()),
                        median(s.cpus()), s.peakKb() / 1024);
            }
            report(out);
        } finally {
            deleteTree(work);
        }
    }

    /** Exactly what a user types, through the launcher where the shell can run it. */
    private static List<String> command(Path target, Path content, Path out) {
        List<String> command = new ArrayList<>();
        Path launcher = target.resolve("meetbook");
        boolean windows = System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("win");
        if (!windows && Files.isExecutable(launcher)) {
            command.add(launcher.toString());
        } else {
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("@" + target.resolve("jvm.options"));
            command.add("-Xmx512m");
            command.add("-jar");
            command.add(target.resolve("meetbook.jar").toString());
        }
        command.addAll(List.of("build", "--content", content.toString(), "--theme", Path.of("themes", "default").toString(),
                "--out", out.toString(), "--only", "web,feeds", "-q"));
        return command;
    }

    private interface Run {
        double[] build(int run) throws Exception;
    }

    private static Series series(String name, int runs, Run run) throws Exception {
        System.out.println(name + ":");
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        long peakKb = 0;
        for (int i = 1; i <= runs; i++) {
            double[] r = run.build(i);
            walls.add(r[0]);
            cpus.add(r[1]);
            peakKb = Math.max(peakKb, (long) r[2]);
            System.out.printf("  run %d                             %6.2f s   CPU %5.1f s   peak RSS %4d MB   load %s%n",
                    i, r[0], r[1], (long) r[2] / 1024, loadAverage());
        }
        return new Series(name, walls, cpus, peakKb);
    }

    /** One cold build: wall seconds, CPU seconds (user + system), peak resident KB. */
    private static double[] run(Path target, Path content, Path out) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command(target, content, out)).inheritIO();
        builder.environment().put("MEETBOOK_JAVA_OPTS", "-Xmx512m");
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        double cpuBefore = childrenCpuSeconds();
        long start = System.nanoTime();
        Process p = builder.start();
        long hwm = 0;
        double polled = 0;
        while (p.isAlive()) {
            hwm = Math.max(hwm, highWaterMarkKb(p.pid()));
            polled = Math.max(polled, cpuSeconds(p.pid()));
            Thread.sleep(5);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (p.exitValue() != 0) {
            throw new IllegalStateException("build failed with exit code " + p.exitValue());
        }
        // The launcher execs java, so the finished child's own counters hold the whole build.
        double cpu = childrenCpuSeconds() - cpuBefore;
        return new double[] {seconds, cpu > 0 ? cpu : polled, hwm};
    }

    /** Changes the first meeting's notes, as a web servant's small edit would. */
    private static void editOneMeeting(Path file, int run) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("  notes: ")) {
                lines.set(i, "  notes: Edited before benchmark run " + run + ".");
                break;
            }
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void report(Path out) throws IOException {
        long files;
        long bytes = 0;
        long html;
        try (Stream<Path> walk = Files.walk(out)) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            files = all.size();
            html = all.stream().filter(f -> f.toString().endsWith(".html")).count();
            for (Path f : all) {
                bytes += Files.size(f);
            }
        }
        System.out.printf("output: %,d files (%,d HTML pages), %,d MB%n", files, html, bytes / MEGABYTE);
        Path index = out.resolve("index.html");
        System.out.printf("finder first page: index.html %,d bytes (%,d gzipped); finder-data.js %,d bytes (%,d gzipped)%n",
                Files.size(index), gzip(index), size(out.resolve("finder-data.js")), gzip(out.resolve("finder-data.js")));
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Collections.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** CPU seconds of this process's finished children (cutime + cstime), or 0 without /proc. */
    private static double childrenCpuSeconds() {
        try {
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[13]) + Long.parseLong(f[14])) / 100.0;   // cutime, cstime in clock ticks
        } catch (IOException | RuntimeException none) {
            return 0;
        }
    }

    /** The process's peak resident set so far (VmHWM), or 0 where /proc is not there. */
    private static long highWaterMarkKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (IOException | RuntimeException gone) {
            // the process ended between the check and the read
        }
        return 0;
    }

    /** User + system CPU seconds of a running process, from /proc (0 where there is none). */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;   // utime, stime in clock ticks
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** The machine's 1-minute load average. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException none) {
            return "?";
        }
    }

    private static long size(Path f) throws IOException {
        return Files.isRegularFile(f) ? Files.size(f) : 0;
    }

    private static long gzip(Path f) throws IOException {
        if (!Files.isRegularFile(f)) {
            return 0;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(Files.readAllBytes(f));
        }
        return bytes.size();
    }
}
