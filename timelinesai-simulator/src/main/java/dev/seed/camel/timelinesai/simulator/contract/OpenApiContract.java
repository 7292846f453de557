package dev.seed.camel.timelinesai.simulator.contract;

import java.util.List;
import java.util.Map;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolverFactory;
import com.atlassian.oai.validator.report.ValidationReport;

/**
 * Checks HTTP requests and responses against one of the vendor's OpenAPI documents, read from a
 * {@link SpecFolder}. Additional properties are ignored: the Public spec combines
 * {@code allOf} with {@code additionalProperties: false}, which would otherwise reject every valid send.
 */
public final class OpenApiContract {
    private final OpenApiInteractionValidator validator;

    private OpenApiContract(OpenApiInteractionValidator validator) {
        this.validator = validator;
    }

    /** The Public API contract ({@code public_api_spec.yaml}), with paths relative to {@code basePath}. */
    public static OpenApiContract publicApi(SpecFolder specs, String basePath) {
        return load(specs, SpecFolder.PUBLIC_API, basePath);
    }

    /** The Partner API contract ({@code partner_api_spec.yaml}). */
    public static OpenApiContract partnerApi(SpecFolder specs, String basePath) {
        return load(specs, SpecFolder.PARTNER_API, basePath);
    }

    public static OpenApiContract load(SpecFolder specs, String specFile, String basePath) {
        OpenApiInteractionValidator validator = OpenApiInteractionValidator
                .createForInlineApiSpecification(specs.read(specFile))
                .withLevelResolver(LevelResolverFactory.withAdditionalPropertiesIgnored())
                .withBasePathOverride(basePath)
                .build();
        return new OpenApiContract(validator);
    }

    /**
     * Problems of a request; an empty list means it fits the contract. A multipart body is not checked
     * field by field (the validator cannot parse one), only its path, method, query and headers.
     */
    public List<String> checkRequest(String method, String path, Map<String, List<String>> query,
                                     Map<String, String> headers, String contentType, byte[] body) {
        SimpleRequest.Builder builder = new SimpleRequest.Builder(method, path);
        query.forEach(builder::withQueryParam);
        headers.forEach(builder::withHeader);
        if (contentType != null) {
            builder.withContentType(contentType);
        }
        if (body != null && body.length > 0 && !isMultipart(contentType)) {
            builder.withBody(body);
        }
        return messages(validator.validateRequest(builder.build()));
    }

    /** Problems of a response to {@code method path}; an empty list means it fits the contract. */
    public List<String> checkResponse(String method, String path, int status, String contentType, byte[] body) {
        SimpleResponse.Builder builder = SimpleResponse.Builder.status(status);
        if (contentType != null) {
            builder.withContentType(contentType);
        }
        if (body != null && body.length > 0) {
            builder.withBody(body);
        }
        return messages(validator.validateResponse(path, Request.Method.valueOf(method.toUpperCase()), builder.build()));
    }

    private static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("multipart/");
    }

    private static List<String> messages(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }
}
