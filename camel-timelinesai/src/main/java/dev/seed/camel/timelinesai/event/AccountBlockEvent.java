package dev.seed.camel.timelinesai.event;

/** An event carrying the short {@code whatsapp_account} block ({@link EventAccount}): message, call and reaction events. */
public interface AccountBlockEvent extends TimelinesAiEvent {

    /** The {@code whatsapp_account} block, or {@code null} when the payload has none. */
    EventAccount whatsappAccount();

    @Override
    default String accountPhone() {
        return whatsappAccount() == null ? null : whatsappAccount().phone();
    }

    @Override
    default String accountId() {
        return whatsappAccount() == null ? null : whatsappAccount().whatsappAccountWid();
    }
}
