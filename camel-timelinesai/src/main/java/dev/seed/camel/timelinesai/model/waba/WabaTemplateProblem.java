package dev.seed.camel.timelinesai.model.waba;

/** One reason a template send would be refused, with the API's error code for it where the API has one. */
public record WabaTemplateProblem(Reason reason, String message) {

    /** What is wrong. */
    public enum Reason {
        /** The template checked is not the one the send names (name or language differ). */
        WRONG_TEMPLATE(null),
        /** Meta has not approved the template (pending, rejected, paused, disabled...). */
        NOT_APPROVED("template_not_approved"),
        /** The sending account may not use the template (another WABA profile). */
        WRONG_ACCOUNT("template_wrong_waba"),
        /** The variables do not fit the template's parameters (count, names, named vs positional). */
        VARIABLES_MISMATCH("template_variables_mismatch");

        private final String errorCode;

        Reason(String errorCode) {
            this.errorCode = errorCode;
        }

        /** The {@code error_code} the API answers for this, or {@code null} when it has none. */
        public String errorCode() {
            return errorCode;
        }
    }

    @Override
    public String toString() {
        return reason + ": " + message;
    }
}
