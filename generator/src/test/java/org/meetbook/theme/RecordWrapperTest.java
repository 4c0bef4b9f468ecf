package org.meetbook.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Templates see Meetbook's records and helpers the same through the quick wrapper as through FreeMarker's own. */
class RecordWrapperTest {

    /** A record as the model's are: components, a computed value, a method with an argument. */
    public record Sample(String name, String region, List<String> types) {
        public String shout() {
            return name.toUpperCase(java.util.Locale.ROOT);
        }

        public String shoutWith(String suffix) {
            return shout() + suffix;
        }
    }

    /** Java a template calls with a record (it gets the record back), text, numbers, lists, yes/no. */
    public static final class Helper {
        public String describe(Sample s) {
            return s.name() + " (" + s.types().size() + ")";
        }

        public String pad(String text, int width) {
            return String.format("%-" + width + "s", text) + "]";
        }

        public String half(double value) {
            return String.valueOf(value / 2);
        }

        public int count(List<String> items) {
            return items.size();
        }

        public String mark(boolean on) {
            return on ? "on" : "off";
        }

        public String label(String text) {
            return "<" + text + ">";
        }

        public String label(String text, int times) {
            return label(text).repeat(times);
        }

        public Sample first() {
            return new Sample("Hope", "North", List.of());
        }

        @Override
        public String toString() {
            return "the helper";
        }
    }

    private static final String TEMPLATE = String.join("|",
            "${s.name}", "${s.name()}", "${s.shout()}", "${s.shoutWith('!')}", "${s.shout}",
            "<#if s.region??>region<#else>no region</#if>", "${s.types?size}", "<#list s.types as t>${t}<#sep>,</#list>",
            "${helper.describe(s)}", "${s?has_content?c}",
            "${helper.pad(s.name, 10)}", "${helper.half(3)}", "${helper.count(s.types)}", "${helper.count(['a', 'b', 'c'])}",
            "${helper.mark(s.types?size > 1)}", "${helper.label('x')}", "${helper.label('y', 2)}",
            "${helper.first().region}", "${helper.describe(helper.first())}", "${helper}", "${helper?has_content?c}");

    private static String render(Configuration config) throws Exception {
        Template t = new Template("t", TEMPLATE, config);
        StringWriter out = new StringWriter();
        t.process(Map.of("s", new Sample("Serenity", null, List.of("O", "D")), "helper", new Helper()), out);
        return out.toString();
    }

    @Test
    void readsRecordsAsTheDefaultWrapperDoes() throws Exception {
        Configuration standard = new Configuration(Configuration.VERSION_2_3_34);
        Configuration quick = new Configuration(Configuration.VERSION_2_3_34);
        quick.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
        String expected = "Serenity|Serenity|SERENITY|SERENITY!|SERENITY|no region|2|O,D|Serenity (2)|true"
                + "|Serenity  ]|1.5|2|3|on|<x>|<y><y>|North|Hope (0)|the helper|true";
        assertEquals(expected, render(standard), "FreeMarker's own wrapper");
        assertEquals(expected, render(quick));
        // and the quick view is the one in use, not the default wrapper's beans
        assertFalse(quick.getObjectWrapper().wrap(new Helper()) instanceof freemarker.ext.beans.BeanModel);
        assertFalse(quick.getObjectWrapper().wrap(new Sample("a", null, List.of())) instanceof freemarker.ext.beans.BeanModel);
    }
}
