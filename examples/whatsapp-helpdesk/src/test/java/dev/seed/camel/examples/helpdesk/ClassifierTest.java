package dev.seed.camel.examples.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** The keyword rules: category, priority, assignee and labels. */
class ClassifierTest {
    private final Classifier classifier = new Classifier(
            Map.of("billing", "bob@acme.example", "technical", "carol@acme.example"), "alice@acme.example");

    @Test
    void sortsByKeywords() {
        assertThat(classifier.classify("I need a REFUND for invoice 12"))
                .isEqualTo(new Classification("billing", "normal", "bob@acme.example"));
        assertThat(classifier.classify("Login fails with an error"))
                .isEqualTo(new Classification("technical", "normal", "carol@acme.example"));
        assertThat(classifier.classify("My parcel is late").category()).isEqualTo("delivery");
        assertThat(classifier.classify("Happy to hear from you").category()).isEqualTo("general");
    }

    @Test
    void urgentWordsRaiseThePriorityAndAddALabel() {
        Classification c = classifier.classify("Cancel my order, this is unacceptable");
        assertThat(c.priority()).isEqualTo("high");
        assertThat(c.assignee()).isEqualTo("alice@acme.example");
        assertThat(c.labels()).containsExactly("delivery", "urgent");
        assertThat(classifier.classify(null).labels()).containsExactly("general");
    }
}
