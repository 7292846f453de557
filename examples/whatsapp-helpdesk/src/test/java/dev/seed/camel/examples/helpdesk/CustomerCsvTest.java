package dev.seed.camel.examples.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The broadcast CSV: columns by header name, quotes, blank lines, clear errors. */
class CustomerCsvTest {

    @Test
    void readsColumnsByNameWithQuotes() {
        String csv = "\uFEFFname,whatsapp_account,phone\r\n\"Smith, Jane\",+14155550100,+44 7700 900123\r\n\r\n"
                + "\"Ann \"\"Nan\"\" Lee\",,(555) 123-4567\n";
        assertThat(CustomerCsv.parse(csv)).containsExactly(
                new Recipient("+447700900123", "Smith, Jane", "+14155550100"),
                new Recipient("5551234567", "Ann \"Nan\" Lee", null));
        assertThat(CustomerCsv.parse(csv).get(0).personalise("Hi {name}!")).isEqualTo("Hi Jane!");
    }

    @Test
    void refusesBadInput() {
        assertThatThrownBy(() -> CustomerCsv.parse("")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> CustomerCsv.parse("mobile,name\n+1415555,A")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("phone and name");
        assertThatThrownBy(() -> CustomerCsv.parse("phone,name\nnot-a-phone,A"))
                .hasMessageContaining("Row 2").hasMessageContaining("not-a-phone");
        assertThatThrownBy(() -> CustomerCsv.parse("phone,name\n+14155550100,\"open")).hasMessageContaining("quoted");
    }
}
