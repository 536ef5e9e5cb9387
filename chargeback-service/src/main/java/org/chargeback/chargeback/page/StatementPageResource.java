package org.chargeback.chargeback.page;

import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.chargeback.support.security.Caller;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.net.URI;
import java.time.Instant;

/**
 * The statement page at the service's root URL: a business unit owner picks a business unit and a month (GET
 * parameters) and sees the statement as the API answers it, with charts. HTML for people, not part of the API:
 * hidden from the OpenAPI document.
 *
 * <p>Sign-in: a browser cannot send a bearer header, so the page takes the token once (a form) and keeps it in an
 * HttpOnly, SameSite=Strict cookie that the service reads like the header (mp.jwt.token.cookie); the API links on
 * the page (CSV, invoice) work with it too. The page is public, what it shows is not: without a valid token it
 * shows the sign-in form, and which business units it shows follows the caller's roles ({@link SignedInAccess}).
 */
@Path("/")
@PermitAll
public class StatementPageResource {

    /** The cookie the service reads tokens from (mp.jwt.token.cookie in service-support's shared settings). */
    static final String TOKEN_COOKIE = "chargeback_token";

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(StatementPage page, String signedInAs);

        static native TemplateInstance signIn(String problem);
    }

    private final StatementPageService pages;
    private final JWTParser tokens;
    private final Caller caller;

    StatementPageResource(StatementPageService pages, JWTParser tokens, Caller caller) {
        this.pages = pages;
        this.tokens = tokens;
        this.caller = caller;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response showStatementPage(@QueryParam("businessUnit") String businessUnit,
                                      @QueryParam("month") String month,
                                      @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                      @CookieParam(TOKEN_COOKIE) String cookie) {
        if (authorization == null) {
            if (cookie == null || cookie.isBlank()) {
                return signInForm(null);
            }
            try {
                tokens.parse(cookie);
            } catch (ParseException e) {
                // Expired or from another suite: sign in again (and forget the cookie).
                return Response.fromResponse(signInForm("Your sign-in has expired or its token is not valid here; "
                        + "sign in again.")).cookie(expired()).build();
            }
        }
        StatementPage page = pages.pageFor(businessUnit, month);
        Log.debugf("Statement page for %s %s as %s: %d", page.businessUnit(), page.month(), caller.name(),
                page.status());
        return html(page.status(), Templates.page(page, caller.name()));
    }

    @POST
    @Path("sign-in")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response signIn(@FormParam("token") String token) {
        String trimmed = token == null ? "" : token.strip().replaceFirst("^(?i)bearer\\s+", "");
        if (trimmed.isEmpty()) {
            return signInForm("Paste a token to sign in.");
        }
        JsonWebToken jwt;
        try {
            jwt = tokens.parse(trimmed);
        } catch (ParseException e) {
            Log.infof("Statement page sign-in refused: %s", e.getMessage());
            return signInForm("This token is expired, malformed or not signed by this suite.");
        }
        long seconds = Math.max(0, jwt.getExpirationTime() - Instant.now().getEpochSecond());
        Log.infof("Statement page sign-in of %s", jwt.getName());
        return Response.seeOther(URI.create("/")).cookie(cookie(trimmed, (int) seconds)).build();
    }

    @POST
    @Path("sign-out")
    @Produces(MediaType.TEXT_HTML)
    @Operation(hidden = true)
    public Response signOut() {
        return Response.seeOther(URI.create("/")).cookie(expired()).build();
    }

    private static Response signInForm(String problem) {
        return html(401, Templates.signIn(problem));
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static NewCookie cookie(String value, int maxAgeSeconds) {
        return new NewCookie.Builder(TOKEN_COOKIE).value(value).path("/").maxAge(maxAgeSeconds).httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT).build();
    }

    private static NewCookie expired() {
        return cookie("", 0);
    }
}
