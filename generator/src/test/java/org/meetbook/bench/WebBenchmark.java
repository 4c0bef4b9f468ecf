package org.meetbook.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * The website benchmark (not a test): builds the website and feeds of N synthetic meetings with
 * the runnable jar, each run a cold JVM with the heap capped at 512 MB, exactly as a user would
 * run it, and prints the wall time of every run, the median, the peak resident memory, and the
 * size of what was written. Run from the repository root after {@code mvn -q -DskipTests package}
 * and {@code mvn -q -pl generator test-compile}:
 * <pre>
 * java -cp generator/target/test-classes org.meetbook.bench.WebBenchmark [meetings=10000] [runs=5]
 * </pre>
 */
public final class WebBenchmark {

    private WebBenchmark() {}

    public static void main(String[] args) throws Exception {
        int meetings = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path jar = Path.of("generator", "target", "meetbook.jar");
        Path theme = Path.of("themes", "default");
        if (!Files.isRegularFile(jar)) {
            System.err.println("build the jar first: mvn -q -DskipTests package");
            System.exit(2);
        }
        Path work = Files.createTempDirectory("meetbook-bench");
        Path content = SyntheticContent.write(meetings, work.resolve("content"));
        Path out = work.resolve("public");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-Xmx512m", "-jar", jar.toString(), "build", "--content", content.toString(),
                "--theme", theme.toString(), "--out", out.toString(), "--only", "web,feeds", "-q");
        System.out.printf("Meetbook website benchmark: %,d synthetic meetings, %d cold runs, %d cores, java %s%n",
                meetings, runs, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.println("  " + String.join(" ", command));
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        long peakKb = 0;
        for (int run = 0; run <= runs; run++) {
            long start = System.nanoTime();
            Process p = new ProcessBuilder(command).inheritIO().start();
            long hwm = 0;
            double cpu = 0;
            while (p.isAlive()) {
                hwm = Math.max(hwm, highWaterMarkKb(p.pid()));
                cpu = Math.max(cpu, cpuSeconds(p.pid()));
                Thread.sleep(5);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (p.exitValue() != 0) {
                System.err.println("build failed with exit code " + p.exitValue());
                System.exit(1);
            }
            if (run == 0) {
                System.out.printf("  warm-up (file cache)     %6.2f s%n", seconds);
                continue;
            }
            walls.add(seconds);
            cpus.add(cpu);
            peakKb = Math.max(peakKb, hwm);
            System.out.printf("  run %d                    %6.2f s   CPU %5.1f s   peak RSS %4d MB   load %s%n",
                    run, seconds, cpu, hwm / 1024, loadAverage());
        }
        Collections.sort(walls);
        double median = walls.size() % 2 == 1 ? walls.get(walls.size() / 2)
                : (walls.get(walls.size() / 2 - 1) + walls.get(walls.size() / 2)) / 2;
        long files;
        long bytes;
        try (Stream<Path> walk = Files.walk(out)) {
            List<Path> all = walk.filter(Files::isRegularFile).toList();
            files = all.size();
            bytes = 0;
            for (Path f : all) {
                bytes += Files.size(f);
            }
        }
        long html;
        try (Stream<Path> walk = Files.walk(out)) {
            html = walk.filter(f -> f.toString().endsWith(".html")).count();
        }
        System.out.printf("median wall time (JVM start included): %.2f s  (min %.2f, max %.2f)%n",
                median, walls.get(0), walls.get(walls.size() - 1));
        Collections.sort(cpus);
        System.out.printf("median CPU time (user + system, all cores): %.1f s%n", cpus.get(cpus.size() / 2));
        System.out.printf("peak resident memory: %d MB (heap capped at 512 MB)%n", peakKb / 1024);
        System.out.printf("output: %,d files (%,d HTML pages), %,d MB%n", files, html, bytes / (1024 * 1024));
        Path index = out.resolve("index.html");
        System.out.printf("finder first page: index.html %,d bytes (%,d gzipped); finder-data.js %,d bytes (%,d gzipped)%n",
                Files.size(index), gzip(index), size(out.resolve("finder-data.js")), gzip(out.resolve("finder-data.js")));
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

    /** The machine's 1-minute load average: other work on the machine slows every figure. */
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
