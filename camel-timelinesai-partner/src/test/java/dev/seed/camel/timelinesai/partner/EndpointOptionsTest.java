package dev.seed.camel.timelinesai.partner;

import org.apache.camel.ResolveEndpointFailedException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Wrong endpoint options fail when the endpoint is created, naming the option. */
class EndpointOptionsTest extends PartnerTestSupport {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "timelinesai-partner:workspaces/delete                                  | Unknown operation 'delete' for api workspaces; valid: create, get, update",
        "timelinesai-partner:seats/get                                          | Unknown api 'seats'",
        "timelinesai-partner:workspaces                                         | timelinesai-partner:<api>/<operation>",
        "timelinesai-partner:workspaces/create?seatsPurchased=1000              | seatsPurchased must be between 1 and 999",
        "timelinesai-partner:users/create?count=100                             | count must be between 1 and 99",
        "timelinesai-partner:users/qr?expiresInHours=169                        | expiresInHours must be between 1 and 168",
        "timelinesai-partner:workspaces/get?tokenTarget=timelinesai             | tokenTarget only applies to tokens/get and tokens/rotate",
        "timelinesai-partner:events                                             | Option eventTypes is required",
        "timelinesai-partner:events?eventTypes=workspace:messaging_quota:90     | Unknown partner event type 'workspace:messaging_quota:90'",
        "timelinesai-partner:events?eventTypes=all&signatureLeeway=10m          | signatureLeeway must be between 0 and 300 s",
        "timelinesai-partner:workspaces/get?baseUrl=ftp://example.com           | baseUrl must be an http(s) URL",
        "timelinesai-partner:users/qr?qrImage=true&qrImageSize=99               | Option qrImageSize must be between 100 and 2000, was 99",
        "timelinesai-partner:users/qr?qrImage=true&qrImageSize=2001             | Option qrImageSize must be between 100 and 2000, was 2001",
        "timelinesai-partner:users/qr?qrImageSize=400                           | Option qrImageSize needs qrImage=true",
        "timelinesai-partner:users/create?count=1&qrImage=true                  | Option qrImage only applies to users/qr, not users/create",
    })
    void refusesWrongOptions(String uri, String message) {
        assertThatThrownBy(() -> context.getEndpoint(uri.trim()))
                .isInstanceOf(ResolveEndpointFailedException.class)
                .satisfies(e -> assertThat(messages(e)).contains(message.trim()));
    }

    @ParameterizedTest
    @CsvSource({"partnerId", "partnerSecret"})
    void requiresTheCredentials(String option) {
        TimelinesAiPartnerComponent bare = new TimelinesAiPartnerComponent();
        if (!"partnerId".equals(option)) {
            bare.setPartnerId("acme-partner");
        }
        context.addComponent("bare-partner", bare);

        assertThatThrownBy(() -> context.getEndpoint("bare-partner:workspaces/get"))
                .satisfies(e -> assertThat(messages(e)).contains("Option " + option + " is required"));
    }

    private static String messages(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            sb.append(t.getMessage()).append('\n');
        }
        return sb.toString();
    }
}
