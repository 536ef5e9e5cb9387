package org.chargeback.chargeback.invoice;

/** OpenAPI examples of the invoice endpoints, re-used by tests (ExamplesTest reads them into the views). */
final class Examples {

    private Examples() {
    }

    static final String INVOICE = """
            {
              "number": "INV-2026-000001",
              "statementId": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
              "businessUnit": "support",
              "month": "2026-10",
              "issueDate": "2026-11-03",
              "dueDate": "2026-12-03",
              "currency": "USD",
              "total": 1020.00,
              "lines": [
                {"description": "ai-resolution: 1200 resolution x 0.85 USD", "quantity": 1200, "unitPrice": 0.85,
                 "amount": 1020.00},
                {"description": "doc-summary: 40 units, unrated (no price in force on 2026-10-01)", "quantity": 40,
                 "unitPrice": null, "amount": null}
              ]
            }
            """;

    static final String INVOICE_LIST = """
            [
              {
                "number": "INV-2026-000001",
                "statementId": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
                "businessUnit": "support",
                "month": "2026-10",
                "issueDate": "2026-11-03",
                "dueDate": "2026-12-03",
                "currency": "USD",
                "total": 1020.00,
                "lines": [
                  {"description": "ai-resolution: 1200 resolution x 0.85 USD", "quantity": 1200, "unitPrice": 0.85,
                   "amount": 1020.00}
                ]
              }
            ]
            """;

    static final String PROBLEM_NOT_FOUND = """
            {
              "type": "/problems/not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Invoice 'INV-2026-000042' does not exist",
              "instance": "/v1/invoices/INV-2026-000042"
            }
            """;

    static final String CREDIT_NOTE = """
            {
              "number": "CN-2026-000001",
              "invoiceNumber": "INV-2026-000001",
              "statementId": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
              "businessUnit": "support",
              "month": "2026-10",
              "issueDate": "2026-11-10",
              "currency": "USD",
              "total": -1020.00,
              "reason": "Issued with the wrong cost center; reissued as the next version",
              "createdAt": "2026-11-10T09:12:44.123456Z"
            }
            """;

    static final String CREDIT_NOTE_LIST = "[" + CREDIT_NOTE + "]";

    static final String PROBLEM_CREDIT_NOTE_NOT_FOUND = """
            {
              "type": "/problems/not-found",
              "title": "Not found",
              "status": 404,
              "detail": "Credit note 'CN-2026-000042' does not exist",
              "instance": "/v1/credit-notes/CN-2026-000042"
            }
            """;
}
