package org.chargeback.pricing.security;

import io.quarkus.test.junit.QuarkusTest;
import org.chargeback.testsupport.AccessMatrixContract;

/** Every operation of this service as each role: the README's access matrix, checked (AccessMatrixContract). */
@QuarkusTest
class AccessMatrixTest extends AccessMatrixContract {
}
