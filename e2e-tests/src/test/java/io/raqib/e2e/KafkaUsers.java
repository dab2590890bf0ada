package io.raqib.e2e;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The Strimzi KafkaUsers of a manifest as the ACLs the User Operator would create for them (simple authorization:
 * allow rules on the user's principal, from any host). Only what Raqib's manifests use is read; anything else fails
 * loudly rather than granting less than the cluster would.
 */
final class KafkaUsers {

    record User(String name, List<AclBinding> acls) {
    }

    private KafkaUsers() {
    }

    static List<User> read(Path manifest) throws IOException {
        List<User> users = new ArrayList<>();
        YAMLMapper yaml = new YAMLMapper();
        try (MappingIterator<JsonNode> documents = yaml.readerFor(JsonNode.class)
                .readValues(new YAMLFactory().createParser(manifest.toFile()))) {
            for (JsonNode document : documents.readAll()) {
                if ("KafkaUser".equals(document.path("kind").asText())) {
                    String name = document.path("metadata").path("name").asText();
                    users.add(new User(name, acls(name, document.path("spec").path("authorization").path("acls"))));
                }
            }
        }
        return users;
    }

    private static List<AclBinding> acls(String user, JsonNode rules) {
        List<AclBinding> acls = new ArrayList<>();
        for (JsonNode rule : rules) {
            ResourcePattern resource = resource(rule.path("resource"));
            for (JsonNode operation : rule.path("operations")) {
                acls.add(new AclBinding(resource, new AccessControlEntry("User:" + user, "*",
                        operation(operation.asText()), AclPermissionType.ALLOW)));
            }
        }
        return acls;
    }

    private static ResourcePattern resource(JsonNode resource) {
        String type = resource.path("type").asText();
        PatternType pattern = "prefix".equals(resource.path("patternType").asText("literal")) ? PatternType.PREFIXED
                : PatternType.LITERAL;
        return switch (type) {
            case "topic" -> new ResourcePattern(ResourceType.TOPIC, resource.path("name").asText(), pattern);
            case "group" -> new ResourcePattern(ResourceType.GROUP, resource.path("name").asText(), pattern);
            case "transactionalId" -> new ResourcePattern(ResourceType.TRANSACTIONAL_ID, resource.path("name").asText(),
                    pattern);
            case "cluster" -> new ResourcePattern(ResourceType.CLUSTER, "kafka-cluster", PatternType.LITERAL);
            default -> throw new IllegalArgumentException("a KafkaUser resource this test does not know: " + type);
        };
    }

    /** Strimzi writes operations in CamelCase (IdempotentWrite); Kafka's enum is IDEMPOTENT_WRITE. */
    private static AclOperation operation(String strimzi) {
        return AclOperation.valueOf(strimzi.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT));
    }
}
