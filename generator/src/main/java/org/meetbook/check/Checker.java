package org.meetbook.check;

import java.util.ArrayList;
import java.util.List;
import org.meetbook.content.Content;
import org.meetbook.content.ContentException;

/** Runs every rule over loaded content. Errors stop a build; warnings are shown. */
public final class Checker {

    private Checker() {}

    public static List<Problem> check(Content content) {
        List<Problem> problems = new ArrayList<>();
        for (ContentException e : content.unreadable()) {
            problems.add(Problem.error(e.pos(), e.getMessage(), e.hint()));
        }
        return problems;
    }
}
