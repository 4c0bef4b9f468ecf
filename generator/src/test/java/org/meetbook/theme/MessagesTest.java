package org.meetbook.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import java.io.StringWriter;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** msg(key, args...) in templates: the string, formatted with its arguments, and a missing key refused. */
class MessagesTest {

    private static String render(String template) throws Exception {
        Properties strings = new Properties();
        strings.setProperty("web.when", "When & where");
        strings.setProperty("web.count", "{0,number,integer} meetings on {1}");
        Configuration config = new Configuration(Configuration.VERSION_2_3_34);
        config.setObjectWrapper(new RecordWrapper(Configuration.VERSION_2_3_34));
        Template t = new Template("t.ftlh", template, config);
        StringWriter out = new StringWriter();
        t.process(Map.of("msg", new Messages("en", strings)), out);
        return out.toString();
    }

    @Test
    void givesTheStringEscapedForHtmlEveryTime() throws Exception {
        assertEquals("When &amp; where|When &amp; where|when & where",
                render("${msg('web.when')}|${msg('web.when')}|<#noautoesc>${msg('web.when')?lower_case}</#noautoesc>"));
    }

    @Test
    void formatsArguments() throws Exception {
        assertEquals("1,200 meetings on Monday", render("${msg('web.count', 1200, 'Monday')}"));
    }

    @Test
    void aMissingKeyIsAnErrorThatNamesIt() {
        TemplateException e = assertThrows(TemplateException.class, () -> render("${msg('web.nowhere')}"));
        assertTrue(e.getMessage().contains("web.nowhere"), e.getMessage());
    }
}
