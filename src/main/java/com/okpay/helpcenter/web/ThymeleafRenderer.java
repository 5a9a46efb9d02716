package com.okpay.helpcenter.web;

import com.okpay.helpcenter.cache.StaticAssets;
import com.okpay.helpcenter.i18n.Messages;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Locale;
import java.util.Map;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.util.FastStringWriter;

/**
 * Renders templates/NAME.html with Thymeleaf for Javalin's {@code ctx.render}. One engine for the
 * life of the app; templates are parsed once and cached.
 */
public final class ThymeleafRenderer implements FileRenderer {
    public static final String LOCALE_ATTRIBUTE = "hc.locale";
    private static final int PAGE_CHARS = 16 * 1024;
    private final TemplateEngine engine = new TemplateEngine();
    private final StaticAssets assets;

    public ThymeleafRenderer(Messages messages, StaticAssets assets) {
        this.assets = assets;
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(ThymeleafRenderer.class.getClassLoader());
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine.setTemplateResolver(resolver);
        StandardDialect dialect = new StandardDialect();
        dialect.setVariableExpressionEvaluator(new PropertyPaths());
        engine.setDialect(dialect);
        engine.setMessageResolver(new BundleMessageResolver(messages));
    }

    @Override
    public String render(String template, Map<String, ?> model, Context ctx) {
        Locale locale = ctx.attribute(LOCALE_ATTRIBUTE);
        return render(template, model, locale == null ? Locale.ENGLISH : locale);
    }

    /** Renders without a request: pages rendered once and served to everyone never see one. */
    public String render(String template, Map<String, ?> model, Locale locale) {
        org.thymeleaf.context.Context context = new org.thymeleaf.context.Context(locale);
        model.forEach(context::setVariable);
        // every page links the static files by their hashed names
        context.setVariable("assets", assets);
        // sized for a whole page: Thymeleaf's own writer starts at 100 characters and grows by copying
        FastStringWriter out = new FastStringWriter(PAGE_CHARS);
        engine.process(template, context, out);
        return out.toString();
    }

    /** Lets templates write {@code #{key}} against our bundles. */
    private record BundleMessageResolver(Messages messages) implements IMessageResolver {
        @Override
        public String getName() {
            return "bundles";
        }

        @Override
        public Integer getOrder() {
            return 0;
        }

        @Override
        public String resolveMessage(ITemplateContext context, Class<?> origin, String key, Object[] args) {
            return messages.get(context.getLocale(), key, args == null ? new Object[0] : args);
        }

        @Override
        public String createAbsentMessageRepresentation(ITemplateContext context, Class<?> origin, String key,
                                                        Object[] args) {
            return "??" + key + "??";
        }
    }
}
