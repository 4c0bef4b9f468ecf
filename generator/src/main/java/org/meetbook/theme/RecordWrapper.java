package org.meetbook.theme;

import freemarker.template.AdapterTemplateModel;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.MethodCallAwareTemplateHashModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
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
 * FreeMarker's object wrapper, with a quicker view of Meetbook's own records (the model the
 * templates are given: meetings, places, pages). A template reads a record's components as
 * {@code m.name} and calls its methods without arguments as {@code m.timeText()}, as with the
 * default wrapper; here each is a generated accessor looked up by name, where the default
 * wrapper introspects, matches overloads and calls by reflection on every use — a seventh of a
 * large website's work. Everything else (methods with arguments, other objects) is the default
 * wrapper's, and a record passed back to Java (as {@code web.days(m)}) is the record itself.
 */
final class RecordWrapper extends DefaultObjectWrapper {

    RecordWrapper(Version version) {
        super(version);
    }

    @Override
    protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
        if (obj instanceof Record r && r.getClass().getName().startsWith("org.meetbook.")) {
            Accessors accessors = Accessors.of(r.getClass());
            if (accessors != Accessors.NONE) {
                return new RecordModel(r, accessors, this);
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

    /** One record as a template sees it. */
    private static final class RecordModel implements MethodCallAwareTemplateHashModel, AdapterTemplateModel,
            freemarker.ext.util.WrapperTemplateModel {
        private final Record record;
        private final Accessors accessors;
        private final RecordWrapper wrapper;
        private TemplateHashModel fallback;

        RecordModel(Record record, Accessors accessors, RecordWrapper wrapper) {
            this.record = record;
            this.accessors = accessors;
            this.wrapper = wrapper;
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
                return fallback() instanceof MethodCallAwareTemplateHashModel aware
                        ? aware.getBeforeMethodCall(key) : fallback().get(key);
            }
            return (TemplateMethodModelEx) (List args) -> {
                if (!args.isEmpty()) {
                    // an overload with arguments: the default wrapper finds it
                    TemplateModel other;
                    try {
                        other = fallback() instanceof MethodCallAwareTemplateHashModel aware
                                ? aware.getBeforeMethodCall(key) : fallback().get(key);
                    } catch (ShouldNotBeGetAsMethodException e) {
                        throw new TemplateModelException(key + " is not a method", e);
                    }
                    return ((TemplateMethodModelEx) other).exec(args);
                }
                return wrapper.wrap(method.apply(record));
            };
        }

        private TemplateHashModel fallback() throws TemplateModelException {
            if (fallback == null) {
                fallback = (TemplateHashModel) wrapper.defaultModel(record);
            }
            return fallback;
        }

        @Override
        public boolean isEmpty() {
            return false;
        }

        @Override
        public Object getAdaptedObject(Class<?> hint) {
            return record;
        }

        @Override
        public Object getWrappedObject() {
            return record;
        }
    }
}
