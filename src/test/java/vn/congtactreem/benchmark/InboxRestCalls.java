package vn.congtactreem.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The HTTP calls {@link InboxRestBenchmark} times for one user: the application's inbox with the user's own token,
 * and the same user's tasks through Camunda's engine REST API with an administrator's token, in the two forms of
 * the engine's task query (candidate groups with assigned tasks; assignee OR candidate groups). One kept-alive
 * client; every call must answer 200.
 */
final class InboxRestCalls {

    static final String OURS = "ours: GET /api/v1/tasks?limit=50 (the user's token)";
    static final String GROUPS_PAGE = "engine REST, candidate groups: GET /engine-rest/task (first 50)";
    static final String GROUPS_COUNT = "engine REST, candidate groups: GET /engine-rest/task/count";
    static final String OR_PAGE = "engine REST, assignee OR groups: POST /engine-rest/task (first 50)";
    static final String OR_COUNT = "engine REST, assignee OR groups: POST /engine-rest/task/count";
    static final String ME = "GET /api/v1/me (the user's token; the HTTP round trip and token check alone)";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;
    private final String adminToken;

    InboxRestCalls(int port, String adminToken) {
        this.base = "http://localhost:" + port;
        this.adminToken = adminToken;
    }

    /** The six calls for one user, in the order they are made on every round. */
    Map<String, HttpRequest> of(String username, String token, List<String> groups) {
        String filter = "candidateGroups=" + URLEncoder.encode(String.join(",", groups), StandardCharsets.UTF_8)
                + "&includeAssignedTasks=true&active=true";
        String orBody = orQuery(username, groups);
        Map<String, HttpRequest> calls = new LinkedHashMap<>();
        calls.put(OURS, get("/api/v1/tasks?limit=50", token));
        calls.put(GROUPS_PAGE, get("/engine-rest/task?" + filter
                + "&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50", adminToken));
        calls.put(GROUPS_COUNT, get("/engine-rest/task/count?" + filter, adminToken));
        calls.put(OR_PAGE, post("/engine-rest/task?firstResult=0&maxResults=50", orBody));
        calls.put(OR_COUNT, post("/engine-rest/task/count", orBody));
        calls.put(ME, get("/api/v1/me", token));
        return calls;
    }

    /**
     * The calls made {@code rounds} times, interleaved (one of each per round, so a change of the shared machine's
     * load falls on all of them alike); client-side ms of each call.
     */
    Map<String, List<Double>> time(Map<String, HttpRequest> calls, int rounds) throws Exception {
        Map<String, List<Double>> millis = new LinkedHashMap<>();
        calls.keySet().forEach(name -> millis.put(name, new ArrayList<>()));
        for (int i = 0; i < rounds; i++) {
            for (Map.Entry<String, HttpRequest> call : calls.entrySet()) {
                long start = System.nanoTime();
                send(call.getValue());
                millis.get(call.getKey()).add((System.nanoTime() - start) / 1e6);
            }
        }
        return millis;
    }

    /** The body of a call, which must answer 200. */
    String send(HttpRequest request) throws Exception {
        HttpResponse<String> reply = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + reply.statusCode() + ": " + reply.body());
        }
        return reply.body();
    }

    /** How many items a page answers, or the count a count call answers. */
    static long size(String body) throws Exception {
        var tree = JSON.readTree(body);
        return tree.isArray() ? tree.size() : tree.get("count").asLong();
    }

    private String orQuery(String username, List<String> groups) {
        try {
            return JSON.writeValueAsString(Map.of(
                    "orQueries", List.of(Map.of("assignee", username, "candidateGroups", groups,
                            "includeAssignedTasks", true)),
                    "active", true,
                    "sorting", List.of(Map.of("sortBy", "dueDate", "sortOrder", "asc"))));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Accept", "application/json").GET().build();
    }

    private HttpRequest post(String path, String body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + adminToken)
                .header("Accept", "application/json").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }
}
