package org.chargeback.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kubernetes manifests under deploy/kubernetes parse, reference what exists, and run each service the way its
 * application.properties expects: its image, port 8080, readiness and liveness on /q/health, credentials from a Secret.
 * (No kubectl or cluster here: the checks read the YAML itself.)
 */
class KubernetesManifestsTest {

    private static final Path ROOT = Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    private static final Path KUBERNETES = ROOT.resolve("deploy/kubernetes");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldListOnlyFilesThatExistInTheKustomizations() throws IOException {
        JsonNode base = single(KUBERNETES.resolve("base/kustomization.yaml"));
        assertThat(base.path("resources")).hasSize(3);
        for (JsonNode resource : base.path("resources")) {
            assertThat(KUBERNETES.resolve("base").resolve(resource.asText())).exists();
        }
        JsonNode overlay = single(KUBERNETES.resolve("overlays/example/kustomization.yaml"));
        assertThat(overlay.path("resources").get(0).asText()).isEqualTo("../../base");
        assertThat(KUBERNETES.resolve("overlays/example").resolve(overlay.path("patches").get(0).path("path").asText())).exists();
        for (JsonNode image : overlay.path("images")) {
            assertThat(image.path("name").asText()).matches("ghcr\\.io/chargeback-suite/(ingestion|pricing|chargeback)-service");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingestion-service", "pricing-service", "chargeback-service"})
    void shouldRunTheServiceWithItsImagePortProbesAndSecrets(String service) throws IOException {
        List<JsonNode> documents = documents(KUBERNETES.resolve("base/" + service + ".yaml"));
        JsonNode deployment = ofKind(documents, "Deployment");
        JsonNode config = ofKind(documents, "ConfigMap");
        JsonNode svc = ofKind(documents, "Service");
        JsonNode hpa = ofKind(documents, "HorizontalPodAutoscaler");

        JsonNode container = deployment.at("/spec/template/spec/containers/0");
        assertThat(container.path("image").asText()).startsWith("ghcr.io/chargeback-suite/" + service + ":");
        assertThat(container.at("/ports/0/containerPort").asInt()).isEqualTo(8080);
        assertThat(container.at("/ports/0/name").asText()).isEqualTo("http");
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/resources/requests/cpu").asText()).isNotBlank();
        assertThat(container.at("/resources/requests/memory").asText()).isNotBlank();
        assertThat(container.at("/envFrom/0/configMapRef/name").asText()).isEqualTo(config.at("/metadata/name").asText());
        assertThat(container.path("env").findValuesAsText("name"))
                .contains("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD");
        assertThat(container.path("env").findValues("secretKeyRef")).hasSize(2);

        // The suite's key pair is mounted where the service is told to read it (access control).
        assertThat(container.at("/volumeMounts/0/mountPath").asText()).isEqualTo("/keys");
        assertThat(deployment.at("/spec/template/spec/volumes/0/secret/secretName").asText()).isEqualTo("chargeback-suite-keys");
        assertThat(config.at("/data/SUITE_JWT_PUBLIC_KEY").asText()).isEqualTo("file:/keys/publicKey.pem");
        assertThat(config.at("/data/SUITE_JWT_SIGN_KEY").asText()).isEqualTo("file:/keys/privateKey.pem");

        // The container port is the one the service is told to listen on, and its database is the service's own.
        assertThat(config.at("/data/QUARKUS_HTTP_PORT").asText()).isEqualTo("8080");
        assertThat(config.at("/data/QUARKUS_DATASOURCE_JDBC_URL").asText()).endsWith("/" + service.replace("-service", ""));

        assertThat(svc.at("/spec/selector")).isEqualTo(deployment.at("/spec/selector/matchLabels"));
        assertThat(deployment.at("/spec/template/metadata/labels").toString())
                .contains(deployment.at("/spec/selector/matchLabels/app.kubernetes.io~1name").asText());
        assertThat(svc.at("/spec/ports/0/targetPort").asText()).isEqualTo("http");
        assertThat(hpa.at("/spec/scaleTargetRef/name").asText()).isEqualTo(deployment.at("/metadata/name").asText());
        assertThat(hpa.at("/spec/minReplicas").asInt()).isGreaterThanOrEqualTo(2);

        // Health probes exist only because the service ships SmallRye Health.
        Path pom = ROOT.resolve(service).resolve("pom.xml");
        assertThat(Files.readString(pom)).contains("quarkus-smallrye-health");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingestion-service", "pricing-service", "chargeback-service"})
    void shouldGiveEveryUpstreamUrlTheServiceReadsAClusterAddress(String service) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        JsonNode config = ofKind(documents(KUBERNETES.resolve("base/" + service + ".yaml")), "ConfigMap");
        for (String variable : List.of("INGESTION_URL", "PRICING_URL")) {
            boolean used = properties.values().stream().anyMatch(v -> v.toString().contains("${" + variable));
            if (used) {
                assertThat(config.at("/data/" + variable).asText()).as(service + " reads " + variable)
                        .matches("http://(ingestion|pricing)-service");
            }
        }
    }

    private static JsonNode single(Path file) throws IOException {
        return YAML.readTree(file.toFile());
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(file.toFile())) {
            while (it.hasNext()) {
                documents.add(it.next());
            }
        }
        return documents;
    }

    private static JsonNode ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(d -> kind.equals(d.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in the manifest"));
    }
}
