package dev.seed.camel.timelinesai.springboot;

import dev.seed.camel.timelinesai.TimelinesAiComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies the {@code camel.component.timelinesai.*} properties to the timelinesai component, after Camel's own
 * auto-configuration, as a component customizer (turned off with {@code camel.component.timelinesai.customizer.enabled=false}).
 */
@AutoConfiguration(after = { CamelAutoConfiguration.class, TimelinesAiComponentConverter.class })
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, TimelinesAiComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.timelinesai" })
public class TimelinesAiComponentAutoConfiguration {

    @Lazy
    @Bean
    public ComponentCustomizer configureTimelinesAiComponent(ApplicationContext applicationContext, CamelContext camelContext,
            TimelinesAiComponentConfiguration configuration) {
        return new TimelinesAiComponentCustomizer(applicationContext, camelContext, configuration, "timelinesai",
                TimelinesAiComponent.class);
    }
}
