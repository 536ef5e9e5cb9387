package org.chargeback.chargeback.governance;

import io.quarkus.test.common.QuarkusTestResource;

/** Every @QuarkusTest of this module sends governance webhooks to the local {@link WebhookReceiver}. */
@QuarkusTestResource(WebhookReceiver.class)
public class WithWebhookReceiver {
}
