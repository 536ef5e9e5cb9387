package org.chargeback.testsupport;

import io.restassured.http.Method;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.chargeback.support.security.Roles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The access matrix of a service as its README states it (section "Access", one row per operation:
 * {@code | `operationId` | `METHOD /path` | admin | finance | platform | bu-owner | service |} with {@code yes},
 * {@code own} (a bu-owner: only their business units' data) or {@code no}), checked against the live service: every
 * operation of /q/openapi must have a row (a new endpoint without a rule fails), and every role gets 403 where the
 * row says no and never 401/403 where it says yes; without a token every operation answers 401. The calls use
 * placeholder path parameters ("0") and an empty JSON object as body, so allowed calls fail validation or find
 * nothing instead of changing data.
 */
public final class AccessMatrix {

    /** The matrix's role columns, in order. */
    public static final List<String> ROLES = List.of(Roles.ADMIN, Roles.FINANCE, Roles.PLATFORM, Roles.BU_OWNER,
            Roles.SERVICE);

    private static final Pattern ROW = Pattern.compile(
            "^\\|\\s*`(\\w+)`\\s*\\|\\s*`(\\w+) ([^`]+)`\\s*\\|((?:\\s*(?:yes|own|no)\\s*\\|){5})\\s*$");

    /** One operation's row: who may call it. */
    public record Rule(String operationId, String method, String path, Map<String, Boolean> allowed) {
    }

    private final Map<String, Rule> rules;

    private AccessMatrix(Map<String, Rule> rules) {
        this.rules = rules;
    }

    /** Reads the matrix rows of the README (the module's, where surefire runs). */
    public static AccessMatrix fromReadme(Path readme) {
        Map<String, Rule> rules = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(readme)) {
                Matcher m = ROW.matcher(line);
                if (!m.matches()) {
                    continue;
                }
                String[] cells = m.group(4).split("\\|");
                Map<String, Boolean> allowed = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    allowed.put(ROLES.get(i), !cells[i].trim().equals("no"));
                }
                rules.put(m.group(1), new Rule(m.group(1), m.group(2), m.group(3).trim(), allowed));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rules.isEmpty()) {
            throw new AssertionError(readme + " has no access matrix rows");
        }
        return new AccessMatrix(rules);
    }

    /**
     * Calls every operation of the OpenAPI document as each role and without a token; returns the failures (empty
     * when the service answers as the matrix says).
     */
    public List<String> check(JsonPath openApi) {
        List<String> failures = new ArrayList<>();
        Map<String, Map<String, Object>> paths = openApi.getMap("paths");
        Set<String> documented = new java.util.HashSet<>();
        paths.forEach((path, operations) -> operations.forEach((method, value) -> {
            if (!(value instanceof Map<?, ?> operation) || !Set.of("get", "post", "put", "delete", "patch").contains(method)) {
                return;
            }
            String id = String.valueOf(operation.get("operationId"));
            documented.add(id);
            Rule rule = rules.get(id);
            String call = method.toUpperCase(Locale.ROOT) + " " + path;
            if (rule == null) {
                failures.add(id + " (" + call + ") has no row in the README's access matrix");
                return;
            }
            if (!call.equals(rule.method() + " " + rule.path())) {
                failures.add(id + " is " + call + ", the matrix says " + rule.method() + " " + rule.path());
            }
            String concrete = path.replaceAll("\\{[^}]+}", "0");
            String type = requestType(operation);
            int anonymous = send(AdminTokenByDefault.anonymous(), method, concrete, type).statusCode();
            if (anonymous != 401) {
                failures.add(id + " without a token answered " + anonymous + ", expected 401");
            }
            rule.allowed().forEach((role, allowed) -> {
                Response response = send(AdminTokenByDefault.as(TestTokens.of(role, "matrix-bu")), method, concrete,
                        type);
                int status = response.statusCode();
                if (allowed && (status == 401 || status == 403)) {
                    failures.add(id + " as " + role + " answered " + status + ", the matrix says allowed: "
                            + response.asString());
                } else if (!allowed && status != 403) {
                    failures.add(id + " as " + role + " answered " + status + ", the matrix says 403");
                }
            });
        }));
        rules.keySet().stream().filter(id -> !documented.contains(id))
                .forEach(id -> failures.add(id + " is in the matrix but not in the OpenAPI document"));
        return failures;
    }

    /** The operation's request body type (JSON when it takes JSON), null without a body. */
    private static String requestType(Map<?, ?> operation) {
        if (!(operation.get("requestBody") instanceof Map<?, ?> body) || !(body.get("content") instanceof Map<?, ?> content)
                || content.isEmpty()) {
            return null;
        }
        return content.containsKey("application/json") ? "application/json" : String.valueOf(content.keySet().iterator().next());
    }

    private static Response send(RequestSpecification request, String method, String path, String type) {
        if (type != null) {
            // An empty JSON object or an empty body of the operation's type: allowed calls fail validation.
            request = request.contentType(type).body(type.contains("json") ? "{}" : "");
        }
        return request.when().request(Method.valueOf(method.toUpperCase(Locale.ROOT)), path);
    }
}
