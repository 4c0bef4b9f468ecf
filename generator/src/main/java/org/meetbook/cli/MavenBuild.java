package org.meetbook.cli;

/**
 * Entry point for the site module's Maven build (exec:java runs it inside Maven's JVM). The
 * report has been printed by then; a failure becomes one exception message instead of
 * System.exit, so Maven stops with a one-line error and no stack trace.
 */
public final class MavenBuild {

    private MavenBuild() {}

    public static void main(String[] args) {
        int code = Main.run(args);
        if (code != Main.OK) {
            throw new IllegalStateException(code == Main.CONTENT_PROBLEMS
                    ? "meetbook: the content has errors (listed above); the previous site was left as it was"
                    : "meetbook: stopped with exit code " + code);
        }
    }
}
