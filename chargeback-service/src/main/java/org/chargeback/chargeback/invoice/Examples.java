package org.chargeback.chargeback.invoice;

/** OpenAPI examples of the invoice endpoints, re-used by tests (ExamplesTest reads them into the views). */
final class Examples {

    private Examples() {
    }

    static final String INVOICE = """
            {
              "number": "INV-2026-000001",
              "statementId": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
              "businessUnit": "customer-support",
              "businessUnitName": "Customer Support",
              "costCenter": "CC-4100",
              "month": "2026-10",
              "issueDate": "2026-11-03",
              "dueDate": "2026-12-03",
              "currency": "USD",
              "total": 1020.00,
              "totals": [{"currency": "USD", "amount": 1020.00}],
              "lines": [
                {"lineNumber": 1, "description": "ai-resolution: 1200 resolution x 0.85 USD", "quantity": 1200,
                 "unitPrice": 0.85, "amount": 1020.00},
                {"lineNumber": 2, "description": "doc-summary: 40 units, unrated (no price in force on 2026-10-01)",
                 "quantity": 40, "unitPrice": null, "amount": null}
              ],
              "acknowledgement": {"invoiceNumber": "INV-2026-000001", "reference": "GL-2026-11-000871",
                                  "bookedBy": "sap-connector", "acknowledgedAt": "2026-11-04T08:15:00Z"},
              "creditNotes": []
            }
            """;

    static final String INVOICE_PAGE = """
            {
              "items": [
                {
                  "number": "INV-2026-000042",
                  "statementId": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
                  "businessUnit": "legal",
                  "businessUnitName": "Legal",
                  "costCenter": "CC-2200",
                  "month": "2026-10",
                  "issueDate": "2026-11-03",
                  "dueDate": "2026-12-03",
                  "currency": "USD",
                  "total": 54.96,
                  "totals": [{"currency": "USD", "amount": 54.96}],
                  "lines": [
                    {"lineNumber": 1, "description": "document-summary: 458 summary x 0.12 USD", "quantity": 458,
                     "unitPrice": 0.12, "amount": 54.96}
                  ],
                  "acknowledgement": null,
                  "creditNotes": []
                }
              ],
              "nextCursor": "aW52b2ljZTo0Mg",
              "hasMore": false
            }
            """;

    static final String INVOICE_CSV = """
            invoiceNumber,issueDate,dueDate,businessUnit,businessUnitName,costCenter,month,statementId,lineNumber,\
            description,quantity,unitPrice,amount,currency,invoiceTotal
            INV-2026-000001,2026-11-03,2026-12-03,customer-support,Customer Support,CC-4100,2026-10,\
            0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d,1,ai-resolution: 1200 resolution x 0.85 USD,1200,0.85,1020.00,USD,1020.00
            INV-2026-000001,2026-11-03,2026-12-03,customer-support,Customer Support,CC-4100,2026-10,\
            0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d,2,"doc-summary: 40 units, unrated (no price in force on 2026-10-01)",\
            40,,,USD,1020.00
            """;

    static final String ACKNOWLEDGE = """
            {"reference": "GL-2026-11-000871", "bookedBy": "sap-connector"}
            """;

    static final String ACKNOWLEDGEMENT = """
            {
              "invoiceNumber": "INV-2026-000001",
              "reference": "GL-2026-11-000871",
              "bookedBy": "sap-connector",
              "acknowledgedAt": "2026-11-04T08:15:00Z"
            }
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

    static final String PROBLEM_INVALID_CURSOR = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "after is not a cursor of this listing (send the nextCursor of the previous page unchanged)",
              "instance": "/v1/invoices",
              "errors": [{"field": "after", "value": "42",
                          "message": "is not a cursor of this listing (send the nextCursor of the previous page unchanged)"}]
            }
            """;

    static final String PROBLEM_INVALID_LIMIT = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "limit must be a whole number from 1 to 1000",
              "instance": "/v1/invoices",
              "errors": [{"field": "limit", "value": "5000", "message": "must be a whole number from 1 to 1000"}]
            }
            """;

    static final String PROBLEM_INVALID_ACKNOWLEDGEMENT = """
            {
              "type": "/problems/invalid-request",
              "title": "The request is invalid",
              "status": 400,
              "detail": "reference must not be blank",
              "instance": "/v1/invoices/INV-2026-000001/acknowledgements",
              "errors": [{"field": "reference", "value": "", "message": "must not be blank"}]
            }
            """;

    static final String PROBLEM_ALREADY_ACKNOWLEDGED = """
            {
              "type": "/problems/invoice-already-acknowledged",
              "title": "Invoice already acknowledged",
              "status": 409,
              "detail": "Invoice INV-2026-000001 was booked as 'GL-2026-11-000871' at 2026-11-04T08:15:00Z; an invoice is booked once (credit it to undo a booking)",
              "instance": "/v1/invoices/INV-2026-000001/acknowledgements",
              "reference": "GL-2026-11-000871",
              "acknowledgedAt": "2026-11-04T08:15:00Z"
            }
            """;

    static final String CREDIT_NOTE = """
            {
              "number": "CN-2026-000001",
              "invoiceNumber": "INV-2026-000001",
              "statementId": "0b9e7c4d-1a2f-4e3b-8c5d-6e7f8a9b0c1d",
              "businessUnit": "customer-support",
              "month": "2026-10",
              "issueDate": "2026-11-05",
              "currency": "USD",
              "total": -2069.05,
              "reason": "Wrong cost center on the business unit; re-issued after the fix",
              "createdAt": "2026-11-05T09:30:00Z"
            }
            """;

    static final String CREDIT_NOTE_PAGE = "{\"items\": [" + CREDIT_NOTE
            + "], \"nextCursor\": \"Y3JlZGl0LW5vdGU6Nw\", \"hasMore\": false}";
}
