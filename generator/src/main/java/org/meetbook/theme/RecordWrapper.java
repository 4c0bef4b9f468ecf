package org.meetbook.theme;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * FreeMarker's object wrapper, with a quicker view of Meetbook's own objects: the records of
 * the model (meetings, places, pages) and the helpers templates call ({@code web.timeRange(m)}).
 * A template reads a record's components as {@code m.name} and calls its methods without
 * arguments as {@code m.timeText()}, as with the default wrapper; here each is a generated
 * accessor looked up by name, where the default wrapper introspects, matches overloads and calls
 * by reflection on every use — a seventh of a large website's work. A helper's method (one of a
 * name: overloads are left to the default wrapper) is found by name in a table made once per
 * class, and its arguments are unwrapped by their declared types. Everything else is the default
 * wrapper's, and a record passed back to Java (as {@code web.days(m)}) is the record itself.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    RecordWrapper(Version version) {
        super(version);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj.getClass().getName().startsWith("org.meetbook.")) {
            if (obj instanceof Record r) {
                Accessors accessors = Accessors.of(r.getClass());
                if (accessors != Accessors.NONE) {
                    return new RecordModel(r, accessors, this);
                }
            } else if (!(obj instanceof Enum<?>)) {
                HelperMethods methods = HelperMethods.of(obj.getClass());
                if (methods != HelperMethods.NONE) {
                    return new HelperModel(obj, methods, this);
                }
            }
        }
        return super.handleUnknownType(obj);
    }

    /** Fallback for what the accessors do not cover: the default wrapper's model of the object. */
    TemplateModel defaultModel(Object obj) throws TemplateModelException {
        return super.handleUnknownType(obj);
    }

    /** A record class's components and public no-argument methods, by name. */
    private record Accessors(Map<String, Function<Object, Object>> components, Map<String, Function<Object, Object>> methods) {

        private static final Map<Class<?>, Accessors> BY_CLASS = new ConcurrentHashMap<>();
        /** For a record this class cannot reach (not public): the default wrapper's view. */
        static final Accessors NONE = new Accessors(Map.of(), Map.of());

        static Accessors of(Class<?> type) {
            return BY_CLASS.computeIfAbsent(type, t -> {
                try {
                    return make(t);
                } catch (IllegalStateException unreachable) {
                    return NONE;
                }
            });
        }

        private static Accessors make(Class<?> type) {
            Map<String, Function<Object, Object>> components = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                components.put(c.getName(), accessor(c.getAccessor()));
            }
            Map<String, Function<Object, Object>> methods = new HashMap<>();
            for (Method m : type.getMethods()) {
                if (m.getParameterCount() == 0 && m.getReturnType() != void.class && !Modifier.isStatic(m.getModifiers())
                        && m.getDeclaringClass() == type && !m.isSynthetic()) {
                    methods.put(m.getName(), accessor(m));
                }
            }
            return new Accessors(Map.copyOf(components), Map.copyOf(methods));
        }

        /** {@code o -> o.method()}, as a generated class rather than a reflective call. */
        @SuppressWarnings("unchecked")
        private static Function<Object, Object> accessor(Method method) {
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                MethodHandle target = lookup.unreflect(method);
                Class<?> returned = MethodType.methodType(method.getReturnType()).wrap().returnType();
                CallSite site = LambdaMetafactory.metafactory(lookup, "apply", MethodType.methodType(Function.class),
                        MethodType.methodType(Object.class, Object.class), target,
                        MethodType.methodType(returned, method.getDeclaringClass()));
                return (Function<Object, Object>) site.getTarget().invokeExact();
            } catch (Throwable e) {
                throw new IllegalStateException("cannot make an accessor for " + method, e);
            }
        }
    }

    /**
     * What the quick views of a record and of a helper share: the object itself (a template that
     * passes it back to Java hands over the object), and the default wrapper's view of it for
     * whatever the quick view does not cover.
     */
    private abstract static class QuickModel implements MethodCallAwareTemplateHashModel, AdapterTemplateModel,
            freemarker.ext.util.WrapperTemplateModel {
        final Object object;
        final RecordWrapper wrapper;
        private TemplateHashModel fallback;

        QuickModel(Object object, RecordWrapper wrapper) {
            this.object = object;
            this.wrapper = wrapper;
        }

        final TemplateHashModel fallback() throws TemplateModelException {
            if (fallback == null) {
                fallback = (TemplateHashModel) wrapper.defaultModel(object);
            }
            return fallback;
        }

        /** {@code key} as the default wrapper gives it before a call: a method, usually. */
        final TemplateModel fallbackBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            return fallback() instanceof MethodCallAwareTemplateHashModel aware ? aware.getBeforeMethodCall(key) : fallback().get(key);
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return object;
        }

        @Override
        public Object getWrappedObject() {
            return object;
        }
    }

    /** One record as a template sees it. */
    private static final class RecordModel extends QuickModel {
        private final Record record;
        private final Accessors accessors;

        RecordModel(Record record, Accessors accessors, RecordWrapper wrapper) {
            super(record, wrapper);
            this.record = record;
            this.accessors = accessors;
        }

        /** {@code m.name}: a component's value; anything else as the default wrapper gives it. */
        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Function<Object, Object> component = accessors.components().get(key);
            if (component != null) {
                return wrapper.wrap(component.apply(record));
            }
            return fallback().get(key);
        }

        /** {@code m.timeText()}: a method called with no arguments. */
        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            Function<Object, Object> method = accessors.methods().get(key);
            if (method == null) {
                return fallbackBeforeMethodCall(key);
            }
            return (TemplateMethodModelEx) (List args) -> {
                if (!args.isEmpty()) {
                    // an overload with arguments: the default wrapper finds it
                    TemplateModel other;
                    try {
                        other = fallbackBeforeMethodCall(key);
                    } catch (ShouldNotBeGetAsMethodException e) {
                        throw new TemplateModelException(key + " is not a method", e);
                    }
                    return ((TemplateMethodModelEx) other).exec(args);
                }
                return wrapper.wrap(method.apply(record));
            };
        }
    }

    /** A helper class's public methods that have no overloads, by name. */
    private record HelperMethods(Map<String, Method> byName) {

        private static final Map<Class<?>, HelperMethods> BY_CLASS = new ConcurrentHashMap<>();
        /** For a class this wrapper cannot call (not public): the default wrapper's view. */
        static final HelperMethods NONE = new HelperMethods(Map.of());

        static HelperMethods of(Class<?> type) {
            return BY_CLASS.computeIfAbsent(type, HelperMethods::make);
        }

        private static HelperMethods make(Class<?> type) {
            if (!Modifier.isPublic(type.getModifiers())) {
                return NONE;
            }
            Map<String, Method> byName = new HashMap<>();
            Map<String, Integer> counts = new HashMap<>();
            for (Method m : type.getMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.getDeclaringClass() == Object.class || m.isSynthetic()
                        || m.isBridge() || m.isVarArgs()) {
                    continue;
                }
                counts.merge(m.getName(), 1, Integer::sum);
                byName.put(m.getName(), m);
            }
            counts.forEach((name, count) -> {
                if (count > 1) {
                    byName.remove(name); // overloads: the default wrapper picks one per call
                }
            });
            return byName.isEmpty() ? NONE : new HelperMethods(Map.copyOf(byName));
        }
    }

    /** A helper object as a template sees it: its methods, and its text as the default wrapper prints it. */
    private static final class HelperModel extends QuickModel implements TemplateScalarModel {
        private final HelperMethods methods;

        HelperModel(Object helper, HelperMethods methods, RecordWrapper wrapper) {
            super(helper, wrapper);
            this.methods = methods;
        }

        @Override
        public TemplateModel get(String key) throws TemplateModelException {
            Method method = methods.byName().get(key);
            return method != null ? call(method, key) : fallback().get(key);
        }

        @Override
        public TemplateModel getBeforeMethodCall(String key) throws TemplateModelException, ShouldNotBeGetAsMethodException {
            Method method = methods.byName().get(key);
            return method != null ? call(method, key) : fallbackBeforeMethodCall(key);
        }

        private TemplateMethodModelEx call(Method method, String key) {
            return args -> {
                Class<?>[] types = method.getParameterTypes();
                Object[] values = args.size() == types.length ? new Object[types.length] : null;
                for (int i = 0; values != null && i < types.length; i++) {
                    values[i] = argument((TemplateModel) args.get(i), types[i]);
                    if (values[i] == CANNOT) {
                        values = null;
                    }
                }
                if (values == null) {
                    // an argument of a kind this does not convert: the default wrapper decides
                    return ((TemplateMethodModelEx) fallback().get(key)).exec(args);
                }
                Object result;
                try {
                    result = method.invoke(object, values);
                } catch (java.lang.reflect.InvocationTargetException e) {
                    throw new TemplateModelException("Java method " + method.getDeclaringClass().getSimpleName() + "."
                            + key + " failed: " + e.getCause(), e.getCause());
                } catch (IllegalAccessException e) {
                    throw new TemplateModelException("cannot call " + method, e);
                }
                return method.getReturnType() == void.class ? TemplateModel.NOTHING : wrapper.wrap(result);
            };
        }

        @Override
        public String getAsString() {
            return String.valueOf(object);
        }
    }

    /** Marks an argument {@link #argument} does not convert. */
    private static final Object CANNOT = new Object();

    /**
     * A template value as the Java type a helper declares: a wrapped object of that type, text,
     * a number or a yes/no; {@link #CANNOT} for anything else (lists, hashes, conversions).
     */
    private static Object argument(TemplateModel model, Class<?> type) throws TemplateModelException {
        if (model == null) {
            return type.isPrimitive() ? CANNOT : null;
        }
        if (model instanceof AdapterTemplateModel adapter) {
            Object o = adapter.getAdaptedObject(type);
            if (type.isInstance(o)) {
                return o;
            }
        } else if (model instanceof freemarker.ext.util.WrapperTemplateModel wrapped) {
            Object o = wrapped.getWrappedObject();
            if (type.isInstance(o)) {
                return o;
            }
        }
        if (type == String.class && model instanceof freemarker.template.TemplateScalarModel scalar) {
            return scalar.getAsString();
        }
        if (model instanceof freemarker.template.TemplateNumberModel number) {
            Number n = number.getAsNumber();
            if (type == int.class || type == Integer.class) {
                return n.intValue() == n.doubleValue() ? (Object) n.intValue() : CANNOT;
            }
            if (type == long.class || type == Long.class) {
                return n.longValue() == n.doubleValue() ? (Object) n.longValue() : CANNOT;
            }
            if (type == double.class || type == Double.class) {
                return n.doubleValue();
            }
        }
        if ((type == boolean.class || type == Boolean.class) && model instanceof freemarker.template.TemplateBooleanModel b) {
            return b.getAsBoolean();
        }
        return CANNOT;
    }
}
