package io.restwell.platform.defaults.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.restwell.platform.defaults.json.JsonConfig;

/**
 * The same bad requests get the same problem in every service, by the catalogue ({@link ProblemType}).
 * Each service's test ({@code @QuarkusTest}) extends this and says where to send them; the expected
 * answers are written here, once.
 */
public abstract class SharedProblemsContract {

    /** One request: method, path, a JSON body and the field it is about (the body may hold {@code %s}). */
    public record Call(String method, String path, String body, String field) {
    }

    /** A bearer token the service accepts for the calls below. */
    protected abstract String token();

    /** A call taking JSON whose body has one text field, {@code %s} in the body. */
    protected abstract Call textField();

    /**
     * A call taking JSON with an unknown enum value in {@code field}; a service whose API has no enum in
     * a body sends a value of the wrong type instead (same answer).
     */
    protected abstract Call unreadableValue();

    /** A collection path that answers GET in JSON and refuses DELETE. */
    protected abstract String collection();

    public enum BadRequest {
        MALFORMED_JSON(ProblemType.MALFORMED_REQUEST, 400),
        UNKNOWN_ENUM_VALUE(ProblemType.MALFORMED_REQUEST, 400),
        NUL_IN_TEXT(ProblemType.MALFORMED_REQUEST, 400),
        WRONG_METHOD(ProblemType.METHOD_NOT_ALLOWED, 405),
        WRONG_CONTENT_TYPE(ProblemType.UNSUPPORTED_MEDIA_TYPE, 415),
        UNKNOWN_PATH(ProblemType.NOT_FOUND, 404),
        UNACCEPTABLE_ACCEPT(ProblemType.NOT_ACCEPTABLE, 406);

        final ProblemType type;
        final int status;

        BadRequest(ProblemType type, int status) {
            this.type = type;
            this.status = status;
        }
    }

    @ParameterizedTest
    @EnumSource(BadRequest.class)
    public void answersWithTheProblemTypeOfTheCatalogue(BadRequest bad) {
        ValidatableResponse answer = send(bad).then()
                .statusCode(bad.status)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(bad.type.uri()))
                .body("title", equalTo(bad.type.title))
                .body("status", equalTo(bad.status))
                .body("detail", org.hamcrest.Matchers.not(containsString("Exception")));
        switch (bad) {
            case UNKNOWN_ENUM_VALUE -> answer.body("errors[0].field", equalTo(unreadableValue().field()));
            case NUL_IN_TEXT -> answer.body("errors[0].field", equalTo(textField().field()))
                    .body("errors[0].message", equalTo(JsonConfig.NUL_REFUSED));
            default -> {
            }
        }
    }

    /** The module's META-INF/microprofile-config.properties reaches the service, below its own settings. */
    @Test
    public void logSettingsComeFromTheModuleDefaults() {
        ConfigValue json = ConfigProvider.getConfig().getConfigValue("quarkus.log.console.json.enabled");
        assertEquals("false", json.getValue(), "text logs outside prod");
        assertTrue(json.getSourceName().contains("microprofile-config.properties"), json.getSourceName());
        ConfigValue format = ConfigProvider.getConfig().getConfigValue("quarkus.log.console.format");
        assertTrue(format.getValue().contains("%X{requestId}"), format.getValue());
    }

    private io.restassured.response.Response send(BadRequest bad) {
        RequestSpecification request = given().auth().oauth2(token());
        Call text = textField();
        return switch (bad) {
            case MALFORMED_JSON -> request.contentType("application/json").body("{\"" + text.field() + "\": ")
                    .request(text.method(), text.path());
            case UNKNOWN_ENUM_VALUE -> request.contentType("application/json").body(unreadableValue().body())
                    .request(unreadableValue().method(), unreadableValue().path());
            case NUL_IN_TEXT -> request.contentType("application/json").body(text.body().formatted("Nul\\u0000here"))
                    .request(text.method(), text.path());
            case WRONG_METHOD -> request.delete(collection());
            case WRONG_CONTENT_TYPE -> request.contentType("text/plain").body("hello").request(text.method(), text.path());
            case UNKNOWN_PATH -> request.get("/api/v1/nothing-here");
            case UNACCEPTABLE_ACCEPT -> request.accept("application/xml").get(collection());
        };
    }
}
