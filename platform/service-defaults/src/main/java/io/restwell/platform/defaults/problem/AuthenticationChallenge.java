package io.restwell.platform.defaults.problem;

import java.util.Optional;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * How a service answers 401 on paths whose callers do not sign in with a bearer token (an API key,
 * say). A service with such paths provides one bean of this type; {@link ProblemMappers} asks it
 * first and answers with a bearer challenge when it returns empty.
 */
public interface AuthenticationChallenge {

    /** The 401 answer for this request, or empty for the default bearer-token challenge. */
    Optional<Response> unauthorized(UriInfo uri);
}
