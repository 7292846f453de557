package dev.seed.camel.timelinesai.springboot;

import java.util.LinkedHashSet;
import java.util.Set;

import dev.seed.camel.timelinesai.limit.TimelinesAiRequestLimiter;
import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.springframework.boot.context.properties.ConfigurationPropertiesBinding;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.convert.converter.GenericConverter;

/**
 * Turns {@code #bean:name} (or {@code #name}) in the object options of both TimelinesAI components' properties into
 * the Spring bean of that name: HTTP client, client configurer, TLS parameters and request limiter.
 */
@Configuration(proxyBeanMethods = false)
@ConfigurationPropertiesBinding
public class TimelinesAiComponentConverter implements GenericConverter {
    private static final Set<Class<?>> TYPES = Set.of(CloseableHttpClient.class, HttpClientConfigurer.class,
            SSLContextParameters.class, TimelinesAiRequestLimiter.class);

    private final ApplicationContext applicationContext;

    public TimelinesAiComponentConverter(ApplicationContext applicationContext) {
        this.applicationContext = applicationContext;
    }

    @Override
    public Set<ConvertiblePair> getConvertibleTypes() {
        Set<ConvertiblePair> pairs = new LinkedHashSet<>();
        for (Class<?> type : TYPES) {
            pairs.add(new ConvertiblePair(String.class, type));
        }
        return pairs;
    }

    @Override
    public Object convert(Object source, TypeDescriptor sourceType, TypeDescriptor targetType) {
        if (source == null) {
            return null;
        }
        String ref = source.toString();
        if (!ref.startsWith("#")) {
            return null;
        }
        String name = ref.startsWith("#bean:") ? ref.substring("#bean:".length()) : ref.substring(1);
        return applicationContext.getBean(name, targetType.getType());
    }
}
