package org.chargeback.chargeback;

import io.quarkus.test.common.QuarkusTestResource;
import org.chargeback.testsupport.EmbeddedPostgresResource;

/** Every @QuarkusTest of this module runs against one real embedded PostgreSQL (started once per test JVM). */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public class WithEmbeddedPostgres {
}
