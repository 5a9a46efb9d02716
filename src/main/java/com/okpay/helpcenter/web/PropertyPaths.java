package com.okpay.helpcenter.web;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Evaluates the plain paths most template expressions are ({@code page.head.title},
 * {@code hit.url}, {@code search.empty()}) with the accessor of each step looked up once per
 * class; anything else (operators, arguments, maps, selections, conversions, a step that finds
 * null) goes to Thymeleaf's OGNL evaluator, which gives exactly the same answer more slowly.
 * OGNL interprets every expression through its own reflection layer each time, which was nearly
 * half the cost of rendering a results page.
 *
 * <p>Only our own types are walked: a step may read a record component, a getter or a method
 * without arguments of a class of this application, or ask a collection its {@code size()} or
 * whether it {@code isEmpty()}.
 */
final class PropertyPaths implements IStandardVariableExpressionEvaluator {
    private static final Pattern PATH = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*(\\(\\))?)*");
    private static final String OWN_PACKAGE = "com.okpay.helpcenter.";
    private static final String[] NOT_A_PATH = new String[0];

    private final IStandardVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);
    private final Map<String, String[]> paths = new ConcurrentHashMap<>();
    private final ClassValue<Map<String, Optional<Method>>> accessors = new ClassValue<>() {
        @Override
        protected Map<String, Optional<Method>> computeValue(Class<?> type) {
            return new ConcurrentHashMap<>();
        }
    };

    @Override
    public Object evaluate(IExpressionContext context, IStandardVariableExpression expression,
                           StandardExpressionExecutionContext execution) {
        String[] path = expression.getUseSelectionAsRoot() || execution.getPerformTypeConversion() ? NOT_A_PATH
                : parsed(expression.getExpression());
        Object value = path.length == 0 ? null : context.getVariable(path[0]);
        if (value == null) {
            return ognl.evaluate(context, expression, execution);
        }
        int step = 1;
        for (; value != null && step < path.length; step++) {
            Method accessor = accessor(value.getClass(), path[step]);
            if (accessor == null) {
                break;
            }
            value = invoke(accessor, value);
        }
        // every step taken (the last may give null); otherwise a step we do not take, or a null
        // in the middle of the path, which OGNL reports its own way
        return step == path.length ? value : ognl.evaluate(context, expression, execution);
    }

    /**
     * A plain get first: {@code computeIfAbsent} locks the map's bin when the key is not its first
     * entry, and every expression of every page comes here.
     */
    private String[] parsed(String expression) {
        String[] path = paths.get(expression);
        return path != null ? path : paths.computeIfAbsent(expression, PropertyPaths::parse);
    }

    /** The steps of a plain path ({@code a.b.c()}), or none. */
    private static String[] parse(String expression) {
        String trimmed = expression.strip();
        return PATH.matcher(trimmed).matches() ? trimmed.split("\\.") : NOT_A_PATH;
    }

    private Method accessor(Class<?> type, String step) {
        Map<String, Optional<Method>> known = accessors.get(type);
        Optional<Method> accessor = known.get(step);
        if (accessor == null) {
            accessor = known.computeIfAbsent(step, s -> Optional.ofNullable(find(type, s)));
        }
        return accessor.orElse(null);
    }

    private static Method find(Class<?> type, String step) {
        if (step.endsWith("()")) {
            String name = step.substring(0, step.length() - 2);
            if (Collection.class.isAssignableFrom(type) && (name.equals("size") || name.equals("isEmpty"))) {
                return method(Collection.class, name);
            }
            return own(type) ? method(type, name) : null;
        }
        if (!own(type) || Map.class.isAssignableFrom(type)) {
            return null;
        }
        String capitalized = Character.toUpperCase(step.charAt(0)) + step.substring(1);
        for (String name : new String[] {"get" + capitalized, "is" + capitalized, step}) {
            Method method = method(type, name);
            if (method != null) {
                return method;
            }
        }
        return null;
    }

    private static boolean own(Class<?> type) {
        return type.getName().startsWith(OWN_PACKAGE);
    }

    private static Method method(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            if (method.getReturnType() == void.class || Modifier.isStatic(method.getModifiers())) {
                return null;
            }
            method.setAccessible(true);
            return method;
        } catch (NoSuchMethodException | RuntimeException e) {
            return null;
        }
    }

    private static Object invoke(Method accessor, Object target) {
        try {
            return accessor.invoke(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("accessor made accessible: " + accessor, e);
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }
}
