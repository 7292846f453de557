package dev.seed.camel.timelinesai.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Without Micrometer on the classpath, binding meters is a no-op that never touches a Micrometer type. */
class WithoutMicrometerTest {

    /** Loads our classes itself and hides Micrometer, as an application without it would. */
    private static final class NoMicrometerLoader extends ClassLoader {
        NoMicrometerLoader(ClassLoader parent) {
            super(parent);
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("io.micrometer.")) {
                throw new ClassNotFoundException(name);
            }
            if (name.startsWith("dev.seed.camel.timelinesai.metrics.")) {
                synchronized (getClassLoadingLock(name)) {
                    Class<?> loaded = findLoadedClass(name);
                    return loaded != null ? loaded : define(name);
                }
            }
            return super.loadClass(name, resolve);
        }

        Class<?> findLoaded(String name) {
            return findLoadedClass(name);
        }

        private Class<?> define(String name) throws ClassNotFoundException {
            try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException | NullPointerException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }

    @Test
    void bindingWithoutMicrometerDoesNothing() throws Exception {
        NoMicrometerLoader loader = new NoMicrometerLoader(getClass().getClassLoader());
        Class<?> meters = loader.loadClass(TimelinesAiMeters.class.getName());
        assertThat(meters.getClassLoader()).isSameAs(loader);
        Method bind = meters.getMethod("bindIfAvailable", dev.seed.camel.timelinesai.TimelinesAiEndpoint.class);
        // no endpoint is needed: without Micrometer nothing is looked up
        bind.invoke(null, (Object) null);
        assertThat(loader.findLoaded(MicrometerBinder.class.getName())).as("the Micrometer binder is never loaded")
                .isNull();
    }
}
