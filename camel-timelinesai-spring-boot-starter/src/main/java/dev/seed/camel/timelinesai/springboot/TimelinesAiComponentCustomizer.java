package dev.seed.camel.timelinesai.springboot;

import org.apache.camel.CamelContext;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.context.ApplicationContext;

/**
 * Copies a starter configuration's properties onto the component of one scheme; off with
 * {@code camel.component.<scheme>.customizer.enabled=false} (or {@code camel.component.customizer.enabled=false}).
 */
final class TimelinesAiComponentCustomizer implements ComponentCustomizer {
    private final ApplicationContext applicationContext;
    private final CamelContext camelContext;
    private final TimelinesAiHttpComponentConfiguration configuration;
    private final String scheme;
    private final Class<? extends Component> componentType;

    TimelinesAiComponentCustomizer(ApplicationContext applicationContext, CamelContext camelContext,
            TimelinesAiHttpComponentConfiguration configuration, String scheme, Class<? extends Component> componentType) {
        this.applicationContext = applicationContext;
        this.camelContext = camelContext;
        this.configuration = configuration;
        this.scheme = scheme;
        this.componentType = componentType;
    }

    @Override
    public void configure(String name, Component target) {
        CamelPropertiesHelper.copyProperties(camelContext, configuration, target);
    }

    @Override
    public boolean isEnabled(String name, Component target) {
        return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                "camel.component." + scheme + ".customizer") && componentType.isInstance(target);
    }
}
