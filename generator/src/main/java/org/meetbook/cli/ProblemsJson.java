package org.meetbook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;
import org.meetbook.check.Problem;

/**
 * {@code check --format json}: one object with every problem's file, line, column, severity,
 * message and hint, plus counts — stable keys for editors and CI annotations.
 */
final class ProblemsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemsJson() {}

    static String write(List<Problem> problems) throws IOException {
        ObjectNode root = JSON.createObjectNode();
        long errors = problems.stream().filter(Problem::isError).count();
        root.put("errors", errors);
        root.put("warnings", problems.size() - errors);
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems) {
            ObjectNode o = list.addObject();
            o.put("file", p.pos().file().toString().replace('\\', '/'));
            o.put("line", p.pos().line());
            o.put("column", p.pos().column());
            o.put("severity", p.isError() ? "error" : "warning");
            o.put("message", p.message());
            if (p.hint() != null) {
                o.put("hint", p.hint());
            }
        }
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }
}
