package com.okpay.helpcenter.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** Plain paths are read directly; every other expression gets OGNL's answer, and both agree. */
class PropertyPathsTest {
    record Inner(String title, List<String> tags) {
        public boolean hasTags() {
            return !tags.isEmpty();
        }
    }

    record Outer(Inner inner, Inner missing, Map<String, String> map) {
        public String getShout() {
            return inner.title().toUpperCase();
        }
    }

    private static final Outer MODEL = new Outer(new Inner("a <b>", List.of("x", "y")), null, Map.of("k", "v"));

    private static String render(TemplateEngine engine, String template) {
        Context context = new Context();
        context.setVariable("o", MODEL);
        return engine.process(template, context);
    }

    private static TemplateEngine engine(boolean fast) {
        TemplateEngine engine = new TemplateEngine();
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(TemplateMode.HTML);
        engine.setTemplateResolver(resolver);
        if (fast) {
            StandardDialect dialect = new StandardDialect();
            dialect.setVariableExpressionEvaluator(new PropertyPaths());
            engine.setDialect(dialect);
        }
        return engine;
    }

    @Test
    void theSameOutputAsOgnl() {
        String template = "<p th:text=\"${o.inner.title}\"></p><p th:text=\"${o.shout}\"></p>"
                + "<p th:text=\"${o.inner.tags.size()}\"></p><p th:if=\"${o.inner.tags.isEmpty()}\">empty</p>"
                + "<p th:text=\"${o.inner.hasTags()}\"></p><p th:text=\"${o.missing}\"></p>"
                + "<p th:text=\"${o.map.k}\"></p><p th:text=\"${o.inner.tags.size() > 1}\"></p>"
                + "<p th:each=\"t, s : ${o.inner.tags}\" th:text=\"${t + s.last}\"></p><p th:text=\"${nothing}\"></p>"
                + "<p th:text=\"${o.inner.title.length()}\"></p>";
        String fast = render(engine(true), template);
        assertEquals(render(engine(false), template), fast);
        assertEquals("<p>a &lt;b&gt;</p><p>A &lt;B&gt;</p><p>2</p><p>true</p><p></p><p>v</p><p>true</p>"
                + "<p>xfalse</p><p>ytrue</p><p></p><p>5</p>", fast);
    }

    @Test
    void aNullInTheMiddleOfAPathFailsAsItDoesWithOgnl() {
        assertThrows(TemplateProcessingException.class, () -> render(engine(true), "<p th:text=\"${o.missing.title}\"></p>"));
        assertThrows(TemplateProcessingException.class, () -> render(engine(false), "<p th:text=\"${o.missing.title}\"></p>"));
    }
}
